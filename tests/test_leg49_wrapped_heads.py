"""A pipe table's header wrapped by legacy OCR over a first row wrapped too, and a header whose last heads open the
next line with their pipe (leg49, :mod:`vanban.ocr.wrapped_rows`). Inputs written here in a xã plan's style: a table
of criteria with the office answerable for each, and a quota table by thôn; expected values read from the tables.

* the header closes its line on a cell border and its last head follows alone ("… | Thời gian hoàn thành |" ⏎ "Cơ
  quan phụ trách |"), its rule read as a scrap ("[pbb"), and the first row wrapped with the pipe before its last cells
  ("… quy hoạch chung" ⏎ "| Thường xuyên | Phòng Kinh tế |"): the first row cannot vouch for the header's width, the
  rows whole on their lines do;
* the header's line does not close and its last heads open the next line with their pipe ("| … | Gọi khám tại huyện"
  ⏎ "| Chỉ tiêu Quân đội | Chỉ tiêu Công an |").
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.ocr.correct import correct_text
from vanban.ocr.wrapped_rows import wrapped_rows

HEAD6 = "| STT | Tên tiêu chí | Hiện trạng | Chỉ tiêu cần đạt | Thời gian hoàn thành | Cơ quan phụ trách |"
ROWS6 = [
    "| 1 | Quy hoạch | Đã đạt | Công bố công khai quy hoạch chung | Thường xuyên | Phòng Kinh tế |",
    "| 2 | Giao thông | Chưa đạt | Làm mới 2 km đường trục thôn | Quý III/2031 | Phòng Kinh tế |",
    "| 3 | Giáo dục | Đã đạt | Duy trì trường đạt chuẩn | Thường xuyên | Phòng Văn hóa - Xã hội |",
    "| 4 | Y tế | Đã đạt | Duy trì, nâng chất | Thường xuyên | Trạm Y tế xã |",
    "| 5 | Thu nhập | Chưa đạt | Theo chỉ tiêu tại mục II.1 | Tháng 12/2031 | Phòng Kinh tế |",
]
LEAD = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\n\nSố: 15/KH-UBND\n\nAn Phú, ngày 10 tháng 01 năm 2031\n\nKẾ HOẠCH\n"
        "Xây dựng xã nông thôn mới năm 2031\n\nI. NHIỆM VỤ THEO TỪNG TIÊU CHÍ\n\nNhiệm vụ cụ thể theo bảng sau:\n\n")
CLEAN = LEAD + HEAD6 + "\n|---|---|---|---|---|---|\n" + "\n".join(ROWS6) + "\n\nII. TỔ CHỨC THỰC HIỆN\n\nCác phòng báo cáo.\n"
#: the table as legacy OCR prints it: the header wrapped on its last border, the rule a scrap, rows a paragraph each,
#: the first row wrapped with its pipe on the next line, the third before its last head, the fifth inside a cell
WRAPPED_TABLE = (
    "| STT | Tên tiêu chí | Hiện trạng | Chỉ tiêu cần đạt | Thời gian hoàn thành |\nCơ quan phụ trách |\n\n[pbb\n\n"
    "| 1 | Quy hoạch | Đã đạt | Công bố công khai quy hoạch chung\n| Thường xuyên | Phòng Kinh tế |\n\n"
    + ROWS6[1] + "\n\n"
    "| 3 | Giáo dục | Đã đạt | Duy trì trường đạt chuẩn | Thường xuyên |\nPhòng Văn hóa - Xã hội |\n\n"
    + ROWS6[3] + "\n\n"
    "| 5 | Thu nhập | Chưa đạt | Theo chỉ tiêu tại mục II.1 | Tháng 12/2031 | Phòng Kinh\ntế |\n"
)
WRAPPED = LEAD + WRAPPED_TABLE + "\nII. TỔ CHỨC THỰC HIỆN\n\nCác phòng báo cáo.\n"


def _duties(text: str) -> list[tuple]:
    return sorted(((o.who, (o.deadline.date or o.deadline.latest) if o.deadline else None)
                   for o in extract(text).obligations), key=str)


def test_header_wrapped_over_a_wrapped_first_row_is_one_header():
    lines = wrapped_rows(WRAPPED_TABLE).split("\n")
    assert lines[0] == HEAD6
    assert ROWS6[0] in lines and ROWS6[2] in lines and ROWS6[4] in lines
    assert len(wrapped_rows(WRAPPED_TABLE)) == len(WRAPPED_TABLE)  # one character for one: offsets hold


def test_wrapped_table_gives_each_row_its_office_as_clean_does():
    clean = _duties(CLEAN)
    assert ("Phòng Kinh tế", "2031-09-30") in clean and ("Trạm Y tế xã", None) in clean  # read from the table
    assert _duties(wrapped_rows(WRAPPED)) == clean


def test_header_wrapped_in_legacy_ocr_reads_its_rows_after_correction():
    raw = ("| STT | Tén tiéu chi | Hién trang | Chi tiéu can dat | Théi gian hoan thanh |\nCo quan phy trach |\n\n"
           "[pbb\n\n| 1 | Quy hoach | Da dat | Cong bé céng khai quy hoach chung\n| Thuong xuyén | Phong Kinh té |\n\n"
           "| 2 | Giao théng | Chwa dat | Lam mdi 2 km duong truc thon | Quy III/2031 | Phong Kinh té |\n\n"
           "| 3 | Y té | Da dat | Duy tri, nang chat | Thuong xuyén | Tram Y té xa |\n")
    text = correct_text(raw, "image-ocr").text
    assert text.split("\n")[0].endswith("| Cơ quan phụ trách |")
    # row 1, found by its number: the delimiter scrap "[pbb" is written back with its blank lines (leg53b rule_scraps)
    assert "| Thường xuyên | Phòng Kinh tế |" in next(x for x in text.split("\n") if x.startswith("| 1 |"))


def test_a_closed_header_over_prose_stays_as_it_is():
    # the line under a closed header is a sentence that closes with no pipe: no head, nothing joined
    text = "| STT | Nội dung | Thời gian |\nCác đơn vị thực hiện như sau\n\n| 1 | Rà soát | Quý I/2031 |\n"
    assert wrapped_rows(text) == text


# -- the last heads on the next line with their pipe ----------------------------------------------------------------

HEAD7 = ("| TT | Thôn | Công dân trong độ tuổi | Gọi sơ tuyển | Gọi khám tại huyện | Chỉ tiêu Quân đội "
         "| Chỉ tiêu Công an |")
ROWS7 = ["| 1 | Thôn Bắc | 88 | 20 | 11 | 3 | 1 |",
         "| 2 | Thôn Nam | 74 | 18 | 9 | 2 | 0 |",
         "| | Tổng | 162 | 38 | 20 | 5 | 1 |"]
SPLIT7 = ("| TT | Thôn | Công dân trong độ tuổi | Gọi sơ tuyển | Gọi khám tại huyện\n| Chỉ tiêu Quân đội "
          "| Chỉ tiêu Công an |\n\n" + "\n\n".join(ROWS7) + "\n")


def test_last_heads_opening_the_next_line_with_their_pipe_join_the_header():
    out = wrapped_rows(SPLIT7)
    assert out.split("\n")[0] == HEAD7
    assert len(out) == len(SPLIT7)


def test_a_header_typed_without_closing_pipes_keeps_its_first_row():
    # a row under a header that does not close is no head: its first cell is the row's number
    text = "| TT | Thôn | Số hộ\n| 1 | Thôn Bắc | 88 |\n| 2 | Thôn Nam | 74 |\n"
    assert wrapped_rows(text) == text
    # names on the line under it, but rows no wider than the header's line: no head either
    text = "| TT | Thôn | Số hộ\n| Ghi chú | Xem phụ lục |\n| 1 | Thôn Bắc | 88 |\n| 2 | Thôn Nam | 74 |\n"
    assert wrapped_rows(text) == text


# -- a row's opening pipe read as a "1" glued to its number ---------------------------------------------------------

QUOTA = ("| TT | Khu phố | Số hộ | Bình cần trang bị thêm |\n|---|---|---|---|\n"
         "| 1 | Khu phố 1 | 420 | 60 |\n| 2 | Khu phố 2 | 390 | 55 |\n"
         "| 3 | Khu phố 3 | 510 | 80 |\n| | Cộng | 1.320 | 195 |\n")


def test_opening_pipe_read_as_one_before_the_next_number_is_a_pipe():
    ocr = QUOTA.replace("| 2 | Khu phố 2", "12 | Khu phố 2")
    out = wrapped_rows(ocr)
    assert out.split("\n")[3] == "|2 | Khu phố 2 | 390 | 55 |"
    assert len(out) == len(ocr)
    assert wrapped_rows(QUOTA.replace("| 3 | Khu phố 3", "I3 | Khu phố 3")).split("\n")[4].startswith("|3 | Khu phố 3")


def test_a_number_out_of_order_or_outside_a_table_keeps_its_one():
    ocr = QUOTA.replace("| 2 | Khu phố 2", "15 | Khu phố 2")  # 5 does not come after row 1
    assert wrapped_rows(ocr) == ocr
    prose = "Ghi chú:\n12 | tháng là kỳ báo cáo\n"
    assert wrapped_rows(prose) == prose


def test_a_lone_pipe_line_inside_a_table_is_no_row_number():
    # a stray "|" on a line of its own between two whole rows (a border OCR read alone): no cell, no number
    text = QUOTA.replace("| 2 | Khu phố 2 | 390 | 55 |\n", "| 2 | Khu phố 2 | 390 | 55 |\n|\n")
    assert wrapped_rows(text) == text
