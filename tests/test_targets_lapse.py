"""Targets: a lapse a rule sets — a span of time without doing something, after which the rule's consequence follows
(issue 10, session 15).

"hộp thư … sau 03 tháng không đăng nhập, Sở … sẽ tạm dừng hoạt động hộp thư đó" (a Quy chế of a province) and "chi
nhánh … ngừng hoạt động trên 12 tháng mà không thông báo … thì …" (a decree) set the shortest lapse that draws the
consequence: at least so long (``min``), as the labels read them. The sentences are written for these tests in that
style; a bare "Sau 30 ngày, …" stays no target.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 15/2025/QĐ-UBND\nBắc Ninh, ngày 10 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\n"
         "Ban hành Quy chế quản lý, sử dụng hệ thống thư điện tử công vụ\n\n")
_TAIL = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Bình\n"


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_HEAD + body + _TAIL).targets]


def test_months_without_signing_in():
    body = ("Điều 8. Tạm dừng hộp thư\nĐối với hộp thư điện tử công vụ đã cấp, sau 06 tháng không đăng nhập, Sở Khoa học "
            "và Công nghệ sẽ tạm dừng hoạt động của hộp thư đó.\n")
    assert _t(body) == [(6, None, "tháng")]


def test_case_of_a_branch_idle_over_months_without_notice():
    body = ("Điều 12. Thu hồi giấy chứng nhận\n3. Trường hợp chi nhánh ngừng hoạt động trên 06 tháng mà không thông báo "
            "cho cơ quan đăng ký kinh doanh thì cơ quan đăng ký kinh doanh yêu cầu người đại diện đến giải trình.\n")
    assert _t(body) == [(6, None, "tháng")]


def test_months_in_a_row_without_teaching():
    body = ("Điều 5. Bồi dưỡng lại\nGiảng viên bị gián đoạn quá 12 tháng liên tục không trực tiếp giảng dạy phải "
            "được bồi dưỡng lại trước khi tiếp tục giảng dạy.\n")
    assert _t(body) == [(12, None, "tháng")]


def test_a_bare_time_after_is_no_target():
    body = "Điều 6. Thông báo\nSau 30 ngày, cơ quan thuế gửi thông báo cho người nộp thuế.\n"
    assert _t(body) == []


def test_a_time_of_day_is_no_lapse():
    # "sau 15 giờ" is the afternoon hour a file arrives after, no span of time
    body = ("Điều 7. Trả kết quả\nTrường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong "
            "ngày làm việc tiếp theo.\n")
    assert _t(body) == []
