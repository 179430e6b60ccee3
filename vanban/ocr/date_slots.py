"""The numbers of a written date that Tesseract ``vie`` read as letters, read again with the ``eng`` model.

Why: on a poor scan (150 dpi, speckled, JPEG'd) the Vietnamese model reads a blurred "02" between
"tháng" and "năm" as letters — "ngày 25 tháng G3 năm 2026" (session 13's newcomer: the plan's task
"trước ngày 25 tháng 02 năm 2026" lost its deadline) — and no look-alike rule can map "G3" back
(:func:`vanban.ocr.glyphs.date_digits` fixes only a letter standing for one digit, "Ð2"). Read alone
as one line, the same piece of the page ("25 tháng 02 năm") comes out right from the ``eng`` model
("25 thang 02 nam") under every filter tried, while ``vie`` misreads it again ("35 tháng Q3"):
its digits are trained among Vietnamese letters.

So when a written date's day or month slot holds no number of its range ("G3", a day "75", a year "2929"), the piece
from the day's number to the year is read again with ``eng`` as one line (``--psm 7``), a few ways (one
reading of a speckled piece changes with its margin); its slots are taken when the grammar, the first
reading and the readings agree: a reading has the shape "<digits> <word> <digits> <word> <year>" with the
day 1–31, the month 1–12 and a year 19xx or 20xx, a slot ``vie`` did read as a number in range reads the same, and every
such reading (two at least) gives the same numbers. Nothing else changes; pages without a damaged
date pay nothing.
"""

from __future__ import annotations

import re
from typing import Callable

from vanban.models import InputError, LimitExceeded

#: the words of a written date as ``vie`` may print them ("thẳng", "nằm"), as in glyphs._DATE_SLOTS_RE
_DAY_WORD = re.compile(r"ng\w{1,2}y", re.I)
_MONTH_WORD = re.compile(r"th\w{1,3}ng", re.I)
_YEAR_WORD = re.compile(r"n\w{1,2}m", re.I)
#: a slot read as a number (with the look-alike letters glyphs.date_digits makes digits)
_NUMBER_SLOT = re.compile(r"[0-9OoDĐÐQIl|]{1,2}")
#: the piece read again: day number, the month's word, month number, the year's word
_REREAD = re.compile(r"\s*(\d{1,2})\s+\S+\s+(\d{1,2})\s+\S+\s+(\d{4})\W?\s*")
#: a year a document of the archive is dated in
_YEAR = re.compile(r"(?:19|20)\d\d")
#: margins around the piece (of the words' height), each read as printed and thickened: a single reading of
#: the speckled piece changed with its margin ("25 thang 02 nim" at 0.2, "75 dhieng 62 shen" at 0.3)
PADS = (0.1, 0.2)
READINGS = 2 * len(PADS)
AGREE = 2  # readings with the date's shape that must agree
YEAR = 9999  # the range of a year slot: _slot_ok reads it as 19xx or 20xx


def _words(data: dict) -> list[int]:
    return [i for i, t in enumerate(data.get("text", [])) if (t or "").strip()]


def _line(data: dict, i: int) -> tuple:
    return tuple(int(data[k][i]) for k in ("block_num", "par_num", "line_num") if k in data)


def _slot_ok(piece: str, top: int) -> bool:
    """A slot read as a number in range (1–``top``; a year: 19xx or 20xx), or as one glyphs.date_digits makes digits."""
    if top > 31:
        return bool(_YEAR.fullmatch(piece.rstrip(".,;)")))
    if piece.isdigit():
        return 1 <= int(piece) <= top
    return bool(_NUMBER_SLOT.fullmatch(piece))


def damaged_dates(data: dict) -> list[tuple[int, int, int, int, int, int]]:
    """Indices (day word "ngày", day slot, month word, month slot, year word, year) in ``image_to_data`` of each
    written date on one line whose day, month or year holds no number of its range ("G3", "75", "2929")."""
    idx = _words(data)
    text = [data["text"][i].strip() for i in idx]
    out = []
    for k in range(len(idx) - 5):
        a = idx[k:k + 6]
        if len({_line(data, i) for i in a}) != 1:
            continue
        day_w, day, month_w, month, year_w, year = text[k:k + 6]
        if not (_DAY_WORD.fullmatch(day_w) and _MONTH_WORD.fullmatch(month_w) and _YEAR_WORD.fullmatch(year_w)
                and re.fullmatch(r"\d{4}\W?", year) and len(day) <= 3 and len(month) <= 3):
            continue
        if _slot_ok(day, 31) and _slot_ok(month, 12) and _slot_ok(year, YEAR):
            continue
        out.append(tuple(a))
    return out


def _pieces(gray, box: tuple[int, int, int, int], height: int):
    """The piece of the page at ``box`` cut with each margin of :data:`PADS`, as printed and with its strokes
    thickened (a 3×3 minimum: a blurred, light glyph)."""
    from PIL import ImageFilter

    x0, top, x1, bottom = box
    for pad in PADS:
        m = int(pad * height) + 2
        crop = gray.crop((max(0, x0 - m), max(0, top - m), min(gray.size[0], x1 + m), min(gray.size[1], bottom + m)))
        yield crop
        yield crop.filter(ImageFilter.MinFilter(3))


def _agreed_reading(gray, box: tuple[int, int, int, int], read_line: Callable, parse: Callable):
    """The one value ``parse`` gives for the :data:`READINGS` readings of the piece at ``box`` (:func:`_pieces`) when
    at least :data:`AGREE` readings give a value and all of them give the same; None otherwise. ``parse``: a
    reading's text → its value, or None when it does not count; a failed read counts for nothing."""
    votes, count = set(), 0
    for piece in _pieces(gray, box, box[3] - box[1]):
        try:
            value = parse(read_line(piece) or "")
        except (RuntimeError, OSError, ValueError, InputError, LimitExceeded):
            continue
        if value:
            votes.add(value)
            count += 1
    return votes.pop() if count >= AGREE and len(votes) == 1 else None


