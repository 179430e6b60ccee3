"""A month-by-month timetable as legacy OCR leaves it (session 32, helper ocr32).

A school's or a commune's plan for the year lists its work month by month in a table "Tháng | Nội dung | Người thực
hiện". Legacy OCR (Tesseract ``-l eng``) prints the cells one after the other, and two kinds of damage lost every row:

* restoration read the month's word, alone on its short line with its month and year, as the given name "Thắng" or as
  "Thẳng" ("Thang 11/2027"), and the header cell "Thang" the same: :mod:`vanban.ocr.restore.bound_words`,
  ``lexicon/table_heads.txt``;
* the stacked-cell reader found no row start: its rows open at a number ("1.", "2") or a year, not at a month
  ("Tháng 9/2027"): :func:`vanban.structure.stacked._rows_loose` (``monthly``).

The texts are written for this test (a commune's health station, a primary school); the expected values are what a
careful reader takes from the table: each month's row is due within that month, charged to the row's people.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract
from vanban.ocr.correct import correct_text


@pytest.mark.parametrize("raw, meant", [
    ("Ho6p giao ban cac doan thé\nThang 11/2027\n\nTo chuc tap huan cho cong tac vien", "Tháng 11/2027"),
    ("Tong ket cong tac y té\nThang 4/2028\nPhong chong dich bénh mua he", "Tháng 4/2028"),
])
def test_a_month_before_its_month_and_year_is_thang(raw, meant):
    out = correct_text(raw, "image-ocr").text
    assert meant in out
    assert "Thắng" not in out and "Thẳng" not in out


def test_a_given_name_before_no_month_stays():
    out = correct_text("Ong Nguyen Van Thang, Truong tram y té xa, chu tri cuéc hop giao ban thang nay.",
                       "image-ocr").text
    assert "Thắng" in out


SCHOOL = """UBND XÃ TÂN PHÚ
TRƯỜNG TIỂU HỌC TÂN PHÚ
Số: 12/KH-TH
Tân Phú, ngày 25 tháng 8 năm 2027

KẾ HOẠCH
Hoạt động năm học 2027 - 2028

I. NHIỆM VỤ THEO THÁNG

Tháng
Nội dung

Người thực hiện

Tháng 9/2027

Ổn định lớp, tổ chức khai giảng; họp phụ huynh học sinh đầu năm.

Hiệu trưởng, giáo viên chủ nhiệm
Tháng 10/2027

Kiểm tra hồ sơ chuyên môn; thành lập câu lạc bộ đọc sách.

Phó Hiệu trưởng, tổ trưởng chuyên môn

Tháng 11/2027
Hội giảng chào mừng ngày 20/11; kiểm tra giữa học kỳ I.

Tổ chuyên môn, Công đoàn trường
II. TỔ CHỨC THỰC HIỆN

Hiệu trưởng chỉ đạo chung, kiểm tra việc thực hiện Kế hoạch.

Nơi nhận:
- Lưu: VT.

