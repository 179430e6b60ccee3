"""Targets: kinds read from authored27's misses after it was spent (issue 10, session 29).

Each sentence below is written for these tests in the style of a province's plans and notices, not copied from the
labelled documents; the expected values follow ``../shared/realdocs/labeled/README.md`` (bounds: "ít nhất" → min,
"không quá" / "chỉ được" → max; an exact figure → min = max; past results are not targets).
"""

from __future__ import annotations

from conftest import make_doc

from vanban.extract import extract

# the header and signature the bodies below are wrapped in (conftest.make_doc)
_DOC = dict(issuer="TỈNH HÀ TĨNH", number=41, date=(12, 1, 2027), zero_month=True,
            title="Phát triển khoa học, công nghệ năm 2027", signer="Lê Văn Nam")


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(make_doc(body, **_DOC)).targets]


def test_a_centre_is_counted_as_a_centre_not_a_school():
    body = "I. MỤC TIÊU\n- Đến năm 2030, toàn tỉnh có ít nhất 03 trung tâm dữ liệu dùng chung được đưa vào vận hành.\n"
    assert _t(body) == [(3, None, "trung tâm")]


def test_a_count_met_out_of_last_years_quota_is_a_result():
    body = ("I. MỤC TIÊU\nPhấn đấu năm 2027 có 100% xã, phường được phủ sóng di động 5G. Năm 2026, toàn tỉnh đã cấp "
            "được 42/50 chỉ tiêu học bổng cho sinh viên, đạt 84%.\n")
    assert _t(body) == [(100, 100, "%")]


def test_a_negated_pair_of_verbs_before_over_is_a_cap():
    body = ("Điều 5. Kiểm tra doanh nghiệp\nCác sở, ngành thống nhất kế hoạch kiểm tra, bảo đảm mỗi doanh nghiệp không bị "
            "thanh tra, kiểm tra quá 02 lần trong năm về cùng một nội dung.\n")
    assert _t(body) == [(None, 2, "lần")]


def test_a_floor_from_n_tasks_upward_is_a_target_not_a_list_count():
    body = ("II. NHIỆM VỤ\nGiao Sở Tài chính đề xuất hình thức xử lý đối với đơn vị có từ 04 nhiệm vụ chậm tiến độ trở lên "
            "mà không có lý do chính đáng.\n")
    assert _t(body) == [(4, None, "nhiệm vụ")]


def test_points_a_notice_adds_for_a_class_of_candidates():
    body = ("III. ĐIỂM ƯU TIÊN\na) Con của người có công với cách mạng: được cộng 3 điểm vào tổng điểm xét tuyển;\n"
            "b) Vận động viên đạt huy chương cấp quốc gia: được cộng thêm 1,5 điểm vào tổng điểm xét tuyển.\n")
    assert _t(body) == [(3, 3, "điểm"), (1.5, 1.5, "điểm")]


def test_an_exams_sitting_time_is_exactly_so_long():
    body = ("II. HÌNH THỨC THI\nVòng 1 thi trắc nghiệm trên máy tính, thời gian thi 45 phút; vòng 2 thi viết, thời gian "
            "làm bài 120 phút.\n")
    assert _t(body) == [(45, 45, "phút"), (120, 120, "phút")]


def test_a_quota_and_its_split_are_targets():
    body = ("I. CHỈ TIÊU\nChỉ tiêu tuyển sinh lớp 10 công lập năm học 2027-2028 là 2.400 chỉ tiêu, trong đó: các trường "
            "vùng đồng bằng 1.500 chỉ tiêu; các trường vùng núi 900 chỉ tiêu.\n")
    assert _t(body) == [(2400, 2400, "chỉ tiêu"), (1500, 1500, "chỉ tiêu"), (900, 900, "chỉ tiêu")]


