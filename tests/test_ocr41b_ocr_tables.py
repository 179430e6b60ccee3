"""What an OCR form loses of a table or a two-level header that its clean text keeps (ocr41b).

* legacy OCR wraps a header row right after its second cell and reads the wrapped names above the row's first line:
  the first line then names one column after the number column, and the table was no table
  (:func:`vanban.structure.pipe_flow._short_before_tail`);
* a table grouped by capital letters ("A", "B"), its rows numbered from 1 again in each group, flowed onto a few lines
  by a scan: the second group and its rows ran into the row above (``pipe_flow._rows``);
* a scan loses the pipe between two figures: "13 402" in one cell (``pipe_flow._lost_space_pipes``), or glues them
  into one run of digits "7480" in a units-headed table (``pipe_flow._glued_figures``), and the whole table was lost
  (a row that still does not read leaves the table unread, as before);
* legacy OCR puts a blank line between a province's People's Committee and the xã's committee under it: the issuer
  was read as the province's (``structure.header._continues``, :data:`vocab.STATE_PARENT_RE`).

Texts written for these tests (a health station's vaccination plan, a district's kindergarten intake, a ward's
enrolment in an insurance scheme).
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.report import extraction_to_json
from vanban.structure.pipe_flow import read_flowed_pipe_tables


def _rows(t):
    return [[c.text for c in row] for row in t.rows]


_TAIL_ABOVE = ("III. LỊCH TIÊM CHỦNG\n\n"
               "Đối tượng | Người phụ trách | Thời hạn |\n\n"
               "| STT | Điểm tiêm tại thôn\n\n"
               "ww\n\n"
               "| 1 | Thôn Đông | Trẻ dưới 1 tuổi | Tổ tiêm chủng số 1 | Tháng 3/2030 |\n\n"
               "| 2 | Thôn Tây | Trẻ dưới 1 tuổi | Tổ tiêm chủng số 2 | Tháng 4/2030 |\n\n"
               "| 3 | Thôn Nam | Phụ nữ có thai | Tổ tiêm chủng số 1 | Xong trước 15/5/2030 |\n\n"
               "IV. TỔ CHỨC THỰC HIỆN\n\nTrạm Y tế xã chủ trì thực hiện.\n")


def test_header_wrapped_after_its_second_cell_its_tail_above_it():
    (t,) = read_flowed_pipe_tables(_TAIL_ABOVE)
    rows = _rows(t)
    assert rows[0] == ["STT", "Điểm tiêm tại thôn", "Đối tượng", "Người phụ trách", "Thời hạn"]
    assert rows[3] == ["3", "Thôn Nam", "Phụ nữ có thai", "Tổ tiêm chủng số 1", "Xong trước 15/5/2030"]


def test_one_name_and_no_tail_above_is_no_table():
    text = _TAIL_ABOVE.replace("Đối tượng | Người phụ trách | Thời hạn |\n\n", "")
    assert read_flowed_pipe_tables(text) == []


_LETTER_GROUPS = ("Chỉ tiêu tuyển sinh năm học 2030 - 2031:\n\n"
                  "| STT | Cơ sở | Số nhóm lớp | Số trẻ | Ghi chú | |---|---|---|---|---| | A | Nhà trẻ\n"
                  "|7 96 ||| 1| Trường Mầm non Hoa Mai | 4 | 55 | Các thôn phía Bắc | | 2 | Trường Mầm non\n"
                  "Sơn Ca | 3 | 41 | Các thôn phía Nam | | B | Mẫu giáo | 12 | 350 || | 1 | Trường Mầm non Hoa Mai\n"
                  "| 7 | 205 | Các thôn phía Bắc ||2 | Trường Mầm non Sơn Ca | 5 | 145 | Các thôn phía Nam |\n\n"
                  "3. Hồ sơ tuyển sinh\n")


def test_groups_lettered_their_rows_numbered_again():
    (t,) = read_flowed_pipe_tables(_LETTER_GROUPS)
    rows = _rows(t)
    assert [r[0] for r in rows[1:]] == ["A", "1", "2", "B", "1", "2"]
    assert rows[4][:4] == ["B", "Mẫu giáo", "12", "350"]
    assert rows[6][:4] == ["2", "Trường Mầm non Sơn Ca", "5", "145"]


def test_two_figures_one_pipe_lost_are_two_cells():
    (t,) = read_flowed_pipe_tables(_LETTER_GROUPS)
    assert _rows(t)[1][:4] == ["A", "Nhà trẻ", "7", "96"]


def test_a_letter_out_of_order_opens_no_group():
    text = _LETTER_GROUPS.replace("| B | Mẫu giáo", "| D | Mẫu giáo")
    (t,) = read_flowed_pipe_tables(text)
    assert "D" not in [r[0] for r in _rows(t)]


_GLUED = ("Chỉ tiêu tham gia bảo hiểm y tế hộ gia đình đến 31/12/2030:\n\n"
          "| Khu dân cư | Số hộ | Đã tham gia | Chỉ tiêu (%) | |---|---|---|---| | Khu 1 | 120 | 7480 || Khu 2 | 95 | 61"
          " | 85 || Khu 3 | 140 | 92 | 80 || Khu 4 | 88 | 5385 | | Cộng | 443 | 280 | 82 |\n\n"
          "Các khu dân cư báo cáo kết quả hằng tháng.\n")


def test_two_figures_glued_by_a_scan_split_by_their_columns_widths():
    (t,) = read_flowed_pipe_tables(_GLUED)
    rows = _rows(t)
    assert rows[1] == ["Khu 1", "120", "74", "80"]
    assert rows[4] == ["Khu 4", "88", "53", "85"]
    assert rows[5] == ["Cộng", "443", "280", "82"]


def test_a_run_no_width_splits_is_no_table_read_by_count():
    assert read_flowed_pipe_tables(_GLUED.replace("| 7480 |", "| 748 |")) == []


_HEADER = ("ỦY BAN NHÂN DÂN TỈNH NINH\nBÌNH\n\nỦY BAN NHÂN DÂN XÃ GIA\nPHONG\n\n"
           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
           "Số: 47/KH-UBND\n\nGia Phong, ngày 03 tháng 3 năm 2030\n\nKẾ HOẠCH\n\nTiêm chủng mở rộng năm 2030\n\n"
           "I. MỤC ĐÍCH\n\nBảo đảm 95% trẻ dưới 1 tuổi được tiêm đủ liều.\n")


def test_a_xa_committee_under_its_province_across_a_blank_line():
    got = extraction_to_json(extract(_HEADER))
    assert got["issuer"].upper() == "ỦY BAN NHÂN DÂN XÃ GIA PHONG"
    assert got["parent_issuer"].upper() == "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH"


def test_a_province_committee_alone_stays_the_issuer():
    text = _HEADER.replace("ỦY BAN NHÂN DÂN XÃ GIA\nPHONG\n\n", "")
    got = extraction_to_json(extract(text))
    assert got["issuer"].upper() == "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH" and not got["parent_issuer"]
