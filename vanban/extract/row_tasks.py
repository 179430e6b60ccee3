"""A date in a task table's due column is the deadline of its row's task.

Why: a schedule table without a body column ("STT | Nội dung công việc | Thời gian thực hiện | Ghi chú") gives no
obligation, so its dates reach the checklist as deadlines of their own. Read as prose, the cell "Tháng 3/2026" or
"Quý III/2026" stands alone on its line: the deadline's task was the date itself and its span the date cell, so a
checklist item said "Tháng 3/2026 — Hạn: Tháng 3/2026" and linked to the date alone. The structure knows the row:
its task cell (Nội dung / Nhiệm vụ / Tên …) is what falls due, and the deadline spans the row from that cell to the
date. Deadlines an obligation owns already carry the row's task (``extract._owned_deadlines``) and keep the span the
obligation claims them by.
"""

from __future__ import annotations

import dataclasses

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
        hit = next((r for r in rows if d.span and r[0] <= d.span.start and d.span.end <= r[1]), None)
        if hit is not None and d.span.start not in owned:
            start, end, task, row = hit
            d = dataclasses.replace(d, what=task_phrase(task.text), span=Span(
                min(task.start, d.span.start), max(d.span.end, end),
                clean_quote(" ".join(" ".join(c.text.split()) for c in row if c.text.strip()))))
        out.append(d)
    return out


def _columns(t: Table) -> tuple[int | None, int | None]:
    head = [fold(h) for h in t.header]
    what = next((i for i, h in enumerate(head) if V.TASK_WHAT_COL.search(h)), None)
    due = next((i for i, h in enumerate(head) if V.TASK_DUE_COL.search(h)), None)
    return (what, due) if what != due else (None, None)
