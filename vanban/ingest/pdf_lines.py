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
    """Ruled tables as (rows of cell boxes, table box); a row a page break cut (:func:`open_row_ends`) closed
    where its column rules stop, so its cells are read as a row of the table."""
    try:
        ends = open_row_ends(page.edges)
        found = page.find_tables({"explicit_horizontal_lines": ends} if ends else None)
    except Exception:  # noqa: BLE001 - odd drawings must not lose the page's text
        return []
    out = []
    for t in found:
        rows = [list(row.cells) for row in t.rows]
        if sum(1 for cells in rows for c in cells if c is not None) >= MIN_CELLS:
            out.append((rows, tuple(float(v) for v in t.bbox)))
    return out


#: column rules ending (or starting) at one height that make an open row: the table's two sides and a column
#: between them at least
OPEN_ROW_RULES = 3
#: rules whose ends lie this close (pt) end at one height; a horizontal rule this close closes them
OPEN_ROW_SNAP = 2.0
#: an end this far (pt) from the nearest horizontal rule across the columns is open: a row's height at least, never
#: the few tenths a rule's own thickness leaves between a column rule's end and the row's closing rule
OPEN_ROW_MIN = 6.0


def open_row_ends(edges: list[dict]) -> list[dict]:
    """Horizontal rules to add where a ruled table's column rules stop with none closing them: the foot (or head)
    of a row a page break cut.

    Why: a browser printing a long task table to PDF (Chromium's "Print to PDF" of a published Phụ lục) breaks a
    row taller than what is left of the page: the row's first lines stay at the page's foot and the rest opens the
    next page, its column rules drawn down to the page's foot (and from the next page's top) with no rule across
    them there. pdfplumber's table finder wants closed cells, so the cut row was read as plain lines outside the
    table ("1 Chuẩn hóa các danh mục Bộ Xây Bộ Khoa học …" one line), the table fell into pieces on each page and
    its rows after the cut lost their header: 2597/QĐ-TTg's Phụ lục gave 10 of its 30 task rows. Word and
    LibreOffice close a cut row with a rule on both sides; a browser does not.

    An end is open where :data:`OPEN_ROW_RULES` column rules or more stop at one height (:data:`OPEN_ROW_SNAP`)
    and no horizontal rule within :data:`OPEN_ROW_MIN` spans the outer two of them; the rule added runs between
    those outer two only (explicit lines of ``find_tables``).
    """
    vs = [e for e in edges if e.get("orientation") == "v" and float(e["bottom"]) - float(e["top"]) > OPEN_ROW_MIN]
    hs = [e for e in edges if e.get("orientation") == "h"]
    out = []
    for key in ("top", "bottom"):
        groups: list[list[dict]] = []
        for e in sorted(vs, key=lambda e: float(e[key])):
            if groups and float(e[key]) - float(groups[-1][-1][key]) <= OPEN_ROW_SNAP:
                groups[-1].append(e)
            else:
                groups.append([e])
        for g in groups:
            xs = sorted({round(float(e["x0"])) for e in g})
            cols = [x for i, x in enumerate(xs) if i == 0 or x - xs[i - 1] > OPEN_ROW_SNAP]
            if len(cols) < OPEN_ROW_RULES:
                continue
            y = statistics.median(float(e[key]) for e in g)
            left, right = xs[0], xs[-1]
            closed = any(abs(float(h["top"]) - y) <= OPEN_ROW_MIN and float(h["x0"]) <= left + OPEN_ROW_SNAP * 2
                         and float(h["x1"]) >= right - OPEN_ROW_SNAP * 2 for h in hs)
            if not closed and not _closed_in_pieces(hs, y, cols):
                out.append({"x0": float(left), "x1": float(right), "top": y, "bottom": y,
                            "width": float(right - left), "height": 0.0, "object_type": "line"})
    return out


def _closed_in_pieces(hs: list[dict], y: float, cols: list[int]) -> bool:
    """True when rules near ``y`` span every gap between neighbouring columns (a row's closing rule drawn cell by
    cell, as Chromium draws each cell's own border)."""
    near = [h for h in hs if abs(float(h["top"]) - y) <= OPEN_ROW_MIN]
    return all(any(float(h["x0"]) <= a + OPEN_ROW_SNAP * 2 and float(h["x1"]) >= b - OPEN_ROW_SNAP * 2 for h in near)
               for a, b in zip(cols, cols[1:]))


def page_lines(page, first_table: int = 0, carry=None) -> tuple[list[tuple[str, LineGeometry]], int]:
    """(lines in reading order, next free table index) of a pdfplumber page.

    ``first_table`` numbers this page's tables and two-column regions after
    those of the pages before it (table indices count in the document);
    ``carry`` (vanban/ingest/unruled.py ``Carry``, one per document) hands a
    borderless table left open at a page's foot to the next page.
    """
    width = float(page.width) or 1.0
    return number_tables(tables_and_rows(_tables(page), _words(page), width, carry), first_table)
