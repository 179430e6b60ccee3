"""A table of the gifts (or allowances) a plan hands out by group: "Đối tượng | Số suất | Mức quà (đồng/suất) | Thành
tiền (đồng)", each row's count of items one target in "suất".

Why (tgt35c): a plan for a holiday's gifts to người có công lists, for each group of recipients, how many gifts it gives,
what each is worth and the row's sum (t34-08). The count is what the plan sets out to give: min = max = the figure,
counted in the head's noun ("suất"), the row's group its scope. The money columns are not targets: the worth of each
item is read off the head "(đồng/suất)" and the row's sum is a product of the two (the labels count neither), nor is the
"Tổng cộng" row (the plan's total of the counts, no figure it sets of its own).

The table code elsewhere reads a "Số …" column as a present count ("Số hộ", "Số xã": how things stand), so the count
column alone does not tell it: the table's kind does. A gift table has, beside its count "Số suất" / "Số suất quà" /
"Số phần quà", a column of each item's worth ("Mức quà", "Mức hỗ trợ", "Giá trị mỗi suất", "… (đồng/suất)") or of the
row's sum ("Thành tiền"). Tests: tests/test_targets_tgt35c.py.
"""

from __future__ import annotations

import re

from vanban.extract.numbers import NUMBER, parse_number
from vanban.extract.table_heads import head_column, head_key, head_keys, headed_tables
from vanban.models import Span, Table, Target
from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["gift_quota_cells"]

#: the count's head (folded, whole): "Số suất", "Số suất quà", "Số phần quà", "Số lượng suất quà"; group "noun" its unit
_COUNT_HEAD = re.compile(r"^so\s+(?:luong\s+)?(?P<noun>suat|phan)(?:\s+qua)?(?:\s*\((?:suat|phan)\))?$")
#: a head of each item's worth or of the row's sum: the table's kind
_MONEY_HEAD = re.compile(r"^(?:muc\s+(?:qua|ho\s+tro|tang|chi)|gia\s+tri|tri\s+gia|thanh\s+tien)\b|/\s*(?:suat|phan)\)")
#: the recipients' column: "Đối tượng", "Đối tượng được tặng quà", "Nhóm đối tượng"
_WHO_HEAD = re.compile(r"^(?:nhom\s+)?doi\s+tuong\b")
_FIGURE_CELL = re.compile(rf"^\s*(?P<n>{NUMBER})\s*$")


def _columns(header: tuple[str, ...]) -> tuple[int, int] | None:
    """(count column, recipients' column) of a gift table's header, else None (see the module)."""
    head = head_keys(header)
    count = head_column(head, _COUNT_HEAD.match)
    who = head_column(head, _WHO_HEAD.match)
    if count is None or who is None or not any(_MONEY_HEAD.search(h) for i, h in enumerate(head) if i != count):
        return None
    return count, who


def gift_quota_cells(tables: tuple[Table, ...]) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the gift tables among ``tables``: each group's count of items (see the module). The
    spans are the whole rows', so the prose reader's figures of the money cells give way too."""
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    for t in headed_tables(tables):
        cols = _columns(t.header)
        if cols is None:
            continue
        count, who = cols
        unit = _COUNT_HEAD.match(head_key(t.header[count])).group("noun")
        unit = "suất" if unit == "suat" else "phần"
        for row in t.rows[1:]:
            if count >= len(row) or who >= len(row) or not row:
                continue
            cells = [c for c in row if c.text.strip()]
            if cells:
                read.append((min(c.start for c in cells), max(c.end for c in cells)))
            group = " ".join(row[who].text.split()).strip(" *")
            if not group or V.QUOTA_TOTAL_ROW_RE.match(fold(group)):
                continue  # a row of the sums ("Tổng cộng", "Cộng"), not a group
            fig = _FIGURE_CELL.match(fold(row[count].text).strip(" *"))
            n = parse_number(fig.group("n")) if fig else None
            if not n:
                continue
            cell = row[count]
            out.append(Target(text=cell.text, min=n, max=n, unit=unit, scope=group, period=None,
                              span=Span(cell.start, cell.end, cell.text)))
    return out, read
