"""Lines of ink that Tesseract's page layout skipped, read again one by one.

Why: with ``--psm 3`` Tesseract first cuts the page into blocks and lines, and a short line standing alone in
white space — the cells of a table printed cell after cell ("140", "21", "14", "2,5" under "Đơn vị tính: Triệu
đồng"), a row number, a lone figure — is often left out of every block: its words never reach the text. On the
scanned form of the labelled real documents (bench/realdocs_scan.py) 71 of the 352 lines that hold a figure alone
were missing or misread (78/2025/NQ-HĐND Phụ lục I lost 7 of its 25 amounts; 235/KH-UBND 21 row numbers). Read
alone as one line (``--psm 7``), each of them comes out right.

So after the page's reading: the ink left outside every word box Tesseract gave (rules of a table taken out) is
cut into line bands of about the text's height, each band into pieces parted by wide gaps, and each piece is read
as one line; a piece read with confidence is added to the page's words as a paragraph of its own, where it stood.
Nothing Tesseract read is changed.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

from vanban.models import InputError, LimitExceeded

INK = 128  # gray level below which a pixel is ink (the page is deskewed gray, dark text on light paper)
MIN_CONF = 60  # a word read again is kept from this confidence on (Tesseract's 0–100)
MAX_PIECES = 40  # pieces read again on one page at most (a photo or a drawing gives many; they are skipped)
BOX_MARGIN = 0.25  # of the text height: the margin around each word box that counts as read
RULE_SPAN = 2.5  # of the text height: a vertical run of ink this long is a rule, no glyph
GAP = 1.5  # of the text height: a gap this wide parts two pieces of one band
SCALE = 2  # the ink is looked for on every second pixel of every second row


def text_height(data: dict) -> float | None:
    """The median height of the words Tesseract read with some confidence."""
    hs = [int(h) for t, h, c in zip(data.get("text", []), data.get("height", []), data.get("conf", []))
          if (t or "").strip() and word_conf(c) > 0]
    return float(np.median(hs)) if hs else None


def word_conf(c) -> float:
    """A word's confidence in Tesseract's data (a number or its text), -1 where it gives none that reads as one."""
    try:
        return float(c)
    except (TypeError, ValueError):
        return -1.0


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of each run of True in a 1-D mask."""
    d = np.diff(np.concatenate(([0], mask.astype(np.int8), [0])))
    return list(zip(np.flatnonzero(d == 1), np.flatnonzero(d == -1)))


def _vertical_rules(ink: np.ndarray, span: int) -> np.ndarray:
    """The ink pixels that belong to a vertical run of at least ``span`` pixels (a table's rule, a border).

    A vertical opening of the mask, on its rows packed 64 pixels to a word (:mod:`vanban.ocr.bitmask`): the rows
    where a run of ``span`` starts (each AND of ``span`` rows, by doubling), then every row such a run covers."""
    from vanban.ocr import bitmask

    h = ink.shape[0]
    if span >= h:
        return np.zeros_like(ink)
    if span <= 0:  # every window is full: every pixel is covered (the cumulative sums said so too)
        return np.ones_like(ink)
    words = bitmask.pack(ink)
    starts, length = words, 1  # starts[y]: rows y .. y + length - 1 all ink (rows past the page are paper)
    while 2 * length <= span:
        starts = starts & bitmask.shift_y(starts, -length)
        length *= 2
    if length < span:
        starts = starts & bitmask.shift_y(starts, -(span - length))
    covered, length = starts, 1  # covered[y]: a run starts within rows y - length + 1 .. y
    while 2 * length <= span:
        covered = covered | bitmask.shift_y(covered, length)
        length *= 2
    if length < span:
        covered = covered | bitmask.shift_y(covered, span - length)
    return bitmask.unpack(covered, ink.shape[1])


