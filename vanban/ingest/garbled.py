"""A text layer whose glyph codes are garbled: letters no Vietnamese text has.

Why: a PDF printed from a broken or subset font carries a text layer whose
codes are shifted from the glyphs shown (``r_ka qeÝke`` for "SỞ NÔNG
NGHIỆP", NULs and Greek letters between), though the page reads fine. vanban
kept that layer and refused the document as "not Vietnamese text (only 52%
…)" (found by a newcomer). Such a layer is told by its letters, not its
words: Vietnamese text, English or Latin terms quoted in it, are written in
:data:`vanban.text.VIETNAMESE_LETTERS` (which holds the whole Latin a-z);
a garbled layer has a large share of other letters and control characters.
Measured: 0 in every text-layer PDF of samples/ and tests/fixtures; 0.65 in
the newcomer's so_garb.pdf. Legacy-font bytes (TCVN3, VNI under a Unicode
font) are converted before this check (:mod:`vanban.ingest.legacy_fonts`).
"""

from __future__ import annotations

from vanban.text import VIETNAMESE_LETTERS

#: a layer with at least this share of its letters foreign to Vietnamese is garbled
MIN_FOREIGN_SHARE = 0.2
#: … and at least this many of them (a line of Greek symbols in a formula is no garbled layer)
MIN_FOREIGN_LETTERS = 40
_LAYOUT = "\n\t\r\f"


def foreign_letters(text: str) -> tuple[int, int]:
    """(letters foreign to Vietnamese, all letters) of ``text``; control characters count as foreign letters."""
    foreign = letters = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            foreign += ch.lower() not in VIETNAMESE_LETTERS
        elif ord(ch) < 32 and ch not in _LAYOUT:
            letters += 1
            foreign += 1
    return foreign, letters


def garbled(text: str | None) -> float | None:
    """The share of foreign letters when ``text`` is a garbled layer (:data:`MIN_FOREIGN_SHARE`), else None."""
    foreign, letters = foreign_letters(text or "")
    if foreign >= MIN_FOREIGN_LETTERS and foreign >= MIN_FOREIGN_SHARE * letters:
        return foreign / letters
    return None
