"""Targets of a plan's criteria table, its funding and cost lines (session 32, tgt32c; tune31's kinds).

Every input is written here in the wording of its kind (a xã's plan for the nông thôn mới criteria, a ceremony's cost
estimate); the expected values are what a careful reader gives them.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 21/KH-UBND\nHòa Bình, ngày 12 tháng 3 năm 2028\n\n"
         "KẾ HOẠCH\nXây dựng xã nông thôn mới nâng cao năm 2028\n\n")


def _targets(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_HEAD + body).targets]


_TABLE = ("| STT | Tiêu chí / chỉ tiêu | Hiện trạng đầu năm 2028 | Chỉ tiêu năm 2028 | Bộ phận phụ trách |\n"
          "|---|---|---|---|---|\n"
          "| 1 | Điện (TC4): tỷ lệ hộ sử dụng điện an toàn | 97,5% | Từ 99% trở lên | Phòng Kinh tế |\n"
          "| 2 | Y tế (TC15): số trạm y tế đạt chuẩn | 03/04 trạm | 04/04 trạm | Trạm Y tế xã |\n"
          "| 3 | Nghèo đa chiều (TC11): tỷ lệ hộ nghèo đa chiều | 3,2% | Dưới 2% | Phòng Văn hóa - Xã hội |\n")


def test_the_state_the_year_starts_from_is_no_target():
    # "Hiện trạng đầu năm 2028" beside "Chỉ tiêu năm 2028": the first column is reached, the second set; a count out of
    # the xã's whole ("04/04 trạm") is the count to reach
    body = "I. CHỈ TIÊU CỤ THỂ\n\n" + _TABLE + "\nII. TỔ CHỨC THỰC HIỆN\n\nCác bộ phận triển khai thực hiện.\n"
    assert _targets(body) == [(99, None, "%"), (4, 4, "trạm"), (None, 2, "%")]


def test_a_row_with_its_body_in_charge_stays_beside_the_prose_goal():
    # the prose names the poverty goal, the table's row gives it again with the body in charge: each is read
    body = ("I. MỤC TIÊU\n\n- Giảm tỷ lệ hộ nghèo xuống dưới 2%.\n\nII. CHỈ TIÊU CỤ THỂ\n\n" + _TABLE
            + "\nIII. TỔ CHỨC THỰC HIỆN\n\nCác bộ phận triển khai thực hiện.\n")
    assert _targets(body) == [(None, 2, "%"), (99, None, "%"), (4, 4, "trạm"), (None, 2, "%")]


def test_funding_lines_and_cost_lines_are_amounts_set_aside():
    body = ("I. NGUỒN VỐN\n\nTổng vốn dự kiến huy động năm 2028: 9.600 triệu đồng, gồm:\n\n"
            "- Ngân sách tỉnh hỗ trợ: 4.000 triệu đồng;\n- Ngân sách xã: 3.100 triệu đồng;\n"
            "- Nhân dân đóng góp: 2.500 triệu đồng.\n\n"
            "II. KINH PHÍ TỔ CHỨC LỄ\n\nTổng dự toán không quá 85.000.000 đồng, cụ thể:\n\n"
            "- Khánh tiết, trang trí: 25.000.000 đồng;\n- Văn nghệ: 60.000.000 đồng.\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\nThuê bảo vệ theo hợp đồng với đơn giá 300.000 đồng/ngày.\n")
    assert _targets(body) == [(9600, 9600, "triệu đồng"), (4000, 4000, "triệu đồng"), (3100, 3100, "triệu đồng"),
                              (2500, 2500, "triệu đồng"), (None, 85000000, "đồng"), (25000000, 25000000, "đồng"),
                              (60000000, 60000000, "đồng")]


def test_an_amount_opening_a_task_clause_is_the_task_s_amount():
    # a task line's clauses after its colon, semicolon or comma, each opening with the verb of investing, keeping up or
    # supporting: the amount the plan is to get done ("hợp tác xã" is no meeting, "họp")
    body = ("II. NHIỆM VỤ, GIẢI PHÁP\n\n1. Giao thông: tập trung đầu tư 03 công trình cầu dân sinh; khởi công trong quý "
            "II/2028.\n\n2. Sản xuất: duy trì 80 ha vùng chè an toàn; hỗ trợ 04 hợp tác xã xây dựng nhãn hiệu.\n\n"
            "3. Nhà ở: hỗ trợ xây mới, sửa chữa 12 nhà ở cho hộ nghèo.\n")
    assert _targets(body) == [(3, 3, "công trình"), (80, 80, "ha vùng chè"), (4, 4, "hợp tác xã"), (12, 12, "nhà")]


def test_an_amount_in_a_review_or_a_request_is_no_task():
    # the same verbs in an account of what was done, and support asked of the province
    body = ("I. ĐÁNH GIÁ KẾT QUẢ NĂM 2027\n\nSố thôn đạt chuẩn tăng lên 12 thôn;\nxây dựng và duy trì 45 mô hình "
            "tự quản.\n\nII. NHIỆM VỤ, GIẢI PHÁP\n\n1. Đề nghị UBND tỉnh hỗ trợ 20 xe chở rác.\n")
    assert _targets(body) == []


def test_relative_limits_after_support_words_and_before_each_occasion():
    # "nhu cầu hỗ trợ" names what the report holds, the limit after it is a limit; a notice due ahead of each session
    body = ("II. NHIỆM VỤ\n\n- Báo cáo thiệt hại, nhu cầu hỗ trợ chậm nhất 03 ngày sau khi nước rút.\n\n"
            "- Niêm yết lịch tiếp công dân chậm nhất 02 ngày làm việc trước mỗi buổi tiếp.\n")
    assert _targets(body) == [(None, 3, "ngày"), (2, None, "ngày làm việc")]


def test_a_cold_spell_rule_said_again_after_a_semicolon():
    # "khi nhiệt độ … dưới N°C, <who> được nghỉ …; dưới M°C, <who> được nghỉ …": both thresholds
    body = ("II. NHIỆM VỤ\n\nSở Giáo dục và Đào tạo hướng dẫn các trường: khi nhiệt độ ngoài trời dưới 9°C, trẻ mầm non "
            "được nghỉ học; dưới 6°C, học sinh tiểu học được nghỉ học.\n")
    assert _targets(body) == [(None, 9, "°C"), (None, 6, "°C")]


def test_a_support_level_per_hectare_beside_the_budget_words():
    # "kinh phí hỗ trợ … với mức N đồng/ha": the level per hectare is a norm; the budget words do not make it a cost
    body = ("II. NHIỆM VỤ\n\nPhòng Kinh tế tham mưu bố trí kinh phí hỗ trợ hộ trồng cây dược liệu với mức 1.500.000 "
            "đồng/ha.\n")
    assert [(lo, hi) for lo, hi, _ in _targets(body)] == [(1500000, 1500000)]


def test_the_list_of_amounts_a_task_clause_opens_goes_on_after_a_comma():
    # "duy trì 60 ha …, 25 ha …": the second amount in the same unit is the task's too
    body = "II. NHIỆM VỤ, GIẢI PHÁP\n\n1. Sản xuất: duy trì 60 ha vùng cam hữu cơ, 25 ha chè VietGAP.\n"
    assert [(lo, hi) for lo, hi, _ in _targets(body)] == [(60, 60), (25, 25)]


def test_shops_are_counted():
    # "cửa hàng" (shops), not the function word "của"
    body = "I. CHỈ TIÊU\n\n1. Ký hợp đồng dự trữ hàng thiết yếu với 04 cửa hàng trên địa bàn xã.\n"
    assert [(lo, hi) for lo, hi, _ in _targets(body)] == [(4, 4)]
