"""Ruled tables on a page image: cell boxes from the drawn rules.

Why: Tesseract reads a scanned task table (Nội dung | Đơn vị chủ trì |
Đơn vị phối hợp | Thời hạn) as rows of words and loses the cells; the
table's rules are still on the page. Long dark horizontal runs are the
row rules; between two of them, the columns that stay dark over the whole
band are the column rules. Each cell then collects the Tesseract words
whose centre it holds (vanban/ingest/layout.py ``table_block``).

Only numpy; runs on the deskewed gray page Tesseract reads, in pixels.
"""

from __future__ import annotations

import numpy as np

#: ink: gray levels below this
DARK = 140
#: (scan49) faint ink: a page whose rules none are found at :data:`DARK` is searched again with gray levels below this.
#: A thin rule (a 1-px border printed at 200 dpi, blurred by the scanner) is gray, not black: 617/KH-UBND's Phụ lục as
#: session 48's newcomer scanned it had rules at gray 150-190, no run below 140 reached a fifth of the page, and the
#: table was read as Tesseract's lines, two cells across rows. Text stays no rule at this level: its words are apart.
FAINT = 200
#: a row rule is a dark run at least this share of the page width
MIN_RULE_WIDTH = 0.2
#: a column rule is dark over at least this share of its band's height
RULE_FILL = 0.9
#: rows of a table are at most this share of the page height apart
MAX_ROW_HEIGHT = 0.3
#: pages larger than this (pixels) are searched at a reduced size (memory)
MAX_PIXELS = 12_000_000
#: pixels a rule may drift (residual skew) and still count as one straight rule
SMEAR = 4
#: pixels of paper a row rule may show in one place (a speck of a speckled scan) and still be one rule
GAP = 6


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) of each run of True in a 1-D bool array."""
    d = np.diff(np.concatenate(([0], flags.astype(np.int8), [0])))
    return list(zip(np.flatnonzero(d == 1).tolist(), np.flatnonzero(d == -1).tolist()))


def _row_rules(dark: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Horizontal rules as (top y, bottom y, x0, x1): long dark runs, a thick rule once.

    Ink is smeared over SMEAR pixel rows first, so a rule left slightly
    slanted by deskewing still reads as one run; then the gaps of up to
    :data:`GAP` pixels in a row are closed, so specks of paper on a rule
    (a speckled scan: salt-and-pepper noise, its dots spread by JPEG) do
    not cut it into pieces too short to count.
    """
    from vanban.ocr import bitmask

    h, w = dark.shape
    need = max(int(w * MIN_RULE_WIDTH), 20)
    # smeared on the mask packed 64 pixels to a word (a page of 8.7 million pixels is 1.1 MB so)
    packed = bitmask.pack(dark)
    smeared = packed.copy()
    for k in range(1, SMEAR):
        smeared |= bitmask.shift_y(packed, -k)  # row y takes the ink of rows y + 1 … y + SMEAR - 1
    # only rows holding nearly ``need`` ink pixels can hold a rule (a speck takes a
    # few): the window sums (a cumsum per row) are computed for those few rows, not the whole page
    cand = np.flatnonzero(bitmask.count_rows(smeared) >= need * 0.9)
    rows = _close_gaps(bitmask.unpack(smeared[cand], w))
    keep = _may_hold_run(rows, need)
    cand, rows = cand[keep], rows[keep]
    c = np.zeros((len(cand), w + 1), dtype=np.int32)
    np.cumsum(rows, axis=1, out=c[:, 1:])
    full = (c[:, need:] - c[:, :-need]) == need  # a fully dark window starts here
    rules: list[list[int]] = []
    for r in np.flatnonzero(full.any(axis=1)).tolist():
        y = int(cand[r])
        for x0, x1 in _runs(full[r]):
            x1 = x1 + need - 1
            # every recent rule this run touches is the same rule: a speck of paper on a
            # rule splits one of its pixel rows into two runs, and the full run of the next
            # row joins both pieces (else the piece is a second, shorter rule that splits the table)
            touched = [rule for rule in rules[-6:] if y - rule[1] <= SMEAR and x0 <= rule[3] + GAP and x1 >= rule[2] - GAP]
            if not touched:
                rules.append([y, y, x0, x1])
                continue
            keep = touched[0]
            keep[0] = min(rule[0] for rule in touched)
            keep[1], keep[2] = y, min([x0] + [rule[2] for rule in touched])
            keep[3] = max([x1] + [rule[3] for rule in touched])
            rules[:] = [rule for rule in rules if not any(rule is t for t in touched[1:])]
    return [(t, b + SMEAR - 1, x0, x1) for t, b, x0, x1 in rules]


def _close_gaps(rows: np.ndarray) -> np.ndarray:
    """``rows`` (2-D bool) with every gap of at most :data:`GAP` pixels between two dark pixels
    of a row filled (a morphological closing along the row: dilate, then erode, by GAP // 2).
    Gaps between the words of a line (a space is ~10 px at 300 dpi) stay open."""
    r = GAP // 2
    n, w = rows.shape
    grown = np.zeros((n, w + 2 * r), dtype=bool)
    for k in range(2 * r + 1):
        grown[:, k:k + w] |= rows
    out = np.ones((n, w), dtype=bool)
    for k in range(2 * r + 1):
        out &= grown[:, k:k + w]
    return out


