"""A data table's header as the extraction's table readers open it: the tables that have one, each head cell's folded
key, and the column a head grammar names.

Why: each reader of one kind of table (:mod:`.gift_quotas`, :mod:`.strive_columns`, :mod:`.supply_totals`,
:mod:`.count_columns`, :mod:`.dated_twins`, :mod:`.indicator_cells`) wrote the same steps again: keep the data tables
with a header row, fold each head cell the one way (its lines joined by single spaces, case and marks folded, the
emphasis and a closing dot or colon around it dropped: "**Số lượng\\nhọc viên:**" → "so luong hoc vien") and take
the first column whose key a grammar matches. One copy keeps every reader reading a head alike; each reader keeps its
own grammars (what its kind of table names).
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator, Sequence

from vanban.models import Table
from vanban.text import fold

__all__ = ["head_column", "head_key", "head_keys", "headed_tables", "under_parts"]


def head_key(cell: str) -> str:
    """The folded key of one head cell: whitespace runs as one space, folded, " *.:" stripped at both ends."""
    return fold(" ".join(cell.split())).strip(" *.:")


def head_keys(header: Iterable[str]) -> list[str]:
    """:func:`head_key` of each cell of a header row, in column order."""
    return [head_key(h) for h in header]


def headed_tables(tables: Iterable[Table]) -> Iterator[Table]:
    """The data tables among ``tables`` that have a header row (the others name no column to read)."""
    return (t for t in tables if t.role == "data" and t.header)


def head_column(heads: list[str], test: Callable[[str], object], skip: tuple[int | None, ...] = ()) -> int | None:
    """The first column whose key in ``heads`` (:func:`head_keys`) passes ``test`` (a grammar's ``match`` /
    ``search``), leaving out the columns in ``skip`` (taken already by another role); None when no column does."""
    return next((i for i, h in enumerate(heads) if i not in skip and test(h)), None)


def under_parts(start: int, parts: Sequence[tuple[int, int]], sections: Sequence[tuple[int, int]]) -> bool:
    """``start`` (a table's) lies in one of ``parts``, or below a part that is a whole section (``sections``: their
    spans), before the next section: a section's span holds its prose, the table printed below its lead-in is left out
    of it (a report's "I. KẾT QUẢ ĐẠT ĐƯỢC … Tham gia diễn tập gồm các lực lượng sau:" over its roster: what was mustered,
    no goal; :mod:`.supply_rows`, :mod:`.roster_rows`). A part cut short inside its section (its tasks' intro, "…
    nhiệm vụ sau:") reaches no further."""
    for s, e in parts:
        if s <= start < e:
            return True
        nxt = min([s1 for s1, _ in sections if s1 > s] or [start + 1])
        if (s, e) in sections and e <= start < nxt:
            return True
    return False
