"""A Roman numeral of I's with a digit 1 (or an l) read for one of its strokes: "quý I1I", "Quý 1I", "I1I. TỔ CHỨC";
after "quý" and the like, a "[" or "|" for a stroke too: "quy [V/2027", "quy I[V/2030".

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
# eng OCR reads a numeral's I stroke as a bracket or a bar too ("quy [V/2027", a15-05; "quy I[V/2030", t17-06: the I
# printed and its stroke read again): after a word a numeral follows, a run of strokes with a "[" or "|" among them
_BRACKETED_RE = re.compile(rf"(?P<lead>(?<![^\W\d_])(?i:{_BEFORE})[ \t]+)(?P<num>[IVX]*[\[|][IVX\[|]*)(?![\w\[|\]])")


def _numeral(strokes: str) -> str:
    fixed = strokes.replace("1", "I").replace("l", "I")
    return fixed if _VALID.fullmatch(fixed) else strokes


def _fix(m: re.Match) -> str:
    if m.group("num") is not None:
        return m.group("lead") + _numeral(m.group("num"))
    return m.group("label") + _numeral(m.group("lnum"))


def _unbracketed(m: re.Match) -> str:
    """The numeral with each "[" or "|" an I ("[V" → "IV"); where that makes a numeral with its I read twice
    ("I[V" → "IIV"), that numeral with the one I, a space before it so the length holds; else as read. Bars alone
    before a space or the line's end are a pipe table's cell edge, no numeral ("… | Hằng quý | Dịch vụ công …",
    "… | Chuyên trang, chuyên mục |", t28-01 as eng OCR reads its Phụ lục: "quý I Dịch vụ" ran two cells into one);
    bars alone before a slash ("quý |/2027") still are."""
    num = m.group("num")
    if not num.strip("|") and not m.string.startswith("/", m.end()):
        return m.group(0)
    fixed = num.replace("[", "I").replace("|", "I")
    if not _VALID.fullmatch(fixed):
        once = fixed.replace("II", "I", 1)
        if once == fixed or not _VALID.fullmatch(once):
            return m.group(0)
        fixed = " " + once
    return m.group("lead") + fixed


def roman_ones(text: str) -> str:
    """``text`` with each Roman numeral that OCR read with a 1 or an l among its I's (:data:`_ROMAN_ONES_RE`) written
    with I's: "trong quý I1I/2027" → "trong quý III/2027", "I1I. TỔ CHỨC THỰC HIỆN" → "III. TỔ CHỨC THỰC HIỆN"."""
    if "[" in text or "|" in text:
        text = _BRACKETED_RE.sub(_unbracketed, text)
    return _ROMAN_ONES_RE.sub(_fix, text) if ("1" in text or "l" in text) else text
