"""An indicator table printed a cell a line whose indicator runs longer than a line of prose (issue #9, tables on the
OCR forms): a scan prints a wide column's cell on one line, so a row's indicator may be as long as a line of prose;
after its row's number and before its unit and figure it is the row's indicator, not the prose after the table
(vanban.structure.stacked, the indicator reader).

The document is written for this test in the style of a provincial plan's Phụ lục of indicators; the expected rows are
the table as written.
"""

from __future__ import annotations

from vanban.structure import structure_of_text

_DOC = """ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Số: 77/KH-UBND
Quảng Trị, ngày 12 tháng 01 năm 2027

KẾ HOẠCH
Cải thiện chỉ số hài lòng về sự phục vụ hành chính năm 2027

Các sở, ngành thực hiện các chỉ tiêu tại Phụ lục kèm theo.

CHỦ TỊCH

Phan Văn Nam

PHỤ LỤC
CHỈ TIÊU NĂM 2027
STT
Chỉ tiêu
Đơn vị tính

Chỉ tiêu năm 2027

Cơ quan chủ trì

1

Tỷ lệ hồ sơ được giải quyết trước và đúng hạn
%

Trên 97

Văn phòng UBND tỉnh

2

Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và trả kết quả qua dịch vụ bưu chính công ích
%

Tối thiểu 40

Bưu điện tỉnh

3

Số cuộc đối thoại với người dân và doanh nghiệp
Cuộc

4

Sở Nội vụ

Các cơ quan chủ trì báo cáo kết quả thực hiện về Văn phòng Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 năm 2027.
"""


def test_a_long_indicator_after_its_rows_number_is_the_rows_indicator():
    (t,) = [t for t in structure_of_text(_DOC).tables if t.role == "data"]
    rows = [[c.text for c in r] for r in t.rows]
    assert rows[0] == ["STT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2027", "Cơ quan chủ trì"]
    assert rows[1:] == [
        ["1", "Tỷ lệ hồ sơ được giải quyết trước và đúng hạn", "%", "Trên 97", "Văn phòng UBND tỉnh"],
        ["2", "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và trả kết quả qua dịch vụ bưu chính công ích", "%",
         "Tối thiểu 40", "Bưu điện tỉnh"],
        ["3", "Số cuộc đối thoại với người dân và doanh nghiệp", "Cuộc", "4", "Sở Nội vụ"]]
    assert "báo cáo kết quả" not in " ".join(c.text for r in t.rows for c in r)  # the prose after it is no row


def test_a_long_indicator_wrapped_once_and_a_figure_after_its_sign():
    # legacy OCR wraps the long indicator once at the page's width, and the page prints a bound as a sign ("> 40")
    legacy = _DOC.replace("qua dịch vụ bưu chính công ích\n%\n\nTối thiểu 40",
                          "qua dịch vụ bưu chính công\ních\n\n%\n> 40")
    (t,) = [t for t in structure_of_text(legacy).tables if t.role == "data"]
    rows = [[c.text for c in r] for r in t.rows]
    assert rows[2] == ["2", "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và trả kết quả qua dịch vụ bưu chính công ích",
                       "%", "> 40", "Bưu điện tỉnh"]
    assert len(rows) == 4
