"""Prose targets of session 43's tgt43b: kinds read wrong in authored41 (spent), checked on tune41.

- A kind counted by its initials ("ít nhất 03 HTX và 02 THT"; :data:`vanban.extract.kind_nouns.UNIT_ABBREVIATIONS`)
  is a counted noun, not a name in capitals ("03 Chương trình").
- The letter x closing such initials (folded "htx") is no product sign: the figures after it are no formula's terms.
- The one unit an average is taken over ("bình quân 01 hợp tác xã") is no count aimed at.
- Levels listed one kind a line under a "Mức …:" label alone on its line are norms per item, even in a part that names
  the budget.
- A share after "cấp" (to grant) is a share, not the number of a level ("cấp 3").
- Clearing and mending works ("khơi thông", "tu sửa") count as works; a volume line due by a day ("…: 4.300 m, phải hoàn
  thành trước ngày …") is the amount owed.
- "vượt N%" over a plan's figure is the exact excess ("đạt và vượt N%" stays a floor).
- "định kỳ N ngày trong tháng": so many days each month, a rhythm set ("ngày/tháng").
- The count in brackets closing a round's line ("- Đợt 2: từ ngày … (58 học viên).") is the round's planned size.

The texts are written for these tests, not copied from a labelled document.
"""

from __future__ import annotations

from conftest import make_doc

from vanban.extract import extract


def _targets(title: str, body: str):
    return extract(make_doc(body, title=title, number=12, date=(5, 2, 2034))).targets


def _values(ts):
    return {(t.min, t.max, t.unit) for t in ts}


_COOPERATIVES = (
    "II. CHỈ TIÊU NĂM 2034\n\n"
    "1. Vận động thành lập ít nhất 04 HTX và 05 THT mới; đưa tổng số HTX toàn xã lên 17 HTX.\n\n"
    "2. Lợi nhuận bình quân của 01 HTX đạt 450 triệu đồng/năm, tăng 12% so với năm 2033.\n\n"
    "3. Tối thiểu 02 HTX có sản phẩm bán qua sàn thương mại điện tử.\n"
)


def test_a_kind_counted_by_its_initials_is_a_counted_noun():
    got = _values(_targets("Phát triển kinh tế hợp tác năm 2034", _COOPERATIVES))
    assert (4.0, None, "HTX") in got, got
    assert (17.0, 17.0, "HTX") in got, got
    assert (2.0, None, "HTX") in got, got
    assert any(t.min == 5.0 and t.unit == "THT" for t in _targets("Phát triển kinh tế hợp tác năm 2034", _COOPERATIVES))


def test_the_x_closing_initials_is_no_product_sign():
    got = _values(_targets("Phát triển kinh tế hợp tác năm 2034", _COOPERATIVES))
    assert (450.0, 450.0, "triệu đồng/năm") in got or (450.0, 450.0, "triệu đồng") in got, got
    assert (12.0, 12.0, "%") in got, got


def test_the_one_unit_of_an_average_is_no_count():
    got = _values(_targets("Phát triển kinh tế hợp tác năm 2034", _COOPERATIVES))
    assert (1.0, 1.0, "HTX") not in got, got
    body = "II. CHỈ TIÊU\n\n1. Năng suất lúa bình quân 1 ha đạt 6,8 tấn.\n"
    got = _values(_targets("Sản xuất vụ Mùa năm 2034", body))
    assert (1.0, 1.0, "ha") not in got, got
    assert (6.8, 6.8, "tấn") in got, got


def test_capitals_naming_a_programme_stay_a_name():
    body = "II. CHỈ TIÊU\n\n1. Triển khai 03 Chương trình trọng điểm của Đảng ủy xã.\n"
    got = _values(_targets("Thực hiện nhiệm vụ năm 2034", body))
    assert not any(t[0] == 3.0 for t in got), got


