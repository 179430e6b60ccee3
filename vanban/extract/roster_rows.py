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

from vanban.extract.numbers import NUMBER, parse_number
from vanban.extract.table_heads import head_column, head_keys, headed_tables, under_parts
from vanban.models import Span, Table, Target
from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["roster_row_cells"]

#: a count cell: the figure, its noun (up to four words, no digit), perhaps a bracket after ("06 người (01 bác sĩ)")
_COUNT_CELL = re.compile(rf"^\s*(?P<n>{NUMBER})\s+(?P<u>[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}})\s*(?:\([^()]*\))?\s*$")


def roster_row_cells(tables: Sequence[Table], skip: Sequence[tuple[int, int]] = (),
                     sections: Sequence[tuple[int, int]] = ()) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the count cells of the rosters among ``tables`` (see the module), none of a table
    under ``skip`` (the results parts) or below one that is a whole section (``sections``: their spans; the table under
    a part's lead-in lies outside its span, :func:`.table_heads.under_parts`)."""
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    for t in headed_tables(tables):
        heads = head_keys(t.header)
        item = head_column(heads, V.MEANS_ROSTER_COL.fullmatch)
        count = head_column(heads, V.MEANS_COUNT_COL.fullmatch)
        if item is None or count is None or item > count or under_parts(t.start, skip, sections):
            continue
        for row in t.rows[1:]:
            if max(item, count) >= len(row):
                continue
            name, cell = " ".join(row[item].text.split()).strip("* "), row[count]
            m = _COUNT_CELL.match(cell.text.replace("*", ""))
            n = parse_number(m.group("n")) if m else None
            if not n or not name or V.QUOTA_TOTAL_ROW_RE.match(fold(name).strip(" *.:")):
                continue  # no count of its own, "0", or the total row
            text = f"{name} | {' '.join(cell.text.split()).strip('* ')}"
            out.append(Target(text=text, min=n, max=n, unit=m.group("u").lower(), scope=name,
                              span=Span(cell.start, cell.end, cell.text)))
            read.append((cell.start, cell.end))
    return out, read
