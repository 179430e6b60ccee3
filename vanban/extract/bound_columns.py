"""Cells of a table column whose head states their bound: "Nhóm tiêu chí | Điểm tối đa", then "Công tác tuyên
truyền, giáo dục hội viên, phụ nữ | 20 điểm" — a cap of 20 points for that criterion.

Why: a Hướng dẫn on đánh giá, xếp loại prints its criteria's caps as a table (t29-08) instead of the prose "tối đa 20
điểm" the grammar of :mod:`.targets` reads; the bound sits once in the column's head, and the cell alone ("20 điểm")
is a bare figure, which the prose grammar does not take for a target. Here each figure cell under a head
:data:`target_words.BOUND_HEAD_RE` ("Điểm tối đa", "Số lượng tối thiểu", "Mức hỗ trợ không quá (triệu đồng)") is a
target: max (or min, :data:`target_words.BOUND_HEAD_MIN`) the figure, the other bound None; the unit the cell's own
("20 điểm" → "điểm"), else the head's bracket, else the head's quantity when it is a unit (:data:`BOUND_HEAD_UNIT_LEADS`:
"Điểm tối đa" | "20"); the scope the head and the row's label (its longest text cell). A cell with its own bound words
or a range ("từ 10 đến 15 điểm") keeps them. The total row ("Tổng cộng | 100 điểm") sums the rows: not read.

Shapes: tables are :class:`vanban.models.Table` of the structure stage (``role`` "data", a header); the result is
(targets, spans read) as the other cell readers of :mod:`.indicator_cells` give, so the caller drops the prose
reading of the same cells.
"""

from __future__ import annotations

import re

from vanban.extract import target_words as TW
from vanban.extract.numbers import NUMBER, parse_number
from vanban.models import Span, Table, Target
from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["bound_column_cells"]

#: a figure cell: an optional range, then at most three unit words (folded)
_CELL = re.compile(rf"^(?P<pre>(?:tu|tren|duoi)\s+)?(?P<a>{NUMBER})(?:\s*(?:-|–|den)\s*(?P<b>{NUMBER}))?"
                   rf"\s*(?P<unit>%|[a-z\u0111]+(?:\s+[a-z\u0111]+){{0,2}})?\s*[.;]?$")


def _label(row, skip: int) -> str:
    """The row's label: its longest text cell other than the bound column's."""
    cells = [c.text for i, c in enumerate(row) if i != skip and c.text and not c.text.strip().isdigit()]
    return max(cells, key=len).strip() if cells else ""


def bound_column_cells(tables: tuple[Table, ...]) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the columns with a bound in their head among ``tables`` (see the module)."""
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    for t in tables:
        if t.role != "data" or not t.header:
            continue
        for ci, head in enumerate(t.header):
            folded_head = " ".join(fold(head).strip(" *.:").split())
            hm = TW.BOUND_HEAD_RE.match(folded_head)
            if not hm or len(folded_head) != len(" ".join(head.strip(" *.:").split())):
                continue
            is_min = hm.group("bound") in TW.BOUND_HEAD_MIN
            head_unit = hm.group("unit") or (hm.group("lead") if hm.group("lead") in TW.BOUND_HEAD_UNIT_LEADS else None)
            clean_head = " ".join(head.strip(" *.:").split())
            if head_unit:  # the original letters of the folded unit
                s = folded_head.rfind(head_unit)
                head_unit = clean_head[s:s + len(head_unit)].lower()
            for row in t.rows[1:]:
                if ci >= len(row) or not row[ci].text.strip():
                    continue
                label = _label(row, ci)
                if V.QUOTA_TOTAL_ROW_RE.match(fold(label).strip(" *:").lower()):
                    continue  # the total row: the sum of the caps, no cap of its own
                cell = " ".join(row[ci].text.split())
                m = _CELL.match(fold(cell))
                if not m:
                    continue
                a = parse_number(m.group("a"))
                b = parse_number(m.group("b")) if m.group("b") else None
                unit = cell[m.start("unit"):m.end("unit")].lower() if m.group("unit") else head_unit
                if a is None or not unit:
                    continue
                if b is not None:
                    lo, hi = a, b
                elif m.group("pre"):
                    lo, hi = (None, a) if m.group("pre").strip() == "duoi" else (a, None)
                else:
                    lo, hi = (a, None) if is_min else (None, a)
                out.append(Target(text=cell, min=lo, max=hi, unit=unit, scope=f"{clean_head}: {label}" if label else clean_head,
                                  period=None, span=Span(row[ci].start, row[ci].end, cell)))
                read.append((row[ci].start, row[ci].end))
    return out, read
