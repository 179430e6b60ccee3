"""The issuer's own dated submission in its plan's task table is its step (obligation_add: ISSUER_ACT).

Why: "UBND xã trình HĐND xã xem xét …" is a Tờ trình's own act (the document submits; the council decides), no task;
but a plan that times the issuer's submission in its timetable ("Trình HĐND xã … | UBND xã | … | Chậm nhất ngày …")
charges its own body with a dated step, as a dated sending there is (the labels README: a row's chủ trì is the body).
The plan is written for this test; an undated submission by the issuer stays none.
"""

from __future__ import annotations

from vanban.extract import extract

_PLAN = """ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH
Số: 40/KH-UBND

KẾ HOẠCH
Sắp xếp tổ dân cư trên địa bàn xã

III. TIẾN ĐỘ THỰC HIỆN

| STT | Nội dung công việc | Chủ trì | Phối hợp | Thời hạn |
| --- | --- | --- | --- | --- |
| 1 | Lập dự thảo Đề án | Văn phòng HĐND và UBND xã | Công an xã | Trước ngày 05/9/2031 |
| 2 | Trình HĐND xã xem xét, cho ý kiến về Đề án tại kỳ họp | UBND xã | Văn phòng HĐND và UBND xã | Trước 15/10/2031 |
"""

_SUBMISSION = """ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH
Số: 41/TTr-UBND

TỜ TRÌNH
Về việc thông qua Đề án sắp xếp tổ dân cư

Căn cứ Luật Tổ chức chính quyền địa phương;
UBND xã trình HĐND xã xem xét, thông qua Đề án sắp xếp tổ dân cư trên địa bàn xã.
"""


def _pairs(text):
    return [(o.who, o.deadline and o.deadline.date) for o in extract(text).obligations]


def test_the_issuer_s_dated_submission_in_its_timetable_is_its_step():
    assert ("UBND xã", "2031-10-15") in _pairs(_PLAN)


def test_an_undated_submission_by_the_issuer_stays_none():
    assert not [w for w, _ in _pairs(_SUBMISSION) if w == "UBND xã"]
