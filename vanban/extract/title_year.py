"""A yearless period or day in a programme for next year is that year's, not the signing year's.

Why: a Thường trực HĐND's "Chương trình công tác năm 2028" is signed on 10/12/2027 and dates its tasks by quarter or
month alone: "giám sát công tác quản lý đất đai (quý IV)", "kỳ họp thường lệ cuối năm (tháng 12)". A yearless period is
read as the next one from the document's date (:func:`vanban.extract.dates._infer_year`), which for a quarter or month
still running on the signing day is the signing year's (quý IV/2027) — a period the programme does not cover. The
title's one year governs them: quý IV/2028 (t30-01's labels; the plan's own year, as a reader of a year's programme
takes it). Only yearless periods that do not recur: "trước ngày 20 hằng tháng", "tháng 12 hằng năm" keep their first
occurrence on or after the document's date (the labels date recurring duties from the issue day, author43A's notes).
A day of a month written without its year ("sơ kết … trước 15/6 và tổng kết năm trước 15/12" in a "Kế hoạch … năm
2027" of 10/12/2026) is the plan's year's too: 15/12/2027, the year's review, not five days after the signing (a
newcomer's checklist, session 34). Two kinds of day keep the nearer reading: a day up to the last one the plan prints
in the signing year (a "Kế hoạch tuyển quân năm 2028" of 10/2027 whose steps run "từ ngày 06/12 đến ngày 12/12/2027":
its work starts before its year, so a bare "30/11" there is this November's) — unless the day would then lie before
the signing day, which is never a plan's due day — and the first day of a range whose end prints its year ("từ ngày
01/12 đến ngày 10/12/2027": the end's year is the start's).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace

from vanban.extract import patterns as P
from vanban.extract.dates import DateHit
from vanban.extract.folded import kw
from vanban.extract.plan_periods import title_period
from vanban.extract.recurrence import first_on_or_after

__all__ = ["in_title_year"]

#: the kinds of a period of a year (not a day, not a cycle of its own)
_PERIODS = ("quarter", "half", "month", "month_part", "month_range", "week")
#: the kind of a day of a month written without its year ("trước 15/12", "ngày 15 tháng 12")
_DAY = "day_month"
#: what stands between a range's first day and its last, folded: "01/12 đến ngày 10/12/2027", "01/12 - 10/12/2027"
_TO_END = re.compile(rf"\s*(?:[-–]|{kw('den')}(?:\s+{kw('het')})?|{kw('toi')})\s*(?:{kw('ngay')}\s*)?$")


def _shift(iso: str, years: int, end: bool) -> str:
    """``iso`` moved ``years`` on; a month's last day stays its month's last (Feb 28 → Feb 29 in a leap year)."""
    d = dt.date.fromisoformat(iso)
    last = calendar.monthrange(d.year, d.month)[1]
    y = d.year + years
    new_last = calendar.monthrange(y, d.month)[1]
    return dt.date(y, d.month, new_last if end and d.day == last else min(d.day, new_last)).isoformat()


def in_title_year(hits: list[DateHit], title: str | None, view: str, ref: dt.date | None) -> list[DateHit]:
    """``hits`` with each yearless, non-recurring period (:data:`_PERIODS`) or day (:func:`_plan_day`) that falls
    before the year ``title`` names moved into that year, when the document (dated ``ref``) was signed in an earlier
    year; and each recurring window already open on the signing day moved to its next occurrence
    (:func:`_next_window`: the plan's first one, inside its year). ``view`` is the folded text the hits point into (a
    recurrence phrase beside a period keeps it where it is)."""
    period = title_period(title)
    if ref is None or period is None or not (period[0].endswith("-01-01") and period[1].endswith("-12-31")):
        return hits
    year = int(period[0][:4])
    if year <= ref.year:
        return hits
    # the last day the plan prints in the rest of the signing year: its own work before its year starts
    ahead = max((h.date for h in hits if h.year_given and h.date and ref.isoformat() < h.date
                 and int(h.date[:4]) == ref.year), default=None)
    out = []
    for i, h in enumerate(hits):
        after = hits[i + 1] if i + 1 < len(hits) else None
        if h.recurrence and _running_on(h, ref):
            out.append(_next_window(h, ref))
            continue
        if h.year_given or h.kind not in (*_PERIODS, _DAY) or h.recurrence or not h.earliest or not h.latest \
                or int(h.latest[:4]) >= year or _recurs(view, h) \
                or (h.kind == _DAY and not _plan_day(h, after, view, ref, ahead)):
            out.append(h)
            continue
        n = year - int(h.latest[:4])
        out.append(replace(h, earliest=_shift(h.earliest, n, False), latest=_shift(h.latest, n, True),
                           date=_shift(h.date, n, False) if h.date else None))
    return out


def _running_on(h: DateHit, ref: dt.date) -> bool:
    """``h`` is a recurring window (a month or a week of each period, not one day) already open on the signing day."""
    return bool(h.earliest and h.latest and h.earliest < h.latest and h.earliest < ref.isoformat() <= h.latest)


def _next_window(h: DateHit, ref: dt.date) -> DateHit:
    """The recurring window ``h`` at its next occurrence, after the one open on the signing day ``ref``: in a plan for
    the next year ("Kế hoạch … năm 2031" of 18/12/2030), "sinh hoạt chuyên đề định kỳ hằng quý … của tháng cuối quý"
    is first held in March 2031 — December 2030 has begun before the plan was signed and lies outside its year (a36-01's
    and t36-01's labels). A recurring day ("trước ngày 20 hằng tháng") keeps its first occurrence on or after the
    signing day (see the module's note); a window not yet open on it (t36-08's "tuần cuối của tháng", 25–31/12/2030 in a
    plan of 19/12/2030) keeps its own."""
    old_end, old_start = dt.date.fromisoformat(h.latest), dt.date.fromisoformat(h.earliest)
    end = first_on_or_after(h.recurrence, ref, old_end + dt.timedelta(days=1))
    if end is None:
        return h
    start = end.replace(day=1) if old_start.day == 1 and old_start.month == old_end.month \
        else end - (old_end - old_start)
    return replace(h, earliest=start.isoformat(), latest=end.isoformat(), month=end.month)


def _recurs(view: str, h: DateHit) -> bool:
    """A recurrence phrase ("hằng năm", "hằng quý", "mỗi tháng") within 30 characters either side of the period, in its
    clause."""
    lo = max(0, h.start - 30)
    cut = max(view.rfind(";", lo, h.start), view.rfind(".", lo, h.start))
    lo = max(lo, cut + 1)
    hi = P.CLAUSE_END_RE.search(view, h.end, h.end + 30)
    return P.RECURRENCE_PHRASE_RE.search(view, lo, hi.start() if hi else h.end + 30) is not None


def _plan_day(h: DateHit, after: DateHit | None, view: str, ref: dt.date, ahead: str | None) -> bool:
    """The yearless day ``h`` is moved into the plan's year: not a range's first day whose end (``after``) prints its
    year, nor a day between the signing day ``ref`` and ``ahead``, the last day the plan prints in the signing year
    (its work before its year: a bare "30/11" among steps dated to 12/12/2027 is this November's). A day before the
    signing day is always moved."""
    if after is not None and after.year_given and _TO_END.match(view[h.end:after.start]):
        return False
    return h.latest < ref.isoformat() or ahead is None or h.latest > ahead
