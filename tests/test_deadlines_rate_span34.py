"""A weekly or daily rate over a period (session 34): "ít nhất 02 lần/tuần trong tháng 01 và tháng 02/2029" says how
often something is done while the months run, not by when; the months are no due date, and no date of the body's
obligation. A task due "trong tháng 02/2029" without a rate still is."""

from __future__ import annotations

from vanban.extract import extract

DOC = """ỦY BAN NHÂN DÂN
TỈNH KON TUM
Số: 40/KH-UBND
Kon Tum, ngày 02 tháng 12 năm 2028
KẾ HOẠCH
Tuyên truyền phòng, chống dịch bệnh mùa đông xuân 2028 - 2029

III. TỔ CHỨC THỰC HIỆN

1. Đài Phát thanh - Truyền hình tỉnh: phát sóng phóng sự về phòng, chống dịch bệnh ít nhất 03 lần/tuần trong tháng
12/2028 và tháng 01/2029.

2. Sở Y tế: tổng hợp kết quả, báo cáo UBND tỉnh trong tháng 02/2029.

Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Bình
"""


def test_a_rates_months_are_no_due_date():
    ext = extract(DOC)
    assert [(d.earliest, d.latest) for d in ext.deadlines] == [("2029-02-01", "2029-02-28")]
    got = [(o.who, o.deadline.latest if o.deadline else None) for o in ext.obligations]
    assert got == [("Đài Phát thanh - Truyền hình tỉnh", None), ("Sở Y tế", "2029-02-28")]
