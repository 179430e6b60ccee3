"""A training plan's class table printed a cell a line (legacy OCR) whose last column, the body in charge, follows the
due column ("STT | Nội dung | Đối tượng | Số học viên | Thời gian | Đơn vị chủ trì"): the page-wide paragraph under
the last row ("Ngoài các lớp nêu trên, …") ends the table, as it does under a table whose due column is the last
(vanban.structure.stacked); read into the last row, it shifted that row's cells and its body was lost.

The document is written for this test in the style of a Sở Nội vụ's yearly training plan (names and figures invented).
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text

_DOC = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số 77/KH-UBND
Quảng Trị, ngày 12 tháng 01 năm 2028
KẾ HOẠCH
Đào tạo, bồi dưỡng cán bộ, công chức năm 2028
III. CÁC LỚP BỒI DƯỠNG

STT
Nội dung
Đối tượng
Số học viên
Thời gian
Đơn vị chủ trì

1

Bồi dưỡng kỹ năng soạn thảo văn bản hành chính

Công chức văn phòng - thống kê cấp xã
320

Quý II/2028

Sở Nội vụ

2
Bồi dưỡng nghiệp vụ thanh tra, tiếp công dân

Công chức cấp xã làm công tác tiếp dân
150

Tháng 9/2028

Thanh tra tỉnh

Ngoài các lớp nêu trên, các cơ quan, đơn vị chủ động cử cán bộ, công chức

tham gia các lớp do các Bộ, ngành Trung ương, Học viện Hành chính quốc gia Hồ
Chí Minh tổ chức theo chỉ tiêu được giao.
IV. KINH PHÍ THỰC HIỆN

Kinh phí bố trí trong dự toán ngân sách tỉnh năm 2028.
"""


def test_the_last_rows_cells_stay_in_their_columns():
    (t,) = [t for t in structure_of_text(_DOC).tables if t.role == "data"]
    rows = [[c.text for c in r] for r in t.rows]
    assert rows[-1][4:] == ["Tháng 9/2028", "Thanh tra tỉnh"]
    assert len(rows) == 3


def test_the_last_rows_body_keeps_its_date():
    got = {(o.who, str(o.deadline.latest) if o.deadline else None) for o in extract(_DOC).obligations}
    assert ("Thanh tra tỉnh", "2028-09-30") in got
    assert not any(w.startswith("tham gia") or w.startswith("Ngoài") for w, _ in got)
