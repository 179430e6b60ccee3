"""A cap's breach said again as a case: "chỉ được đăng ký 01 vị trí …; trường hợp đăng ký từ 02 vị trí trở lên sẽ bị
xóa tên" — the floor of the case is the cap plus one, no target of its own.

Why (tgt34b): a Thông báo tuyển dụng caps each candidate's choice ("Mỗi người chỉ được đăng ký dự tuyển 01 vị trí việc
làm") and says in the same sentence what befalls one who goes over it ("trường hợp đăng ký từ 02 vị trí trở lên sẽ bị
loại khỏi danh sách dự tuyển"). Both twins' authors label the cap alone (a32-07: "restates the 01-vị trí bound and is
not a separate entry"; t32-07 likewise). A case's floor that is not the cap's breach ("Trường hợp chậm gửi báo cáo từ
02 kỳ trở lên trong năm, …", a29-10: no cap before it) stays a target.
Tests: tests/test_targets_tgt34b.py.
"""

from __future__ import annotations

import re

from vanban.models import Target
from vanban.text import fold

__all__ = ["without_breach_cases"]

#: between the cap and the floor (folded): the case's word, in the same sentence
_CASE_BETWEEN = re.compile(r"^[^.]{0,80}?(?<![a-z])truong hop(?![a-z])[^.]{0,60}$")


def _same_noun(cap: str | None, floor: str | None) -> bool:
    """The floor counts what the cap counts: "vị trí" of "vị trí việc làm" (folded, one starts with the other)."""
    a, b = fold(cap or "").strip(), fold(floor or "").strip()
    return bool(a and b) and (a.startswith(b) or b.startswith(a))


def without_breach_cases(targets: list[Target], view: str) -> list[Target]:
    """``targets`` without a case's floor that is the breach of a cap just before it (see the module); ``view`` the
    folded text the spans index."""
    caps = [t for t in targets if t.max is not None and t.min is None and t.span]
    out = []
    for t in targets:
        breach = t.min is not None and t.max is None and t.span is not None and any(
            c.span.end <= t.span.start and t.min == c.max + 1 and _same_noun(c.unit, t.unit)
            and _CASE_BETWEEN.match(view[c.span.end:t.span.start]) for c in caps)
        if not breach:
            out.append(t)
    return out
