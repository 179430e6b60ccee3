"""A page's ink mask packed 64 pixels to a word, and the neighbourhood tests the speck checks make on it.

Why: a 300 dpi A4 raster is 8.7 million pixels. The speck tests of :mod:`vanban.ocr.preprocess` (isolated dots,
dots with paper all around) shifted the whole boolean mask eight or sixteen times and added or OR-ed the copies:
each pass reads and writes 8.7 MB, about 0.05 s a page on every page before Tesseract — a sixth of what vanban
adds to Tesseract's own time on a scan (bench/ocr.py). Packed, the same tests are word operations on 1.1 MB
and give the very same pixels.

Layout: row ``y`` of a mask of width ``w`` is ``ceil(w / 64)`` little-endian words, pixel ``x`` at bit ``x % 64``
of word ``x // 64``; bits past ``w`` are 0, as pixels outside the page are (paper).
"""

from __future__ import annotations

import numpy as np

#: the set bits of each byte value (numpy before 2.0 has no bitwise_count)
_POPCOUNT = np.array([bin(i).count("1") for i in range(256)], dtype=np.uint8)
_BITWISE_COUNT = getattr(np, "bitwise_count", None)


def pack(mask: np.ndarray) -> np.ndarray:
    """``mask`` (2-D bool) as rows of uint64 words (see the module's layout)."""
    h, w = mask.shape
    nbytes = -(-w // 64) * 8
    bits = np.zeros((h, nbytes), dtype=np.uint8)
    bits[:, : -(-w // 8)] = np.packbits(mask, axis=1, bitorder="little")
    return bits.view("<u8")


def unpack(words: np.ndarray, width: int) -> np.ndarray:
    """The bool mask of ``width`` pixels a row that :func:`pack` gave ``words`` for."""
    bits = np.ascontiguousarray(words).view(np.uint8)
    return np.unpackbits(bits, axis=1, count=width, bitorder="little").astype(bool)


def count(words: np.ndarray) -> int:
    """The pixels set in ``words``."""
    return int(count_rows(words).sum())


def count_rows(words: np.ndarray) -> np.ndarray:
    """The pixels set in each row of ``words``."""
    if _BITWISE_COUNT is not None:
        return _BITWISE_COUNT(words).sum(axis=1, dtype=np.int64)
    return _POPCOUNT[np.ascontiguousarray(words).view(np.uint8)].sum(axis=1, dtype=np.int64)


def shift_x(words: np.ndarray, d: int) -> np.ndarray:
    """At each pixel, the pixel ``d`` columns to its left (``d`` > 0) or right (``d`` < 0); 0 past the edge.
    ``abs(d)`` below 64."""
    if d == 0:
        return words
    k = np.uint64(abs(d))
    back = np.uint64(64 - abs(d))
    out = np.empty_like(words)
    if d > 0:  # pixel x - d lands on x: bits move up, the previous word's top bits come in
        np.left_shift(words, k, out=out)
        out[:, 1:] |= words[:, :-1] >> back
    else:  # pixel x + |d| lands on x: bits move down, the next word's low bits come in
        np.right_shift(words, k, out=out)
        out[:, :-1] |= words[:, 1:] << back
    return out


def shift_y(words: np.ndarray, d: int) -> np.ndarray:
    """At each pixel, the pixel ``d`` rows above it (``d`` > 0) or below it (``d`` < 0); 0 past the edge."""
    if d == 0:
        return words
    out = np.zeros_like(words)
    if abs(d) >= words.shape[0]:
        return out
    if d > 0:
        out[d:] = words[:-d]
    else:
        out[:d] = words[-d:]
    return out


def at_least_two_neighbours(words: np.ndarray) -> np.ndarray:
    """The pixels with two or more of their eight neighbours set (a saturating two-bit count, bit-sliced)."""
    ones = np.zeros_like(words)
    twos = np.zeros_like(words)
    for row in (shift_x(words, 1), words, shift_x(words, -1)):
        for dy in (1, 0, -1):
            if row is words and dy == 0:
                continue  # the pixel itself
            n = shift_y(row, dy)
            twos |= ones & n
            ones |= n
    return twos


def any_neighbour(words: np.ndarray) -> np.ndarray:
    """The pixels with any of their eight neighbours set."""
    near = np.zeros_like(words)
    for row in (shift_x(words, 1), words, shift_x(words, -1)):
        for dy in (1, 0, -1):
            if not (row is words and dy == 0):
                near |= shift_y(row, dy)
    return near


def any_on_ring(words: np.ndarray) -> np.ndarray:
    """The pixels with any pixel set on the 5×5 ring around them (the 16 pixels two steps away)."""
    across = np.zeros_like(words)  # each pixel and the two on either side of it, in its row
    for d in (-2, -1, 0, 1, 2):
        across |= shift_x(words, d)
    ring = shift_y(across, 2) | shift_y(across, -2)  # the ring's top and bottom rows
    for side in (shift_x(words, 2), shift_x(words, -2)):  # its left and right columns
        for dy in (-2, -1, 0, 1, 2):
            ring |= shift_y(side, dy)
    return ring
