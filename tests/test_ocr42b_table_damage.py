"""Tables whose layout OCR damaged are read as their clean text is (ocr42b).

* a scan's flowed table (:mod:`vanban.structure.pipe_flow`) whose header the page wrapped twice — a long column name
  cut inside its unit, the last name on the line the delimiter row runs on from — kept its first line only, and the
  table was lost (:func:`pipe_flow._header` now reads the names up to that delimiter, :func:`pipe_flow._head_rest`);
* a row's name wrapped and the next line opens with the pipe before its first figure read as a bracket ("Tổ 3" ⏎
  "[41 |"): the name and the figure made one cell (:data:`pipe_flow._NAME_BRACKET_FIGURE_RE`);
* the total row's name at the start of a line whose opening pipe the scan lost ("| 7 ||" ⏎ "Cộng | 120 |"): one
  empty cell before it after a full row is enough (:func:`pipe_flow._rows`);
* legacy OCR gives the rows of a task table that runs over a page break to the next page with no header: they are
  the table's rows when the page before ends on one of them (:func:`vanban.structure.lines._continued_rows`).

Inputs are vanban's own wording of the kinds (a clean-water scheme per hamlet, vaccination counts per tổ, a
training plan's schedule); expected values are what the same table reads as on clean text.
"""

from __future__ import annotations

from vanban.structure import structure_of_text
from vanban.structure.pipe_flow import read_flowed_pipe_tables

#: a scan's flowed table: the header wrapped inside "(m³/ngày" and again before "Ghi chú", the rows run on
TWICE_WRAPPED = (
    "Bảng phân bổ như sau:\n\n"
    "| TT | Thôn | Số hộ được cấp nước | Công suất bể chứa (m³/\n"
    "ngày đêm) | Vốn đối ứng của dân (triệu đồng) | Ghi\n"
    "chú | |---|---|---|---|---|---| | 1 | Khe Cát | 42 | 15 | 84 | Mới | | 2 | Đồng Mỏ | 35 | 12 | 70 | Mới | | 3 |"
    " Suối Hoa | 51 | 20 | 102 | Cải tạo |\n\n"
    "Các thôn tổ chức thi công trong mùa khô.\n")

#: a scan's flowed table: a row's figures wrapped after a bracket read for a pipe, the total row's pipe lost at a wrap
BRACKET_AND_TOTAL = (
    "Chỉ tiêu tiêm chủng giao cho các tổ:\n\n"
    "| TT | Tổ dân phố | Trẻ dưới 1 tuổi (trẻ) | Phụ nữ có thai (người) | |---|---|---|---| | 1 | Tổ Bến Đò\n"
    "[41 |17 | | 2 | Tổ Chợ Mới | 38 | 15 || 3 | Tổ Gò Sim | 44 |19 ||\n"
    "Cộng | 123 | 51 |\n\n"
    "Trạm Y tế báo cáo kết quả hằng tháng.\n")


def _cells(table) -> list[list[str]]:
    return [[c.text for c in row] for row in table.rows]


def test_header_wrapped_twice_before_the_run_on_delimiter():
    tables = read_flowed_pipe_tables(TWICE_WRAPPED)
    assert len(tables) == 1
    t = tables[0]
    assert t.header == ("TT", "Thôn", "Số hộ được cấp nước", "Công suất bể chứa (m³/ ngày đêm)",
                        "Vốn đối ứng của dân (triệu đồng)", "Ghi chú")
    assert _cells(t)[1:] == [["1", "Khe Cát", "42", "15", "84", "Mới"], ["2", "Đồng Mỏ", "35", "12", "70", "Mới"],
                             ["3", "Suối Hoa", "51", "20", "102", "Cải tạo"]]


def test_name_and_figure_parted_by_a_bracket_and_total_row_after_a_lost_pipe():
    tables = read_flowed_pipe_tables(BRACKET_AND_TOTAL)
    assert len(tables) == 1
    assert _cells(tables[0])[1:] == [["1", "Tổ Bến Đò", "41", "17"], ["2", "Tổ Chợ Mới", "38", "15"],
                                     ["3", "Tổ Gò Sim", "44", "19"], ["", "Cộng", "123", "51"]]


def test_bracket_inside_words_is_no_pipe():
    """A bracket between words (no figure closing the cell) stays in its cell."""
    text = BRACKET_AND_TOTAL.replace("Tổ Bến Đò\n[41 |", "Tổ Bến Đò [cũ] | 41 |")
    rows = _cells(read_flowed_pipe_tables(text)[0])
    assert rows[1][:3] == ["1", "Tổ Bến Đò [cũ]", "41"]


HEAD = "| STT | Công việc | Bộ phận thực hiện | Bộ phận phối hợp | Thời hạn |"
#: legacy OCR: blank lines between rows, the rule read as noise; the page ends on row 3
PAGE1 = ("III. TIẾN ĐỘ THỰC HIỆN\n\n" + HEAD + "\n\nmee ane\n\n"
         "| 1 | Khảo sát nhu cầu học viên ở từng thôn, gửi danh sách về Trung tâm Học tập cộng đồng | Trưởng các thôn"
         " | Chi hội Khuyến học | Trước ngày 12/3/2034 |\n\n"
         "| 2 | Xây dựng chương trình bồi dưỡng | Phòng Văn hóa - Xã hội | Trường Tiểu học | Trước ngày 25/3/2034 |\n\n"
         "| 3 | Lập dự toán, trình phê duyệt | Phòng Kinh tế | Trung tâm Học tập cộng đồng | Trước ngày 28/3/2034 |\n")
PAGE2 = ("| 4 | Mở lớp bồi dưỡng đợt 1 cho cán bộ thôn và chi hội trưởng các đoàn thể của xã | Trung tâm Học tập cộng"
         " đồng | Hội Khuyến học xã, Đoàn Thanh niên, Hội Liên hiệp Phụ nữ xã | Xong trước ngày 09/4/2034 |\n\n"
         "|5 | Kiểm tra các lớp | Trung tâm Học tập cộng đồng | Các thôn | Từ ngày 10/4 đến ngày 12/4/2034 |\n\n"
         "| 6 | Tổng kết, khen thưởng học viên xuất sắc và báo cáo kết quả về Ủy ban nhân dân xã | Phòng Văn hóa - Xã hội"
         " | Công chức Văn hóa - Xã hội | Không muộn hơn ngày 28/4/2034 |\n\n"
         "IV. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị triển khai theo kế hoạch.\n")


def _table_rows(text: str) -> list[list[str]]:
    tables = [t for t in structure_of_text(text).tables if "Bộ phận thực hiện" in t.header]
    assert len(tables) == 1
    return [[c.text for c in row][:3] for row in tables[0].rows[1:]]


def test_legacy_rows_on_the_next_page_continue_the_table():
    assert _table_rows(PAGE1 + "\f" + PAGE2) == _table_rows(PAGE1 + "\n" + PAGE2)
    assert [r[0] for r in _table_rows(PAGE1 + "\f" + PAGE2)] == ["1", "2", "3", "4", "5", "6"]


def test_next_page_opening_with_prose_keeps_no_row():
    rows = _table_rows(PAGE1 + "\fIV. TỔ CHỨC THỰC HIỆN\n\n| 3 | Một dòng khác | x | y | z |\n")
    assert [r[0] for r in rows] == ["1", "2", "3"]
