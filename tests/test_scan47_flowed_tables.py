"""A scan's flowed pipe tables that OCR damaged at their header or between their rows (scan47, issue #9 on scans).

Three kinds, each first seen on tune45's scanned forms (bench/realdocs_scan.py, Tesseract ``vie``), where the clean
text read the table and the scan lost rows:

* a numbered header with one column named at length ("Người nghiện, người sử dụng trái phép chất ma túy đang quản lý
  (31/12/2034)", 13 words) opened no table: a column name was at most ten words (:func:`pipe_flow._long_names` lets
  fifteen where the delimiter row follows the names);
* the two pipes between two rows read as two brackets after the row's last figure ("| 18 | 500.000 [ [ 6 | …"): the
  amount was no figure (:data:`pipe_flow._BRACKET_PIPE_RE`);
* a group row's Roman numeral read with look-alike strokes — "HI" for III, "1V" for IV, the digit 1 for I — opened no
  group, and the group's name ran into the row above (:func:`pipe_flow._misread_roman`, :func:`pipe_flow._rows`).

The ``tests/fixtures/scan47/t45-*.txt`` files are the bench's scan page text of those tables (copied, not edited);
every expected cell is the document's own (``bench/gold/tune45/*.md``). The other forms are written here in the
documents' style (a land list, a prize table, a budget table of a Nghị quyết HĐND) with their right values.
"""

from __future__ import annotations

import pathlib

from vanban.structure.pipe_flow import read_flowed_pipe_tables

FIX = pathlib.Path(__file__).parent / "fixtures" / "scan47"


def _rows(text: str, k: int = 0) -> list[list[str]]:
    tables = read_flowed_pipe_tables(text)
    assert len(tables) > k
    return [[c.text for c in row] for row in tables[k].rows]


# --- a column named at length ----------------------------------------------------------------------------------


def test_quota_table_with_a_long_column_name_t45_01_scan():
    rows = _rows((FIX / "t45-01_quota_table.txt").read_text(encoding="utf-8"))
    assert rows[0][2] == "Người nghiện, người sử dụng trái phép chất ma túy đang quản lý (31/12/2034)"
    assert rows[0][5] == 'Mục tiêu "Thôn không có ma túy"'
    assert rows[1:] == [
        ["1", "Thôn Đồng Bãi", "6", "4", "3", "Xây dựng mới"],
        ["2", "Thôn Gò Chè", "4", "3", "2", "Xây dựng mới"],
        ["3", "Thôn Phú Lợi", "0", "0", "1", "Giữ vững"],
        ["4", "Thôn Trại Mới", "9", "6", "4", "Chưa đăng ký"],
        ["5", "Thôn Khe Mít", "0", "0", "0", "Giữ vững"],
        ["6", "Thôn Cầu Trắng", "7", "5", "3", "Chưa đăng ký"],
        ["7", "Thôn Đình Hạ", "1", "1", "1", "Giữ vững"],
        ["", "Tổng cộng", "27", "19", "14", "05 thôn"],
    ]


#: a land list of a Công văn's appendix: the location column named with what it holds in brackets (11 words), the
#: delimiter row on its own line under the header, the rows run on
LAND_LIST = (
    "DANH SÁCH QUỸ ĐẤT CÔNG DO ỦY BAN NHÂN DÂN XÃ QUẢN LÝ\n\n"
    "| STT | Vị trí thửa đất (tờ bản đồ, số thửa, địa chỉ) | Diện tích (m²) | Loại đất | Hiện trạng sử dụng |\n"
    "|---|---|---|---|---|\n"
    "| 1 | Tờ số 12, thửa 245, thôn Bản Chiềng | 1.250 | Đất trồng cây hằng năm | Cho thuê ngắn hạn | | 2 | Tờ số"
    " 15, thửa 88, thôn Nà Sài | 3.400 | Đất nuôi trồng thủy sản | Bỏ hoang |\n\n"
    "Ủy ban nhân dân các xã rà soát, gửi danh sách về Sở.\n")


def test_long_location_column_with_its_delimiter_on_the_next_line():
    rows = _rows(LAND_LIST)
    assert rows[0][1] == "Vị trí thửa đất (tờ bản đồ, số thửa, địa chỉ)"
    assert rows[1:] == [["1", "Tờ số 12, thửa 245, thôn Bản Chiềng", "1.250", "Đất trồng cây hằng năm",
                         "Cho thuê ngắn hạn"],
                        ["2", "Tờ số 15, thửa 88, thôn Nà Sài", "3.400", "Đất nuôi trồng thủy sản", "Bỏ hoang"]]


def test_long_names_without_a_delimiter_row_open_no_table():
    """Without the delimiter row a line of long piped stretches may be any text: no table."""
    text = LAND_LIST.replace("|---|---|---|---|---|\n", "")
    assert read_flowed_pipe_tables(text) == []


def test_a_sentence_is_no_column_name():
    """A stretch holding a sentence's stop (". " or ";") names no column, however the delimiter follows."""
    text = LAND_LIST.replace("Vị trí thửa đất (tờ bản đồ, số thửa, địa chỉ)",
                             "Vị trí thửa đất; ghi rõ tờ bản đồ. Số thửa, địa chỉ của từng thửa đất công")
    assert read_flowed_pipe_tables(text) == []


# --- the two pipes between two rows read as brackets ----------------------------------------------------------


def test_gift_amount_before_two_bracketed_pipes_t45_03_scan():
    rows = _rows((FIX / "t45-03_gift_table.txt").read_text(encoding="utf-8"))
    assert rows[5] == ["5", "Người hoạt động kháng chiến bị nhiễm chất độc hóa học đang hưởng trợ cấp hằng tháng",
                       "18", "500.000"]
    assert rows[6][:3] == ["6", "Người có công giúp đỡ cách mạng, người hoạt động cách mạng bị địch bắt tù, đày còn sống",
                           "09"]


