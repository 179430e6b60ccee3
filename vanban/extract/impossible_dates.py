"""Dates that do not exist ("trước ngày 31/02/2026"): said in the extraction's notes.

Why: such a date (a typing slip, an OCR misread) is read as no date at all, so its
deadline vanished without a word (a newcomer's "Văn phòng … gửi báo cáo trước ngày
31/02/2026" gave nothing). No date is guessed for it; the note names it and the
sentence it stands in, so a reader checks the printed document.
"""

from __future__ import annotations

import calendar
import re

from vanban.ocr.glyphs import far_years
from vanban.structure.header import repaired_year
from vanban.structure.vocab import DOCUMENT_YEARS
from vanban.text import fold

__all__ = ["impossible_dates", "header_year_note", "misread_years", "year_mended"]

# dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy and "ngày dd tháng mm năm yyyy" (folded text), not a số ký hiệu's "30/2020/NĐ-CP"
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/])")
_SPELLED = re.compile(r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+((?:19|20)\d\d)(?!\d)")


# a date whose year no document bears ("15/5/2927", "ngày 3 tháng 6 năm 2827"), its year the group "y"/"y2"
_ANY_YEAR = re.compile(r"(?<![\d/.-])(?<!so )\d{1,2}([/.-])\d{1,2}\1(?P<y>\d{4})(?![\d/])"
                       r"|ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+(?P<y2>\d{4})(?!\d)")


def misread_years(view: str, number: str | None) -> list[tuple[int, int, str | None]]:
    """The dates of folded ``view`` printed with a year no document bears — a scan's digit misread ("15/5/2927",
    "02/02/2827"): (start, end) of the printed date and the year read from the evidence, or None. The repair is
    :func:`vanban.structure.header.repaired_year`, the one the header's date and the citations' dates take, so a
    deadline's date is mended (or left out) by the same evidence: the year of the số ký hiệu ``number``, else the
    commonest year of the text's other dates one digit apart from the printed one."""
    out: list[tuple[int, int, str | None]] = []
    for m in _ANY_YEAR.finditer(view):
        g = "y" if m.group("y") else "y2"
        if int(m.group(g)) in DOCUMENT_YEARS:
            continue
        others = view[:m.start()] + " " * (m.end() - m.start()) + view[m.end():]
        year = repaired_year(m.group(g), number, others)
        out.append((m.start(), m.end(), year if year != m.group(g) else None))
    return out


def year_mended(view: str, number: str | None, issued: str | None = None, ocr: bool = False) -> str:
    """``view`` with each misread year of a date replaced by the year the evidence gives (:func:`misread_years`),
    one character per character (offsets hold), so the date grammar reads "trước ngày 15/5/2927" of a 2027 plan as
    15/5/2027 instead of dropping the deadline; a year with no evidence stays as printed (no date beats a wrong one).
    On an OCR'd text (``ocr``: its pages read by OCR) also a dated day's or month's year far past every other year
    of the document and one look-alike digit off one of them (:func:`vanban.ocr.glyphs.far_years`), the year of
    the date of issue ``issued`` (ISO) one more piece of evidence ("tháng 11/2056" on a scanned plan of 22/01/2036:
    the 3 read as 5). Never on a typed text: a 2025 plan's "trước ngày 31/12/2045" is printed so (fixrev49)."""
    for a, b, year in misread_years(view, number):
        if year:
            view = view[:b - 4] + year + view[b:]  # the year is the date's last four digits
    if ocr:
        view = far_years(view, (issued[:4],) if issued and issued[:4].isdigit() else ())
    return view


def _exists(day: int, month: int, year: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _sentence(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(".", 0, max(start - 1, 0)), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(".", end), text.find("\n", end)) if i >= 0]
    hi = min(stops) if stops else len(text)
    return " ".join(text[lo:hi].split())[:200]


def impossible_dates(text: str, number: str | None = None, start: int = 0) -> list[str]:
    """One note per date of ``text`` the reader cannot trust, in text order: a day or month no calendar has ("31/02",
    "39/4": a scan's digit misread as readily as a typing slip) and a year no document bears ("15/5/2927"), said
    with the year the evidence gives (:func:`misread_years`; ``number``: the document's số ký hiệu) or with none —
    so the checklist warns instead of the date vanishing or changing without a word. Only dates from ``start`` on
    are said (the body's); the whole text is the evidence of a misread year (the header's "năm 2026")."""
    view = fold(text).lower()  # one character per character: offsets hold
    found = []
    for m in _NUMERIC.finditer(view):
        day, month, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if m.start() >= start and month <= 12 and not _exists(day, month, year) and not view.endswith("so ", 0, m.start()):
            found.append((m.start(), m.end(), f"impossible date {text[m.start():m.end()]!r}"))
    for m in _SPELLED.finditer(view):
        if m.start() >= start and not _exists(int(m.group(1)), int(m.group(2)), int(m.group(3))):
            found.append((m.start(), m.end(), f"impossible date {text[m.start():m.end()]!r}"))
    notes = [(a, f"{what}: no deadline read from \"{_sentence(text, a, b)}\"") for a, b, what in found]
    for a, b, year in misread_years(view, number):
        if a < start:
            continue
        said = f"date {text[a:b]!r}: no document bears the year {view[b - 4:b]} (an OCR misreading)"
        notes.append((a, f"{said}: read as {year}, the year the số ký hiệu or the document's other dates give — "
                         f"check \"{_sentence(text, a, b)}\"" if year else
                         f"{said}: no date read from \"{_sentence(text, a, b)}\""))
    return [n for _, n in sorted(notes)]


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
