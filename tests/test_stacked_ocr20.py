"""A task table read by legacy OCR as cells one after the other, a row's due cell glued under the cell before it and
the next row's number damaged (session 20; the kind of authored19's a19-09 in legacy OCR).

Plan text written for this test in the shape legacy OCR gives a rendered table: the header's names on consecutive
lines, a row's task and lead on consecutive lines, its partners and due date likewise, then "fs)" for the next row's
"5". Expected rows (and one obligation per row with its Đơn vị chủ trì, ``realdocs/labeled/README.md``) read from the
table as printed.
"""

from __future__ import annotations

from vanban.extract import extract

TEXT = """ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 35/KH-SNNMT
Đắk Lắk, ngày 06 tháng 01 năm 2027

KẾ HOẠCH
Phòng, chống bệnh dịch tả lợn châu Phi năm 2027

IV. NHIỆM VỤ CỤ THỂ

TT
Nội dung
Đơn vị chủ trì
Đơn vị phối hợp

Thời gian hoàn thành

1

Rà soát tổng đàn lợn, lập danh sách hộ chăn nuôi nhỏ lẻ

Chi cục Chăn nuôi và Thú y
UBND các xã, phường
Trước ngày 28/02/2027

2

Giám sát, lấy mẫu xét nghiệm tại các ổ dịch cũ
Trung tâm Kiểm nghiệm tỉnh

Chi cục Chăn nuôi và Thú y; UBND các xã, phường
Trong quý II/2027

fs)

Tập huấn an toàn sinh học cho hộ chăn nuôi
Trung tâm Khuyến nông tỉnh

Chi cục Chăn nuôi và Thú y

Quý I/2027

4

Kiểm tra việc thực hiện Kế hoạch tại các xã
Thanh tra Sở

Chi cục Chăn nuôi và Thú y

Tháng 10/2027

V. KINH PHÍ THỰC HIỆN

Kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh đã bố trí trong dự toán năm
2027 của Sở và ngân sách các xã, phường theo phân cấp.

Nơi nhận:
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Y Điêng Niê
"""


def test_a_due_cell_glued_under_its_partners_then_a_damaged_number_opens_the_next_row():
    ext = extract(TEXT)
    (table,) = [t for t in ext.structure.tables if t.role == "data"]
    rows = [[c.text for c in r] for r in table.rows[1:]]
    assert [r[2] for r in rows] == ["Chi cục Chăn nuôi và Thú y", "Trung tâm Kiểm nghiệm tỉnh",
                                    "Trung tâm Khuyến nông tỉnh", "Thanh tra Sở"]
    assert rows[1][3] == "Chi cục Chăn nuôi và Thú y; UBND các xã, phường" and rows[1][4] == "Trong quý II/2027"
    assert [o.who for o in ext.obligations] == ["Chi cục Chăn nuôi và Thú y", "Trung tâm Kiểm nghiệm tỉnh",
                                                "Trung tâm Khuyến nông tỉnh", "Thanh tra Sở"]
