"""Targets in tables, session 45 (tgt45a: vanban/extract/plan_cells.py).

Kinds: a column of the harm a pest plan expects per field ("Diện tích dự kiến bị nhiễm (ha)"), a forecast and no
target, while the support it hands out per field beside it ("Thuốc … hỗ trợ (lít)") is read with its total; a plan
whose whole is told only in its part on the situation ("II. TÌNH HÌNH SẢN XUẤT … toàn xã gieo cấy 300 ha") has no split
of a set figure there, its table left; a resolution's table of works with the capital it fixes per work ("Tổng mức đầu
tư", "Vốn bố trí năm …", the unit in the head or in the caption's "Đơn vị tính"), each cell a target, its total row read
where the prose does not state it, a part's subtotal row and the figures inside the works' names and notes no targets.
The documents are written for these tests; the expected values are what a careful reader takes from them.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = """ỦY BAN NHÂN DÂN XÃ AN PHÚ
Số: 15/KH-UBND
An Phú, ngày 02 tháng 3 năm 2036
KẾ HOẠCH
{title}

"""

_PEST_TABLE = """| TT | Thôn | Diện tích cấy (ha) | Diện tích dự kiến bị nhiễm (ha) | Thuốc trừ bệnh hỗ trợ (lít) | Thuốc trừ sâu hỗ trợ (kg) |
|---|---|---|---|---|---|
| 1 | Thôn Phú Mỹ | 400 | 90 | 120 | 46 |
| 2 | Thôn Phú Lợi | 290 | 70 | 95 | 30 |
| 3 | Thôn Phú Hòa | 210 | 45 | 60 | 27 |
| | **Tổng cộng** | **900** | **205** | **275** | **103** |"""

_PEST = _HEAD.format(title="Phòng trừ sâu bệnh hại lúa vụ Đông Xuân năm 2036") + """I. MỤC TIÊU

- Tổng diện tích cấy lúa vụ Đông Xuân 2036 của xã là 900 ha.
- Phấn đấu 100% diện tích lúa đến ngưỡng được phòng trừ kịp thời.

II. PHÂN BỔ THUỐC HỖ TRỢ

""" + _PEST_TABLE + """

III. TỔ CHỨC THỰC HIỆN

Trưởng các thôn nhận thuốc và cấp cho các hộ trước ngày 20/3/2036.
"""

_SITUATION = _HEAD.format(title="Phòng trừ sâu bệnh hại lúa vụ Đông Xuân năm 2036") + """I. MỤC TIÊU

- Phấn đấu 100% diện tích lúa đến ngưỡng được phòng trừ kịp thời.

II. TÌNH HÌNH SẢN XUẤT VÀ DIỆN TÍCH CÓ THỂ BỊ HẠI

Vụ Đông Xuân năm 2036 toàn xã gieo cấy 900 ha, giống chủ yếu là lúa thuần. Diện tích có thể bị hại và thuốc hỗ trợ theo từng thôn như sau:

""" + _PEST_TABLE + """

III. TỔ CHỨC THỰC HIỆN

Trưởng các thôn nhận thuốc và cấp cho các hộ trước ngày 20/3/2036.
"""

_WORKS = """HỘI ĐỒNG NHÂN DÂN XÃ AN PHÚ
Số: 09/NQ-HĐND
An Phú, ngày 15 tháng 7 năm 2036
NGHỊ QUYẾT
Về điều chỉnh kế hoạch đầu tư công năm 2036

HỘI ĐỒNG NHÂN DÂN XÃ AN PHÚ

QUYẾT NGHỊ:

Điều 1. Điều chỉnh kế hoạch đầu tư công năm 2036 như sau:

1. Chi đầu tư phát triển năm 2036: 9.900 triệu đồng.

2. Các công trình được bố trí vốn:

Đơn vị tính: triệu đồng

| TT | Danh mục công trình | Tổng mức đầu tư | Vốn phân bổ năm 2036 | Ghi chú |
| --- | --- | --- | --- | --- |
| **I** | **Công trình chuyển tiếp** | | **6.300** | |
| 1 | Xây dựng 06 phòng học Trường Mầm non An Phú | 7.200 | 4.100 | Giảm 300 triệu đồng so với dự kiến |
| 2 | Bê tông hóa đường nội đồng (dài 3,5 km) | 3.600 | 2.200 | |
| **II** | **Công trình khởi công mới** | | **3.600** | |
| 1 | Nhà văn hóa thôn Phú Lợi | 5.100 | 3.600 | |
| | **Tổng cộng** | **15.900** | **9.900** | |

