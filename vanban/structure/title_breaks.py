"""A part's title run into its first paragraph: the blank line under the title lost (legacy OCR).

Why: Tesseract gives a printed page's lines as they stand, but not always the blank line that parts a title from the
paragraph under it: "Điều 7. Trách nhiệm của Sở Công Thương" / "Quản lý an toàn thực phẩm đối với rượu, bia, …"
(a27-07 as eng OCR reads it), "1. Tăng cường sự lãnh đạo …, nâng cao hiệu lực quản lý của chính" / "quyền" /
"Các cấp ủy, chi bộ quán triệt …" (a28-02). A title has no stop, so the sentence readers take title and paragraph for
one sentence ("Trách nhiệm của Sở Công Thương Quản lý …") and the body the title names, or the body that opens the
paragraph, loses its task. The clean text of the same page has the blank line.

:func:`title_breaks` gives the offsets where a blank line goes back: before the paragraph's first line, where

* the line above opens with a part's label ("Điều 7.", "1.", "2.1.", "II.", "a)") and is short — a title, well
  short of the page's measure (:data:`_SHORT` of it), a few words (:data:`_TITLE_WORDS`) — or is a label's full line
  wrapped onto a short last line of a few words in small letters (the title's end: "… của chính" / "quyền");
* that line closes no sentence or clause and waits for nothing (no stop, comma or colon; no preposition or
  conjunction at its end, :data:`.vocab.WRAPPED_END_RE`);
* the paragraph's first line opens with a capital and carries no label of its own (a label opens its own part).

A sentence wrapped after a label's short first line goes on in small letters; a wrapped line that goes on with a name
("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số tỉnh" / "Đồng Tháp năm 2027.") is a full line, no
title. The structure stage writes the breaks in (``Structure.breaks``, :class:`.spread.Spread`) as it does a flat
text's paragraph breaks. Input: a text without geometry, pages joined by "\\f"; output: ascending offsets.
"""

from __future__ import annotations

import re

from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["title_breaks"]

_SHORT = 0.7  # a title line is shorter than this share of the page's measure
_TITLE_WORDS = 12  # … and holds at most this many words after its label
_WRAP_WORDS = 4  # a wrapped title's last line: at most this many words
_FULL = 0.85  # a wrapped title's first line: at least this share of the measure
_MIN_MEASURE = 50  # a page whose longest lines are shorter is no printed page of prose: left alone
_LABEL = re.compile(r"^[ \t*]*(?:(?:Điều|ĐIỀU)\s+\d{1,3}[a-z]?\s?[.:]|\d{1,2}(?:\.\d{1,2}){0,2}\.|[IVXL]{1,5}\.|[a-zđ]\))"
                    r"(?=\s)")
_CLOSED = re.compile(r"[.;:,!?)\]\"”…]\s*\**\s*$")


def _measure(lines: list[str]) -> int:
    """The page's measure: the length its full lines reach (the 90th percentile of its lines of prose)."""
    lengths = sorted(len(s.strip()) for s in lines if len(s.strip()) >= 20)
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def _title_end(lines: list[str], i: int, measure: int) -> bool:
    """Line ``i`` ends a part's title (see the module's docstring)."""
    s = lines[i].strip(" \t*\f")
    if not s or _CLOSED.search(s) or V.WRAPPED_END_RE.search(fold(s)):
        return False
    m = _LABEL.match(s)
    if m:
        title = s[m.end():].split()
        return 0 < len(title) <= _TITLE_WORDS and len(s) < _SHORT * measure
    above = lines[i - 1].strip(" \t*\f") if i else ""
    words = s.split()
    return (bool(_LABEL.match(above)) and len(above) >= _FULL * measure and len(words) <= _WRAP_WORDS
            and s[:1].islower() and not _CLOSED.search(above))


def title_breaks(text: str) -> list[int]:
    """Offsets of ``text`` before which a blank line parts a title from the paragraph run into it (a page break
    between the two is no blank line: the page's text ends without one)."""
    lines = text.split("\n")
    starts = [0]
    for s in lines[:-1]:
        starts.append(starts[-1] + len(s) + 1)
    measure = _measure(lines)
    out: list[int] = []
    if measure < _MIN_MEASURE:
        return out
    for i in range(len(lines) - 1):
        nxt = lines[i + 1]
        first = nxt.lstrip(" \t\f*")
        if not first[:1].isupper() or _LABEL.match(nxt.lstrip("\f")) or not lines[i].strip(" \t\f"):
            continue
        if _title_end(lines, i, measure):
            out.append(starts[i + 1] + len(nxt) - len(nxt.lstrip(" \t\f")))
    return out
