"""The cells of a column that says when each row's event is held: its months are the event's running time, no due date.

Why: a Ban Chỉ đạo's plan for blood drives gives each unit its quota and the months it holds its drives ("TT | Đơn vị |
Chỉ tiêu (đơn vị máu) | Thời gian tổ chức" / "1 | Phường An Xuyên | 1.600 | Tháng 3, 7, 11"). The time column there
says when the row's event takes place — a schedule, like the running period of a campaign, which the labels leave
out ("the months in the table column 'Thời gian tổ chức' are the schedule of each unit's blood drives", t33-05) —
not by when a task must be done, as a "Thời gian hoàn thành" column does. Read as a due column, every month of
every row came out as a deadline (17 a plan).

Kept: a dated day in such a cell ("Ngày 20/3/2029", "8 giờ 00 ngày 19/5/2029"): an event the plan fixes on a day is
dated, as a ceremony's timetable row is (:mod:`.timetable_words`); only the cells that name no day are returned.
"""

from __future__ import annotations

import re

from vanban.models import Table
from vanban.text import fold

__all__ = ["HELD_TIME_COL", "held_time", "held_time_cells"]

#: a column naming when the row's event is held ("Thời gian tổ chức", "Thời điểm tổ chức", "Lịch tổ chức", "Tháng
#: tổ chức"; folded header cell, fullmatched once its bold marks are stripped)
HELD_TIME_COL = re.compile(r"(?:thoi gian|thoi diem|lich|thang)\s+to\s+chuc(?:\s+(?:du kien|dot [a-z ]+))?")
#: a cell that names a day: "20/3", "ngày 19", "19/5/2029" (folded)
_DAY = re.compile(r"\d{1,2}\s*/\s*\d{1,2}|(?<![a-z])ngay\s+\d")


def held_time(head: str, cell: str) -> bool:
    """``cell`` under the column named ``head`` (both as printed) is a row's running time: the column names when the
    row's event is held (:data:`HELD_TIME_COL`) and the cell names no day."""
    return bool(HELD_TIME_COL.fullmatch(fold(head).strip(" *_:.|")) and cell.strip() and not _DAY.search(fold(cell)))


def held_time_cells(tables: tuple[Table, ...]) -> list[tuple[int, int]]:
    """The extents of the non-empty cells under a held-time column (:data:`HELD_TIME_COL`) of the data tables that
    name no day (months, quarters, a year): the rows' running times, to be masked from the deadline grammar."""
    out: list[tuple[int, int]] = []
    for t in tables:
        if t.role != "data" or not t.header:
            continue
        for row in t.rows[1:]:
            out += [(cell.start, cell.end) for head, cell in zip(t.header, row) if held_time(head, cell.text)]
    return out
