"""Targets of session 36's wave on authored34 / tune35 documents 01–05 (tgt36a), each input written here in the
kind's wording:

* a revenue table's total row whose label spans the number and name columns ("Tổng cộng | 27.230 | …" one cell
  short) is no row of the "Phấn đấu" column, whichever column its label lands in;
* support levels: "Hỗ trợ <thing> N đồng/ha" opening an item, "<class> được hỗ trợ thêm N đồng", "mức hỗ trợ … (eight
  words) N đồng/chi bộ", a "Kinh phí thực hiện:" label before "ngân sách xã bố trí N"; a prize's reward money is none;
* a yield or a norm per hectare or kilometre ("tạ/ha", "tấn/km") with its "trở lên"; the next case of a norm set case by
  case ("…; 150 tấn/km đối với …"); a floor shared through "… đối với A và 4,0 m đối với B";
* two crops of one list with the same area both counted; "sinh khối" no grade's "khối";
* "với tổng số 54 học viên" a total; "công khai kết quả trong 10 ngày làm việc" a limit, no result;
* the members a congress elects ("bầu chi ủy 03 đồng chí", "trường hợp cần thiết bầu thêm 01 phó bí thư");
* the parts of a whole a body has now ("… có 24 chi bộ …, gồm: 17 chi bộ thôn; …") are no targets;
* the places of the whole area ("tại 26 khu dân cư (thôn, bản) trên địa bàn xã") and the places a works amount lies in
  ("4,0 km đường thôn … tại 05 thôn") are no counts the plan sets;
* a time limit printed in a timetable's row and again in the prose, from the same event, is one target.
"""

from test_targets_tg25 import _kh  # (a UBND tỉnh's plan around one body part)
from test_targets_tgt35a import _stacked


def test_a_revenue_table_s_total_row_one_cell_short_is_not_read_as_a_goal():
    table = _stacked(("STT", "Khoản thu", "Dự toán giao", "Thực hiện đến 30/9/2027", "Ước thực hiện năm 2027",
                      "Phấn đấu năm 2027"),
                     ("1", "Thuế thu nhập cá nhân", "1.100", "800", "1.150", "1.210"),
                     ("2", "Thu tiền thuê đất", "700", "520", "730", "760"),
                     ("**Tổng cộng**", "**1.800**", "**1.320**", "**1.880**", "**1.970**"))
    body = ("I. KẾT QUẢ THU\n\n*Đơn vị tính: triệu đồng*\n" + table
            + "\nII. TỔ CHỨC THỰC HIỆN\n\nCác bộ phận triển khai thực hiện.\n")
    assert [t for t in _kh(body) if t[2] == "triệu đồng"] == [(1210, 1210, "triệu đồng"), (760, 760, "triệu đồng")]


def test_support_per_hectare_opening_an_item_is_a_level():
    body = ("IV. CHÍNH SÁCH HỖ TRỢ VÀ KINH PHÍ\n\n1. Hỗ trợ giống lúa chất lượng cao 800.000 đồng/ha cho các hộ tham gia "
            "vùng sản xuất tập trung.\n")
    assert _kh(body) == [(800000, 800000, "đồng/ha")]


def test_support_a_class_of_items_is_granted_is_a_level_under_the_budget_part():
    body = ("IV. KINH PHÍ\n\n1. Ngân sách xã hỗ trợ mỗi thôn 1.000.000 đồng; thôn điểm được hỗ trợ thêm 1.500.000 "
            "đồng.\n")
    assert _kh(body) == [(1000000, 1000000, "đồng"), (1500000, 1500000, "đồng")]


def test_a_long_named_support_level_per_item_is_read():
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n- Văn phòng bảo đảm điều kiện tổ chức; mức hỗ trợ kinh phí tổ chức hội nghị "
            "800.000 đồng/thôn.\n")
    assert (800000, 800000, "đồng/thôn") in _kh(body)


def test_a_budget_line_after_its_kinh_phi_label_is_a_funding_line():
    body = "IV. CƠ CHẾ VÀ KINH PHÍ\n\n2. Kinh phí thực hiện: ngân sách xã bố trí 120 triệu đồng; huy động xã hội hóa.\n"
    assert _kh(body) == [(120, 120, "triệu đồng")]


def test_the_reward_money_with_an_award_is_a_level():
    # (tgt47t) the majority of the sets label the reward that goes with a Giấy khen (a34-02, a43-07, t42-02, t46-09;
    # t33-07 alone leaves a prize's out): a level each one awarded gets, as a support per item is
    body = ("V. KHEN THƯỞNG\n\nBan Tổ chức trao Giấy khen cho 02 đội dẫn đầu, mỗi đội kèm tiền thưởng 1.000.000 "
            "đồng.\n")
    assert [t for t in _kh(body) if t[2] and "đồng" in t[2]] == [(1000000, 1000000, "đồng")]


