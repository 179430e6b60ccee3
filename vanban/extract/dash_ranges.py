"""Two dates joined by a dash are one range: "01/11 - 30/11/2026", "01/11/2026 - 30/11/2026", "01/11–30/11/2026".

Why: a task table's time cell and a plan's prose write a task's window with a dash as often as with "từ … đến …"
("Kiểm tra tại cơ sở | 01/11 - 30/11/2026"; "tổng hợp báo cáo … từ 01/12/2026 - 20/12/2026"). Read as two dates,
the cell's first day became the row's due date and the prose's second date had no due word before it, so it was
dropped and its task merged into the row above (the session-18 end newcomer). Read as one range, the task is due by
the range's last day, as "từ 01/11 đến 30/11/2026" is. The first date takes the second's year when it has none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from vanban.extract import patterns as P
from vanban.extract.dates import DateHit, iso

__all__ = ["dash_ranges"]

#: the kinds of date a dash range is made of: a full date, or a day and month before a full date
_FIRST = ("exact", "day_month")


def dash_ranges(view: str, hits: list[DateHit]) -> tuple[list[DateHit], set[int]]:
    """``hits`` with each "date - date" pair made one hit (the first's start, the second's end; no single date,
    earliest the first day, latest the last), and the starts of the hits so made."""
    out: list[DateHit] = []
    merged: set[int] = set()
    i = 0
    while i < len(hits):
        a = hits[i]
        b = hits[i + 1] if i + 1 < len(hits) else None
        pair = _range(view, a, b) if b is not None else None
        if pair is not None:
            out.append(pair)
            merged.add(pair.start)
            i += 2
            continue
        if (days := _day_range(view, a)) is not None:
            out.append(days)
            merged.add(days.start)
            i += 1
            continue
        out.append(a)
        i += 1
    return out, merged


#: a bare day and a dash right before a full date (folded view): "05 - 06/9/2034", "11–13/9/2034" in a schedule's time
#: cell — the window of days of that date's month; the day stands alone (a cell's or a word's start before it), not
#: the month of another date ("10/9 - 12/9": a date pair, :func:`_range`)
_DAY_BEFORE = re.compile(r"(?:(?<=[\s|(])|^)(\d{1,2})[ \t]*[-–][ \t]*$")


def _day_range(view: str, b: DateHit) -> DateHit | None:
    """The window "05 - 06/9/2034" as one hit (earliest the bare day of ``b``'s month, latest ``b``), else None. Why:
    a schedule's per-row window printed with its month once (tune44's vaccination rows: labelled earliest–latest);
    read alone, its first day was lost and the row dated by its last only."""
    if b.kind != "exact" or not b.year_given or not b.latest or not b.month or not b.day:
        return None
    m = _DAY_BEFORE.search(view, max(0, b.start - 8), b.start)
    if m is None or not 1 <= int(m.group(1)) < b.day:
        return None
    return replace(b, start=m.start(1), date=None, earliest=iso(int(b.latest[:4]), b.month, int(m.group(1))))


def _range(view: str, a: DateHit, b: DateHit) -> DateHit | None:
    if a.kind not in _FIRST or b.kind != "exact" or not b.year_given or not b.latest or not a.month or not a.day:
        return None
    if not P.DATE_RANGE_DASH_RE.fullmatch(view, a.end, b.start):
        return None
    year = int(b.latest[:4])
    first = a.earliest if a.year_given else iso(year, a.month, a.day)
    if first is not None and not a.year_given and first > b.latest:
        first = iso(year - 1, a.month, a.day)  # "20/12 - 10/01/2027": the range opens in the year before
    if first is None or first > b.latest:
        return None
    return replace(b, start=a.start, date=None, earliest=first)
