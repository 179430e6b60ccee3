"""A quota table's column "Thời gian tổ chức" that lists several months in a row ("Tháng 2, 8", "Tháng 5 (Ngày hội
hiến máu), tháng 11 (Chủ nhật Đỏ)") says when the row's unit holds its events through the year, no date its task is
due by: the row's obligation is undated. A single month with its year ("Tháng 6/2028") still dates the row, and a
limit column ("Thời hạn hoàn thành | Tháng 6, 12") still dates its rows (vanban.extract.task_table_cells).

The plan is written for this test in the style of a Ban Chỉ đạo's blood-donation plan with a table of quotas; the
expected dates are as written.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.task_table_cells import months_of_holding

_ROWS = [["1", "Xã Tân Hòa", "500", "Tháng 2, 8"],
         ["2", "Hội Liên hiệp Phụ nữ tỉnh", "300", "Tháng 5 (Ngày hội hiến máu), tháng 11 (Chủ nhật Đỏ)"],
         ["3", "Trường Cao đẳng Y tế", "400", "Tháng 6/2028"]]
_TABLE = "\n\n\n".join("\n\n".join(r) for r in [["STT", "Đơn vị", "Chỉ tiêu (đơn vị máu)", "Thời gian tổ chức"]] + _ROWS)

_DOC = f"""UBND TỈNH TRÀ VINH
BAN CHỈ ĐẠO VẬN ĐỘNG HIẾN MÁU TÌNH NGUYỆN

Số: 03/KH-BCĐ
Trà Vinh, ngày 08 tháng 01 năm 2028

KẾ HOẠCH
Vận động hiến máu tình nguyện năm 2028

I. CHỈ TIÊU

Chỉ tiêu giao cho các đơn vị như sau:


{_TABLE}


II. TỔ CHỨC THỰC HIỆN

Hội Chữ thập đỏ tỉnh tổng hợp lịch hiến máu của các đơn vị, báo cáo Ban Chỉ đạo trước ngày 31/01/2028.
"""


def test_several_months_held_leave_the_row_undated():
    got = {o.who: o.deadline for o in extract(_DOC).obligations}
    assert got["Xã Tân Hòa"] is None
    assert got["Hội Liên hiệp Phụ nữ tỉnh"] is None
    assert got["Trường Cao đẳng Y tế"].latest == "2028-06-30"


def test_the_cell_readers():
    assert months_of_holding("Thời gian tổ chức", "Tháng 3, 7 và 11")
    assert months_of_holding("Thời gian", "Tháng 4 (Tuần lễ hồng), tháng 7 (Hành trình Đỏ)")
    assert not months_of_holding("Thời gian tổ chức", "Tháng 5/2028")
    assert not months_of_holding("Thời gian tổ chức", "Tháng 3 - 5/2028")
    assert not months_of_holding("Thời hạn hoàn thành", "Tháng 6, 12")  # a limit: the reports due in June, December


def test_a_lone_month_among_listed_months_is_held_too():
    """One unit holding its drive in one month ("Tháng 9", no year) in a column whose other rows list months is read as
    its neighbours are; a column of lone months alone, or a limit column, keeps the month as the row's date."""
    rows = _ROWS + [["4", "Bưu điện tỉnh", "200", "Tháng 9"]]
    table = "\n\n\n".join("\n\n".join(r) for r in [["STT", "Đơn vị", "Chỉ tiêu (đơn vị máu)", "Thời gian tổ chức"]] + rows)
    got = {o.who: o.deadline for o in extract(_DOC.replace(_TABLE, table)).obligations}
    assert got["Bưu điện tỉnh"] is None
    assert got["Trường Cao đẳng Y tế"].latest == "2028-06-30"
    column = ["Tháng 2, 8", "Tháng 9"]
    assert months_of_holding("Thời gian tổ chức", "Tháng 9", column)
    assert not months_of_holding("Thời gian tổ chức", "Tháng 9", ["Tháng 9", "Tháng 6/2028"])
    assert not months_of_holding("Thời hạn hoàn thành", "Tháng 9", column)
