"""A line of scanner specks: a legacy OCR line holding no word, only single glyphs among which one no text line holds
alone ("9 2 & . . . . ." between "công nhận lại, biểu" and "dương, khen thưởng" in 13-KH/ĐU's legacy OCR).

Why: the specks stand between the two halves of a wrapped phrase and cut the language model's context there, so
"biéu ⏎ duong" was read "điều ... dưỡng" instead of "biểu dương"; and the specks themselves went on into the task
text of the checklist ("công nhận lại, điều 9 2 & . . . . . dưỡng"). Such a line is blanked (each of its characters
made a space, one for one, so token offsets hold) before the text is read: the blank line keeps the context as any
blank line of a wrapped sentence does. The hand transcriptions of the seeds leave those lines empty likewise
(tests/fixtures/seeds/README.md).

What is a speck line (all of it): at least :data:`MIN_GLYPHS` blank-separated glyphs, each one character, none a letter
and no "|" (a table rule), at least one of them a mark of :data:`SPECK_MARKS` — so a row of column numbers ("1 2 3 4
5"), a dotted leader (". . . . .") or a page number ("- 2 -") stays as it is.
"""

from __future__ import annotations

import re

__all__ = ["MIN_GLYPHS", "SPECK_MARKS", "blank_speck_lines"]

MIN_GLYPHS = 4
#: glyphs a scan's speck is read as that no line of text holds standing alone among other lone glyphs
SPECK_MARKS = frozenset("&@#$%^*~¢©®°§¤¦¬`´¨")

_LINE_RE = re.compile(r"[^\n]+")


def _is_speck_line(line: str) -> bool:
    parts = line.split()
    if len(parts) < MIN_GLYPHS or "|" in line:
        return False
    if any(len(p) != 1 or p.isalpha() for p in parts):
        return False
    return any(p in SPECK_MARKS for p in parts)


def blank_speck_lines(text: str) -> str:
    """``text`` with each speck line's characters made spaces (the same length, the same line breaks)."""
    if not any(m in text for m in SPECK_MARKS):
        return text
    return _LINE_RE.sub(lambda m: " " * len(m.group()) if _is_speck_line(m.group()) else m.group(), text)
