"""The days a daily due time runs on: the duty span its sentence gives, or the roster's days it serves.

Why: a daily report is due while the duty it reports on runs. "Văn phòng … phân công cán bộ trực ban 24/24 giờ từ ngày
01/6/2027 đến ngày 30/11/2027; cán bộ trực ban báo cáo tình hình … trước 16 giờ hằng ngày" reports each day of the
storm season, not from the plan's date to the end of its year; "Cán bộ trực ban báo cáo … trước 16 giờ hằng ngày trong
các ngày trực" under a Tết roster ("II. LỊCH TRỰC BAN TẾT" with its rows 05/02/2027 … 07/02/2027) reports on those three
days. Read as an endless daily rule (or one bounded by the title's year, :func:`plan_periods.within_period`), the
checklist and the calendar showed a report due every day of the year (a newcomer's plans, session 33).

The span of the sentence ("từ ngày … đến ngày …", one span, its dates with their year) or the roster's dated rows give
the first day (the deadline's ``date``, when later than the document's) and the rule's ``UNTIL``. A daily time whose
own words carry their span ("trước 16 giờ hằng ngày từ ngày 10/3/2027 đến ngày 16/3/2027") is read by
:func:`vanban.extract.dates.daily_rule` already; a rule that ends is left as it is.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from vanban.extract.dates import iso, parse_iso
from vanban.extract.folded import Folded, kw
from vanban.extract.recurrence import rule_parts
from vanban.extract.sections import sentence_bounds
from vanban.models import Deadline

__all__ = ["within_duty_days"]

_DAY = r"(?P<{0}d>\d{{1,2}})\s*[/.-]\s*(?P<{0}m>\d{{1,2}})\s*[/.-]\s*(?P<{0}y>20\d\d)(?![\d/])"
#: a span of days with their years ("từ ngày 01/6/2027 đến ngày 30/11/2027", "từ 01/6/2027 - 30/11/2027"), folded
SPAN_RE = re.compile(rf"(?<![a-z]){kw('tu')}\s+(?:{kw('ngay')}\s+)?{_DAY.format('a')}\s*(?:{kw('den')}|[-–])\s+"
                     rf"(?:{kw('het')}\s+)?(?:{kw('ngay')}\s+)?{_DAY.format('b')}")
#: the daily time said to run on the roster's days, right after it ("… hằng ngày trong các ngày trực", "trong thời gian
#: trực", "trong những ngày trực Tết"), folded
ROSTER_DAYS_AFTER = re.compile(rf"[\s,]*(?:{kw('trong')}|{kw('vao')})\s+(?:(?:{kw('cac')}|{kw('nhung')})\s+{kw('ngay')}"
                               rf"|{kw('thoi gian')})\s+{kw('truc')}(?![a-z])")
#: the roster the days are read from: a heading or caption naming a duty schedule ("LỊCH TRỰC BAN TẾT", "Lịch trực"),
#: folded; its dated rows lie between it and the daily time
ROSTER_HEAD = re.compile(rf"(?<![a-z]){kw('lich truc')}(?![a-z])")
#: a day with its year, as a roster's row gives it ("05/02/2027 (29 Tết)")
DAY_RE = re.compile(r"(?<![\d/])" + _DAY.format(""))
#: how far back a roster may open before the daily time that serves it (characters)
_ROSTER_REACH = 3000


def _day(m: re.Match[str], key: str = "") -> dt.date | None:
    """The day of ``m``'s groups ``<key>d``, ``<key>m``, ``<key>y`` (a span's "a"/"b" end, or "" for a roster's row);
    None for a day no calendar has ("31/6/2027": an OCR slip)."""
    return parse_iso(iso(int(m.group(f"{key}y")), int(m.group(f"{key}m")), int(m.group(f"{key}d"))))


def _sentence_span(f: Folded, d: Deadline) -> tuple[dt.date, dt.date] | None:
    """(first, last) day of the one span of days the daily time's sentence gives (:func:`sections.sentence_bounds`),
    outside the time's own words."""
    view = f.view
    lo, hi = sentence_bounds(f, d.span.start)[0], sentence_bounds(f, max(d.span.start, d.span.end - 1))[1]
    spans = [m for m in SPAN_RE.finditer(view, lo, hi) if m.end() <= d.span.start or m.start() >= d.span.end]
    if len(spans) != 1:
        return None
    first, last = _day(spans[0], "a"), _day(spans[0], "b")
    return (first, last) if first and last and first <= last else None


def _roster_days(view: str, d: Deadline) -> tuple[dt.date, dt.date] | None:
    """(first, last) day of the roster the daily time says it runs on ("… trong các ngày trực"): the dated rows
    between the last roster heading before it and the time."""
    if not ROSTER_DAYS_AFTER.match(view, d.span.end):
        return None
    lo = max(0, d.span.start - _ROSTER_REACH)
    heads = list(ROSTER_HEAD.finditer(view, lo, d.span.start))
    if not heads:
        return None
    days = sorted(x for x in (_day(m) for m in DAY_RE.finditer(view, heads[-1].end(), d.span.start)) if x)
    return (days[0], days[-1]) if days else None


def within_duty_days(deadlines: list[Deadline], f: Folded) -> list[Deadline]:
    """``deadlines`` with each endless daily due time ("FREQ=DAILY", no UNTIL) bounded by the duty span its sentence
    gives or the roster's days it runs on (``f``: the text the spans point into); the first day moved to the span's
    when later. Others, and a span that ends before the daily time's first day, unchanged."""
    out = []
    for d in deadlines:
        parts = rule_parts(d.recurrence) if d.recurrence else {}
        if parts.get("FREQ") != "DAILY" or "UNTIL" in parts or "COUNT" in parts or not d.span or not d.date:
            out.append(d)
            continue
        days = _roster_days(f.view, d) or _sentence_span(f, d)
        start = dt.date.fromisoformat(d.date)
        if days is None or days[1] < start:
            out.append(d)
            continue
        first = max(start, days[0]).isoformat()
        out.append(replace(d, date=first, earliest=first, latest=first,
                           recurrence=f"{d.recurrence};UNTIL={days[1]:%Y%m%d}"))
    return out
