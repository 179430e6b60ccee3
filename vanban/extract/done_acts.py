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
# the troops handed over, "giao nhận" their handing, a task's name, nor "giao thông", the roads)
_STILL_TO_DO = re.compile(
    r"(?<![a-z])(?:phai|can|phan dau|de nghi|yeu cau|giao(?! (?:quan|nhan|thong)(?![a-z]))|tiep tuc)(?![a-z])")


def without_done_acts(deadlines: list[Deadline], results: list[tuple[int, int]],
                      requests: list[tuple[int, int]] = ()) -> list[Deadline]:
    """``deadlines`` without those lying in a results part (``results``) whose sentence reports the act done or whose
    date had passed. In a Báo cáo's requests (``requests``, its "III. KIẾN NGHỊ", among ``results``) a figure to reach
    asks, it reports nothing: "b) Chỉ đạo giải ngân dứt điểm 1.660 triệu đồng …, bảo đảm giải ngân đạt 100% trước ngày
    31/10/2040." (a giám sát report's kiến nghị to UBND huyện, t55-05: its labels date it) — only "đã" or a past date
    tells of a done act there."""
    def done(d: Deadline) -> bool:
        if not d.span or not any(a <= d.span.start < b for a, b in results):
            return False
        sentence = fold(d.span.sentence or "")
        if bool(_DONE.search(sentence) or d.past or _ASSESSED.search(sentence)) and not _STILL_TO_DO.search(sentence):
            return True
        asked = any(a <= d.span.start < b for a, b in requests)
        clause = _clause_of(d.span.sentence or "", d.text)
        return clause is not None and bool(_DONE.search(clause) or (not asked and _REACHED.search(clause))) \
            and not _STILL_TO_DO.search(clause)
    return [d for d in deadlines if not done(d)]


#: the act the date tells of happened (folded): "đã xảy ra", "đã gây", "vừa qua" — a narrated event, no task
_HAPPENED = re.compile(r"(?<![a-z])(?:da (?:xay ra|gay(?: ra)?|lam|khien|anh huong)|vua qua)(?![a-z])")


#: an instrument's signing or adoption the date tells of (original text: folded "ký" is "kỳ", a period): "Bản ghi nhớ …
#: được ký tại Hà Nội vào ngày …", "… do Ủy ban hỗn hợp thông qua vào ngày …" — a legal basis's date, no task
_SIGNED = re.compile(r"(?<![^\W\d_])(?:[Kk]ý kết|[Kk]ý|[Tt]hông qua|[Pp]hê chuẩn)(?![^\W\d_])")


#: the date is the day it was done on, "(vào) ngày …" — not a time limit ("trước ngày", "chậm nhất ngày")
_ON_DAY = re.compile(r"(?<![^\W\d_])(?<!trước )(?<!nhất )(?<!hạn )(?<!đến )(?:vào\s+)?ngày\s*$")


def without_narrated_events(deadlines: list[Deadline], issued) -> list[Deadline]:
    """``deadlines`` without a date that tells when an event of the document's background happened, in any part:
    its clause says it happened, or that an instrument was signed or adopted on that day (:data:`_SIGNED`, the day
    before the document's), ("Trong tháng 10 năm 2026, do bão số 7, trên địa bàn tỉnh đã xảy ra lũ quét …", a
    Công điện's opening, :data:`_HAPPENED`) with no task still asked (:data:`_STILL_TO_DO`), and its period had begun
    by the document's date ``issued`` (a month the Công điện is issued in is no month it asks anything by). Why: 226-
    CD-TTg's "Trong tháng 11 năm 2025, do mưa, lũ … đã xảy ra …" was a deadline of no body, not past (the month runs on
    after the 21st), and the checklist listed it as a task (session 40's newcomer)."""
    if issued is None:
        return deadlines

    def narrated(d: Deadline) -> bool:
        first = d.date or d.earliest
        if not d.span or not first or first > issued.isoformat():
            return False
        clause = _clause_of(d.span.sentence or "", d.text)
        if clause is None or _STILL_TO_DO.search(clause):
            return False
        if _HAPPENED.search(clause):
            return True
        # a signing or adoption on a day before the document's (the "Căn cứ pháp lý" cell of a list of procedures:
        # "- Bản ghi nhớ … được ký … vào ngày 21/10/2022", 02144-QD-UBND's appendix, three "deadlines")
        last = d.latest or d.date
        own = _clause_of(d.span.sentence or "", d.text, folded=False) or ""
        before = own[:own.find(d.text)] if d.text in own else ""
        return bool(last and last < issued.isoformat() and _SIGNED.search(before) and _ON_DAY.search(before))
    return [d for d in deadlines if not narrated(d)]


def _clause_of(sentence: str, text: str, folded: bool = True) -> str | None:
    """The ";"-clause of ``sentence`` that holds the date's words ``text`` (folded), None when they are not found:
    "Trong tháng 12 năm 2026, các phòng, đơn vị và các thôn đã tích cực triển khai nhiệm vụ …; thu ngân sách … đạt 108,6%
    dự toán Hội đồng nhân dân xã giao; …" (a19-08's "I. ĐÁNH GIÁ CHUNG") reports the month's work done in its own
    clause, though a later clause's "giao" (the budget the council set) reads as a task still asked."""
    at = sentence.find(text) if text else -1
    if at < 0:
        return None
    lo = sentence.rfind(";", 0, at) + 1
    hi = sentence.find(";", at + len(text))
    clause = sentence[lo:hi if hi >= 0 else len(sentence)]
    return fold(clause) if folded else clause
