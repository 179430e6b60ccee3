"""The words around a target's figure that are not what it measures (folded: lower case, no diacritics, đ→d).

Why: a target's scope is the noun phrase its figure measures ("tỷ lệ tham gia bảo hiểm y tế" for "đạt tỷ lệ từ 95% trở
lên"). A scope read after a percentage that stops at its first function word ("từ 95% trở lên | trong | năm 2027",
"20% | số | được xếp loại …", session 17's end-of-session newcomer) names nothing; a bare "tỷ lệ" after a comma is the
rate of the act the clause before it names; a time limit ("trong thời hạn 10 ngày") measures its task, not the body
that does it. Read by :mod:`vanban.extract.target_scope` (and :mod:`vanban.extract.targets`).
"""

from __future__ import annotations

import re

from vanban.extract.folded import kw

#: words that name no measure alone: prepositions, a plural's mark, a lone "số" (the number of …)
_FUNCTION_WORDS = ("trong", "so", "cua", "cac", "nhung", "tai", "voi", "cho", "va", "la", "den", "tu", "tren", "duoi",
                   "vao", "theo", "ve", "o", "moi", "hang", "sau", "truoc", "nay", "do", "khi", "thi", "ma")
#: a scope of function words only
FUNCTION_WORDS_ONLY_RE = re.compile(rf"\s*(?:(?:{'|'.join(_FUNCTION_WORDS)})(?:\s+|$))+")

#: the words of an aim opening a clause before its measure: "phấn đấu đạt | tỷ lệ", "mục tiêu là | …"
AIM_LEAD_RE = re.compile(rf"^\s*(?:{kw('phan dau')}|{kw('muc tieu')}|{kw('chi tieu')})(?:\s+(?:{kw('la')}|{kw('co')}|{kw('dat')}|"
                         rf"{kw('dat duoc')}|{kw('co duoc')}))?\s+|^\s*{kw('dat')}\s+")
#: the change a target's clause opens with, before the measure whose level its figure gives ("Phấn đấu kéo giảm | tỷ lệ
#: tai nạn lao động xuống còn dưới 1%", "Giảm | tỷ lệ trẻ em suy dinh dưỡng còn dưới 8%", "Kiềm chế, kéo giảm | …"),
#: folded: the figure is the level reached, the measure's name starts after the change
CHANGE_LEAD_RE = re.compile(rf"^\s*(?:{kw('phan dau')}\s+)?(?:{kw('kiem che')},?\s+)?(?:{kw('keo')}\s+)?"
                            rf"(?:{kw('giam')}|{kw('tang')}|{kw('nang')})\s+(?=[a-z])")
#: the level word between a changed measure and its figure ("… xuống còn | dưới 1%", "… còn | 8%", "… lên | 95%"), folded
LEVEL_REACHED_RE = re.compile(rf"(?<![a-z])(?:{kw('xuong con')}|{kw('xuong')}|{kw('con')}|{kw('len')})"
                              rf"(?:\s+(?:{kw('duoi')}|{kw('tren')}|{kw('toi da')}|{kw('toi thieu')}|{kw('it nhat')}|"
                              rf"{kw('khong qua')}|{kw('muc')}))?\s*$")
#: a rate named by its word alone ("tỷ lệ", "tỉ lệ"): what it is a rate of is the clause before it
BARE_RATE_RE = re.compile(rf"^\s*t[yi]\s+l[e¢]\s*$")

#: a campaign's verb and the people it moves, before the act they are moved to ("vận động nhân dân | tham gia bảo hiểm
#: y tế"): the rate is of the act, not of the campaign
_MOVE_VERBS = ("tuyen truyen, van dong", "tuyen truyen van dong", "van dong", "khuyen khich", "huong dan", "don doc",
               "tuyen truyen")
_MOVED_PEOPLE = ("nhan dan", "nguoi dan", "ho gia dinh", "cac ho gia dinh", "cac ho", "dang vien", "doan vien",
                 "hoi vien", "can bo", "hoc sinh", "nguoi lao dong", "doanh nghiep", "cac doanh nghiep", "thanh nien")
MOVED_TO_ACT_RE = re.compile(rf"^\s*(?:{'|'.join(_MOVE_VERBS)})\s+(?:{'|'.join(_MOVED_PEOPLE)})\s+(?=[a-z])")


#: the steering verbs between a body and the act a rate measures (folded, at the head's start once the body is off):
#: "Đảng ủy Ủy ban nhân dân tỉnh | chỉ đạo hoàn thành | giải ngân vốn đầu tư công đạt trên 95%" (the session-18
#: newcomer's Thông báo: the scope opened with the body) — the rate is of the act; "… | tổ chức | diễn tập tại ít nhất
#: 05 xã": the count is of the act too
STEERING_LEAD_RE = re.compile(r"^\s*(?:(?:chu tri|chi dao|don doc|hoan thanh|phan dau|tap trung|day nhanh|bao dam|dam bao"
                              r"|to chuc|trien khai|thuc hien)"
                              r"(?:\s*,\s*|\s+(?:va\s+)?))+(?=[a-z])")
#: the words closing a task before the figure it counts (printed, lower case): "tổ chức diễn tập tại | ít nhất 05 xã",
#: "tập huấn cho | 120 đảng viên" — the preposition and the bound belong to neither the task nor the things counted
TASK_TAIL_BEFORE_FIGURE_RE = re.compile(r"(?:\s+(?:tại|cho|đối với|với|ở|của|trên|tới|đến))?"
                                        r"(?:\s+(?:ít nhất|tối thiểu|tối đa|không quá|không dưới|không ít hơn|từ|trên))?\s*$")

#: a line's words before the colon its figure follows that date the figure, not name what it measures: "đ) Đến hết năm
#: 2045: 100% | DNNVV, HTX, HKD …", "- Năm 2026: 95%", "Giai đoạn 2026 - 2030: …" (the newcomer's 617/KH-UBND, session
#: 21: the scope read "đ) Đến hết năm 2045"); an item's mark may open it. The scope is then read after the figure.
PERIOD_LABEL_RE = re.compile(
    r"\s*(?:\(\d+\)|\d+(?:\.\d+)*[.)]|[a-z]\))?\s*(?:(?:den|toi|trong|vao|tu nay den)\s+)?(?:(?:het|cuoi|dau)\s+)?"
    r"(?:nam|giai doan)\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*")