def test_a_yield_per_hectare_keeps_its_unit_and_floor():
    body = "II. CHỈ TIÊU\n\n- Năng suất lúa bình quân đạt 62 tạ/ha trở lên; lạc đạt 25 tạ/ha.\n"
    assert _kh(body) == [(62, None, "tạ/ha"), (25, 25, "tạ/ha")]


def test_a_norm_per_km_case_by_case():
    body = ("III. MỨC HỖ TRỢ\n\n- Ngân sách tỉnh hỗ trợ xi măng: 200 tấn/km đối với đường trục xã; 160 tấn/km đối với "
            "đường thôn.\n")
    assert _kh(body) == [(200, 200, "tấn/km"), (160, 160, "tấn/km")]


def test_a_floor_shared_by_two_places_named_after_each():
    body = ("III. TIÊU CHUẨN\n\nRãnh thoát nước rộng tối thiểu 0,6 m đối với đường trục và 0,4 m đối với đường "
            "nhánh.\n")
    assert _kh(body) == [(0.6, None, "m"), (0.4, None, "m")]


def test_two_crops_of_one_list_with_the_same_area_are_two_targets():
    body = ("II. CHỈ TIÊU\n\nTổng diện tích gieo trồng 300 ha, trong đó: lạc 40 ha; ngô sinh khối 55 ha; đậu xanh "
            "40 ha.\n")
    assert _kh(body) == [(300, 300, "ha"), (40, 40, "ha"), (55, 55, "ha"), (40, 40, "ha")]


def test_a_total_of_learners_in_the_prose():
    body = "II. CHỈ TIÊU\n\n- Mở 02 lớp bổ túc tại các thôn Đông, Tây với tổng số 38 học viên.\n"
    assert (38, 38, "học viên") in _kh(body)


def test_a_limit_for_publishing_the_results_is_a_target():
    body = ("III. TỔ CHỨC THỰC HIỆN\n\nUBND xã tổng hợp ý kiến, công khai kết quả trong 05 ngày làm việc kể từ khi kết "
            "thúc hội nghị.\n")
    assert _kh(body) == [(None, 5, "ngày làm việc")]


def test_the_members_a_congress_elects():
    body = ("II. NỘI DUNG\n\n- Chi bộ dưới 9 đảng viên: bầu bí thư, nếu cần thì bầu thêm 01 phó bí "
            "thư.\n\n- Chi bộ từ 9 đảng viên trở lên: bầu chi ủy 05 đồng chí.\n")
    got = _kh(body)
    assert (1, 1, "phó bí thư") in got and (5, 5, "đồng chí") in got


def test_the_parts_of_a_whole_a_body_has_now_are_no_targets():
    body = ("II. SỐ LƯỢNG\n\nĐảng bộ phường có 18 chi bộ trực thuộc với 640 đảng viên, gồm: 12 chi bộ khu phố; 03 "
            "chi bộ trường học; 03 chi bộ cơ quan.\n")
    assert [t for t in _kh(body) if t[2] == "chi bộ"] == []


def test_all_the_places_of_the_area_are_no_count_set():
    body = ("II. THỜI GIAN\n\n- Lễ ra quân được tổ chức đồng loạt tại 14 tổ dân phố (khu phố) trên địa bàn phường; mỗi "
            "tổ dân phố tổ chức trong 01 buổi.\n")
    assert [t for t in _kh(body) if t[2] == "tổ dân phố"] == []


def test_the_places_a_works_amount_lies_in_are_no_goal():
    body = "II. MỤC TIÊU\n\n- Năm 2028 cứng hóa 3,5 km đường nội đồng tại 04 thôn.\n"
    assert _kh(body) == [(3.5, 3.5, "km")]


def test_a_limit_printed_in_a_row_and_in_the_prose_is_one_target():
    body = ("III. TIẾN ĐỘ\n\n| TT | Nội dung | Thời gian |\n|---|---|---|\n"
            "| 1 | Gửi biên bản hội nghị về Thường trực | Chậm nhất 03 ngày làm việc sau hội nghị |\n\n"
            "IV. HỒ SƠ\n\n- Biên bản hội nghị gửi về Thường trực chậm nhất 03 ngày làm việc sau hội nghị; báo cáo "
            "tổng hợp chậm nhất 03 ngày làm việc trước ngày khai mạc.\n")
    assert [t for t in _kh(body) if t[2] == "ngày làm việc"] == [(None, 3, "ngày làm việc"), (3, None, "ngày làm việc")]
