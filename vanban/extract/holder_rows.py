"""A standing calendar's rows: each time read in a row is its holder's session, named by the calendar.

Why: a Kế hoạch tiếp công dân may print its receptions as a table of who receives and when, by rule rather than by
day ("TT | Người tiếp | Thời gian tiếp | Địa điểm": "1 | Chủ tịch UBND xã | Ngày 10 và ngày 25 hằng tháng | Trụ sở
…", "2 | Phó Chủ tịch UBND xã | Thứ Ba hằng tuần | …"). The date grammar reads each row's monthly days and the
meetings reader its weekly one, but over the flattened grid: their task was the header row run into the first
cells ("TT Người tiếp Thời gian tiếp Địa điểm 1 Chủ tịch UBND xã") and the weekly one's body the row above (the
session-33 newcomer's checklist). Read as a reader does, a row's time is the row's holder's (the lead column:
:data:`~vanban.extract.timetable_words.SESSION_LEAD_COL`, "Người tiếp", "Lãnh đạo tiếp") and its task is what the
calendar is, named by the line above the table ("I. LỊCH TIẾP CÔNG DÂN" → "Lịch tiếp công dân"). A table with a task
column is a schedule, not a calendar (:mod:`.due_cells`); one dated by day is :mod:`.session_rows`' (whose rows have
their holder already).

A row's weekly time ("Thứ Năm hằng tuần", "Các ngày thứ Ba và thứ Năm hằng tuần") is a session its holder sits every
week, the calendar's standing meeting, no deadline, though no meeting word stands in its cell (the meetings reader
looks in the cell alone): the labels list no weekly session of a calendar among the deadlines (a41-01, t41-01, t31-03,
t40-08: weekly is no recurrence the schema has, and nothing falls due).

Each holder of a calendar by rule sits its sessions: one obligation per holder (:func:`holder_duties`), its task the
calendar's name with the row's time, due on the first of its dated sessions (a weekly one gives no date). The task
table reader takes no such row (no task column: the row's task was the holder's own name, a post in a composition);
the labels give each row's holder an entry (t41-01, a41-01), rows of one holder one entry, and a holder the section's
prose already charged with the rule the calendar lays out none more ("1. Chủ tịch UBND phường tiếp công dân định kỳ
vào ngày 10 và ngày 25 hằng tháng" over "2. Lịch cụ thể như sau:": a41-01, as t31-03 and a31-03 merge their
calendar's rows into the prose rule's entry).

(obl47) A calendar dated by day whose days lay out no monthly rule — mobile receptions on three dates of the year beside
the weekly and monthly rows ("| Ngày 26/3/2035 | Chủ tịch UBND xã (tiếp công dân lưu động) | Nhà văn hóa thôn … |",
a45-09) — was nobody's: :mod:`.session_rows` dated its rows and charged no one, this module left it to that one. Its
rows are sessions of their own, one entry each, its holder's, due on its day (a45-09, t45-09, t42-07's labels: a row
with its người chủ trì is one obligation, as a task table's row with its Đơn vị chủ trì); the occurrences of a monthly
rule ("ngày 15 hằng tháng", moved off holidays: at least half of the days on one day of the month) stay merged.
"""

from __future__ import annotations

import re
from dataclasses import replace

from vanban.extract import meeting_words as W
from vanban.extract import recurrence as R
from vanban.extract.dates import DateHit
from vanban.extract.folded import clean_quote, loose_key
from vanban.extract.session_rows import calendar_name, calendar_rows, most_days
from vanban.extract.standing_meetings import weekday_code
from vanban.extract.timetable_words import SESSION_LEAD_COL, SESSION_TIME_COL
from vanban.models import Deadline, Obligation, Span, StandingMeeting, Table
from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["holder_duties", "holder_rows"]


