"""Quota tables whose heads are all bare names, and tables that break a figure of the text down by unit (tgt33b).

Kinds: a xã's plan of enrolment printing each school's quota as "TT | Trường | Số nhóm lớp | Số trẻ | Địa bàn tuyển
sinh" a cell a paragraph, two such tables one under the other, each closed by a "Cộng" row; a Đoàn xã's plan printing
each chi đoàn's quota as "TT | Chi đoàn | Chỉ tiêu kết nạp | Trong đó: nữ" as legacy OCR gives it (blank lines lost, a
row short of its last cell); a xã's plan of phòng, chống lụt bão that sets its whole in words and prints each xóm's
share under "chi tiết từng xóm như sau:". The documents are written for these tests; the expected values are what a
careful reader takes from the tables as written.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text

_HEAD = """ỦY BAN NHÂN DÂN XÃ HÒA BÌNH
Số: 41/KH-UBND
Hòa Bình, ngày 10 tháng 5 năm 2029
KẾ HOẠCH
{title}

"""

_ENROL = _HEAD.format(title="Tuyển sinh vào mầm non năm học 2029 - 2030") + """I. CHỈ TIÊU TUYỂN SINH

1. Chỉ tiêu nhà trẻ


TT

Trường

Số nhóm lớp

Số trẻ

Địa bàn tuyển sinh


1

Trường Mầm non Hoa Sen

04

100

Các xóm Đông, Tây và Nam


2

Trường Mầm non Sao Mai

03

75

Các xóm Bắc, Trung


Cộng

07

175


2. Chỉ tiêu mẫu giáo


TT

Trường

Số nhóm lớp

Số trẻ

Địa bàn tuyển sinh


1

Trường Mầm non Hoa Sen

06

180

Các xóm Đông, Tây và Nam


2

Trường Mầm non Sao Mai

05

150

Các xóm Bắc, Trung


Cộng

11

330


II. TỔ CHỨC THỰC HIỆN

Các trường công khai chỉ tiêu tại trường trước ngày 01/6/2029.
"""


def _quota_rows(text):
    return [[[c.text for c in r] for r in t.rows] for t in structure_of_text(text).tables if t.role == "quota"]


def test_a_stacked_quota_table_with_bare_count_heads_is_read_and_a_numbered_heading_ends_it():
    first, second = _quota_rows(_ENROL)
    assert first == [
        ["TT", "Trường", "Số nhóm lớp", "Số trẻ", "Địa bàn tuyển sinh"],
        ["1", "Trường Mầm non Hoa Sen", "04", "100", "Các xóm Đông, Tây và Nam"],
        ["2", "Trường Mầm non Sao Mai", "03", "75", "Các xóm Bắc, Trung"],
        ["", "Cộng", "07", "175", ""]]  # "2. Chỉ tiêu mẫu giáo" is the next item's heading, no unit
    assert second[1] == ["1", "Trường Mầm non Hoa Sen", "06", "180", "Các xóm Đông, Tây và Nam"]
    assert second[-1] == ["", "Cộng", "11", "330", ""]


def test_each_schools_counts_and_the_totals_are_targets_in_the_noun_their_heads_count():
    got = {(x.min, x.max, x.unit) for x in extract(_ENROL).targets}
    assert {(4, 4, "nhóm lớp"), (100, 100, "trẻ"), (3, 3, "nhóm lớp"), (75, 75, "trẻ"), (7, 7, "nhóm lớp"),
            (175, 175, "trẻ"), (6, 6, "nhóm lớp"), (180, 180, "trẻ"), (11, 11, "nhóm lớp"), (330, 330, "trẻ")} <= got
    assert not any(x.text.startswith("Các xóm") for x in extract(_ENROL).targets)  # the words column: no target


_CHI_DOAN = _HEAD.format(title="Phát triển đoàn viên năm 2029").replace("ỦY BAN NHÂN DÂN", "ĐOÀN TNCS HỒ CHÍ MINH") \
    + """I. CHỈ TIÊU
