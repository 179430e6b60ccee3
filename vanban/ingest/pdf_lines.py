"""Lines of a PDF text-layer page with their geometry (pdfplumber words and tables).

Why: ``page.extract_text()`` reads row by row across the whole page, so a
two-column header comes out as "ĐẢNG BỘ XÃ HÒA BÌNH ĐẢNG CỘNG SẢN VIỆT NAM"
and a ruled task table as rows of words without cell borders. Here:

* ruled tables (``page.find_tables()``, the "lines" strategy: drawn cell
  borders) become their cells' lines, cell after cell (left to right), row
  after row, with ``table``/``row``/``col`` set and ``x0``/``x1`` the cell's
  edges; a merged cell once; a cell whose text wraps gives one line per
  printed line;
* the other words become rows, and two-column regions (header, signature)
  are written column after column (vanban/ingest/layout.py);
* ``x0``/``x1`` are fractions of the page width; ``bold`` when every word's
  font name says Bold/Black/Heavy.
"""

from __future__ import annotations

import re

from vanban.ingest.layout import Word, number_tables, tables_and_rows
from vanban.models import LineGeometry

_CID_RE = re.compile(r"\(cid:\d+\)")
_BOLD_RE = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
#: a "table" of fewer cells than this is a box or a frame, not a table
MIN_CELLS = 2


def _words(page) -> list[Word]:
    out = []
    try:  # text drawn twice to fake bold would read twice
        page = page.dedupe_chars()
    except Exception:  # noqa: BLE001 - keep the words as they are
        pass
    for w in page.extract_words(extra_attrs=["fontname"], keep_blank_chars=False, use_text_flow=False):
        text = _CID_RE.sub("", w.get("text", ""))
        if not text.strip():
            continue
        out.append(Word(float(w["x0"]), float(w["x1"]), float(w["top"]), float(w["bottom"]), text,
                        bool(_BOLD_RE.search(w.get("fontname") or ""))))
    return out


def _tables(page) -> list[tuple[list, tuple]]:
    """Ruled tables as (rows of cell boxes, table box)."""
    try:
        found = page.find_tables()
    except Exception:  # noqa: BLE001 - odd drawings must not lose the page's text
        return []
    out = []
    for t in found:
        rows = [list(row.cells) for row in t.rows]
        if sum(1 for cells in rows for c in cells if c is not None) >= MIN_CELLS:
            out.append((rows, tuple(float(v) for v in t.bbox)))
    return out


def page_lines(page, first_table: int = 0, carry=None) -> tuple[list[tuple[str, LineGeometry]], int]:
    """(lines in reading order, next free table index) of a pdfplumber page.

    ``first_table`` numbers this page's tables and two-column regions after
    those of the pages before it (table indices count in the document);
    ``carry`` (vanban/ingest/unruled.py ``Carry``, one per document) hands a
    borderless table left open at a page's foot to the next page.
    """
    width = float(page.width) or 1.0
    return number_tables(tables_and_rows(_tables(page), _words(page), width, carry), first_table)
