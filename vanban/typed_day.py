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

Why not ``dateutil.parser``: it is made to find a day in any text, which a box must not do — with
``dayfirst=True`` it reads "2026-1-5" as 1 May, takes "20/11-2026" and fills "5" or "2026" from
today's date, so a typo would silently become some day instead of an error.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["TYPED_DAY_FORMS", "typed_day"]

#: what a user may type, for help texts and error messages
TYPED_DAY_FORMS = "YYYY-MM-DD or DD/MM/YYYY (also DD-MM-YYYY, DD.MM.YYYY)"

_TYPED_DAY = re.compile(
    r"\s*(?:(?P<y>\d{4})\s*-\s*(?P<m>\d{1,2})\s*-\s*(?P<d>\d{1,2})"  # year first: ISO
    r"|(?P<d2>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m2>\d{1,2})\s*(?P=sep)\s*(?P<y2>\d{4}))\s*")  # day first


def typed_day(text: object) -> str | None:
    """The ISO day (``"2026-11-20"``) that ``text`` names in one of the accepted forms, or None
    when it names no real day (any other form, a day that does not exist, a non-string)."""
    m = _TYPED_DAY.fullmatch(text) if isinstance(text, str) else None
    if m is None:
        return None
    y, mo, d = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
    try:
        return dt.date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None
