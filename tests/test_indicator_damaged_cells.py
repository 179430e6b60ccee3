"""An indicator table printed a cell a line whose row numbers and figures OCR damaged (issue #9, tables on the OCR
forms): a scan reads a row's number "3" as "ồ" and a bound "≥ 95" as "z đó"; the rows after them are still the table's
rows, each with its "Đơn vị chủ trì" (an obligation per row), not the end of the table
(vanban.structure.stacked, the indicator reader).

The document is written for this test in the style of a provincial plan's Phụ lục of indicators with an "Đơn vị chủ
trì" column; the expected rows are the table as written.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text

_DOC = """ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
Số: 31/KH-UBND
Hà Tĩnh, ngày 20 tháng 01 năm 2027

KẾ HOẠCH
Phát triển chính quyền số năm 2027

Giao các cơ quan, đơn vị chủ trì thực hiện các chỉ tiêu chuyển đổi số năm 2027 tại Phụ lục kèm theo Kế hoạch này.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Minh Khoa

Phụ lục
CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2027 CỦA TỈNH
(Kèm theo Kế hoạch số 31/KH-UBND ngày 20/01/2027)
STT
Chỉ tiêu
Đơn vị tính
Kế hoạch năm 2027
Đơn vị chủ trì
1
Tỷ lệ văn bản đi được ký số và gửi nhận hoàn toàn trên môi trường điện tử
%
100
Văn phòng UBND tỉnh
2
Tỷ lệ hồ sơ đất đai được giải quyết trực tuyến một phần và toàn trình trên Cổng
%
>80
Sở Nông nghiệp và Môi trường
ồ
Tỷ lệ cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số cơ bản trong năm kế hoạch
%
z đó
Sở Nội vụ
4
Tỷ lệ trường học sử dụng sổ điểm điện tử
%
>90
Sở Giáo dục và Đào tạo
dđ
Số điểm phát sóng wifi công cộng miễn phí tại trung tâm các xã
Điểm
>50
Sở Khoa học và Công nghệ
"""

_BODIES = ["Văn phòng UBND tỉnh", "Sở Nông nghiệp và Môi trường", "Sở Nội vụ", "Sở Giáo dục và Đào tạo",
           "Sở Khoa học và Công nghệ"]


def test_rows_past_a_damaged_number_and_figure_stay_in_the_table():
    (t,) = [t for t in structure_of_text(_DOC).tables if t.role == "data"]
    rows = [[c.text for c in r] for r in t.rows]
    assert len(rows) == 6
    assert [r[-1] for r in rows[1:]] == _BODIES
    assert rows[3][1] == "Tỷ lệ cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số cơ bản trong năm kế hoạch"
    assert rows[3][2] == "%"  # the damaged figure is its own cell, not the unit's or the body's
    assert rows[5][1] == "Số điểm phát sóng wifi công cộng miễn phí tại trung tâm các xã"


def test_each_rows_body_is_an_obligation():
    who = [o.who for o in extract(_DOC).obligations]
    for body in _BODIES:
        assert body in who
