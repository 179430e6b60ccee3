"""One letter that Tesseract ``vie`` reads as two look-alike glyphs (applied by :func:`vanban.ocr.correct.correct_text`).

Why: on scanned pages Tesseract's Vietnamese model sometimes emits the capital
Đ twice, once as Đ (U+0110) and once as the Icelandic eth Ð (U+00D0) that
looks the same — "1644/QĐÐ-BXD", "217/CĐÐ-TTg" (seen on rendered real
documents, bench/realdocs_scan.py). Ð is no Vietnamese letter, so the mixed
pair is one letter read twice; folded to Đ it would become "QĐĐ", a code no
body uses, and the citation is lost. A true double Đ (ĐĐBQH) is read as two
U+0110 and is left alone.
"""

from __future__ import annotations

import re

#: pairs of look-alike code points that stand for ONE letter, and that letter
DOUBLED = {"ĐÐ": "Đ", "ÐĐ": "Đ", "đð": "đ", "ðđ": "đ"}
_DOUBLED = re.compile("|".join(map(re.escape, DOUBLED)))


def one_glyph(word: str) -> str:
    """``word`` with each doubled look-alike pair (see :data:`DOUBLED`) read as its one letter."""
    return _DOUBLED.sub(lambda m: DOUBLED[m.group()], word) if ("Ð" in word or "ð" in word) else word