def reread_dates(gray, data: dict, read_line: Callable) -> dict:
    """``data`` with the slots of each :func:`damaged_dates` date replaced by the ``eng`` readings of its piece
    when they agree (see the module's docstring): the piece is read :data:`READINGS` ways; a reading counts
    when it has the date's shape, its day and month are in range and a slot ``vie`` read as a number in
    range reads the same; at least :data:`AGREE` readings must count and all of them give the same slots.
    ``read_line``: a Pillow image → its text read as one line by ``eng``; a failed read counts for nothing."""
    found = damaged_dates(data)
    if not found:
        return data
    out = None
    for _, day, _, month, _, year in found:
        words = [i for i in range(day, year + 1) if (data["text"][i] or "").strip()]
        box = (int(data["left"][day]), min(int(data["top"][i]) for i in words),
               int(data["left"][year]) + int(data["width"][year]),
               max(int(data["top"][i]) + int(data["height"][i]) for i in words))
        tops = {day: 31, month: 12, year: YEAR}
        first = {i: data["text"][i].strip() for i in tops}
        kept = {i: p.rstrip(".,;)") for i, p in first.items() if p.rstrip(".,;)").isdigit() and _slot_ok(p, tops[i])}

        def slots(reading: str, kept=kept, day=day, month=month, year=year) -> tuple | None:
            got = _REREAD.fullmatch(reading)
            if not got or not all(_slot_ok(g, top) for g, top in zip(got.groups(), (31, 12, YEAR))):
                return None
            new = dict(zip((day, month, year), got.groups()))
            if any(int(new[i]) != int(p) for i, p in kept.items()):
                return None  # a slot vie read as a number says otherwise
            return tuple(new.values())

        agreed = _agreed_reading(gray, box, read_line, slots)
        if agreed is None:
            continue
        new = dict(zip((day, month, year), agreed))
        out = out or {k: list(v) for k, v in data.items()}
        for i, value in new.items():
            if i not in kept:  # the year keeps the stop after it
                out["text"][i] = value + first[i][len(first[i].rstrip(".,;)")):] if i == year else value
    return out or data


#: a year read again alone: four digits, maybe a stop or a bracket around them
_LONE_YEAR = re.compile(r"\W*((?:19|20)\d\d)\W*")


def _lone_year(reading: str) -> str | None:
    m = _LONE_YEAR.fullmatch(reading)
    return m.group(1) if m else None


def wrapped_years(data: dict) -> list[tuple[int, int]]:
    """(year word, word under it) in ``image_to_data`` of each written date whose year wrapped to the line below and
    was read as letters: "Nghệ An, ngày 01 tháng 12 năm" / "Hư" (a Party Công văn's narrow place-and-date cell,
    photographed; session 16's newcomer: the date was lost, so the photo was not matched to its DOCX). The word under
    is the nearest one whose top is at most 1.5 line heights under the date's line, inside the date's width (a
    line height of margin), alone there on its line (Tesseract may join it to the left column's line), and not a
    year already."""
    idx = _words(data)
    text = [data["text"][i].strip() for i in idx]
    out = []
    for k in range(len(idx) - 4):
        a = idx[k:k + 5]
        if len({_line(data, i) for i in a}) != 1 or (k + 5 < len(idx) and _line(data, idx[k + 5]) == _line(data, a[0])):
            continue  # the year word must end its line
        day_w, _day, month_w, _month, year_w = text[k:k + 5]
        if not (_DAY_WORD.fullmatch(day_w) and _MONTH_WORD.fullmatch(month_w) and _YEAR_WORD.fullmatch(year_w)):
            continue
        top = min(int(data["top"][i]) for i in a)
        bottom = max(int(data["top"][i]) + int(data["height"][i]) for i in a)
        height = bottom - top
        x0, x1 = int(data["left"][a[0]]) - height, int(data["left"][a[-1]]) + int(data["width"][a[-1]]) + height
        under = [i for i in idx if bottom - 0.3 * height <= int(data["top"][i]) <= bottom + 1.5 * height
                 and int(data["left"][i]) >= x0 and int(data["left"][i]) + int(data["width"][i]) <= x1]
        if not under:
            continue
        first = min(under, key=lambda i: int(data["top"][i]))
        if sum(_line(data, i) == _line(data, first) for i in under) != 1 or len(text[idx.index(first)]) > 6:
            continue
        if not _YEAR.fullmatch(text[idx.index(first)].rstrip(".,;)")):
            out.append((a[-1], first))
    return out


def reread_years(gray, data: dict, read_line: Callable) -> dict:
    """``data`` with each :func:`wrapped_years` year read again alone by ``eng`` (``read_line``, as
    :func:`reread_dates`): taken when at least :data:`AGREE` of its :data:`READINGS` readings are one year 19xx or
    20xx and all such readings agree; otherwise the word stays as read."""
    out = None
    for _, word in wrapped_years(data):
        box = (int(data["left"][word]), int(data["top"][word]),
               int(data["left"][word]) + int(data["width"][word]), int(data["top"][word]) + int(data["height"][word]))
        agreed = _agreed_reading(gray, box, read_line, _lone_year)
        if agreed is not None:
            out = out or {k: list(v) for k, v in data.items()}
            out["text"][word] = agreed
    return out or data
