"""A Công văn's "V/v" (về việc) whose slash OCR read as a letter: "Viv đôn đốc gửi báo cáo …" → "V/v đôn đốc …".

Why: Tesseract ``eng`` reads the slash of a small "V/v" as an i, l, 1 or a bar now and then (a29-10 legacy: "Viv dén
déc giti bao cao …"); restoration then made the word "Vụ", and the trích yếu line of the Công văn was no subject
line: its title, and with it the header's date and place beside it, were lost. A word "V?v" at a line's start before
a word in small letters is the abbreviation (no Vietnamese word is spelt so); one character for one, so offsets hold.

(ncfix46b) A scan also reads the mark with a slash glyph of another code and its small v as a W, a speck before it:
".V⁄W đơn giá thuê đất" (5608/CT-CS scanned, session 46's newcomer: the fraction slash U+2044, the trích yếu empty).
A "V", a slash of any code ("/", "⁄", "∕", "／", "\\") and a v or w of either case, at a line's start (after specks at
most) and before a word in small letters, is the mark: it becomes "V/v", the specks spaces. (session 47's newcomer)
A speck may also sit between the slash and the v ("V⁄%v trả lời bổ sung kiến nghị …", 9476/BNNMT-CNTY scanned: the
trích yếu lost): one of "%'\"*°" there is a speck too, written as a space after the mark.
"""

from __future__ import annotations

import re

__all__ = ["subject_marks"]

_SUBJECT_RE = re.compile(r"(?m)^([ \t]*V)[il1|Iíì](v[ \t]*:?[ \t]+[^\W\d_A-ZĐ])")
#: the mark with a slash of another code or a W for its v, specks before it (see the module's doc)
_SLASHED_RE = re.compile(r"(?m)^(?P<lead>[ \t]*)(?P<specks>[.,'`‘’_:;~\-]{0,2})V[⁄∕／\\/](?P<mid>[%'\"*°]?)(?P<v>[vVwW])"
                         r"(?=[ \t]*:?[ \t]+[^\W\d_A-ZĐ])")


def _slashed(m: re.Match[str]) -> str:
    return m["lead"] + " " * len(m["specks"]) + "V/v" + " " * len(m["mid"])


def subject_marks(text: str) -> str:
    """``text`` with each "V/v" read with a letter for its slash written "V/v" (see the module's docstring)."""
    if "V" in text:
        text = _SLASHED_RE.sub(_slashed, text)
    return _SUBJECT_RE.sub(r"\1/\2", text) if "v" in text else text
