"""Targets: kinds of legal wording that the legal windows of draw 4 showed vanban missing (issue 10, session 14).

Thông tư and Nghị định spell their time limits and counts in words with the digits in brackets ("năm (05) ngày làm
việc"). The sentences are written for these tests in that style, not copied; the expected values follow
``../shared/realdocs/labeled/README.md`` (không quá / chậm nhất … kể từ → max; tối thiểu / ít nhất → min; a count of
papers a rule asks for → min = max).
"""

from __future__ import annotations

from vanban.extract import extract

_TT_HEAD = ("BỘ TÀI CHÍNH\nSố: 12/2025/TT-BTC\nHà Nội, ngày 10 tháng 3 năm 2025\n\nTHÔNG TƯ\n"
            "Hướng dẫn quản lý biên lai thu phí\n\n")
_TAIL = "\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrần Văn Bình\n"


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_TT_HEAD + body + _TAIL).targets]


def test_five_spelled_with_its_digits_is_a_number_not_a_year():
    # "năm" alone may be "year"; "năm (05)" is five
    body = ("Điều 5. Mất biên lai\nTổ chức thu phí phát hiện mất biên lai phải báo cáo cơ quan thuế chậm nhất không quá "
            "năm (05) ngày làm việc kể từ ngày phát hiện.\n")
    assert _t(body) == [(None, 5, "ngày làm việc")]


def test_fifty_five_spelled_with_its_digits():
    body = ("Điều 7. Thời hạn cấp phép\nThời hạn giải quyết là năm mươi lăm (55) ngày kể từ ngày nhận đủ hồ sơ hợp lệ.\n")
    assert _t(body) == [(None, 55, "ngày")]


def test_at_least_five_years_spelled():
    body = "Điều 3. Điều kiện\nNgười đứng đầu tổ chức có tối thiểu năm (05) năm kinh nghiệm trong lĩnh vực kế toán.\n"
    assert _t(body) == [(5, None, "năm")]


def test_a_year_in_brackets_is_no_number():
    body = "Điều 8. Báo cáo\nTrong năm (2025), Cục Thuế tổ chức kiểm tra việc sử dụng biên lai.\n"
    assert _t(body) == []


def test_papers_counted_in_words():
    # "gửi một bộ hồ sơ", "lập thành hai bản": the papers a rule asks for, in words as in digits
    body = ("Điều 4. Hồ sơ\n1. Doanh nghiệp gửi một bộ hồ sơ đề nghị cấp giấy phép đến Sở Tài chính.\n"
            "2. Biên bản kiểm tra được lập thành hai bản có giá trị như nhau.\n")
    assert _t(body) == [(1, 1, "bộ"), (2, 2, "bản")]


def test_papers_already_handed_in_or_a_unit_of_staff_are_no_count():
    body = ("Điều 6. Phối hợp\nTrường hợp doanh nghiệp đã nộp một bộ hồ sơ tại Cục Thuế thì không phải nộp lại. "
            "Sở gửi một bộ phận chuyên môn đến hỗ trợ doanh nghiệp.\n")
    assert _t(body) == []


def test_a_paper_named_by_its_result_is_no_past_result():
    # "Thông báo kết quả hủy biên lai" names a paper; "kết quả" there reports nothing done
    body = ("Điều 9. Hủy biên lai\nThông báo kết quả hủy biên lai được lập thành hai (02) bản, một bản lưu tại "
            "tổ chức thu phí.\n")
    assert (2, 2, "bản") in _t(body)


def test_a_lead_time_in_words():
    # "chậm nhất là một tháng trước ngày …": at least that long ahead, as "chậm nhất là 07 ngày trước ngày mở phiên tòa"
    body = ("Điều 11. Kiểm tra\nKế hoạch kiểm tra được thông báo cho các Cục Thuế chậm nhất là một tháng trước ngày "
            "tổ chức kiểm tra. Tổ chức thu phí thông báo cho Cục Thuế chậm nhất là ba mươi ngày trước ngày chấm dứt "
            "sử dụng biên lai.\n")
    assert _t(body) == [(1, None, "tháng"), (30, None, "ngày")]


