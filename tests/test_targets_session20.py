"""Target kinds of session 20 (authored19 spent: its misses read), each in sentences written for these tests in the
style of the documents they come from; the expected values are read from the wording itself.

* a firm minimum before a range: "ít nhất từ 01 đến 02 mô hình" — (session 34) the range 01 to 02, as most sets label it;
* the value each item is worth: "mỗi suất quà … trị giá 500.000 đồng" — a norm set, per item ("đồng/suất");
  a total ("với tổng trị giá 9,4 tỷ đồng") is none;
* a measure a task assures: "bảo đảm diện tích lúa vụ Xuân đạt 1.150 ha"; a year's measure reached is none;
* a task's count of occasions within the year: "Tổ chức 02 đợt … trong năm" (not "Tổ chức 02 hội nghị với …");
* the things a plan is drawn up for, at a task's opening: "Xây dựng Kế hoạch đầu tư 14 trường …";
* a count of a list of kinds of people: "ít nhất 5.000 cán bộ, công chức, viên chức và người lao động" → "người";
* a school year's figure in brackets after the aim: "(năm học 2025 - 2026 đạt 61,2%)" is where things stand;
* the results part of a plan a Quyết định issues ("1. Kết quả năm 2026" under "II. KẾT QUẢ NĂM 2026 VÀ MỤC TIÊU NĂM
  2027"): its figures are the past year's, the aims after "2. Mục tiêu năm 2027" are the targets.
"""

from __future__ import annotations

from vanban.extract import extract

from test_targets_session19 import _XA  # (a UBND xã's plan around one body part)


def _facts(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_XA.format(body=body)).targets]


def test_a_firm_minimum_before_a_range_keeps_the_range():
    # (session 34: "ít nhất từ 02 đến 03" is the range the plan sets, 2 to 3, as three sets' authors store it)
    body = "- Mỗi thôn, mỗi năm xây dựng ít nhất từ 02 đến 03 mô hình \"Dân vận khéo\" trên lĩnh vực kinh tế."
    assert _facts(body) == [(2.0, 3.0, "mô hình")]
    # the range without the floor word keeps both ends
    assert _facts("- Phấn đấu mỗi năm xây dựng từ 02 đến 03 mô hình \"Dân vận khéo\".") == [(2.0, 3.0, "mô hình")]


def test_the_value_each_item_is_worth_is_a_norm_per_item():
    body = ("1. Giao Phòng Văn hóa - Xã hội lập danh sách gia đình chính sách được tặng quà Tết; mỗi suất quà của "
            "Ủy ban nhân dân xã trị giá 400.000 đồng.")
    assert _facts(body) == [(400000.0, 400000.0, "đồng/suất")]


def test_a_total_worth_given_is_none():
    body = "1. Năm 2026, Ủy ban nhân dân xã đã trao 820 suất quà với tổng trị giá 3,2 tỷ đồng."
    assert _facts(body) == []


def test_a_measure_a_task_assures_it_reaches():
    body = "- Chỉ đạo gieo cấy vụ Xuân đúng khung thời vụ; bảo đảm diện tích lúa vụ Xuân đạt 860 ha."
    assert _facts(body) == [(860.0, 860.0, "ha")]


def test_a_measure_reached_in_a_past_year_is_none():
    body = "- Năm 2026, tổng diện tích gieo trồng của xã đạt 2.310 ha, tăng 40 ha so với năm 2025."
    assert _facts(body) == []


def test_a_count_of_occasions_within_the_year_is_the_years_quota():
    body = ("3. Vệ sinh môi trường\n\nTổ chức 03 đợt ra quân tổng vệ sinh, thu gom rác thải tại các thôn, khu dân cư\n"
            "trong năm; vận động Nhân dân phân loại rác tại nguồn.")
    assert _facts(body) == [(3.0, 3.0, "đợt")]


def test_a_count_of_meetings_without_a_quota_is_none():
    assert _facts("3. Tuyên truyền\n\nTổ chức 02 hội nghị với số lượng đại biểu khoảng 150 người.") == []


def test_the_things_a_plan_is_drawn_up_for_at_a_tasks_opening():
    body = "- Xây dựng Kế hoạch đầu tư 06 nhà văn hóa thôn tại các thôn vùng đồng bào dân tộc thiểu số."
    ((lo, hi, unit),) = _facts(body)
    assert (lo, hi) == (6.0, 6.0) and unit.startswith("nhà văn hóa")
    # the same line without the plan's verb opening it is no task's amount
    assert _facts("- Năm 2026, trên địa bàn xã có 06 nhà văn hóa thôn xuống cấp.") == []


