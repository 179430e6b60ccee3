"""Targets in tables of planned figures per row, session 45 (tgt45t).

Kinds: a quota column of the people each unit is to send on ("Đoàn viên cử đi học lớp cảm tình Đảng"), read beside
the unit's present count; a quota column naming no noun whose rows add up to a count the prose sets ("… : 12 người"),
counted in that noun; a vaccination schedule per thôn with a person in charge of each row (a person, no body: still a
table of figures), each thôn's doses and the total read, the herd counted beside them not; a need column ("Số … cần
…") counted in the noun before "cần", its total left where the prose states it.
The documents are written for these tests; the expected values are what a careful reader takes from them.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure.person_cells import person_name, persons_column
from vanban.structure.plan_tables import charged_table, read_plan_tables

_HEAD = """{issuer}
Số: 07/KH-{short}
Tân Mỹ, ngày 10 tháng 4 năm 2037
KẾ HOẠCH
{title}

"""


def _rows(doc: str, unit_start: str) -> list[tuple[float | None, float | None]]:
    return sorted((t.min, t.max) for t in extract(doc).targets if (t.unit or "").startswith(unit_start))


def test_sent_people_column_is_a_quota_beside_the_present_count() -> None:
    doc = _HEAD.format(issuer="ĐẢNG ỦY XÃ TÂN MỸ", short="ĐU", title="Phát triển đảng viên năm 2038") + """I. CHỈ TIÊU

1. Kết nạp ít nhất 09 đảng viên mới trong năm 2038.

2. Phân bổ cho các chi bộ như sau:

| STT | Tên chi bộ | Đảng viên hiện có (người) | Đoàn viên cử đi học lớp cảm tình Đảng | Chỉ tiêu kết nạp năm 2038 |
|---|---|---|---|---|
| 1 | Chi bộ ấp Mỹ Lợi | 27 | 04 | 03 |
| 2 | Chi bộ ấp Mỹ Hòa | 19 | 06 | 04 |
| 3 | Chi bộ Trường Tiểu học | 12 | 03 | 02 |
| | **Cộng** | **58** | **13** | **09** |

II. TỔ CHỨC THỰC HIỆN

Các chi bộ rà soát nguồn, báo cáo Đảng ủy trước ngày 30/6/2037.
"""
    sent = _rows(doc, "đoàn viên")
    assert sent == [(3, 3), (4, 4), (6, 6), (13, 13)]  # the total too: the prose states no 13
    assert not any(t.min in (27, 19, 12) for t in extract(doc).targets)  # the members each chi bộ has: the base


def test_nameless_quota_column_takes_the_noun_of_the_stated_sum() -> None:
    doc = _HEAD.format(issuer="ỦY BAN NHÂN DÂN XÃ TÂN MỸ", short="UBND",
                       title="Tuyển chọn công dân tham gia lực lượng dân quân năm 2038") + """I. CHỈ TIÊU

- Tuyển mới vào dân quân cơ động: 12 người;
- Tuyển mới vào dân quân tại chỗ: 05 người.

Chỉ tiêu từng ấp tại Phụ lục kèm theo.

PHỤ LỤC
CHỈ TIÊU TUYỂN CHỌN DÂN QUÂN NĂM 2038 GIAO CHO CÁC ẤP

| TT | Ấp | Số thanh niên trong độ tuổi | Chỉ tiêu dân quân cơ động | Chỉ tiêu dân quân tại chỗ |
|---|---|---|---|---|
| 1 | Mỹ Lợi | 84 | 05 | 02 |
| 2 | Mỹ Hòa | 66 | 04 | - |
| 3 | Mỹ Thạnh | 71 | 03 | 03 |
"""
    got = _rows(doc, "người")
    assert (5, 5) in got and (4, 4) in got and (2, 2) in got and got.count((3, 3)) == 2
    assert not any(t.min in (84, 66, 71) for t in extract(doc).targets)


def test_person_in_charge_leaves_a_figures_table_a_plan_table() -> None:
    assert person_name("Đinh Công Tráng") and not person_name("Hội Nông dân xã")
    assert persons_column("nguoi phu trach", ["Đinh Công Tráng", "Lâm Thị Hạnh"])
    table = """| STT | Ấp | Đàn heo (con) | Vắc xin tai xanh (liều) | Người phụ trách | Lịch tiêm |