_LEVELS = (
    "II. ĐỐI TƯỢNG, MỨC HỖ TRỢ VÀ NGUỒN KINH PHÍ\n\n"
    "1. Đối tượng: hộ nghèo có nhà hư hỏng nặng.\n\n"
    "2. Mức hỗ trợ:\n\n"
    "- Làm mới: 55 triệu đồng/căn;\n\n"
    "- Sửa chữa lớn: 25 triệu đồng/căn.\n\n"
    "3. Nguồn kinh phí: ngân sách tỉnh và nguồn vận động.\n\n"
    "III. CÁC BƯỚC THỰC HIỆN\n\n"
    "Bước 2. Giải ngân\n\n"
    "Cấp 40% kinh phí khi hộ đổ móng; cấp phần còn lại khi hoàn thành.\n"
)


def test_levels_listed_under_a_label_alone_are_norms():
    got = _values(_targets("Hỗ trợ nhà ở cho hộ nghèo năm 2034", _LEVELS))
    assert (55.0, 55.0, "triệu đồng") in got or (55.0, 55.0, "triệu đồng/căn") in got, got
    assert (25.0, 25.0, "triệu đồng") in got or (25.0, 25.0, "triệu đồng/căn") in got, got


def test_a_share_granted_after_cap_is_a_share():
    got = _values(_targets("Hỗ trợ nhà ở cho hộ nghèo năm 2034", _LEVELS))
    assert (40.0, 40.0, "%") in got, got


_WORKS = (
    "III. NẠO VÉT KÊNH MƯƠNG\n\n"
    "1. Khối lượng nạo vét mương tiêu: 4.300 m, phải hoàn thành trước ngày 20/5/2034, chia theo thôn.\n\n"
    "2. Khơi thông 08 cống qua đường liên thôn; Tổ thủy nông tu sửa 05 cống điều tiết trước ngày 25/5/2034.\n"
)


def test_clearing_and_mending_works_are_amounts():
    got = _values(_targets("Làm thủy lợi phục vụ vụ Mùa năm 2034", _WORKS))
    assert any(t[0] == 8.0 and t[2].startswith("cống") for t in got), got
    assert any(t[0] == 5.0 and t[2].startswith("cống") for t in got), got


def test_a_volume_due_by_a_day_is_owed():
    got = _values(_targets("Làm thủy lợi phục vụ vụ Mùa năm 2034", _WORKS))
    assert (4300.0, 4300.0, "m") in got, got


def test_an_excess_over_the_plan_is_exact():
    body = ("II. CHỈ TIÊU\n\n1. Thu ngân sách trên địa bàn đạt 18.400 triệu đồng, vượt 5% so với dự toán được giao.\n\n"
            "2. Thu phí chợ đạt và vượt 9% kế hoạch.\n")
    got = _values(_targets("Thu ngân sách năm 2034", body))
    assert (5.0, 5.0, "%") in got, got
    assert (9.0, None, "%") in got, got


def test_days_each_month_of_a_periodic_duty():
    body = ("II. LỊCH TRỰC\n\n1. Phó Chủ tịch UBND xã trực tiếp dân định kỳ 03 ngày trong tháng tại trụ sở.\n\n"
            "2. Tổng kết công tác trong tháng 12/2034.\n")
    got = _values(_targets("Tiếp công dân năm 2034", body))
    assert (3.0, 3.0, "ngày/tháng") in got, got


def test_the_count_closing_a_rounds_line_is_its_size():
    body = ("III. THỜI GIAN\n\n1. Mỗi đợt bồi dưỡng kéo dài trong tuần.\n\n"
            "- Đợt 1: từ ngày 04/5/2034 đến ngày 06/5/2034 (72 học viên).\n\n"
            "- Đợt 2: từ ngày 18/5/2034 đến ngày 20/5/2034 (58 học viên).\n\n"
            "2. Địa điểm: hội trường thôn Đông (120 hộ) và nhà văn hóa xã.\n")
    got = _values(_targets("Bồi dưỡng kiến thức quốc phòng năm 2034", body))
    assert (72.0, 72.0, "học viên") in got, got
    assert (58.0, 58.0, "học viên") in got, got
    assert not any(t[0] == 120.0 for t in got), got