def _rows(t: Table, notes_apart: bool = False) -> list[tuple[int, int, str, str]]:
    """(start, end, holder, time) of each row of calendar ``t`` below its header that names a holder; [] when ``t``
    is no standing calendar (no lead column, or a task column beside it). ``notes_apart``: a note in brackets after
    the holder's post goes with the row's time (:data:`_HOLDER_NOTE`; an obligation's who is the post)."""
    if t.role != "data" or not t.header or len(t.rows) < 2:
        return []
    head = [fold(h).strip(" *_:.").lower() for h in t.header]
    if any(V.TASK_WHAT_COL.search(h) for h in head):
        return []
    lead = next((i for i, h in enumerate(head) if SESSION_LEAD_COL.search(h)), None)
    when = next((i for i, h in enumerate(head) if i != lead and SESSION_TIME_COL.match(h)), None)
    if lead is None or when is None:
        return []
    out = []
    for row in t.rows[1:]:
        cells = [c for c in row if c.text.strip()]
        if lead < len(row) and row[lead].text.strip() and cells:
            time = clean_quote(row[when].text) if when < len(row) else ""
            who = clean_quote(row[lead].text)
            note = _HOLDER_NOTE.search(who)
            if notes_apart and note and note.start() > 0:  # "Phó Chủ tịch UBND xã … (lĩnh vực đất đai, xây dựng)": the note the session's
                who, time = who[:note.start()], f"{time} ({note.group(1)})".strip()
            out.append((cells[0].start, cells[-1].end, who, time))
    return out


#: a note in brackets after a holder's post ("Phó Chủ tịch UBND xã Vũ Thị Hạnh (lĩnh vực đất đai, xây dựng, môi
#: trường)", "Chủ tịch UBND xã (tiếp công dân lưu động theo cụm thôn)"): the field or kind of the session, not the holder
#: (t45-09's labels name the post; the task keeps the note)
_HOLDER_NOTE = re.compile(r"\s*\(([^()]+)\)\s*$")
#: who sits a calendar's sessions, a person ("Người chủ trì tiếp", "Người tiếp", "Lãnh đạo tiếp"; folded), not a
#: task table's unit ("Đơn vị chủ trì", "Cơ quan chủ trì": its rows are the task reader's)
_PERSON_LEAD = re.compile(r"(?<![a-z])(?:nguoi|lanh dao|can bo)(?![a-z])")
#: the other columns a calendar has beside its time and holder (folded): its number, place, who else attends, form
_SESSION_EXTRA = re.compile(r"(?:s?tt|dia diem|noi tiep|thanh phan.*|cung tham gia|tham du|phoi hop|hinh thuc|ghi chu)")
#: a line that leads into the table without naming it ("Lịch cụ thể như sau:", "Cụ thể như sau"; folded)
_LEAD_IN = re.compile(r"(?:nhu sau|sau day)\W*$")


def _sessions_only(t: Table) -> bool:
    """Calendar ``t`` holds sessions and nothing else: its holder column names a person, and its other columns are
    its time, number, place and who attends (a task table's "Hoạt động", "Môn thi", "Chỉ tiêu" … beside a "Chủ trì"
    column make each row a task, read by the task table reader)."""
    head = [fold(h).strip(" *_:.").lower() for h in t.header]
    lead = next((i for i, h in enumerate(head) if SESSION_LEAD_COL.search(h)), None)
    if lead is None or not _PERSON_LEAD.search(head[lead]):
        return False
    return all(i == lead or SESSION_TIME_COL.match(h) or _SESSION_EXTRA.fullmatch(h) for i, h in enumerate(head))


def _name(original: str, t: Table) -> str | None:
    """The calendar's name as a task: the line above the table without its "Lịch" ("LỊCH TIẾP CÔNG DÂN" → "Tiếp
    công dân": the session each row holds, not the heading, which the phiếu strikes as no task), in sentence case
    when printed in capitals."""
    return _as_task(calendar_name(original, t) or "")


