"""A quota table's figure cells and their columns: which cells are figures, and where the figures of a row OCR damaged
belong.

Why: :mod:`.figure_tables` reads a quota table printed a cell a line (plain text, legacy OCR, a scan) line by line,
the figures of each row filling its kind columns left to right. OCR loses cells, row numbers and names, so a row's
figures may stand under the wrong heads; here they are put back by the sizes the full rows show (:func:`realign`),
by the total row's sums (:func:`_total_by_sums`, :func:`_short_rows_by_totals`). Split from :mod:`.figure_tables`
(tgt33b), which reads the tables' headers and rows.
Tests: tests/test_quota_lost_cells.py, tests/test_quota_bare_heads.py, tests/test_figure_tables.py.
"""

from __future__ import annotations

import itertools
import math
import re
import statistics

from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["OVER", "damaged_figure", "figure_cell", "realign", "words_cell"]

Ln = tuple[int, int, str]  # a line: start, end, its words joined by single spaces


def figure_cell(ln: str) -> bool:
    """A figure's cell: "120", "Ít nhất 40", "8,5 trở lên", "0,8 - 1"."""
    return bool(V.FIGURE_CELL_RE.match(fold(ln)))


def damaged_figure(ln: str) -> bool:
    """A figure's cell OCR damaged ("1B" for 15): :data:`vocab.DAMAGED_FIGURE_RE`; or (tg23b) a one-digit figure a
    scan's OCR read as one other glyph ("k", "c", "&", "K" for 3, t23-05 scanned): read only where a figure is due,
    after the row's name, as no name ends on a line of one glyph. (leg56) So is a figure whose thousands' dot a scan read
    as a colon ("21:552" for 21.552, t54-09 scanned): no clock time has three digits after its colon."""
    return not figure_cell(ln) and (bool(V.DAMAGED_FIGURE_RE.match(ln)) or (len(ln) == 1 and not ln.isdigit())
                                    or bool(_COLON_THOUSANDS.fullmatch(ln)))


_COLON_THOUSANDS = re.compile(r"\d{1,3}(?::\d{3})+")


def words_cell(ln: str) -> bool:
    """A cell of words, no figure of a kind ("Trường Tiểu học An Trú" under "Điểm sơ tán tập trung"): neither a figure,
    a figure with its unit nor a figure OCR damaged."""
    return not figure_cell(ln) and not V.UNIT_FIGURE_CELL_RE.match(fold(ln)) and not damaged_figure(ln)


OVER = -1  # a quota row's key of the figures read after its kinds were full
_ROW_LOST = 1.5  # the cost of a row whose number and name legacy OCR lost, in orders of magnitude of misfit
_SKIP = 0.01  # the cost of a column passed over: at equal magnitudes the cells fill the columns left to right
# (tgt33b) one-digit counts ("02" đoàn viên, "01" nữ of a chi bộ, a31-05 in legacy OCR; log10 under 1) tell no column
# of one-digit counts from another: a row short of a cell fills such columns left to right
_ONE_DIGIT = 1.0


#: a figure's whole part as a count cell writes it: "6.000", "920" (no decimals)
_WHOLE_RE = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+")


def _total_row(r: dict[int, list[Ln]]) -> bool:
    """The row is the table's total ("Tổng cộng", "Cộng"): its name's cell says so."""
    return bool(V.QUOTA_TOTAL_ROW_RE.match(fold(r[1][0][2]).strip(" *:")))


def _magnitude(ln: str) -> float | None:
    """The size of a figure cell's whole part, its log10 ("6.000" → 3.8, "Ít nhất 01 mô hình" → 0, "205" → 2.3), None
    for a cell without one (OCR damaged)."""
    m = _WHOLE_RE.search(ln)
    return math.log10(max(1, int(m.group(0).replace(".", "")))) if m else None


def realign(rows: list[dict[int, list[Ln]]], first: int, n: int) -> list[dict[int, list[Ln]]]:
    """The quota rows with the figures of a damaged row put back in their columns.

    Kind (tg24, a22-04's Phụ lục in legacy OCR): Tesseract drops a cell of one digit alone on its line ("4", "5" mô
    hình between "25" công trình and "6.000" cây) and at times a row's number and name with it, so a row holds fewer
    figures than kinds (read left to right, "6.000" cây fell in the mô hình column) or more (the lost rows' figures
    after it: "25 / 6.000 / 8.000 / 12.000" under one name). Each column's figures keep a size — works by the tens,
    models by the unit, trees by the thousands — which the full rows show: the figures of each row are
    placed, in their order, in the columns whose sizes (the full rows' median, by orders of magnitude) they fit best, a new
    row, its name lost, opened where they cannot go on in the row (at a cost of 1.5 orders of misfit: a row as full as
    the others is split only where its figures sit in the wrong columns, "12 / 2.500 / 3.000" of a row that lost its
    "3" mô hình and of the next row all but its trees); at equal fit they fill the columns left to right as before.
    Without a full row to size the columns the rows stay as read; the total row is never moved."""
    def figures(r):
        return [r[first + c][0] for c in range(n) if first + c in r] + r.get(OVER, [])

    rows = [_total_by_sums(r, rows, first, n) if _total_row(r) else r
            for r in rows]
    if n > 2 and any(first + n - 1 in r and words_cell(r[first + n - 1][0][2]) for r in rows):
        n -= 1  # (tgt33b) a last column of words ("Địa bàn tuyển sinh"): no size, its cells stay with their rows

    sizes: list[list[float]] = [[] for _ in range(n)]
    for r in rows:
        if OVER not in r and all(first + c in r for c in range(n)):
            for c in range(n):
                if (g := _magnitude(r[first + c][0][2])) is not None:
                    sizes[c].append(g)
    if not all(sizes):
        return [{c: v for c, v in r.items() if c != OVER} for r in rows]
    size = [statistics.median(g) for g in sizes]
    out: list[dict[int, list[Ln]]] = []
    for r in rows:
        cells = figures(r)
        keep = {c: v for c, v in r.items() if c != OVER and not first <= c < first + n}
        if not cells or _total_row(r):
            out.append({c: v for c, v in r.items() if c != OVER})
            continue
        # best[i][c]: (cost, path) of cells[:i + 1] with cells[i] in column c
        best: list[list[tuple[float, list[tuple[int, int]]]]] = []
        for i, ln in enumerate(cells):
            g = _magnitude(ln[2])
            row_best = []
            for c in range(n):
                fit = 0.0 if g is None or (g < _ONE_DIGIT and size[c] < _ONE_DIGIT) else abs(g - size[c])
                if i == 0:
                    row_best.append((fit + _SKIP * c, [(0, c)]))
                    continue
                cands = []
                for p, (cost, path) in enumerate(best[i - 1]):
                    nrow = path[-1][0]
                    if c > p:
                        cands.append((cost + fit + _SKIP * (c - p - 1), path + [(nrow, c)]))
                    cands.append((cost + fit + _ROW_LOST + _SKIP * c, path + [(nrow + 1, c)]))
                row_best.append(min(cands, key=lambda x: x[0]))
            best.append(row_best)
        _, path = min(best[-1], key=lambda x: x[0])
        split: list[dict[int, list[Ln]]] = [dict(keep)]
        for ln, (k, c) in zip(cells, path):
            while len(split) <= k:
                split.append({})
            split[k][first + c] = [ln]
        out.extend(x for x in split if x)
    return _short_rows_by_totals(out, first, n)


