"""The hour of day a deadline gives beside its date: "trước 16 giờ 00 ngày 27/10/2026", "chậm nhất 17 giờ ngày …",
"ngày 27/10/2026, lúc 8 giờ 30".

Kind: a deadline with an hour (a storm's reports, a hồ sơ's closing time, a meeting's start) kept its day alone, so
the checklist and the calendar feed showed an all-day event. :func:`hour_before` and :func:`hour_after` read the
hour that stands right before or right after the date as "HH:MM" (24-hour: "2 giờ chiều" is 14:00); a number
that is no hour of the clock (25 giờ, 61 phút) gives nothing. Reads folded text (``Folded.view``); patterns are
:data:`vanban.extract.patterns.HOUR_BEFORE_DATE_RE` and ``HOUR_AFTER_DATE_RE``.
"""

from __future__ import annotations

import re

from vanban.extract import patterns as P
from vanban.time_of_day import VN_TZ, clock

__all__ = ["hour_before", "hour_after", "hour_within", "hours_within", "clock", "VN_TZ"]

def _clock(m: re.Match[str] | None) -> str | None:
    if m is None:
        return None
    h, mins = int(m.group("h")), int(m.group("m") or 0)
    if m.group("pm") and h < 12:
        h += 12
    if not (0 <= h <= 23 and 0 <= mins <= 59):
        return None
    return f"{h:02d}:{mins:02d}"


def hour_before(view: str, start: int, lo: int = 0) -> str | None:
    """The hour written right before the date at ``start`` ("16 giờ 00 ngày |27/10/2026"), within 30 characters
    and not before ``lo`` (the sentence's start)."""
    return _clock(P.HOUR_BEFORE_DATE_RE.search(view[max(lo, start - 30):start]))


def hour_after(view: str, end: int, hi: int | None = None) -> str | None:
    """The hour written right after the date ending at ``end`` ("27/10/2026|, lúc 8 giờ 30"), not past ``hi``."""
    return _clock(P.HOUR_AFTER_DATE_RE.match(view[end:min(hi if hi is not None else len(view), end + 30)]))


def hour_within(view: str, start: int, end: int) -> str | None:
    """The one hour written inside a daily due time ("trước 19h00' hằng ngày": 19:00), the time each day's report
    is due by; None when it names none or two ("02 lần/ngày (trước 9h00’ và 16h00’)": two events a day, not one)."""
    hours = [m for m in _HOUR_IN_RE.finditer(view, start, end)]
    return _clock(hours[0]) if len(hours) == 1 else None


def hours_within(view: str, start: int, end: int) -> list[str]:
    """Every hour written inside a daily due time, in order ("02 lần/ngày (trước 9h00’ và 16h00’)": ["09:00",
    "16:00"]; a number that is no hour of the clock left out)."""
    return [c for c in (_clock(m) for m in _HOUR_IN_RE.finditer(view, start, end)) if c]


# an hour of the clock anywhere in a span (folded): "19h00'", "15 giờ 00", "9:30"
_HOUR_IN_RE = re.compile(P.HOUR_RE_TEXT)
