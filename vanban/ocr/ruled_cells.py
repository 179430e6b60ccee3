"""The cells of a ruled table that Tesseract read poorly, read again alone, their rules left out.

Why: a rule drawn a few pixels from a line of text is taken into that line by Tesseract's page layout
(``--psm 3``), and the line comes out as a few glued words of no confidence. A directive whose header is a
ruled box (issuer | motto over số | place and date, as offices draw it in Word with the table's borders on)
loses exactly its number, place and date so: the row rule above "Số: 61/2025/TT-BCT    Hà Nội, ngày 02 tháng 12
năm 2025" sits 13 px over the line at 200 dpi, and the line was read "Sốõ6l205IIBƠT | |HàNội
ngày02thángl2năm2025" (confidence 3–21), while the same page printed without borders reads right — 6 of the 6
real documents session 50's newcomer scanned with ruled header boxes (61/2025/TT-BCT, 66/2025/NQ-HĐND,
144/KH-UBND, 1498/QĐ-UBND, 637/TB-VPCP, 09/CT-UBND). The cells of a ruled task table and of a ruled Nơi nhận |
signature box are met the same way.

So, once the page is read and its ruled tables found (:mod:`vanban.ocr.rules`): a cell is read again when one of
its words (a word belongs to the cell holding its centre, as :func:`vanban.ingest.layout.table_block` takes it)
holds two letters or digits and was read with a confidence under :data:`POOR_CONF`, or its box crosses the
cell's top or bottom rule. Its inside — the cell's box less :data:`INSET` pixels each side, with every
straight run of ink as long as a rule wiped (what is left of a rule a residual skew brings into the box, an
underline) — is cut out; all such cells of the page are stacked on one strip (:func:`stack_pieces`) and read in
one call as a block of lines (``--psm 6``). A cell's new words replace its old ones when their mean confidence
is higher; a cell read no better keeps what the page's reading gave.
"""

from __future__ import annotations

import re
from typing import Callable

import numpy as np

from vanban.models import InputError, LimitExceeded

from .lost_lines import page_place, piece_words, stack_pieces, text_height, word_conf
from .rules import FAINT

#: a word of two letters or digits read with less confidence than this (Tesseract's 0–100) marks its cell poorly read
POOR_CONF = 50
#: pixels a word box may reach past its cell's top or bottom edge (the inner side of the rule) before it is taken
#: as holding the rule: none (a word read with its rule starts on the rule: "Số1498QÐUBND", confidence 63, its box
#: 3 px into the 8 px rule above it; the words read right in that box keep 13 px of paper)
CROSS = 0
#: a word with a rule's glyph glued to its start or end: OCR took the rule beside it into the word
_GLUED = re.compile(r"^[|\[\]_]+\w|\w[|\[\]_]+$")
#: pixels cut off each side of a cell's box: the half of a rule its box still holds (a row number printed 4 px
#: right of the rule, "4" of 144/KH-UBND's Phụ lục, is cut by more); what is left of the rule is wiped
INSET = 3
#: a straight run of ink at least this share of the cut's width (rows) or height (columns) is a rule, not a glyph
RULE_SHARE = 0.5
#: ... and at least this many text heights long (a glyph's stroke never is: an "l" or "đ" is under one)
RULE_HEIGHTS = 1.5
#: pixels around a cell's inside the rules are looked for in (its rules and their blur lie within)
WIPE_PAD = 8
#: pixels a rule may step aside along its length (a residual skew) and still be wiped as one straight run
SMEAR = 3
#: a cell's new reading replaces the old when its mean confidence is this much higher
BETTER_BY = 5.0
#: ... or, with as many letters and digits (less :data:`SAME_LETTERS`), when it is at most this much lower: the cell
#: alone without its rules is the better picture ("'Sở Khoa học và Công nghệ", the rule's edge read as a quote, 95;
#: "Sở Khoa học và Công nghệ" 96; "đoàn" 92, "Tỉnh đoàn" 95)
SAME_CONF = 3.0
SAME_LETTERS = 2
#: cells read again on one page at most (more is a drawing or a photo, not a table)
MAX_CELLS = 80
#: ink: gray levels below this (the page is deskewed gray, dark text on light paper)
INK = 140
#: ink of this many squared text heights left outside every word box of a cell, in horizontal runs of three pixels
#: and more: a glyph, not specks (a digit "4" at 300 dpi holds about 0.15; a scanner's salt-and-pepper dot is 1-2 px)
UNREAD_INK = 0.08
#: of the text height: the margin around each word box that counts as read
BOX_MARGIN = 0.25


def _centre_in(data: dict, i: int, box) -> bool:
    cx = int(data["left"][i]) + int(data["width"][i]) / 2
    cy = int(data["top"][i]) + int(data["height"][i]) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def _words_in(data: dict, box) -> list[int]:
    return [i for i, t in enumerate(data.get("text", [])) if (t or "").strip() and _centre_in(data, i, box)]


