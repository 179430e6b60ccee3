"""A session calendar: a table that dates each session of a standing duty and names who holds it.

Why: a Kế hoạch tiếp công dân of a Đảng ủy lays the year's receptions out as a calendar ("Tháng | Ngày tiếp | Người chủ
trì tiếp | Cùng tham gia | Địa điểm": "01 | 17/01/2028 (thứ Hai) | Bí thư Đảng ủy phường | …"). Each row is a day on
which its leader must hold the session: a dated deadline of that person, though no due word stands before the day
(the deadline grammar, rightly, reads a bare day as none). The table has no task column (the task is the calendar's
own: the reception), so :func:`.due_cells.day_columns` does not take it.

The prose rule the calendar carries out ("Bí thư Đảng ủy phường tiếp công dân định kỳ vào ngày 15 hằng tháng; trường
hợp trùng ngày nghỉ … chuyển sang ngày làm việc liền kề") is then no deadline of its own: the calendar's rows are its
occurrences, moved where a holiday falls (t31-03's labels). A monthly deadline that the text sets on a day ("vào ngày
15 hằng tháng", no due word before it) on which at least half of the calendar's days fall gives way to the rows
(a31-03: four receptions on the 15th, two moved to the 17th, beside two dialogues on other days), and an
obligation that held it falls due on the calendar's first day.

A scan or a legacy OCR may lose the calendar's grid and give its cells a line each ("Tháng" / "Ngày" / "Người chủ trì"
/ … / "01/2028" / "17/01/2028" / "Bí thư Đảng ủy phường" / …, a31-03's scan and legacy forms): under the header's cells
written so, a month alone on its line followed by one day of that month alone on its line is a row, the next line its
leader (:func:`lost_calendars`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from vanban.extract import patterns as P
from vanban.extract.dates import DateHit
from vanban.extract.folded import clean_quote
from vanban.extract.timetable_words import DAY_NOTE, SESSION_DAY_COL, SESSION_LEAD_COL
from vanban.models import Deadline, Obligation, Span, Table
from vanban.structure import vocab as V
from vanban.structure.round_tables import line_above, round_header
from vanban.text import fold

__all__ = ["calendar_name", "calendar_rows", "lost_calendars", "most_days", "session_rows"]

#: a monthly rule's day, read from its RRULE
_MONTH_DAY = re.compile(r"FREQ=MONTHLY(?!.*INTERVAL).*BYMONTHDAY=(\d{1,2})")
#: a due word in the rule's own text ("trước ngày 20 hằng tháng"): a due date, not the calendar's session day
_DUE_WORD = P.DUE_WORD_RE


def session_rows(deadlines: list[Deadline], obligations: list[Obligation], tables: tuple[Table, ...], original: str,
                 dated: list[DateHit]) -> tuple[list[Deadline], list[Obligation]]:
    """``deadlines`` with a dated deadline per row of each session calendar among ``tables`` (less the monthly rule
    it carries out), and ``obligations`` that held that rule due on the calendar's first day (``original``: the text
    the tables' offsets point into; ``dated``: its date hits, in order)."""
    out, obs, found = list(deadlines), list(obligations), False
    calendars = [calendar_rows(t, original, dated) for t in tables]
    if not any(len(rows) >= 2 for rows in calendars):
        calendars = lost_calendars(original, dated)  # an OCR that lost the calendar's grid: its cells a line each
    for rows in calendars:
        if len(rows) < 2:
            continue
        found = True
        days = [d for d in rows if d.date]
        # the rule's day, on most of the calendar's days or else on most of its main holder's: a calendar of the Bí
        # thư's monthly receptions on the 15th may hold the quarterly dialogues of the Bí thư and the Chủ tịch on other
        # days (a31-03)
        holder = max({d.who for d in days}, key=lambda w: sum(d.who == w for d in days))
        common = most_days(days) or most_days([d for d in days if d.who == holder])
        rule = [d for d in out if common is not None and _rule_of(d, common)] or _rules_of_days(out, days)
        out = [d for d in out if d not in rule]
        first = min(days, key=lambda d: d.date)
        obs = [replace(ob, deadline=replace(first, who=ob.who)) if ob.deadline in rule else ob for ob in obs]
        have = {(d.span.start, d.span.end) for d in out if d.span}
        out += [d for d in rows if (d.span.start, d.span.end) not in have]
    if not found:
        return deadlines, obligations
    out.sort(key=lambda d: d.span.start if d.span else -1)
    return out, obs


def most_days(days: list[Deadline]) -> int | None:
    """The day of the month at least half of ``days`` fall on, else None (half is enough: a calendar whose
    dialogues, one a quarter, share its rows)."""
    if not days:
        return None
    common = max({int(d.date[8:]) for d in days}, key=lambda n: sum(int(d.date[8:]) == n for d in days))
    return common if 2 * sum(int(d.date[8:]) == common for d in days) >= len(days) else None


