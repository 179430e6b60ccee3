"""A task table read by OCR as cells one after the other, its blank lines partly lost (session 18, issue 9; the
kind of authored17's a17-07 in legacy OCR).

Plan text written for this test in the shape legacy OCR gives a rendered table: the header's names on consecutive
lines, a row's cells sometimes one blank line apart and sometimes not, a row's number glued to its first cell's line,
and the body's closing sentence right under the last row's due cell. Expected rows read from the table as printed.
"""

from __future__ import annotations

from vanban.extract import extract

TEXT = """BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY
Số: 91-KH/BTGDVTU
Pleiku, ngày 04 tháng 12 năm 2026

KẾ HOẠCH
Tổ chức các hoạt động thi đua năm 2027

V. CÁC MỐC THỰC HIỆN

STT
Nội dung
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian
1

Xây dựng bộ tiêu chí chấm điểm mô hình
Ban Tuyên giáo và Dân vận Tỉnh ủy

Sở Nội vụ

Trước ngày 20/12/2026

2

Kiểm tra mô hình tại các xã biên giới
Ban Tuyên giáo và Dân vận Tỉnh ủy
Bộ Chỉ huy Quân sự tỉnh

Quý II/2027

3
Hội nghị sơ kết phong trào cấp tỉnh
Ban Tuyên giáo và Dân vận Tỉnh ủy

Các sở, ban, ngành tỉnh

Trong tháng 7/2027
Kế hoạch này được phổ biến đến các chi bộ trực thuộc./.

Nơi nhận:
- Lưu Văn phòng Ban.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Rơ Châm Hling
"""


def test_rows_glued_to_their_number_and_a_closing_sentence_under_the_table():
    ext = extract(TEXT)
    rows = [[c.text for c in r] for t in ext.structure.tables for r in t.rows]
    assert rows == [
        ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
        ["1", "Xây dựng bộ tiêu chí chấm điểm mô hình", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Sở Nội vụ",
         "Trước ngày 20/12/2026"],
        ["2", "Kiểm tra mô hình tại các xã biên giới", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Bộ Chỉ huy Quân sự tỉnh",
         "Quý II/2027"],
        ["3", "Hội nghị sơ kết phong trào cấp tỉnh", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Các sở, ban, ngành tỉnh",
         "Trong tháng 7/2027"],
    ]
    assert [(o.who, o.deadline.latest if o.deadline else None) for o in ext.obligations] == [
        ("Ban Tuyên giáo và Dân vận Tỉnh ủy", "2026-12-20"), ("Ban Tuyên giáo và Dân vận Tỉnh ủy", "2027-06-30"),
        ("Ban Tuyên giáo và Dân vận Tỉnh ủy", "2027-07-31")]
