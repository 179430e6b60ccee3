"""The cells of a report calendar's column of data periods: the dates there say which days the figures cover, not
by when the report is due.

Why: a Sở's Công văn on the reporting regime lists its reports as a table ("Tên báo cáo | Kỳ báo cáo, ngày chốt số
liệu | Thời hạn gửi | Đơn vị thực hiện | Nơi nhận"): "Hằng tháng; số liệu từ ngày 15 tháng trước đến ngày 14 tháng báo
cáo" or "Định kỳ 6 tháng; chốt số liệu ngày 14/6 và ngày 14/12" is the period of the data (its cut-off day), the
report is due by the "Thời hạn gửi" beside it ("Trước ngày 17 hằng tháng"). The deadline grammar read "đến ngày 14"
as a due day and the obligations of the rows took the cut-off as their deadline (t31-06's labels: the cut-off cells
are no deadlines). Only beside a due column: a column of periods alone is all the row says of its time.

When an OCR lost the table's grid, its cells come a line each ("Ngày 14 hằng tháng" / "" / "Trước ngày 17 hàng
tháng", a31-06's legacy OCR): a bare cut-off day on a line of its own right above a due day of the row
(:func:`cutoff_lines`), in a text whose header cells name the cut-off column, is that column's cell alike.
"""

from __future__ import annotations

import re

from vanban.extract.patterns import TRUOC
from vanban.models import Table
from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["cutoff_lines", "data_period_cells"]

#: a column naming the period or the cut-off day of the data (folded header cell, searched): "Kỳ báo cáo, ngày chốt
#: số liệu", "Thời điểm chốt số liệu", "Phạm vi số liệu", "Kỳ số liệu"
DATA_PERIOD_COL = re.compile(r"chot so lieu|(?<![a-z])ky (?:bao cao|so lieu)(?![a-z])|pham vi so lieu")
#: … not one that names the sending time too ("Kỳ báo cáo và thời hạn gửi")
_SENDING = re.compile(r"thoi han|(?<![a-z])han (?:nop|gui)|(?<![a-z])(?:gui|nop)(?![a-z])")


def data_period_cells(tables: tuple[Table, ...]) -> list[tuple[int, int]]:
    """The extents of the non-empty cells under a data-period column of the data tables that have a due column
    besides (:data:`vocab.TASK_DUE_COL`)."""
    out: list[tuple[int, int]] = []
    for t in tables:
        if t.role != "data" or not t.header:
            continue
        head = [fold(h) for h in t.header]
        periods = [i for i, h in enumerate(head) if DATA_PERIOD_COL.search(h) and not _SENDING.search(h)]
        if not periods or not any(V.TASK_DUE_COL.search(h) for i, h in enumerate(head) if i not in periods):
            continue
        out += [(row[c].start, row[c].end) for c in periods for row in t.rows[1:] if c < len(row) and row[c].text.strip()]
    return out


#: the cut-off column's header cell on a line of its own (folded): "Ngày chốt số liệu", "Thời điểm chốt số liệu"
_CUTOFF_HEAD = re.compile(r"(?m)^[ \t|*_]*(?:ngay|thoi diem)\s+chot\s+so\s+lieu[ \t|*_]*$")
#: a bare day of a cycle alone on its line ("Ngày 14 hằng tháng", "Ngày 10 của tháng cuối quý", "Ngày 14/6"), then
#: blank lines and a line that opens with a due word before a day ("Trước ngày 17 hàng tháng", "Chậm nhất ngày 23 …")
_CUTOFF_LINE = re.compile(
    r"(?m)^[ \t|*_]*(?P<cell>ngay\s+\d{1,2}(?:\s*/\s*\d{1,2})?(?:\s+(?:hang|moi)\s+thang|\s+cua\s+thang\s+cuoi\s+quy)?)"
    rf"[ \t|*_]*\n(?:[ \t]*\n)*[ \t|*_]*(?:{TRUOC}|cham\s+nhat)\s+(?:ngay\s+)?\d")


def cutoff_lines(view: str) -> list[tuple[int, int]]:
    """The extents of the cut-off days a report calendar whose grid was lost writes a line each above their due days
    (``view``: the folded text), when a line of its own names the cut-off column; none otherwise."""
    if not _CUTOFF_HEAD.search(view):
        return []
    return [m.span("cell") for m in _CUTOFF_LINE.finditer(view)]
