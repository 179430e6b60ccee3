"""Targets in tables of planned figures per row, session 46 (tgt46t).

Kinds: a need column whose head opens with its noun, no "Số" before it ("Bình cần trang bị thêm", "Thùng rác cần bổ
sung"), counted in that noun, its total read where the prose states none; a person in charge named after the post
("Thú y viên Lê Văn Hùng") that leaves a table of figures per row one (no body charged); a count of the doses or
portions a plan administers, "Số liều vắc xin dự kiến", read row by row, unlike an estimate of who or what there is
("Số hộ dự kiến", "Số hồ sơ dự kiến"); a quota set by a day to come ("Chỉ tiêu cấp thêm đến 31/12/2034") in a table of
the situation under a caption naming results, counted in the noun the text counts after the same verb, while the
year's plan and what was done beside it stay the situation's.
The documents are written for these tests in the style of the gold sets' (a44-01, a44-05, t44-08 are the forms the
work started from; the others are further forms of the same kinds); the expected values are what a careful reader
takes from them.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.kind_nouns import added_verb, needed_noun, supplied_noun
from vanban.structure.person_cells import persons_column, titled_person
from vanban.structure.plan_tables import read_plan_tables

_HEAD = """ỦY BAN NHÂN DÂN {issuer}
Số: {number}/{kind}-UBND
{place}, ngày 05 tháng 9 năm 2034
{title}

"""


def _got(doc: str, unit_start: str) -> list[tuple[float | None, float | None]]:
    return sorted((t.min, t.max) for t in extract(doc).targets if (t.unit or "").lower().startswith(unit_start))


def test_need_head_opening_with_its_noun() -> None:
    assert needed_noun("Bình cần trang bị thêm") == "bình"
    assert needed_noun("Thùng rác cần bổ sung") == "thùng rác"
    assert needed_noun("Số bình chữa cháy cần trang bị thêm") == "bình chữa cháy"  # (t44-01's form, kept)
    assert needed_noun("Diện tích cần cải tạo") is None  # a measure: its unit is the head's parentheses'
    assert needed_noun("Kinh phí cần bổ sung") is None
    assert needed_noun("Số cán bộ") is None


def test_extinguishers_needed_per_khu_pho_and_their_total() -> None:
    doc = _HEAD.format(issuer="PHƯỜNG MỸ PHƯỚC", number="88", kind="KH", place="Mỹ Phước",
                       title="KẾ HOẠCH\nPhòng cháy, chữa cháy mùa khô năm 2034 - 2035") + """I. MỤC TIÊU

Nâng cao ý thức phòng cháy, chữa cháy của nhân dân trên địa bàn phường.

II. NỘI DUNG

Trang bị bình chữa cháy tại các khu phố theo bảng sau:

| TT | Khu phố | Số hộ | Bình chữa cháy hiện có | Bình cần trang bị thêm | Ngày thực tập phương án |
|---|---|---|---|---|---|
| 1 | Khu phố 1 | 652 | 276 | 120 | 19/10/2034 |
| 2 | Khu phố 2 | 588 | 241 | 110 | 26/10/2034 |
| 3 | Khu phố 3 | 701 | 302 | 140 | 02/11/2034 |
| | **Cộng** | **1.941** | **819** | **370** | |

III. TỔ CHỨC THỰC HIỆN

Công an phường chủ trì, hướng dẫn các khu phố thực hiện.
"""
    assert _got(doc, "bình") == [(110, 110), (120, 120), (140, 140), (370, 370)]
    assert not any(t.min in (276.0, 241.0, 302.0, 652.0) for t in extract(doc).targets)  # what each has: the base


def test_bins_needed_per_to_dan_pho_without_count_word() -> None:
    doc = _HEAD.format(issuer="XÃ TÂN PHÚ", number="41", kind="KH", place="Tân Phú",
                       title="KẾ HOẠCH\nThu gom, phân loại rác thải sinh hoạt năm 2035") + """I. NỘI DUNG

