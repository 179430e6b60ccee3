"""A ceremony's programme printed a cell a line without row numbers, read by legacy OCR (issue #9, tables on the OCR
forms): vanban.structure.stacked.

A ward's plan for an anniversary prints its programme as a table "Thời gian | Nội dung | Địa điểm | Bộ phận thực hiện",
no number column. Eng OCR prints it one cell a line, blank lines lost or added at random, a long cell wrapped. Each
row opens with its time cell ("07 giờ 00 - 08 giờ 00 ngày 02/9/2029"), so the rows are read from those, each unit in
charge in its column. The document is written for this test; the expected rows are the table as written.
"""

from __future__ import annotations

from vanban.structure import structure_of_text

_DOC = """ỦY BAN NHÂN DÂN PHƯỜNG AN PHÚ
Số: 55/KH-UBND
An Phú, ngày 05 tháng 8 năm 2029

KẾ HOẠCH
Tổ chức Lễ kỷ niệm Quốc khánh 2/9

3. Chương trình buổi lễ

Thời gian

Nội dung

Địa điểm
Bộ phận thực hiện

07 giờ 00 - 08 giờ 00 ngày 02/9/2029
Lễ chào cờ, dâng hoa tại Nhà bia tưởng niệm
Nhà bia tưởng niệm phường

Văn phòng HĐND và UBND phường

08 giờ 00 - 09 giờ 30 ngày 02/9/2029

Lễ mít tinh: diễn văn kỷ niệm; khen thưởng các tập thể, cá nhân có thành tích tiêu
biểu trong năm

Hội trường Ủy ban nhân dân phường

Phòng Văn hóa - Xã hội
19 giờ 30 - 21 giờ 00 ngày 02/9/2029
Chương trình văn nghệ chào mừng
Sân vận động phường

Đoàn Thanh niên phường

III. KINH PHÍ

Kinh phí tổ chức được bảo đảm từ nguồn ngân sách phường năm 2029 đã được giao đầu năm theo quy định.
"""


def test_a_programme_without_row_numbers_is_read_row_by_row_from_its_times():
    (t,) = [t for t in structure_of_text(_DOC).tables if t.role == "data"]
    rows = [[c.text for c in r] for r in t.rows]
    assert rows[0] == ["Thời gian", "Nội dung", "Địa điểm", "Bộ phận thực hiện"]
    assert rows[1:] == [
        ["07 giờ 00 - 08 giờ 00 ngày 02/9/2029", "Lễ chào cờ, dâng hoa tại Nhà bia tưởng niệm", "Nhà bia tưởng niệm phường",
         "Văn phòng HĐND và UBND phường"],
        ["08 giờ 00 - 09 giờ 30 ngày 02/9/2029", "Lễ mít tinh: diễn văn kỷ niệm; khen thưởng các tập thể, cá nhân có "
         "thành tích tiêu biểu trong năm", "Hội trường Ủy ban nhân dân phường", "Phòng Văn hóa - Xã hội"],
        ["19 giờ 30 - 21 giờ 00 ngày 02/9/2029", "Chương trình văn nghệ chào mừng", "Sân vận động phường",
         "Đoàn Thanh niên phường"]]


def test_no_table_where_no_time_cell_opens_the_rows():
    doc = _DOC.replace("07 giờ 00 - 08 giờ 00 ngày 02/9/2029", "Buổi sáng")
    assert not any(t.role == "data" and len(t.rows) > 3 for t in structure_of_text(doc).tables)
