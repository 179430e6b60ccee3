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
"""

from __future__ import annotations

import re
from dataclasses import replace

from vanban.extract.folded import clean_quote
from vanban.extract.session_rows import calendar_name
from vanban.extract.timetable_words import SESSION_LEAD_COL, SESSION_TIME_COL
from vanban.models import Deadline, StandingMeeting, Table
from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["holder_rows"]


def _rows(t: Table) -> list[tuple[int, int, str]]:
    """(start, end, holder) of each row of calendar ``t`` below its header that names a holder; [] when ``t`` is no
    standing calendar (no lead column, or a task column beside it)."""
    if t.role != "data" or not t.header or len(t.rows) < 2:
        return []
    head = [fold(h).strip(" *_:.").lower() for h in t.header]
    if any(V.TASK_WHAT_COL.search(h) for h in head):
        return []
    lead = next((i for i, h in enumerate(head) if SESSION_LEAD_COL.search(h)), None)
    if lead is None or not any(SESSION_TIME_COL.match(h) for i, h in enumerate(head) if i != lead):
        return []
    out = []
    for row in t.rows[1:]:
        cells = [c for c in row if c.text.strip()]
        if lead < len(row) and row[lead].text.strip() and cells:
            out.append((cells[0].start, cells[-1].end, clean_quote(row[lead].text)))
    return out


def _name(original: str, t: Table) -> str | None:
    """The calendar's name as a task: the line above the table without its "Lịch" ("LỊCH TIẾP CÔNG DÂN" → "Tiếp
    công dân": the session each row holds, not the heading, which the phiếu strikes as no task), in sentence case
    when printed in capitals."""
    name = calendar_name(original, t) or ""
    if name.isupper():
        name = name[:1] + name[1:].lower()
    name = re.sub(r"^(?:lịch|lich)\s+(?=\w)", "", name, flags=re.IGNORECASE)
    return name[:1].upper() + name[1:] if name else None


def holder_rows(deadlines: list[Deadline], meetings: list[StandingMeeting], tables: tuple[Table, ...],
                original: str) -> tuple[list[Deadline], list[StandingMeeting]]:
    """``deadlines`` and ``meetings`` with those read inside a standing calendar's row held by the row's holder and
    named by the calendar (``original``: the text the tables' offsets point into)."""
    rows = [(a, b, who, t) for t in tables for a, b, who in _rows(t)]
    if not rows:
        return deadlines, meetings

    def at(span) -> tuple | None:
        return next((r for r in rows if span is not None and r[0] <= span.start < r[1]), None)

    names: dict[int, str | None] = {}

    def name_of(t: Table) -> str | None:
        if id(t) not in names:
            names[id(t)] = _name(original, t)
        return names[id(t)]

    out_d = []
    for d in deadlines:
        row = at(d.span)
        out_d.append(replace(d, who=row[2], what=name_of(row[3]) or d.what) if row else d)
    out_m = []
    for g in meetings:
        row = at(g.span)
        # its source the row, not the flattened grid around it
        span = replace(g.span, sentence=clean_quote(original[row[0]:row[1]])) if row else None
        out_m.append(replace(g, who=row[2], what=name_of(row[3]) or g.what, span=span) if row else g)
    return out_d, out_m
