"""A task table's due cell that names only a period ("Hằng quý", "Hàng tháng", "Định kỳ hằng quý"): the row falls
due on the day the document gives for that period elsewhere.

Why: a plan's task table often writes "Hằng quý" in its "Thời gian thực hiện" column and states the day once, in
its reporting rules ("Các đơn vị báo cáo định kỳ hằng quý (trước ngày 20 của tháng cuối quý)", "báo cáo tháng gửi
trước ngày 25 hằng tháng"). The cell alone gives no day, so the row had no deadline. Where the document gives
exactly one due day for the cell's period (one RRULE of that kind among its deadlines), the row's deadline is that
recurring one, with the row's task and body. The labelled real documents' convention holds
(``realdocs/labeled/README.md``): a yearly task with no date ("Hằng năm") is not dated, so a yearly cell borrows
nothing; a quarterly or monthly cell is dated only when the document states its day.
"""

from __future__ import annotations

import dataclasses
import re

from vanban.extract.recurrence import rule_kind
from vanban.extract.subjects import task_phrase
from vanban.models import Deadline, Obligation, Span, Table
from vanban.structure import vocab as V
from vanban.text import fold, fold_flat

__all__ = ["recurring_cells"]

# the whole cell names a period (folded): "Hằng quý", "Hàng tháng.", "Định kỳ hằng quý", "Thực hiện hằng tháng"
_PERIOD_CELL = re.compile(r"^(?:(?:dinh ky|thuc hien|bao cao)\s+)?(?:hang|moi)\s+(quy|thang|tuan)\s*[.;]?$")
_KINDS = {"quy": "quarterly", "thang": "monthly", "tuan": "weekly"}
# a rule addressed to the units at large (folded): "các phòng, đơn vị thuộc Sở", "các đơn vị", "mọi cơ quan"
_UNITS_AT_LARGE = re.compile(r"^(?:cac|moi|nhung|tat ca|toan the)\s")


def recurring_cells(deadlines: list[Deadline], obligations: list[Obligation], tables: tuple[Table, ...]
                    ) -> tuple[list[Deadline], list[Obligation]]:
    """(deadlines, obligations) with the rows whose due cell names only a period dated by the document's one due
    day of that period (see the module); unchanged where the document gives none, or more than one."""
    rules: dict[str, list[Deadline]] = {}
    for d in deadlines:
        kind = rule_kind(d.recurrence)
        if kind and not any(r.recurrence == d.recurrence for r in rules.get(kind, [])):
            rules.setdefault(kind, []).append(d)
    added: list[Deadline] = []
    obligations = list(obligations)
    for t in tables:
        due, what, body = _columns(t)
        if t.role != "data" or due is None:
            continue
        for row in t.rows[1:]:
            if due >= len(row):
                continue
            cell = row[due]
            m = _PERIOD_CELL.match(fold_flat(cell.text))
            source = rules.get(_KINDS[m.group(1)], []) if m else []
            if len(source) != 1:
                continue
            who = row[body].text if body is not None and body < len(row) else None
            if not _rule_for(source[0].who or _charged(source[0], obligations), who):
                continue
            k = next((i for i, ob in enumerate(obligations) if ob.deadline is None and ob.span
                      and ob.span.start <= cell.start and cell.end <= ob.span.end), None)
            task = row[what].text if what is not None and what < len(row) else ""
            d = dataclasses.replace(
                source[0], text=" ".join(cell.text.split()), what=task_phrase(task) if task.strip() else None,
                who=obligations[k].who if k is not None else who, past=False,
                span=Span(cell.start, cell.end, " ".join(" ".join(c.text.split()) for c in row if c.text.strip())))
            added.append(d)
            if k is not None:
                obligations[k] = dataclasses.replace(obligations[k], deadline=d)
    if not added:
        return deadlines, obligations
    return sorted(deadlines + added, key=lambda d: d.span.start if d.span else -1), obligations


def _charged(d: Deadline, obligations: list[Obligation]) -> str | None:
    """The body of the obligation whose block holds the deadline ``d`` (its who is filled in later), if any."""
    at = d.span.start if d.span else None
    return next((ob.who for ob in obligations if at is not None and ob.span and ob.span.start <= at < ob.span.end),
                None)


def _rule_for(rule_who: str | None, row_who: str | None) -> bool:
    """The due day stated for ``rule_who`` holds for a row of ``row_who``: the rule speaks to the units at large ("các
    phòng, đơn vị thuộc Sở báo cáo định kỳ hằng quý (trước ngày 20 …)", or to no one by name) or to the row's own body.
    One body's own report ("b) Tổng hợp, báo cáo kết quả cải cách hành chính hằng quý gửi Sở Nội vụ trước ngày 18 của
    tháng cuối quý" under "1. Văn phòng HĐND và UBND phường") dates no other body's quarterly row ("Tập huấn kỹ năng
    số … | Phòng Văn hóa - Xã hội | … | Hằng quý", a17-02: a training held each quarter, its day not written)."""
    if not rule_who or not row_who:
        return True
    rule = fold(rule_who).strip()
    return bool(_UNITS_AT_LARGE.match(rule)) or rule == fold(row_who).strip()


def _columns(t: Table) -> tuple[int | None, int | None, int | None]:
    head = [fold(h) for h in t.header]
    due = next((i for i, h in enumerate(head) if V.TASK_DUE_COL.search(h)), None)
    what = next((i for i, h in enumerate(head) if V.TASK_WHAT_COL.search(h) and i != due), None)
    body = next((i for i, h in enumerate(head) if V.TASK_BODY_COL.search(h) and not V.TASK_WITH_COL.search(h)
                 and not V.TASK_THING_COL.match(h.strip(" *")) and i not in (due, what)), None)
    return due, what, body
