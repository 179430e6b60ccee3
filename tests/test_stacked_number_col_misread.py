"""A criteria table scanned, its number column's name "TT" misread by the OCR model and its first row on the next
page (session 33; the kind of tune31's t31-10 in its scanned form, where Tesseract ``vie`` read the "TT" as "đi l").

``TEXT`` is Tesseract ``-l vie`` output (``--psm 4``) of a criteria table written for this test and rendered by
``tests/fixtures/render.py``; the engine dropped the "TT" there, so the line it printed for it on t31-10's scanned page
("đi l") stands above the header, and the page break falls between the header's last name and the first row's number,
the cells one blank line apart, as that scan printed them. Expected: the table read with its number column, one row per
criterion, and the Bộ phận phụ trách's duty with the row's due date (``realdocs/labeled/README.md``).
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text

TEXT = """II. CHỈ TIÊU CỤ THỂ

đi l

Tiêu chí / chỉ tiêu

Hiện trạng đầu năm 2029

Chỉ tiêu năm 2029

Bộ phận phụ trách

Thời gian hoàn thành\f1

Điện (TC4): tỷ lệ hộ sử dụng điện thường xuyên, an toàn

97%

100%

Phòng Kinh tế

Quý II/2029

2

Y tế (TC15): tỷ lệ người dân tham gia bảo hiểm y tế

92%

Từ 95% trở lên

Trạm Y tế xã

Trước 30/10/2029

3

Môi trường (TC17): tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý

90%

Tối thiểu 97%

Phòng Kinh tế

Trước 15/11/2029
"""


def test_a_misread_number_column_name_opens_the_header():
    tables = structure_of_text(TEXT).tables
    assert len(tables) == 1
    rows = [[c.text for c in r] for r in tables[0].rows]
    assert rows[0][1:] == ["Tiêu chí / chỉ tiêu", "Hiện trạng đầu năm 2029", "Chỉ tiêu năm 2029", "Bộ phận phụ trách",
                           "Thời gian hoàn thành"]
    assert [r[0] for r in rows[1:]] == ["1", "2", "3"]
    assert [r[4] for r in rows[1:]] == ["Phòng Kinh tế", "Trạm Y tế xã", "Phòng Kinh tế"]


def test_each_row_gives_its_duty():
    duties = {(o.who, o.deadline.date if o.deadline else None) for o in extract(TEXT).obligations}
    assert {("Trạm Y tế xã", "2029-10-30"), ("Phòng Kinh tế", "2029-11-15")} <= duties
    assert sum(who == "Phòng Kinh tế" for who, _ in duties) == 2


def test_a_short_word_above_a_header_without_a_row_number_under_it_is_no_number_column():
    text = TEXT.replace("\f1\n", "\f\nGhi chú: số liệu năm trước.\n\n1\n")
    tables = structure_of_text(text).tables
    assert all(t.rows[0][0].text != "đi l" for t in tables)
