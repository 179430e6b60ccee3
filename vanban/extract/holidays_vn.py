"""Vietnamese holidays and the lunar calendar for due dates: Tết Nguyên đán, lunar days, working days.

"trước Tết Nguyên đán năm 2026" is due the day before the Lunar New Year of
2026 (17/02/2026 → 16/02/2026); "chậm nhất ngày mùng 8 Tết", "trước ngày 10
tháng Chạp", "Rằm tháng Giêng", "ngày 15 tháng 7 âm lịch" are lunar days read
as their solar dates; "03 ngày làm việc kể từ ngày ban hành" skips Saturdays,
Sundays and public holidays. No table of our own: the lunar calendar is the
``lunar_vn`` library's (Hồ Ngọc Đức's algorithm at UTC+7, Vietnam's meridian:
the Chinese calendar, at UTC+8, puts some new moons a day later — Tết 2030 is
2 February in Vietnam, 3 February in China), the official holidays the
``holidays`` library's Vietnam calendar. The two agree on every Tết and Giỗ Tổ
Hùng Vương (10/3 lunar) of 2024–2031 (tests/test_deadlines_lunar.py).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays
import lunar_vn


@lru_cache(maxsize=64)
def _vietnam(year: int) -> holidays.HolidayBase:
    return holidays.Vietnam(years=year, language="en_US")


def lunar_new_year(year: int) -> dt.date | None:
    """The first day of Tết Nguyên đán falling in the Gregorian ``year`` (2026 → 2026-02-17), or None."""
    return lunar_day(1, 1, year)


def lunar_day(day: int, month: int, lunar_year: int) -> dt.date | None:
    """The solar date of lunar ``day``/``month`` (the ordinary month, not a leap one) of ``lunar_year``
    (10/12 of 2025 → 2026-01-28), or None when that month has no such day (a 30th of a 29-day month)."""
    lo, hi = lunar_vn.SUPPORTED_YEAR_RANGE
    if not (1 <= month <= 12 and 1 <= day <= 30 and lo <= lunar_year < hi):
        return None
    d = lunar_vn.lunar_to_solar(lunar_vn.LunarDate(day, month, lunar_year))
    back = lunar_vn.solar_to_lunar(d)
    return d if (back.day, back.month, back.leap) == (day, month, False) else None


def lunar_month(month: int, lunar_year: int) -> tuple[dt.date, dt.date] | None:
    """(first, last) solar days of a lunar month ("tháng Chạp" of 2025 → 2026-01-19 … 2026-02-16)."""
    first = lunar_day(1, month, lunar_year)
    if first is None:
        return None
    return first, (lunar_day(30, month, lunar_year) or lunar_day(29, month, lunar_year))


def next_lunar_day(day: int, month: int, on_or_after: dt.date) -> dt.date | None:
    """The first solar date of lunar ``day``/``month`` on or after a date (a lunar date written without its year:
    "trước ngày 10 tháng Chạp" in a plan of 05/01/2026 is 10/12 of the lunar year 2025, 2026-01-28)."""
    for y in (on_or_after.year - 1, on_or_after.year, on_or_after.year + 1):
        d = lunar_day(day, month, y)
        if d and d >= on_or_after:
            return d
    return None


def next_lunar_month(month: int, on_or_after: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first lunar ``month`` that has not ended on a date: (first, last) solar days."""
    for y in (on_or_after.year - 1, on_or_after.year, on_or_after.year + 1):
        span = lunar_month(month, y)
        if span and span[1] >= on_or_after:
            return span
    return None


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
