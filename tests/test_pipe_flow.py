"""Pipe tables whose rows OCR broke or ran on (issue #9: tables as rows of cells wherever they occur, on legacy-OCR
and scanned input): vanban.structure.pipe_flow.

The documents are written for these tests in the style of a Sở's plan with a Phụ lục of tasks typed as a Markdown pipe
table, then damaged as each OCR form damages such a table (seen on the printed tables of the tuning sets): legacy OCR
puts blank lines between rows, wraps a row, loses a pipe of the header and breaks the page inside the table; a scan
read by layout runs the rows on as one paragraph, the pipe before a row's number read as "I". The expected rows are
the table as written.
"""

from __future__ import annotations

from vanban.structure import structure_of_text
from vanban.structure.pipe_flow import read_flowed_pipe_tables

_HEAD = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 41/KH-SVHTTDL
Hà Tĩnh, ngày 05 tháng 02 năm 2027

KẾ HOẠCH
Tổ chức các hoạt động văn hóa, thể thao mừng Xuân năm 2027

Các phòng, đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo.

GIÁM ĐỐC

Lê Thị Hoa

PHỤ LỤC
DANH MỤC NHIỆM VỤ
(Kèm theo Kế hoạch số 41/KH-SVHTTDL ngày 05/02/2027)

"""

_LEGACY = _HEAD + """| STT | Nhiệm vụ | Đơn vị chủ trì

Đơn vị phối hợp | Thời hạn |

-- ame

| 1 | Tổ chức Hội báo Xuân tại Thư viện tỉnh | Thư viện tỉnh | Phòng Quản lý văn hóa | Trước ngày 10/02/2027 |

| 2 | Tổ chức giải việt dã truyền thống chào mừng ngày thành lập Đảng |
Phòng Quản lý thể dục thể thao | Trung tâm Huấn luyện thể thao | Tháng 02/2027 |
\f| 3 | Biểu diễn nghệ thuật phục vụ Nhân dân tại các xã biên giới | Nhà hát Nghệ thuật truyền thống | | Quý I/2027 |

Giám đốc Sở yêu cầu các đơn vị triển khai nghiêm túc.
"""

_SCAN = _HEAD + """| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |
|---|---|---|---|---|| 1 | Tổ chức Hội báo Xuân tại Thư viện tỉnh | Thư viện tỉnh | Phòng Quản
lý văn hóa | Trước ngày 10/02/2027 | | 2 | Tổ chức giải việt dã truyền thống chào mừng ngày
thành lập Đảng | Phòng Quản lý thể dục thể thao | Trung tâm Huấn luyện thể thao | Tháng 02/2027
|I3 | Biểu diễn nghệ thuật phục vụ Nhân dân tại các xã biên giới | Nhà hát Nghệ thuật truyền thống
| | Quý I/2027 |

