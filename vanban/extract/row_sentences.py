"""A fact read in a table's cell is quoted by its row, never by the flattened table.

Kind: the ``sentence`` of a deadline, target, obligation or citation found in a cell of a data table. The grammars
read the text, where a table is its cells one after the other with no full stop between them: the sentence around a
date in the last column ran from the header over every row ("TT Nội dung Đơn vị chủ trì Thời gian thực hiện 1 Rà
soát … 3 Xây dựng mô hình … Năm 2026 4 Báo cáo …"), while the row beside it was quoted by its row, or its date cell
alone. What ``vanban extract --format json``, the checklist's "Nguồn" and the web page show is the row the fact
stands in — its cells in order, as the obligations of a task table are quoted — and, where the row is too long to
quote (a row of whole paragraphs), the cell holding the fact after the row's first cell (its STT or its heading).
The fact's own offsets (``span.start``/``span.end``, into the stored text, given as ``start``/``end`` in the JSON) do
not change; a sentence already within its row that says more than the fact (one sentence of a long cell) stays, a
quote of the date cell alone ("Tháng 6/2026") becomes the row.
"""

from __future__ import annotations

import bisect
import dataclasses
from typing import Any, Sequence

from vanban.extract.folded import clean_quote
from vanban.models import Citation, Deadline, Obligation, Table, Target

__all__ = ["body_rows", "row_sentences", "ROW_QUOTE"]

#: a row quoted whole up to this length (the obligations' own quotes are cut at 1000)
ROW_QUOTE = 1000


def body_rows(tables: Sequence[Table]) -> tuple[tuple[int, int], ...]:
    """The extents of the data tables' rows under their header row, in text order: where a date in a cell reads its
    sentence (``deadlines.find_deadlines``). The flattened table has no full stop between its cells, so the sentence
    around the first row's date ran back over the header row and the caption above the table ("Bảng 1. Chỉ tiêu …
    theo thôn Thôn Số hộ Chỉ tiêu Thời hạn Thôn Bắc 420 360", the session-36 newcomer) and became its task."""
    out = []
    for t in tables:
        if t.role != "data":
            continue
        for row in t.rows[1 if t.header else 0:]:
            cells = [c for c in row if c.end > c.start]
            if cells:
                out.append((min(c.start for c in cells), max(c.end for c in cells)))
    return tuple(sorted(out))


class _Rows:
    """The data tables' rows by offset: which row holds a position (a cell's start ≤ pos < a cell's end)."""

    def __init__(self, tables: Sequence[Table]) -> None:
        rows = []
        for t in tables:
            if t.role != "data":
                continue
            for row in t.rows:
                cells = [c for c in row if c.end > c.start]
                if cells:
                    rows.append((min(c.start for c in cells), max(c.end for c in cells), tuple(cells)))
        rows.sort(key=lambda r: r[0])
        self.rows = rows
        self.starts = [r[0] for r in rows]
        self.quotes: dict[int, str] = {}

    def holding(self, start: int, end: int) -> tuple[int, tuple] | None:
        i = bisect.bisect_right(self.starts, start) - 1
        if i < 0:
            return None
        s, e, cells = self.rows[i]
        if not (s <= start < e and end <= e):
            return None
        if not any(c.start <= start < c.end for c in cells):  # between cells: not a cell's fact
            return None
        return i, cells

    def quote(self, i: int, cells: tuple, start: int) -> str:
        if i not in self.quotes:
            self.quotes[i] = clean_quote(" ".join(c.text for c in cells if c.text.strip()))  # it collapses spaces
        whole = self.quotes[i]
        if len(whole) <= ROW_QUOTE:
            return whole
        cell = next(c for c in cells if c.start <= start < c.end)
        head = cells[0] if cells[0] is not cell and len(cells[0].text) < 200 else None
        return clean_quote(" ".join(c.text for c in (head, cell) if c is not None))[:ROW_QUOTE]


#: a sentence inside the row is kept when it is longer than the fact's own words by more than this ("Tháng 6/2026",
#: the date cell alone, says nothing the fact does not)
_MORE = 12


def _squeezed(s: str) -> str:
    return " ".join(s.split())


def _requoted(fact: Any, rows: _Rows) -> Any:
    span = getattr(fact, "span", None)
    if span is None:
        return fact
    found = rows.holding(span.start, span.end)
    if found is None:
        return fact
    i, cells = found
    quote = rows.quote(i, cells, span.start)
    said = _squeezed(span.sentence or "")
    if said and said in _squeezed(quote) and len(said) > span.end - span.start + _MORE:
        return fact  # the row already, or a cell's own sentence that says more than the fact
    if said == _squeezed(quote):
        return fact
    return dataclasses.replace(fact, span=dataclasses.replace(span, sentence=quote))


def row_sentences(tables: Sequence[Table], deadlines: list[Deadline], targets: list[Target],
                  obligations: list[Obligation], citations: list[Citation]):
    """(deadlines, targets, obligations, citations) with the facts in a data table's row quoted by that row (see the
    module); an obligation's own deadline and targets too."""
    rows = _Rows(tables)
    if not rows.rows:
        return deadlines, targets, obligations, citations
    obs = []
    for ob in obligations:
        ob = _requoted(ob, rows)
        own = {}
        if ob.deadline is not None:
            own["deadline"] = _requoted(ob.deadline, rows)
        if ob.targets:
            own["targets"] = tuple(_requoted(t, rows) for t in ob.targets)
        obs.append(dataclasses.replace(ob, **own) if own else ob)
    return ([_requoted(d, rows) for d in deadlines], [_requoted(t, rows) for t in targets], obs,
            [_requoted(c, rows) for c in citations])
