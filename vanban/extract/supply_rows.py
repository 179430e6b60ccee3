"""A table of the equipment or supplies a plan provides, "TT | Phương tiện, dụng cụ | Đơn vị tính | Số lượng": each
row's quantity one target, counted in its unit cell.

Why (tgt38a): a UBND xã's Kế hoạch bảo vệ rừng và phòng cháy, chữa cháy rừng sets out the tools it keeps ready ("UBND
xã bảo đảm phương tiện, dụng cụ chữa cháy tại chỗ như sau:") in a table of item, unit and quantity ("Bàn dập lửa | cái |
180", "Máy thổi gió | máy | 12"; a36-06, whose labels count every row). The figure stands alone in its cell, its unit
in the cell before it: the prose grammar reads a number followed by its unit and finds none there. The quantity is what
the plan provides, as the doses of a vaccination plan (:mod:`.supply_totals`) and the counts of a task table
(:mod:`.count_columns`) are: a target, min = max = the figure, its unit the unit cell's words (lower-cased), the row's
item its scope.

Only a table of these columns alone reads so: an item column, a unit column ("Đơn vị tính", "ĐVT"), a bare quantity
column ("Số lượng"), and at most an order ("TT", "STT") and a note column ("Ghi chú"). A cost estimate adds a unit price
and a sum ("Đơn giá | Thành tiền": cost lines, no targets, the labels' authors say) and a stock table says what is on
hand ("Số lượng hiện có"): neither has these columns alone. A total row ("Tổng cộng", "Cộng") sums unlike things and
is not read. The order column may be spelled out ("Số TT", "Số thứ tự", rt39: a UBND tỉnh's norm of the items each
boarding pupil is issued, "Số TT | Tên đồ dùng | Đơn vị tính | Số lượng").

A normative text may say, right after the table, that its quantities are floors ("… bảo đảm số lượng tối thiểu nêu
trên", "các định mức trên là mức tối thiểu"): each row is then a minimum, min only, as the labels README reads "tối
thiểu" (rt39). Only the prose after the table up to the next Điều is read (the sentence may follow a second table of
the same article: "Căn cứ khoản 1 và khoản 2 … số lượng tối thiểu nêu trên"), so a "tối thiểu" of another article
does not turn the rows into floors.
Tests: tests/test_targets_tgt38a.py, tests/test_targets_rt39.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vanban.extract.item_count_rows import ItemCounts, item_count_cells
from vanban.extract.numbers import FIGURE_CELL_RE, parse_number
from vanban.extract.table_heads import head_column, head_key, head_keys
from vanban.models import Table, Target
from vanban.structure import vocab as V
from vanban.structure.figure_tables import grouped_head
from vanban.text import fold

__all__ = ["supply_row_cells"]

#: the prose after a table calling its quantities floors: "số lượng tối thiểu nêu trên", "là mức tối thiểu"
_FLOOR_AFTER = re.compile(r"\b(?:so luong|muc|dinh muc)\s+toi thieu\s+(?:(?:neu|quy dinh|ghi|tai|o|theo)\s+){1,3}"
                          r"(?:tren|bang|danh muc)\b"
                          r"|\b(?:cac )?(?:so luong|dinh muc|muc)\s+(?:neu\s+)?tren\s+la\s+(?:muc\s+)?toi thieu")
_FLOOR_REACH = 3000  # characters after the table's end at most, cut at the next article
_NEXT_ARTICLE = re.compile(r"\n\W*dieu\s+\d+\b")
_UNIT_CELL = re.compile(r"^[^\d]{1,20}$")  # a unit's word or two ("cái", "bộ", "chiếc"), no figure


def _supply_columns(header: tuple[str, ...]) -> tuple[int, int, dict[int, str | None]] | None:
    """(item, unit, {quantity column: the scope its sub-head adds}) of an item | unit | quantity header, else None (see
    the module).

    A quantity column may be split by a second header row, "Số lượng" over "Cấp trung học cơ sở | Cấp trung học phổ
    thông" (left40: the norm of what each pupil is issued a year, by school level; the table model names each column by
    both rows, "Số lượng: Cấp trung học cơ sở", :func:`vanban.structure.figure_tables.grouped_head`): each is a
    quantity column, its sub-head the scope of its figures (the level whose pupils get them)."""
    head = head_keys(header)
    qtys: dict[int, str | None] = {}
    for i, h in enumerate(header):
        group, sub = grouped_head(" ".join(h.split()))
        if V.QUANTITY_COL.fullmatch(head[i]) or group and V.QUANTITY_COL.fullmatch(head_key(group)):
            qtys[i] = sub if group else None
    unit = head_column(head, V.TASK_UNIT_COL.fullmatch, skip=tuple(qtys))
    if not qtys or unit is None:
        return None
    rest = [i for i in range(len(head)) if i not in qtys and i != unit and not (V.ORDER_COL.fullmatch(head[i]) or V.NOTES_COL.match(head[i]))]
    if len(rest) != 1 or rest[0] > unit:
        return None  # one item column, before the unit's
    return rest[0], unit, qtys


def _count(cell: str, unit: str) -> tuple[float, str] | None:
    """(figure, unit cell's words lower-cased) of a quantity cell holding a bare figure, else None (no figure, "0", or
    a unit cell that is no unit of its own: :data:`_UNIT_CELL`)."""
    fig = FIGURE_CELL_RE.match(fold(cell))
    n = parse_number(fig.group("n")) if fig else None
    return (n, unit.lower()) if n and _UNIT_CELL.match(unit) else None


#: a supply table's rows: the quantity cell a bare figure, its unit the unit cell's; the row's text its three cells
SUPPLY = ItemCounts(columns=_supply_columns, count=_count, name=str.strip,
                    text=lambda name, unit, cell: f"{name} | {unit} | {cell.strip()}")


def _floors(text: str, t: Table) -> bool:
    """True when the prose after table ``t`` in ``text``, up to the next Điều, calls its quantities floors."""
    after = fold(text[t.end:t.end + _FLOOR_REACH]) if text else ""
    cut = _NEXT_ARTICLE.search(after)
    return bool(_FLOOR_AFTER.search(after[:cut.start() if cut else len(after)]))


def supply_row_cells(tables: tuple[Table, ...], skip: Sequence[tuple[int, int]] = (),
                     sections: Sequence[tuple[int, int]] = (), text: str = ""
                     ) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the quantity cells of the supply tables among ``tables`` (see the module), none of a
    table under ``skip`` (the situation / results parts, ``sections`` the spans of the sections: "I. THỰC TRẠNG … Hiện có các
    phương tiện sau:" lists what is on hand, no goal); ``text`` the document's, to read the prose after each table (its
    quantities called minimums: min only): :func:`.item_count_rows.item_count_cells` on :data:`SUPPLY`."""
    return item_count_cells(tables, SUPPLY, skip, sections, lambda t: _floors(text, t))
