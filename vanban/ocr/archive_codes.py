"""The codes after "Lưu:" (the file copies of Nơi nhận), as Tesseract ``vie`` misreads their first one.

Why: "Lưu: VT, QLĐĐ" — VT is the văn thư's copy, the code that opens nearly every "Lưu:"
line — came out of a 200 dpi scan as "Lưu: VŨ QLĐĐ" (the T and its comma read as one
marked letter; the newcomer's so_cv.tif), and the recipients held "Lưu: VŨ QLĐĐ". The
tuning scans show the same kind: "Lưu: VE." (65/2025/NQ-HĐND), "Lưu: VTj ĐTQH" with a
j for the semicolon (597/KH-UBND). A code is an abbreviation in capitals and no
syllable: a marked vowel after its V is a misread T, never a name, and it is put back
(with the comma the misread swallowed, when another code follows).
"""

from __future__ import annotations

import re

#: the first code after "Lưu:" as Tesseract misreads "VT" (the T with its comma, or a lone stroke)
MISREAD_VT = frozenset({"VŨ", "VỤ", "VÚ", "VÙ", "VỦ", "VE", "VÉ", "VẺ", "VẸ", "VTj"})
_FIRST_CODE_RE = re.compile(
    r"(?P<head>\bLưu\s*:\s*)(?P<code>" + "|".join(sorted(MISREAD_VT, key=len, reverse=True)) + r")"
    r"(?P<after>[.,;]|\s+(?=[A-ZĐ(])|\s*$)", re.MULTILINE)


def _vt(m: re.Match) -> str:
    """"VT" for the misread code, with the separator the misread swallowed when another code follows on the line."""
    after = m.group("after")
    if after and after.isspace() and "\n" not in after:  # another code follows
        return m.group("head") + ("VT;" if m.group("code") == "VTj" else "VT,") + after  # a j is the semicolon
    return m.group("head") + "VT" + after


def archive_codes(text: str) -> str:
    """``text`` with the first code of each "Lưu:" line put back to "VT" where it is a misread of it (:data:`MISREAD_VT`)."""
    return _FIRST_CODE_RE.sub(_vt, text) if "Lưu" in text else text