def calendar_rows(t: Table, original: str, dated: list[DateHit]) -> list[Deadline]:
    """A deadline per row of ``t`` dated by one exact day in its session-day column, held by its leader column's
    person; none when ``t`` is no session calendar (a task column beside the day is :mod:`.due_cells`' schedule)."""
    if t.role != "data" or not t.header:
        return []
    head = [fold(h).strip(" *_:.") for h in t.header]
    if any(V.TASK_WHAT_COL.search(h) for h in head):
        return []
    day = next((i for i, h in enumerate(head) if SESSION_DAY_COL.fullmatch(h)), None)
    lead = next((i for i, h in enumerate(head) if SESSION_LEAD_COL.search(h) and i != day), None)
    # "Đợt | Ngày tổ chức | Địa điểm": the rounds of a drive its issuer holds (the structure's schedule of rounds,
    # :func:`round_tables.round_header`), each row's day its round's
    rounds = lead is None and bool(day) and round_header(t.header)
    if rounds:
        lead = 0
    if day is None or lead is None:
        return []
    what = calendar_name(original, t)
    out = []
    for row in t.rows[1:]:
        if max(day, lead) >= len(row) or not row[day].text.strip():
            continue
        cell = row[day]
        hits = _session_days(original, cell.start, cell.end, dated)
        if not hits:
            continue
        last = row[lead] if row[lead].text.strip() else cell
        quote = clean_quote(original[row[0].start:max(last.end, cell.end)]) if row[0].text.strip() else clean_quote(cell.text)
        # a round's name is no holder ("Đợt 1 – Lễ hội Xuân hồng"): the round is the issuer's own, named by no row
        who = None if rounds else clean_quote(row[lead].text) or None
        out += [Deadline(text=clean_quote(original[h.start:h.end]), date=h.date, earliest=h.date, latest=h.date,
                         what=what, who=who, span=Span(h.start, h.end, quote)) for h in hits]
    return out


def _session_days(original: str, lo: int, hi: int, dated: list[DateHit]) -> list[DateHit]:
    """The session days of the day cell ``original[lo:hi]``: its one exact day ("17/01/2028 (thứ Hai)", t31-03), or one
    in each of its parts parted by ";" when the calendar holds several sessions a month ("Thứ Hai, ngày 12/7/2038 (ngày
    10/7 là thứ Bảy); Thứ Hai, ngày 26/7/2038 (ngày 25/7 là Chủ nhật)", the ngày 10 and ngày 25 receptions of a
    district's Chủ tịch, tune51's t51-02: the labels date both); a day in a bracketed note is none. [] when a part
    holds no day or more than one (a span "từ … đến …" is no calendar's day)."""
    notes = [(lo + m.start(), lo + m.end()) for m in DAY_NOTE.finditer(original[lo:hi])]
    hits = [h for h in dated if lo <= h.start < hi and h.kind == "exact" and h.date
            and not any(a <= h.start < b for a, b in notes)]
    cuts = [lo + i for i, c in enumerate(original[lo:hi]) if c == ";"] + [hi]
    parts, a = [], lo
    for b in cuts:
        if original[a:b].strip(" \t|*_;."):
            parts.append([h for h in hits if a <= h.start < b])
        a = b + 1
    if len(parts) == 1:
        return hits if len(hits) == 1 else []
    return [p[0] for p in parts] if all(len(p) == 1 for p in parts) else []


def calendar_name(original: str, t: Table) -> str | None:
    """The line that names the calendar right above the table ("2. Lịch tiếp công dân của Bí thư Đảng ủy phường năm
    2028"), without its number or a markdown heading's marks: the task each row dates. None when no line stands there
    or the line is longer than a name (a paragraph, 160 characters).

    The line is the structure's one reader of the line above a table (:func:`round_tables.line_above`, which passes
    the header's own lines, piped or a cell a line, and rule lines "-----"); this reader only trims it to a name.
    (Session 39: was a reader of its own, twelve lines back on ``original`` with the printed header; over every gold
    and realdocs table the two gave the same line but for one "-----" rule under an appendix's title, no calendar.)"""
    line = line_above(t, original).strip(" *_#\t")
    if not line:
        return None
    line = re.sub(r"^(?:\d+(?:\.\d+)*|[IVXL]+|[a-zđ])[.)]\s*", "", line)
    return clean_quote(line) if len(line) <= 160 else None


