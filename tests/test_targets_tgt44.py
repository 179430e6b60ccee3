"""(tgt44) Kinds of targets read from the misses of authored42 (spent), each in other words of the same kind: a range
whose lower figure stands bare before the upper bound's unit; a planned count whose head lists two verbs; a column of
what the plan deploys in a table printed under a part on the situation."""

from __future__ import annotations

from vanban.extract import extract

_HEAD = """ỦY BAN NHÂN DÂN XÃ TÂN LẬP
Số: 37/KH-UBND
Tân Lập, ngày 12 tháng 3 năm 2034
KẾ HOẠCH
{title}

"""


def _targets(text):
    return [(t.min, t.max, t.unit) for t in extract(text).targets]


_CONTEST = _HEAD.format(title="Hội thi tuyên truyền viên giỏi năm 2034") + """I. ĐỐI TƯỢNG DỰ THI

1. Mỗi chi hội cử ít nhất 02, tối đa 04 hội viên dự thi.

2. Mỗi phần thi kéo dài tối thiểu 05 và không quá 10 phút.

II. TỔ CHỨC THỰC HIỆN

Các chi hội gửi danh sách về UBND xã trước ngày 15/4/2034.
"""


def test_bare_lower_figure_shares_the_upper_bound_unit():
    """"ít nhất 02, tối đa 04 hội viên": the floor's figure stands bare and the unit is printed once, after the ceiling
    (as "từ 1 đến 4‰" prints it once): one range, not the ceiling alone."""
    got = _targets(_CONTEST)
    assert (2, 4, "hội viên") in got
    assert (5, 10, "phút") in got
    assert (None, 4, "hội viên") not in got and (None, 10, "phút") not in got


_GRAVES = _HEAD.format(title="Quy tập mộ phục vụ dự án khu dân cư mới") + """I. MỤC ĐÍCH

Giải phóng mặt bằng đúng tiến độ dự án.

II. KẾ HOẠCH THEO KHU

| TT | Khu mộ | Diện tích (m²) | Số mộ phải cất bốc, quy tập | Thời gian |
|---|---|---|---|---|
| 1 | Khu Gò Đình | 1.200 | 74 | Quý II/2034 |
| 2 | Khu Bãi Sậy | 860 | 41 | Quý III/2034 |
| 3 | Khu Đồng Lầy | 530 | 23 | Quý IV/2034 |

III. TỔ CHỨC THỰC HIỆN

Các thôn phối hợp thông báo tới các gia đình có mộ.
"""


def test_planned_count_head_listing_two_verbs():
    """"Số mộ phải cất bốc, quy tập": one count of what the plan does, its verbs listed with a comma; each row's cell is
    a target counted in "mộ", as under "Số mộ phải di dời"."""
    got = _targets(_GRAVES)
    for v in (74, 41, 23):
        assert (v, v, "mộ") in got
    assert not [t for t in got if t[0] in (1200, 860, 530)]


_FLOOD = _HEAD.format(title="Ứng phó ngập úng mùa mưa năm 2034") + """I. TÌNH HÌNH VÀ MỤC TIÊU

1. Tình hình

Mùa mưa năm 2034 dự báo có nhiều đợt mưa lớn, các khu vực trũng có nguy cơ ngập như sau:

| TT | Khu phố | Diện tích có nguy cơ ngập (ha) | Số hộ có nguy cơ bị ảnh hưởng | Lực lượng huy động (người) |
|---|---|---|---|---|
| 1 | Khu phố 1 | 35 | 120 | 25 |
| 2 | Khu phố 2 | 28 | 95 | 20 |
| 3 | Khu phố 3 | 41 | 150 | 30 |
| | **Cộng** | **104** | **365** | **75** |

2. Mục tiêu

Không để xảy ra thiệt hại về người.

II. TỔ CHỨC THỰC HIỆN

Các khu phố rà soát phương án trước ngày 30/4/2034.
"""


def test_deployed_column_read_under_a_situation_part():
    """Under "1. Tình hình" the areas and households at risk are where things stand, no target; the column "Lực lượng
    huy động (người)" is what the plan puts in place per khu phố (nothing reached says "huy động" without "đã"), each
    cell read, its total too where the text gives it nowhere."""
    got = _targets(_FLOOD)
    for v in (25, 20, 30, 75):
        assert (v, v, "người") in got
    assert not [t for t in got if t[0] in (35, 28, 41, 104, 120, 95, 150, 365)]


_LITERACY = _HEAD.format(title="Phổ cập giáo dục, xóa mù chữ năm 2034") + """I. CHỈ TIÊU

1. Tỷ lệ người trong độ tuổi 15 - 45 đạt chuẩn biết chữ mức độ 1 từ 98% trở lên.

2. Vận động 100% phụ nữ trong độ tuổi 15 – 49 tham gia các lớp học tập cộng đồng.

3. Thanh niên có độ tuổi không quá 25 tuổi được ưu tiên tham gia lớp học nghề.

II. TỔ CHỨC THỰC HIỆN

Các thôn lập danh sách người mù chữ trước ngày 30/4/2034.
"""


def test_age_band_after_do_tuoi_is_the_scope():
    """"người trong độ tuổi 15 - 45 …": the band names whom the rate counts, no target of its own (the rate after it is
    the target); a bound word before the age ("độ tuổi không quá 25 tuổi") keeps it a rule's bound."""
    got = _targets(_LITERACY)
    assert (98, None, "%") in got and (100, 100, "%") in got
    assert not [t for t in got if t[0] == 15 or t[1] in (45, 49)]


def test_members_of_doan_and_hoi_are_one_kind_of_people():
    """"ít nhất 08 đoàn viên, hội viên": the members of the Đoàn and the Hội, one usual group, the printed list its
    unit (as "cán bộ, công chức" is), not "người"."""
    got = _targets(_HEAD.format(title="Ra quân vệ sinh môi trường") + "I. NỘI DUNG\n\nMỗi chi hội cử ít nhất 08 "
                   "đoàn viên, hội viên tham gia mỗi đợt ra quân.\n")
    assert (8, None, "đoàn viên, hội viên") in got
