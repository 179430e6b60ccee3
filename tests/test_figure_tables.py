"""Tables of figures read once, by the structure stage (issue #9: one model of a directive's parts that every
extractor reads): a quota table by unit and an indicator table by year, printed a cell a line as legacy OCR gives
them (blank lines lost or added between cells), become the Structure's Tables — rows, cells and offsets — and the
target extractor reads their cells from there (vanban.structure.figure_tables, vanban.extract.indicator_cells).

The documents are written for these tests in the style of a Hội LHPN xã's plan with its Phụ lục giao chỉ tiêu and a
Đảng ủy xã's plan with its "Chỉ tiêu cụ thể theo từng năm"; the expected rows and targets are read from the tables as
written.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.indicator_cells import quota_cells, year_row_cells
from vanban.outline import outline
from vanban.structure import structure_of_text
from vanban.structure.figure_tables import indicator_columns

_QUOTA_LEGACY = """HỘI LHPN XÃ TÂN HÒA
BAN CHẤP HÀNH
Số: 12-KH/HPN
Tân Hòa, ngày 15 tháng 01 năm 2027
KẾ HOẠCH
Thực hiện nhiệm vụ công tác Hội năm 2027

Thực hiện Nghị quyết Đại hội đại biểu Phụ nữ xã Tân Hòa lần thứ XX, nhiệm kỳ 2026 - 2031, Ban Chấp hành Hội LHPN xã \
xây dựng kế hoạch thực hiện nhiệm vụ năm 2027 như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao chất lượng hoạt động của các chi hội, thu hút hội viên tham gia sinh hoạt.
II. CHỈ TIÊU
Các chi hội phấn đấu hoàn thành các chỉ tiêu giao tại Phụ lục kèm theo.
III. TỔ CHỨC THỰC HIỆN
Các chi hội xây dựng kế hoạch triển khai, báo cáo kết quả về Ban Thường vụ Hội trước ngày 15/12/2027.
TM. BAN CHẤP HÀNH
CHỦ TỊCH
Nguyễn Thị Lan
Nơi nhận:
- Đảng ủy xã;
- Các chi hội;
- Lưu VP.
PHỤ LỤC
CHỈ TIÊU GIAO CÁC CHI HỘI NĂM 2027
(Kèm theo Kế hoạch số 12-KH/HPN ngày 15/01/2027 của Ban Chấp hành Hội LHPN xã)
STT
Đơn vị
Hội viên kết nạp mới (hội viên)

Hộ nghèo được giúp đỡ (hộ)
Quỹ hội viên (triệu đồng)
1
Chi hội thôn Đông

25
4
12
2
Chi hội Khu 3
30

5
15,5
3
Chi hội thôn Hạ
Ít nhất 10
2
8

Ban Thường vụ Hội theo dõi, đôn đốc các chi hội thực hiện chỉ tiêu được giao.
"""

_YEARS_LEGACY = """ĐẢNG BỘ XÃ PHÚ LỘC
ĐẢNG ỦY
Số: 45-KH/ĐU
Phú Lộc, ngày 10 tháng 01 năm 2027
KẾ HOẠCH
Xây dựng nông thôn mới nâng cao giai đoạn 2027 - 2029

I. MỤC TIÊU CHUNG
Xây dựng xã đạt chuẩn nông thôn mới nâng cao, đời sống vật chất và tinh thần của nhân dân được nâng lên.
II. CHỈ TIÊU CỤ THỂ THEO TỪNG NĂM
STT
Chỉ tiêu
Năm 2027
Năm 2028

Năm 2029
1
Số hộ gia đình được công nhận
“Gia đình văn hóa” (hộ)
1.150
1.180
1.200
2

Số thôn đạt chuẩn nông thôn mới kiểu mẫu (thôn)
2
3
Tối thiểu 4
3
Số lao động được đào tạo nghề (người)
120

