"""A period a task table names outside a row's due cell, when the rows carry their own times: no deadline.

Why: a Chương trình công tác lists its rows month by month under group rows ("| | Tháng 3/2027 | | |", the month
alone across the row) and gives each row its own time in the due column ("Tháng 3/2027", "Trước ngày 19/5/2027",
"Cuối tháng 6/2027"). Read as prose, the group row's month is a time frame of its own, so every month came out once
more than the labels have it (twice when a row's cell repeats it: "Tháng 02/2027" over a row due "Tháng 02/2027"),
and the periods a row's task cell names ("Hội nghị Ban Chấp hành Đảng bộ phường quý I/2027", "Kiểm tra … đảng phí 6
tháng đầu năm 2027") or its data-period column ("Kỳ số liệu | 6 tháng đầu năm 2027 | Thời hạn gửi | Trước ngày
15/7/2027") came out as deadlines beside the row's own. The labels (tune23's t23-08, t23-10: "each row counts as one
deadline from its Thời gian cell … the month group headings are not counted") date a row by its due cell alone.

Kept: a period said with a time word before it in the task cell ("hoàn thành trong quý IV/2026", "trước ngày …",
"vào tháng 5") — the task states its own time (:mod:`.row_tasks`); a recurrence; every date of a row whose due cell
holds no date ("Thường xuyên", "Hằng tháng") and a group row's period when no row below it is dated.
"""

from __future__ import annotations

import re

from vanban.extract.due_cells import due_column, due_columns
from vanban.extract.folded import kw
from vanban.models import Deadline, Table
from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["without_row_periods"]

#: a time word right before a date in a task cell (folded): the task states its own time there
_TIME_WORD_BEFORE = re.compile(
    rf"(?:{kw('trong')}|{kw('vao')}|{kw('tu')}|{kw('den')}|{kw('truoc')}|{kw('cham nhat')}|{kw('hoan thanh')}"
    rf"|{kw('xong')}|{kw('han')}|{kw('ket thuc')}|{kw('du kien')}|{kw('thoi gian')}|{kw('tien do')}"
    rf"|{kw('dip')}|{kw('cuoi')}|{kw('dau')}|{kw('giua')})\s*(?:{kw('het')}\s+)?(?:{kw('ngay')}\s+)?[:(]?\s*$")
#: a due cell that holds a date: a digit (a day, a month, a year, a quarter as a number) or a Roman quarter
_DATED = re.compile(r"\d|\b(?:qu[yý]|quí)\s+[IVX]+\b", re.I)


def without_row_periods(deadlines: list[Deadline], tables: tuple[Table, ...], view: str) -> list[Deadline]:
    """``deadlines`` without the bare periods named outside the due cell of a task table's dated rows, and without
    a group row's period in a table whose rows below it are dated (``view``: the folded text)."""
    drop: list[tuple[int, int, bool]] = []  # (start, end, whole cell too): the cells in which a bare period is no deadline
    for t in tables:
        if t.role != "data" or not t.header:
            continue
        head = [fold(h).strip(" *_:.") for h in t.header]
        due = due_column(head)
        if due is None:
            continue
        dues = due_columns(head)
        rows = [r for r in t.rows[1:] if r]
        dated = [due < len(r) and bool(_DATED.search(r[due].text)) for r in rows]
        for i, r in enumerate(rows):
            if dated[i]:
                # (each due column's cell is the row's own time: "Hạn gửi báo cáo | Thời gian làm việc", due_columns)
                drop += [(c.start, c.end, k < len(head) and bool(V.DATA_PERIOD_COL.match(head[k])))
                         for k, c in enumerate(r) if k not in dues]
            elif _group_row(r, due) and any(dated[i + 1:]):
                drop += [(c.start, c.end, True) for c in r]
    if not drop:
        return deadlines
    return [d for d in deadlines if not _bare_period_in(d, drop, view)]


def _group_row(row, due: int) -> bool:
    """A row with one filled cell, none in its due column: a group heading over the rows below ("Tháng 3/2027")."""
    filled = [k for k, c in enumerate(row) if c.text.strip(" *_|")]
    return len(filled) == 1 and filled[0] != due


#: a due word opening a deadline's own words ("Trước ngày 20/01/2027", "hoàn thành trong quý IV/2026")
_DUE_OPENING = re.compile(rf"(?:{kw('truoc')}|{kw('cham nhat')}|{kw('hoan thanh')}|{kw('xong')}|{kw('den')}|{kw('han')}"
                          rf"|{kw('tu')})(?![a-z])")


def _bare_period_in(d: Deadline, drop: list[tuple[int, int, bool]], view: str) -> bool:
    """True when ``d`` lies in one of ``drop``'s cells with no time word of its own before it, and no recurrence. A
    date filling a cell alone outside a data-period column is kept: in a legacy OCR's grid the rows slip, and the
    row's own time may stand in the next column ("Trước ngày 28/02/2027 | Tháng 3/2027", a group row's month)."""
    if d.recurrence or not d.span:
        return False
    cell = next(((a, b, whole) for a, b, whole in drop if a <= d.span.start and d.span.end <= b), None)
    if cell is None:
        return False
    a, b, whole = cell
    if not whole and view[a:b].strip(" \t\n*_|.;") == view[d.span.start:d.span.end].strip(" .;"):
        return False
    if _DUE_OPENING.match(fold(d.text or "")):
        return False
    line_start = view.rfind("\n", 0, d.span.start) + 1
    return not _TIME_WORD_BEFORE.search(view, max(line_start, d.span.start - 24), d.span.start)
