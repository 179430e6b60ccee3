"""An inspection plan's table of teams printed cell after cell (session 34): "Đoàn" heads the first column, and each
row's Đơn vị chủ trì is charged with its team's check, due at the end of the row's "Thời gian kiểm tra" window — also
in a plan for a festival season, whose own running period is no due date.

The header's "Đoàn" was no column name, so the table started one column late and its rows fell apart (one obligation
"Đoàn số 01" with no date); and the windows were dropped as a festival's running period.
"""

from __future__ import annotations

from vanban.extract import extract

DOC = """BAN CHỈ ĐẠO LIÊN NGÀNH VỀ AN TOÀN THỰC PHẨM
TỈNH KON TUM
Số: 12/KH-BCĐ
Kon Tum, ngày 10 tháng 12 năm 2028
KẾ HOẠCH
Bảo đảm an toàn thực phẩm mùa Lễ hội Xuân 2029

II. NỘI DUNG

1. Kiểm tra liên ngành: Ban Chỉ đạo thành lập các đoàn kiểm tra như sau:


Đoàn

Đơn vị chủ trì

Đơn vị phối hợp

Thời gian kiểm tra


Đoàn số 01

Sở Y tế

Công an tỉnh

Từ ngày 20/12/2028 đến ngày 05/02/2029


Đoàn số 02

Sở Công Thương

Sở Y tế

Từ ngày 02/01/2029 đến ngày 08/02/2029


2. Tuyên truyền: các xã, phường tuyên truyền về an toàn thực phẩm trên loa truyền thanh.

Nơi nhận:
- Lưu: VT.
KT. TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Lê Văn Dũng
"""


def test_each_team_rows_lead_body_is_due_at_its_windows_end():
    got = [(o.who, o.deadline.latest if o.deadline else None) for o in extract(DOC).obligations]
    assert got[:2] == [("Sở Y tế", "2029-02-05"), ("Sở Công Thương", "2029-02-08")]
