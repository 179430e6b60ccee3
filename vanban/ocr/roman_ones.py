"""A Roman numeral of I's with a digit 1 (or an l) read for one of its strokes: "quý I1I", "Quý 1I", "I1I. TỔ CHỨC".

Why: Tesseract ``vie`` reads the middle stroke of a scanned "III" as the digit it looks like ("quý I1I/2027"): no
reader of dates knows "I1I", so the deadline "trong quý III/2027" was lost, and a heading "I1I." opened no part. A
word mixing I's with 1's or l's is no number and no Vietnamese word; where a Roman numeral stands — after "quý" (a
quarter) or "Chương"/"Phần"/"Mục"/"khóa" (a numbered part or term), or as a list label at a line's start before its
"." or ")" — it is the numeral with every stroke an I. Digits alone ("quý 1", "1.") and I's alone are left as read;
one character for one, so offsets hold.
"""

from __future__ import annotations

import re

__all__ = ["roman_ones"]

# a run of strokes (I, 1, l) holding at least one I and at least one 1 or l, with V or X around them as a numeral has
_STROKES = r"(?=[IVXl1]*I)(?=[IVXl1]*[1l])[IVX]*[Il1]+[IVX]*"
# the words a Roman numeral follows (a quarter, a part, a term of office), in any case and as OCR may tone them
_BEFORE = r"(?:qu[yýỳỷỹỵ]|ch[uư][oơ]ng|ph[aầ]n|m[uụ]c|kh[oó]a|khoá)"
_ROMAN_ONES_RE = re.compile(
    rf"(?P<lead>(?<![^\W\d_])(?i:{_BEFORE})[ \t]+)(?P<num>{_STROKES})(?![\w])"
    rf"|(?P<label>(?:^|(?<=\n))[ \t*]*)(?P<lnum>{_STROKES})(?=[.)][ \t])")
_VALID = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")


def _numeral(strokes: str) -> str:
    fixed = strokes.replace("1", "I").replace("l", "I")
    return fixed if _VALID.fullmatch(fixed) else strokes


def _fix(m: re.Match) -> str:
    if m.group("num") is not None:
        return m.group("lead") + _numeral(m.group("num"))
    return m.group("label") + _numeral(m.group("lnum"))


def roman_ones(text: str) -> str:
    """``text`` with each Roman numeral that OCR read with a 1 or an l among its I's (:data:`_ROMAN_ONES_RE`) written
    with I's: "trong quý I1I/2027" → "trong quý III/2027", "I1I. TỔ CHỨC THỰC HIỆN" → "III. TỔ CHỨC THỰC HIỆN"."""
    return _ROMAN_ONES_RE.sub(_fix, text) if ("1" in text or "l" in text) else text