#: width of the blocks :func:`_may_hold_run` tests rows by, pixels
_BLOCK = 16


def _may_hold_run(rows: np.ndarray, need: int) -> np.ndarray:
    """Which of ``rows`` (2-D bool) may hold ``need`` dark pixels in a row: a
    necessary condition, so no rule is lost.

    Why: on a page of text, several hundred rows hold enough ink to pass the
    pixel count (a smeared line of text is dense), but a run of ``need``
    pixels covers at least ``need // _BLOCK - 1`` whole consecutive blocks
    of ``_BLOCK`` pixels, all dark, and a line of text has gaps between its
    letters: testing blocks (a 16th of the width) first leaves the exact
    window sums to the few rows a rule can be on (bench/ocr.py: find_tables
    ~30 → ~10 ms a 300 dpi page).
    """
    k = need // _BLOCK - 1
    n, w = rows.shape
    if k < 2 or n == 0:
        return np.ones(n, dtype=bool)
    full = rows[:, : w // _BLOCK * _BLOCK].reshape(n, w // _BLOCK, _BLOCK).all(axis=2)
    c = np.zeros((n, full.shape[1] + 1), dtype=np.int32)
    np.cumsum(full, axis=1, out=c[:, 1:])
    return ((c[:, k:] - c[:, :-k]) == k).any(axis=1)


def _column_rules(dark: np.ndarray, y0: int, y1: int, x0: int, x1: int) -> list[int]:
    """x of the column rules between two row rules (dark over the band's height)."""
    band = dark[y0 + 1:max(y1, y0 + 2), x0:x1]
    if band.shape[0] < 5:
        return []
    smeared = band.copy()
    for k in range(1, SMEAR):
        smeared[:, :-k] |= band[:, k:]
    filled = smeared.mean(axis=0) >= RULE_FILL
    return [x0 + (a + b) // 2 for a, b in _runs(filled)]


def find_tables(gray) -> list[tuple[list[list[tuple[float, float, float, float] | None]], tuple[float, float, float, float]]]:
    """Ruled tables of a page image: (rows of cell boxes on a shared column grid, table box).

    ``gray``: a Pillow image (mode L) or a 2-D uint8 array. Box = (x0, top,
    x1, bottom) in pixels; a row's list has one entry per grid column, None
    where a merged cell covers it. A table needs two row rules with at
    least two columns between them.
    """
    a = np.asarray(gray)
    if a.ndim != 2 or a.size == 0:
        return []
    k = int(np.ceil((a.size / MAX_PIXELS) ** 0.5))
    if k <= 1:
        return _find(a, DARK) or _find(a, FAINT)
    # an oversized page: rules are looked for on a k-times smaller copy that
    # keeps the darkest pixel of each k×k block (a thin rule survives)
    h, w = a.shape[0] // k * k, a.shape[1] // k * k
    small = a[:h, :w].reshape(h // k, k, w // k, k).min(axis=(1, 3))
    return [_scaled(t, k) for t in _find(small, DARK) or _find(small, FAINT)]


def _scaled(table, k: float):
    rows, box = table
    up = lambda b: tuple(v * k for v in b) if b is not None else None  # noqa: E731
    return [[up(c) for c in cells] for cells in rows], up(box)


def _find(a: np.ndarray, level: int = DARK):
    dark = a < level
    h = a.shape[0]
    rules = sorted(_row_rules(dark))
    tables = []
    group: list[tuple[int, int, int, int]] = []
    for rule in rules + [None]:
        if rule is not None and group:
            prev = group[-1]
            same_width = abs(rule[2] - prev[2]) < 0.02 * a.shape[1] and abs(rule[3] - prev[3]) < 0.02 * a.shape[1]
            if same_width and rule[0] - prev[1] <= MAX_ROW_HEIGHT * h:
                group.append(rule)
                continue
        if len(group) >= 2:
            table = _table(dark, group)
            if table is not None:
                tables.append(table)
        group = [rule] if rule is not None else []
    return tables


def _table(dark: np.ndarray, rules: list[tuple[int, int, int, int]]):
    x0, x1 = min(r[2] for r in rules), max(r[3] for r in rules)
    bands = []
    for top, bottom in zip(rules, rules[1:]):
        cols = _column_rules(dark, top[1], bottom[0], max(x0 - 3, 0), x1 + 3)
        if len(cols) >= 3:  # two cells at least: outer rules + one between
            bands.append((top[1], bottom[0], cols))
    if not bands:
        return None
    grid: list[int] = []
    for _, _, cols in bands:
        for x in cols:
            if all(abs(x - g) > 6 for g in grid):
                grid.append(x)
    grid.sort()
    rows = []
    for top, bottom, cols in bands:
        cells: list[tuple[float, float, float, float] | None] = [None] * (len(grid) - 1)
        for left, right in zip(cols, cols[1:]):
            k = min(range(len(grid)), key=lambda i: abs(grid[i] - left))
            if k < len(cells):
                cells[k] = (float(left), float(top), float(right), float(bottom))
        rows.append(cells)
    box = (float(grid[0]), float(bands[0][0]), float(grid[-1]), float(bands[-1][1]))
    return rows, box
