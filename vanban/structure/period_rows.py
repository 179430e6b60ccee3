"""Rows of a month-by-month table whose cells all stand one blank line apart.

A Kế hoạch năm học plans its school year in a table "Tháng | Nội dung | Người phụ trách" (the first column named by
the period alone, :data:`vocab.STACKED_PERIOD_COL`), one row a month. Copied from the page, its rows are parted by
two blank lines and its cells by one, and the stacked reader counts the blank lines (``stacked._rows_clean``). A
scan read back by OCR prints every cell one blank line apart, the rows' parting lost: counted so, the first month
falls past the header's last column and the table is taken as ended, every month's events and posts lost. The
month itself tells where a row opens: "Tháng 10/2027" or "Quý II/2028" alone in its cell
(:data:`vocab.PERIOD_ROW_KEY`), as a numbered table's row opens with its number — or run on by OCR under the last cell
of the row above ("… giáo viên chủ nhiệm" / "Tháng 3/2028", the blank line between lost: the month's cell parted from
it, else the rows from there on were lost).

A row's cells after its month fill the columns in order, so a row with fewer cells (OCR glued the post to the
events, or the cell was empty) keeps its events in the "Nội dung" column. The table ends at the document's next
numbered line ("V. TỔ CHỨC THỰC HIỆN", "1. Hiệu trưởng") or at a paragraph after a row that has all its cells.
"""

from __future__ import annotations

import re

from vanban.structure import vocab as V
from vanban.structure.lines import Line

_NUMBERED = re.compile(r"^\d{1,3}\s?[.)]\s+\S")  # "1. Hiệu trưởng": an item of the text after the table

__all__ = ["ends_period_table", "period_key", "rows_by_period"]


def period_key(cell: list[Line]) -> bool:
    """A month's or quarter's cell alone ("Tháng 10/2027", OCR's "Thắng 10/2027" read folded)."""
    return bool(cell) and bool(V.PERIOD_ROW_KEY.match(" ".join(x.view for x in cell).strip(" *")))


def _run_on_key(blk: list[Line]) -> tuple[list[Line], list[Line]] | None:
    """``blk``, a row's last cell (the post in charge: never a month), parted before the next row's month printed as
    its last line, the blank line between lost: (the cell, the month's cell)."""
    if len(blk) > 1 and period_key(blk[-1:]):
        return blk[:-1], blk[-1:]
    return None


def ends_period_table(txt: str) -> bool:
    """``txt``, a line under a table whose rows open with their month, is the text after it: a row number's line, a
    part's label ("V. TỔ CHỨC THỰC HIỆN") or a numbered item ("1. Hiệu trưởng"). Why shared: the blank-line reader
    here and the legacy reader (``stacked._rows_loose``, ``periodic``) end the same kind of table at the same lines."""
    return bool(V.ROW_NUMBER_RE.match(txt) or V.GROUP_ROW_RE.match(txt) or _NUMBERED.match(txt))


def rows_by_period(blocks: list[tuple[int, list[Line]]], n: int) -> list[dict[int, list[Line]]]:
    """The rows of ``blocks`` (``stacked._blocks``: blank lines before, lines) under a header of ``n`` columns whose
    first is the period's; [] unless the first block is a period's cell."""
    raw: list[list[list[Line]]] = []
    for gap, blk in blocks:
        if not blk:
            if raw:
                raw[-1].append([])  # an empty cell the page wrote
            continue
        if gap > 2:
            break  # a paragraph well below the last row
        if period_key(blk):
            raw.append([blk])
            continue
        txt = " ".join(x.text for x in blk).strip(" *")
        if not raw or ends_period_table(txt) or len([c for c in raw[-1] if c]) >= n:
            break
        parted = _run_on_key(blk) if len([c for c in raw[-1] if c]) == n - 1 else None
        raw[-1].append(parted[0] if parted else blk)
        if parted:
            raw.append([parted[1]])
    rows: list[dict[int, list[Line]]] = []
    for key, *cells in raw:
        rows.append({0: key, **{1 + j: c for j, c in enumerate(c for c in cells if c)}})
    return rows
