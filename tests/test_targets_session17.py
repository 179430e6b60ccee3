"""Targets on real wording, session 17 (issue 10): a resolution's nested "Các chỉ tiêu chủ yếu", a budget's split,
a team counted under a firm bound.

Lines written for these tests in the style of a commune's Nghị quyết and a ward's Quyết định; the expected values are
read from the wording with the labels' conventions (``realdocs/labeled/README.md``: an exact figure is min = max; "ít
nhất" a minimum only).
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = ("HỘI ĐỒNG NHÂN DÂN\nXÃ AN THẠNH\nSố: 12/NQ-HĐND\nAn Thạnh, ngày 10 tháng 12 năm 2026\n\nNGHỊ QUYẾT\n"
        "Về nhiệm vụ phát triển kinh tế - xã hội năm 2027\n\nQUYẾT NGHỊ:\n\n"
        "Điều 1. Mục tiêu, chỉ tiêu và nhiệm vụ năm 2027\n\n1. Mục tiêu tổng quát\n\n"
        "Tiếp tục phát triển nông nghiệp hàng hóa; nâng cao đời sống của Nhân dân.\n\n2. Các chỉ tiêu chủ yếu\n\n"
        "a) Về kinh tế\n\n")


def _figures(body: str):
    return [(t.min, t.max, t.unit) for t in extract(HEAD + body + "\n").targets]


def test_a_count_in_a_nested_targets_list_is_a_target():
    assert _figures("- Có thêm 01 trường học được công nhận đạt chuẩn quốc gia mức độ 2.") == [(1.0, 1.0, "trường")]


def test_the_part_of_a_budget_after_trong_do():
    assert _figures("- Tổng thu ngân sách nhà nước trên địa bàn đạt 42,6 tỷ đồng; trong đó thu ngân sách xã được hưởng "
                    "theo phân cấp 18,3 tỷ đồng.") == [(42.6, 42.6, "tỷ đồng"), (18.3, 18.3, "tỷ đồng")]


def test_the_area_a_value_is_counted_per_is_no_target_across_a_wrapped_line():
    assert _figures("- Giá trị sản phẩm thu được trên 01 ha đất trồng trọt và nuôi trồng thủy sản\nđạt 165 triệu đồng.") \
        == [(165.0, 165.0, "triệu đồng/ha")]  # (tgt56t) per that hectare, as a16-09 labels it: "triệu đồng/ha"


def test_a_task_list_under_a_heading_naming_tasks_too_is_no_targets_list():
    body = "3. Nhiệm vụ, giải pháp chủ yếu\n\n- Tổ chức 02 hội nghị nêu trên."
    assert _figures(body) == []


def test_a_team_counted_with_its_capital_under_a_firm_bound():
    (t,) = extract(HEAD + "- Mỗi ấp duy trì ít nhất 01 Tổ công nghệ số cộng đồng hoạt động thường xuyên.\n").targets
    assert (t.min, t.max) == (1.0, None) and t.unit.startswith("tổ công nghệ")
    assert extract(HEAD.replace("2. Các chỉ tiêu chủ yếu", "2. Nội dung") +
                   "- Triển khai 03 Chương trình mục tiêu quốc gia trên địa bàn.\n").targets == ()  # a name, no count


def test_the_population_counts_are_per_is_no_minimum():
    assert _figures("- Đạt 19 bác sĩ và 35 giường bệnh trên 10.000 dân.") == [
        (19.0, 19.0, "bác sĩ"), (35.0, 35.0, "giường bệnh")]


def test_not_letting_a_thing_stand_over_a_time_is_at_most_that_time():
    kh = ("ỦY BAN NHÂN DÂN\nXÃ TAM NÔNG\nSố: 129/KH-UBND\nTam Nông, ngày 10 tháng 11 năm 2026\n\nKẾ HOẠCH\n"
          "Thu Quỹ phòng, chống thiên tai năm 2026\n\nII. NHIỆM VỤ\n"
          "- Hướng dẫn các thôn không để tồn tiền mặt đã thu tại thôn quá 05 ngày làm việc kể từ ngày thu.\n")
    # ("đã thu" says which cash, inside the prohibition: no past result)
    assert [(t.min, t.max, t.unit) for t in extract(kh).targets] == [(None, 5.0, "ngày làm việc")]


CV = ("ỦY BAN NHÂN DÂN\nXÃ TAM NÔNG\nSố: 1287/UBND-KT\nV/v đôn đốc thu Quỹ phòng, chống thiên tai năm 2026\n"
      "Tam Nông, ngày 24 tháng 11 năm 2026\n\nKính gửi: Trưởng các thôn.\n\n"
      "Ủy ban nhân dân xã đã ban hành Kế hoạch thu Quỹ năm 2026 và yêu cầu hoàn thành việc thu, nộp trước ngày "
      "31/10/2026.\n\n{body}\n")


def test_what_was_reached_by_a_past_day_after_tuy_nhien_is_no_target():
    body = ("Tuy nhiên, đến hết ngày 20/11/2026, toàn xã mới thu được 187.450.000 đồng, đạt 61,4% kế hoạch; trong đó "
            "có 09/23 thôn đạt dưới 50%; một số cơ quan, đơn vị chưa nộp.")
    assert extract(CV.format(body=body)).targets == ()


def test_a_figure_named_again_with_neu_tren_is_no_target():
    body = ("Các thôn đạt dưới 50% nêu trên, Trưởng thôn có báo cáo giải trình bằng văn bản gửi Chủ tịch UBND xã. "
            "Phấn đấu thu đạt tối thiểu 95% kế hoạch.")
    assert [(t.min, t.max, t.unit) for t in extract(CV.format(body=body)).targets] == [(95.0, None, "%")]


def test_a_task_assignment_appendix_is_read_for_the_plans_targets():
    kh = ("ĐẢNG BỘ PHƯỜNG AN HÒA\nSố: 112-KH/ĐU\nAn Hòa, ngày 16 tháng 11 năm 2026\n\nKẾ HOẠCH\n"
          "Thực hiện Chỉ thị số 09-CT/TU về phòng cháy, chữa cháy\n\nI. NHIỆM VỤ\n\n1. Tăng cường tuyên truyền về "
          "phòng cháy, chữa cháy.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nLê Thị Thanh Nhàn\n\n\nPHỤ LỤC\n\n"
          "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN CHỈ THỊ SỐ 09-CT/TU\n\n"
          "| TT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
          "| 1 | Kiện toàn lực lượng dân phòng tại 100% tổ dân phố | Công an phường | Quý I/2027 |\n")
    assert [(t.min, t.max, t.unit) for t in extract(kh).targets] == [(100.0, 100.0, "%")]
