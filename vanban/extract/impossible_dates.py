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

__all__ = ["impossible_dates"]

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