Điều 2. Ủy ban nhân dân xã triển khai Nghị quyết này.
"""


def _targets(text):
    return extract(text).targets


def test_expected_harm_column_is_a_forecast_and_the_support_beside_it_is_read():
    got = _targets(_PEST)
    units = sorted((t.min, t.unit) for t in got)
    assert (90, "ha") not in units and (45, "ha") not in units and (205, "ha") not in units  # the harm foreseen: no plan sets it
    assert (120, "lít") in units and (95, "lít") in units and (60, "lít") in units
    assert (46, "kg") in units and (27, "kg") in units
    assert (275, "lít") in units and (103, "kg") in units  # the totals, stated nowhere else
    assert (400, "ha") in units  # each thôn's share of the 900 ha the aims state


def test_whole_told_in_the_situation_part_splits_no_set_figure():
    got = _targets(_SITUATION)
    assert not [t for t in got if t.span and "|" in t.text]


def test_works_table_of_a_resolution_reads_each_work_capital():
    got = _targets(_WORKS)
    table = sorted((t.min, t.unit) for t in got if t.span and "|" in t.text)
    assert (7200, "triệu đồng") in table and (4100, "triệu đồng") in table
    assert (3600, "triệu đồng") in table and (2200, "triệu đồng") in table and (5100, "triệu đồng") in table
    assert (15900, "triệu đồng") in table  # the total investment, stated nowhere else
    assert (9900, "triệu đồng") not in table  # the year's capital, stated in Điều 1: counted there
    assert (6300, "triệu đồng") not in table  # a part's subtotal
    assert not [t for t in got if t.unit and ("phòng" in t.unit or t.unit == "km")]  # parts of the works' names
    assert not [t for t in got if t.min == 300]  # the note's change, no figure set


_CLUBS = """HỘI NÔNG DÂN XÃ AN PHÚ
Số: 07/KH-HND
An Phú, ngày 05 tháng 01 năm 2036
KẾ HOẠCH
Phong trào nông dân sản xuất, kinh doanh giỏi năm 2036

I. CHỈ TIÊU CHUNG

Toàn xã có ít nhất 60% hộ hội viên đăng ký thi đua.

II. CHỈ TIÊU GIAO CÁC CHI HỘI

| STT | Chi hội | Số hội viên | Số hộ phấn đấu đạt "Sản xuất, kinh doanh giỏi" | Số tổ hợp tác phấn đấu thành lập mới |
|---|---|---|---|---|
| 1 | Chi hội thôn Phú Mỹ | 210 | 95 | 2 |
| 2 | Chi hội thôn Phú Lợi | 180 | 82 | 1 |
| 3 | Chi hội thôn Phú Hòa | 150 | 61 | 1 |
| | **Cộng** | **540** | **238** | **4** |

III. TỔ CHỨC THỰC HIỆN

Các chi hội báo cáo kết quả về Hội Nông dân xã trước ngày 15/12/2036.
"""

_GIFTS = _HEAD.format(title="Thăm hỏi, tặng quà người cao tuổi dịp Tết năm 2036") + """I. MỤC ĐÍCH

Thể hiện sự quan tâm của địa phương đối với người cao tuổi.

II. QUÀ TẶNG

| STT | Đối tượng | Số suất quà | Mức quà tặng (đồng/suất) | Thành tiền (đồng) |
| --- | --- | --- | --- | --- |
| 1 | Người cao tuổi cô đơn | 12 | 700.000 | 8.400.000 |
| 2 | Người cao tuổi thuộc hộ nghèo | 33 | 400.000 | 13.200.000 |
| | **Tổng cộng** | **45** | | **21.600.000** |

III. TỔ CHỨC THỰC HIỆN

Các thôn lập danh sách gửi UBND xã trước ngày 10/01/2036.
"""


def test_count_the_unit_strives_for_is_its_quota_counted_in_its_noun():
    got = _targets(_CLUBS)
    table = sorted((t.min, t.unit) for t in got)
    assert (95, "hộ") in table and (82, "hộ") in table and (61, "hộ") in table
    assert (2, "tổ hợp tác") in table
    assert (210, "hội viên") not in table  # the members each chi hội has: the base


def test_gift_table_total_count_is_a_target_its_money_is_not():
    got = _targets(_GIFTS)
    table = sorted((t.min, t.unit) for t in got)
    assert (12, "suất") in table and (33, "suất") in table
    assert (45, "suất") in table  # the plan's whole number of gifts, stated nowhere else
    assert not [t for t in got if t.min in (8400000, 13200000, 21600000)]  # the cost, no target