150
180
III. NHIỆM VỤ, GIẢI PHÁP
1. Các chi bộ thôn lãnh đạo nhân dân chỉnh trang nhà ở, vườn hộ, hoàn thành trước ngày 30/11/2027.
T/M ĐẢNG ỦY
BÍ THƯ
Trần Văn Hùng
"""


def _rows(t):
    return [[c.text for c in row] for row in t.rows]


def test_a_legacy_quota_table_is_a_structure_table_with_its_rows_and_offsets():
    st = structure_of_text(_QUOTA_LEGACY)
    (t,) = [t for t in st.tables if t.role == "quota"]
    assert _rows(t) == [
        ["STT", "Đơn vị", "Hội viên kết nạp mới (hội viên)", "Hộ nghèo được giúp đỡ (hộ)", "Quỹ hội viên (triệu đồng)"],
        ["1", "Chi hội thôn Đông", "25", "4", "12"],
        ["2", "Chi hội Khu 3", "30", "5", "15,5"],  # a unit's name ending in a number is a name, no figure
        ["3", "Chi hội thôn Hạ", "Ít nhất 10", "2", "8"]]
    assert "CHỈ TIÊU GIAO CÁC CHI HỘI NĂM 2027" in t.caption
    assert t.in_appendix  # after the signature
    for row in t.rows:
        for c in row:
            assert _QUOTA_LEGACY[c.start:c.end] == c.text
    # the outline (vanban extract --format json, member "structure") shows it
    (o,) = [x for x in outline(st)["tables"] if x["role"] == "quota"]
    assert o["rows"] == 4 and o["header"][1] == "Đơn vị" and "NĂM 2027" in o["caption"]


def test_the_targets_of_a_quota_table_are_read_from_its_structure_table():
    st = structure_of_text(_QUOTA_LEGACY)
    got = [(x.text, x.min, x.max, x.unit, x.scope, x.period) for x in quota_cells(st.tables)[0]]
    assert got == [
        ("25", 25, 25, "hội viên", "Chi hội thôn Đông: Hội viên kết nạp mới (hội viên)", "năm 2027"),
        ("4", 4, 4, "hộ", "Chi hội thôn Đông: Hộ nghèo được giúp đỡ (hộ)", "năm 2027"),
        ("12", 12, 12, "triệu đồng", "Chi hội thôn Đông: Quỹ hội viên (triệu đồng)", "năm 2027"),
        ("30", 30, 30, "hội viên", "Chi hội Khu 3: Hội viên kết nạp mới (hội viên)", "năm 2027"),
        ("5", 5, 5, "hộ", "Chi hội Khu 3: Hộ nghèo được giúp đỡ (hộ)", "năm 2027"),
        ("15,5", 15.5, 15.5, "triệu đồng", "Chi hội Khu 3: Quỹ hội viên (triệu đồng)", "năm 2027"),
        ("Ít nhất 10", 10, None, "hội viên", "Chi hội thôn Hạ: Hội viên kết nạp mới (hội viên)", "năm 2027"),
        ("2", 2, 2, "hộ", "Chi hội thôn Hạ: Hộ nghèo được giúp đỡ (hộ)", "năm 2027"),
        ("8", 8, 8, "triệu đồng", "Chi hội thôn Hạ: Quỹ hội viên (triệu đồng)", "năm 2027")]
    facts = {(x.min, x.max, x.unit) for x in extract(_QUOTA_LEGACY).targets}
    assert {(25, 25, "hội viên"), (15.5, 15.5, "triệu đồng"), (10, None, "hội viên"), (8, 8, "triệu đồng")} <= facts


def test_a_legacy_indicator_table_by_year_is_a_structure_table_with_its_rows():
    st = structure_of_text(_YEARS_LEGACY)
    (t,) = [t for t in st.tables if t.role == "by_year"]
    assert _rows(t) == [
        ["STT", "Chỉ tiêu", "Năm 2027", "Năm 2028", "Năm 2029"],
        ["1", "Số hộ gia đình được công nhận “Gia đình văn hóa” (hộ)", "1.150", "1.180", "1.200"],  # wrapped
        ["2", "Số thôn đạt chuẩn nông thôn mới kiểu mẫu (thôn)", "2", "3", "Tối thiểu 4"],  # "3" a figure, no row
        ["3", "Số lao động được đào tạo nghề (người)", "120", "150", "180"]]
    assert not t.in_appendix


def test_the_targets_of_an_indicator_table_by_year_are_read_from_its_structure_table():
    st = structure_of_text(_YEARS_LEGACY)
    got = [(x.min, x.max, x.unit, x.period) for x in year_row_cells(st.tables)[0]]
    assert got == [
        (1150, 1150, "hộ", "năm 2027"), (1180, 1180, "hộ", "năm 2028"), (1200, 1200, "hộ", "năm 2029"),
        (2, 2, "thôn", "năm 2027"), (3, 3, "thôn", "năm 2028"), (4, None, "thôn", "năm 2029"),
        (120, 120, "người", "năm 2027"), (150, 150, "người", "năm 2028"), (180, 180, "người", "năm 2029")]
    facts = {(x.min, x.max, x.unit) for x in extract(_YEARS_LEGACY).targets}
    assert {(1150, 1150, "hộ"), (4, None, "thôn"), (180, 180, "người")} <= facts


def test_one_reader_of_an_indicator_tables_columns():
    # the figure columns are every year's or span's, results too; the target extractor leaves the results out
    assert indicator_columns(["STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2026", "Kế hoạch năm 2027"]) \
        == (1, 2, [3, 4])
    assert indicator_columns(["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian hoàn thành"]) is None


def test_a_scans_damaged_row_number_still_opens_its_row_after_a_full_row():
    # a scan's OCR read the numbers 2 and 3 as "s4" and "c": the rows after them are the table's all the same
    text = _YEARS_LEGACY.replace("1.200\n2\n", "1.200\ns4\n").replace("Tối thiểu 4\n3\n", "Tối thiểu 4\nc\n")
    st = structure_of_text(text)
    (t,) = [t for t in st.tables if t.role == "by_year"]
    assert [r[0].text for r in t.rows[1:]] == ["1", "s4", "c"]
    assert [(x.min, x.unit, x.period) for x in year_row_cells(st.tables)[0]][-3:] == [
        (120, "người", "năm 2027"), (150, "người", "năm 2028"), (180, "người", "năm 2029")]


def test_a_scans_damaged_figure_holds_its_column():
    # "1B" for 30: no figure to read, but the cells after it stay in their columns ("5" households, not members)
    st = structure_of_text(_QUOTA_LEGACY.replace("Chi hội Khu 3\n30\n", "Chi hội Khu 3\n1B\n"))
    (t,) = [t for t in st.tables if t.role == "quota"]
    assert _rows(t)[2] == ["2", "Chi hội Khu 3", "1B", "5", "15,5"]
    got = [(x.text, x.unit) for x in quota_cells(st.tables)[0] if x.scope.startswith("Chi hội Khu 3")]
    assert got == [("5", "hộ"), ("15,5", "triệu đồng")]


_VILLAGES = """II. MỤC TIÊU
- Phấn đấu 100% thôn có Tổ công nghệ số cộng đồng.
- Giảm ít nhất 20% số vụ lừa đảo qua mạng so với năm 2026.
3. Chỉ tiêu giao cho các thôn

