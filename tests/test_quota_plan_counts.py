"""Quota tables whose kinds are counts of what the plan does, a rate beside counts of the present, and a quota per
post with columns of words after it (tgt33c).

Kinds: a xã's plan of xóa nhà tạm handing each xóm its houses to build and to repair ("Số nhà xây mới | Số nhà sửa
chữa"), the norms "60 / 40" and the money each xóm costs beside them; a phường's plan of phân loại rác giving each tổ
dân phố its households now, those sorting by a past day ("(đến 30/4/2029)") and the rate set for the year's end, closed
by a "Cộng" row whose rate is the whole's; a Thông báo tuyển dụng listing its quota per vị trí việc làm, then two
columns of words wrapped over lines, one quota equal to the next row's number; and the legacy OCR of the phường's
table, a row's number and its last cells lost. The documents are written for these tests; the expected values are what
a careful reader takes from the tables as written.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text

_HEAD = """ỦY BAN NHÂN DÂN XÃ {place}
Số: 77/{kind}-UBND
{place_title}, ngày 12 tháng 3 năm 2029
{title}

"""

_HOUSES = _HEAD.format(place="AN PHÚ", kind="KH", place_title="An Phú", title="KẾ HOẠCH\nXóa nhà tạm năm 2029") + """I. MỤC TIÊU

Hỗ trợ 12 hộ có nhà ở an toàn trong năm 2029.

II. PHÂN BỔ THEO XÓM


STT

Xóm

Số nhà xây mới

Số nhà sửa chữa

Mức hỗ trợ (triệu đồng/nhà) xây mới / sửa chữa

Kinh phí hỗ trợ (triệu đồng)

Nguồn vốn


1

Xóm Đồng Tâm

3

2

60 / 40

260

NS tỉnh


2

Xóm Bãi Sậy

4

3

60 / 40

360

NS xã, xã hội hóa


Tổng cộng

7

5

620


III. TỔ CHỨC THỰC HIỆN

Các xóm rà soát, bình xét công khai.
"""


def _quota_rows(text):
    return [[[c.text for c in r] for r in t.rows] for t in structure_of_text(text).tables if t.role == "quota"]


def test_counts_of_houses_to_build_and_repair_are_kinds_and_a_pair_of_norms_one_cell():
    (rows,) = _quota_rows(_HOUSES)
    assert rows[1][:7] == ["1", "Xóm Đồng Tâm", "3", "2", "60 / 40", "260", "NS tỉnh"]
    assert rows[2][2:6] == ["4", "3", "60 / 40", "360"]


def test_each_xoms_houses_are_targets_counted_in_houses_and_the_money_is_none():
    got = [(x.min, x.max, x.unit) for x in extract(_HOUSES).targets if x.scope and x.scope.startswith("Xóm")]
    assert sorted(got) == sorted([(3, 3, "nhà"), (2, 2, "nhà"), (4, 4, "nhà"), (3, 3, "nhà")])
    assert not any(x.unit == "triệu đồng" and x.min in (260, 360) for x in extract(_HOUSES).targets)


_SORTING = _HEAD.format(place="PHƯỜNG BẮC SƠN", kind="KH", place_title="Bắc Sơn",
                        title="KẾ HOẠCH\nPhân loại rác tại nguồn năm 2029") + """II. CHỈ TIÊU

Chỉ tiêu của từng tổ dân phố như sau:


TT

Tổ dân phố

Số hộ

Số hộ đã phân loại (đến 30/4/2029)

Tỷ lệ hộ phân loại đến 31/12/2029 (%)


1

Tổ dân phố số 1

400

300

90


2

Tổ dân phố số 2

600

240

80


Cộng

1.000

540

84


III. NHIỆM VỤ

Các tổ dân phố tuyên truyền đến từng hộ.
"""


def test_a_rate_set_beside_counts_of_the_present_is_the_quota_and_the_total_rows_rate_the_wholes():
    got = {(x.min, x.max, x.unit) for x in extract(_SORTING).targets}
    assert {(90, 90, "%"), (80, 80, "%"), (84, 84, "%")} <= got
    assert not any(x.min in (400, 600, 300, 240, 1000, 540) for x in extract(_SORTING).targets)


def test_a_total_rate_outside_the_units_rates_is_not_read():
    text = _SORTING.replace("\n84\n", "\n48\n")
    assert not any(x.min == 48 for x in extract(text).targets)


_LEGACY = _SORTING.replace("\n\n", "\n").replace("1\nTổ dân phố số 1", "Tổ dân phố số 1", 1) \
    .replace("600\n240\n80\n", "600\n")


def test_a_legacy_row_short_of_its_last_cells_does_not_take_the_next_units_name_as_its_words():
    (rows,) = _quota_rows(_LEGACY.replace("Cộng\n", "Tổ dân phố số 3\n500\n450\n95\nCộng\n"))
    names = [r[1] for r in rows[1:]]
    assert "Tổ dân phố số 3" in names
    assert [r[2:5] for r in rows[1:] if r[1] == "Tổ dân phố số 3"] == [["500", "450", "95"]]


_POSTS = _HEAD.format(place="TỈNH HÀ NAM", kind="TB", place_title="Hà Nam",
                      title="THÔNG BÁO\nTuyển dụng công chức năm 2029") + """I. CHỈ TIÊU TUYỂN DỤNG

Tổng chỉ tiêu: 21 chỉ tiêu, cụ thể như sau:


TT

Vị trí việc làm

Số chỉ tiêu

Trình độ, chuyên ngành

Nơi làm việc


1

Chuyên viên kế hoạch - đầu tư

2

Đại học trở lên, chuyên ngành Kinh tế,
Tài chính

Phòng Kinh tế các xã


2

Chuyên viên địa chính

3

Đại học trở lên, chuyên ngành Quản lý
đất đai

Văn phòng HĐND và UBND các xã


3

Chuyên viên văn thư

16

Cao đẳng trở lên

Sở Nội vụ; các xã, phường


II. ĐIỀU KIỆN ĐĂNG KÝ DỰ TUYỂN

Người đăng ký có đủ điều kiện theo quy định.
"""


def test_each_posts_quota_is_read_though_one_equals_the_next_rows_number_and_words_follow():
    (rows,) = _quota_rows(_POSTS)
    assert [(r[0], r[1], r[2]) for r in rows[1:]] == [
        ("1", "Chuyên viên kế hoạch - đầu tư", "2"), ("2", "Chuyên viên địa chính", "3"),
        ("3", "Chuyên viên văn thư", "16")]
    got = sorted((x.min, x.unit) for x in extract(_POSTS).targets if x.unit == "chỉ tiêu" and x.scope
                 and x.scope.startswith("Chuyên viên"))
    assert got == [(2, "chỉ tiêu"), (3, "chỉ tiêu"), (16, "chỉ tiêu")]
