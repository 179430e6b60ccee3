"""A table's caption: the line right above a table that names it, no line of the item before it.

Why: a plan's task table is often captioned on a line of its own ("Bảng phân công nhiệm vụ:", "Bảng 1. Phân công
nhiệm vụ", a bold or centred "PHÂN CÔNG THỰC HIỆN") between the last item of a part and the table. A DOCX gives
each paragraph its own line with no blank line between them, so the caption read as the next line of the item above
("3. Công an xã triển khai … trước ngày 25 tháng cuối quý." / "Bảng phân công nhiệm vụ:") and the phiếu's row said
"…; Bảng phân công nhiệm vụ" (the session-35 newcomer). A caption is the table's: no part of the body holds it.

A caption is a line outside the table, not numbered, that the table's first line follows (blank lines between
allowed) and that is short and no sentence (it ends without "." or ";"), and either opens with the word that names a
table (:data:`CAPTION_OPENING_RE`: "Bảng …", "Biểu …") or stands bold or centred. A lead-in that ends a sentence of
the item ("… theo bảng sau:") carries no such mark and stays the item's.
"""

from __future__ import annotations

import re

from vanban.structure.lines import Line
from vanban.text import fold

__all__ = ["CAPTION_OPENING_RE", "caption_above", "is_caption"]

#: the folded opening of a line that names a table: "Bảng 1.", "Bảng phân công …", "BIỂU 02", "Biểu tổng hợp …"
CAPTION_OPENING_RE = re.compile(r"^(?:bang|bieu)\s+(?:\d|[a-z])")
#: a caption has at most this many words (a name, no sentence)
CAPTION_WORDS = 15
#: how many blank lines may stand between a caption and its table
_BLANKS = 2


def _centred(ln: Line) -> bool:
    """A DOCX paragraph centred (or distributed): its geometry has no edges (:mod:`vanban.ingest.docxfile`)."""
    return ln.geo is not None and ln.geo.table < 0 and ln.geo.column < 0 and ln.geo.x0 is None and ln.geo.x1 is None


def is_caption(lines: list[Line], i: int, labelled: bool) -> bool:
    """Whether ``lines[i]`` captions the table that follows it (see the module doc). ``labelled``: the line opens a
    numbered or bulleted part (the caller's reading), which is never a caption."""
    ln = lines[i]
    if labelled or ln.blank or ln.cell is not None:
        return False
    nxt = next((x for x in lines[i + 1:i + 2 + _BLANKS] if not x.blank), None)
    if nxt is None or nxt.cell is None:
        return False
    text = ln.text.strip(" *")
    if not text or len(text.split()) > CAPTION_WORDS or text.endswith((".", ";", ",")):
        return False
    bold = ln.text.startswith("**") or (ln.geo is not None and ln.geo.bold)
    return bool(CAPTION_OPENING_RE.match(fold(text).lower())) or bold or _centred(ln)


def caption_above(lines: list[Line], first: int, labelled) -> str:
    """The caption over the table whose first line is ``lines[first]`` (blank lines between allowed), "" when none.
    ``labelled(line)``: whether a line opens a numbered part (the body's reading)."""
    k = first - 1
    while k >= 0 and lines[k].blank and first - k <= _BLANKS:
        k -= 1
    if k < 0 or lines[k].blank:
        return ""
    return lines[k].text.strip(" *") if is_caption(lines, k, labelled(lines[k])) else ""