def _poor(data: dict, words: list[int], box) -> bool:
    """A word of the cell read with little confidence, reaching over one of the cell's rules, or with a rule's
    glyph glued to it ("|Văn phòng", "_|Sở")."""
    for i in words:
        if sum(ch.isalnum() for ch in data["text"][i]) < 2:
            continue
        if _GLUED.search(data["text"][i]):
            return True
        x0, top = int(data["left"][i]), int(data["top"][i])
        x1, bottom = x0 + int(data["width"][i]), top + int(data["height"][i])
        if 0 <= word_conf(data["conf"][i]) < POOR_CONF or top < box[1] - CROSS or bottom > box[3] + CROSS \
                or x0 < box[0] - CROSS or x1 > box[2] + CROSS:
            return True
    return False


def _unread_ink(page: np.ndarray, data: dict, cut, text_h: float) -> bool:
    """Ink enough for a glyph in ``cut`` (a cell's inside) outside every word box: a word Tesseract's layout
    left out ("Tỉnh" of "Tỉnh đoàn" beside the rule, a row's number "4" alone in its narrow cell)."""
    x0, y0, x1, y1 = cut
    ink = clean_cut(page, cut, text_h) < INK
    m = int(round(BOX_MARGIN * text_h))
    for i, t in enumerate(data.get("text", [])):
        if not (t or "").strip():
            continue
        wx, wy = int(data["left"][i]) - x0, int(data["top"][i]) - y0
        ww, wh = int(data["width"][i]), int(data["height"][i])
        if wx + ww + m < 0 or wy + wh + m < 0 or wx - m > x1 - x0 or wy - m > y1 - y0:
            continue
        ink[max(0, wy - m):max(0, wy + wh + m + 1), max(0, wx - m):max(0, wx + ww + m + 1)] = False
    solid = ink[:, 1:-1] & ink[:, :-2] & ink[:, 2:]  # a pixel with ink each side: a stroke, no lone dot
    return int(solid.sum()) >= UNREAD_INK * text_h * text_h


def _mean_conf(data: dict, words: list[int]) -> float:
    """Mean confidence of the words that hold a letter or a digit (a rule's "|" or "_" says nothing)."""
    confs = [word_conf(data["conf"][i]) for i in words if any(ch.isalnum() for ch in data["text"][i])]
    confs = [c for c in confs if c >= 0]
    return sum(confs) / len(confs) if confs else -1.0


def _letters(data: dict, words: list[int]) -> int:
    return sum(ch.isalnum() for i in words for ch in data["text"][i])


def _better(got: dict, new: list[int], data: dict, old: list[int]) -> bool:
    """The cell's new reading is the better: read with more confidence, or about as well and no shorter."""
    new_conf, old_conf = _mean_conf(got, new), _mean_conf(data, old)
    if new_conf >= old_conf + BETTER_BY:
        return True
    return _letters(got, new) >= _letters(data, old) - SAME_LETTERS and new_conf >= old_conf - SAME_CONF


def _long_runs(ink: np.ndarray, need: int) -> np.ndarray:
    """The ink pixels of each row of ``ink`` (2-D bool) that lie on a run of at least ``need`` pixels."""
    h, w = ink.shape
    out = np.zeros_like(ink)
    if need > w or need <= 0 or h == 0:
        return out
    c = np.zeros((h, w + 1), dtype=np.int32)
    np.cumsum(ink, axis=1, out=c[:, 1:])
    full = (c[:, need:] - c[:, :-need]) == need  # a window of ``need`` ink pixels starts at x (w - need + 1 of them)
    f = np.zeros((h, full.shape[1] + 1), dtype=np.int32)
    np.cumsum(full, axis=1, out=f[:, 1:])
    x = np.arange(w)
    hi, lo = np.minimum(x + 1, full.shape[1]), np.maximum(x - need + 1, 0)  # starts whose window holds x
    out[:] = (f[:, hi] - f[:, lo]) > 0
    return out


def _smeared(ink: np.ndarray, k: int) -> np.ndarray:
    """``ink`` with each pixel's ink spread ``k`` pixels along the rows (to its left and right)."""
    out = ink.copy()
    for d in range(1, k + 1):
        out[:, d:] |= ink[:, :-d]
        out[:, :-d] |= ink[:, d:]
    return out


def wipe_rules(cut: np.ndarray, text_h: float) -> np.ndarray:
    """``cut`` (a cell's gray pixels) with its straight runs of ink as long as a rule made paper.

    Runs are looked for at the faint level (a thin rule blurred by the scanner is gray, its edge lighter still,
    :data:`vanban.ocr.rules.FAINT`), across :data:`SMEAR` pixels (a rule the deskewing left a little slanted
    steps from one pixel column to the next), and wiped with the pixels around them: a piece of a rule left
    beside a word is read as a quote or a bar ("“Tỷ lệ", "|5")."""
    ink = cut < FAINT
    h, w = ink.shape
    across = _long_runs(_smeared(ink.T, SMEAR).T, max(int(RULE_SHARE * w), int(RULE_HEIGHTS * text_h), 1))
    down = _long_runs(_smeared(ink, SMEAR).T, max(int(RULE_SHARE * h), int(RULE_HEIGHTS * text_h), 1)).T
    out = cut.copy()
    out[across | down] = 255
    return out