def test_an_owners_share_names_a_kind_of_holder():
    # "tổ chức mà Nhà nước sở hữu 100% vốn điều lệ", "cổ đông sở hữu từ 10% …": which holder is meant, no figure to reach
    body = ("Điều 2. Đối tượng áp dụng\n1. Tổ chức mà Nhà nước sở hữu 100% vốn điều lệ do Chính phủ thành lập để xử lý "
            "nợ xấu.\n2. Cổ đông hoặc nhóm cổ đông sở hữu từ 10% tổng số cổ phần phổ thông có quyền đề cử.\n")
    assert _t(body) == []


def test_owners_equity_and_a_quorum_by_capital_stay_rules():
    body = ("Điều 5. Điều kiện\n1. Nhà đầu tư có vốn chủ sở hữu tối thiểu 15% tổng mức vốn đầu tư của dự án.\n"
            "2. Cuộc họp được tiến hành khi có số thành viên dự họp sở hữu từ 65% vốn điều lệ trở lên.\n")
    assert [(a, b, u) for a, b, u in _t(body)] == [(15, None, "%"), (65, None, "%")]


def test_a_term_of_office_or_a_cycle_named_is_exact():
    body = ("Điều 12. Hội đồng\n1. Nhiệm kỳ của Hội đồng quản lý là 05 năm.\n"
            "2. Chu kỳ kiểm tra việc sử dụng biên lai của tổ chức thu phí là 03 năm.\n"
            "3. Thành viên Hội đồng giữ chức vụ không quá hai nhiệm kỳ liên tiếp.\n")
    assert _t(body) == [(5, 5, "năm"), (3, 3, "năm"), (None, 2, "nhiệm kỳ")]


def test_a_lead_time_before_a_sitting():
    # "ít nhất N ngày làm việc trước phiên họp": a notice to give that far ahead, no look back
    body = ("Điều 13. Phiên họp\nThư ký Hội đồng gửi tài liệu đến các thành viên ít nhất 05 ngày làm việc trước phiên "
            "họp của Hội đồng.\n")
    assert _t(body) == [(5, None, "ngày làm việc")]


def test_papers_a_body_draws_up():
    # "lập 01 bộ hồ sơ đề nghị …": the papers a procedure asks for, as "nộp 01 bộ hồ sơ"
    body = ("Điều 14. Thanh lý biên lai\na) Tổ chức thu phí lập 01 bộ hồ sơ đề nghị thanh lý biên lai gửi Cục Thuế. "
            "Hội đồng được thành lập 01 bộ phận giúp việc.\n")
    assert _t(body) == [(1, 1, "bộ")]


def test_an_offence_named_with_an_age_is_no_bound():
    body = ("Điều 15. Phối hợp\nCơ quan thuế phối hợp với cơ quan điều tra trong các vụ án về Tội mua bán người dưới "
            "16 tuổi.\n")
    assert _t(body) == []


def test_a_time_limit_named_by_a_list_of_steps():
    # "Thời hạn khiếu nại, kiến nghị là 03 ngày làm việc": the name lists two steps, the limit is still named
    body = ("Điều 16. Khiếu nại\n1. Thời hạn khiếu nại, kiến nghị là 03 ngày làm việc, kể từ ngày nhận được quyết định.\n"
            "2. Thời hạn kiểm tra, thẩm định là 15 (mười lăm) ngày làm việc.\n"
            "3. Thời hạn lưu mẫu tại cơ quan kiểm tra thấp nhất là 30 ngày.\n")
    assert _t(body) == [(None, 3, "ngày làm việc"), (None, 15, "ngày làm việc")]


def test_one_of_a_list_counted_in_words():
    # "ít nhất một trong hai công đoạn", "ít nhất một trong các tiêu chí": at least one, counted in the list's noun
    body = ("Điều 17. Điều kiện\n1. Doanh nghiệp thực hiện ít nhất một trong hai công đoạn: xác định yêu cầu, thiết kế.\n"
            "2. Sản phẩm bảo đảm ít nhất một trong các tiêu chí sau đây:\n")
    assert _t(body) == [(1, None, "công đoạn"), (1, None, "tiêu chí")]
