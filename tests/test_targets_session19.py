"""Target kinds of session 19 (authored18 spent: its misses read), each in sentences and tables written for these tests
in the style of the documents they come from; the expected values are read from the wording itself.

* an indicator table "STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2027" of an HĐND's Nghị quyết on the year's plan:
  each row a target, the value cell's figure and bound words with the unit cell's unit (vanban.extract.indicator_cells);
  a results column ("Ước thực hiện năm 2026") sets nothing; the article after the table is no row of it;
* a rate per a round base: "không quá 40 trên 100.000 trẻ đẻ sống" (at most 40, per 100.000 — the base no minimum of
  its own), "đạt 75/100.000 dân" under a target word (as firm as a percentage);
* an aim, then the year, then the count: "phấn đấu trong năm 2027 có thêm 03 thôn đạt chuẩn …";
* a size class inside a percentage's scope: "100% cơ sở … có từ 50 lao động trở lên được kiểm tra" sets the 100% only.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text

_HEAD = """HỘI ĐỒNG NHÂN DÂN
TỈNH HÀ TĨNH

Số: 45/NQ-HĐND

Hà Tĩnh, ngày 08 tháng 12 năm 2026

NGHỊ QUYẾT
VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2027

HỘI ĐỒNG NHÂN DÂN TỈNH HÀ TĨNH
KHÓA XIX, KỲ HỌP THỨ TƯ

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

QUYẾT NGHỊ:

Điều 1. Mục tiêu tổng quát

Giữ vững ổn định kinh tế vĩ mô, thúc đẩy tăng trưởng gắn với chuyển đổi số.

Điều 2. Các chỉ tiêu chủ yếu năm 2027
"""

_TAIL = """
Điều 3. Tổ chức thực hiện

1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết; phấn đấu giải ngân vốn đầu tư công đạt trên 95% kế hoạch.

Nghị quyết này đã được Hội đồng nhân dân tỉnh thông qua ngày 08 tháng 12 năm 2026./.

Nơi nhận:
- Thường trực Tỉnh ủy;
- Lưu: VT.

CHỦ TỊCH
Trần Văn Nam
"""

_ROWS = [
    ("1", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", "7,2", "7,5 trở lên"),
    ("2", "Thu nhập bình quân đầu người", "Triệu đồng", "88", "95"),
    ("3", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "11.800", "12.300"),
    ("4", "Tỷ lệ hộ nghèo giảm", "%/năm", "1,2", "1 - 1,5"),
    ("5", "Tỷ lệ lao động qua đào tạo", "%", "72", "Tối thiểu 74"),
    ("6", "Số xã đạt chuẩn nông thôn mới nâng cao tăng thêm", "Xã", "04", "05"),
    ("7", "Tỷ lệ thất nghiệp ở khu vực thành thị", "%", "3,1", "Không quá 3"),
]


def _stacked(header, rows) -> str:
    """The table as realdocs/md2plain.py writes a page's table: cells one blank line apart, rows two."""
    return "\n\n\n".join("\n\n".join(r) for r in [header, *rows]) + "\n"


def _nq(header, rows) -> str:
    return _HEAD + "\n\n" + _stacked(header, rows) + "\n\n" + _TAIL


_HEADER5 = ("STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2026", "Kế hoạch năm 2027")


def _facts(text):
    return [(t.min, t.max, t.unit) for t in extract(text).targets]


def test_an_indicator_tables_rows_are_targets_with_the_unit_cells_unit():
    got = _facts(_nq(_HEADER5, _ROWS))
    assert got[:7] == [
        (7.5, None, "%"),
        (95.0, 95.0, "triệu đồng"),
        (12300.0, 12300.0, "tỷ đồng"),
        (1.0, 1.5, "%/năm"),
        (74.0, None, "%"),
        (5.0, 5.0, "xã"),
        (None, 3.0, "%"),
    ]
    # the results column (7,2; 88; 11.800 …) sets nothing; the article after the table keeps its own target
    assert got[7:] == [(95.0, None, "%")]


def test_an_indicator_rows_scope_and_period_come_from_its_cells_and_column():
    t = extract(_nq(_HEADER5, _ROWS)).targets[1]
    assert (t.scope, t.period) == ("thu nhập bình quân đầu người", "năm 2027")
    assert t.text == "Thu nhập bình quân đầu người | Triệu đồng | 95"


def test_a_year_column_without_a_results_column_and_without_stt():
    header = ("Chỉ tiêu", "ĐVT", "Kế hoạch 2027")
    rows = [r[1:3] + r[4:] for r in _ROWS[:3]]
    assert _facts(_nq(header, rows))[:3] == [(7.5, None, "%"), (95.0, 95.0, "triệu đồng"), (12300.0, 12300.0, "tỷ đồng")]


def test_the_table_ends_at_the_next_article():
    st = structure_of_text(_nq(_HEADER5, _ROWS))
    (t,) = [t for t in st.tables if t.role == "data"]
    assert t.header == _HEADER5
    assert [r[0].text for r in t.rows[1:]] == [r[0] for r in _ROWS]


_PLAN = """SỞ Y TẾ TỈNH NGHỆ AN

Số: 310/KH-SYT

Nghệ An, ngày 20 tháng 11 năm 2026

KẾ HOẠCH
Chăm sóc sức khỏe bà mẹ, trẻ em năm 2027

I. MỤC TIÊU, CHỈ TIÊU

{body}

II. TỔ CHỨC THỰC HIỆN

Các trung tâm y tế triển khai Kế hoạch này.

Nơi nhận:
- Lưu: VT.

GIÁM ĐỐC
Nguyễn Văn Bình
"""


