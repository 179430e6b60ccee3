"""A Roman numeral read with an I too few (or its II as "H"), told by the width of its box.

Why: on the scanned forms of real plans (bench/realdocs_scan.py) Tesseract ``vie`` reads the "XIII" of
"Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng" now as "XIII", now as "XII", "XIH" or
"XIHI" (0124/KH-UBND, 982/KH-UBND) — and "Nghị quyết … lần thứ XII" is another document: a citation the
plan never made. No grammar tells XII from XIII, and a word read alone again reads worse ("XIH", "XI").
But the box does: each of those words is 90 px wide on the page, the width of the words read "XIII"
there, while a true "XII" is a narrow I shorter (a "XI." beside them is 66 px).

So on a page, a word read as a Roman numeral with one I fewer than a numeral read elsewhere on the
page at the same height (or read with "H" for its I's, and the same other letters), whose box is as
wide as a word read as that numeral (within :data:`WIDTH_TOLERANCE`; a true XII is about 13 % narrower than XIII),
is read as that numeral. A numeral the page never reads right stays as read.
"""

from __future__ import annotations

import re

#: a valid Roman numeral up to 89 (chapters, sections, congresses, legislatures)
_ROMAN_RE = re.compile(r"L?X{0,3}(?:IX|IV|V?I{0,3})")
#: a word read as a numeral, or as one with "H" for two of its I's; its closing punctuation apart
_READ_RE = re.compile(r"([IVXLH]*[XVL][IVXLH]*|[IVXLH]*H[IVXLH]*)([.,;:)]*)")
WIDTH_TOLERANCE = 0.05  # of the numeral's width: the same glyphs in the same font
HEIGHT_TOLERANCE = 0.12  # of the word's height: the same font size


def _valid(core: str) -> bool:
    return bool(core) and _ROMAN_RE.fullmatch(core) is not None


def _skeleton(core: str) -> str:
    return core.replace("I", "").replace("H", "")


def widen_numerals(data: dict) -> dict:
    """``data`` (``image_to_data`` of a page) with each numeral read short of an I read as its page's (see the
    module's docstring)."""
    words = []
    for i, t in enumerate(data.get("text", [])):
        m = _READ_RE.fullmatch((t or "").strip())
        if m:
            words.append((i, m.group(1), m.group(2), int(data["width"][i]), int(data["height"][i])))
    valid = [w for w in words if _valid(w[1])]
    if len(words) < 2 or not valid:
        return data
    out = None
    for i, core, tail, width, height in words:
        same = [w for w in valid if abs(w[4] - height) <= HEIGHT_TOLERANCE * height]
        best = None
        for numeral in {w[1] for w in same if w[1] != core and _skeleton(w[1]) == _skeleton(core)}:
            if "H" not in core and numeral.count("I") != core.count("I") + 1:
                continue  # a valid reading changes only by the one I it lost
            wide = min((w[3] for w in same if w[1] == numeral), key=lambda x: abs(x - width))
            if abs(width - wide) <= WIDTH_TOLERANCE * wide and (best is None or abs(width - wide) < abs(width - best[1])):
                best = (numeral, wide)
        if best:
            out = out or {k: list(v) for k, v in data.items()}
            out["text"][i] = best[0] + tail
    return out or data
