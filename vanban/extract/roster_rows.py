"""A roster of the forces and means a plan musters, "Lực lượng, phương tiện | Số lượng | Ghi chú": each row's count,
printed with its noun in its cell ("32 đồng chí", "03 xe"), one target.

Why (tgt50t): a UBND xã's Kế hoạch diễn tập chiến đấu phòng thủ lists, under "2. Lực lượng, phương tiện", what it calls
up in a table of item and count (t49-04: "Dân quân cơ động | 32 đồng chí | 01 trung đội", "Xe mô tô | 20 xe |"). The
count is what the plan assigns each force to provide: a target, min = max = the figure, counted in the cell's noun, the
row's item its scope, the row's cells joined by " | " its text (the labels' way for a table row). The older sets label
the forces and means a plan musters wherever they are its own list: the same list in prose lines of the diễn tập plans
("Dân quân: 126 người", "Công an xã: 18 người", "04 xe ô tô", "25 xe mô tô": a32-05, t32-05, every item) and the
equipment table of a forest-fire plan ("Bàn dập lửa | cái | 180", a36-06: :mod:`.supply_rows`) — no set leaves such a
list out. Not this kind: the forces a duty roster or a flood plan's table puts at each post or point, a "Lực lượng"
column beside the place and the time ("02 công an, 02 dân quân", a44-02, t44-02; "Lực lượng tại chỗ", a46-01, t46-01),
which those sets leave out — the table has more than an item and its count, and the structure stage opens no roster
on it. (Doses and supplies a plan estimates it will use are another kind again — authored48's authors call them
planned quantities, not goals; a count headed "dự kiến" or "hiện có" is an estimate or a stock, and no roster is opened
on it: :data:`vanban.structure.vocab.MEANS_COUNT_COL`.)

The structure stage opens the table (:func:`vanban.structure.columns._means_roster`: the item column naming forces or
means, a "Số lượng" / "Quân số" column, at most a number and a note column). Read here: each row whose count cell
opens with a figure and a noun of up to four words, the cell holding nothing else but a bracket; not the "Tổng cộng"
row (it sums the rows: "209 người; 04 xe ô tô (kể cả xe cứu thương); 20 xe mô tô", which t49-04's labels leave out),
and not a table under a results part (what a report says was mustered). Tests: tests/test_targets_tgt50t.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vanban.extract.item_count_rows import ItemCounts, item_count_cells
from vanban.extract.numbers import NUMBER, parse_number
from vanban.extract.table_heads import head_column, head_keys
from vanban.models import Table, Target
from vanban.structure import vocab as V

__all__ = ["roster_row_cells"]

#: a count cell: the figure, its noun (up to four words, no digit), perhaps a bracket after ("06 người (01 bác sĩ)")
_COUNT_CELL = re.compile(rf"^\s*(?P<n>{NUMBER})\s+(?P<u>[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}})\s*(?:\([^()]*\))?\s*$")


def _roster_columns(header: tuple[str, ...]) -> tuple[int, None, dict[int, None]] | None:
    """(item column, no unit column, {count column: None}) of a roster's header: the item column naming forces or
    means before a "Số lượng" / "Quân số" column, else None."""
    heads = head_keys(header)
    item = head_column(heads, V.MEANS_ROSTER_COL.fullmatch)
    count = head_column(heads, V.MEANS_COUNT_COL.fullmatch)
    return None if item is None or count is None or item > count else (item, None, {count: None})


def _count(cell: str, _unit: str) -> tuple[float, str] | None:
    """(figure, noun lower-cased) of a count cell printed with its noun ("32 đồng chí"), else None (or for a "0")."""
    m = _COUNT_CELL.match(cell.replace("*", ""))
    n = parse_number(m.group("n")) if m else None
    return (n, m.group("u").lower()) if n else None


#: a roster's rows: the count cell holds the figure and its noun, the row's text its item and that cell
ROSTER = ItemCounts(columns=_roster_columns, count=_count, name=lambda cell: " ".join(cell.split()).strip("* "),
                    text=lambda name, _unit, cell: f"{name} | {' '.join(cell.split()).strip('* ')}")


def roster_row_cells(tables: Sequence[Table], skip: Sequence[tuple[int, int]] = (),
                     sections: Sequence[tuple[int, int]] = ()) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the count cells of the rosters among ``tables`` (see the module), none of a table
    under ``skip`` (the results parts) or below one that is a whole section (``sections``: their spans; the table under
    a part's lead-in lies outside its span, :func:`.table_heads.under_parts`): :func:`.item_count_rows.item_count_cells`
    on :data:`ROSTER`."""
    return item_count_cells(tables, ROSTER, skip, sections)
