"""A part's word and its Roman numeral that OCR read as one word: "PHẦNI" → "PHẦN I", "CHƯƠNGII." → "CHƯƠNG II.".

Why: Tesseract ``vie`` drops the space between a centred division heading's word and its numeral now and then
("PHẦN I" read "PHẦNI" on a scanned Báo cáo, t30-02): no reader of headings knows "PHẦNI", so the division
"PHẦN I ⏎ KẾT QUẢ THỰC HIỆN …" opened nothing and every figure reached in it was read as an aim. No Vietnamese
word runs on from "PHẦN" or "CHƯƠNG" in capitals with I, V or X; a heading word with a valid numeral glued to it,
alone on its line (its title's dot or colon, if any, after it), is the two words.

Applied on the page's restored text (:func:`vanban.ocr.correct.correct_text`): the space it adds moves the text
after it, not the restoration's token offsets (those are offsets into the page as read).
"""

from __future__ import annotations

import re

__all__ = ["part_numerals"]

_GLUED_RE = re.compile(r"(?m)^(?P<word>[ \t*]*(?:PHẦN|CHƯƠNG))(?P<num>[IVX]{1,5})(?=[ \t]*[.:]?[ \t*]*$)")
_VALID = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")


def part_numerals(text: str) -> str:
    """``text`` with each heading word read glued to its Roman numeral written apart (see the module's docstring)."""
    if "PHẦN" not in text and "CHƯƠNG" not in text:
        return text
    return _GLUED_RE.sub(lambda m: m.group("word") + " " + m.group("num") if _VALID.fullmatch(m.group("num"))
                         else m.group(0), text)