def test_a_count_of_a_list_of_kinds_of_people_counts_people():
    body = "- Bồi dưỡng kỹ năng số cho ít nhất 300 cán bộ, công chức, viên chức và người lao động của xã."
    assert _facts(body) == [(300.0, None, "người")]
    # one kind alone keeps its noun
    assert _facts("- Kết nạp ít nhất 12 đảng viên mới.") == [(12.0, None, "đảng viên")]


def test_a_school_years_figure_in_brackets_after_the_aim_is_where_things_stand():
    body = "- Ít nhất 80% trường học trên địa bàn đạt chuẩn quốc gia (năm học 2025 - 2026 đạt 57,5%)."
    assert _facts(body) == [(80.0, None, "%")]


_QD = """ỦY BAN NHÂN DÂN
TỈNH HẬU GIANG

Số: 2210/QĐ-UBND

Hậu Giang, ngày 15 tháng 12 năm 2026

QUYẾT ĐỊNH
Ban hành Kế hoạch chuyển đổi số tỉnh Hậu Giang năm 2027

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số tỉnh Hậu Giang năm 2027.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

CHỦ TỊCH
Trần Văn Huy


KẾ HOẠCH
Chuyển đổi số tỉnh Hậu Giang năm 2027
(Ban hành kèm theo Quyết định số 2210/QĐ-UBND ngày 15/12/2026 của Chủ tịch Ủy ban nhân dân tỉnh)

I. MỤC ĐÍCH, YÊU CẦU

Đẩy mạnh chuyển đổi số toàn diện trên cả ba trụ cột.

II. KẾT QUẢ NĂM 2026 VÀ MỤC TIÊU NĂM 2027

1. Kết quả năm 2026

Năm 2026, tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình của tỉnh đạt 71,6%; kinh tế số ước
chiếm 8,7% GRDP của tỉnh.

2. Mục tiêu năm 2027

- Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt ít nhất 80%.

- Kinh tế số chiếm từ 10% đến 12% GRDP của tỉnh.

III. TỔ CHỨC THỰC HIỆN

Sở Khoa học và Công nghệ chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch.
"""


def test_the_results_part_of_a_plan_a_quyet_dinh_issues_sets_no_target():
    assert [(t.min, t.max, t.unit) for t in extract(_QD).targets] == [(80.0, None, "%"), (10.0, 12.0, "%")]


def test_legacy_ocrs_digits_for_words_are_no_counts():
    # Tesseract -l eng reads "ổ dịch" as "6 dịch", "ở cấp" as "6 cấp", "lở mồm long móng" as "16 mồm long móng"
    body = ("- Mỗi 6 dịch phát sinh được xử lý, tiêu hủy động vật mắc bệnh trong thời gian không quá 24 giờ.\n\n"
            "- Sĩ số học sinh/lớp 6 cấp trung học cơ sở không quá 40 học sinh.\n\n"
            "- Tỷ lệ tiêm phòng vắc xin 16 mồm long móng đạt trên 85% tổng đàn trâu, bò.")
    assert _facts(body) == [(None, 24.0, "giờ"), (None, 40.0, "học sinh"), (85.0, None, "%")]
    # a count of services stays one
    assert _facts("- Phấn đấu cung cấp ít nhất 6 dịch vụ công trực tuyến toàn trình mới.") == [(6.0, None, "dịch vụ công")]


def test_legacy_ocrs_land_word_for_reach_after_an_assurance():
    # "đạt" read "đất" by legacy OCR after "bảo đảm diện tích …": the aim is the task's still
    body = "- Chỉ đạo gieo cấy vụ Xuân; bảo đảm diện tích lìa vũ Xuân đất 860 ha."
    assert _facts(body) == [(860.0, 860.0, "ha")]


def test_legacy_ocrs_tone_for_over_before_a_time():
    # "quá" read "quả" by legacy OCR: "không để … quả 06 tháng" is at most 06 tháng still
    body = "b) Bố trí quỹ đất tái định cư, không để người dân phải chờ tái định củ quả 04 tháng kể từ ngày bàn giao mặt bằng."
    assert _facts(body) == [(None, 4.0, "tháng")]
