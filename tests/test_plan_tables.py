"""Tables of figures per row that are neither task tables nor quota tables, and which of their columns the plan sets
(tgt42c: vanban/structure/plan_tables.py, vanban/extract/plan_cells.py).

Kinds: a column named as set ("Kế hoạch … năm 2031", "Chỉ tiêu …") beside the base (a count taken on a day, the year
before), its total row read where the text states it nowhere else; a floor ("Giá khởi điểm" of an auction) read as
a minimum beside the rows' own measures; columns with no such word whose rows add up to a figure the text states with
its unit, under a caption that splits by unit or a lead that states that figure (each row's share of it), a list of
costs under neither left alone, the row-total column "Tổng" taking the noun the text counts, its parts left; a
column of what each row holds adding up to a figure the text gives as where things stand, not read; a task table
with a body in charge, left to its readers; (tgt43a) the columns beside one that adds up to a stated figure, read in
their heads' units with their total rows, heads naming no unit left; the rent worked out at a starting price, no
floor. The documents are written for these tests; the expected values are what a
careful reader takes from the tables as written.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text
from vanban.structure.plan_tables import PLAN

_HEAD = """ỦY BAN NHÂN DÂN XÃ HÒA BÌNH
Số: 21/KH-UBND
Hòa Bình, ngày 10 tháng 02 năm 2031
KẾ HOẠCH
{title}

"""

_SHOPS = _HEAD.format(title="Phát triển làng nghề năm 2031") + """I. MỤC TIÊU

Nâng cao thu nhập của các cơ sở làng nghề trên địa bàn xã.

II. CÁC CƠ SỞ VÀ KẾ HOẠCH NĂM 2031

| STT | Tên cơ sở | Mặt hàng | Số lao động (30/11/2030) | Giá trị sản xuất năm 2030 (triệu đồng) | Kế hoạch giá trị sản xuất năm 2031 (triệu đồng) | Ghi chú |
|---|---|---|---|---|---|---|
| 1 | Cơ sở mây tre Hòa Lạc | Mây tre đan | 41 | 1.820 | 2.050 | Mở rộng xưởng |
| 2 | Cơ sở gốm Đồng Quê | Gốm mỹ nghệ | 27 | 1.340 | 1.600 | |
| 3 | Cơ sở dệt Bản Mới | Thổ cẩm | 18 | 760 | 900 | Thêm khung dệt |
| | **Tổng** | | **86** | **3.920** | **4.550** | |

III. TỔ CHỨC THỰC HIỆN

Các cơ sở xây dựng phương án sản xuất, báo cáo UBND xã trước ngày 15/3/2031.
"""

_PLOTS = _HEAD.format(title="Cho thuê mặt bằng chợ năm 2031") + """I. DANH SÁCH KI-ỐT

| TT | Dãy ki-ốt | Số ki-ốt | Diện tích mỗi ki-ốt (m²) | Ngành hàng | Giá khởi điểm (đồng/ki-ốt/tháng) |
|---|---|---|---|---|---|
| 1 | Dãy A | 12 | 9 | Tạp hóa | 850.000 |
| 2 | Dãy B | 8 | 12 | Quần áo | 1.100.000 |
| 3 | Dãy C | 10 | 6 | Rau quả | 500.000 |

II. TỔ CHỨC THỰC HIỆN

Ban Quản lý chợ niêm yết danh sách ki-ốt tại chợ.
"""

_SPLIT = _HEAD.format(title="Trồng rừng và chăm sóc rừng năm 2031") + """I. CHỈ TIÊU

1. Toàn xã trồng mới 48,5 ha rừng tập trung, huy động 1.240 ngày công.

2. Tập huấn kỹ thuật trồng, chăm sóc rừng cho người dân.

II. PHÂN CHIA THEO THÔN

1. Diện tích trồng mới và ngày công theo thôn

| TT | Thôn | Lô rừng | Diện tích trồng mới (ha) | Ngày công |
|---|---|---|---|---|
| 1 | Thôn Nà Phặc | Khoảnh 3 | 12,0 | 300 |
| 2 | Thôn Khau Vai | Khoảnh 7 | 20,5 | 520 |
| 3 | Thôn Cốc Xả | Khoảnh 9 | 16,0 | 420 |
| | **Cộng** | | **48,5** | **1.240** |

