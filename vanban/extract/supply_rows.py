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
is not read.
Tests: tests/test_targets_tgt38a.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vanban.extract.numbers import FIGURE_CELL_RE, parse_number
from vanban.extract.table_heads import head_column, head_keys, headed_tables
from vanban.models import Span, Table, Target
from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["supply_row_cells"]

_QUANTITY_HEAD = re.compile(r"^so luong$")
_ORDER_OR_NOTE_HEAD = re.compile(r"^(?:s?tt|ghi chu)$")
_UNIT_CELL = re.compile(r"^[^\d]{1,20}$")  # a unit's word or two ("cái", "bộ", "chiếc"), no figure


def _supply_columns(header: tuple[str, ...]) -> tuple[int, int, int] | None:
    """(item, unit, quantity) columns of an item | unit | quantity header, else None (see the module)."""
    head = head_keys(header)
    qty = head_column(head, _QUANTITY_HEAD.match)
    unit = head_column(head, V.TASK_UNIT_COL.fullmatch, skip=(qty,))
    if qty is None or unit is None:
        return None
    rest = [i for i in range(len(head)) if i not in (qty, unit) and not _ORDER_OR_NOTE_HEAD.match(head[i])]
    if len(rest) != 1 or rest[0] > unit:
        return None  # one item column, before the unit's
    return rest[0], unit, qty


def _under(start: int, parts: Sequence[tuple[int, int]], sections: Sequence[tuple[int, int]]) -> bool:
    """``start`` (a table's) lies in one of ``parts``, or below a part that is a whole section (``sections``: their
    spans), before the next section: a section's span holds its prose, the table printed below its lead-in is left out
    of it. A part cut short inside its section (its tasks' intro, "… nhiệm vụ sau:") reaches no further."""
    for s, e in parts:
        if s <= start < e:
            return True
        nxt = min([s1 for s1, _ in sections if s1 > s] or [start + 1])
        if (s, e) in sections and e <= start < nxt:
            return True
    return False


def supply_row_cells(tables: tuple[Table, ...], skip: Sequence[tuple[int, int]] = (),
                     sections: Sequence[tuple[int, int]] = ()
                     ) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the quantity cells of the supply tables among ``tables`` (see the module), none of a
    table under ``skip`` (the situation / results parts, ``sections`` the spans of the sections: "I. THỰC TRẠNG … Hiện có các
    phương tiện sau:" lists what is on hand, no goal)."""
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    for t in headed_tables(tables):
        cols = _supply_columns(t.header)
        if cols is None or _under(t.start, skip, sections):
            continue
        item, unit, qty = cols
        for row in t.rows[1:]:
            if max(item, unit, qty) >= len(row):
                continue
            name, u, cell = row[item].text.strip(), " ".join(row[unit].text.split()).strip("* "), row[qty]
            fig = FIGURE_CELL_RE.match(fold(cell.text))
            n = parse_number(fig.group("n")) if fig else None
            if not n or not name or V.QUOTA_TOTAL_ROW_RE.match(fold(name).strip(" *.:")) or not _UNIT_CELL.match(u):
                continue  # no figure, "0", a total row, or no unit of its own
            out.append(Target(text=f"{name} | {u} | {cell.text.strip()}", min=n, max=n, unit=u.lower(), scope=name,
                              span=Span(cell.start, cell.end, cell.text)))
            read.append((cell.start, cell.end))
    return out, read
