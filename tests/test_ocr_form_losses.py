"""What the legacy and scan forms lost against the clean one (session 31, helper ocr31), a test per kind:

* a division heading's word and numeral read as one word by a scan ("PHẦNI"): :mod:`vanban.ocr.part_numerals`;
* a Công văn's "V/v" read "Viv" by eng OCR: :mod:`vanban.ocr.subject_mark`;
* a pipe table read back by legacy OCR without its delimiter row (noise in its place) and with a blank line between
  rows: :func:`vanban.ingest.md_pipe_tables.find_bare_tables`;
* a scan's flowed pipe table whose header's last name wrapped onto the delimiter's line, whose last figure of a row
  reads as the next row's number, whose total row has no number, or whose rows carry dates, not numbers:
  :mod:`vanban.structure.pipe_flow`.

The documents are written for these tests (a Chi cục's plan, a Văn phòng's reminder), damaged as each form damages
them; the expected values are what a careful reader takes from the document as written.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract
from vanban.ingest.md_pipe_tables import find_bare_tables
from vanban.ocr.part_numerals import part_numerals
from vanban.ocr.subject_mark import subject_marks
from vanban.structure.pipe_flow import read_flowed_pipe_tables


@pytest.mark.parametrize("read, meant", [
    ("PHẦNI\nKẾT QUẢ THỰC HIỆN NĂM 2026", "PHẦN I\nKẾT QUẢ THỰC HIỆN NĂM 2026"),
    ("  PHẦNII.\nPHƯƠNG HƯỚNG NĂM 2027", "  PHẦN II.\nPHƯƠNG HƯỚNG NĂM 2027"),
    ("CHƯƠNGIV\nĐIỀU KHOẢN THI HÀNH", "CHƯƠNG IV\nĐIỀU KHOẢN THI HÀNH"),
])
def test_a_heading_word_glued_to_its_numeral_is_two_words(read, meant):
    assert part_numerals(read) == meant


@pytest.mark.parametrize("text", [
    "PHẦNIIII\nKẾT QUẢ",  # no numeral
    "PHẦN I\nKẾT QUẢ",  # already apart
    "Ở PHẦNI của báo cáo",  # not alone on its line
])
def test_no_other_word_is_split(text):
    assert part_numerals(text) == text


def test_a_glued_results_division_keeps_its_figures_out_of_the_aims():
    body = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 88/BC-UBND\nAn Phú, ngày 10 tháng 7 năm 2027\n\nBÁO CÁO\n"
            "Kết quả 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2027\n\n{head}\nKẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM\n\n"
            "1. Kinh tế\n\nTổng thu ngân sách trên địa bàn đạt 12,4 tỷ đồng, bằng 56,2% dự toán năm.\n\n"
            "PHẦN II\nNHIỆM VỤ 6 THÁNG CUỐI NĂM\n\n- Phấn đấu tổng thu ngân sách đạt 100% dự toán.\n\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Tâm\n")
    clean = extract(body.format(head="PHẦN I")).targets
    mended = extract(part_numerals(body.format(head="PHẦNI"))).targets
    assert [t.text for t in mended] == [t.text for t in clean]
    assert not any("56,2" in t.text for t in mended)


@pytest.mark.parametrize("read, meant", [
    ("Số 204-CV/VPĐU\nViv đôn đốc nộp báo cáo quý II", "Số 204-CV/VPĐU\nV/v đôn đốc nộp báo cáo quý II"),
    ("V1v triển khai tháng hành động", "V/v triển khai tháng hành động"),
    ("Vlv: chuẩn bị hội nghị", "V/v: chuẩn bị hội nghị"),
])
def test_a_subject_lines_slash_read_as_a_letter(read, meant):
    assert subject_marks(read) == meant
    assert len(subject_marks(read)) == len(read)


@pytest.mark.parametrize("text", ["Viv Nguyen la ten nguoi", "ông Viv đến", "Vivian đến thăm"])
def test_no_other_viv_is_touched(text):
    assert subject_marks(text) == text


_LEGACY_TIMETABLE = """| Ngày | Giờ | Việc | Đơn vị thực hiện |

"||

| Trước ngày 05/3/2027 | | Gửi danh sách hộ tham gia | Các thôn |

| 12/3/2027 | 08 giờ 00 | Tập huấn kỹ thuật | Trạm Khuyến nông |

| Chậm nhất ngày 31/3/2027 | | Tổng hợp kết quả | Phòng Kinh tế |