def clean_cut(page: np.ndarray, cut, text_h: float) -> np.ndarray:
    """The pixels of ``cut`` (x0, top, x1, bottom) with the rules wiped: looked for on the cut widened by
    :data:`WIPE_PAD` pixels, where each rule beside it runs its whole length (within the cut alone, a rule the
    deskewing left slanted shows as short pieces along its edge, no run long enough to be told from a glyph)."""
    x0, y0, x1, y1 = cut
    wx0, wy0 = max(0, x0 - WIPE_PAD), max(0, y0 - WIPE_PAD)
    wx1, wy1 = min(page.shape[1], x1 + WIPE_PAD), min(page.shape[0], y1 + WIPE_PAD)
    wiped = wipe_rules(page[wy0:wy1, wx0:wx1], text_h)
    return wiped[y0 - wy0:y1 - wy0, x0 - wx0:x1 - wx0]


def cell_inside(box, shape, text_h: float):
    """The inside of a cell's box (less :data:`INSET`), None when too small to hold a line."""
    x0, y0, x1, y1 = box
    cut = (max(0, x0 + INSET), max(0, y0 + INSET // 2), min(shape[1], x1 - INSET), min(shape[0], y1 - INSET // 2))
    return None if cut[2] - cut[0] < text_h or cut[3] - cut[1] < 0.5 * text_h else cut


def poor_cells(gray, data: dict, tables) -> list[tuple[tuple[int, int, int, int], list[int]]]:
    """(inside of the cell, indices of its words) of each cell :func:`reread_cells` reads again, in page order:
    a cell with a word read poorly or over a rule, or ink no word box holds."""
    h = text_height(data)
    if not tables or not h:
        return []
    page = np.asarray(gray)
    out = []
    for rows, _box in tables:
        for cells in rows:
            for box in cells:
                if box is None:
                    continue
                box = tuple(int(round(v)) for v in box)
                cut = cell_inside(box, page.shape, h)
                if cut is None:
                    continue
                words = _words_in(data, box)
                if _poor(data, words, box) or _unread_ink(page, data, cut, h):
                    out.append((cut, words))
    return out if len(out) <= MAX_CELLS else []


def reread_cells(gray, data: dict, tables, read_block: Callable) -> dict:
    """``data`` (``image_to_data`` of the page) with the words of each poorly read ruled cell
    (:func:`poor_cells`) read again, the cell alone, its rules wiped (see the module doc). ``tables``:
    :func:`vanban.ocr.rules.find_tables` of ``gray``; ``read_block``: an image → ``image_to_data`` of it read
    as one block of lines (``--psm 6``)."""
    from PIL import Image

    cells = poor_cells(gray, data, tables)
    h = text_height(data)
    if not cells or not h:
        return data
    page = np.asarray(gray)
    clean = page.copy()
    for (x0, y0, x1, y1), _ in cells:
        clean[y0:y1, x0:x1] = clean_cut(page, (x0, y0, x1, y1), h)
    cuts = [cut for cut, _ in cells]
    todo = list(range(len(cuts)))
    pad_y, pad_x = int(0.4 * h) + 4, int(0.6 * h) + 4
    strip, places = stack_pieces(Image.fromarray(clean), [cuts[k] for k in todo], pad_x, pad_y, int(h))
    try:
        got = read_block(strip)
    except (RuntimeError, OSError, ValueError, InputError, LimitExceeded):  # the page's budget spent, a failed
        return data  # read: the page keeps what Tesseract's own layout gave
    drop: set[int] = set()
    add: list[dict] = []
    block = max((int(b) for b in data.get("block_num", [0])), default=0) + 1
    for k, place in zip(todo, places):
        old = cells[k][1]
        new = piece_words(got, place, pad_y)
        if not any(ch.isalnum() for i in new for ch in got["text"][i]):
            continue
        if not _better(got, new, data, old):
            continue
        drop.update(old)
        dx, dy = page_place(place, pad_x, pad_y)
        for n, i in enumerate(new, 1):
            add.append({"level": 5, "page_num": 1, "block_num": block, "par_num": int(got["par_num"][i]),
                        "line_num": int(got["line_num"][i]), "word_num": n, "left": int(got["left"][i]) + dx,
                        "top": int(got["top"][i]) + dy, "width": int(got["width"][i]),
                        "height": int(got["height"][i]), "conf": got["conf"][i], "text": got["text"][i]})
        block += 1
    if not add:
        return data
    keep = [i for i in range(len(data.get("text", []))) if i not in drop]
    n = len(data["text"])
    out = {key: [v[i] for i in keep] if isinstance(v, (list, tuple)) and len(v) == n else v for key, v in data.items()}
    for word in add:
        for key, value in word.items():
            if key in out:
                out[key].append(value)
    return out
