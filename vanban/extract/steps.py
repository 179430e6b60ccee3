"""A procedure's steps: the parts of a Hướng dẫn that name one act of its procedure each.

Why: a step's heading names the act ("Bước 3. Đánh giá, xếp loại", "2. Tổ chức kiểm điểm"), not a section of aims
or of the review of past work, so the rules that drop a results part ("1. Đánh giá chung") or keep a heading out of a
deadline's task must know a step when they see one. A step is labelled "Bước N." (at any depth), or it is a numbered
item of a section that lists the steps ("I. CÁC BƯỚC THỰC HIỆN", "QUY TRÌNH THỰC HIỆN", "TRÌNH TỰ THỰC HIỆN": a
Ban Tổ chức's Hướng dẫn numbers them "1." … "4." as often as "Bước 1." …).
"""

from __future__ import annotations

import dataclasses
import re

from vanban.models import Part
from vanban.text import fold

__all__ = ["STEP_LABEL", "STEPS_SECTION_HEAD", "step_parts"]

#: a step's own label (original text of the part's label)
STEP_LABEL = re.compile(r"^(?:Bước|BƯỚC)\s")
#: the heading of a section whose numbered items are the procedure's steps (folded): "Các bước thực hiện", "Quy trình
#: thực hiện" (a bare heading: "Trình tự, thủ tục giải quyết …" of an administrative procedure lists its fields,
#: :data:`assignment_words.PROCEDURE_TITLE`)
STEPS_SECTION_HEAD = re.compile(r"^(?:cac )?buoc(?![a-z])|^(?:quy trinh|trinh tu)(?: cac buoc)?(?: thuc hien)?\W*$")


def _lists_steps(p: Part) -> bool:
    return bool(p.heading) and bool(STEPS_SECTION_HEAD.match(fold(p.heading).strip(" *")))


def step_parts(parts: tuple[Part, ...] | list[Part], under_steps: bool = False) -> list[Part]:
    """The step parts below ``parts`` (at any depth), each without its children (a step's heading is what the callers
    need); ``under_steps``: ``parts`` are the items of a section that lists the steps."""
    out = []
    for p in parts:
        if STEP_LABEL.match(p.label or "") or (under_steps and p.kind == "item" and p.heading):
            out.append(dataclasses.replace(p, children=()))
        out += step_parts(p.children, _lists_steps(p))
    return out
