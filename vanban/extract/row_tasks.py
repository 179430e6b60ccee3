"""A date in a task table's due column is the deadline of its row's task.

Why: a schedule table without a body column ("STT | Nội dung công việc | Thời gian thực hiện | Ghi chú") gives no
obligation, so its dates reach the checklist as deadlines of their own. Read as prose, the cell "Tháng 3/2026" or
"Quý III/2026" stands alone on its line: the deadline's task was the date itself and its span the date cell, so a
checklist item said "Tháng 3/2026 — Hạn: Tháng 3/2026" and linked to the date alone. The structure knows the row:
its task cell (Nội dung / Nhiệm vụ / Tên …) is what falls due, and the deadline spans the row from that cell to the
date. Deadlines an obligation owns already carry the row's task (``extract._owned_deadlines``) and keep the span the
obligation claims them by. A date in another cell of the row (the task cell's own "… trong quý IV/2026", a note
column) is the same row's: its task is the row's task cell too, not the grammar's run of the cells before it
("31/03/2026 Mục III.1 Văn phòng HĐND và UBND phường , tr. 1 III.1 Tổng hợp báo cáo …").
"""

from __future__ import annotations

import dataclasses

from vanban.extract.due_cells import due_column
from vanban.extract.folded import clean_quote
from vanban.extract.subjects import task_phrase
from vanban.models import Deadline, Span, Table
from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["row_tasks"]


def row_tasks(deadlines: list[Deadline], tables: tuple[Table, ...], obligations=()) -> list[Deadline]:
    """``deadlines`` with the task and the span of their row where a table's due cell holds them and no obligation
    owns them (see the module)."""
    owned = {ob.deadline.span.start for ob in obligations if ob.deadline and ob.deadline.span}
    rows = [(row[due].start, row[due].end, row[what], row) for t in tables if t.role == "data"
            for what, due in [_columns(t)] if what is not None and due is not None
            for row in t.rows[1:] if max(what, due) < len(row) and row[what].text.strip()]
    if not rows:
        return deadlines
    out = []
    for d in deadlines:
        if d.span is None or d.span.start in owned:
            out.append(d)
            continue
        hit = next((r for r in rows if r[0] <= d.span.start and d.span.end <= r[1]), None)
        if hit is not None:
            start, end, task, row = hit
            d = dataclasses.replace(d, what=task_phrase(task.text), span=Span(
                min(task.start, d.span.start), max(d.span.end, end), _row_text(row)))
        elif (row := next((r for r in rows if _in_row(r[3], d.span.start)), None)) is not None:
            d = dataclasses.replace(d, what=task_phrase(row[2].text),
                                    span=dataclasses.replace(d.span, sentence=_row_text(row[3])))
        out.append(d)
    return out


def _row_text(row) -> str:
    return clean_quote(" ".join(" ".join(c.text.split()) for c in row if c.text.strip()))


def _in_row(row, pos: int) -> bool:
    """``pos`` is inside a cell of ``row``."""
    return any(c.start <= pos < c.end for c in row)


def _columns(t: Table) -> tuple[int | None, int | None]:
    head = [fold(h) for h in t.header]
    what = next((i for i, h in enumerate(head) if V.TASK_WHAT_COL.search(h)), None)
    due = due_column(head)
    return (what, due) if what != due else (None, None)
