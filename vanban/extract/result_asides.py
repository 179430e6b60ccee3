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

#: an opening that builds on results: "Trên cơ sở kết quả", "Căn cứ (vào) kết quả", "Từ kết quả" (up to three words between: "Trên cơ sở đánh giá kết quả"), or "Kết quả" opening
#: its sentence or line ("Kết quả năm 2027, toàn Đảng bộ kết nạp …", t31-05) — not a "kết quả" inside an aim ("nâng
#: cao kết quả giảm nghèo giai đoạn 2031-2035 (tỷ lệ hộ nghèo giảm còn dưới 2%; …)", review of session 46: the goals)
_BUILDS_ON = (rf"(?:(?:(?<![a-z]){kw('tren co so')}|(?<![a-z]){kw('can cu')}(?:\s+{kw('vao')})?|(?<![a-z]){kw('tu')})\s+(?:[a-z]+\s+){{0,3}}?"
              rf"|(?:^|(?<=[.;:\n])|(?<=^[-+*•] )|(?<=\n[-+*•] ))\s*)")
#: "kết quả" after such an opening then, in its sentence, a year, then the bracket's opening (folded; no sentence end
#: between)
_ASIDE_OPENING = re.compile(rf"{_BUILDS_ON}{kw('ket qua')}(?![a-z])[^.;:\n()]{{0,120}}?(?<!\d)(?P<year>(?:19|20)\d\d)"
                            r"(?!\d)[^.;:\n()]{0,40}?\(", re.M)
#: words that make the bracket a rule or an aim, no results (folded)
_AIMED = re.compile(rf"(?<![a-z])(?:{kw('khong qua')}|{kw('toi da')}|{kw('toi thieu')}|{kw('it nhat')}|{kw('phan dau')}"
                    rf"|{kw('chi tieu')}\s+(?:{kw('nam')}|{kw('giao')})|{kw('truoc ngay')}|{kw('moi loai')})(?![a-z])")


def _asides(v: str, year: int | None, skip: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    out = []
    for m in _ASIDE_OPENING.finditer(v):
        if year is not None and int(m.group("year")) > year:
            continue  # results are of the past: "kết quả … giai đoạn 2031-2035 (…)" in a plan of 2030 names an aim
        if any(s <= m.start() < e for s, e in skip):
            continue  # a MỤC TIÊU / CHỈ TIÊU part states goals
        close = v.find(")", m.end())
        inner_open = v.find("(", m.end(), close if close >= 0 else m.end())
        if close < 0 or inner_open >= 0 or close - m.end() > 400 or "\n" in v[m.end():close]:
            continue
        if _AIMED.search(v, m.end(), close):
            continue
        out.append((m.end(), close))
    return out


def without_result_asides(targets: list[Target], view: str, year: int | None = None,
                          skip: tuple[tuple[int, int], ...] = ()) -> list[Target]:
    """``targets`` without those inside a results aside of the folded ``view``: after an opening that builds on
    results, of a year not after the document's ``year`` (None: unknown), outside the goal parts ``skip``."""
    spans = _asides(view, year, skip)
    if not spans:
        return targets
    return [t for t in targets if not (t.span and any(s <= t.span.start < e for s, e in spans))]
