"""Headed parts whose heading line names the part, not a task: a procedure's steps and a rule's articles.

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

__all__ = ["ARTICLE_LABEL", "STEP_LABEL", "STEPS_SECTION_HEAD", "step_parts", "titled_articles"]

#: a step's own label (original text of the part's label)
STEP_LABEL = re.compile(r"^(?:Bước|BƯỚC)\s")
#: an article's label ("Điều 2."), original text
ARTICLE_LABEL = re.compile(r"^Điều\s+\d")
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


def titled_articles(parts: tuple[Part, ...] | list[Part]) -> list[Part]:
    """The articles below ``parts`` (any depth) whose label carries a title ("Điều 2. Tổ chức tiếp công dân" over
    "Công chức Tư pháp - Hộ tịch bố trí lịch … trước ngày 01/3/2027", the final newcomer of session 17): the title
    names the article, so it is no part of the task a deadline in the article is read with. Without children."""
    out = []
    for p in parts:
        if ARTICLE_LABEL.match(p.label or "") and p.heading:
            out.append(dataclasses.replace(p, children=()))
        out += titled_articles(p.children)
    return out
