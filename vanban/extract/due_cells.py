"""The due cells of a document's task tables: where a row's time is written, whatever its column is named.

Why: a task table's time column is headed "Thời gian hoàn thành" in most plans, but also "Thời gian thực hiện",
"Thời gian giám sát", "Thời hạn", "Tiến độ" (:data:`vanban.structure.vocab.TASK_DUE_COL`), and its cell holds a
partial date ("Tháng 3/2027", "Quý II/2027"), two of them ("Tháng 4/2027 và tháng 9/2027"), or a span of years
("2027 - 2028"). A month or a year there has no due word before it, yet it is that row's deadline (the labels: a
partial date is the interval of its whole period). The deadline grammar reads a date inside a due cell as due; the
undated-dues step shows a cell's words when it names no date ("Thường xuyên").
"""

from __future__ import annotations

from vanban.models import Table
from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["DueCell", "due_cells", "key_cells"]

#: a due cell longer than this is prose that slid into the column, not a time
MAX_CELL_CHARS = 80

#: (row start, row end, cell start, cell end, words)
DueCell = tuple[int, int, int, int, str]

def due_cells(tables: tuple[Table, ...], completion_only: bool = False) -> list[DueCell]:
    """Every non-empty due cell of the data tables whose header names a due column, in text order; with
    ``completion_only``, only those of a column that names a completion time."""
    out: list[DueCell] = []
    for t in tables:
        if t.role != "data" or not t.header:
            continue
        due = next((i for i, h in enumerate(t.header) if V.TASK_DUE_COL.search(fold(h))), None)
        if due is None or (completion_only and not V.TASK_COMPLETION_COL.search(fold(t.header[due]))):
            continue
        for row in t.rows[1:]:
            if due < len(row) and row[due].text.strip():
                words = " ".join(row[due].text.split()).strip(" .;")
                if words and len(words) <= MAX_CELL_CHARS:
                    out.append((row[0].start, row[-1].end, row[due].start, row[due].end, words))
    return out


def key_cells(tables: tuple[Table, ...]) -> list[tuple[int, int]]:
    """(start, end) of the cells of the data tables with a due column that stand in a column no header names as a
    time: a Phụ lục's first column keying its rows by year ("Năm | Tên mô hình | Đơn vị chủ trì | Chỉ tiêu | Thời gian
    hoàn thành" / "2027" / … / "Quý III/2027", t19-04): the year the row belongs to, not its due date."""
    out: list[tuple[int, int]] = []
    for t in tables:
        if t.role != "data" or not t.header:
            continue
        head = [fold(h) for h in t.header]
        if not any(V.TASK_DUE_COL.search(h) for h in head):
            continue
        keys = [i for i, h in enumerate(head) if V.STACKED_YEAR_COL.match(h.strip(" *"))]
        for row in t.rows[1:]:
            out += [(row[i].start, row[i].end) for i in keys if i < len(row) and row[i].text.strip()]
    return out
