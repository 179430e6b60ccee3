"""The TT column of a table, its row numbers read again alone: borderless tables and ruled ones.

Why: a plan's task table or a list numbers its rows in a narrow first column under "TT" / "STT". Scanned, Tesseract's
page layout (``--psm 3``) takes a lone digit there for a speck or a glyph: on 2284/QĐ-UBND's list of xã printed
borderless (a Word table with its borders off; tests/test_unruled_scan52_scan.py) "1" was lost and "2" … "6" read
"k2", "C2", "+", "ƠI", "Œ" (confidence 10–64), and the table's rows, which open at their numbers
(:mod:`vanban.ingest.unruled`), ran together; 144/KH-UBND's and 617/KH-UBND's Phụ lục lost their "1" … "9" the same
way (session 52). Drawn with its rules, authored51's table of chi bộ (a51-07-KH-DU) kept 5 of its 9 numbers ("⁄2",
"3.", "Ẵ", ":"): a ruled cell read again (:mod:`vanban.ocr.ruled_cells`) must hold a word of two letters or digits
read poorly, or ink no word holds, and a lone digit read as a glyph is neither. Cut out, the paper made white, and
read as a block of lines (``--psm 6``), the same digits come out right (confidence 76–96).

So, once the page is read (and its poor ruled cells read again): the column under a "TT" / "STT" header word — of a
borderless table the page's words make (:func:`vanban.ingest.unruled.unruled_tables`, words inside a ruled table
left out: its ink cut into line pieces, rows of ink a line high), of a ruled table (:func:`vanban.ocr.rules.find_tables`:
its cells' insides, rules wiped) — is stacked on one strip and read in one call. A piece read as one row number
(:data:`SERIAL`) with confidence replaces the words the page's reading gave there when these were no row number or
read with less confidence; a piece read as anything else leaves the page as it was.
"""

from __future__ import annotations

import re
from typing import Callable

import numpy as np

from vanban.models import InputError, LimitExceeded

from .lost_lines import page_place, piece_words, stack_pieces, text_height, word_conf
from .ruled_cells import cell_inside, clean_cut

#: a row number of a table's first column: "1", "12.", "1.2", "a)", "IV", "-" or "+" (a sub-item's mark)
SERIAL = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3}){0,2}[.)]?|[a-zđ][.)]|[IVXL]{1,5}[.)]?|[-+])$")
#: the header of a TT column (folded)
_TT = re.compile(r"^s?tt[.:]?$", re.IGNORECASE)
#: the header "STT" as the page's reading garbles it, one word in capitals (folded): "STET", "STF" (a51-01-KH-LDLD's
#: and t52-03-KH-UBND's task tables drawn borderless, bench/tt_scan.py: their TT column was never read again and the
#: lost numbers 2 … 9 ran every task into row 1), "SIT", "5TT"; not "SỐ" (a count column's head)
_TT_MISREAD = re.compile(r"^(?:s[a-z]{0,2}[tf]|st[a-z]{0,2}|5tt|t[a-z]?t)$")
#: a row number read again is kept from this confidence on (Tesseract's 0–100)
MIN_CONF = 60
#: ink: gray levels below this (the page is deskewed gray, dark text on light paper)
INK = 140
#: paper: gray levels above this are made white before the pieces are stacked (a piece's paper tone against the
#: strip's white makes a box's edge of it, and a lone "5" read "=", confidence 31, came out "5", 88)
PAPER = 180
#: of the text height: a run of ink rows at least this tall is a line (a speck or a dot is less)
MIN_LINE = 0.4
#: of the text height: runs of ink rows this close are one line (a mark above its letter)
JOIN = 0.35
#: of the text height: margin around a piece cut out
PAD = 0.25
#: pieces read on one page at most (more is no TT column)
MAX_PIECES = 60


def _words(data: dict) -> tuple[list, list[int]]:
    """The page's words as :class:`vanban.ingest.layout.Word` and, for each, its index in ``data``."""
    from vanban.ingest.layout import Word

    words, index = [], []
    for i, t in enumerate(data.get("text", [])):
        t = (t or "").strip()
        if not t:
            continue
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        left, top = float(data["left"][i]), float(data["top"][i])
        words.append(Word(left, left + float(data["width"][i]), top, top + float(data["height"][i]), t, group=key))
        index.append(i)
    return words, index


def _tt_column(rows: list, box, words: list) -> tuple[float, float, float, float] | None:
    """(x0, top, x1, bottom) of the table's first column under its "TT" / "STT" header word, down to the table's
    foot (``box``: the table's); None when the first cell of its header row reads otherwise. The column starts
    under that word, not under the header row as the table's rows cut it: with its numbers misread, the table's
    lines may all be taken into its first row."""
    from vanban.ingest.layout import inside_box

    if not rows or not rows[0] or rows[0][0] is None:
        return None
    head = rows[0][0]
    names = sorted((w for w in words if inside_box(w, head)), key=lambda w: (w.top, w.x0))
    if not names or not _tt_head(names[0].text.strip("*|"), len(names)):
        return None
    return head[0], names[0].bottom, head[2], box[3]


def _tt_head(text: str, words: int) -> bool:
    """The header cell's first word is "TT" / "STT", or its misreading (:data:`_TT_MISREAD`) alone in the cell."""
    from vanban.text import fold

    return bool(_TT.match(text)) or (words == 1 and text.isupper() and bool(_TT_MISREAD.match(fold(text))))


