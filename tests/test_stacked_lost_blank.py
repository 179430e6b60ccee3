"""A task table printed a cell a line (legacy OCR) where OCR lost the blank line between a row's body and partner
cells (issue #9, tables on the OCR forms): read by the blank lines' rhythm, the row goes off by a cell, the next row's
damaged number ("fs)" for 5) lands in the due column and the table ends there; read from the row numbers, each row
keeps its Cơ quan chủ trì and its due cell (vanban.structure.stacked).

The document is written for this test in the style of a Tỉnh ủy's programme with a Phụ lục of tasks, the columns
"STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm"; the expected rows are
the table as written.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text

_DOC = """TỈNH ỦY NINH BÌNH
Số 09-CTr/TU
Ninh Bình, ngày 05 tháng 01 năm 2027

CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Nghị quyết về phát triển du lịch

Các cơ quan được giao chủ trì thực hiện các nhiệm vụ tại Phụ lục kèm theo.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Lê Văn Hòa

PHỤ LỤC
DANH MỤC NHIỆM VỤ

STT
Nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành

Sản phẩm

1

Xây dựng đề án phát triển du lịch cộng đồng tại các xã vùng núi gắn với bảo
tồn văn hóa

Sở Văn hóa, Thể thao và Du lịch

Sở Tài chính, UBND các xã
Quý II/2027

Đề án được phê duyệt

2

Số hóa toàn bộ di tích cấp tỉnh trên nền tảng bản đồ số của tỉnh

Sở Văn hóa, Thể thao và Du lịch
Sở Khoa học và Công nghệ, Ban Quản lý di tích
Trước ngày 30/9/2027

Cơ sở dữ liệu di tích

3

Hoàn thiện hạ tầng giao thông kết nối các khu du lịch trọng điểm của tỉnh

Sở Xây dựng
Sở Tài chính, UBND các xã, phường
Năm 2027

Công trình hoàn thành

fs)

Tổ chức liên hoan ẩm thực truyền thống của tỉnh
Hội Liên hiệp Phụ nữ tỉnh

Sở Công Thương, Tỉnh đoàn

Tháng 10/2027

Liên hoan được tổ chức

5

Đào tạo kỹ năng phục vụ du khách cho người dân các làng nghề
Sở Công Thương

Hội Nông dân tỉnh, UBND các xã

Quý IV/2027

Các lớp đào tạo
"""


def test_rows_read_from_their_numbers_when_the_rhythm_went_off_by_a_cell():
    (t,) = [t for t in structure_of_text(_DOC).tables if t.role == "data"]
    rows = [[c.text for c in r] for r in t.rows]
    assert [r[2] for r in rows[1:]] == ["Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch",
                                         "Sở Xây dựng", "Hội Liên hiệp Phụ nữ tỉnh", "Sở Công Thương"]
    assert [r[4] for r in rows[1:]] == ["Quý II/2027", "Trước ngày 30/9/2027", "Năm 2027", "Tháng 10/2027",
                                         "Quý IV/2027"]


def test_each_rows_body_an_obligation_with_its_date():
    got = {(o.who, o.deadline.latest if o.deadline else None) for o in extract(_DOC).obligations}
    assert ("Sở Xây dựng", "2027-12-31") in {(w, str(d)) for w, d in got}
    assert ("Hội Liên hiệp Phụ nữ tỉnh", "2027-10-31") in {(w, str(d)) for w, d in got}
    assert ("Sở Công Thương", "2027-12-31") in {(w, str(d)) for w, d in got}