def missed_pieces(gray, data: dict) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, top, x1, bottom) in pixels of the pieces of ink outside Tesseract's word boxes that look like a
    line of text: a band of about the text's height (half to two and a half times it), parted from its
    neighbours by gaps of :data:`GAP` text heights, with ink enough for a glyph."""
    h = text_height(data)
    if not h:
        return []
    a = np.asarray(gray)[::SCALE, ::SCALE] < INK  # read at half the resolution: a glyph keeps its ink, the work is a quarter
    if a.ndim != 2 or not a.any():
        return []
    h /= SCALE
    read = np.zeros_like(a)
    m = int(round(BOX_MARGIN * h))
    for t, x, y, w, hh in zip(data["text"], data["left"], data["top"], data["width"], data["height"]):
        if (t or "").strip():
            x, y, w, hh = (int(v) // SCALE for v in (x, y, w, hh))
            read[max(0, y - m):y + hh + m + 1, max(0, x - m):x + w + m + 1] = True
    rest = a & ~read & ~_vertical_rules(a, int(RULE_SPAN * h))
    rows = rest.sum(axis=1) >= 2
    line_rows = read.any(axis=1)  # rows where Tesseract read a word anywhere across the page
    text_rows = np.flatnonzero(line_rows)
    out = []
    for y0, y1 in _runs(rows):
        if not (0.5 * h <= y1 - y0 <= 2.5 * h):
            continue
        if y0 < text_rows[0] or y1 > text_rows[-1]:  # above the first line read or below the last: the page's
            continue  # number, the scanner's edge — a lost line sits between lines Tesseract read
        if line_rows[y0:y1].mean() > 0.3:  # beside a line Tesseract read: a speck, a mark, a stamp in its gaps
            continue
        cols = rest[y0:y1].any(axis=0)
        runs = _runs(cols)
        pieces: list[list[int]] = []
        for x0, x1 in runs:  # runs closer than GAP text heights make one piece
            if pieces and x0 - pieces[-1][1] < GAP * h:
                pieces[-1][1] = x1
            else:
                pieces.append([x0, x1])
        for x0, x1 in pieces:
            if rest[y0:y1, x0:x1].sum() >= 0.05 * h * h and x1 - x0 >= 0.2 * h:
                out.append((int(x0) * SCALE, int(y0) * SCALE, int(x1) * SCALE, int(y1) * SCALE))
    return out if len(out) <= MAX_PIECES else []


def stack_pieces(gray, boxes: list[tuple[int, int, int, int]], pad_x: int, pad_y: int, gap: int):
    """(strip, places): the pieces of ``gray`` at ``boxes`` stacked one under the other on a white strip, ``gap``
    pixels apart with ``pad_x``/``pad_y`` of white around them, to be read in one call; ``places`` holds each
    piece's (box, top, bottom) on the strip, as :func:`piece_words` and :func:`page_place` take them."""
    from PIL import Image

    crops, places, y = [], [], 0
    for box in boxes:
        crops.append((gray.crop(box), y))
        places.append((box, y, y + box[3] - box[1]))
        y += box[3] - box[1] + gap
    strip = Image.new("L", (max(c.size[0] for c, _ in crops) + 2 * pad_x, y + pad_y), 255)
    for crop, top in crops:
        strip.paste(crop, (pad_x, top + pad_y // 2))
    return strip, places


def piece_words(got: dict, place: tuple, pad_y: int) -> list[int]:
    """Indices of the words of ``got`` (``image_to_data`` of a :func:`stack_pieces` strip) on the piece at ``place``."""
    _, top, bottom = place
    return [i for i, t in enumerate(got.get("text", [])) if (t or "").strip()
            and top <= int(got["top"][i]) + int(got["height"][i]) / 2 - pad_y // 2 < bottom]


def page_place(place: tuple, pad_x: int, pad_y: int) -> tuple[int, int]:
    """(dx, dy) that take a box on the strip back to the page."""
    box, top, _ = place
    return box[0] - pad_x, box[1] - top - pad_y // 2


def add_lost_lines(gray, data: dict, read_block: Callable) -> dict:
    """``data`` (``image_to_data`` of the page) with the words of each :func:`missed_pieces` piece read with
    confidence, each piece a block of its own at its place on the page. The pieces are cut out, stacked one under
    the other on a white strip and read at once: ``read_block`` (an image → ``image_to_data`` of it read as one
    block of lines, ``--psm 6``); one more call to Tesseract a page, whatever the number of pieces."""
    pieces = missed_pieces(gray, data)
    if not pieces:
        return data
    h = text_height(data) or 0
    pad_y, pad_x = int(0.4 * h) + 4, int(0.6 * h) + 4
    width, height = gray.size
    boxes = [(max(0, x0 - pad_x), max(0, y0 - pad_y), min(width, x1 + pad_x), min(height, y1 + pad_y))
             for x0, y0, x1, y1 in pieces]
    strip, places = stack_pieces(gray, boxes, pad_x, pad_y, int(h))
    try:
        got = read_block(strip)
    except (RuntimeError, OSError, ValueError, InputError, LimitExceeded):  # the page's budget spent, a failed
        return data  # read: the page keeps what Tesseract's own layout gave
    out = {k: list(v) for k, v in data.items()}
    block = max((int(b) for b in data.get("block_num", [0])), default=0) + 1
    for k, place in enumerate(places):
        words = piece_words(got, place, pad_y)
        if not words or min(word_conf(got["conf"][i]) for i in words) < MIN_CONF:
            continue
        if not any(ch.isalnum() for i in words for ch in got["text"][i]):
            continue
        dx, dy = page_place(place, pad_x, pad_y)
        for n, i in enumerate(words, 1):
            for key, value in (("level", 5), ("page_num", 1), ("block_num", block + k), ("par_num", 1), ("line_num", 1),
                               ("word_num", n), ("left", int(got["left"][i]) + dx), ("top", int(got["top"][i]) + dy),
                               ("width", int(got["width"][i])), ("height", int(got["height"][i])),
                               ("conf", got["conf"][i]), ("text", got["text"][i])):
                if key in out:
                    out[key].append(value)
    return out
