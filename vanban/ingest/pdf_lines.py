"""Lines of a PDF text-layer page with their geometry (pdfplumber words and tables).

Why: ``page.extract_text()`` reads row by row across the whole page, so a
two-column header comes out as "ĐẢNG BỘ XÃ HÒA BÌNH ĐẢNG CỘNG SẢN VIỆT NAM"
and a ruled task table as rows of words without cell borders. Here:

* ruled tables (``page.find_tables()``, the "lines" strategy: drawn cell
  borders) become their cells' lines, cell after cell (left to right), row
  after row, with ``table``/``row``/``col`` set and ``x0``/``x1`` the cell's
  edges; a merged cell once;
* the other words become rows, and two-column regions (header, signature)
  are written column after column (vanban/ingest/layout.py);
* ``x0``/``x1`` are fractions of the page width; ``bold`` when every word's
  font name says Bold/Black/Heavy.
"""

from __future__ import annotations

import re

from vanban.ingest.layout import Block, Word, blocks_from_rows, group_rows, number_tables
from vanban.models import LineGeometry

_CID_RE = re.compile(r"\(cid:\d+\)")
_BOLD_RE = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
#: a "table" of fewer cells than this is a box or a frame, not a table
MIN_CELLS = 2


def _words(page) -> list[Word]:
    out = []
    for w in page.extract_words(extra_attrs=["fontname"], keep_blank_chars=False, use_text_flow=False):
        text = _CID_RE.sub("", w.get("text", ""))
        if not text.strip():
            continue
        out.append(Word(float(w["x0"]), float(w["x1"]), float(w["top"]), float(w["bottom"]), text,
                        bool(_BOLD_RE.search(w.get("fontname") or ""))))
    return out


def _inside(w: Word, bbox) -> bool:
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    x0, top, x1, bottom = bbox
    return x0 <= cx <= x1 and top <= cy <= bottom


def _table_block(table, words: list[Word], width: float) -> Block:
    lines: list[tuple[str, LineGeometry]] = []
    for r, row in enumerate(table.rows):
        for c, bbox in enumerate(row.cells):
            if bbox is None:
                continue  # covered by a merged cell
            inside = [w for w in words if _inside(w, bbox)]
            for cell_row in group_rows(inside):
                ws = sorted(cell_row.words, key=lambda w: w.x0)
                lines.append((" ".join(w.text for w in ws), LineGeometry(
                    x0=round(float(bbox[0]) / width, 4), x1=round(float(bbox[2]) / width, 4),
                    table=0, row=r, col=c, bold=all(w.bold for w in ws),
                )))
    return Block(float(table.bbox[1]), lines, tabular=True)


def _tables(page) -> list:
    try:
        found = page.find_tables()
    except Exception:  # noqa: BLE001 - odd drawings must not lose the page's text
        return []
    return [t for t in found if sum(1 for row in t.rows for c in row.cells if c is not None) >= MIN_CELLS]


def page_lines(page, first_table: int = 0) -> tuple[list[tuple[str, LineGeometry]], int]:
    """(lines in reading order, next free table index) of a pdfplumber page.

    ``first_table`` numbers this page's tables and two-column regions after
    those of the pages before it (table indices count in the document).
    """
    width = float(page.width) or 1.0
    words = _words(page)
    blocks: list[Block] = []
    free = words
    tops: list[float] = []
    for table in _tables(page):
        inside = [w for w in free if _inside(w, table.bbox)]
        if not inside:
            continue
        block = _table_block(table, inside, width)
        if block.lines:
            blocks.append(block)
            tops.append(block.top)
            free = [w for w in free if not _inside(w, table.bbox)]
    for band in _bands(group_rows(free), tops):
        blocks.extend(blocks_from_rows(band, width))
    return number_tables(blocks, first_table)


def _bands(rows: list, cuts: list[float]) -> list[list]:
    """Rows cut wherever a table lies between two of them (a region never spans a table)."""
    bands: list[list] = [[]]
    for row in rows:
        if bands[-1] and any(bands[-1][-1].top < cut <= row.top for cut in cuts):
            bands.append([])
        bands[-1].append(row)
    return [b for b in bands if b]