def _rules_of_days(deadlines: list[Deadline], days: list[Deadline]) -> list[Deadline]:
    """The monthly session days set without a due word (:func:`_rule_of`) that a calendar of several sessions a month
    carries out together: "vào ngày 10 và ngày 25 hằng tháng" beside a calendar of two receptions a month, each moved
    off a weekend (tune51's t51-02: 12/7, 26/7, 10/8, 25/8 …; no one day holds half of them, the two rule days do). The
    rules whose day falls on one of ``days`` at least, when those days are at least half of ``days``; [] otherwise."""
    on = {int(d.date[8:]) for d in days}
    rules = [d for d in deadlines if (m := _MONTH_DAY.search(d.recurrence or "")) and int(m.group(1)) in on
             and _rule_of(d, int(m.group(1)))]
    ruled = {int(_MONTH_DAY.search(d.recurrence).group(1)) for d in rules}
    return rules if len(ruled) > 1 and 2 * sum(int(d.date[8:]) in ruled for d in days) >= len(days) else []


def _rule_of(d: Deadline, day: int) -> bool:
    """``d`` is a monthly session day on ``day`` set without a due word ("vào ngày 15 hằng tháng")."""
    m = _MONTH_DAY.search(d.recurrence or "")
    return bool(m and int(m.group(1)) == day and not _DUE_WORD.search(fold(d.text)))


#: a lost grid's row (folded view): the month alone on its line ("01/2028"), the day of that month alone on the next
#: non-blank line ("17/01/2028", its weekday in brackets allowed), the leader on the next ("Bí thư Đảng ủy phường")
_LOST_ROW = re.compile(
    r"(?m)^[ \t|*_\f]*(?:thang\s+)?(?P<m>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d\d)[ \t|*_]*\n(?:[ \t\f]*\n)*"
    r"[ \t|*_\f]*(?P<day>\d{1,2}\s*/\s*(?P<dm>\d{1,2})\s*/\s*(?P<dy>(?:19|20)\d\d))(?:\s*\([^)\n]{0,20}\))?[ \t|*_]*\n"
    r"(?:[ \t\f]*\n)*[ \t|*_\f]*(?P<lead>[^\n|]{3,80}?)[ \t|*_]*$")
#: (a form feed opens a line where an OCR's page broke: "\f23/06/2028")
_ROW_GAP = 400  # characters at most between two rows of one calendar (its other cells a line each)
_HEAD_LINES = 8  # the header's cells, a line each, the day's column among them


def lost_calendars(original: str, dated: list[DateHit]) -> list[list[Deadline]]:
    """The session calendars whose grid an OCR lost, as :func:`calendar_rows` gives a table's: under a day column's
    header cell and a leader's, each written on a line of its own (``original``: the text; ``dated``: its date hits)."""
    view = fold(original)
    by_start = {h.start: h for h in dated if h.kind == "exact" and h.date}
    out: list[list[Deadline]] = []
    rows: list[Deadline] = []
    last_end = -1
    name: str | None = None
    for m in _LOST_ROW.finditer(view):
        if (int(m.group("m")), m.group("y")) != (int(m.group("dm")), m.group("dy")):
            continue
        h = by_start.get(m.start("day"))
        if h is None:
            continue
        if rows and m.start() - last_end > _ROW_GAP:
            out.append(rows)
            rows = []
        if not rows:
            name = _lost_header_name(original, view, m.start())
            if name is None:
                continue
            name = name or None
        lead = clean_quote(original[m.start("lead"):m.end("lead")])
        rows.append(Deadline(text=clean_quote(original[h.start:h.end]), date=h.date, earliest=h.date, latest=h.date,
                             what=name, who=lead or None, span=Span(h.start, h.end, clean_quote(
                                 original[m.start():m.end()].replace("\n", " ")))))
        last_end = m.end()
    if rows:
        out.append(rows)
    return out


def _lost_header_name(original: str, view: str, at: int) -> str | None:
    """The calendar's name above a lost grid's header (the line above its first cell, "" when none), when the lines
    right above ``at`` are the header's cells with a session-day cell and a leader's; None when they are not."""
    lines = [(a.start(), a.group(0).strip(" *_|\t")) for a in re.finditer(r"(?m)^.*$", view[:at])]
    cells = [(i, t) for i, t in lines if t][-(_HEAD_LINES + 1):]
    heads = [k for k, (_, t) in enumerate(cells) if SESSION_DAY_COL.fullmatch(t)]
    if not heads or not any(SESSION_LEAD_COL.search(t) for _, t in cells[heads[0]:]):
        return None
    first = heads[0] - 1 if heads[0] and len(cells[heads[0] - 1][1]) <= 12 else heads[0]  # "Tháng" before "Ngày"
    if first <= 0:
        return ""
    i, _ = cells[first - 1]
    line = original[i:original.find("\n", i) if original.find("\n", i) >= 0 else len(original)].strip(" *_#\t")
    line = re.sub(r"^(?:\d+(?:\.\d+)*|[IVXL]+|[a-zđ])[.)]\s*", "", line)
    return clean_quote(line) if len(line) <= 160 else ""
