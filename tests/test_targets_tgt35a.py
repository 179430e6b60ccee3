"""Targets of session 35's first wave on authored33 / tune33 documents 01–05 (tgt35a), each input written here in the
kind's wording:

* a goal of the "MỤC ĐÍCH, YÊU CẦU" part said again by a later task ("100% đoàn viên viết bài thu hoạch" in the
  requirements, "- 100% đoàn viên trong Đoàn xã viết bài thu hoạch cá nhân" among the tasks) is counted once, also
  when a nested goal follows the first ("…, trong đó …");
* the people or units a plan selects ("tuyển chọn 40 cộng tác viên (…), 08 tổ trưởng và 04 cộng tác viên dự
  phòng", "lựa chọn 03 chi đoàn") are exact targets;
* a cited measure's figure for the issuer's area ("… Quyết định số 1208/QĐ-UBND của huyện đạt từ 85 điểm trở lên") is
  a goal, not the cited decision's issuer.
"""

from test_targets_tg25 import _kh  # (a UBND tỉnh's plan around one body part)


def test_a_requirement_said_again_by_a_task_is_counted_once():
    body = ("I. MỤC ĐÍCH, YÊU CẦU\n\n- Phấn đấu tỷ lệ đoàn viên tham gia học tập đạt từ 90% trở lên; 100% đoàn "
            "viên viết bài thu hoạch; số bài đạt yêu cầu chiếm không dưới 90%.\n\n"
            "II. NỘI DUNG\n\n- 100% đoàn viên trong Đoàn xã viết bài thu hoạch, tự liên hệ với công việc mình đang "
            "đảm nhận.\n")
    assert _kh(body) == [(90, None, "%"), (100, 100, "%"), (90, None, "%")]


def test_a_goal_of_another_part_with_the_same_figure_stays():
    body = ("I. MỤC ĐÍCH, YÊU CẦU\n\n- 100% đoàn viên viết bài thu hoạch.\n\n"
            "II. NỘI DUNG\n\n- Bảo đảm 100% chi đoàn tổ chức sinh hoạt chuyên đề.\n")
    assert _kh(body) == [(100, 100, "%"), (100, 100, "%")]


def test_the_people_a_plan_selects_are_exact_targets():
    body = ("II. NỘI DUNG\n\n3. Lực lượng: tuyển chọn 40 cộng tác viên (mỗi cộng tác viên phụ trách 01 thôn), "
            "08 tổ trưởng và 04 cộng tác viên dự phòng; ưu tiên đoàn viên thanh niên.\n\n"
            "4. Ban Chỉ đạo lựa chọn 03 chi đoàn để tổ chức sinh hoạt mẫu.\n")
    assert _kh(body) == [(40, 40, "cộng tác viên"), (8, 8, "tổ trưởng"), (4, 4, "cộng tác viên"),
                         (3, 3, "chi đoàn")]


def test_a_cited_measure_s_goal_is_no_part_of_the_citation():
    body = ("II. CHỈ TIÊU\n\n1. Chỉ số cải cách hành chính chấm theo Bộ tiêu chí ban hành kèm theo "
            "Quyết định số 1208/QĐ-UBND của huyện đạt từ 85 điểm trở lên.\n")
    assert _kh(body) == [(85, None, "điểm")]


def test_the_occasions_a_task_schedules_by_month_are_its_quota():
    body = ("II. NHIỆM VỤ\n\n- Tổ chức 02 đợt phát quang, khơi thông, nạo vét kênh mương nội đồng toàn xã: đợt 1 trong "
            "tháng 4/2029, đợt 2 trong tháng 9/2029.\n")
    assert _kh(body) == [(2, 2, "đợt")]


def test_a_funding_line_whose_label_is_a_clause_is_an_exact_target():
    body = ("IV. KINH PHÍ\n\n- Ngân sách phường bố trí 96.000.000 đồng để in ấn tài liệu, tuyên truyền và kiểm tra.\n\n"
            "- Ngân sách phường chi trả tiền công, văn phòng phẩm với tổng kinh phí 40.000.000 đồng.\n")
    assert _kh(body) == [(96000000, 96000000, "đồng")]


def test_the_ones_chosen_to_be_put_up_for_an_award_are_no_targets():
    body = ("II. NỘI DUNG\n\n- Biểu dương từ 02 đến 04 tập thể có thành tích tiêu biểu; lựa chọn 01 tập thể, 01 cá nhân "
            "đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh khen thưởng.\n")
    assert _kh(body) == [(2, 4, "tập thể")]


def test_a_goal_named_before_its_count_said_again_by_a_task_is_counted_once():
    body = ("II. CHỈ TIÊU\n\n1. Số lượng: giao 30 thanh niên nhập ngũ, trong đó: phục vụ trong Quân đội nhân dân 27 "
            "thanh niên; thực hiện nghĩa vụ tham gia Công an nhân dân 03 thanh niên.\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\n1. Công an xã\n\nThẩm tra tiêu chuẩn chính trị; tuyển chọn 03 thanh niên thực "
            "hiện nghĩa vụ tham gia Công an nhân dân; bảo đảm an ninh, trật tự.\n")
    got = _kh(body)
    assert got.count((3, 3, "thanh niên")) == 1


def test_a_floor_runs_on_through_a_comma_list_of_counts():
    body = ("II. CHỈ TIÊU\n\n1. Năm nay kiểm tra ít nhất 80 hộ kinh doanh, 30 công trình nhà ở riêng lẻ và tất cả nhà "
            "nghỉ, nhà trọ trong xã.\n")
    assert _kh(body) == [(80, None, "hộ"), (30, None, "công trình")]