def _pieces(page: np.ndarray, col, h: float) -> list[tuple[int, int, int, int]]:
    """The line pieces of the column's ink: runs of ink rows a line high, each cut with a margin."""
    x0, y0 = max(0, int(col[0] - 0.5 * h)), max(0, int(col[1]))
    x1, y1 = min(page.shape[1], int(col[2])), min(page.shape[0], int(col[3] + 0.3 * h))
    if x1 - x0 < 0.5 * h or y1 - y0 < h:
        return []
    rows = (page[y0:y1, x0:x1] < INK).sum(axis=1) >= 2
    runs: list[list[int]] = []
    for y in np.flatnonzero(rows):
        if runs and y - runs[-1][1] <= JOIN * h:
            runs[-1][1] = int(y) + 1
        else:
            runs.append([int(y), int(y) + 1])
    pad = int(PAD * h) + 1
    return [(x0, max(0, y0 + a - pad), x1, min(page.shape[0], y0 + b + pad)) for a, b in runs if b - a >= MIN_LINE * h]


def _centre_in(data: dict, i: int, box) -> bool:
    cx = int(data["left"][i]) + int(data["width"][i]) / 2
    cy = int(data["top"][i]) + int(data["height"][i]) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def reread_serials(gray, data: dict, ruled, read_block: Callable) -> dict:
    """``data`` (``image_to_data`` of the page) with the row numbers of each table's TT column read again (see the
    module doc). ``ruled``: the page's ruled tables (:func:`vanban.ocr.rules.find_tables`: their TT columns are read
    by their cells, and their words are no borderless table's); ``read_block``: an image → ``image_to_data`` of it read as one block of lines
    (``--psm 6``)."""
    from vanban.ingest.layout import inside_box
    from vanban.ingest.unruled import unruled_tables

    h = text_height(data)
    words, index = _words(data)
    if not h or not words:
        return data
    free = [w for w in words if not any(inside_box(w, box) for _rows, box in (ruled or ()))]
    page = np.asarray(gray)
    # (the piece cut out, the area whose words it replaces): a borderless column's lines, a ruled column's cells
    pieces = [(p, p) for rows, box in unruled_tables(free) if (col := _tt_column(rows, box, free)) is not None
              for p in _pieces(page, col, h)]
    wiped = []  # (cut, its pixels with the rules wiped): painted on the clean page, in this order
    for rows, box in ruled or ():
        if _tt_column(rows, box, words) is None:
            continue
        for cells in rows[1:]:
            cell = tuple(int(round(v)) for v in cells[0]) if cells and cells[0] is not None else None
            cut = cell_inside(cell, page.shape, h) if cell else None
            if cut is not None:  # its rules wiped, as a ruled cell read again is (vanban/ocr/ruled_cells.py)
                inside = clean_cut(page, cut, h)
                wiped.append((cut, np.where(inside > PAPER, 255, inside)))
                pieces.append((cut, cell))
    if not pieces or len(pieces) > MAX_PIECES:
        return data
    # the page with its paper made white, only now that there is something to read on it (most pages have
    # no TT column: the whole-page pass cost every scanned page ~10 ms for nothing)
    clean = np.where(page > PAPER, 255, page).astype(np.uint8)
    for (x0, y0, x1, y1), patch in wiped:
        clean[y0:y1, x0:x1] = patch
    pad_y, pad_x = int(0.4 * h) + 4, int(0.6 * h) + 4
    from PIL import Image

    strip, places = stack_pieces(Image.fromarray(clean), [cut for cut, _ in pieces], pad_x, pad_y, int(h))
    try:
        got = read_block(strip)
    except (RuntimeError, OSError, ValueError, InputError, LimitExceeded):  # the page's budget spent, a failed read
        return data
    drop: set[int] = set()
    add: list[dict] = []
    block = max((int(b) for b in data.get("block_num", [0])), default=0) + 1
    for (_, box), place in zip(pieces, places):
        new = piece_words(got, place, pad_y)
        if len(new) != 1:
            continue
        k = new[0]
        text, conf = got["text"][k].strip(), word_conf(got["conf"][k])
        if not SERIAL.match(text) or conf < MIN_CONF:
            continue
        old = [i for i in range(len(data["text"])) if (data["text"][i] or "").strip() and _centre_in(data, i, box)]
        if len(old) == 1 and data["text"][old[0]].strip() == text:
            continue
        if any(SERIAL.match(data["text"][i].strip()) and word_conf(data["conf"][i]) >= conf for i in old):
            continue
        drop.update(old)
        dx, dy = page_place(place, pad_x, pad_y)
        add.append({"level": 5, "page_num": 1, "block_num": block, "par_num": 1, "line_num": 1, "word_num": 1,
                    "left": int(got["left"][k]) + dx, "top": int(got["top"][k]) + dy,
                    "width": int(got["width"][k]), "height": int(got["height"][k]), "conf": got["conf"][k],
                    "text": text})
        block += 1
    if not add:
        return data
    n = len(data["text"])
    keep = [i for i in range(n) if i not in drop]
    out = {key: [v[i] for i in keep] if isinstance(v, (list, tuple)) and len(v) == n else v for key, v in data.items()}
    for word in add:
        for key, value in word.items():
            if key in out:
                out[key].append(value)
    return out
