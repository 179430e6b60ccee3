"""A day as a person types it into vanban: ISO or the Vietnamese day-first order.

One reading for every place a user gives a day, so they cannot drift apart again: ``vanban search
--from/--to`` (a click type in :mod:`vanban.cli`) and the date boxes ``tu_ngay``/``den_ngay`` of the
deadline pages (the SQL function ``vn_date`` of :mod:`vanban.web.plugin`). Newcomers found both
readers short in turn: the boxes knew only SQLite's ``date()``, so "20/11/2026" silently gave the
page's default range, and the command line refused it; then each had its own reader (click's
``DateTime`` formats, a regex), and the command line took "2026-11- 5" but refused " 20/11/2026 "
and "20 / 11 / 2026", the boxes the other way round. Now both take what either took.

Accepted (white space around the day and around each separator is ignored):

* ISO, year first: ``2026-11-20``, ``2026-1-5``;
* day first, the order every Vietnamese document and clerk writes: ``20/11/2026``, ``5/1/2026``,
  ``20-11-2026``, ``20.11.2026`` (the same separator twice: "20/11-2026" is no day).

The year has four digits ("20/11/26" is refused: 1926 or 2026?), and the day must exist
("31/02/2026", "2026-13-45" are refused). Leaf module: standard library only.

A refused day is told for what it is (:func:`day_fault`, called by the command line and by the date boxes alike): a
text in none of the forms is the wrong form, but "2027-02-30" is written right and names a day the calendar lacks —
"February 2027 has 28 days", not "write YYYY-MM-DD" (the session-36 newcomer: the form it was told to use was the
form typed).

Why not ``dateutil.parser``: it is made to find a day in any text, which a box must not do — with
``dayfirst=True`` it reads "2026-1-5" as 1 May, takes "20/11-2026" and fills "5" or "2026" from
today's date, so a typo would silently become some day instead of an error.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple

__all__ = ["TYPED_DAY_FORMS", "TYPED_DAY_FORMS_VI", "DayFault", "day_fault", "typed_day"]

#: what a user may type, for help texts and error messages (the command line; the web pages, in Vietnamese)
TYPED_DAY_FORMS = "YYYY-MM-DD or DD/MM/YYYY (also DD-MM-YYYY, DD.MM.YYYY)"
TYPED_DAY_FORMS_VI = "20/11/2026 hoặc 2026-11-20 (cũng được 20-11-2026, 20.11.2026)"
#: the months' English names, fixed (``calendar.month_name`` follows the process's locale)
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")

_TYPED_DAY = re.compile(
    r"\s*(?:(?P<y>\d{4})\s*-\s*(?P<m>\d{1,2})\s*-\s*(?P<d>\d{1,2})"  # year first: ISO
    r"|(?P<d2>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m2>\d{1,2})\s*(?P=sep)\s*(?P<y2>\d{4}))\s*")  # day first


def _parts(text: object) -> tuple[int, int, int] | None:
    """Year, month and day as written in one of the accepted forms, whether or not the day exists; None for any
    other form or a non-string."""
    m = _TYPED_DAY.fullmatch(text) if isinstance(text, str) else None
    if m is None:
        return None
    y, mo, d = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
    return int(y), int(mo), int(d)


def typed_day(text: object) -> str | None:
    """The ISO day (``"2026-11-20"``) that ``text`` names in one of the accepted forms, or None
    when it names no real day (any other form, a day that does not exist, a non-string)."""
    parts = _parts(text)
    try:
        return dt.date(*parts).isoformat() if parts else None
    except ValueError:
        return None


class DayFault(NamedTuple):
    """Why a typed text is no day. ``kind``: ``"form"`` (none of the accepted forms) or ``"calendar"`` (the form is
    right, the day does not exist); ``en`` / ``vi``: the reason in a clause, for the command line / the web pages."""

    kind: str
    en: str
    vi: str


def day_fault(text: object) -> DayFault | None:
    """Why ``text`` is no day, or None when :func:`typed_day` reads it. The one judge of the command line's
    ``--from``/``--to`` (:class:`vanban.cli.TypedDay`) and the pages' date boxes (:mod:`vanban.web.day_boxes`)."""
    if typed_day(text) is not None:
        return None
    parts = _parts(text)
    if parts is None:
        return DayFault("form", f"write {TYPED_DAY_FORMS}", f"viết ngày theo dạng {TYPED_DAY_FORMS_VI}")
    y, mo, d = parts
    if y < 1:
        return DayFault("calendar", f"there is no year {y}", f"không có năm {y}")
    if not 1 <= mo <= 12:
        return DayFault("calendar", f"there is no month {mo}", f"không có tháng {mo}")
    last = calendar.monthrange(y, mo)[1]
    if d < 1:
        return DayFault("calendar", f"there is no day {d}", f"không có ngày {d}")
    return DayFault("calendar", f"{_MONTHS_EN[mo - 1]} {y} has {last} days", f"tháng {mo}/{y} chỉ có {last} ngày")