Giám đốc Sở yêu cầu các đơn vị triển khai nghiêm túc.
"""

_ROWS = [
    ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"],
    ["1", "Tổ chức Hội báo Xuân tại Thư viện tỉnh", "Thư viện tỉnh", "Phòng Quản lý văn hóa", "Trước ngày 10/02/2027"],
    ["2", "Tổ chức giải việt dã truyền thống chào mừng ngày thành lập Đảng", "Phòng Quản lý thể dục thể thao",
     "Trung tâm Huấn luyện thể thao", "Tháng 02/2027"],
    ["3", "Biểu diễn nghệ thuật phục vụ Nhân dân tại các xã biên giới", "Nhà hát Nghệ thuật truyền thống", "",
     "Quý I/2027"]]


def _rows(t):
    return [[c.text for c in row] for row in t.rows]


def _fixture(name: str) -> str:
    """A real OCR excerpt copied from bench/.cache into tests/fixtures/ocr_forms30."""
    import pathlib

    return (pathlib.Path(__file__).parent / "fixtures" / "ocr_forms30" / name).read_text(encoding="utf-8")


def test_a_legacy_pipe_table_with_blank_lines_a_wrapped_row_a_lost_header_pipe_and_a_page_break():
    (t,) = read_flowed_pipe_tables(_LEGACY)
    assert _rows(t) == _ROWS
    assert t.header == tuple(_ROWS[0]) and t.role == "data"
    for row in t.rows[1:]:
        for c in row:
            if c.text:
                assert " ".join(_LEGACY[c.start:c.end].split()) == c.text
    assert "nghiêm túc" not in _LEGACY[t.start:t.end]  # the prose after the table is no row


def test_a_scanned_pipe_table_run_on_as_one_paragraph():
    (t,) = read_flowed_pipe_tables(_SCAN)
    assert _rows(t) == _ROWS


def test_the_structure_holds_the_table_in_the_appendix():
    for text in (_LEGACY, _SCAN):
        data = [t for t in structure_of_text(text).tables if t.role == "data"]
        assert [_rows(t) for t in data] == [_ROWS]
        assert data[0].in_appendix


def test_no_table_without_a_number_column_or_numbered_rows():
    # a header of column names without the number column, and prose that quotes pipes, make no table
    assert read_flowed_pipe_tables(_LEGACY.replace("| STT |", "| Ghi chú |")) == []
    prose = "Chọn một trong các mục | STT | Nội dung | Ghi chú | trong mẫu báo cáo.\nCác đơn vị điền đầy đủ.\n"
    assert read_flowed_pipe_tables(prose) == []
    one_row = _HEAD + "| STT | Nhiệm vụ | Đơn vị chủ trì |\n| 1 | Tổ chức Hội báo Xuân | Thư viện tỉnh |\n"
    assert read_flowed_pipe_tables(one_row) == []


def test_a_scanned_header_whose_closing_pipe_opens_the_misread_delimiter_row():
    # real vie OCR of a scanned Phụ lục (bench/.cache/realdocs-scan, authored28 a28-01): the header's closing pipe
    # went onto the next line, which opens the delimiter row read "|l---|…|---[|" and runs on into the rows; the
    # header ends before that line and row 1 is the table's first row, not noise in the header
    text = _fixture("a28-01.scan.appendix.txt")
    (t,) = read_flowed_pipe_tables(text)
    rows = _rows(t)
    assert rows[0] == ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"]
    assert [r[0] for r in rows[1:]] == ["1", "2", "3", "4", "5", "6", "7"]
    assert rows[1][1:5] == ["Sửa đổi Quy chế quản lý, kết nối, chia sẻ dữ liệu tỉnh Phú Thọ", "Sở Khoa học và Công nghệ",
                            "Sở Tư pháp, Công an tỉnh", "Quý 1/2027"]
    assert rows[3][2:5] == ["Công an tỉnh", "Sở Tư pháp, UBND các xã, phường", "Tháng 6/2027"]
    assert rows[7][2] == "Công an tỉnh" and rows[7][4] == "Trước ngày 15/11/2027"


def test_a_legacy_row_ocr_skipped_leaves_its_tail_and_the_next_number():
    # real eng OCR of a schedule table (bench/.cache/realdocs-ocr, authored28 a28-06): Tesseract skipped the line
    # "| 6 | Sơ kết … | Ủy ban Kiểm tra Đảng ủy" and kept its wrapped tail "xa | Truc ngay 10/6/2027 | Uy ban …"; row 7
    # is still a row (the numbering skips the lost one), the tail a row of its own under the last columns, not more
    # text of row 5's unit
    text = _fixture("a28-06.eng.schedule.txt")
    (t,) = read_flowed_pipe_tables(text)
    rows = _rows(t)
    assert [r[0] for r in rows[1:]] == ["1", "2", "3", "4", "5", "", "7"]
    assert rows[5][3:] == ["Quy III/2027", "Doan gidm sat so 2 cua Uy ban Kiém tra Dang uy xa"]
    assert rows[6] == ["", "", "xa", "Truc ngay 10/6/2027", "Uy ban Kiém tra Dang ty xa"]
    assert rows[7][3:] == ["Truc ngay 05/12/2027", "Uy ban Kiém tra Dang ty xa"]


def test_a_number_that_skips_one_inside_a_row_is_no_row():
    # a figure cell equal to the next-but-one number, inside a row whose cells are not all there yet, stays a cell
    text = ("| TT | Nội dung | Số lớp | Đơn vị chủ trì |\n\n| 1 | Mở lớp bồi dưỡng | 3 | Trường Chính trị |\n\n"
            "| 2 | Mở lớp tập huấn | 4 |\n\nSở Nội vụ |\n")
    (t,) = read_flowed_pipe_tables(text)
    assert _rows(t)[1:] == [["1", "Mở lớp bồi dưỡng", "3", "Trường Chính trị"],
                            ["2", "Mở lớp tập huấn", "4", "Sở Nội vụ"]]


def test_a_scans_flowed_table_with_two_lines_that_look_like_bare_pipe_rows_is_read():
    # real vie OCR of a scanned page (bench/.cache/realdocs-scan, tune29 t29-10, restored): the whole pipe table ran on
    # as one paragraph, and two of its wrapped lines ("miệng | Công văn số 2598/… | 30/5/2027 | Sở Y tế | trước ngày"
    # / "12/6/2027 | | 6 | Kết quả …") side by side look like a bare pipe table's rows; no table reader takes them,
    # so they must not keep the flowed reading out. Expected cells: the document's table as printed.
    from vanban.structure import structure_of_text

    text = _fixture("t29-10.scan.flowed.txt")
    (t,) = [t for t in structure_of_text(text).tables if t.role == "data"]
    rows = _rows(t)
    assert rows[0] == ["TT", "Nội dung báo cáo", "Văn bản yêu cầu", "Hạn đã yêu cầu", "Đơn vị chưa gửi",
                       "Thời hạn gửi mới"]
    assert [r[0] for r in rows[1:]] == ["1", "2", "3", "4", "5", "6", "7"]
    assert rows[5][4:] == ["Sở Y tế", "trước ngày 12/6/2027"]
    assert rows[6][4:] == ["Sở Nông nghiệp và Môi trường", "trong tuần thứ ba của tháng 6/2027"]


def test_a_scanned_headers_pipe_read_as_a_letter_after_the_number_column():
    # real vie OCR of a scanned schedule table (bench/.cache/realdocs-scan, tune29 t29-03): the pipe after "TT" read as
    # "Ị" glued to it ("| TTỊ Thời gian | Giờ/buổi | …"), the rows run on; expected cells: the table as printed
    text = _fixture("t29-03.scan.schedule.txt")
    (t,) = read_flowed_pipe_tables(text)
    rows = _rows(t)
    assert rows[0] == ["TT", "Thời gian", "Giờ/buổi", "Nội dung hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp"]
    assert [r[0] for r in rows[1:]] == ["1", "2", "3", "4", "5", "6", "7", "8"]
    assert rows[1][1] == "Ngày 18/3/2027" and rows[1][4] == "Sở Y tế"
    assert rows[5][1] == "Ngày 05/4/2027" and rows[5][4:] == ["Sở Y tế", "UBND xã Con Cuông"]
    assert t.start == text.index("| TTỊ")  # offsets stay those of the text as OCR read it


def test_a_number_column_name_and_its_own_stroke_stay_one_name():
    # "STTI" alone is the number column's name with a stroke OCR added (cellgrid.NUMBER_COL): no pipe lost before a
    # column name follows; a header whose first cell is a column name keeps it whole
    text = ("| STTI | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n| 1 | Rà soát hồ sơ | Văn phòng | Quý I |\n"
            "| 2 | Báo cáo kết quả | Sở Nội vụ | Quý II |\n")
    (t,) = read_flowed_pipe_tables(text)
    assert _rows(t)[0] == ["STTI", "Nội dung", "Đơn vị chủ trì", "Thời gian"]


def test_a_legacy_pipe_table_read_a_row_a_line_up_to_its_first_wrapped_row_is_read_whole():
    # real eng OCR of a schedule table (bench/.cache/realdocs-ocr, tune29 t29-03), restored as ingest does: row 1 is
    # one line, row 2 wraps over two lines and its last word after a blank line ("… Bệnh viện Sản Nhi Nghệ" / "" /
    # "An |"); the row-a-line reader stops there, the flowed reading of the same header holds all eight rows and
    # takes its place. Expected cells: the table as printed.
    from vanban.ocr.correct import correct_text
    from vanban.structure import structure_of_text

    raw = _fixture("t29-03.eng.schedule.txt")
    (t,) = [t for t in structure_of_text(correct_text(raw, "image-ocr").text).tables if t.role == "data"]
    rows = _rows(t)
    assert rows[0] == ["TT", "Thời gian", "Giờ/buổi", "Nội dung hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp"]
    assert [r[0] for r in rows[1:]] == ["1", "2", "3", "4", "5", "6", "7", "8"]
    assert rows[2][1] == "Ngày 23/3/2027" and rows[2][4:] == ["Trung tâm Kiểm soát bệnh tật tỉnh",
                                                               "Bệnh viện Sản Nhi Nghệ An"]
    assert rows[8][1] == "Chậm nhất ngày 25/5/2027"


def test_a_pipe_table_read_whole_a_row_a_line_stays_as_read():
    # the clean form of such a table: the row-a-line reader has every row; the flowed reading does not replace it
    from vanban.structure import structure_of_text

    text = ("2. Tiến độ triển khai\n\n| TT | Thời gian | Nội dung hoạt động | Đơn vị chủ trì |\n|---|---|---|---|\n"
            "| 1 | Ngày 18/3/2027 | Hội nghị triển khai kế hoạch | Sở Y tế |\n"
            "| 2 | Ngày 23/3/2027 | Tập huấn tuyến tỉnh | Trung tâm Kiểm soát bệnh tật tỉnh |\n")
    (t,) = [t for t in structure_of_text(text).tables if t.role == "data"]
    assert [r[0].text for r in t.rows] == ["TT", "1", "2"] and t.rows[2][3].text == "Trung tâm Kiểm soát bệnh tật tỉnh"