| --- | --- | --- | --- | --- | --- |
| 1 | Mỹ Lợi | 410 | 380 | Đinh Công Tráng | 03 - 04/5/2037 |
| 2 | Mỹ Hòa | 350 | 320 | Lâm Thị Hạnh | 05 - 06/5/2037 |
| 3 | Mỹ Thạnh | 290 | 270 | Lâm Thị Hạnh | 07/5/2037 |
"""
    assert [t.role for t in read_plan_tables(table)] == ["plan"]
    bodies = table.replace("Người phụ trách", "Đơn vị chủ trì").replace("Đinh Công Tráng", "Thú y xã") \
        .replace("Lâm Thị Hạnh", "Hội Nông dân xã")
    # a body in charge: a task table, its readers' — (tgt48) and, with two columns of figures, a table of figures read by
    # the columns a head names as set only (none here: no target)
    assert all(charged_table(t.header) for t in read_plan_tables(bodies))
    doc = _HEAD.format(issuer="ỦY BAN NHÂN DÂN XÃ TÂN MỸ", short="UBND", title="Tiêm phòng bệnh tai xanh năm 2037") + bodies
    assert _rows(doc, "liều") == [] and _rows(doc, "con") == []


def test_doses_per_unit_and_their_total_are_read_not_the_herd() -> None:
    doc = _HEAD.format(issuer="ỦY BAN NHÂN DÂN XÃ TÂN MỸ", short="UBND",
                       title="Tiêm phòng bệnh tai xanh cho đàn heo đợt 1 năm 2037") + """I. CHỈ TIÊU

- Tỷ lệ đàn heo được tiêm phòng đạt từ 85% trở lên.

II. LỊCH TIÊM VÀ SỐ LƯỢNG VẮC XIN

| STT | Ấp | Đàn heo (con) | Vắc xin tai xanh (liều) | Người phụ trách | Lịch tiêm |
| --- | --- | --- | --- | --- | --- |
| 1 | Mỹ Lợi | 410 | 380 | Đinh Công Tráng | 03 - 04/5/2037 |
| 2 | Mỹ Hòa | 350 | 320 | Lâm Thị Hạnh | 05 - 06/5/2037 |
| 3 | Mỹ Thạnh | 290 | 270 | Lâm Thị Hạnh | 07/5/2037 |
| | **Tổng** | **1.050** | **970** | | |

III. TỔ CHỨC THỰC HIỆN

Thú y viên xã nhận vắc xin và tiêm theo lịch tại bảng trên.
"""
    assert _rows(doc, "liều") == [(270, 270), (320, 320), (380, 380), (970, 970)]
    assert not any(t.min in (410, 350, 290, 1050) for t in extract(doc).targets)


def test_need_column_counts_the_noun_before_can() -> None:
    doc = _HEAD.format(issuer="ỦY BAN NHÂN DÂN XÃ TÂN MỸ", short="UBND",
                       title="Trang bị phương tiện phòng cháy cho chợ và khu dân cư năm 2037") + """I. MỤC TIÊU

- Trang bị thêm ít nhất 30 thang dây cho các ấp.

II. PHÂN BỔ

Phương tiện trang bị thêm theo từng ấp như sau:

| TT | Ấp | Số hộ | Số thang dây hiện có | Số thang dây cần mua thêm |
|---|---|---|---|---|
| 1 | Mỹ Lợi | 320 | 4 | 12 |
| 2 | Mỹ Hòa | 280 | 6 | 10 |
| 3 | Mỹ Thạnh | 240 | 2 | 8 |
| | **Cộng** | **840** | **12** | **30** |
"""
    got = _rows(doc, "thang dây")
    assert (12, 12) in got and (10, 10) in got and (8, 8) in got
    assert (4, 4) not in got and (6, 6) not in got  # what each ấp has: the base
    assert got.count((30, 30)) == 0  # the total the prose states as a floor, not read again from the table
