"""A time limit printed twice for one step, once in a timetable's row and once in the prose: one target.

Why (tgt36a): a Đảng ủy's congress plan gives the step "Báo cáo kết quả đại hội, gửi hồ sơ đại hội về Đảng ủy" the cell
"Chậm nhất 05 ngày làm việc sau đại hội" in its timetable, and its part on the papers says again "gửi về Đảng ủy chậm
nhất 05 ngày làm việc sau đại hội" (t35-01; its author: "printed twice, labelled once"). A relative limit is a target
(the labels' README); the same limit counted from the same event is one rule however often printed. Two limits of
one figure counted from different events ("05 ngày sau đại hội", "05 ngày trước ngày khai mạc") stay two.
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


def without_restated_limits(targets: list[Target], view: str) -> list[Target]:
    """``targets`` without a one-sided time limit an earlier one states again: the same bound, unit and event (see the
    module); ``view`` the folded text the spans index."""
    out: list[Target] = []
    seen: set[tuple] = set()
    for t in targets:
        one_sided = (t.min is None) != (t.max is None)
        if one_sided and fold(t.unit or "") in P.TIME_UNIT_FOLDED and (event := _event(t, view)):
            key = (t.min, t.max, fold(t.unit or ""), event)
            if key in seen:
                continue
            seen.add(key)
        out.append(t)
    return out
