"""A header laid out on one line, its cells separated by runs of spaces.

Why: text copied from a PDF, or from a header table of two columns, can give the whole header on one
line, its cells apart by runs of three or more spaces (or tabs): "ĐẢNG BỘ HUYỆN SƠN HÀ    ĐẢNG ỦY XÃ SƠN
TÂN    ĐẢNG CỘNG SẢN VIỆT NAM    Số 07-KH/ĐU    Sơn Tân, ngày 15 tháng 3 năm 2024    KẾ HOẠCH    triển
khai …". Read as one line, its type line and its trích yếu are no lines of their own and every line after
the header is lost to the header zone. :func:`cell_breaks` finds such a line and gives the offsets where a
line break falls: before each of its cells but the first, and a blank line before the paragraph under it.
The structure stage writes them in (``Structure.breaks``, :class:`.spread.Spread`) as it does a flat text's
paragraph breaks.

A header laid out in two columns (two runs on a line: "ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI …") is read
as columns by :mod:`.lines` and left alone here: a line needs three runs at least, two of them header
cells of different kinds (motto, số ký hiệu, place-date, type line).
"""

from __future__ import annotations

import re

from vanban.structure import vocab as V
from vanban.structure.lines import GAP
from vanban.structure.mend import upper_ratio
from vanban.text import CAPITAL, fold

__all__ = ["cell_breaks"]

_FIRST_LINES = 3  # the header line is one of the document's first non-blank lines


def _cell_kind(cell: str) -> str | None:
    """What header cell ``cell`` (stripped) is: "motto", "number", "place_date", "type"; None for another."""
    v = fold(cell).strip(" *")
    if V.MOTTO_RE.match(v):
        return "motto"
    if V.NUMBER_LINE_RE.match(v):
        return "number"
    m = V.PLACE_DATE_RE.match(v)
    if m and "," in v[m.end("place"):m.start("d")]:
        return "place_date"
    if upper_ratio(cell) > 0.6 and len(v.split()) <= 6 and V.TYPE_LINE_RE.match(v):
        return "type"
    return None


def cell_breaks(text: str) -> tuple[int, ...]:
    """Offsets (ascending) into ``text`` (pages joined with "\\f") before which a newline is written: the
    starts of the cells of a header laid out on one line (see the module), but its first; and at the start of the line
    under it (a blank line above it) when that line opens a paragraph (a capital or a label), so the trích
    yếu in the last cell stays apart from the body. () when the text has no such line."""
    pos, seen = 0, 0
    for raw in text.split("\f", 1)[0].split("\n"):
        if not raw.strip():
            pos += len(raw) + 1
            continue
        seen += 1
        if seen > _FIRST_LINES:
            return ()
        cells, at = [], 0
        for m in [*GAP.finditer(raw), None]:
            piece = raw[at:m.start() if m else len(raw)]
            if piece.strip():
                cells.append((pos + at + len(piece) - len(piece.lstrip()), piece.strip()))
            at = m.end() if m else len(raw)
        kinds = {_cell_kind(c) for _, c in cells} - {None}
        if len(cells) >= 3 and len(kinds) >= 2:
            out = [start for start, _ in cells[1:]]
            end = pos + len(raw) + 1
            if end < len(text) and text[end:end + 1] not in "\n\f" and re.match(rf"[\W_]*[{CAPITAL}0-9]", text[end:]):
                out.append(end)
            return tuple(out)
        pos += len(raw) + 1
    return ()