STT
Thôn
Thuộc xã cũ

Tỷ lệ hộ có người dùng ví điện tử (%)
Tỷ lệ người dân cài ứng dụng định danh (%)
1
Đông Yên
Thanh Yên
92,0

88,5
2

Bắc Hà
Thanh Yên
90,0
86,0
III. NHIỆM VỤ
"""


def test_a_quota_table_by_kind_of_unit_with_a_words_column_before_its_figures():
    # the units' column named by their kind ("Thôn"), a column of words about each ("Thuộc xã cũ") before the figures;
    # the caption is the item's heading, not the sentence above it ("so với năm 2026": no period of the quotas)
    st = structure_of_text(_VILLAGES)
    (t,) = [t for t in st.tables if t.role == "quota"]
    assert _rows(t) == [
        ["STT", "Thôn", "Thuộc xã cũ", "Tỷ lệ hộ có người dùng ví điện tử (%)", "Tỷ lệ người dân cài ứng dụng định danh (%)"],
        ["1", "Đông Yên", "Thanh Yên", "92,0", "88,5"],
        ["2", "Bắc Hà", "Thanh Yên", "90,0", "86,0"]]
    assert t.caption == "3. Chỉ tiêu giao cho các thôn"
    got = [(x.min, x.max, x.unit, x.scope, x.period) for x in quota_cells(st.tables)[0]]
    assert got == [(92, 92, "%", "Đông Yên: Tỷ lệ hộ có người dùng ví điện tử (%)", None),
                   (88.5, 88.5, "%", "Đông Yên: Tỷ lệ người dân cài ứng dụng định danh (%)", None),
                   (90, 90, "%", "Bắc Hà: Tỷ lệ hộ có người dùng ví điện tử (%)", None),
                   (86, 86, "%", "Bắc Hà: Tỷ lệ người dân cài ứng dụng định danh (%)", None)]


# A Phụ lục of one kind of quota by thôn (tg23b): bare digits under a head naming the unit in parentheses, a "Ghi chú"
# column of words, filled in some rows only, and a total row (written for this test in the style of a Hội đồng nghĩa vụ
# quân sự xã's call-up plan; the expected cells are read from the table as written)
_ONE_KIND = """KẾ HOẠCH
Tuyển chọn và gọi công dân nhập ngũ năm 2027

Chỉ tiêu phân bổ cho từng thôn theo Phụ lục kèm theo.
TM. HỘI ĐỒNG NGHĨA VỤ QUÂN SỰ
CHỦ TỊCH
Lê Văn Bình
PHỤ LỤC
PHÂN BỔ CHỈ TIÊU GỌI CÔNG DÂN NHẬP NGŨ NĂM 2027
(Kèm theo Kế hoạch số 05/KH-HĐNVQS ngày 08/01/2027)

STT

Thôn

Chỉ tiêu giao quân (công dân)

Ghi chú


1

Thôn Phú Xuân

5