2. Số người dự tập huấn: tổng cộng 90 lượt người, cụ thể như sau:

| TT | Thôn | Nam | Nữ | Tổng |
|---|---|---|---|---|
| 1 | Thôn Nà Phặc | 18 | 12 | 30 |
| 2 | Thôn Khau Vai | 20 | 15 | 35 |
| 3 | Thôn Cốc Xả | 14 | 11 | 25 |

III. TỔ CHỨC THỰC HIỆN

Các thôn tổ chức trồng rừng trong tháng 3/2031.
"""

_STOCK = _HEAD.format(title="Tiêm phòng cho đàn trâu, bò năm 2031") + """I. TÌNH HÌNH

Toàn xã hiện có 640 hộ nuôi với tổng đàn 2.315 con trâu, bò.

II. SỐ LIỆU THEO THÔN

| TT | Thôn | Số hộ nuôi | Tổng đàn trâu, bò (con) | Ghi chú |
|---|---|---|---|---|
| 1 | Thôn Tày | 210 | 780 | |
| 2 | Thôn Nùng | 230 | 845 | |
| 3 | Thôn Dao | 200 | 690 | |

III. TỔ CHỨC THỰC HIỆN

Thú y xã tiêm phòng cho đàn trâu, bò trong tháng 4/2031.
"""

_TASKS = _HEAD.format(title="Sửa chữa đường giao thông năm 2031") + """I. NHIỆM VỤ

| TT | Tuyến đường | Chiều dài (m) | Đơn vị chủ trì | Xong trước |
|---|---|---|---|---|
| 1 | Đường trục thôn Đông | 850 | Thôn Đông | Tháng 5/2031 |
| 2 | Đường trục thôn Tây | 620 | Thôn Tây | Tháng 6/2031 |
"""


def _targets(text):
    return [(t.min, t.max, t.unit) for t in extract(text).targets]


def test_plan_tables_are_read_by_shape():
    """A table of figures per row with columns of words among them is a table of the plan's kind; a task table with
    a body in charge is none."""
    assert [t.header[5] for t in structure_of_text(_SHOPS).tables if t.role == PLAN] == [
        "Kế hoạch giá trị sản xuất năm 2031 (triệu đồng)"]
    assert not [t for t in structure_of_text(_TASKS).tables if t.role == PLAN]


def test_set_column_beside_the_base():
    """Only the column named as set is read, the workers counted on a day and last year's value being the base; its
    total row too, which the text states nowhere else."""
    got = _targets(_SHOPS)
    for v in (2050, 1600, 900, 4550):
        assert (v, v, "triệu đồng") in got
    for v in (1820, 1340, 760, 3920, 41, 27):
        assert not [t for t in got if t[0] == v]


def test_floor_column_is_a_minimum():
    """The auction's "Giá khởi điểm" sets a floor per row (min only), in the head's unit; the rows' counts and areas are read
    by no one."""
    got = _targets(_PLOTS)
    assert (850000, None, "đồng/ki-ốt/tháng") in got
    assert (1100000, None, "đồng/ki-ốt/tháng") in got
    assert (500000, None, "đồng/ki-ốt/tháng") in got
    assert not [t for t in got if t[0] in (12, 9, 8, 6, 10)]


def test_columns_adding_up_to_a_stated_figure():
    """Under a caption that splits by thôn ("… theo thôn"), the area and labour columns add up to the figures the text
    sets (48,5 ha; 1.240 ngày công): each row's share, the total row not again; under a lead that states the whole, the trainees' "Tổng" column adds up to "90 lượt người" (counted in "lượt", as the prose grammar reads it), its parts by sex to nothing."""
    got = _targets(_SPLIT)
    for v in (12.0, 20.5, 16.0):
        assert (v, v, "ha") in got
    for v in (300, 520, 420):
        assert (v, v, "ngày công") in got
    for v in (30, 35, 25):
        assert (v, v, "lượt") in got
    assert {t[0] for t in got if t[2] == "lượt"} <= {25, 30, 35, 90}  # the parts by sex: none
    assert len([t for t in got if t[0] == 48.5]) == 1  # the text's own figure, not the total row again


def test_held_counts_are_no_split():
    """A count of what each thôn holds adds up to the figure the text gives as where things stand: not read."""
    got = _targets(_STOCK)
    assert not [t for t in got if t[0] in (780, 845, 690, 210, 230, 200)]


_COSTS = _HEAD.format(title="Sửa chữa nhà văn hóa năm 2031") + """I. MỤC TIÊU

