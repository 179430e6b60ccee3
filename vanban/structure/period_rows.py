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

A Ban Thường vụ's Chương trình công tác năm lays its year out the same way ("Tháng | Nội dung | Cơ quan chủ trì chuẩn
bị | Cơ quan phối hợp"), with two or three items a month and the month's cell merged down over their rows: the page
writes those rows one cell short, or with the month's cell empty or printed again. Each such row is the month's too
(:func:`merged_period_row`, :func:`carried_periods`, :func:`carried_month_cells`; in a scan its items' numbers open
them): it carries the month's own cell, so the month is one deadline and each row one obligation due at its end.
"""

from __future__ import annotations

import re

from dataclasses import replace

from vanban.models import Table
from vanban.structure import vocab as V
from vanban.structure.lines import Line
from vanban.text import fold

_NUMBERED = re.compile(r"^\d{1,3}\s?[.)]\s+\S")  # "1. Hiệu trưởng": an item of the text after the table

__all__ = ["carried_month_cells", "carried_periods", "ends_period_table", "merged_group_row", "merged_period_row", "period_key",
           "rows_by_period"]

_CELL_CHARS = 80  # a body's cell (Cơ quan chủ trì) runs this long at most; a paragraph after the table runs longer


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
    item = 1  # the number the month's next item is due to carry ("1. …", "2. …" under "Tháng 01/2040")
    for i, (gap, blk) in enumerate(blocks):
        if not blk:
            if raw:
                raw[-1].append([])  # an empty cell the page wrote
            continue
        if gap > 2:
            break  # a paragraph well below the last row
        if period_key(blk):
            raw.append([blk])
            item = 1
            continue
        if len(blk) > 1 and period_key(blk[:1]) and raw:
            raw.append([blk[:1], blk[1:]])  # "Tháng 04" / "Chuẩn bị nội dung …": the blank line after the month lost
            item = 1
            continue
        txt = " ".join(x.text for x in blk).strip(" *")
        numbered = _NUMBERED.match(txt)
        if raw and numbered and int(re.match(r"\d+", txt).group()) == item and (
                (item == 1 and len(raw[-1]) == 1) or (item > 1 and len([c for c in raw[-1] if c]) >= 3)):
            # the month's items, its cell merged over their rows (a Chương trình công tác năm: "Tháng 01/2040" / "1.
            # Triển khai …" / … / "2. Chương trình kiểm tra …"): the first shares the month's row, the next opens a row
            # of that month (:func:`merged_period_row`, the same where the rows are parted by their blank lines)
            if item > 1:
                raw.append([raw[-1][0]])
            raw[-1].append(blk)
            item += 1
            continue
        if raw and not numbered and len([c for c in raw[-1] if c]) >= n and _month_rows_ahead(blocks, i, n):
            raw.append([raw[-1][0], blk])  # a row of the month above, its cell merged down (no item number: a54-10)
            continue
        if raw and len([c for c in raw[-1] if c]) >= n and not ends_period_table(txt) and _month_soon(blocks, i, n):
            raw[-1][-1] = raw[-1][-1] + blk  # a scrap of a row OCR ran together ("2040" / body / partners glued),
            continue  # the next month's cell a few cells on: the table goes on there, not ended at the scrap
        if not raw or ends_period_table(txt) or len([c for c in raw[-1] if c]) >= n:
            break
        parted = _run_on_key(blk) if len([c for c in raw[-1] if c]) == n - 1 else None
        raw[-1].append(parted[0] if parted else blk)
        if parted:
            raw.append([parted[1]])
    rows: list[dict[int, list[Line]]] = []
    for key, *cells in raw:
        cells = [c for c in cells if c]
        if len(cells) == n - 2:
            cells = _unglued(cells)
        rows.append({0: key, **{1 + j: c for j, c in enumerate(cells)}})
    return rows


def _month_rows_ahead(blocks: list[tuple[int, list[Line]]], i: int, n: int) -> bool:
    """The cells from ``blocks[i]`` to the next month's cell (or the table's end: the text's next part, a paragraph
    well below) fill whole rows of the month above, one cell short each (its month merged down over them: "Tháng 01" /
    task / body / partners / task / body / partners / "Tháng 02", a Chương trình công tác năm whose rows carry no
    item number, a54-10 legacy OCR; a row may be one cell short where OCR lost the blank line between two of them). A
    paragraph after the table's last row is no such run: it ends the text's part."""
    count = 0
    for gap, blk in blocks[i:]:
        if gap > 2 or (blk and period_key(blk[:1])):
            break
        if not blk:
            return False
        if ends_period_table(" ".join(x.text for x in blk).strip(" *")):
            break
        count += 1
    # each row n - 1 cells, or one fewer where OCR lost the blank line between two of them (:func:`_unglued`)
    return any(k * (n - 2) <= count <= k * (n - 1) for k in range(1, count // max(1, n - 2) + 1))


def _month_soon(blocks: list[tuple[int, list[Line]]], i: int, n: int) -> bool:
    """A month's cell opens a row within the next ``n - 1`` blocks from ``blocks[i]``, none of them the text's next
    part or a paragraph well below: the cells between are scraps of the row above, not the text after the table."""
    for gap, blk in blocks[i + 1:i + n]:
        if gap > 2 or not blk or ends_period_table(" ".join(x.text for x in blk).strip(" *")):
            return False
        if period_key(blk[:1]):
            return True
    return False


def _unglued(cells: list[list[Line]]) -> list[list[Line]]:
    """A row's cells (after its month) one short, two of them glued where a page break fell and took the blank line
    between them (a scan: "2. Rà soát, bổ sung quy hoạch … nhiệm" / "kỳ 2040 - 2045" / page 2 / "Ban Tổ chức Huyện
    ủy"; "Đảng ủy Quân sự huyện" / page 2 / "UBND huyện; Công an huyện"): the last cell of several lines whose last
    line names a body (a body's head word, a capital first, short) parted before that line. A wrapped line of a task
    goes on in a small letter or a figure; the cells as given when no cell ends so."""
    for k in range(len(cells) - 1, -1, -1):
        last = cells[k][-1] if len(cells[k]) > 1 else None
        if last is not None and len(last.text) <= _CELL_CHARS and last.text[:1].isupper() and V.ORG_HEAD_RE.match(last.view):
            return [*cells[:k], cells[k][:-1], [last], *cells[k + 1:]]
    return cells


def merged_period_row(above: dict[int, list[Line]] | None, blocks: list[tuple[int, list[Line]]], i: int, n: int) -> bool:
    """``blocks[i]``, where a new row opens at the period's column, is a row of the month above whose month cell the
    page merged down over its rows ("Tháng 01/2040" spanning the rows "1. Triển khai …" and "2. Chương trình kiểm tra
    …" of a Ban Thường vụ's Chương trình công tác năm, "Tháng | Nội dung | Cơ quan chủ trì chuẩn bị | Cơ quan phối
    hợp"): the page writes that row one cell short, so it opens with its task, not its month. So when the row above
    holds a month (its own or one carried down), this block is no month itself, and the cells after it (one blank line
    apart) are fewer than the row's other columns and open with a short one (the body in charge, never a paragraph):
    the text after the table ("4. Tổ chức thực hiện" / "Các phòng …") fails the last test."""
    gap, blk = blocks[i]
    if not blk or above is None or not period_key(above.get(0, [])) or period_key(blk):
        return False
    txt = " ".join(x.text for x in blk).strip(" *")
    if txt.endswith(":") or (ends_period_table(txt) and not _NUMBERED.match(txt)):
        return False  # "V. TỔ CHỨC THỰC HIỆN", "- Các phòng:": the text after the table (a row's task may open "2. …")
    cells = []
    for g, b in blocks[i + 1:]:
        if g != 1:
            break
        cells.append(b)
    if not cells or len(cells) > n - 2 or not cells[0]:
        return False
    first = " ".join(x.text for x in cells[0]).strip(" *")
    return len(first) <= _CELL_CHARS and not first.endswith((".", ":", ";"))


def merged_group_row(above: dict[int, list[Line]] | None, blocks: list[tuple[int, list[Line]]], i: int, n: int) -> bool:
    """``blocks[i]``, where a new row opens at the first column of a table grouping its rows by a place or a group
    ("Xã | Đơn vị phụ trách | Thôn phụ trách | Nhiệm vụ trọng tâm", :data:`vocab.STACKED_GROUP_COL`), is a row of the
    group above whose cell the page merged down over its rows ("Cam Tuyền" over Trường THCS Cam Tuyền's row and
    Trường Tiểu học Cam Tuyền's, a54-07): the page writes that row one cell short, so it opens with its second
    column's cell. So when the row above holds the group's cell (its own or one carried down), this block and the
    cells after it one blank line apart are exactly one fewer than the columns, and then the row closes (two blank
    lines, or the text's end). A paragraph under the table fails it: "4. Lịch thực hiện" (a numbered item), a
    sentence ending ":" or a run of paragraphs whose second is long or closed by a full stop (a row's short cell)."""
    gap, blk = blocks[i]
    if not blk or above is None or not above.get(0):
        return False
    txt = " ".join(x.text for x in blk).strip(" *")
    if txt.endswith(":") or ends_period_table(txt):
        return False
    cells = []
    k = i + 1
    while k < len(blocks) and blocks[k][0] == 1:
        cells.append(blocks[k][1])
        k += 1
    if len(cells) != n - 2 or not all(cells) or (k < len(blocks) and blocks[k][0] < 2):
        return False
    first = " ".join(x.text for x in cells[0]).strip(" *")
    return len(first) <= _CELL_CHARS and not first.endswith((".", ":", ";"))


def carried_periods(rows: list[dict[int, list[Line]]]) -> list[dict[int, list[Line]]]:
    """``rows`` of a table whose rows open with their month, each row whose month cell is empty (the page left the
    merged cell blank below its first row: "| | 2. Chương trình kiểm tra … | Ủy ban Kiểm tra Huyện ủy | … |") given
    the month of the row above: the row's task falls due in that month (its lines, shared: one month, one deadline).
    A month printed again in each of its rows (a converter that repeats a merged cell's text, as a Word table's
    merged cell is read row by row) is that one cell too: the row takes the lines of the month's first row."""
    out: list[dict[int, list[Line]]] = []
    for row in rows:
        key = out[-1].get(0, []) if out else []
        if period_key(key) and any(row.get(c) for c in row if c) and (
                not row.get(0) or _month_words(row[0]) == _month_words(key)):
            row = {**row, 0: key}
        out.append(row)
    return out


def _month_words(cell: list[Line]) -> str:
    """A month's cell as its folded words, spacing and bold marks left out ("Tháng 01/2040")."""
    return " ".join(" ".join(x.view for x in cell).strip(" *").split())


def carried_month_cells(table: Table) -> Table:
    """``table`` read from its input's grid (a Word file, a Markdown page, a PDF), each row whose month cell is empty
    under a month (the page merged the cell down and the reader left the rows below it blank there) or prints the
    same month again (a Word file's merged cell, read on each of its rows) given the month's cell of the row above:
    one month, one cell — its rows' tasks fall due in it and the month is one deadline (:func:`carried_periods`, the
    same for a table whose cells stand one after the other). Only a table whose first column is the period's."""
    if table.role != "data" or not table.header or not V.STACKED_PERIOD_COL.match(fold(table.header[0]).strip(" *:")):
        return table
    rows = [table.rows[0]]
    for row in table.rows[1:]:
        key = rows[-1][0] if len(rows) > 1 and rows[-1] else None
        words = " ".join(fold(row[0].text).strip(" *").split()) if row else ""
        if key is not None and V.PERIOD_ROW_KEY.match(fold(key.text).strip(" *")) and len(row) > 1 \
                and any(c.text.strip() for c in row[1:]) \
                and (not words or words == " ".join(fold(key.text).strip(" *").split())):
            row = (key, *row[1:])
        rows.append(row)
    return replace(table, rows=tuple(rows))