02 chỉ tiêu Công an


2

Thôn Phú Hậu

4



3

Thôn Đồng Cát

6

01 chỉ tiêu Công an


Tổng cộng

15

03 chỉ tiêu Công an
"""


def test_a_quota_table_of_one_kind_with_a_remarks_column_and_a_total_row():
    # one kind of target is a table when its head names the unit; "Ghi chú"'s words stay in their column (no next
    # row's name, so the next row's number opens its row); the total row sums the others and is no thôn's quota
    st = structure_of_text(_ONE_KIND)
    (t,) = [t for t in st.tables if t.role == "quota"]
    assert _rows(t) == [
        ["STT", "Thôn", "Chỉ tiêu giao quân (công dân)", "Ghi chú"],
        ["1", "Thôn Phú Xuân", "5", "02 chỉ tiêu Công an"],
        ["2", "Thôn Phú Hậu", "4", ""],
        ["3", "Thôn Đồng Cát", "6", "01 chỉ tiêu Công an"],
        ["", "Tổng cộng", "15", "03 chỉ tiêu Công an"]]
    got = [(x.text, x.min, x.max, x.unit, x.scope, x.period) for x in quota_cells(st.tables)[0]]
    assert got == [
        ("5", 5, 5, "công dân", "Thôn Phú Xuân: Chỉ tiêu giao quân (công dân)", "năm 2027"),
        ("4", 4, 4, "công dân", "Thôn Phú Hậu: Chỉ tiêu giao quân (công dân)", "năm 2027"),
        ("6", 6, 6, "công dân", "Thôn Đồng Cát: Chỉ tiêu giao quân (công dân)", "năm 2027")]


def test_one_bare_kind_head_is_no_quota_table():
    # a single column head without its unit ("Số lượng") names no kind of target to read bare digits by
    text = _ONE_KIND.replace("Chỉ tiêu giao quân (công dân)", "Số lượng")
    assert not [t for t in structure_of_text(text).tables if t.role == "quota"]


def test_a_total_row_after_an_empty_remark_and_a_figure_a_scan_read_as_one_glyph():
    # the last thôn's remark empty: "Tổng cộng" opens the total row, no remark of the row above it; a scan read the
    # "4" of a row as "k" (one glyph where the figure is due): it holds its column, unread, the name stays whole
    text = _ONE_KIND.replace("Thôn Phú Hậu\n\n4\n", "Thôn Phú Hậu\n\nk\n").replace(
        "6\n\n01 chỉ tiêu Công an\n", "6\n")
    st = structure_of_text(text)
    (t,) = [t for t in st.tables if t.role == "quota"]
    assert _rows(t)[2:] == [
        ["2", "Thôn Phú Hậu", "k", ""],
        ["3", "Thôn Đồng Cát", "6", ""],
        ["", "Tổng cộng", "15", "03 chỉ tiêu Công an"]]
    assert [(x.text, x.scope) for x in quota_cells(st.tables)[0]] == [
        ("5", "Thôn Phú Xuân: Chỉ tiêu giao quân (công dân)"), ("6", "Thôn Đồng Cát: Chỉ tiêu giao quân (công dân)")]


def test_a_caption_over_a_note_in_parentheses_that_legacy_ocr_wrapped_is_in_reach():
    # the Phụ lục's note "(Kèm theo Kế hoạch số …)" as legacy OCR wraps a line of a wide page: three short lines under
    # the caption, which a count of lines alone left out of reach (and the table with it)
    wrapped = _QUOTA_LEGACY.replace(
        "(Kèm theo Kế hoạch số 12-KH/HPN ngày 15/01/2027 của Ban Chấp hành Hội LHPN xã)",
        "(Kèm theo Kế hoạch số 12-KH/HPN ngày 15/01/2027 của Ban Chấp\nhành\nHội LHPN xã)")
    st = structure_of_text(wrapped)
    (t,) = [t for t in st.tables if t.role == "quota"]
    assert "CHỈ TIÊU GIAO CÁC CHI HỘI NĂM 2027" in t.caption
    assert _rows(t)[1] == ["1", "Chi hội thôn Đông", "25", "4", "12"]


def test_a_column_of_results_beside_the_quotas_sets_no_target():
    # a Phụ lục that prints last year's estimate before the year's quota, for reference: only the quota is a target
    with_result = _QUOTA_LEGACY.replace("Hội viên kết nạp mới (hội viên)\n",
                                        "Hội viên kết nạp mới ước thực hiện năm 2026 (hội viên)\n")
    st = structure_of_text(with_result)
    got = [(x.text, x.unit) for x in quota_cells(st.tables)[0]]
    assert ("25", "hội viên") not in got and ("4", "hộ") in got and ("12", "triệu đồng") in got
