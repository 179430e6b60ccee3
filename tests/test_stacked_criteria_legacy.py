"""A criteria table printed a cell a line, read by legacy OCR (issue #9, tables on the OCR forms):
vanban.structure.stacked.

A commune's plan for its new-countryside criteria sets, for each criterion, its state at the start of the year, the
year's goal, the office in charge and the time to finish ("TT | Tiêu chí / chỉ tiêu | Hiện trạng đầu năm 2029 | Chỉ
tiêu năm 2029 | Bộ phận phụ trách | Thời gian hoàn thành"). Eng OCR prints it one cell a line, blank lines lost or
added at random, and loses a row's number. The header's baseline column ("Hiện trạng đầu năm 2029") is a column name
like the goals' column beside it; a row whose number OCR lost opens with a criterion as long as a line of prose, right
under the due cell of the row before, and its own due cell comes five lines on: it is the next row, not the prose
after the table. The document is written for this test; the expected rows are the table as written.
"""

from __future__ import annotations

from vanban.structure import structure_of_text

_DOC = """ỦY BAN NHÂN DÂN XÃ ĐỒNG TIẾN
Số: 21/KH-UBND
Đồng Tiến, ngày 10 tháng 01 năm 2029

KẾ HOẠCH
Duy trì và nâng cao các tiêu chí xã nông thôn mới năm 2029

II. CHỈ TIÊU VÀ PHÂN CÔNG

TT
Tiêu chí / chỉ tiêu
Hiện trạng đầu năm 2029
Chỉ tiêu năm 2029
Bộ phận phụ trách

Thời gian hoàn thành

1

Điện (TC4): tỷ lệ hộ sử dụng điện thường xuyên, an toàn từ các nguồn
97%

100%

Phòng Kinh tế

Quý II/2029
Thông tin và truyền thông (TC8): tỷ lệ thôn có điểm phục vụ bưu chính, internet
công cộng

80%

Tối thiểu 90%
Phòng Văn hóa - Xã hội
Trước 30/6/2029

3

Nhà ở (TC9): tỷ lệ nhà ở đạt chuẩn theo quy định
92%

Từ 95% trở lên

Phòng Kinh tế

Trước 31/10/2029

III. TỔ CHỨC THỰC HIỆN

Các bộ phận được phân công triển khai thực hiện, báo cáo kết quả về Ủy ban nhân dân xã trước ngày 15/12/2029.
"""


def test_a_criteria_table_with_a_baseline_column_and_a_row_whose_number_was_lost():
    (t,) = [t for t in structure_of_text(_DOC).tables if t.role == "data"]
    rows = [[c.text for c in r] for r in t.rows]
    assert rows[0] == ["TT", "Tiêu chí / chỉ tiêu", "Hiện trạng đầu năm 2029", "Chỉ tiêu năm 2029", "Bộ phận phụ trách",
                       "Thời gian hoàn thành"]
    assert rows[1] == ["1", "Điện (TC4): tỷ lệ hộ sử dụng điện thường xuyên, an toàn từ các nguồn", "97%", "100%",
                       "Phòng Kinh tế", "Quý II/2029"]
    assert rows[2][1:] == ["Thông tin và truyền thông (TC8): tỷ lệ thôn có điểm phục vụ bưu chính, internet công cộng",
                           "80%", "Tối thiểu 90%", "Phòng Văn hóa - Xã hội", "Trước 30/6/2029"]
    assert rows[3] == ["3", "Nhà ở (TC9): tỷ lệ nhà ở đạt chuẩn theo quy định", "92%", "Từ 95% trở lên", "Phòng Kinh tế",
                       "Trước 31/10/2029"]
    assert len(rows) == 4  # the part after it is no row