def _as_task(name: str) -> str | None:
    """A calendar's printed name as its task (see :func:`_name`)."""
    if name.isupper():
        name = name[:1] + name[1:].lower()
    name = re.sub(r"^(?:lịch|lich)\s+(?=\w)", "", name, flags=re.IGNORECASE)
    return name[:1].upper() + name[1:] if name else None


def holder_rows(deadlines: list[Deadline], meetings: list[StandingMeeting], tables: tuple[Table, ...],
                original: str) -> tuple[list[Deadline], list[StandingMeeting]]:
    """``deadlines`` and ``meetings`` with those read inside a standing calendar's row held by the row's holder and
    named by the calendar (``original``: the text the tables' offsets point into)."""
    rows = [(a, b, who, t) for t in tables for a, b, who, _ in _rows(t)]
    if not rows:
        return deadlines, meetings

    def at(span) -> tuple | None:
        return next((r for r in rows if span is not None and r[0] <= span.start < r[1]), None)

    names: dict[int, str | None] = {}

    def name_of(t: Table) -> str | None:
        if id(t) not in names:
            name = _name(original, t)  # (a lead-in, "Lịch cụ thể như sau:", names nothing: the row keeps its reading)
            names[id(t)] = None if name and _LEAD_IN.search(fold(name)) else name
        return names[id(t)]

    out_d, held = [], []
    for d in deadlines:
        row = at(d.span)
        if row and (session := _weekly_session(d, row[2], name_of(row[3]), original[row[0]:row[1]])):
            held.append(session)  # "| Thứ Năm hằng tuần | Phó Chủ tịch UBND phường … |": a weekly session, no due date
            continue
        out_d.append(replace(d, who=row[2], what=name_of(row[3]) or d.what) if row else d)
    out_m = []
    for g in meetings:
        row = at(g.span)
        # its source the row, not the flattened grid around it
        span = replace(g.span, sentence=clean_quote(original[row[0]:row[1]])) if row else None
        out_m.append(replace(g, who=row[2], what=name_of(row[3]) or g.what, span=span) if row else g)
    out_m += [g for g in held if all(x.span is None or g.span is None or x.span.start != g.span.start for x in out_m)]
    return out_d, out_m


def _weekly_session(d: Deadline, who: str, name: str | None, row: str) -> StandingMeeting | None:
    """The weekly session ``d`` names in a calendar's row held by ``who`` (``row``: the row's text), None when ``d``
    is no weekly time of a weekday."""
    if R.rule_kind(d.recurrence) != "weekly":
        return None
    code = weekday_code(d.recurrence or "")
    if code is None:
        return None
    part = W.PART_OF_DAY_RE.search(d.text)
    return StandingMeeting(text=d.text, weekday=W.WEEKDAY_NAMES[code], recurrence=d.recurrence, first=d.date,
                           time=d.time, part_of_day=part.group(1).lower() if part else None, what=name or d.what,
                           who=who, span=replace(d.span, sentence=clean_quote(row)) if d.span else None)


def _calendar_task(original: str, t: Table, sections: list[tuple[str, int, int]]) -> str | None:
    """Calendar ``t``'s name as its rows' task: the line above it, or under a lead-in ("2. Lịch cụ thể như sau:") the
    heading of the section it stands in, or of the last one before it ("II. LỊCH TIẾP CÔNG DÂN ĐỊNH KỲ" → "Tiếp công
    dân định kỳ"; the structure may close a part at its table)."""
    section = max(((h, s) for h, s, _ in sections if s <= t.start), key=lambda x: x[1], default=(None, t.start))
    name = _name(original, t)
    if (not name or _LEAD_IN.search(fold(name))) and section[0]:
        name = _as_task(re.sub(r"^[\s*_#]*(?:[IVXL]+|\d+(?:\.\d+)*)[.)]\s*", "", section[0]).strip(" *_:"))
    return None if name and _LEAD_IN.search(fold(name)) else name


