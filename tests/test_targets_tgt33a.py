"""Targets written in running text of a HĐND resolution, a Công điện, a Công văn and a xã's plans (session 33, tgt33a).

Kinds: a per-period rate closed by "trở lên" ("đạt 7,5%/năm trở lên"); a yearly-indicator table whose row names "(%)"
and whose cells hold bare bounds ("dưới 12,5", "từ 95 trở lên"); a cold-spell threshold with no comma before the
let-off ("khi nhiệt độ … dưới 8 độ C cho học sinh … nghỉ học"); a pair of kinds of people kept as the unit ("cán bộ,
nhân viên"); the staff or team a plan posts ("cử 01 viên chức làm đầu mối", "Bố trí 01 đội xung kích"); a works amount
with "thêm"; a sum per person per day; gifts counted and valued. Every input is written here in the kind's wording; the
expected values are what a careful reader gives them.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA\nSố: 31/KH-UBND\nTân Hòa, ngày 14 tháng 4 năm 2028\n\n"
         "KẾ HOẠCH\nThực hiện nhiệm vụ năm 2028\n\n")


def _targets(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_HEAD + body).targets]


def test_a_yearly_rate_closed_by_tro_len_is_a_minimum():
    body = "I. CHỈ TIÊU\n\n1. Tổng giá trị sản xuất trên địa bàn tăng bình quân đạt 7,5%/năm trở lên.\n"
    assert _targets(body) == [(7.5, None, "%")]


def test_bare_bounds_in_a_yearly_table_take_the_rows_percent():
    # the plain-text form of the table: a cell a line, a blank line between cells, two between rows
    rows = [("TT", "Chỉ tiêu", "Năm 2028", "Năm 2029"), ("1", "Tỷ lệ hộ cận nghèo (%)", "dưới 12,5", "dưới 10,0"),
            ("2", "Tỷ lệ trẻ em được tiêm chủng đầy đủ (%)", "từ 95 trở lên", "từ 96 trở lên"),
            ("3", "Số lao động được đào tạo nghề (người)", "120", "150")]
    table = "\n".join("\n" + "\n\n".join(r) + "\n" for r in rows)
    body = ("I. CHỈ TIÊU\n\nc) Các chỉ tiêu theo từng năm như sau:\n\n" + table
            + "\n\nII. TỔ CHỨC THỰC HIỆN\n\nGiao các bộ phận.\n")
    got = _targets(body)
    for want in [(None, 12.5, "%"), (None, 10.0, "%"), (95, None, "%"), (96, None, "%"), (120, 120, "người")]:
        assert want in got
    assert not any(u in ("dưới", "từ") for _, _, u in got)


def test_a_cold_spell_threshold_with_the_let_off_right_after_it():
    body = ("1. Sở Giáo dục và Đào tạo chỉ đạo các trường theo dõi nhiệt độ; khi nhiệt độ ngoài trời dưới 8 độ C cho học "
            "sinh mầm non, tiểu học nghỉ học; dưới 5 độ C cho học sinh trung học cơ sở nghỉ học.\n")
    assert _targets(body) == [(None, 8, "độ C"), (None, 5, "độ C")]


def test_a_pair_of_kinds_of_people_is_kept_as_the_unit():
    assert _targets("- Trung tâm Y tế bố trí tối thiểu 03 cán bộ, nhân viên trực cấp cứu.\n") == [(3, None, "cán bộ, nhân viên")]
    # a list closed by "và" counts people, whatever their kind
    assert _targets("- Huy động ít nhất 150 cán bộ, chiến sĩ và dân quân tham gia.\n") == [(150, None, "người")]


def test_the_staff_or_team_a_plan_posts():
    got = _targets("- Đề nghị các phòng, ban cử 01 viên chức làm đầu mối tổng hợp số liệu.\n"
                   "- Bố trí 01 đội xung kích trực tại khu vực tổ chức lễ.\n"
                   "- Bố trí 02 điểm cầu trực tuyến tại hội trường.\n")
    assert [(lo, hi) for lo, hi, _ in got] == [(1, 1), (1, 1)]
    assert got[0][2].startswith("viên chức") and got[1][2].startswith("đội")


def test_a_works_amount_added_this_year():
    assert _targets("a) Bê tông hóa thêm 2,6 km đường giao thông nội đồng.\n") == [(2.6, 2.6, "km")]


def test_a_sum_per_person_per_day():
    assert _targets("3. Hỗ trợ tiền ăn 40.000 đồng/người/ngày cho học viên các lớp tập huấn.\n") == [
        (40000, 40000, "đồng/người/ngày")]


def test_gifts_counted_and_valued():
    got = _targets("- Văn phòng UBND xã chuẩn bị quà tặng 30 suất (mỗi suất 400.000 đồng) cho thương binh.\n")
    assert got == [(30, 30, "suất"), (400000, 400000, "đồng")]


def test_a_funding_total_over_its_lines_and_a_wrapped_label():
    body = ("IV. KINH PHÍ\n\nTổng kinh phí làm xong các hạng mục năm 2028 dự kiến 9.000 triệu đồng, gồm:\n\n"
            "- Huyện cấp bổ sung có mục tiêu: 1.200 triệu đồng;\n"
            "- Vốn của xã (lấy từ kết dư ngân sách năm 2027 và khoản vượt thu phí, lệ phí):\n2.800 triệu đồng;\n"
            "- Hộ gia đình đối ứng: 500 triệu đồng.\n")
    assert _targets(body) == [(1200, 1200, "triệu đồng"), (2800, 2800, "triệu đồng"), (500, 500, "triệu đồng")]
    # (tgt49) the total itself is the budget's means, no goal: the labels README's "numeric goals or bounds" and most
    # sets (43 documents to 19) leave it; the funding lines under it stay as session 33 read them


def test_a_budgets_running_breakdown_stays_no_target():
    # the parts written in the sentence, no lines of their own: the means of a resolution, not a goal (as before)
    body = ("Điều 3. Kinh phí thực hiện\n\n1. Tổng kinh phí dự kiến giai đoạn 2028 - 2030 là 5.200 triệu đồng, trong đó "
            "ngân sách xã 3.000 triệu đồng, nguồn huy động hợp pháp khác 2.200 triệu đồng.\n")
    assert _targets(body) == []


def test_a_cold_spell_threshold_wrapped_before_its_degrees():
    # a legacy OCR's line break between the figure and "độ C"
    body = ("1. Sở Giáo dục và Đào tạo chỉ đạo các trường; khi nhiệt độ ngoài trời dưới 8 độ C cho học sinh tiểu học "
            "nghỉ học; dưới 5\nđộ C cho học sinh trung học cơ sở nghỉ học.\n")
    assert _targets(body) == [(None, 8, "độ C"), (None, 5, "độ C")]
