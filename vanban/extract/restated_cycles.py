"""A body charged with a yearly task its item has just dated for no one: the item's yearly date is the body's.

The kind: a guidance's numbered item sets a yearly rule with its time and no owner ("4.2. Hằng năm, tiến hành rà
soát, bổ sung quy hoạch nhiệm kỳ hiện tại và nhiệm kỳ kế tiếp trong Quý I và báo cáo cấp trên trực tiếp … trong Quý
II"), then a note in the same item names who carries it out and says the cycle again without its time ("Lưu ý: …; các
cấp ủy, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị có trách nhiệm … tiến hành rà soát, bổ sung quy hoạch nhiệm
kỳ 2025-2030, 2026-2031 định kỳ hằng năm theo đúng quy định", 45-HD-BTCTW II.4). The labels date that obligation by
the rule's first occurrence (2026-03-31, the end of Quý I), while a yearly duty in another item of the same guidance
("7. … Định kỳ hằng năm, ban thường vụ cấp ủy … rà soát, đánh giá …", II.7) stays undated (the labels' notes: "định
kỳ hằng năm without a date or quarter is not dated").

So only when all hold: the obligation has no date, its own words say the yearly cycle ("hằng năm", "định kỳ hằng
năm"); the deadline is a yearly one with no body (the rule's), earlier in the same numbered item as the obligation
(the smallest item holding the obligation), and it shares the task's words (three word pairs at least: "rà soát",
"bổ sung", "quy hoạch"). Session 48 dated any block that named a dated task again word for word and took it back (five
documents' labels leave such blocks undated: 627-TB-VPCP, a35-02, a36-10, t20-05, t26-01); the cycle said again and
the rule's own item are what tell this kind apart. Tests: tests/test_obl52_restated_cycles.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from vanban.models import Deadline, Obligation, Part
from vanban.text import fold

__all__ = ["dated_by_item_cycle"]

#: the yearly cycle said in the obligation's own words (folded)
_YEARLY = re.compile(r"(?<![a-z])(?:hang|moi)\s+nam(?![a-z])")
#: word pairs the obligation and the rule share, at least
_MIN_SHARED = 3
_WORD = re.compile(r"[a-z0-9]+")


def _pairs(s: str) -> set[tuple[str, str]]:
    w = _WORD.findall(fold(s))
    return {p for p in zip(w, w[1:]) if p != ("hang", "nam")}


def _item_at(parts, at: int) -> Part | None:
    """The smallest numbered item holding the offset ``at``."""
    best = None
    for p in parts:
        if p.start <= at < p.end:
            if p.kind == "item" and (p.label or "").strip(" *")[:1].isalnum():
                best = p
            inner = _item_at(p.children, at)
            return inner or best
    return best


def dated_by_item_cycle(out: list[Obligation], body, deadlines: list[Deadline]) -> list[Obligation]:
    """``out`` with each undated obligation that says the yearly cycle again dated by its item's ownerless yearly
    deadline sharing its task (the earliest such, by its end); the others as they are."""
    rules = [d for d in deadlines if d.who is None and d.span and not d.past and (d.date or d.latest)
             and "YEARLY" in (d.recurrence or "")]
    if not rules:
        return out
    res = []
    for ob in out:
        if ob.deadline is None and ob.who and ob.span and _YEARLY.search(fold(ob.what or "")):
            item = _item_at(body, ob.span.start)
            if item is not None:
                own = _pairs(ob.what or "")
                near = [d for d in rules if item.start <= d.span.start < ob.span.start
                        and len(own & _pairs(d.what or "")) >= _MIN_SHARED]
                if near:
                    d = min(near, key=lambda d: d.date or d.latest)
                    ob = replace(ob, deadline=replace(d, who=ob.who))
        res.append(ob)
    return res
