"""A part's heading after a task table printed a cell a line, its paragraph's lines cut in two by legacy OCR (issue #9,
tables on the OCR forms): "V. TỔ CHỨC THỰC HIỆN" / a line as wide as the page / a short rest / a wide line / a short
rest … is the document's next part, not the table's last row, even where OCR misread that row's due cell ("Thắng 6 -
8/2027") so the row does not visibly end; the bodies the paragraph charges are obligations of their own
(vanban.structure.stacked).

The plan is written for this test in the style of a Sở's summer safety plan with a task table; the expected rows and
bodies are as written.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text

_DOC = """ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH
SỞ Y TẾ
Số: 88/KH-SYT
Bình Định, ngày 02 tháng 4 năm 2027

KẾ HOẠCH
Phòng, chống dịch bệnh mùa hè năm 2027

IV. NHIỆM VỤ CỤ THỂ

STT

Nội dung

Đơn vị chủ trì

Đơn vị phối hợp

Thời gian hoàn thành

1

Tập huấn giám sát ca bệnh sốt xuất huyết cho trạm y tế xã
Trung tâm Kiểm soát bệnh tật tỉnh

Các trạm y tế xã, phường

Trước ngày 20/5/2027

2

Phun hóa chất diệt muỗi tại các ổ dịch cũ
UBND các xã, phường

Trung tâm Kiểm soát bệnh tật tỉnh

Thắng 6 - 8/2027

V. TỔ CHỨC THỰC HIỆN

Căn cứ Kế hoạch này, các bệnh viện tuyến tỉnh xây dựng phương án thu dung, điều trị
bệnh nhân nặng,

sẵn sàng thuốc, vật tư; phối hợp với các trạm y tế xã theo dõi ca bệnh tại cộng
đồng trong mùa

mưa. Các phòng chức năng thuộc Sở theo nhiệm vụ được giao kiểm tra việc thực hiện
tại cơ sở;

tổng hợp kết quả báo cáo Giám đốc Sở.

GIÁM ĐỐC

Trần Văn Minh
"""


def test_the_part_after_the_table_is_no_row():
    (t,) = [t for t in structure_of_text(_DOC).tables if t.role == "data"]
    assert len(t.rows) == 3  # the header and two rows
    assert "TỔ CHỨC THỰC HIỆN" not in " ".join(c.text for r in t.rows for c in r)


def test_the_paragraphs_bodies_are_charged():
    who = [o.who for o in extract(_DOC).obligations]
    assert any(w.lower().startswith("các bệnh viện tuyến tỉnh") for w in who)
    assert "Các phòng chức năng thuộc Sở" in who
    assert not any("Căn cứ" in w for w in who)
