"""The results a plan opens on, in brackets: "Trên cơ sở kết quả công tác phát triển đảng viên 11 tháng năm 2034
(kết nạp 17 đảng viên, đạt 85% chỉ tiêu; còn 01 thôn chưa có đảng viên, 02 chi bộ thôn chỉ có dưới 05 đảng viên), Ban
Chấp hành … xây dựng Kế hoạch …" — reached, no targets.

Why (tgt46p): a plan's opening sentence names the results it builds on and lists them in a bracket, outside any
results part (the layout's ``results`` are headed parts: "I. KẾT QUẢ …"), so the figure passes read the share met
("đạt 85% chỉ tiêu") and the condition ("dưới 05 đảng viên") as goals (a44-06: both unlabelled). The same aside in
t31-05 ("Kết quả năm 2027, toàn Đảng bộ kết nạp được 27 đảng viên (đạt 96,4% chỉ tiêu)") and a27-04's ("(giảm 3,6%
so với cuối năm …)") are unlabelled too. The kind: a bracket after "kết quả" and a year in its sentence (the period the
results are of). A bracket with a bound or an aim word ("báo cáo kết quả … (không quá 04 trang A4)", a34-06: a rule
for the report, labelled) or a date ("(trước ngày 15/6 và 15/12)": the report's due days) is no results aside.
Tests: tests/test_targets_tgt46p.py.
"""

from __future__ import annotations

import re

from vanban.extract.folded import kw
from vanban.models import Target

__all__ = ["without_result_asides"]

#: "kết quả" then, in its sentence, a year, then the bracket's opening (folded; no sentence end between)
_ASIDE_OPENING = re.compile(rf"(?<![a-z]){kw('ket qua')}(?![a-z])[^.;:\n()]{{0,120}}?(?<!\d)(?:19|20)\d\d(?!\d)"
                            r"[^.;:\n()]{0,40}?\(")
#: words that make the bracket a rule or an aim, no results (folded)
_AIMED = re.compile(rf"(?<![a-z])(?:{kw('khong qua')}|{kw('toi da')}|{kw('toi thieu')}|{kw('it nhat')}|{kw('phan dau')}"
                    rf"|{kw('chi tieu')}\s+(?:{kw('nam')}|{kw('giao')})|{kw('truoc ngay')}|{kw('moi loai')})(?![a-z])")


def _asides(v: str) -> list[tuple[int, int]]:
    out = []
    for m in _ASIDE_OPENING.finditer(v):
        close = v.find(")", m.end())
        inner_open = v.find("(", m.end(), close if close >= 0 else m.end())
        if close < 0 or inner_open >= 0 or close - m.end() > 400 or "\n" in v[m.end():close]:
            continue
        if _AIMED.search(v, m.end(), close):
            continue
        out.append((m.end(), close))
    return out


def without_result_asides(targets: list[Target], view: str) -> list[Target]:
    """``targets`` without those inside a results aside of the folded ``view``."""
    spans = _asides(view)
    if not spans:
        return targets
    return [t for t in targets if not (t.span and any(s <= t.span.start < e for s, e in spans))]
