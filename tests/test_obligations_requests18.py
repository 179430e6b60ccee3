"""A body's block that recalls an earlier request, then asks its head, session 18 (issue 10, authored17's a17-04 kind).

A Văn phòng's letter conveying the Chủ tịch's directions, written for these tests (other province, bodies and dates).
Expected values read from the wording with the labels' conventions (``realdocs/labeled/README.md``): the obligation's
deadline is the earliest dated deadline of the assignment — a date already past on the letter's date, recalled from the
earlier request, is no due date of it; the body is the one the request addresses ("Đề nghị Chủ tịch UBND các xã,
phường:" under the heading "Ủy ban nhân dân các xã, phường": the labels write the Chủ tịch).
"""

from __future__ import annotations

from vanban.extract import extract

LETTER = """ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
VĂN PHÒNG
-------

Số: 3310/VPUBND-TH
V/v đôn đốc báo cáo kết quả chuyển đổi số

Ninh Bình, ngày 14 tháng 12 năm 2026

Kính gửi:
- Sở Khoa học và Công nghệ;
- Ủy ban nhân dân các xã, phường.

Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:

1. Sở Khoa học và Công nghệ

Tổng hợp kết quả chuyển đổi số năm 2026 của các địa phương, báo cáo UBND tỉnh trước ngày 28/12/2026.

2. Ủy ban nhân dân các xã, phường

Tại Công văn số 2915/VPUBND-TH ngày 02/11/2026, Chủ tịch UBND tỉnh đã yêu cầu các địa phương báo cáo trước ngày 25/11/2026; tuy nhiên, đến nay còn 09 xã chưa gửi báo cáo. Đề nghị Chủ tịch UBND các xã, phường:

a) Gửi báo cáo kết quả chuyển đổi số năm 2026 về Sở Khoa học và Công nghệ chậm nhất ngày 20/12/2026.

b) Hoàn thành cập nhật dữ liệu dân cư trên hệ thống trước ngày 15/01/2027.

Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT, TH.

TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Đinh Văn Hùng
"""


def test_the_recalled_past_date_is_not_the_blocks_deadline_and_the_head_asked_is_its_body():
    got = [(o.who, o.deadline.date if o.deadline else None) for o in extract(LETTER).obligations]
    assert got == [("Sở Khoa học và Công nghệ", "2026-12-28"), ("Chủ tịch UBND các xã, phường", "2026-12-20")]


def test_a_request_to_the_heading_body_itself_keeps_its_name():
    text = LETTER.replace("Đề nghị Chủ tịch UBND các xã, phường:", "Đề nghị các địa phương:")
    got = [(o.who, o.deadline.date if o.deadline else None) for o in extract(text).obligations]
    assert got[1] == ("Ủy ban nhân dân các xã, phường", "2026-12-20")


def test_a_plans_own_task_due_before_it_was_issued_keeps_that_date():
    # (a plan issued late: its task's date is past on the plan's date, yet it is the task's own, as printed — not a
    # recalled request)
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 1702/QĐ-UBND\nNinh Bình, ngày 20 tháng 11 năm 2026\n\nKẾ HOẠCH\n"
            "Tổng kiểm kê tài sản công\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Ủy ban nhân dân các xã, phường\n\n"
            "- Thành lập Ban Chỉ đạo kiểm kê cấp xã. Thời gian hoàn thành: Trước ngày 15/11/2026.\n\n"
            "- Báo cáo kết quả kiểm kê về Sở Tài chính. Thời gian hoàn thành: Tháng 12/2026.\n")
    got = [(o.who, o.deadline.latest if o.deadline else None) for o in extract(text).obligations]
    assert got == [("Ủy ban nhân dân các xã, phường", "2026-11-15")]
