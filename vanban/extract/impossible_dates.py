"""Dates that do not exist ("trước ngày 31/02/2026"): said in the extraction's notes.

Why: such a date (a typing slip, an OCR misread) is read as no date at all, so its
deadline vanished without a word (a newcomer's "Văn phòng … gửi báo cáo trước ngày
31/02/2026" gave nothing). No date is guessed for it; the note names it and the
sentence it stands in, so a reader checks the printed document.
"""

from __future__ import annotations

import calendar
import re

from vanban.text import fold

__all__ = ["impossible_dates", "header_year_note"]

# dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy and "ngày dd tháng mm năm yyyy" (folded text), not a số ký hiệu's "30/2020/NĐ-CP"
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/])")
_SPELLED = re.compile(r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+((?:19|20)\d\d)(?!\d)")


def _exists(day: int, month: int, year: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _sentence(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(".", 0, max(start - 1, 0)), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(".", end), text.find("\n", end)) if i >= 0]
    hi = min(stops) if stops else len(text)
    return " ".join(text[lo:hi].split())[:200]


def impossible_dates(text: str) -> list[str]:
    """One note per date of ``text`` that no calendar has, in text order."""
    view = fold(text).lower()  # one character per character: offsets hold
    found = []
    for m in _NUMERIC.finditer(view):
        day, month, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if month <= 12 and not _exists(day, month, year) and day <= 31:
            found.append((m.start(), m.end()))
    for m in _SPELLED.finditer(view):
        if not _exists(int(m.group(1)), int(m.group(2)), int(m.group(3))):
            found.append((m.start(), m.end()))
    return [f"impossible date {text[a:b]!r}: no deadline read from \"{_sentence(text, a, b)}\""
            for a, b in sorted(found)]


# the place-date's printed year (folded): "… ngày 20 tháng 11 năm 2625"
_HEADER_YEAR = re.compile(r"nam\s*(\d{4})\s*$")


def header_year_note(text: str, start: int, end: int, date: str | None, years: range) -> list[str]:
    """The note on a header's date printed with a year no document bears ("Hà Nội, ngày 20 tháng 11 năm 2625": a scan
    read 0 as 6; a newcomer, session 22): the date read from the evidence (``date``, the structure stage's repair from
    the số ký hiệu or the other dates), or left out. ``start``/``end``: the place-date part; ``years``: the years a
    document can bear."""
    printed = " ".join(text[start:end].split())
    m = _HEADER_YEAR.search(fold(printed).lower())
    if not m or int(m.group(1)) in years:
        return []
    if date and date[:4] != m.group(1):
        return [f"date {printed!r}: no document bears the year {m.group(1)} (an OCR misreading): read as {date}, "
                f"the year the số ký hiệu or the document's other dates give"]
    return [f"date {printed!r}: no document bears the year {m.group(1)} (an OCR misreading): no date read"]