1. Toàn Đoàn xã phấn đấu kết nạp 20 đoàn viên mới trong năm 2029.
2. Chỉ tiêu giao cho các chi đoàn:
TT
Chi đoàn
Chỉ tiêu kết nạp
Trong đó: nữ

1

Chi đoàn xóm Đông
05
03
2
Chi đoàn xóm Tây

06

04
3
Chi đoàn Công an xã
04

4
Chi đoàn Trường THCS
05
02
Tổng cộng
20
09
III. TỔ CHỨC THỰC HIỆN
Các chi đoàn báo cáo kết quả trước ngày 15/12/2029.
"""


def test_a_legacy_quota_table_of_bare_heads_keeps_a_short_rows_figure_in_its_first_column():
    (rows,) = _quota_rows(_CHI_DOAN)
    assert rows[3] == ["3", "Chi đoàn Công an xã", "04", ""]  # no "nữ" of its own: one-digit sizes tell no column
    assert rows[-1] == ["", "Tổng cộng", "20", "09"]  # so the "nữ" column still sums to its total
    got = [(x.min, x.unit, x.scope) for x in extract(_CHI_DOAN).targets if x.scope and "Tổng cộng" in x.scope]
    assert got == [(9, "đoàn viên", "Tổng cộng: Trong đó: nữ")]  # 20 the prose sets already (the total gives way)


_FLOOD = _HEAD.format(title="Phòng, chống lụt bão năm 2029") + """I. CHỈ TIÊU SẴN SÀNG ỨNG PHÓ

1. Lực lượng tại chỗ: lực lượng ứng cứu của xã 85 người.

2. Di dời dân: dự kiến di dời 120 hộ khi có lũ lớn;
chi tiết từng xóm như sau:


TT

Xóm

Lực lượng ứng cứu (người)

Tổng số hộ

Số hộ dự kiến di dời

Địa điểm tạm cư


1

Xóm Đông

30

410

50

Trường Tiểu học Hòa Bình


2

Xóm Tây

25

380

40

Nhà văn hóa xóm Tây


3

Xóm Bãi

30

150

30

Trụ sở UBND xã


3. Hậu cần: dự trữ tối thiểu 1 tấn gạo tại kho của xã.
"""


def test_a_breakdown_tables_columns_that_sum_to_a_figure_the_text_sets_are_its_parts():
    got = [(x.text, x.min, x.unit) for x in extract(_FLOOD).targets if x.scope and x.scope.startswith("Xóm")]
    assert got == [("30", 30, "người"), ("50", 50, "hộ"), ("25", 25, "người"), ("40", 40, "hộ"),
                   ("30", 30, "người"), ("30", 30, "hộ")]  # 30 + 25 + 30 = 85 người, 50 + 40 + 30 = 120 hộ
    # "Tổng số hộ" (410, 380, 150) sums to nothing the text sets: each xóm's households, no target


def test_a_breakdown_whose_columns_sum_to_nothing_the_text_sets_gives_no_target():
    text = _FLOOD.replace("của xã 85 người", "của xã 90 người").replace("di dời 120 hộ", "di dời 125 hộ")
    assert not [x for x in extract(text).targets if x.scope and x.scope.startswith("Xóm")]


_FLOORS = _HEAD.format(title="Phòng, chống lụt bão năm 2029") + """II. NHIỆM VỤ

1. Trưởng các xóm

Kiện toàn tổ xung kích của xóm, báo cáo danh sách về UBND xã trước ngày 20/5/2029. Các xóm ven sông thực hiện theo
bảng sau:


Xóm

Tổ xung kích tối thiểu (người)

Nơi tập kết


Xóm Bến Đò

16

Nhà văn hóa xóm Bến Đò


Xóm Cồn Cát

11

Trường Mầm non Hòa Bình


III. TỔ CHỨC THỰC HIỆN

