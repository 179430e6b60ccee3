"""A clock time's digits read as letters: "8h50 - 9hOS5" → "8h50 - 9h05", "O8h00 - 08h45" → "08h00 - 08h45".

Why: Tesseract ``eng`` reads a printed "0" as the letter O and a "5" as S (or as S and 5 both, one glyph read twice)
in the hours of a meeting's chương trình (a51-09's "| 4 | 8h50 - 9hOS5 | Báo cáo hoạt động Ban Thanh tra nhân dân |
Trưởng Ban Thanh tra nhân dân |" as eng OCR reads it). Restoration lowered it to "9hos5", which is no time: the time
column no longer held the hours alone, the table was not read as one session's agenda, and each speaker under
"Người thực hiện" became a body charged with a task.

Kind: a token of one or two digits (the first may be read as its letter: "O8h00", t51-09), "h", then two characters that are digits or their look-alike letters (O, o, D, Q
for 0; S, s for 5; I, l for 1; B for 8), at least one a letter — or three, when a "S"/"s" is followed by the "5" it
was read twice as — on a line that writes another clock time intact ("7h45", "10h30"): the minutes' digits. The
token may get shorter by a character; it stays one word (:func:`vanban.ocr.correct.correct_text` carries the
tokens' offsets back, as for :mod:`.short_names`).
"""

from __future__ import annotations

import re

__all__ = ["clock_digits"]

#: the letters Tesseract reads for a minute's digits, and the digit each stands for
_LOOK_ALIKE = {"O": "0", "o": "0", "D": "0", "Q": "0", "S": "5", "s": "5", "I": "1", "l": "1", "B": "8"}
_CHARS = "0-9" + "".join(_LOOK_ALIKE)
# the hour, "h", then the minutes as read (two characters, or a look-alike S read twice as "S5")
_CLOCK_RE = re.compile(rf"(?<![\w/.,])([{_CHARS}]?\d)h([{_CHARS}]{{2}}|[{_CHARS}][Ss]5)(?![\w/])")
# a clock time printed intact
_INTACT_RE = re.compile(r"(?<![\w/.,])\d{1,2}h\d{2}(?![\w/])")


def _digits(read: str) -> str:
    return "".join(_LOOK_ALIKE.get(c, c) for c in read)


def _time(hour: str, minutes: str) -> str | None:
    """The time "HhMM" the ``hour`` and ``minutes`` as read stand for (see the module), or None where they are no
    time of day (hour 0–23, minute 00–59)."""
    if len(minutes) == 3:
        minutes = minutes[0] + "5"  # "S5": one glyph read as the letter and the digit
    h, m = _digits(hour), _digits(minutes)
    return f"{h}h{m}" if int(h) < 24 and int(m) < 60 else None


def clock_digits(text: str) -> str:
    """``text`` with each clock time whose minutes OCR read as letters written in digits (see the module)."""
    if "h" not in text:
        return text
    out = []
    for line in text.split("\n"):
        if _INTACT_RE.search(line):
            def fix(m: re.Match) -> str:
                if m.group(1).isdigit() and m.group(2).isdigit():
                    return m.group()
                return _time(m.group(1), m.group(2)) or m.group()
            line = _CLOCK_RE.sub(fix, line)
        out.append(line)
    return "\n".join(out)