HIỆU TRƯỞNG
Lê Thị Hoa
"""


def test_a_stacked_month_table_gives_each_month_its_row():
    ex = extract(SCHOOL)
    spans = {(d.text, str(d.earliest), str(d.latest)) for d in ex.deadlines}
    assert ("Tháng 9/2027", "2027-09-01", "2027-09-30") in spans
    assert ("Tháng 10/2027", "2027-10-01", "2027-10-31") in spans
    assert ("Tháng 11/2027", "2027-11-01", "2027-11-30") in spans
    who = {(o.who, o.deadline.latest if o.deadline else None) for o in ex.obligations}
    assert ("Phó Hiệu trưởng, tổ trưởng chuyên môn", "2027-10-31") in who
    assert ("Tổ chuyên môn, Công đoàn trường", "2027-11-30") in who


def test_the_month_table_ends_at_the_next_labelled_part():
    text = SCHOOL.replace("II. TỔ CHỨC THỰC HIỆN\n\nHiệu trưởng chỉ đạo chung, kiểm tra việc thực hiện Kế hoạch.",
                          "II. TỔ CHỨC THỰC HIỆN\n\n1. Tổ trưởng chuyên môn\n\nXây dựng kế hoạch tổ, hoàn thành trước "
                          "ngày 20/9/2027.\n\n2. Kế toán\nLập dự toán kinh phí năm học.")
    who = {(o.who, o.deadline.latest if o.deadline else None) for o in extract(text).obligations}
    assert ("Tổ trưởng chuyên môn", "2027-09-20") in who
    assert ("Tổ chuyên môn, Công đoàn trường", "2027-11-30") in who


def test_a_scanned_month_table_one_blank_line_between_any_two_cells():
    # a scan's reading: header and rows alike, every cell one blank line from the next (no wider gap between rows)
    scanned = SCHOOL.replace("Tháng\nNội dung\n\nNgười thực hiện\n\nTháng 9/2027\n\nỔn định lớp",
                             "Tháng\n\nNội dung\n\nNgười thực hiện\n\nTháng 9/2027\n\nỔn định lớp") \
        .replace("giáo viên chủ nhiệm\nTháng 10/2027", "giáo viên chủ nhiệm\n\nTháng 10/2027") \
        .replace("Tháng 11/2027\nHội giảng", "Tháng 11/2027\n\nHội giảng") \
        .replace("Công đoàn trường\nII.", "Công đoàn trường\n\nII.")
    ex = extract(scanned)
    spans = {(d.text, str(d.latest)) for d in ex.deadlines}
    assert {("Tháng 9/2027", "2027-09-30"), ("Tháng 10/2027", "2027-10-31"), ("Tháng 11/2027", "2027-11-30")} <= spans
    who = {(o.who, o.deadline.latest if o.deadline else None) for o in ex.obligations}
    assert ("Hiệu trưởng, giáo viên chủ nhiệm", "2027-09-30") in who


# (a second kind, the same session) a column's counted noun alone in parentheses: :mod:`vanban.ocr.restore.page_counts`
HEALTH_HEAD = """PHU LUC
CHI TIEU KHAM SUC KHOE NAM 2028 CUA CAC XA

TT
Xa
Dan s6 (dy kién)
Chi tiéu kham sirc khée dinh ky (tre)
So luot kham (nguoi)
1
Xa Tan Hoi
12.400
1.150
3.200
"""


def test_a_columns_counted_noun_in_parentheses_keeps_its_reading():
    out = correct_text(HEALTH_HEAD, "image-ocr").text
    assert "(trẻ)" in out
    assert "(người)" in out


@pytest.mark.parametrize("text", [
    "Kinh phi ho tro (tre em vung cao) theo quy dinh",  # not alone in its parentheses
    "Chi tieu tiem chung (tré)",  # printed with a mark: the pass reads it
    "Hang rao bang tre, cao 2 m",  # no parentheses
])
def test_other_words_are_left_to_the_pass(text):
    from vanban.ocr.restore.page_counts import page_snaps
    from vanban.ocr.restore.tokens import scan
    toks = list(scan(text))
    assert not {toks[i].text for i in page_snaps(text, toks)} & {"tre", "tré"}


# (a third kind) a scan's flowed pipe table right after another, its header line running on into its rows:
# :func:`vanban.structure.pipe_flow._extent` ends the table before at that header
TWO_FLOWED = """III. CHỈ TIÊU

| TT | Trạm | Số lớp | Số học viên | |---|---|---|---| | 1 | Trạm A | 3 | 90 | | 2 | Trạm
B | 2 | 60 | | | Tổng cộng | 5 | 150 |

IV. LỊCH TẬP HUẤN

| TT | Nội dung | Thời gian | Đơn vị thực hiện | |---|---|---|---| | 1 | Tập huấn sơ cứu cho

tình nguyện viên | Trước ngày 10/6/2028 | Trạm A | | 2 | Diễn tập ứng phó | Ngày
20/6/2028 | Trạm B | | 3 | Báo cáo kết quả | Trước ngày 30/6/2028 | Các trạm |
"""


def test_a_flowed_table_after_another_is_its_own_table():
    from vanban.structure.pipe_flow import read_flowed_pipe_tables
    tables = read_flowed_pipe_tables(TWO_FLOWED)
    assert [t.rows[0][1].text for t in tables] == ["Trạm", "Nội dung"]
    assert [r[3].text for r in tables[1].rows[1:]] == ["Trạm A", "Trạm B", "Các trạm"]
