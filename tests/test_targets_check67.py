"""Targets on the kinds of wording met in the check6 and check7 batches (issue 10, round 3).

Every input is a sentence of a real document in ``../shared/realdocs/docs`` (named beside each test) that
the targets grammar had never been tuned on; the expected values were read from the text by hand
(``bench/gold/review-targets`` holds the labels of the whole documents), never taken from vanban.
"""

from __future__ import annotations

from test_targets_rules import _decision_with_appendix, _targets

from vanban.extract import extract


def test_a_term_of_a_fee_formula_is_no_bound():
    # 2859/QĐ-UBND, the fee of a procedure: "trên 1 tỷ đồng" is the part of the cost the rate applies to
    text = _decision_with_appendix(
        "THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH LĨNH VỰC ĐỊA CHẤT VÀ KHOÁNG SẢN",
        "1. Thủ tục công nhận kết quả thăm dò khoáng sản\n\n- Thời hạn thẩm định, công nhận kết quả thăm dò khoáng\n"
        "sản đối với khoáng sản nhóm III tối đa là 45 ngày kể từ ngày nhận đủ hồ sơ.\n"
        "- Phí thẩm định:\n- Đến 01 tỷ đồng: 10 triệu đồng.\n- Trên 01 đến 10 tỷ đồng: 10 triệu đồng + (0,5% x\n"
        "phần tổng chi phí trên 1 tỷ đồng).\n- Trên 20 tỷ đồng: 85 triệu đồng + (0,2% x phần\ntổng chi phí trên 20 tỷ đồng).")
    assert [(t.min, t.max, t.unit) for t in extract(text).targets] == [(None, 45, "ngày")]


def test_a_reason_is_a_fact_not_a_limit():
    # 2813/QĐ-UBND, a procedure's simplification plan
    assert _targets("Lý do: Trong 05 năm liên tục không phát sinh hồ sơ.") == []


def test_an_attribute_that_names_a_class_is_no_target():
    # 2665/QĐ-UBND: which peoples the list holds
    assert _targets("Dân tộc có khó khăn đặc thù là dân tộc có dân số trong phạm vi toàn quốc dưới 10.000 người theo dữ liệu\n"
                    "quản lý dân cư.") == []


def test_the_rate_goods_bear_now_names_them_the_rate_granted_is_the_rule():
    # 3257/TNI-QLDN1 quoting Nghị định 72/2024/NĐ-CP
    assert _targets("1. Giảm thuế giá trị\ngia tăng đối với các nhóm hàng hóa, dịch vụ đang áp dụng mức thuế suất 10%, trừ\n"
                    "nhóm hàng hóa, dịch vụ sau:") == []
    assert _targets("a) Cơ sở kinh doanh\ntính thuế giá trị gia tăng theo phương pháp khấu trừ được áp dụng mức thuế suất\n"
                    "thuế giá trị gia tăng 8% đối với hàng hóa, dịch vụ quy định tại khoản 1 Điều\nnày.") == [(8, 8, "%")]


def test_a_ceiling_named_before_the_thing_it_bounds():
    # 56/2025/NQ-HĐND: "tối đa" … "là" 300 triệu đồng
    assert _targets("- Đối với chương trình tín dụng hỗ trợ tạo việc\nlàm: Mức cho vay tối đa đối với người lao động là\n"
                    "300 triệu đồng, người vay vốn không cần phải có tài sản bảo đảm tiền vay.") == [(None, 300, "triệu đồng")]


def test_a_spelled_out_figure_with_its_digits():
    # 137/2025/QĐ-UBND: petrol stations' opening hours; the clock times are times of day
    assert _targets("1. Tổng thời gian bán hàng phải đảm bảo tối thiểu là mười hai (12) giờ liên tục trong một ngày.") \
        == [(12, None, "giờ")]
    # 3565/QĐ-UBND, a cell of the procedures' table
    assert _targets("| 1 | Thủ tục cấp giấy chứng nhận\n|\n1.011818\n|\nMười (10) ngày làm việc kể từ ngày nhận\nđược hồ sơ hợp lệ.\n|") \
        == [(None, 10, "ngày làm việc")]


def test_a_lone_time_limit_counted_from_an_event_and_the_cases_in_brackets():
    # 1609/QĐ-TTPVHCC: the second time limit of a procedure, with the cases it is for in brackets
    got = _targets("- 07 (bảy) ngày làm việc kể\ntừ ngày ban hành quyết định cấp chứng chỉ (đối với các trường hợp: chứng chỉ đã được "
                   "cấp còn thời hạn nhưng do thay đổi thông tin trên chứng chỉ; cá nhân thực hiện đăng ký cấp chứng chỉ thành công "
                   "trên Hệ thống trong thời hạn tối thiểu 15 ngày trước ngày chứng chỉ hết hiệu lực).")
    assert got == [(None, 7, "ngày làm việc")]
    # an effective date is no time limit
    assert _targets("Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký.") == []


def test_a_count_of_procedures_published_is_no_target():
    # 1609/QĐ-TTPVHCC, Điều 1
    assert _targets("a) Sửa đổi, bổ sung: 01 thủ tục\nhành chính tại số thứ tự 106 trong phụ lục phần A1.") == []


def test_a_ceiling_runs_on_through_a_list_of_rates_per_thing():
    # 56/2025/NQ-HĐND: two ceilings, one per kind of works
    assert _targets("- Đối với chương trình tín dụng nước sạch và vệ\nsinh môi trường: Mức cho vay tối đa là 30 triệu "
                    "đồng/công trình nước sạch và 50\ntriệu đồng/công trình vệ sinh.") == [(None, 30, "triệu đồng"), (None, 50, "triệu đồng")]
