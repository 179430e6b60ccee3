"""Prose targets a plan sets outside its tables (tgt42b, session 42).

A part headed with the status and the aims together whose aims follow in a paragraph that strives, no label before it;
a plan whose parts are numbered "1.", "2." with no roman ones, its "MỤC TIÊU" part read as a roman one is; the works a
list line gives a place after its label's colon; a floor running on through "hoặc" to the other thing's count. Each
text below is written for these tests in the style of such documents, not copied from a labelled one; the expected
values follow ``../shared/realdocs/labeled/README.md`` (an exact figure → min = max; "ít nhất" → min only).
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\nSố: 88/KH-UBND\nPhú Lộc, ngày 03 tháng 4 năm 2033\n\nKẾ HOẠCH\n"
         "Thực hiện công tác năm 2033\n\n"
         "UBND xã ban hành Kế hoạch như sau:\n\n")
_SIGN = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Minh Tâm\n"


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_HEAD + body + _SIGN).targets]


_STATUS_THEN_AIMS = ("I. MỤC ĐÍCH\n\nHoàn thành việc số hóa hồ sơ hộ tịch của xã.\n\n"
                     "II. TÌNH HÌNH VÀ CHỈ TIÊU\n\n"
                     "Tính đến ngày 28/02/2033, xã còn 2.450 sổ hộ tịch chưa được số hóa, phần lớn lập trước năm 2010.\n\n"
                     "Trong năm 2033, UBND xã phấn đấu số hóa ít nhất 1.800 sổ hộ tịch; bảo đảm tối thiểu 90% dữ liệu "
                     "được kiểm tra đối chiếu; thời gian cập nhật mỗi sổ không quá 02 ngày làm việc.\n\n"
                     "III. TỔ CHỨC THỰC HIỆN\n\nCông chức Tư pháp - Hộ tịch chủ trì thực hiện.\n")


def test_a_striving_paragraph_of_a_status_and_aims_part_sets_aims_in_every_clause():
    got = _t(_STATUS_THEN_AIMS)
    assert (1800.0, None, "sổ hộ tịch") in got or any(lo == 1800.0 and hi is None for lo, hi, _ in got)
    assert (90.0, None, "%") in got  # after the ";": still the aims' paragraph
    assert (None, 2.0, "ngày làm việc") in got
    assert not any(lo == 2450.0 for lo, _, _ in got)  # the status the part opened with: no aim


_NUMBERED_PARTS = ("1. MỤC TIÊU\n\n"
                   "1.1. Năm 2033, hoàn thành 03 tuyến phố văn minh kiểu mẫu tại trung tâm xã.\n\n"
                   "2. NỘI DUNG\n\nCác thôn tổ chức ra quân vệ sinh môi trường.\n\n"
                   "3. TỔ CHỨC THỰC HIỆN\n\nCông chức Văn hóa - Xã hội tham mưu thực hiện.\n")


def test_an_aims_part_numbered_1_with_no_roman_parts_reads_its_counts_as_aims():
    got = _t(_NUMBERED_PARTS)
    assert (3.0, 3.0, "tuyến phố") in got or any(lo == hi == 3.0 for lo, hi, _ in got)


_PLACE_WORKS = ("I. NỘI DUNG\n\nCác điểm được đầu tư năm 2033:\n\n"
                "- Thôn Đông Sơn (240 hộ): chỉnh trang 2,5 km đường liên thôn; xây dựng 08 điểm tập kết rác.\n\n"
                "- Thôn Tây Sơn (175 hộ): sửa chữa nhà văn hóa; cứng hóa 0,9 km mương nội đồng.\n\n"
                "II. TỔ CHỨC THỰC HIỆN\n\nTrưởng các thôn tổ chức thực hiện.\n")


def test_the_works_a_list_line_gives_a_place_after_its_label_are_counted():
    got = _t(_PLACE_WORKS)
    assert (2.5, 2.5, "km") in got and (0.9, 0.9, "km") in got
    assert any(lo == hi == 8.0 for lo, hi, _ in got)
    assert not any(lo in (240.0, 175.0) for lo, _, _ in got)  # the households of the label: no works


def test_a_floor_runs_on_through_hoac_to_the_other_things_count():
    got = _t("I. NHIỆM VỤ\n\nMỗi chi đoàn nhận chăm sóc ít nhất 01 công trình thanh niên hoặc 03 gia đình chính sách.\n")
    assert any(lo == 1.0 and hi is None for lo, hi, _ in got)
    assert any(lo == 3.0 and hi is None for lo, hi, _ in got)


def test_the_wait_a_rule_sets_before_its_case_is_a_time_limit():
    body = ("I. QUY ĐỊNH\n\n- Xe vi phạm bị tạm giữ tại bãi của xã; sau 48 giờ không có chủ phương tiện đến làm thủ tục "
            "thì chuyển cơ quan có thẩm quyền xử lý.\n")
    assert (48.0, 48.0, "giờ") in _t(body)
    # "quá" sets it as a floor; the case's subject may come after "mà"
    body = ("I. QUY ĐỊNH\n\n- Gia súc thả rông bị tạm giữ quá 36 giờ mà chủ gia súc không đến nhận thì xử lý theo quy định.\n")
    assert (36.0, None, "giờ") in _t(body)
    # a bare duration of a schedule stays no target
    assert not any(u == "ngày" for _, _, u in _t("I. TIẾN ĐỘ\n\n- Sau 30 ngày, Tổ công tác tổng hợp kết quả.\n"))


def test_a_grades_name_is_no_other_figure_of_an_age_bounds_clause():
    body = ("I. ĐỐI TƯỢNG\n\nHọc sinh khuyết tật được nhận vào học lớp 10 ở độ tuổi lớn hơn quy định nhưng không quá "
            "02 tuổi.\n")
    assert (None, 2.0, "tuổi") in _t(body)
    # each one of a group named by its age: which children, no bound
    body = "I. MỤC ĐÍCH\n\nBảo đảm mọi trẻ đủ 5 tuổi được học mẫu giáo cả ngày.\n"
    assert not any(u == "tuổi" for _, _, u in _t(body))


def test_the_interval_between_rounds_is_exact():
    body = "I. NỘI DUNG\n\n- Phun khử trùng chuồng trại ít nhất 03 lần, mỗi lần cách nhau 10 ngày.\n"
    assert (10.0, 10.0, "ngày") in _t(body)


def test_a_count_a_rule_requires_in_full_is_exact():
    body = "I. ĐIỀU KIỆN\n\nCác tổ dân phố tham gia phải đạt đủ 08 tiêu chí tổ dân phố văn minh của phường.\n"
    assert (8.0, 8.0, "tiêu chí") in _t(body)