#: a prize table of a sports festival: the pipes between rows 2 and 3 read "] ["
PRIZES = (
    "Cơ cấu giải thưởng:\n\n"
    "| TT | Giải | Số giải | Mức thưởng (đồng/giải) | |---|---|---|---| | 1 | Giải Nhất | 01 | 5.000.000 | | 2 |"
    " Giải Nhì | 02 | 3.000.000 ] [ 3 | Giải Ba | 03 | 2.000.000 | | 4 | Giải Khuyến khích | 05 | 1.000.000 |\n\n"
    "Kinh phí từ nguồn ngân sách xã.\n")


def test_prize_amount_before_two_bracketed_pipes():
    assert _rows(PRIZES)[1:] == [["1", "Giải Nhất", "01", "5.000.000"], ["2", "Giải Nhì", "02", "3.000.000"],
                                 ["3", "Giải Ba", "03", "2.000.000"], ["4", "Giải Khuyến khích", "05", "1.000.000"]]


# --- a group's Roman numeral read with look-alike strokes -----------------------------------------------------


def test_indicator_groups_read_as_1_hi_1v_t45_04_scan():
    rows = _rows((FIX / "t45-04_indicator_table.txt").read_text(encoding="utf-8"))
    body = [r for r in rows[1:] if r[2]]  # the group rows have no unit
    assert [r[1:] for r in body] == [
        ["Tỷ lệ sinh con thứ 3 trở lên", "%", "9,2", "Không quá 8,7"],
        ["Số người mới sử dụng biện pháp tránh thai hiện đại", "Người", "305", "320"],
        ["Tỷ số giới tính khi sinh", "Số bé trai/100 bé gái", "111,4", "Dưới 110"],
        ["Tỷ lệ phụ nữ mang thai được tầm soát ít nhất 04 bệnh tật bẩm sinh phổ biến nhất", "%", "68", "Tối thiểu 75"],
        ["Tỷ lệ trẻ sơ sinh được tầm soát ít nhất 05 bệnh bẩm sinh phổ biến nhất", "%", "81", "Tối thiểu 85"],
        ["Tỷ lệ nam, nữ thanh niên được tư vấn, khám sức khỏe trước khi kết hôn", "%", "62", "70"],
        ["Tỷ lệ người cao tuổi được khám sức khỏe định kỳ ít nhất 01 lần/năm", "%", "74", "80"],
        ["Tỷ lệ người cao tuổi có thẻ bảo hiểm y tế", "%", "100", "100"],
    ]
    groups = [r[1] for r in rows[1:] if not r[2]]
    assert groups == ["Quy mô dân số, mức sinh", "Cơ cấu dân số", "Chất lượng dân số", "Thích ứng già hóa dân số"]


#: a budget table of a Nghị quyết HĐND xã, grouped by I–IV with each group's subtotal, its rows numbered from 1 again
#: in each group; the scan read the numerals I, III and IV as "1", "HI" and "1V"
BUDGET = (
    "Phân bổ dự toán chi ngân sách xã năm 2036 như sau:\n\n"
    "| STT | Nội dung chi | Dự toán (triệu đồng) | Ghi chú | |---|---|---|---| | 1 | Chi đầu tư phát triển | 24.500 |"
    " | | 1 | Đường giao thông liên thôn Khe Nước - Đồng Sen | 11.200 | Chuyển tiếp | | 2 | Nhà văn hóa thôn Bãi"
    " Dài | 13.300 | Khởi công mới | | II | Chi thường xuyên | 60.670 | | | 1 | Chi sự nghiệp giáo dục và đào tạo |"
    " 34.820 | | | 2 | Chi quản lý hành chính | 25.850 | | | HI | Dự phòng ngân sách | 1.847 | | | 1V | Chi thực"
    " hiện các mục tiêu, nhiệm vụ từ nguồn bổ sung có mục tiêu | 5.400 | |\n\n"
    "Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết này.\n")


def test_budget_groups_with_subtotals_read_as_1_hi_1v():
    rows = _rows(BUDGET)
    assert [r[1:3] for r in rows[1:]] == [
        ["Chi đầu tư phát triển", "24.500"],
        ["Đường giao thông liên thôn Khe Nước - Đồng Sen", "11.200"],
        ["Nhà văn hóa thôn Bãi Dài", "13.300"],
        ["Chi thường xuyên", "60.670"],
        ["Chi sự nghiệp giáo dục và đào tạo", "34.820"],
        ["Chi quản lý hành chính", "25.850"],
        ["Dự phòng ngân sách", "1.847"],
        ["Chi thực hiện các mục tiêu, nhiệm vụ từ nguồn bổ sung có mục tiêu", "5.400"],
    ]


def test_row_eleven_stays_eleven():
    """"11" is row eleven, never a group's II."""
    head = "| TT | Thôn | Số hộ | Số khẩu | |---|---|---|---| "
    rows_ = "".join(f"| {i} | Thôn {n} | {10 + i} | {40 + i} | " for i, n in enumerate(
        ["Đông", "Tây", "Nam", "Bắc", "Trung", "Thượng", "Hạ", "Mới", "Cũ", "Giữa", "Ngoài", "Trong"], start=1))
    rows = _rows("Số liệu:\n\n" + head + rows_ + "|\n\nHết.\n")
    assert [r[0] for r in rows[1:]] == [str(i) for i in range(1, 13)]
    assert rows[11] == ["11", "Thôn Ngoài", "21", "51"]