Văn phòng UBND xã theo dõi, tổng hợp.
"""


def test_a_table_of_floors_per_unit_without_row_numbers_or_a_quota_caption():
    (rows,) = _quota_rows(_FLOORS)
    assert rows[1:] == [["", "Xóm Bến Đò", "16", "Nhà văn hóa xóm Bến Đò"],  # the first name ends the header
                        ["", "Xóm Cồn Cát", "11", "Trường Mầm non Hòa Bình"]]
    got = [(x.min, x.max, x.unit) for x in extract(_FLOORS).targets if x.scope and x.scope.startswith("Xóm")]
    assert got == [(16, None, "người"), (11, None, "người")]  # "tối thiểu" in the head: each xóm's floor


_FOREST = _HEAD.format(title="Giao chỉ tiêu trồng rừng năm 2029") + """Điều 1. Giao chỉ tiêu trồng rừng năm 2029 cho các đơn vị \
tại Phụ lục kèm theo.
PHỤ LỤC
CHỈ TIÊU TRỒNG RỪNG NĂM 2029
TT
Đơn vị
Trồng rừng tập trung (ha)
Trồng cây phân tán (nghìn cây)
1
Xã Đông Sơn
1.200
150
2
Xã Tây Sơn
1.350
160
3
Ban Quản lý rừng phòng hộ Sông Mã
200
Tổng cộng
2.750
310
"""


def test_a_rows_lone_figure_goes_to_the_column_whose_total_it_makes_right():
    # the Ban's trees cell ("-") lost: by size its 200 ha would fit the trees (by the hundreds); the totals say hectares
    (rows,) = _quota_rows(_FOREST)
    assert rows[3] == ["3", "Ban Quản lý rừng phòng hộ Sông Mã", "200", ""]
    assert rows[4] == ["", "Tổng cộng", "2.750", "310"]


_PIPE_SLASH = _HEAD.format(title="Phát triển đoàn viên năm 2029") + """II. CHỈ TIÊU
Chỉ tiêu giao cho từng chi đoàn:
| TT | Chi đoàn | Chỉ tiêu kết nạp | Trong đó: Nữ | Trong đó: Dân tộc thiểu số |
|---|---|---|---|---|
| 1 | Chi đoàn xóm Đông | 4| 2/3 |
| 2 | Chi đoàn xóm Tây | 3 | 1 | 2 |
| 3 | Chi đoàn Trường THCS | 2 | 2 | 1 |
III. TỔ CHỨC THỰC HIỆN
"""


def test_a_legacy_pipe_read_as_a_slash_between_two_one_digit_figures():
    (rows,) = _quota_rows(_PIPE_SLASH)
    assert rows[1] == ["1", "Chi đoàn xóm Đông", "4", "2", "3"]


_FLOOD_LEGACY = _HEAD.format(title="Phòng, chống lụt bão năm 2029") + """I. CHỈ TIÊU SẴN SÀNG ỨNG PHÓ
1. Lực lượng tại chỗ: lực lượng ứng cứu của xã 85 người.
2. Di dời dân: dự kiến di dời 120 hộ khi có lũ lớn;
chi tiết từng xóm như sau:
TT
Xóm
Lực lượng ứng cứu (người)
Số hộ dự kiến di dời
Địa điểm tạm cư
Xóm Đông
50
Trường Tiểu học Hòa Bình
2
Xóm Tây
25
40
Nhà văn hóa xóm Tây
3
Xóm Bãi
30
30
Trụ sở UBND xã
II. NHIỆM VỤ
"""


def test_a_legacy_breakdown_whose_first_row_lost_its_number_and_a_figure():
    # row 1's "1" and its "30" người lost: the rows numbered 2 and 3 show three kinds, so "Xóm Đông" is a name, no
    # head; its lone "50" goes by size to the households; the words come before the row's figures are all there
    (rows,) = _quota_rows(_FLOOD_LEGACY)
    assert rows[1] == ["", "Xóm Đông", "", "50", "Trường Tiểu học Hòa Bình"]
    got = [(x.min, x.unit) for x in extract(_FLOOD_LEGACY).targets if x.scope and x.scope.startswith("Xóm")]
    # 50 + 40 + 30 = 120 hộ; the người column, a cell lost, holds 25 + 30 < 85: still the parts of the 85
    assert got == [(50, "hộ"), (25, "người"), (40, "hộ"), (30, "người"), (30, "hộ")]