def test_a_goal_named_again_in_a_later_task_counts_once():
    body = ("I. CHỈ TIÊU\n1. 100% thôn, tổ dân phố tổ chức diễn tập phòng cháy chữa cháy tại khu dân cư.\n"
            "2. 100% trường học có tủ sách pháp luật.\n"
            "II. NHIỆM VỤ\n- Công an tỉnh chủ trì, phối hợp với Ủy ban nhân dân các xã tổ chức diễn tập phòng cháy chữa "
            "cháy tại khu dân cư ở 100% thôn, tổ dân phố; báo cáo kết quả về Ủy ban nhân dân tỉnh.\n"
            "- Sở Giáo dục và Đào tạo bảo đảm 100% học sinh được học kỹ năng thoát nạn.\n")
    assert _t(body) == [(100, 100, "%")] * 3


def test_two_rules_of_one_wording_for_two_cases_both_count():
    body = ("II. QUY ĐỊNH\n- Cán bộ được giới thiệu ứng cử lần đầu vào cấp ủy khóa mới phải còn ít nhất 48 tháng công tác "
            "tính đến thời điểm đại hội.\n- Cán bộ được bổ sung vào cấp ủy khóa đương nhiệm phải còn ít nhất 48 tháng "
            "công tác tính đến thời điểm đại hội.\n")
    assert _t(body) == [(48, None, "tháng")] * 2


def test_a_counter_capitalised_on_a_wrapped_legacy_line_after_a_floor():
    # a legacy page wraps the task's line right after the figure, OCR prints the next line's first word capitalised
    # and a blank line between them (as the structure stage leaves one before a capital it takes for a paragraph's)
    body = ("II. NHIỆM VỤ\n- Ban Thường vụ Đảng ủy xã tổ chức tiếp xúc, đối thoại trực tiếp với đoàn viên thanh niên ít nhất 03\n\n"
            "Lần trong năm; kịp thời giải quyết các kiến nghị, đề xuất chính đáng của thanh niên ở cơ sở.\n")
    assert _t(body) == [(3, None, "lần")]


def test_a_tables_floor_whose_sign_ocr_read_as_two_restates_the_goal():
    # a legacy page of an indicator table: the plan cell "≥ 60" came out "260" (the sign read as a 2)
    cells = [["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2026", "Kế hoạch năm 2027"],
             ["1", "Công trình nước sạch được sửa chữa", "Công trình", "41", "260"]]
    doc = ("ỦY BAN NHÂN DÂN\nXÃ HỢP THÀNH\n\nSố: 09/KH-UBND\n\nKẾ HOẠCH\nCấp nước sạch nông thôn năm 2027\n\n"
           "I. MỤC TIÊU\n\n2. Chỉ tiêu cụ thể năm 2027\n\n- Sửa chữa ít nhất 60 công trình nước sạch ở các thôn.\n\n"
           "Bảng 1. Chỉ tiêu cấp nước năm 2027\n\n" + "\n\n\n".join("\n\n".join(r) for r in cells)
           + "\n\n\nII. NHIỆM VỤ\n\n1. Kiểm tra chất lượng nước hằng quý.\n")
    got = [(t.min, t.max, t.unit) for t in extract(doc).targets]
    assert got == [(60, None, "công trình")]


def test_a_measure_from_n_upward_is_a_floor():
    body = ("Điều 3. Hỗ trợ liên kết sản xuất\n1. Điều kiện: cánh đồng lớn có diện tích từ 20 ha trở lên đối với lúa, "
            "từ 08 ha trở lên đối với cây công nghiệp ngắn ngày.\n")
    assert _t(body) == [(20, None, "ha"), (8, None, "ha")]


def test_carrying_out_at_n_places_is_no_state_of_now():
    # "thực hiện tại" (carry out at) is no "hiện tại" (at present): the floor of places to inspect stays a target
    body = ("II. NHIỆM VỤ\n1. Thanh tra Sở chủ trì kiểm tra việc thực hiện tại ít nhất 12 cơ sở giáo dục trong học kỳ II; "
            "báo cáo kết quả trước ngày 30/6/2027.\n")
    assert _t(body) == [(12, None, "cơ sở")]