def test_the_strive_column_of_a_revenue_table_is_a_target_per_row():
    body = ("II. NHIỆM VỤ THU\n\nCác khoản thu chủ yếu của xã như sau.\n\n*Đơn vị tính: triệu đồng*\n\n"
            "| TT | Khoản thu | Huyện giao năm 2029 | Thực hiện 9 tháng năm 2029 | Phấn đấu cả năm 2029 |\n"
            "|---|---|---|---|---|\n"
            "| 1 | Lệ phí trước bạ | 2.000 | 1.400 | 2.300 |\n"
            "| 2 | Thu tiền thuê đất | 900 | 610 | 990 |\n"
            "| | Tổng cộng | 2.900 | 2.010 | 3.290 |\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\nCác cơ quan triển khai thực hiện.\n")
    # (tgt41a) the "Tổng cộng" row the prose states nowhere is the whole xã's goal too (a39-10, t39-10 count it);
    # one the prose states is counted once, as the prose's (tests/test_targets_tgt41a.py)
    assert [t for t in _kh(body) if t[2] == "triệu đồng"] == [(2300, 2300, "triệu đồng"), (990, 990, "triệu đồng"),
                                                             (3290, 3290, "triệu đồng")]


def test_all_kinds_of_a_crop_is_a_count_not_a_class():
    body = ("II. CHỈ TIÊU\n\n- Cây vụ Đông toàn xã phấn đấu gieo trồng 250 ha trở lên, trong đó: rau các loại 110 ha; "
            "ngô 80 ha; cây khác 60 ha.\n")
    assert (110, 110, "ha") in _kh(body)


def test_an_estimate_bounded_from_below_is_aimed_at():
    body = ("II. CHỈ TIÊU\n\n- Mỗi ha canh tác cho giá trị bình quân trên 110 triệu đồng; tổng giá trị thu từ cây vụ "
            "Đông ước đạt 30 tỷ đồng trở lên.\n")
    assert (30, None, "tỷ đồng") in _kh(body)


def test_a_figure_by_a_day_ahead_of_the_plan_is_a_goal():
    body = ("II. CHỈ TIÊU\n\n2. Đến ngày 31/12/2027, số thuế còn nợ giảm xuống dưới 6% tổng thu ngân sách của xã; "
            "thu hồi tối thiểu 60% số nợ đọng còn khả năng thu.\n")
    assert _kh(body) == [(None, 6, "%"), (60, None, "%")]


def test_a_support_level_granted_each_one_of_a_kind_is_a_target():
    body = ("IV. KINH PHÍ\n\n1. Ngân sách xã hỗ trợ mỗi thôn 2.000.000 đồng; riêng 03 thôn điểm hỗ trợ 4.000.000 "
            "đồng/thôn.\n")
    assert _kh(body) == [(2000000, 2000000, "đồng"), (4000000, 4000000, "đồng/thôn")]


def test_the_row_total_column_of_an_allocation_per_village_is_each_village_s_quota():
    body = ("II. CHỈ TIÊU\n\n1. Phân bổ diện tích cây vụ Đông cho các thôn\n\nĐơn vị tính: ha\n\n"
            "| TT | Thôn | Khoai tây | Ngô | Rau các loại | Tổng |\n|---|---|---|---|---|---|\n"
            "| 1 | Thôn Đông | 12 | 5 | 20 | 37 |\n| 2 | Thôn Tây | 9 | 6 | 15 | 30 |\n"
            "| | Cộng | 21 | 11 | 35 | 67 |\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\nCác thôn triển khai thực hiện.\n")
    assert [t for t in _kh(body) if t[2] == "ha"] == [(37, 37, "ha"), (30, 30, "ha"), (67, 67, "ha")]


def _stacked(*rows: tuple[str, ...]) -> str:
    """A table as the plain-text form prints it: a cell a line, a blank line between cells, two between rows."""
    return "\n\n" + "\n\n\n".join("\n\n".join(r) for r in rows) + "\n\n\n"


def test_the_total_row_of_the_doses_planned_per_village_is_a_target():
    table = _stacked(("TT", "Thôn", "Tổng đàn chó (con)", "Vắc xin dại (liều)", "Tổng đàn gia cầm (con)",
                      "Vắc xin cúm gia cầm (liều)"),
                     ("1", "Thôn Đông", "120", "120", "5.400", "4.600"), ("2", "Thôn Tây", "95", "95", "3.100", "2.700"),
                     ("Tổng cộng", "215", "215", "8.500", "7.300"))
    body = ("II. KẾ HOẠCH VẮC XIN THEO THÔN\n\nSố liều vắc xin cần tiêm theo từng thôn như sau:\n" + table
            + "\nIII. TỔ CHỨC THỰC HIỆN\n\nCác thôn triển khai thực hiện.\n")
    # (tgt45t) each thôn's doses too: a33-04's and t44-05's authors count them, t33-04's alone left them (majority)
    assert sorted(t for t in _kh(body) if t[2] == "liều") == sorted(
        [(120, 120, "liều"), (4600, 4600, "liều"), (95, 95, "liều"), (2700, 2700, "liều"), (215, 215, "liều"),
         (7300, 7300, "liều")])


def test_a_copy_sent_to_a_body_for_its_information_is_no_target():
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n1. Các sở, ngành xây dựng kế hoạch của đơn vị, ban hành trước ngày 28/02/2027 "
            "(gửi Sở Nội vụ 01 bản để theo dõi).\n\n2. Hồ sơ đề nghị lập thành 02 bản.\n")
    assert _kh(body) == [(2, 2, "bản")]
