"""Vietnamese holidays for due dates: Tết Nguyên đán and working days.

"trước Tết Nguyên đán năm 2026" is due the day before the Lunar New Year of
2026 (17/02/2026 → 16/02/2026); "03 ngày làm việc kể từ ngày ban hành" skips
Saturdays, Sundays and public holidays. The lunar calendar and the official
holidays come from the ``holidays`` library (its Vietnam calendar), not from
a table of our own.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _vietnam(year: int) -> holidays.HolidayBase:
    return holidays.Vietnam(years=year, language="en_US")


def lunar_new_year(year: int) -> dt.date | None:
    """The first day of Tết Nguyên đán falling in the Gregorian ``year`` (2026 → 2026-02-17), or None."""
    return next((d for d, name in sorted(_vietnam(year).items()) if name == "Lunar New Year"), None)


def next_lunar_new_year(on_or_after: dt.date) -> dt.date | None:
    """The first Tết Nguyên đán on or after a date (a "trước Tết" written without its year)."""
    for y in (on_or_after.year, on_or_after.year + 1):
        d = lunar_new_year(y)
        if d and d >= on_or_after:
            return d
    return None


def working_days_after(ref: dt.date, n: int) -> dt.date:
    """The n-th working day after ``ref``: Monday to Friday, public holidays of Vietnam left out."""
    d, left = ref, n
    while left > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in _vietnam(d.year):
            left -= 1
    return d