1. Bổ sung thùng rác công cộng tại các thôn:

| STT | Thôn | Thùng rác hiện có | Thùng rác cần bổ sung |
|---|---|---|---|
| 1 | Thôn Đông | 12 | 8 |
| 2 | Thôn Tây | 9 | 6 |
| 3 | Thôn Trung | 15 | 4 |
| | **Tổng cộng** | **36** | **18** |

2. Tổ chức thu gom rác thải mỗi ngày một lần.
"""
    assert _got(doc, "thùng rác") == [(4, 4), (6, 6), (8, 8), (18, 18)]


def test_person_named_after_the_post() -> None:
    assert titled_person("Thú y viên Lê Văn Hùng")
    assert titled_person("Công an viên Trần Văn Nam")
    assert titled_person("Trưởng thôn Hà Văn Tư")
    assert not titled_person("Chủ tịch UBND xã Nguyễn Văn An")  # an office's name, capitals in it
    assert not titled_person("Hội Nông dân xã")
    cells = ["Thú y viên Lê Văn Hùng", "Thú y viên Đinh Thị Lan"]
    assert persons_column("nguoi phu trach", cells, titled=True)
    assert not persons_column("nguoi phu trach", cells)  # the obligation readers' default: the post is charged
    assert not persons_column("don vi thuc hien", cells, titled=True)  # a body column: a unit, surely


_DOSES = """I. MỤC TIÊU

Tiêm phòng cho đàn gia súc đạt tỷ lệ cao, không để dịch bệnh xảy ra.

II. KẾ HOẠCH TIÊM PHÒNG

| TT | Thôn | Trâu, bò (con) | Lợn (con) | {doses} | Thời gian tiêm | Người phụ trách |
|---|---|---|---|---|---|---|
| 1 | Đồng Tâm | 320 | 850 | 1.872 | 15/9 - 19/9/2034 | {who1} |
| 2 | Phú Lợi | 280 | 640 | 1.472 | 20/9 - 24/9/2034 | {who1} |
| 3 | Trung Hòa | 410 | 1.120 | 2.448 | 25/9 - 30/9/2034 | {who2} |
| | **Tổng** | **1.010** | **2.610** | **5.792** | | |

III. TỔ CHỨC THỰC HIỆN

Giao thú y viên xã tiêm phòng theo lịch tại bảng trên.
"""


def test_doses_per_thon_overseen_by_a_titled_person() -> None:
    doc = _HEAD.format(issuer="XÃ ĐỒNG TÂM", number="102", kind="KH", place="Đồng Tâm",
                       title="KẾ HOẠCH\nTiêm phòng gia súc đợt 2 năm 2034") + _DOSES.format(
        doses="Số liều vắc xin dự kiến", who1="Thú y viên Lê Văn Hùng", who2="Thú y viên Đinh Thị Lan")
    assert len(read_plan_tables(doc)) == 1
    assert _got(doc, "liều") == [(1472, 1472), (1872, 1872), (2448, 2448), (5792, 5792)]
    assert not any(t.min in (320.0, 850.0, 1010.0) for t in extract(doc).targets)  # the herd: the base


def test_portions_counted_as_a_supply_and_estimates_left() -> None:
    assert supplied_noun("Số liều vắc xin dự kiến") == "liều vắc xin"
    assert supplied_noun("Số suất ăn dự kiến") == "suất ăn"
    assert supplied_noun("Số hộ dự kiến") is None  # who is reached (a38-02)
    assert supplied_noun("Số hồ sơ dự kiến") is None  # what there is (t34-07)
    assert supplied_noun("Số người") is None


def test_estimated_households_per_round_stay_out() -> None:
    doc = _HEAD.format(issuer="PHƯỜNG AN BÌNH", number="15", kind="KH", place="An Bình",
                       title="KẾ HOẠCH\nNộp hồ sơ lưu trữ năm 2034") + """I. NỘI DUNG

