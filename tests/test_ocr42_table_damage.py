"""Tables whose printed rule or pipes OCR damaged are read as their clean text is (ocr42).

* legacy OCR reads a header's rule "|---|---|" as a few short groups of letters ("oe ale eae") rather than one scrap;
  under a header the page wrapped, that line hid the first row, the header kept its first line only, every row had a
  cell more than it, and the table's figures were read by no one (:data:`vanban.ocr.wrapped_rows._RULE_SCRAP`);
* a scan's flowed table (:mod:`vanban.structure.pipe_flow`) loses rows where Tesseract reads its thin pipes as other
  glyphs: a row's opening pipe as a "1" glued to its number ("| 8 |12 |" for "| 8 || 2 |"), the pipes around a wrap as
  "I[" before the next number, the pipe after a number as "]" ("| 1 ] Chi bộ …"), the pipe between two figures lost
  ("| 152 7|") before a total row, and a group's subtotal row ("| | Cộng khối 6 | 09 | 305 |") run into the row
  above.

Inputs are vanban's own wording of the kinds (health-insurance coverage per tổ dân phố, a youth union's delegates, a
school table with subtotals, an inspection schedule); expected values are what the same table reads as on clean text.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.report import extraction_to_json
from vanban.ocr.wrapped_rows import wrapped_rows
from vanban.structure.pipe_flow import read_flowed_pipe_tables

ROWS = [("1", "Tổ dân phố Hạ Long", "320", "1.150", "92,5"),
        ("2", "Tổ dân phố Cửa Ông", "284", "1.020", "90,1"),
        ("3", "Tổ dân phố Mông Dương", "301", "1.090", "94,0")]
CLEAN = ("Chỉ tiêu tham gia bảo hiểm y tế năm 2034 giao cho các tổ dân phố như sau:\n\n"
         "| TT | Tổ dân phố | Số hộ (hộ) | Chỉ tiêu số người tham gia (người) | Tỷ lệ bao phủ (%) |\n|---|---|---|---|---|\n"
         + "".join(f"| {' | '.join(r)} |\n" for r in ROWS) + "\nCác tổ dân phố báo cáo kết quả hằng quý.\n")
#: legacy OCR: the last head wrapped onto its own line, the rule read as three groups of letters, blank lines between rows
LEGACY = ("Chỉ tiêu tham gia bảo hiểm y tế năm 2034 giao cho các tổ dân phố như sau:\n\n"
          "| TT | Tổ dân phố | Số hộ (hộ) | Chỉ tiêu số người tham gia (người) |\nTỷ lệ bao phủ (%) |\noe ale eae\n"
          + "".join(f"| {' | '.join(r)} |\n\n" for r in ROWS) + "Các tổ dân phố báo cáo kết quả hằng quý.\n")


def _targets(text: str) -> list[tuple]:
    return sorted((t["min"], t["max"], t["unit"]) for t in extraction_to_json(extract(text))["targets"])


def test_rule_read_as_groups_of_letters_keeps_the_wrapped_header_whole():
    lines = wrapped_rows(LEGACY).split("\n")
    assert lines[2] == "| TT | Tổ dân phố | Số hộ (hộ) | Chỉ tiêu số người tham gia (người) | Tỷ lệ bao phủ (%) |"
    assert len(wrapped_rows(LEGACY)) == len(LEGACY)  # one character for one: offsets hold


def test_legacy_table_reads_its_figures_as_clean_does():
    assert (92.5, 92.5, "%") in _targets(CLEAN)  # the coverage rates are targets on clean text
    assert (92.5, 92.5, "%") not in _targets(LEGACY)  # the table lost as OCR printed it
    assert _targets(wrapped_rows(LEGACY)) == _targets(CLEAN)


def test_a_sentence_under_a_header_is_no_rule():
    # a long line of words between a wrapped header and a row is no rule scrap: the header is not joined over it
    text = ("| TT | Tổ dân phố | Số hộ (hộ) | Chỉ tiêu số người tham gia (người) |\nTỷ lệ bao phủ (%) |\n"
            "Số liệu tính đến hết tháng 6 của năm trước\n| 1 | Tổ dân phố Hạ Long | 320 | 1.150 | 92,5 |\n")
    assert wrapped_rows(text) == text


def _rows(text: str) -> list[list[str]]:
    (table,) = read_flowed_pipe_tables(text)
    return [[c.text for c in r] for r in table.rows[1:]]


#: a scan's flowed table of delegates per chi đoàn: row 2's opening pipe read "1", row 5's pipes at the wrap "I[",
#: row 6's two figures one cell, then the total row
DELEGATES = ("| TT | Chi đoàn | Số đoàn viên | Số đại biểu |\n"
             "|---|---|---|---| | 1 | Chi đoàn Thượng | 64 | 5 |12 | Chi đoàn Hạ | 58 | 4 | | 3 | Chi đoàn Giữa |\n"
             "71 | 5 | | 4 | Chi đoàn Đồi | 49 | 3\nI[5 | Chi đoàn Bãi | 52 | 4 | | 6 | Chi đoàn Sông | 66 5| | | Tổng |\n"
             "360 | 26 |\n\nĐại hội các chi đoàn xong trước ngày 15/4/2034.\n")


def test_scan_delegate_table_rows_through_pipe_glyphs():
    assert _rows(DELEGATES) == [
        ["1", "Chi đoàn Thượng", "64", "5"], ["2", "Chi đoàn Hạ", "58", "4"], ["3", "Chi đoàn Giữa", "71", "5"],
        ["4", "Chi đoàn Đồi", "49", "3"], ["5", "Chi đoàn Bãi", "52", "4"], ["6", "Chi đoàn Sông", "66", "5"],
        ["", "Tổng", "360", "26"]]


def test_a_row_of_twelve_after_eleven_stays_twelve():
    # "12" after row 11 is row 12 itself, not a "1" glued to a 2
    text = ("| TT | Chi đoàn | Số đại biểu | Ghi chú |\n|---|---|---|---|\n"
            + "".join(f"| {k} | Chi đoàn số {k} | {k % 3 + 2} | |\n" for k in range(1, 14)))
    assert [r[0] for r in _rows(text)] == [str(k) for k in range(1, 14)]


#: a scan's school table with a subtotal under each level, run on
SCHOOLS = ("| STT | Trường | Số lớp | Số học sinh |\n"
           "|---|---|---|---| | 1 | Trường THCS Bắc Hà | 5 | 180 | | 2 | Trường THCS Nam Hà | 4 | 125 | | |\n"
           "Cộng khối 6 | 09 | 305 | | 3 | Trường THCS Bắc Hà | 5 | 176 | | | Cộng khối 7 | 05 | 176 |\n")


def test_scan_subtotal_row_is_a_row_of_its_own():
    assert _rows(SCHOOLS) == [
        ["1", "Trường THCS Bắc Hà", "5", "180"], ["2", "Trường THCS Nam Hà", "4", "125"], ["", "Cộng khối 6", "09", "305"],
        ["3", "Trường THCS Bắc Hà", "5", "176"], ["", "Cộng khối 7", "05", "176"]]


def test_a_row_named_cong_dong_is_no_subtotal():
    text = ("| STT | Đơn vị | Số người | Số buổi |\n"
            "|---|---|---|---| | 1 | Tổ tự quản | 12 | 4 | | | Cộng đồng dân cư | 40 | 2 | | 2 | Tổ an ninh | 9 | 3 |\n")
    assert [r[0] for r in _rows(text)] == ["1", "2"]


#: a scan's flowed inspection schedule: the pipe after row 1's number read "]"
SCHEDULE = ("| TT | Đơn vị được kiểm tra | Nội dung | Đoàn | Thời gian |\n"
            "|---|---|---|---|---| | 1 ] Chi bộ Trường Mầm non | Kiểm tra | Đoàn 1 |\nNgày 12/3/2034 || 2 | Chi bộ Thôn Nội "
            "| Giám sát | Đoàn 2 | Ngày 19/3/2034 | | 3 | Chi bộ Thôn Ngoại | Kiểm tra | Đoàn 1 | Ngày 26/3/2034 |\n")


def test_scan_schedule_first_row_after_a_bracket_pipe():
    assert _rows(SCHEDULE) == [
        ["1", "Chi bộ Trường Mầm non", "Kiểm tra", "Đoàn 1", "Ngày 12/3/2034"],
        ["2", "Chi bộ Thôn Nội", "Giám sát", "Đoàn 2", "Ngày 19/3/2034"],
        ["3", "Chi bộ Thôn Ngoại", "Kiểm tra", "Đoàn 1", "Ngày 26/3/2034"]]


def test_row_number_after_two_pipe_glyphs():
    # "|I[3|": the closing pipe of row 2 and the opening one of row 3 read as two glyphs before the number
    text = ("| TT | Tổ | Số hồ sơ | Chỉ tiêu hoàn thành (hồ sơ) | Tỷ lệ (%) |\n"
            "|---|---|---|---|---| | 1 | Tổ 1 | 120 | 100 | 83,3 || 2 | Tổ 2 | 90 | 72 | 80,0\n"
            "|I[3| Tổ 3 | 60 | 51 | 85,0 | | | Cộng | 270 | 223 | 82,6 |\n")
    assert _rows(text) == [["1", "Tổ 1", "120", "100", "83,3"], ["2", "Tổ 2", "90", "72", "80,0"],
                           ["3", "Tổ 3", "60", "51", "85,0"], ["", "Cộng", "270", "223", "82,6"]]


#: a paragraph setting the money of a plan, split by a blank line inside its last sentence (as a scan's OCR may read
#: it), then the shares per tổ dân phố, no caption, their total row summing the paragraph's figures
SHARES_PARA = ("Phần III. KINH PHÍ\n\nTổng kinh phí dự kiến 920 triệu đồng, trong đó ngân sách xã 540 triệu đồng, các "
               "hộ đóng góp 380 triệu đồng; mức đóng góp do từng tổ dân phố bàn, miễn cho hộ nghèo và hộ\n\n"
               "có công với cách mạng.\n")
SHARES_HEAD = "| TT | Tổ dân phố | Số hộ | Các hộ đóng góp (triệu đồng) | Ngân sách xã (triệu đồng) |"
SHARES_AFTER = "\nPhần IV. TỔ CHỨC THỰC HIỆN\n"


def _money(text: str) -> list[float]:
    return sorted(t["min"] for t in extraction_to_json(extract(text))["targets"] if t["unit"] == "triệu đồng")


def test_scan_shares_table_after_its_paragraph_reads_as_on_clean_text():
    clean = (SHARES_PARA.replace("hộ\n\ncó", "hộ có") + "\n" + SHARES_HEAD + "\n|---|---|---|---|---|\n"
             "| 1 | Tổ Bắc | 210 | 150 | 220 |\n| 2 | Tổ Nam | 260 | 230 | 320 |\n| | Cộng | 470 | 380 | 540 |\n"
             + SHARES_AFTER)
    scan = (SHARES_PARA + SHARES_HEAD + " |---|---|---|---|---| | 1 | Tổ Bắc | 210 | 150 | 220 | |\n\n"
            "2 | Tổ Nam | 260 | 230 | 320 | | | Cộng | 470 | 380 | 540 |\n" + SHARES_AFTER)
    assert _money(clean) == [150, 220, 230, 320, 380, 540]
    assert _money(scan) == _money(clean)


def test_shares_table_whose_sums_no_paragraph_states_is_no_quota():
    scan = (SHARES_PARA.replace("920", "900").replace("540", "500").replace("380", "400") + SHARES_HEAD
            + " |---|---|---|---|---| | 1 | Tổ Bắc | 210 | 150 | 220 | |\n\n"
            "2 | Tổ Nam | 260 | 230 | 320 | | | Cộng | 470 | 380 | 540 |\n" + SHARES_AFTER)
    assert _money(scan) == []  # a table of the present per unit: its figures unread