def test_a_rate_per_a_round_base_written_with_tren():
    got = _facts(_PLAN.format(body="1. Tỷ số tử vong mẹ không quá 40 trên 100.000 trẻ đẻ sống."))
    assert len(got) == 1
    lo, hi, unit = got[0]
    assert (lo, hi) == (None, 40.0) and unit.startswith("/100.000 trẻ")  # never "trên 100.000 trẻ", a minimum


def test_a_rate_per_100000_under_a_target_word_needs_no_bound():
    body = "1. Tỷ lệ phát hiện người mắc lao các thể đạt 75/100.000 dân; tỷ lệ điều trị khỏi đạt ít nhất 90%."
    assert _facts(_PLAN.format(body=body)) == [(75.0, 75.0, "/100.000 dân"), (90.0, None, "%")]


_XA = """ỦY BAN NHÂN DÂN
XÃ TÂN PHÚ

Số: 77/KH-UBND

Tân Phú, ngày 05 tháng 12 năm 2026

KẾ HOẠCH
Xây dựng nông thôn mới năm 2027

I. MỤC ĐÍCH, YÊU CẦU

{body}

II. TỔ CHỨC THỰC HIỆN

Các ban, ngành xã triển khai thực hiện.

Nơi nhận:
- Lưu: VT.

CHỦ TỊCH
Lê Văn Hòa
"""


def test_an_aim_then_its_year_then_the_count():
    # (under "Mục đích, yêu cầu", no "Chỉ tiêu" section to mark the count; "ấp" no unit of the list)
    body = "1. Huy động Nhân dân cùng tham gia; phấn đấu trong năm 2027 có thêm 02 ấp đạt chuẩn ấp văn hóa kiểu mẫu."
    assert _facts(_XA.format(body=body)) == [(2.0, 2.0, "ấp")]


def test_a_year_then_a_count_without_an_aim_is_none():
    body = "1. Tổ chức trong năm 2027 có 02 hội nghị sơ kết."
    assert _facts(_XA.format(body=body)) == []


def test_a_size_class_inside_a_shares_scope_sets_nothing():
    body = "b) Bảo đảm 100% bếp ăn tập thể có từ 20 người lao động trở lên được kiểm tra."
    assert _facts(_XA.format(body=body)) == [(100.0, 100.0, "%")]


def test_an_aside_with_the_years_estimate_is_no_target():
    # "ước đạt" in brackets after the aim: the current year's estimate, where things stand (a UBND xã's plan for 2027)
    body = "1. Tỷ lệ kênh mương nội đồng được kiên cố hóa đạt 72% (năm 2026 ước đạt 65,4%)."
    assert _facts(_XA.format(body=body)) == [(72.0, 72.0, "%")]


def test_a_budget_sources_share_is_no_support_amount():
    # a Nghị quyết (whose support amounts "hỗ trợ 30 triệu đồng/ha" are read as norms): the cost's sources are none
    body = ("\nTổng kinh phí thực hiện không quá 9,6 tỷ đồng, trong đó: ngân sách tỉnh hỗ trợ khoảng 5,1 tỷ đồng; "
            "ngân sách xã 3,0 tỷ đồng; nhân dân đóng góp 1,5 tỷ đồng.\n")
    assert _facts(_HEAD + body + _TAIL) == [(None, 9.6, "tỷ đồng"), (95.0, None, "%")]


def test_a_contribution_in_days_of_pay():
    # a UBND xã's Công văn on a fund: the contribution's level in days of pay, not a duration
    body = ("1. Văn phòng UBND xã thu, nộp Quỹ đối với cán bộ, công chức của xã (mức đóng 01 ngày lương theo quy định), "
            "hoàn thành trong tháng 12/2026.")
    assert [(lo, hi, u) for lo, hi, u in _facts(_XA.format(body=body)) if u.startswith("ngày")] == [(1.0, 1.0, "ngày lương")]


def test_ocrs_6_for_o_after_a_share_is_no_count():
    # Tesseract -l eng reads "100% ổ dịch" as "100% 6 dịch": the share counts the outbreaks, "6" is no figure
    body = "2.6. 100% 6 dịch được phát hiện và xử lý trong vòng 48 giờ."
    assert _facts(_PLAN.format(body=body)) == [(100.0, 100.0, "%"), (None, 48.0, "giờ")]


def test_an_indicator_table_typed_with_pipes_or_tabs():
    # the same table as a Markdown page gives it (pipes) and as a user types it into a .txt (tabs)
    rows = [("1", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", "7,5 trở lên"), ("2", "Thu nhập bình quân đầu người",
                                                                            "Triệu đồng", "95")]
    header = ("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2027")
    piped = "\n".join(["| " + " | ".join(header) + " |", "|---|---|---|---|"] + ["| " + " | ".join(r) + " |" for r in rows])
    tabbed = "\n".join("\t".join(r) for r in [header, *rows])
    for table in (piped, tabbed):
        assert _facts(_HEAD + "\n" + table + "\n" + _TAIL) == [(7.5, None, "%"), (95.0, 95.0, "triệu đồng"),
                                                                (95.0, None, "%")]
