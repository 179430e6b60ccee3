"""The rows of a table that lists items and how many of each a plan provides, one count a row: the one reader of the
tables of :mod:`.supply_rows` ("Phương tiện, dụng cụ | Đơn vị tính | Số lượng": "Bàn dập lửa | cái | 180") and
:mod:`.roster_rows` ("Lực lượng, phương tiện | Số lượng": "Dân quân cơ động | 32 đồng chí").

Why: the two kinds read their rows alike — each data table with a header row whose columns the kind names, not one
under a situation or results part (what is on hand or was mustered, no goal: :func:`.table_heads.under_parts`); each
row with an item and a count of its own, not the total row ("Tổng cộng", "Cộng": it sums unlike things); a target
of min = max = the count (min only when the plan calls its figures floors), its unit, the item its scope, its span the
count cell. Only what tells the kinds apart is theirs, given here as data (:class:`ItemCounts`): which columns the
header names, how a count cell reads (a bare figure with its unit in the unit cell, or a figure with its noun in the
cell), and how a row's text is written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from vanban.extract.table_heads import headed_tables, under_parts
from vanban.models import Span, Table, Target
from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["ItemCounts", "item_count_cells"]


@dataclass(frozen=True)
class ItemCounts:
    """One kind of table of items and their counts.

    ``columns(header)``: (item column, unit column or None, {count column: the scope its sub-head adds, or None}),
    or None when the header is not the kind's; ``count(cell, unit)``: (figure, unit) read from a count cell's text and
    the unit cell's words ("" without a unit column), or None when the cell holds no count of its own (no figure, "0",
    a unit cell that is none); ``name(cell)``: the item as the row's text and scope give it; ``text(item, unit,
    cell)``: the row's text (its cells joined by " | ", the labels' way for a table row)."""

    columns: Callable[[tuple[str, ...]], tuple[int, int | None, dict[int, str | None]] | None]
    count: Callable[[str, str], tuple[float, str] | None]
    name: Callable[[str], str]
    text: Callable[[str, str, str], str]


def item_count_cells(tables: Sequence[Table], kind: ItemCounts, skip: Sequence[tuple[int, int]] = (),
                     sections: Sequence[tuple[int, int]] = (), floor: Callable[[Table], bool] = lambda t: False
                     ) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the count cells of the ``kind`` tables among ``tables`` (see the module), none of a table
    under ``skip`` (the situation / results parts) or below one that is a whole section (``sections``: their spans);
    ``floor(table)`` True when the plan calls that table's counts floors (min only)."""
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    for t in headed_tables(tables):
        cols = kind.columns(t.header)
        if cols is None or under_parts(t.start, skip, sections):
            continue
        item, unit, counts = cols
        least = floor(t)
        for row in t.rows[1:]:
            for col, sub in counts.items():
                if max(item, unit or 0, col) >= len(row):
                    continue
                name, cell = kind.name(row[item].text), row[col]
                words = " ".join(row[unit].text.split()).strip("* ") if unit is not None else ""
                got = kind.count(cell.text, words)
                if got is None or not name or V.QUOTA_TOTAL_ROW_RE.match(fold(name).strip(" *.:")):
                    continue  # no count of its own, or the total row
                n, u = got
                out.append(Target(text=kind.text(name, words, cell.text), min=n, max=None if least else n, unit=u,
                                  scope=f"{sub}: {name}" if sub else name, span=Span(cell.start, cell.end, cell.text)))
                read.append((cell.start, cell.end))
    return out, read
