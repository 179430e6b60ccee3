"""A yearless period in a programme for next year is that year's, not the signing year's.

Why: a Thường trực HĐND's "Chương trình công tác năm 2028" is signed on 10/12/2027 and dates its tasks by quarter or
month alone: "giám sát công tác quản lý đất đai (quý IV)", "kỳ họp thường lệ cuối năm (tháng 12)". A yearless period is
read as the next one from the document's date (:func:`vanban.extract.dates._infer_year`), which for a quarter or month
still running on the signing day is the signing year's (quý IV/2027) — a period the programme does not cover. The
title's one year governs them: quý IV/2028 (t30-01's labels; the plan's own year, as a reader of a year's programme
takes it). Only yearless periods that do not recur: "trước ngày 20 hằng tháng", "tháng 12 hằng năm" keep their first
occurrence on or after the document's date (the labels date recurring duties from the issue day, author43A's notes).
Not a day of a month ("trước ngày 15/12") — a due day close to the signing day may well be this year's.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace

from vanban.extract import patterns as P
from vanban.extract.dates import DateHit
from vanban.extract.plan_periods import title_period

__all__ = ["in_title_year"]

#: the kinds of a period of a year (not a day, not a cycle of its own)
_PERIODS = ("quarter", "half", "month", "month_part", "month_range", "week")


def _shift(iso: str, years: int, end: bool) -> str:
    """``iso`` moved ``years`` on; a month's last day stays its month's last (Feb 28 → Feb 29 in a leap year)."""
    d = dt.date.fromisoformat(iso)
    last = calendar.monthrange(d.year, d.month)[1]
    y = d.year + years
    new_last = calendar.monthrange(y, d.month)[1]
    return dt.date(y, d.month, new_last if end and d.day == last else min(d.day, new_last)).isoformat()


def in_title_year(hits: list[DateHit], title: str | None, view: str, ref: dt.date | None) -> list[DateHit]:
    """``hits`` with each yearless, non-recurring period (:data:`_PERIODS`) that falls before the year ``title`` names
    moved into that year, when the document (dated ``ref``) was signed in an earlier year; ``view`` is the folded text
    the hits point into (a recurrence phrase beside a period keeps it where it is)."""
    period = title_period(title)
    if ref is None or period is None or not (period[0].endswith("-01-01") and period[1].endswith("-12-31")):
        return hits
    year = int(period[0][:4])
    if year <= ref.year:
        return hits
    out = []
    for h in hits:
        if h.year_given or h.kind not in _PERIODS or h.recurrence or not h.earliest or not h.latest \
                or int(h.latest[:4]) >= year or _recurs(view, h):
            out.append(h)
            continue
        n = year - int(h.latest[:4])
        out.append(replace(h, earliest=_shift(h.earliest, n, False), latest=_shift(h.latest, n, True),
                           date=_shift(h.date, n, False) if h.date else None))
    return out


def _recurs(view: str, h: DateHit) -> bool:
    """A recurrence phrase ("hằng năm", "hằng quý", "mỗi tháng") within 30 characters either side of the period, in its
    clause."""
    lo = max(0, h.start - 30)
    cut = max(view.rfind(";", lo, h.start), view.rfind(".", lo, h.start))
    lo = max(lo, cut + 1)
    hi = P.CLAUSE_END_RE.search(view, h.end, h.end + 30)
    return P.RECURRENCE_PHRASE_RE.search(view, lo, hi.start() if hi else h.end + 30) is not None
