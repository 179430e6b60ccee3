"""A Công văn's "V/v" (về việc) whose slash OCR read as a letter: "Viv đôn đốc gửi báo cáo …" → "V/v đôn đốc …".

Why: Tesseract ``eng`` reads the slash of a small "V/v" as an i, l, 1 or a bar now and then (a29-10 legacy: "Viv dén
déc giti bao cao …"); restoration then made the word "Vụ", and the trích yếu line of the Công văn was no subject
line: its title, and with it the header's date and place beside it, were lost. A word "V?v" at a line's start before
a word in small letters is the abbreviation (no Vietnamese word is spelt so); one character for one, so offsets hold.
"""

from __future__ import annotations

import re

__all__ = ["subject_marks"]

_SUBJECT_RE = re.compile(r"(?m)^([ \t]*V)[il1|Iíì](v[ \t]*:?[ \t]+[^\W\d_A-ZĐ])")


def subject_marks(text: str) -> str:
    """``text`` with each "V/v" read with a letter for its slash written "V/v" (see the module's docstring)."""
    return _SUBJECT_RE.sub(r"\1/\2", text) if "v" in text else text