Các bộ phận nộp lưu hồ sơ theo bảng dưới đây:

| STT | Bộ phận | Số hồ sơ dự kiến | Người phụ trách |
|---|---|---|---|
| 1 | Văn phòng | 520 | Nguyễn Văn Hải |
| 2 | Phòng Kinh tế | 410 | Trần Thị Hoa |
| 3 | Phòng Văn hóa - Xã hội | 330 | Lê Văn Bình |
"""
    assert not any(t.min in (520.0, 410.0, 330.0) for t in extract(doc).targets)


def test_quota_head_due_by_a_day() -> None:
    assert added_verb("Chỉ tiêu cấp thêm đến 31/12/2034") == "cấp"
    assert added_verb("Chỉ tiêu kết nạp bổ sung") == "kết nạp"
    assert added_verb("Kế hoạch năm 2034") is None
    assert added_verb("Cấp xã") is None


def test_quota_set_by_a_day_in_a_table_of_results() -> None:
    doc = _HEAD.format(issuer="HUYỆN ĐỨC PHONG", number="915", kind="CV", place="Đức Phong",
                       title="V/v đẩy nhanh tiến độ cấp Giấy chứng nhận quyền sử dụng đất năm 2034") + """Kính gửi: UBND các xã, thị trấn.

**1. Tình hình thực hiện**

Năm 2034, UBND huyện giao chỉ tiêu cấp 1.100 Giấy chứng nhận lần đầu cho hộ gia đình, cá nhân. Đến ngày 31/10/2034, toàn huyện đã cấp 754 Giấy chứng nhận, đạt 68,5% kế hoạch.

Kết quả và chỉ tiêu từng địa phương như sau:

| TT | Đơn vị | Kế hoạch năm 2034 (GCN) | Đã cấp đến 31/10/2034 | Tỷ lệ (%) | Chỉ tiêu cấp thêm đến 31/12/2034 |
|---|---|---|---|---|---|
| 1 | Thị trấn Đức Phong | 420 | 301 | 71,7 | 100 |
| 2 | Xã Phong Thạnh | 380 | 205 | 53,9 | 160 |
| 3 | Xã Phong An | 300 | 248 | 82,7 | 45 |
| | **Tổng** | **1.100** | **754** | **68,5** | **305** |

**2. Nhiệm vụ trọng tâm**

UBND các xã, thị trấn tập trung giải quyết hồ sơ tồn đọng.
"""
    assert _got(doc, "giấy chứng nhận") == [(45, 45), (100, 100), (160, 160), (305, 305)]
    got = extract(doc).targets
    assert not any(t.min in (420.0, 380.0, 301.0, 205.0) for t in got)  # the year's plan and what was issued


def test_remainder_with_no_set_word_stays_the_situation() -> None:
    # (t39-10's form: "Đã thu đến … | Còn phải thu", the remainder of a sum, under a caption of results)
    doc = _HEAD.format(issuer="XÃ ĐỨC HỢP", number="312", kind="CV", place="Đức Hợp",
                       title="V/v đôn đốc thu thuế sử dụng đất phi nông nghiệp năm 2032") + """Kính gửi: Trưởng các thôn.

**1. Kết quả thu đến 31/5/2032**

Kết quả thu theo thôn như sau:

| STT | Thôn | Đã thu đến 31/5/2032 (đồng) | Còn phải thu (đồng) |
|---|---|---|---|
| 1 | Ngọc Tỉnh | 38.900.000 | 103.700.000 |
| 2 | Duyên Yên | 30.100.000 | 91.250.000 |
| 3 | Hạ Đoạn | 27.450.000 | 77.350.000 |
"""
    assert not any(t.min in (103700000.0, 91250000.0, 38900000.0) for t in extract(doc).targets)