def _short_rows_by_totals(rows: list[dict[int, list[Ln]]], first: int, n: int) -> list[dict[int, list[Ln]]]:
    """The rows with a figure of a row short of cells moved to the column whose total it makes right.

    Kind (tgt33b, a Quyết định giao chỉ tiêu trồng rừng, a31-09 in legacy OCR): a Ban Quản lý rừng's row holds a
    figure of hectares and a "-" for trees, which OCR loses; by size "100" (ha) fits the trees' column (by the hundreds)
    better than the hectares' (by the thousands). The total row ("Tổng cộng | 9.850 | 1.130") says which: each row short
    of cells takes, among the order-keeping placements of its figures, the one under which most columns add up to their
    totals; at equal counts it stays as placed."""
    totals = [r for r in rows if 1 in r and _total_row(r)]
    if len(totals) != 1:
        return rows
    want = {c: _figure_value(totals[0][first + c][0][2]) for c in range(n) if first + c in totals[0]}
    units = [r for r in rows if r is not totals[0]]

    def matches(rs) -> int:
        got = 0
        for c, v in want.items():
            vals = [_figure_value(r[first + c][0][2]) for r in rs if first + c in r]
            got += v is not None and None not in vals and sum(vals) == v
        return got

    for i, r in enumerate(units):
        cols = [c for c in range(n) if first + c in r]
        if not cols or len(cols) == n:
            continue
        cells = [r[first + c] for c in cols]
        best, score = None, matches(units)
        for place in itertools.combinations(range(n), len(cols)):
            moved = {k: v for k, v in r.items() if not first <= k < first + n} | {first + c: x for c, x in zip(place, cells)}
            if (got := matches(units[:i] + [moved] + units[i + 1:])) > score:
                best, score = moved, got
        if best is not None:
            units[i] = best
    fitted = iter(units)
    return [r if r is totals[0] else next(fitted) for r in rows]


def _figure_value(ln: str) -> int | None:
    """The whole figure of a bare count cell ("7.595", "920"), None for any other cell."""
    m = _WHOLE_RE.fullmatch(ln.strip(" *"))
    return int(m.group(0).replace(".", "")) if m else None


def _total_by_sums(total: dict[int, list[Ln]], rows: list[dict[int, list[Ln]]], first: int, n: int
                   ) -> dict[int, list[Ln]]:
    """The total row with each figure in the column whose units' figures it sums.

    Kind (tgt32a, a Sở Y tế's Phụ lục, a30-04): the total row leaves a cell empty ("Cộng | 8.415 | 7.993 | | 7.595",
    the rate column not summed), and the text keeps no mark of the empty cell a reader can trust (blank lines come and
    go, in OCR above all), so the last sum fell under "Tỷ lệ (%)". A total is the sum of its column: each figure goes to
    the column (left to right, after the last one placed) whose rows add up to it; one that sums no column keeps its
    place when free. Where no figure matches a sum (a row lost in OCR) the row stays as read."""
    cells = [total[first + c][0] for c in range(n) if first + c in total] + total.get(OVER, [])
    sums = []
    for c in range(n):
        vals = [_figure_value(r[first + c][0][2]) for r in rows if r is not total and first + c in r
                and not _total_row(r)]
        sums.append(sum(vals) if vals and None not in vals else None)
    placed: dict[int, list[Ln]] = {}
    at = 0
    for ln in cells:
        v = _figure_value(ln[2])
        c = next((c for c in range(at, n) if v is not None and sums[c] == v), None)
        if c is None:
            c = at if at < n else None
            if c is None:
                return total
        placed[first + c] = [ln]
        at = c + 1
    if not any(_figure_value(ln[0][2]) == sums[c - first] for c, ln in placed.items()):
        return total
    return {**{c: v for c, v in total.items() if c != OVER and not first <= c < first + n}, **placed}
