"""Flowed pipe tables whose OCR ran the rows together and lost pipes (issue #9, tables on the OCR forms):
vanban.structure.pipe_flow.

The texts are written for these tests in the style of a ward's enrolment plan and a Đảng ủy's admission plan, each
with a pipe table, then damaged as a scan read by layout damages such a table: the header's last name wrapped after a
blank line and run on into the delimiter row and the rows; a row's pipes lost so that its number runs into its figures
("2111127"), the next row's number glued to the last figure ("011 14"), and the thin pipe between two one-digit figures
lost ("| 1 | 12 ||" for "| 1 | 1 | 2 |"). The expected rows are the table as written, as far as the text still holds it.
"""

from __future__ import annotations

from vanban.structure.pipe_flow import read_flowed_pipe_tables


def _rows(t):
    return [[c.text for c in row] for row in t.rows]


def test_a_header_wrapped_inside_a_name_after_a_blank_line_runs_on_into_the_rows():
    text = ("II. CHỈ TIÊU\n\n"
            "| TT | Trường | Lớp 1: Số lớp | Lớp 1: Số học sinh | Lớp 6: Số lớp | Lớp 6: Số học\n\n"
            "sinh | Khu vực tuyển sinh | |---|---|---|---|---|---|---| | 1 | Trường Tiểu học Hòa Bình | 4 | 140\n"
            "| - | - | Tổ 1 đến tổ 6 | | 2 | Trường Tiểu học Quang Trung | 3 | 105 | - | - | Tổ 7 đến\n"
            "tổ 12 | | 3 | Trường THCS Hòa Bình | - | - | 5 | 210 | Học sinh hai trường tiểu học |\n\n"
            "III. THỜI GIAN\n")
    (t,) = read_flowed_pipe_tables(text)
    rows = _rows(t)
    assert rows[0] == ["TT", "Trường", "Lớp 1: Số lớp", "Lớp 1: Số học sinh", "Lớp 6: Số lớp", "Lớp 6: Số học sinh",
                       "Khu vực tuyển sinh"]
    assert rows[1] == ["1", "Trường Tiểu học Hòa Bình", "4", "140", "-", "-", "Tổ 1 đến tổ 6"]
    assert rows[3] == ["3", "Trường THCS Hòa Bình", "-", "-", "5", "210", "Học sinh hai trường tiểu học"]


_QUOTA = ("| TT | Chi bộ | Chỉ tiêu kết nạp | Trong đó: Nữ | Trong đó: Đoàn viên |\n"
          "|---|---|---|---|---| | 1 | Chi bộ thôn Nà Hẩu | 2 | 1 | 2 | | 2 | Chi bộ thôn Khe Lếch | 3 | 21 |\n"
          "| 3 | Chi bộ thôn Pá Lùng | 2 | 1 |\n"
          "1 4 | Chi bộ thôn Lùng Vai | 1 | 1 | 1 || 5 | Chi bộ Trường Mầm non | 2 | 1 | 1 | | 6 | Chi bộ Trạm Y tế | 1 |\n"
          "0 | 1 || | Tổng cộng | 11 | 6 | 8 |\n\n"
          "III. TỔ CHỨC THỰC HIỆN\n")


def test_the_next_rows_number_glued_to_the_last_figure_opens_its_row():
    # row 3's last figure and row 4's number read as one cell ("1 4"), the pipe between them lost
    (t,) = read_flowed_pipe_tables(_QUOTA)
    rows = _rows(t)
    assert [r[0] for r in rows[1:]] == ["1", "2", "3", "4", "5", "6", ""]
    assert rows[3] == ["3", "Chi bộ thôn Pá Lùng", "2", "1", "1"]
    assert rows[4] == ["4", "Chi bộ thôn Lùng Vai", "1", "1", "1"]
    assert rows[7] == ["", "Tổng cộng", "11", "6", "8"]


def test_two_one_digit_figures_read_as_one_are_split_where_the_row_is_a_cell_short():
    rows = _rows(read_flowed_pipe_tables(_QUOTA)[0])
    assert rows[2] == ["2", "Chi bộ thôn Khe Lếch", "3", "2", "1"]


def test_a_two_digit_figure_stays_where_the_table_holds_such_figures():
    text = _QUOTA.replace("| 1 | Chi bộ thôn Nà Hẩu | 2 | 1 | 2 |", "| 1 | Chi bộ thôn Nà Hẩu | 12 | 1 | 2 |")
    rows = _rows(read_flowed_pipe_tables(text)[0])
    assert rows[2] == ["2", "Chi bộ thôn Khe Lếch", "3", "21", ""]


def test_a_number_after_an_overfull_row_skipping_one_opens_its_row():
    text = ("| TT | Chi bộ | Chỉ tiêu kết nạp | Trong đó: Nữ |\n"
            "|---|---|---|---| | 1 | Chi bộ thôn Bản Mế | 2 | 1 | | 2 | Chi bộ thôn Cán Hồ |\n"
            "3112 | Chi bộ thôn Sín Chéng | 1 | 1 || 4 | Chi bộ Công an xã | 2 | 1 | | 5 | Chi bộ Quân sự xã | 1 | 0 |\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n")
    (t,) = read_flowed_pipe_tables(text)
    rows = _rows(t)
    assert [r[0] for r in rows[1:]] == ["1", "2", "4", "5"]
    assert rows[3] == ["4", "Chi bộ Công an xã", "2", "1"]
    assert rows[4] == ["5", "Chi bộ Quân sự xã", "1", "0"]
