"""A Roman numeral of I's only (I, II, III) read with a stroke too few or as "H", told by the stems in its box.

Why: Tesseract ``vie`` reads a serif "III" whose strokes touch at the serifs now as "II", now as "IH",
and a "II" as "I" — a newcomer's clean 300 dpi scan of 45-KH/ĐU read the headings "II." and "III." as
"I." and "II." and its task table's "Quý III/2027" as "Quý IH/2027"; a 200 dpi scan of 312/QĐ-UBND read
"hoàn thành trong Quý II/2027." as "Quý I/2027." and the checklist said 31/03/2027 where the plan says
30/06/2027, with no warning. :mod:`vanban.ocr.roman_width` cannot tell these: it needs a numeral of the
same letters read right on the page, and I-only numerals differ only in their count of I's.

The page can: an I is a full-height vertical stem, which no digit, slash or stop has (a "0"'s sides,
a "7"'s and a "/"'s strokes are curved or slanted, a stop is low). So in the box of a word read as an
I-only numeral in a numeral's place — the first word of a line followed by a stop ("II.", "III.2"), or
the word after "Quý" ("I/2027.") — the stems at its left, one I's pitch apart, are counted: the column's
longest run of ink spans :data:`STEM_HEIGHT` of the box at least, a stem is as wide as half the widest, and
the next one starts within :data:`PITCH_HEIGHTS` of the box's height. One to three stems that say
otherwise than the reading (I = 1, H = 2), or confirm an H as two I's, make the numeral that many I's. A reading the stems cannot
confirm (no stem, four and more, a word with a V or X) stays as read.
"""

from __future__ import annotations

import re

#: a word read as an I-only numeral ("II", "IH", "Il", "I|", "IL" for "I." with its stop on the serif), then a
#: stop or a slash and what follows
_READ_RE = re.compile(r"([IHLl|]{1,4})([./][^\s]*)?")
#: a column is a stem when its longest run of ink spans this share of the word's box
STEM_HEIGHT = 0.85
#: the next I's stem starts within this many box heights of the one before (measured pitch ≈ 0.5)
PITCH_HEIGHTS = 0.65
#: a gray value below this is ink
INK = 128
#: folded words before a quarter's numeral
_QUARTER_WORDS = ("quý", "quí", "quy", "qui")


def _strokes(core: str) -> int:
    return sum(2 if ch == "H" else 1 for ch in core)


def _stems(gray, box: tuple[int, int, int, int]) -> int:
    """The I stems at the left of the word in ``box`` (left, top, width, height) of the page image ``gray``."""
    import numpy as np

    x, y, w, h = box
    if w <= 0 or h <= 0:
        return 0
    ink = np.asarray(gray.crop((x, y, x + w, y + h)), dtype=np.uint8) < INK
    runs = []
    for c in range(ink.shape[1]):
        run = best = 0
        for v in ink[:, c]:
            run = run + 1 if v else 0
            best = max(best, run)
        runs.append(best)
    groups: list[list[int]] = []  # [first column, last column] of each stem
    for c, run in enumerate(runs):
        if run >= STEM_HEIGHT * h:
            if groups and groups[-1][1] == c - 1:
                groups[-1][1] = c
            else:
                groups.append([c, c])
    if not groups:
        return 0
    widest = max(b - a + 1 for a, b in groups)
    count = 1
    for (a0, _), (a1, b1) in zip(groups, groups[1:]):
        if a1 - a0 > PITCH_HEIGHTS * h or b1 - a1 + 1 < widest / 2:
            break
        count += 1
    return count


def _numeral_place(data: dict, i: int, previous: int | None) -> bool:
    """Word ``i`` stands where a numeral does: first on its line before a stop, or after "Quý"."""
    text = data["text"][i].strip()
    if previous is not None and data["text"][previous].strip().lower() in _QUARTER_WORDS:
        return True
    first = previous is None or any(
        int(data[k][previous]) != int(data[k][i]) for k in ("block_num", "par_num", "line_num") if k in data)
    return first and bool(re.fullmatch(r"[IHLl|]{1,4}\..*", text))


def count_numerals(gray, data: dict) -> dict:
    """``data`` (``image_to_data`` of the page image ``gray``) with each I-only numeral in a numeral's place
    read by its stems (see the module's docstring)."""
    out = None
    previous = None
    for i, raw in enumerate(data.get("text", [])):
        t = (raw or "").strip()
        if not t:
            continue
        m = _READ_RE.fullmatch(t)
        if m and _numeral_place(data, i, previous):
            box = tuple(int(data[k][i]) for k in ("left", "top", "width", "height"))
            n = _stems(gray, box)
            # an H the stems confirm as two I's is written so too ("IH/2027" → "III/2027"); a lone stem read
            # as l or | stays (a digit 1 has one stem as well)
            if 1 <= n <= 3 and (n != _strokes(m.group(1)) or "H" in m.group(1)):
                out = out or {k: list(v) for k, v in data.items()}
                out["text"][i] = "I" * n + (m.group(2) or "")
        previous = i
    return out or data