3. Kinh phí"""


def test_a_legacy_table_with_noise_for_its_delimiter_and_blank_lines_between_rows():
    lines = _LEGACY_TIMETABLE.split("\n")
    [(lo, hi)] = find_bare_tables(lines)
    assert lines[lo].startswith("| Ngày") and lines[hi - 1].startswith("| Chậm nhất")


def test_a_bare_table_still_ends_at_prose():
    lines = ["| TT | Việc | Đơn vị |", "| 1 | Rà soát | Các thôn |", "", "Đề nghị các đơn vị thực hiện.", "",
             "| 2 | Báo cáo | Phòng Kinh tế |"]
    assert find_bare_tables(lines) == [(0, 2)]


def _rows(text):
    [table] = read_flowed_pipe_tables(text)
    return table.header, [[c.text for c in r] for r in table.rows[1:]]


def test_a_header_name_wrapped_onto_the_delimiter_line():
    text = ("Đề nghị các đơn vị gửi báo cáo theo thời hạn mới:\n\n"
            "| TT | Đơn vị | Báo cáo còn thiếu | Hạn theo Công văn số 77-CV/VP |\n"
            "Hạn gửi mới | |---|---|---|---|---| | 1 | Chi bộ Trường Tiểu học | Báo cáo quý II | 05/7/2027 | Trước ngày\n"
            "12/7/2027 | | 2 | Chi bộ Trạm Y tế | Báo cáo quý II | 05/7/2027 | Trước ngày 14/7/2027 |\n\nTrân trọng./.")
    header, rows = _rows(text)
    assert header[-1] == "Hạn gửi mới"
    assert rows == [["1", "Chi bộ Trường Tiểu học", "Báo cáo quý II", "05/7/2027", "Trước ngày 12/7/2027"],
                    ["2", "Chi bộ Trạm Y tế", "Báo cáo quý II", "05/7/2027", "Trước ngày 14/7/2027"]]


def test_a_rows_last_figure_is_not_the_next_rows_number_and_the_total_row_stands_apart():
    text = ("| TT | Thôn | Số hộ | Số buổi |\n|---|---|---|---| | 1 | Thôn Đông | 120 | 03 | | 2 | Thôn Tây | 98 | 02 ||"
            "3 | Thôn Nam | 143 | 03 || 4 | Thôn Bắc | 101 | 02| | | Tổng cộng | 462 | 10 |\n\nGhi chú: số liệu năm 2026.")
    _header, rows = _rows(text)
    assert rows == [["1", "Thôn Đông", "120", "03"], ["2", "Thôn Tây", "98", "02"], ["3", "Thôn Nam", "143", "03"],
                    ["4", "Thôn Bắc", "101", "02"], ["", "Tổng cộng", "462", "10"]]


def test_a_scanned_timetable_without_row_numbers_is_read_row_by_row():
    text = ("3. Lịch thực hiện\n\n| Ngày | Giờ | Việc | Đơn vị thực hiện | |---|---|---|---| | Trước ngày 05/3/2027 |"
            " | Gửi danh sách hộ tham gia | Các thôn | | 12/3/2027 | 08 giờ 00 | Tập huấn kỹ\nthuật | Trạm Khuyến nông"
            " | | Chậm nhất ngày 31/3/2027 | | Tổng hợp kết quả | Phòng Kinh tế |\n\n4. Kinh phí")
    _header, rows = _rows(text)
    assert rows == [["Trước ngày 05/3/2027", "", "Gửi danh sách hộ tham gia", "Các thôn"],
                    ["12/3/2027", "08 giờ 00", "Tập huấn kỹ thuật", "Trạm Khuyến nông"],
                    ["Chậm nhất ngày 31/3/2027", "", "Tổng hợp kết quả", "Phòng Kinh tế"]]


def test_a_timetable_whose_rows_do_not_count_out_is_not_read_by_count():
    text = ("| Ngày | Giờ | Việc | Đơn vị thực hiện | |---|---|---|---| | Trước ngày 05/3/2027 | | Gửi danh sách |"
            " Các thôn | Ghi chú thêm | | 12/3/2027 | 08 giờ 00 | Tập huấn | Trạm Khuyến nông |\n\n4. Kinh phí")
    assert read_flowed_pipe_tables(text) == []


def test_a_header_whose_opening_pipe_a_scan_read_as_a_bracket():
    text = ("Chấm theo thang điểm 100:\n\n[ TT | Nhóm tiêu chí | Điểm tối đa | |---|---|---| | 1 | Công tác tuyên truyền |"
            " 40 điểm | | 2 | Công tác kiểm tra,\ngiám sát | 60 điểm |\n\nCác đơn vị tự chấm điểm.")
    header, rows = _rows(text)
    assert header == ("TT", "Nhóm tiêu chí", "Điểm tối đa")
    assert rows == [["1", "Công tác tuyên truyền", "40 điểm"], ["2", "Công tác kiểm tra, giám sát", "60 điểm"]]


@pytest.mark.parametrize("read, meant", [
    ("Ty 1é ngudi dan tham gia bdo hiém y té dat 95,5% tré én.", "đạt 95,5% trở lên."),
    ("Ty 1é hé nghéo dén cudi nam du6i 0,7%.", "cuối năm dưới 0,7%."),
    ("Tre em tir 6 tuoi tré 1én duoc tiém chung.", "từ 6 tuổi trở lên"),
    ("Cac xa gui bao cao vé Phong Noi vu chém nhat ngay 10/4/2027.", "chậm nhất ngày 10/4/2027"),
    ("hai nhom xo xat va chém nhau.", "chém nhau"),
])
def test_a_figures_bound_words_survive_legacy_ocr(read, meant):
    from vanban.ocr.glyphs import legacy_glyphs
    from vanban.ocr.restore import restore

    assert meant in restore(legacy_glyphs(read), "restore").text
