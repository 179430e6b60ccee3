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


# A lead-in over a table of a team's members ("Giao X tham mưu thành lập Đội … trước ngày …, thành phần như sau:" over
# "TT | Họ và tên, chức vụ | Nhiệm vụ trong Đội"): the rows are persons, no items to hand the lead-in's body to, so the
# lead-in's own clause is X's dated task (written for this test: a commune's forest-fire plan).
_TEAM = """ỦY BAN NHÂN DÂN
XÃ AN LẠC
Số: 77/KH-UBND

KẾ HOẠCH
Phòng, chống cháy rừng mùa khô năm 2031

III. NỘI DUNG

**2. Đội xung kích phòng cháy rừng**

Giao Công an xã tham mưu UBND xã ra quyết định lập Đội xung kích trước ngày 10/3/2031, thành phần như sau:

| TT | Họ và tên, chức vụ | Nhiệm vụ trong Đội |
|---|---|---|
| 1 | Phó Chủ tịch UBND xã | Đội trưởng |
| 2 | Trưởng Công an xã | Đội phó |

IV. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế chủ trì tổng hợp kết quả, báo cáo UBND xã trước ngày 30/6/2031.
"""


def test_a_lead_in_over_a_table_of_members_is_its_body_s_task():
    assert ("Công an xã", "2031-03-10") in _pairs(_TEAM)
