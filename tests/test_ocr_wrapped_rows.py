"""A pipe-table row that the printed page wrapped, read by OCR over several lines, is one row again
(:mod:`vanban.ocr.wrapped_rows`, run by ``correct_text`` on OCR pages). Inputs written here: a task table of a plan
kept as a pipe table in a text file, its rows cut where a narrow page would wrap them; expected values read from
the table."""

from vanban.extract import extract
from vanban.ocr.correct import correct_text
from vanban.ocr.wrapped_rows import wrapped_rows

TABLE = (
    "| TT | Nội dung | Đơn vị chủ trì | Thời gian |\n"
    "|---|---|---|---|\n"
    "| 1 | Rà soát quy chế phối hợp giữa Công an\n"
    "phường với các doanh nghiệp | Công an phường | Quý I/2027 |\n"
    "| 2 | Tập huấn nghiệp vụ | Ban Chỉ huy quân sự phường |\n"
    "Quý II/2027 |\n"
    "| 3 | Kiểm tra cơ sở | Trạm Y tế phường | Tháng 9/2027 |\n"
)


def test_row_cut_inside_a_cell_is_joined():
    lines = wrapped_rows(TABLE).split("\n")
    assert lines[2] == ("| 1 | Rà soát quy chế phối hợp giữa Công an phường với các doanh nghiệp "
                        "| Công an phường | Quý I/2027 |")


def test_row_cut_on_a_cell_border_is_joined():
    assert wrapped_rows(TABLE).split("\n")[3] == "| 2 | Tập huấn nghiệp vụ | Ban Chỉ huy quân sự phường | Quý II/2027 |"


def test_whole_rows_and_offsets_hold():
    out = wrapped_rows(TABLE)
    assert len(out) == len(TABLE)
    assert out.split("\n")[4] == "| 3 | Kiểm tra cơ sở | Trạm Y tế phường | Tháng 9/2027 |"


def test_prose_under_an_open_row_is_left():
    # a table typed without closing pipes: no line under it makes a row whole, so nothing is joined
    text = "| TT | Nội dung\n| 1 | Rà soát\nSau đó, các đơn vị báo cáo.\n"
    assert wrapped_rows(text) == text
    # a row with fewer cells than its header, then prose without pipes
    text = "| TT | Nội dung | Đơn vị |\n| 1 | Rà soát |\nCác đơn vị báo cáo.\n"
    assert wrapped_rows(text) == text


def test_wrapped_row_keeps_its_body_and_due_date():
    raw = ("Phan cOng nhiém vu nhu sau:\n\n"
           "| TT | Noi dung | Don vi chu tri | Thoi gian hoan thanh |\n"
           "|---|---|---|---|\n"
           "| 1 | Ra soat, bé sung quy ché phéi hgp giita cac luc lugng trén dia\n"
           "ban phudng | Cong an phudng | Truéc ngay 31/3/2027 |\n"
           "| 2 | Tap huan nghiép vu phong chay | Ban Chi huy quan sy phudng | Quy II/2027 |\n")
    text = correct_text(raw, "image-ocr").text
    ours = [(o.who, o.deadline.date if o.deadline else None) for o in extract(text).obligations]
    assert ("Công an phường", "2027-03-31") in ours


# OCR of a printed table: each row a paragraph of its own (blank lines between rows), the header's rule read as a
# scrap of letters, and a row cut on a cell border so its first line closes with "|" but has too few cells
SPACED = (
    "| TT | Việc cần làm | Chủ trì | Phối hợp | Hạn hoàn thành |\n"
    "\n"
    "pb\n"
    "\n"
    "| 1 | Lập danh sách hộ nghèo; gửi Ban Thường trực |\n"
    "Phòng Lao động - Xã hội | Hội Chữ thập đỏ\n"
    "phường | Trước ngày 12/5/2028 |\n"
    "\n"
    "| 2 | Kiểm tra hồ sơ | Tổ kiểm tra | Trưởng khu phố | Xong trước ngày 20/6/2028 |\n"
)


def test_blank_lines_and_a_rule_scrap_keep_the_table_width():
    lines = wrapped_rows(SPACED).split("\n")
    assert lines[4] == ("| 1 | Lập danh sách hộ nghèo; gửi Ban Thường trực | Phòng Lao động - Xã hội "
                        "| Hội Chữ thập đỏ phường | Trước ngày 12/5/2028 |")
    assert len(wrapped_rows(SPACED)) == len(SPACED)


def test_spaced_table_row_keeps_its_body_and_due_date():
    raw = ("| STT | Noi dung | Don vi chu tri | Don vi phoi hop | Thoi gian hoan thanh |\n\nJb\n\n"
           "| 1 | Lap danh sach ho ngheo; gui Ban Thuong truc |\nPhong Lao dong - Xa hoi | Hoi Chu thap do\n"
           "phuong | Truoc ngay 12/5/2028 |\n\n"
           "| 2 | Kiem tra ho so | To kiem tra | Truong khu pho | Xong truoc ngay 20/6/2028 |\n")
    text = correct_text(raw, "image-ocr").text
    assert "| Hội Chữ thập đỏ phường | Trước ngày 12/5/2028 |" in text
    ours = [(o.who, o.deadline.date if o.deadline else None) for o in extract(text).obligations]
    assert ("Phòng Lao động - Xã hội", "2028-05-12") in ours


def test_scrap_after_rows_is_prose_and_ends_the_table():
    # a short line between two tables (not right under a header) is no rule: the second table keeps its own width
    text = "| A | B | C |\n| 1 | x | y |\nOk\n| TT | Nội dung |\n| 1 | Họp |\n"
    assert wrapped_rows(text) == text
