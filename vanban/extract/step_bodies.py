"""A body charged in two bullets of one step is one assignment: one obligation, due by the earlier date.

Why: a procedure lists its steps ("1. Bước 1 - Chuẩn bị danh sách và thông báo") and, under one step, the issuer's
own office twice: "- Thường trực HĐND xã thống nhất danh sách …; hoàn thành trước ngày 20/10/2029. ⏎ - Chậm nhất
ngày 31/10/2029, Thường trực HĐND xã gửi danh sách và thông báo …". The step is the assignment block; the labels
README counts "one entry per body per assignment block", due by "the earliest dated deadline attached to that
assignment" (a34-06's authors: one entry, 20/10). The merged obligation covers both bullets, so the checklist still
lists the second task with its own date (:func:`vanban.extract.checklist.task_rows`).

Only steps (:func:`vanban.extract.steps.step_parts`: "Bước 1", a section listing steps) and a plan's timetable of
milestones ("4. Thời gian và các mốc chuẩn bị" / "- Trước ngày 20/3/2030: các chi bộ họp, …" / "- Các chi bộ … gửi dự
thảo văn kiện … trước ngày 31/3/2030" / "- Chậm nhất 05 ngày làm việc sau đại hội, các chi bộ gửi báo cáo …", a Đảng
ủy xã's congress plan, a35-01's labels: "Các chi bộ" one entry due 20/3, the timetable one block): a body's heading
block is one obligation already, and other numbered items may charge a body twice on purpose (a table's rows).
"""

from __future__ import annotations

import re
from dataclasses import replace

from vanban.extract.section_refs import due_end
from vanban.extract.steps import step_parts
from vanban.models import Obligation, Part, Span
from vanban.text import fold

__all__ = ["once_per_step"]

#: the heading of a plan's timetable of milestones (folded, its number gone): "Thời gian và các mốc chuẩn bị", "Các mốc
#: thời gian", "Mốc thời gian thực hiện"
_MILESTONES_HEAD = re.compile(r"^(?:thoi gian va )?(?:cac )?moc(?: thoi gian| chuan bi| tien do)?(?![a-z])")


def _milestone_parts(parts: tuple[Part, ...] | list[Part]) -> list[Part]:
    """The headed parts below ``parts`` (at any depth) whose heading names a timetable of milestones
    (:data:`_MILESTONES_HEAD`)."""
    out: list[Part] = []
    for p in parts:
        if p.heading and _MILESTONES_HEAD.match(re.sub(r"^[\W\d_]+", "", fold(p.heading)).strip(" *")):
            out.append(p)
        else:
            out += _milestone_parts(p.children)
    return out


def once_per_step(obligations: list[Obligation], body: tuple[Part, ...] | list[Part], text: str) -> list[Obligation]:
    """``obligations`` with those of one body inside one step merged into the first (see the module docstring)."""
    steps = [(p.start, p.end) for p in step_parts(body)] + [(p.start, p.end) for p in _milestone_parts(body)]
    if not steps:
        return obligations
    first: dict[tuple[int, str], int] = {}
    out: list[Obligation | None] = list(obligations)
    for i, ob in enumerate(obligations):
        if not ob.who or ob.span is None:
            continue
        step = next((k for k, (a, b) in enumerate(steps) if a <= ob.span.start < b), None)
        if step is None:
            continue
        key = (step, fold(ob.who).strip())
        if key not in first:
            first[key] = i
            continue
        j = first[key]
        kept = out[j]
        due = kept.deadline
        if ob.deadline is not None and (due is None or due_end(ob.deadline) < due_end(due)):
            due = replace(ob.deadline, who=kept.who)
        a, b = min(kept.span.start, ob.span.start), max(kept.span.end, ob.span.end)
        out[j] = replace(kept, deadline=due, span=Span(a, b, text[a:b]), what=f"{kept.what}; {ob.what}")
        out[i] = None
    return [o for o in out if o is not None]
