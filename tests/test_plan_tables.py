"""Tables of figures per row that are neither task tables nor quota tables, and which of their columns the plan sets
(tgt42c: vanban/structure/plan_tables.py, vanban/extract/plan_cells.py).

Kinds: a column named as set ("Kế hoạch … năm 2031", "Chỉ tiêu …") beside the base (a count taken on a day, the year
before), its total row read where the text states it nowhere else; a floor ("Giá khởi điểm" of an auction) read as
a minimum beside the rows' own measures; columns with no such word whose rows add up to a figure the text states with
its unit, under a caption that splits by unit or a lead that states that figure (each row's share of it), a list of
costs under neither left alone, the row-total column "Tổng" taking the noun the text counts, its parts left; a
column of what each row holds adding up to a figure the text gives as where things stand, not read; a task table
with a body in charge, left to its readers. The documents are written for these tests; the expected values are what a
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
