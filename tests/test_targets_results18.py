"""Results beside the aims, session 18 (issue 10, authored17's kinds): a rate a year before the planned one reached,
and how far a task got by a report's day ("mới … đạt"), are no targets.

Plans and letters written for these tests (other places, figures and years than authored17's a17-02 and a17-04). The
expected values are read from the wording with the labels' convention (``realdocs/labeled/README.md``): past results
are not targets; the figures the plan aims at stay.
"""

from __future__ import annotations

from vanban.extract import extract

PLAN = ("ỦY BAN NHÂN DÂN\nXÃ HƯNG ĐẠO\nSố: 188/KH-UBND\nHưng Đạo, ngày 05 tháng 12 năm 2027\n\nKẾ HOẠCH\n"
        "Chuyển đổi số năm 2028 trên địa bàn xã\n\nII. CHỈ TIÊU NĂM 2028\n\n"
        "1. Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt từ 90% trở lên.\n\n"
        "2. Tỷ lệ người dân có tài khoản định danh điện tử mức độ 2 đạt 95%.\n\n{note}\n\n"
        "III. NHIỆM VỤ\n\nVăn phòng HĐND và UBND xã chủ trì triển khai Kế hoạch.\n")


def _figures(text):
    return [(t.min, t.max, t.unit) for t in extract(text).targets]


def test_a_rate_the_year_before_the_planned_one_reached_is_no_target():
    got = _figures(PLAN.format(note="(Năm 2027, tỷ lệ hồ sơ nộp trực tuyến của xã đạt 81,2%.)"))
    assert got == [(90.0, None, "%"), (95.0, 95.0, "%")]


def test_a_rate_of_the_planned_year_itself_stays_a_target():
    got = _figures(PLAN.format(note="3. Năm 2028, tỷ lệ thanh toán không dùng tiền mặt tại chợ đạt 70%."))
    assert got == [(90.0, None, "%"), (95.0, 95.0, "%"), (70.0, 70.0, "%")]


LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nVĂN PHÒNG\nSố: 902/VPUBND-KT\nV/v đẩy nhanh thu ngân sách\n"
          "Phú Thọ, ngày 10 tháng 11 năm 2027\n\nKính gửi: Sở Tài chính.\n\n"
          "Xét Báo cáo số 455/BC-STC ngày 05/11/2027 của Sở Tài chính (toàn tỉnh mới thu ngân sách đạt 71,5% dự toán), "
          "Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:\n\n"
          "Giao Sở Tài chính đôn đốc các xã, phường bảo đảm thu ngân sách năm 2027 đạt ít nhất 100% dự toán.\n")


def test_how_far_a_task_got_by_a_reports_day_is_no_target():
    assert _figures(LETTER) == [(100.0, None, "%")]
