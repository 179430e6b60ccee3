"""A timetable's time cell standing alone on its line: "06 giờ 30 - 07 giờ 30 ngày 29/4/2028" is the day of an event.

Why: a Kế hoạch tổ chức lễ kỷ niệm prints its ceremony as a timetable ("Thời gian | Nội dung | Địa điểm | Bộ phận thực
hiện"). Read from clean text the table is a table and its time cells dates of their rows (:mod:`.timetable_words`,
the due cells' lead); read back by OCR (a legacy text layer, a scan) its cells come one a line with no row number, the
grid is lost, and the deadline grammar rightly reads a bare day in prose as no due date. A line that holds nothing but
an event's hours and its day is no prose: it is such a cell, and its day the day the event takes place (t31-07's
labels: each timetable row a dated deadline). Only a day with its year, only where no deadline holds it already.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vanban.extract.dates import DateHit
from vanban.extract.folded import clean_quote
from vanban.extract.timetable_words import HOURS_BEFORE_DAY
from vanban.models import Deadline, Span

__all__ = ["dated_lines", "with_time_lines"]

#: the line's lead before the date: only the hours and the day word ("06 gio 30 - 07 gio 30 ngay ", folded)
_LEAD = re.compile(r"[ \t*_|•-]*" + HOURS_BEFORE_DAY)
#: what may follow the date on its line: a weekday in brackets, a full stop
_TAIL = re.compile(r"[ \t]*(?:\([^()\n]{1,20}\))?[ \t.;*_|]*$", re.M)


def dated_lines(view: str, dated: list[DateHit], lead: re.Pattern[str],
                tail: re.Pattern[str]) -> Iterator[tuple[int, int, DateHit]]:
    """(line start, line end, hit) for each full day with its year in ``dated`` whose line of ``view`` holds only
    ``lead`` before it and continues with ``tail`` after it: a day standing at a line's head (also read by
    :mod:`.schedule_lines`)."""
    for h in dated:
        if h.kind != "exact" or not h.date or not h.year_given:
            continue
        line_start = view.rfind("\n", 0, h.start) + 1
        if lead.fullmatch(view, line_start, h.start) and tail.match(view, h.end):
            line_end = view.find("\n", h.end)
            yield line_start, line_end if line_end >= 0 else len(view), h


def with_time_lines(deadlines: list[Deadline], view: str, original: str, dated: list[DateHit]) -> list[Deadline]:
    """``deadlines`` with a dated deadline for each line of ``view`` (the folded text; ``original`` the text, same
    offsets) that is an event's hours and its day alone (``dated``: the text's date hits)."""
    added = []
    for line_start, line_end, h in dated_lines(view, dated, _LEAD, _TAIL):
        if any(d.span and d.span.start < h.end and h.start < d.span.end for d in deadlines + added):
            continue
        quote = clean_quote(original[line_start:line_end])
        added.append(Deadline(text=quote, date=h.date, earliest=h.date, latest=h.date,
                              span=Span(line_start, h.end, quote)))
    if not added:
        return deadlines
    return sorted(deadlines + added, key=lambda d: d.span.start if d.span else -1)
