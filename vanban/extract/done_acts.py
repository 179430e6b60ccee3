"""A date in a report's results part that tells when something was done, not a deadline.

Why: a Báo cáo recounts "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026 … Trước ngày 15/11/2026, các chi bộ đã hoàn thành
kiểm điểm." (a newcomer's Báo cáo, session 15): the obligations reader skips results parts (``Layout.results``),
the deadlines reader read the date as a deadline of "các chi bộ đã" and the checklist listed it. A date in a results
part whose sentence says the act is done ("đã", "đã được", or the figure it reached: "…, đạt 100% chỉ tiêu") is a
fact reported; one still to come ("phấn đấu hoàn thành trước ngày …" in a results part's closing tasks) stays. A
date that had passed when the report was issued tells when too, "đã" or not ("100% hồ sơ được giải quyết đúng hạn
trước ngày 15/11/2026" in a Báo cáo of 30/11/2026, a newcomer's 305/BC-UBND, session 16).
"""

from __future__ import annotations

import re

from vanban.models import Deadline
from vanban.text import fold

# the act is done (folded): "đã hoàn thành", "đã được phê duyệt", "đã tổ chức"
_DONE = re.compile(r"(?<![a-z])da (?:duoc |kip thoi |co )?[a-z]")
# … or its result is reported by the figure reached (folded): "Hoàn thành giao quân năm 2027 với 32 thanh niên,
# đạt 100% chỉ tiêu" (a Báo cáo sơ kết's results part, t30-02): the year's task done, no "đã" printed
_REACHED = re.compile(r"(?<![a-z])dat (?:(?:tren|gan|khoang|hon) )?\d")
# … or the sentence assesses the period's results ("Hội đồng nhân dân xã cơ bản tán thành đánh giá kết quả thực hiện
# nhiệm vụ … 6 tháng đầu năm 2028 như Báo cáo của Ủy ban nhân dân xã", a Nghị quyết's "Điều 1. Đánh giá kết quả 6
# tháng đầu năm 2028", t31-02): the half-year named is the one reviewed, no time to act by
_ASSESSED = re.compile(r"(?<![a-z])danh gia (?:ket qua|tinh hinh)(?![a-z])")
# … unless the sentence asks for it still ("phải", "cần", "phấn đấu", "đề nghị", "giao" a task — not "giao quân",
# the troops handed over, "giao nhận" their handing, a task's name)
_STILL_TO_DO = re.compile(
    r"(?<![a-z])(?:phai|can|phan dau|de nghi|yeu cau|giao(?! (?:quan|nhan)(?![a-z]))|tiep tuc)(?![a-z])")


def without_done_acts(deadlines: list[Deadline], results: list[tuple[int, int]]) -> list[Deadline]:
    """``deadlines`` without those lying in a results part (``results``) whose sentence reports the act done or whose date had passed."""
    def done(d: Deadline) -> bool:
        if not d.span or not any(a <= d.span.start < b for a, b in results):
            return False
        sentence = fold(d.span.sentence or "")
        if bool(_DONE.search(sentence) or d.past or _ASSESSED.search(sentence)) and not _STILL_TO_DO.search(sentence):
            return True
        clause = _clause_of(d.span.sentence or "", d.text)
        return clause is not None and bool(_DONE.search(clause) or _REACHED.search(clause)) \
            and not _STILL_TO_DO.search(clause)
    return [d for d in deadlines if not done(d)]


def _clause_of(sentence: str, text: str) -> str | None:
    """The ";"-clause of ``sentence`` that holds the date's words ``text`` (folded), None when they are not found:
    "Trong tháng 12 năm 2026, các phòng, đơn vị và các thôn đã tích cực triển khai nhiệm vụ …; thu ngân sách … đạt 108,6%
    dự toán Hội đồng nhân dân xã giao; …" (a19-08's "I. ĐÁNH GIÁ CHUNG") reports the month's work done in its own
    clause, though a later clause's "giao" (the budget the council set) reads as a task still asked."""
    at = sentence.find(text) if text else -1
    if at < 0:
        return None
    lo = sentence.rfind(";", 0, at) + 1
    hi = sentence.find(";", at + len(text))
    return fold(sentence[lo:hi if hi >= 0 else len(sentence)])
