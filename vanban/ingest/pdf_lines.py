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
import statistics
from dataclasses import replace

from vanban.ingest.layout import Word, number_tables, tables_and_rows
from vanban.models import LineGeometry

_CID_RE = re.compile(r"\(cid:\d+\)")
_BOLD_RE = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
#: a "table" of fewer cells than this is a box or a frame, not a table
MIN_CELLS = 2


def _words(page) -> list[Word]:
    """The page's words as pdfplumber glues them; a word whose letters a wide gap parts (:func:`split_glued`) as its
    parts, each with ``whole`` the word read whole (the layout stage keeps the parts inside a borderless table only)."""
    out = []
    try:  # text drawn twice to fake bold would read twice
        page = page.dedupe_chars()
    except Exception:  # noqa: BLE001 - keep the words as they are
        pass
    for w in page.extract_words(extra_attrs=["fontname"], keep_blank_chars=False, use_text_flow=False,
                                return_chars=True):
        whole = _word(w)
        if whole is None:
            continue
        parts = split_glued(w)
        if len(parts) == 1:
            out.append(whole)
            continue
        words = [p for p in (_word(p) for p in parts) if p is not None]
        out.extend(replace(p, whole=whole) for p in words)
    return out


def _word(w: dict) -> Word | None:
    text = _CID_RE.sub("", w.get("text", ""))
    if not text.strip():
        return None
    return Word(float(w["x0"]), float(w["x1"]), float(w["top"]), float(w["bottom"]), text,
                bool(_BOLD_RE.search(w.get("fontname") or "")))


#: two letters of one pdfplumber word belong to two words when their gap is over this many times the word's usual
#: letter gap (the lower median of its gaps) plus :data:`GLUED_GAP_SIZES` font sizes. pdfplumber glues letters up to
#: 3 pt apart into one word, and two cells of a table printed without rules can be 2.7 pt apart (179/KH-UBND's Phụ
#: lục exported from a borderless Word table: "tậpCông", the task's last word and the lead unit's first), where the
#: word's own letters touch (kerning moves them by hundredths of an em); a line printed with letter spacing (a "Số:"
#: line, a title "K Ế H O Ạ C H" at 2 pt) has every gap wide, and its words stay whole
GLUED_GAP_SHARE = 2.0
GLUED_GAP_SIZES = 0.1


def split_glued(w: dict) -> list[dict]:
    """``w`` (a pdfplumber word with its ``chars``) cut where two letters are further apart than its usual letter gap
    allows (:data:`GLUED_GAP_SHARE`, :data:`GLUED_GAP_SIZES`): the parts as pdfplumber words, or ``[w]``."""
    chars = w.get("chars") or []
    if len(chars) < 3:
        return [w]
    gaps = [float(ch["x0"]) - float(prev["x1"]) for prev, ch in zip(chars, chars[1:])]
    usual = max(0.0, statistics.median_low(gaps))
    parts, cur = [], [chars[0]]
    for gap, prev, ch in zip(gaps, chars, chars[1:]):
        size = float(ch.get("size") or prev.get("size") or 0.0)
        if size > 0 and gap > GLUED_GAP_SHARE * usual + GLUED_GAP_SIZES * size:
            parts.append(cur)
            cur = []
        cur.append(ch)
    parts.append(cur)
    if len(parts) == 1:
        return [w]
    return [dict(w, text="".join(c["text"] for c in p), x0=min(float(c["x0"]) for c in p),
                 x1=max(float(c["x1"]) for c in p), top=min(float(c["top"]) for c in p),
                 bottom=max(float(c["bottom"]) for c in p)) for p in parts]


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
