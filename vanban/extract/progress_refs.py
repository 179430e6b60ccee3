"""A body's task done "theo tiến độ tại Mục III" takes the date of the step of that section that names the same task.

A plan lists its steps, each with its time, in one section and hands them out in "Tổ chức thực hiện": "3. Phòng
Kinh tế, Hạ tầng và Đô thị ⏎ Chủ trì tham mưu hoàn thiện hồ sơ, tổ chức đấu giá quyền sử dụng đất theo tiến độ tại
Mục III; …" over "III. … 3. Đẩy nhanh tiến độ đấu giá quyền sử dụng đất tại Khu dân cư …, tổ chức đấu giá trong tháng
10/2029." (t34-03). The pointer names the whole section, whose earliest date is another step's (the Tổ công tác's,
:mod:`vanban.extract.section_refs` leaves such a pointer alone): the step meant is the one whose words repeat the
task before the pointer ("đấu giá quyền sử dụng đất"), and the block is due by that step's date ("the earliest dated
deadline attached to that assignment", realdocs/labeled/README.md). No step shares enough words, or two share as
many: the pointer stays undated.
"""

from __future__ import annotations

import re

from vanban.extract.section_refs import dated_by, due_end
from vanban.models import Deadline, Obligation, Part
from vanban.text import fold

__all__ = ["PROGRESS", "dated_by_step"]

#: "(theo | đúng) (đúng) tiến độ (nêu) tại Mục III" over a whole section (original text); a numbered item ("tại mục
#: III.2") is read by section_refs when time words point to it
PROGRESS = re.compile(r"(?:theo|đúng)\s+(?:đúng\s+)?tiến\s+độ\s+(?:nêu\s+|đề\s+ra\s+)?(?:ở|tại)\s+[Mm]ục\s+"
                      r"(?P<sec>[IVXL]{1,4})(?![\w.]*\w)")
# the task before the pointer: back to the clause's start
_CLAUSE_START = re.compile(r"[;:.\n]")
# at least this many word pairs of the task repeated in the step ("đấu giá | giá quyền | quyền sử | sử dụng | dụng đất")
_MIN_SHARED = 3
# word pairs too common in plans to tell one step from another
_PLAIN_PAIRS = {("to", "chuc"), ("thuc", "hien"), ("trien", "khai"), ("theo", "quy"), ("quy", "dinh"),
                ("chu", "tri"), ("phoi", "hop"), ("tham", "muu"), ("dia", "ban")}


def _pairs(text: str) -> set[tuple[str, str]]:
    words = re.findall(r"[a-z0-9]+", fold(text))
    return {p for p in zip(words, words[1:]) if p not in _PLAIN_PAIRS}


def _steps(body: tuple[Part, ...] | list[Part], sec: str) -> list[tuple[int, int]]:
    """The offsets of the numbered children of the body part labelled ``sec``, each up to the next one."""
    for i, p in enumerate(body):
        if (p.label or "").strip(" .*") == sec:
            end = body[i + 1].start if i + 1 < len(body) else p.end
            kids = p.children
            return [(c.start, kids[j + 1].start if j + 1 < len(kids) else end) for j, c in enumerate(kids)]
    return []


def dated_by_step(out: list[Obligation], text: str, body: tuple[Part, ...] | list[Part],
                  deadlines: list[Deadline]) -> list[Obligation]:
    """``out`` with each block whose task points to the progress of a section (:data:`PROGRESS`) dated by the step of
    that section that repeats the task's words, when that step's earliest date is earlier than the block's own."""
    def pick(ob: Obligation, own: str) -> Deadline | None:
        best: Deadline | None = None
        for m in PROGRESS.finditer(own):
            cut = [c.end() for c in _CLAUSE_START.finditer(own, 0, m.start())]
            task = _pairs(own[cut[-1] if cut else 0:m.start()])
            steps = [(a, b) for a, b in _steps(body, m.group("sec")) if not a <= ob.span.start < b]
            scored = sorted(((len(task & _pairs(text[a:b])), (a, b)) for a, b in steps), reverse=True)
            if not scored or scored[0][0] < _MIN_SHARED or (len(scored) > 1 and scored[1][0] == scored[0][0]):
                continue
            a, b = scored[0][1]
            for d in deadlines:
                if d.span and a <= d.span.start < b and not d.past and (d.date or d.latest) \
                        and (best is None or due_end(d) < due_end(best)):
                    best = d
        return best
    return dated_by(out, text, pick)
