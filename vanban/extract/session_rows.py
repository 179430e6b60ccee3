"""A session calendar: a table that dates each session of a standing duty and names who holds it.

Why: a Kế hoạch tiếp công dân of a Đảng ủy lays the year's receptions out as a calendar ("Tháng | Ngày tiếp | Người chủ
trì tiếp | Cùng tham gia | Địa điểm": "01 | 17/01/2028 (thứ Hai) | Bí thư Đảng ủy phường | …"). Each row is a day on
which its leader must hold the session: a dated deadline of that person, though no due word stands before the day
(the deadline grammar, rightly, reads a bare day as none). The table has no task column (the task is the calendar's
own: the reception), so :func:`.due_cells.day_columns` does not take it.

The prose rule the calendar carries out ("Bí thư Đảng ủy phường tiếp công dân định kỳ vào ngày 15 hằng tháng; trường
hợp trùng ngày nghỉ … chuyển sang ngày làm việc liền kề") is then no deadline of its own: the calendar's rows are its
occurrences, moved where a holiday falls (t31-03's labels). A monthly deadline that the text sets on a day ("vào ngày
15 hằng tháng", no due word before it) on which most of the calendar's days fall gives way to the rows, and an
obligation that held it falls due on the calendar's first day.
"""

from __future__ import annotations

import re
from dataclasses import replace

from vanban.extract.dates import DateHit
from vanban.extract.folded import clean_quote
from vanban.extract.timetable_words import SESSION_DAY_COL, SESSION_LEAD_COL
from vanban.models import Deadline, Obligation, Span, Table
from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["session_rows"]

#: a monthly rule's day, read from its RRULE
_MONTH_DAY = re.compile(r"FREQ=MONTHLY(?!.*INTERVAL).*BYMONTHDAY=(\d{1,2})")
#: a due word in the rule's own text ("trước ngày 20 hằng tháng"): a due date, not the calendar's session day
_DUE_WORD = re.compile(r"(?<![a-z])(?:truoc|cham nhat|han)(?![a-z])")


def session_rows(deadlines: list[Deadline], obligations: list[Obligation], tables: tuple[Table, ...], original: str,
                 dated: list[DateHit]) -> tuple[list[Deadline], list[Obligation]]:
    """``deadlines`` with a dated deadline per row of each session calendar among ``tables`` (less the monthly rule
    it carries out), and ``obligations`` that held that rule due on the calendar's first day (``original``: the text
    the tables' offsets point into; ``dated``: its date hits, in order)."""
    out, obs, found = list(deadlines), list(obligations), False
    for t in tables:
        rows = _calendar_rows(t, original, dated)
        if len(rows) < 2:
            continue
        found = True
        days = [d for d in rows if d.date]
        # the rule's day, on most of the calendar's days or else on most of its main holder's: a calendar of the Bí
        # thư's monthly receptions on the 15th may hold the quarterly dialogues of the Bí thư and the Chủ tịch on other
        # days (a31-03)
        holder = max({d.who for d in days}, key=lambda w: sum(d.who == w for d in days))
        common = _most_days(days) or _most_days([d for d in days if d.who == holder])
        rule = [d for d in out if common is not None and _rule_of(d, common)]
        out = [d for d in out if d not in rule]
        first = min(days, key=lambda d: d.date)
        obs = [replace(ob, deadline=replace(first, who=ob.who)) if ob.deadline in rule else ob for ob in obs]
        have = {(d.span.start, d.span.end) for d in out if d.span}
        out += [d for d in rows if (d.span.start, d.span.end) not in have]
    if not found:
        return deadlines, obligations
    out.sort(key=lambda d: d.span.start if d.span else -1)
    return out, obs


def _most_days(days: list[Deadline]) -> int | None:
    """The day of the month more than half of ``days`` fall on, else None."""
    if not days:
        return None
    common = max({int(d.date[8:]) for d in days}, key=lambda n: sum(int(d.date[8:]) == n for d in days))
    return common if 2 * sum(int(d.date[8:]) == common for d in days) > len(days) else None


def _calendar_rows(t: Table, original: str, dated: list[DateHit]) -> list[Deadline]:
    """A deadline per row of ``t`` dated by one exact day in its session-day column, held by its leader column's
    person; none when ``t`` is no session calendar (a task column beside the day is :mod:`.due_cells`' schedule)."""
    if t.role != "data" or not t.header:
        return []
    head = [fold(h).strip(" *_:.") for h in t.header]
    if any(V.TASK_WHAT_COL.search(h) for h in head):
        return []
    day = next((i for i, h in enumerate(head) if SESSION_DAY_COL.fullmatch(h)), None)
    lead = next((i for i, h in enumerate(head) if SESSION_LEAD_COL.search(h) and i != day), None)
    if day is None or lead is None:
        return []
    what = _calendar_name(original, t)
    out = []
    for row in t.rows[1:]:
        if max(day, lead) >= len(row) or not row[day].text.strip():
            continue
        cell = row[day]
        hits = [h for h in dated if cell.start <= h.start < cell.end and h.kind == "exact" and h.date]
        if len(hits) != 1:
            continue
        h = hits[0]
        last = row[lead] if row[lead].text.strip() else cell
        quote = clean_quote(original[row[0].start:last.end]) if row[0].text.strip() else clean_quote(cell.text)
        out.append(Deadline(text=clean_quote(original[h.start:h.end]), date=h.date, earliest=h.date, latest=h.date,
                            what=what, who=clean_quote(row[lead].text) or None,
                            span=Span(h.start, h.end, quote)))
    return out


def _calendar_name(original: str, t: Table) -> str | None:
    """The line that names the calendar right above the table ("2. Lịch tiếp công dân của Bí thư Đảng ủy phường năm
    2028"), without its number: the task each row dates (the header's own lines, piped or a cell a line, passed)."""
    heads = {h.strip() for h in t.header}
    for line in reversed(original[:t.start].splitlines()[-12:]):
        line = line.strip(" *_#\t")
        if not line or line.startswith("|") or line in heads:
            continue
        line = re.sub(r"^(?:\d+(?:\.\d+)*|[IVXL]+|[a-zđ])[.)]\s*", "", line)
        return clean_quote(line) if len(line) <= 160 else None
    return None


def _rule_of(d: Deadline, day: int) -> bool:
    """``d`` is a monthly session day on ``day`` set without a due word ("vào ngày 15 hằng tháng")."""
    m = _MONTH_DAY.search(d.recurrence or "")
    return bool(m and int(m.group(1)) == day and not _DUE_WORD.search(fold(d.text)))
