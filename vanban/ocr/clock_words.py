"""The word "lúc" before a clock time read "hic": "bắt đầu hic 07 gid 30 phut" → "bắt đầu luc 07 gid 30 phut".

Why: Tesseract ``eng`` reads the "l" and "ú" of a printed "lúc" as an "h" and an "i" (a51-09 and t51-09 as eng OCR
reads them: "Thời gian: 01 buổi, bắt đầu lúc 07 giờ 30 phút" read "bat dau hic 07 gid 30 phut"); restoration then
made it "hè" or "húc", the time no longer followed its "lúc", and the meeting's start was no deadline.

Kind: a token "hic" (its vowel "i" or "u", any mark, as OCR may tone it) right before a clock time — an hour of one
or two digits and "giờ" as read ("gid", "gio") or "h" with its minutes ("07h30"): no word "hic" stands there, and
"húc" (to butt) never heads a time. It is written "luc", one character for one (offsets hold), for restoration to
mark.
"""

from __future__ import annotations

import re

__all__ = ["clock_words"]

# "hic" as read, then an hour: "07 gid", "7 giờ", "07h30", "7h"
_LUC_RE = re.compile(r"(?<![^\W\d_])[hH](?=[iíìỉĩịuúùủũụ]c[ \t]+\d{1,2}(?:[ \t]*gi[^\W\d_]{0,2}\b|h(?:\d{2})?\b))"
                     r"[iíìỉĩịuúùủũụ](?=c)")


def clock_words(text: str) -> str:
    """``text`` with each "lúc" read "hic" before a clock time written "luc" (see the module)."""
    if "c" not in text:
        return text
    return _LUC_RE.sub(lambda m: ("L" if m.group()[0] == "H" else "l") + "u", text)
