"""A time limit printed twice for one step, once in a timetable's row and once in the prose: one target.

Why (tgt36a): a Đảng ủy's congress plan gives the step "Báo cáo kết quả đại hội, gửi hồ sơ đại hội về Đảng ủy" the cell
"Chậm nhất 05 ngày làm việc sau đại hội" in its timetable, and its part on the papers says again "gửi về Đảng ủy chậm
nhất 05 ngày làm việc sau đại hội" (t35-01; its author: "printed twice, labelled once"). A relative limit is a target
(the labels' README); the same limit counted from the same event is one rule however often printed. Two limits of
one figure counted from different events ("05 ngày sau đại hội", "05 ngày trước ngày khai mạc") stay two, and so do two
limits inside one table or one procedures appendix (``apart``): each row is its own step or procedure, however alike
("10 ngày làm việc kể từ ngày nhận đủ hồ sơ" of two procedures of a Quyết định công bố thủ tục hành chính, 2848/QĐ-UBND).
Tests: tests/test_targets_tgt36a.py.
"""

from __future__ import annotations

import re

from vanban.extract import patterns as P
from vanban.models import Target
from vanban.text import fold

__all__ = ["without_restated_limits"]

#: the event a limit is counted from, right after its unit (folded): "sau đại hội", "kể từ ngày kết thúc …"
_FROM_EVENT = re.compile(r"\s*(?P<e>(?:sau|truoc|ke tu)\s+(?:khi\s+|ngay\s+)?[a-z]+(?:\s+[a-z]+){0,2})")


def _event(t: Target, view: str) -> str | None:
    """The folded event ``t``'s limit is counted from, read right after its span in ``view``, else None."""
    m = _FROM_EVENT.match(view, t.span.end) if t.span else None
    return " ".join(m.group("e").split()) if m else None


def _together(a: int, b: int, apart: tuple[tuple[int, int], ...]) -> bool:
    """Offsets ``a`` and ``b`` lie inside one region of ``apart`` (a table, a procedures appendix)."""
    return any(lo <= a < hi and lo <= b < hi for lo, hi in apart)


def without_restated_limits(targets: list[Target], view: str, apart: tuple[tuple[int, int], ...] = ()) -> list[Target]:
    """``targets`` without a one-sided time limit an earlier one states again: the same bound, unit and event (see the
    module); ``view`` the folded text the spans index; ``apart`` the (start, end) offsets of tables and procedure
    appendices, inside each of which alike limits are each row's own."""
    out: list[Target] = []
    seen: dict[tuple, list[int]] = {}
    for t in targets:
        one_sided = (t.min is None) != (t.max is None)
        if one_sided and fold(t.unit or "") in P.TIME_UNIT_FOLDED and (event := _event(t, view)):
            key = (t.min, t.max, fold(t.unit or ""), event)
            at = t.span.start if t.span else -1
            if any(not _together(e, at, apart) for e in seen.get(key, ())):
                continue
            seen.setdefault(key, []).append(at)
        out.append(t)
    return out