def _row_duties(rows: list[tuple[int, int, str, str]], name: str | None, deadlines: list[Deadline],
                original: str) -> list[Obligation]:
    """One obligation per row of a calendar (``rows``: :func:`_rows`' (start, end, holder, time)): its holder, the
    calendar's ``name`` with the row's time, due on the row's own dated session (none for a weekly one)."""
    out = []
    for a, b, who, time in rows:
        dues = [d for d in deadlines if d.span and a <= d.span.start < b and R.rule_kind(d.recurrence) not in ("weekly", "daily")]
        first = min(dues, key=lambda d: d.latest or d.date or "9999", default=None)
        what = f"{name}: {time}" if name and time else name or time or who
        out.append(Obligation(who=who, what=what, deadline=replace(first, who=who) if first else None,
                              span=Span(a, b, clean_quote(original[a:b]))))
    return out


def holder_duties(obligations: list[Obligation], deadlines: list[Deadline], tables: tuple[Table, ...], original: str,
                  sections: list[tuple[str, int, int]], dated: list[DateHit]) -> list[Obligation]:
    """``obligations`` with one per holder of each standing calendar by rule among ``tables`` (see the module):
    its task the calendar's name with the holder's times, due on the first dated session ``deadlines`` read in its
    rows. A holder the calendar's section (``sections``: (heading, start, end)) charged before the table is charged
    already; a calendar dated by day (``dated``: the text's date hits) is :mod:`.session_rows`'."""
    out = list(obligations)
    added = False
    for t in tables:
        rows = _rows(t, notes_apart=True)
        if not rows or not _sessions_only(t):
            continue
        days = calendar_rows(t, original, dated)
        if len(days) >= 2 and most_days([d for d in days if d.date]) is None:
            # a calendar dated by day whose days lay out no monthly rule ("| Ngày 26/3/2035 | Chủ tịch UBND xã (tiếp
            # công dân lưu động) | Nhà văn hóa thôn Đông Khê |", "| Ngày 25/6/2035 | Phó Chủ tịch UBND xã … |" beside "|
            # Sáng thứ Ba hằng tuần | Chủ tịch UBND xã | …|", a45-09): each row a session of its own, its holder's entry
            # (the labels: a table row with its người chủ trì is one obligation, a45-09, t45-09, t42-07)
            out += _row_duties(rows, _calendar_task(original, t, sections), deadlines, original)
            added = True
            continue
        if len(days) >= 2:
            continue  # the occurrences of a monthly rule ("ngày 15 hằng tháng", moved off holidays): session_rows'
        # the task table reader's stand-in for a row without a task column (its task the holder's name) gives way
        out = [o for o in out if not (o.span and t.start <= o.span.start < t.end and o.who
                                      and loose_key(o.what) == loose_key(o.who))]
        # the section the calendar stands in, or the last one before it (the structure may close a part at its table)
        since = max((s for _, s, _ in sections if s <= t.start), default=t.start)
        name = _calendar_task(original, t, sections)
        holders: dict[str, list[tuple[int, int, str, str]]] = {}
        for r in rows:
            holders.setdefault(loose_key(r[2]), []).append(r)
        for key, mine in holders.items():
            if any(o.who and loose_key(o.who) == key and o.span and since <= o.span.start < t.end for o in out):
                continue  # the section's prose charged the holder with the rule the calendar lays out
            who = mine[0][2]
            dues = [d for d in deadlines if d.span and any(a <= d.span.start < b for a, b, _, _ in mine)
                    and R.rule_kind(d.recurrence) not in ("weekly", "daily")]
            first = min(dues, key=lambda d: d.latest or d.date or "9999", default=None)
            times = "; ".join(r[3] for r in mine if r[3])
            what = f"{name}: {times}" if name and times else name or times or who
            span = Span(mine[0][0], mine[-1][1], clean_quote(original[mine[0][0]:mine[-1][1]]))
            out.append(Obligation(who=who, what=what, deadline=replace(first, who=who) if first else None, span=span))
            added = True
    if added:
        out.sort(key=lambda o: o.span.start if o.span else -1)
    return out
