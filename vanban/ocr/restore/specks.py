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


#: a line that is one small letter alone, a blank line above and below it (see :func:`_stray_letters`)
_LONE_LETTER_RE = re.compile(r"(?<=\n\n)[ \t]*[a-zđ][ \t]*(?=\n[ \t]*\n)")
#: a line whose sentence goes on below it: no stop closes it
_OPEN_END_RE = re.compile(r"[^.;:!?…”\"')\]]\s*$")


def _stray_letters(text: str) -> str:
    """``text`` with each stray letter line blanked: one small letter alone on its line, a blank line on each side, in
    the gap of a sentence the page wrapped — the line above is prose left open (three words or more, no stop), the
    line below prose too. A stamp's or a margin's fragment the scan read as a glyph: "… sự lãnh đạo của ⏎⏎ b ⏎⏎ Đảng
    đối với …" (seed 003: the "b" cut the model's context, "của | Đảng" was read "Phòng"). A list's label ("a)") has
    its bracket, a table's tick ("x") stands among cells, not between two lines of prose."""
    def blank(m: re.Match) -> str:
        before = text[:m.start()].rstrip().rsplit("\n", 1)[-1]
        after = text[m.end():].lstrip().split("\n", 1)[0]
        if len(before.split()) >= 3 and _OPEN_END_RE.search(before) and len(after.split()) >= 3 \
                and not any(c in before + after for c in "|\t"):  # a table's rows: a tick among its cells
            return " " * len(m.group())
        return m.group()
    return _LONE_LETTER_RE.sub(blank, text)


def blank_speck_lines(text: str) -> str:
    """``text`` with each speck line's characters made spaces (the same length, the same line breaks), and each stray
    letter line in a wrapped sentence's gap (:func:`_stray_letters`)."""
    if "\n\n" in text:
        text = _stray_letters(text)
    if not any(m in text for m in SPECK_MARKS):
        return text
    return _LINE_RE.sub(lambda m: " " * len(m.group()) if _is_speck_line(m.group()) else m.group(), text)
