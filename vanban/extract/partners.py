"""Đơn vị phối hợp: the units an obligation's lead body (đơn vị chủ trì) works with.

Why: a "phiếu giao việc" has a column for them, and the plans name them in two
ways: in the task's sentence ("Ban Xây dựng Đảng Đảng ủy xã chủ trì, phối hợp
với Văn phòng Đảng ủy tham mưu …", 18-KH/ĐU) or in a column of the task table
("Đơn vị phối hợp", the appendix of a UBND Lào Cai plan, case 19). The
sentence's units run from "phối hợp với" to the task's first action verb
(:func:`vanban.extract.deadlines.first_verb`); patterns in
:mod:`vanban.extract.assignment_words`.
"""

from __future__ import annotations

from vanban.extract import assignment_words as W
from vanban.extract.deadlines import first_verb
from vanban.extract.folded import Folded

__all__ = ["partners_in"]

_MAX_WORDS = 40  # a list of units, not a paragraph


def partners_in(what: str) -> str | None:
    """The cooperating units named at the opening of a task (``Obligation.what``):
    "chủ trì, phối hợp với Văn phòng Đảng ủy tham mưu Ban Thường vụ …" → "Văn phòng
    Đảng ủy"; None when the task names none (or no verb closes the names)."""
    f = Folded.of(what or "")
    m = W.PARTNERS_OPENING.match(f.view)
    if not m:
        return None
    rest = f.view[m.end():]
    verb = first_verb(rest)
    stop = W.PARTNERS_END.search(rest)
    end = min(x for x in (verb.start() if verb else None, stop.start() if stop else None, len(rest))
              if x is not None)
    if verb is None and stop is None:
        return None  # "phối hợp với các đơn vị" and nothing after: no task to close the names
    units = f.original[m.end():m.end() + end].strip(" ,;.-–")
    if not units or len(units.split()) > _MAX_WORDS:
        return None
    return units