Sửa chữa 03 nhà văn hóa thôn, tổng chiều dài tường rào xây mới 210 m.

II. DANH MỤC CÔNG TRÌNH

| TT | Công trình | Hạng mục | Tường rào (m) | Mái tôn (m²) |
|---|---|---|---|---|
| 1 | Nhà văn hóa thôn Đông | Tường rào, mái | 80 | 120 |
| 2 | Nhà văn hóa thôn Nam | Tường rào | 70 | 95 |
| 3 | Nhà văn hóa thôn Bắc | Tường rào, sân | 60 | 110 |
"""


def test_list_of_works_is_no_split():
    """A list of works ("Danh mục công trình") whose lengths add up to the plan's figure: the works' dimensions, not
    read (the labels of such lists keep the plan's whole)."""
    got = _targets(_COSTS)
    assert not [t for t in got if t[0] in (80, 70, 60, 120, 95)]


_ROADS = _HEAD.format(title="Cứng hóa đường nội đồng và chuyển đổi cây trồng năm 2031") + """I. CHỈ TIÊU

1. Cứng hóa 4.200 m đường nội đồng.

2. Chuyển đổi 86,0 ha đất lúa kém hiệu quả sang trồng cây ăn quả, rau màu.

II. PHÂN BỔ CHO CÁC THÔN

1. Cứng hóa đường nội đồng theo thôn

| TT | Thôn | Chiều dài (m) | Đá dăm (m³) | Giờ công | Nam | Nữ |
|---|---|---|---|---|---|---|
| 1 | Thôn Yên Thịnh | 1.500 | 240 | 900 | 40 | 25 |
| 2 | Thôn Yên Phú | 1.200 | 190 | 720 | 35 | 20 |
| 3 | Thôn Yên Lạc | 1.500 | 235 | 880 | 38 | 22 |
| | **Cộng** | **4.200** | **665** | **2.500** | **113** | **67** |

2. Chuyển đổi cây trồng theo thôn

| TT | Thôn | Cây ăn quả (ha) | Rau, đậu (ha) | Cộng (ha) |
| --- | --- | --- | --- | --- |
| 1 | Yên Thịnh | 20,0 | 11,5 | 31,5 |
| 2 | Yên Phú | 14,5 | 9,0 | 23,5 |
| 3 | Yên Lạc | 18,0 | 13,0 | 31,0 |
| | **Tổng** | **52,5** | **33,5** | **86,0** |

III. TỔ CHỨC THỰC HIỆN

Các thôn hoàn thành việc cứng hóa đường trong quý III/2031.
"""


def test_columns_beside_a_stated_split():
    """(tgt43a) A table under a caption that splits by thôn, one column adding up to a figure the text states
    ("4.200 m"), is the plan split by thôn: the columns
    beside the one that adds up to it are each thôn's share of the same work, in their heads' units (the bare
    "Giờ công" its own unit), their total rows read once since the text gives those sums nowhere; the parts of a
    row total by crop alike, the row total that adds up to the text's 86,0 ha not read again from the total row. Heads
    naming a group of the row's people ("Nam", "Nữ") give no unit: not read."""
    got = _targets(_ROADS)
    for v in (1500, 1200):
        assert (v, v, "m") in got
    for v in (240, 190, 235, 665):
        assert (v, v, "m³") in got
    for v in (900, 720, 880, 2500):
        assert (v, v, "giờ công") in got
    for v in (20.0, 14.5, 18.0, 52.5, 11.5, 9.0, 13.0, 33.5):
        assert (v, v, "ha") in got
    for v in (31.5, 23.5, 31.0):
        assert (v, v, "ha") in got
    assert len([t for t in got if t[0] == 86.0]) == 1  # the text's own figure, not the total row again
    assert len([t for t in got if t[0] == 4200]) == 1
    assert not [t for t in got if t[0] in (40, 35, 38, 25, 20, 22, 113, 67) and t[2] != "ha"]


_RENTS = _HEAD.format(title="Cho thuê ao hồ công ích năm 2031") + """I. DANH SÁCH AO HỒ ĐẤU GIÁ

| TT | Ao hồ | Diện tích mặt nước (m²) | Giá khởi điểm (đồng/m²/năm) | Thành tiền theo giá khởi điểm (đồng/năm) | Ghi chú |
|---|---|---|---|---|---|
| 1 | Ao Đình | 2.000 | 3.000 | 6.000.000 | |
| 2 | Hồ Cầu Gạch | 5.000 | 2.500 | 12.500.000 | Nuôi cá |
| 3 | Ao Làng Mới | 1.500 | 3.200 | 4.800.000 | |
| | **Tổng cộng** | **8.500** | | **23.300.000** | |

II. TỔ CHỨC THỰC HIỆN

Công chức Địa chính niêm yết danh sách ao hồ tại trụ sở UBND xã.
"""


def test_amount_worked_out_at_the_floor_is_no_floor():
    """(tgt43a) The starting price per pond is a floor (min only); the rent it yields, "Thành tiền theo giá khởi điểm",
    is the area times that price, no floor the plan sets: neither its rows nor its total are read."""
    got = _targets(_RENTS)
    for v in (3000, 2500, 3200):
        assert (v, None, "đồng/m²/năm") in got
    assert not [t for t in got if t[0] in (6000000, 12500000, 4800000, 23300000, 2000, 5000, 1500, 8500)]


_SPRAY = _HEAD.format(title="Vệ sinh, khử trùng môi trường chăn nuôi năm 2031") + """I. CHỈ TIÊU

Phun khử trùng 24,0 ha chuồng trại và khu vực chăn nuôi tập trung.

II. LỊCH PHUN KHỬ TRÙNG

| Đợt | Thời gian phun | Khu vực | Diện tích phun (ha) |
|---|---|---|---|
| Đợt 1 | Từ ngày 05/3 đến ngày 07/3/2031 | Khu chăn nuôi tập trung Đồng Bến | 10,0 |
| Đợt 2 | Từ ngày 10/6 đến ngày 12/6/2031 | Các thôn ven sông | 8,5 |
| Đợt 3 | Từ ngày 15/9 đến ngày 17/9/2031 | Các thôn còn lại | 5,5 |

III. TỔ CHỨC THỰC HIỆN

Thú y xã chuẩn bị hóa chất trước mỗi đợt phun.
"""


def test_column_of_rounds_adding_up_to_a_stated_figure():
    """(tgt43a) A schedule of rounds whose area column adds up to the figure the text sets (24,0 ha) splits it by
    round, as a table per thôn does by thôn: each round's share read in the head's unit."""
    got = _targets(_SPRAY)
    for v in (10.0, 8.5, 5.5):
        assert (v, v, "ha") in got


_PUMPS = _HEAD.format(title="Phòng, chống khô hạn vụ Hè Thu năm 2031") + """I. CHỈ TIÊU

Bố trí 20 máy bơm dã chiến cho các vùng cao, bảo đảm đủ nước tưới cho lúa Hè Thu.

II. HIỆN TRẠNG VÀ NHU CẦU THEO THÔN

| TT | Thôn | Diện tích lúa bị khô hạn (ha) | Số hộ thiếu nước | Máy bơm cần bố trí (máy) |
|---|---|---|---|---|
| 1 | Thôn Đông | 72 | 40 | 8 |
| 2 | Thôn Tây | 55 | 31 | 7 |
| 3 | Thôn Nam | 38 | 22 | 5 |
| | **Cộng** | **165** | **93** | **20** |

III. TỔ CHỨC THỰC HIỆN

Các thôn lắp đặt máy bơm xong trước ngày 30/5/2031.
"""


def test_need_head_names_the_plan_column():
    """A head that names its figures as needed ("Máy bơm cần bố trí (máy)") is the plan's column: its cells are read,
    and the columns beside it — the area that lacks water, the households short of it: where things stand — are not,
    though the needed column adds up to a figure the text states (the siblings of such a column are read only when no
    head names the plan)."""
    got = _targets(_PUMPS)
    for v in (8, 7, 5):
        assert (v, v, "máy") in got
    assert not [t for t in got if t[0] in (72, 55, 38, 165, 40, 31, 22, 93)]
