"""A row of no body given the body the plan's "Tổ chức thực hiện" charges with its area of work.

Why (session 32's newcomer, 179-KH-UBND): a plan sets out its tasks by sector ("IV. PHÁT TRIỂN KINH TẾ SỐ … ⏎ 6. Y tế
⏎ a) …, b) …") with no body, and its "Tổ chức thực hiện" gives each sector to a body by name of the area, not by item
("4. Sở Y tế ⏎ - Chủ trì, phối hợp triển khai các nhiệm vụ … trong lĩnh vực y tế của Kế hoạch"). The checklist listed
the sector's tasks under "(chưa xác định)", though the plan says who does them. A row of no body whose part's heading
names one area a body is given ("Y tế", "Giáo dục và Đào tạo", "Du lịch và Văn hóa" for "lĩnh vực văn hóa và du
lịch") takes that body; a heading two bodies' areas both name, or none, leaves the row as it is.

Shapes: :func:`area_rows` takes and gives ``ChecklistItem`` rows (a changed row keeps its place, offsets, source, dates
and targets; only ``who`` changes).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from vanban.export.plan_places import PlanPlaces
from vanban.extract.checklist import UNKNOWN_BODY
from vanban.text import fold_flat

__all__ = ["AREA_RE", "area_rows"]

# --- data: the wording (folded, lower case) -----------------------------------------------------------------------
#: the area a body's task is charged by: "… (các nhiệm vụ …) trong lĩnh vực y tế của Kế hoạch", "… thuộc lĩnh vực
#: giáo dục và đào tạo", "… các nhiệm vụ về lao động, việc làm của Kế hoạch"
AREA_RE = re.compile(r"(?:(?:trong|thuoc|o|ve)\s+(?:cac\s+)?(?:nganh,?\s+)?linh vuc|nhiem vu ve)\s+"
                     r"(?P<area>[^.;:()]{2,80}?)\s*(?:cua|thuoc|theo)\s+(?:ke hoach|chuong trinh|de an)(?![a-z])")
#: words that name no area of their own: joiners and the word for area itself
_FILLER = frozenset(("va", "cac", "linh", "vuc", "nganh"))
#: a heading longer than this many words is a task's sentence, not an area's name
HEADING_WORDS = 8
# -------------------------------------------------------------------------------------------------------------------


def _words(s: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", fold_flat(s).lower()) if w not in _FILLER)


def _areas(items: Sequence, unknown: str) -> list[tuple[frozenset[str], str]]:
    """(area's words, body) for each row of a named body whose task names the area it is charged with."""
    out = []
    for it in items:
        if not it.who or it.who == unknown:
            continue
        for m in AREA_RE.finditer(fold_flat(" ".join((it.what or "").split()))):
            words = _words(m.group("area"))
            if len(words) >= 2 and (words, it.who) not in out:
                out.append((words, it.who))
    return out


def _body_of(heading: str, areas: list[tuple[frozenset[str], str]]) -> str | None:
    words = _words(heading)
    if not words or len(heading.split()) > HEADING_WORDS:
        return None
    same = {who for a, who in areas if a == words}
    if len(same) == 1:
        return same.pop()
    if same:
        return None
    inside = {who for a, who in areas if a <= words}  # "lao động, việc làm" under "Lao động, việc làm và an sinh xã hội"
    return inside.pop() if len(inside) == 1 else None


def area_rows(items: Sequence, places: PlanPlaces | None) -> list:
    """``items`` with each row of no body placed under a part whose heading names an area one body is charged with
    given that body (the innermost such heading); every other row as it is."""
    if places is None or not places.parts:
        return list(items)
    areas = _areas(items, UNKNOWN_BODY)
    if not areas:
        return list(items)
    out = []
    for it in items:
        if it.who == UNKNOWN_BODY and it.start is not None:
            for part in reversed(places.chain(it.start)):
                if who := _body_of(part.get("heading") or "", areas):
                    it = replace(it, who=who)
                    break
        out.append(it)
    return out
