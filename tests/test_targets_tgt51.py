"""Targets of the kinds tune50 (spent twin) and authored49 read wrongly (tgt51, session 51).

* A table per unit under a situation part ("II. ĐẶC ĐIỂM TÌNH HÌNH … phân bố như sau:" over "Thôn | Rừng tự nhiên (ha) |
  Rừng trồng (ha) | Tổng (ha)"): how things stand, no quota (a36-06, t36-06, a43-01, a47-02, t50-03 label none).
* "24/24 giờ" in a duty roster's cell whose column head names the watch ("Thời gian trực"): the watch kept round the
  clock, no target, as "trực 24/24 giờ" in a sentence (68 places unlabelled in the sets, 3 labelled).
* A rounds table whose set column ("Chỉ tiêu (đơn vị máu)") is followed by the bodies that rally each round ("Đơn vị
  vận động"): each round's quota a target (a37-09, t37-09, t43-07, t50-07).
* A table of the gift each group gets, with the level that hands it ("Đối tượng | Mức quà (đồng/suất) | Cấp thực
  hiện"): each group's level a target (t37-01, t44-10, t45-03, t49-02, t50-04; a45-03 and a49-02 alone leave it).
* Beside those levels, a "Thành tiền (đồng)" column that is count × level row by row: the cost, no target.
* A rounds table's "Số công dân dự kiến": the people each round expects, no target (t50-05, with a38-02's households).
* The population a share is of, in brackets after it ("(dân số toàn xã 20.860 người)"): no target.
* A cap on what each unit may put forward ("mỗi xã, thị trấn đề xuất không quá 03 dự án khởi công mới"): a target, as
  "mỗi xã, phường đề nghị không quá 02 tập thể" (t28-08, t28-10, t32-02, a32-02); projects counted in "dự án".

Each text is written for these tests in the style of a xã's or huyện's plans (other places, figures and wording than
the labelled documents); the values follow ``../shared/realdocs/labeled/README.md`` (an exact figure: min = max).
"""

from __future__ import annotations

from vanban.extract import extract

_TAIL = "\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Thành\n"


def _doc(title: str, body: str, kind: str = "KẾ HOẠCH", number: str = "58/KH-UBND") -> str:
    return ("ỦY BAN NHÂN DÂN HUYỆN ĐĂK GLONG\nỦY BAN NHÂN DÂN XÃ QUẢNG HÒA\n"
            f"Số: {number}\nQuảng Hòa, ngày 09 tháng 11 năm 2036\n\n{kind}\n{title}\n\n{body}" + _TAIL)


def _t(title: str, body: str, **kw) -> list[tuple]:
    return [(t.min, t.max, t.unit) for t in extract(_doc(title, body, **kw)).targets]


# --- a table per unit in a situation part ------------------------------------------------------------------------------

_SITUATION = """**I. MỤC ĐÍCH, YÊU CẦU**

- Chủ động phòng ngừa, phát hiện sớm các vụ cháy rừng.

**II. TÌNH HÌNH RỪNG TRÊN ĐỊA BÀN XÃ**

Toàn xã hiện có 2.154,3 ha rừng, phân bố như sau:

| STT | Thôn | Rừng tự nhiên (ha) | Rừng trồng (ha) | Tổng (ha) |
|---|---|---|---|---|
| 1 | Thôn 2 | 612,4 | 95,1 | 707,5 |
| 2 | Bon Ja Ráh | 1.204,6 | 46,2 | 1.250,8 |
| 3 | Thôn 5 | 140,2 | 55,8 | 196,0 |
| | **Tổng cộng** | **1.957,2** | **197,1** | **2.154,3** |

**III. MỤC TIÊU**

- Diện tích rừng bị thiệt hại do cháy (nếu xảy ra) không quá 1,5 ha trong cả mùa khô.
"""


def test_a_table_per_unit_under_a_situation_part_sets_nothing():
    got = _t("Phòng cháy, chữa cháy rừng mùa khô 2036 - 2037", _SITUATION)
    assert (None, 1.5, "ha") in got
    for fig in (612.4, 95.1, 707.5, 1204.6, 1957.2, 2154.3):
        assert (fig, fig, "ha") not in got


def test_the_same_table_under_the_aims_is_read():
    body = _SITUATION.replace("**II. TÌNH HÌNH RỪNG TRÊN ĐỊA BÀN XÃ**", "**II. CHỈ TIÊU TRỒNG RỪNG GIAO CÁC THÔN**") \
        .replace("Toàn xã hiện có 2.154,3 ha rừng, phân bố như sau:", "Giao chỉ tiêu trồng rừng năm 2037 cho các thôn như sau:")
    got = _t("Trồng rừng năm 2037", body)
    assert (612.4, 612.4, "ha") in got and (55.8, 55.8, "ha") in got


# --- a duty roster's "24/24 giờ" ---------------------------------------------------------------------------------------

def test_round_the_clock_in_a_watch_column_is_no_target():
    body = """**I. CHỈ TIÊU**

- 100% vụ cháy được phát hiện và xử lý trong vòng 03 giờ.

**II. TỔ CHỨC TRỰC**

Tổ chức trực từ ngày 01/12/2036 đến ngày 30/4/2037, lịch trực như sau:

| Bộ phận trực | Thời gian trực | Địa điểm |
|---|---|---|
| Ban Chỉ huy Quân sự xã | 24/24 giờ, luân phiên theo ngày | Trụ sở UBND xã |
| Tổ bảo vệ rừng các thôn | Từ 09 giờ đến 18 giờ hằng ngày; 24/24 giờ khi cấp dự báo cấp IV | Chòi canh Bon Ja Ráh |
"""
    got = _t("Phòng cháy, chữa cháy rừng mùa khô 2036 - 2037", body)
    assert (None, 3.0, "giờ") in got
    assert not [g for g in got if g[0] == 24.0]


# --- a rounds table with the bodies that rally each round ----------------------------------------------------------------

def test_each_rounds_quota_is_read_beside_the_bodies_column():
    body = """**I. CHỈ TIÊU**

- Phấn đấu tiếp nhận ít nhất 300 đơn vị máu trong năm 2037.

**II. THỜI GIAN, ĐỊA ĐIỂM CÁC ĐỢT HIẾN MÁU**

| STT | Đợt hiến máu | Thời gian | Địa điểm | Chỉ tiêu (đơn vị máu) | Đơn vị vận động |
|---|---|---|---|---|---|
| 1 | Đợt 1 (Tháng Giêng) | Chủ nhật, ngày 22/02/2037 | Hội trường UBND xã | 110 | Đoàn Thanh niên xã; thôn 1, thôn 2 |
| 2 | Đợt 2 (Hè) | Chủ nhật, ngày 05/7/2037 | Trường THCS Quảng Hòa | 95 | Hội Liên hiệp Phụ nữ xã |
| 3 | Đợt 3 (Cuối năm) | Chủ nhật, ngày 15/11/2037 | Hội trường UBND xã | 95 | Hội Chữ thập đỏ xã; Công an xã |
| | **Tổng cộng** | | | **300** | |
"""
    got = _t("Vận động hiến máu tình nguyện năm 2037", body)
    assert (110.0, 110.0, "đơn vị máu") in got
    assert got.count((95.0, 95.0, "đơn vị máu")) == 2


# --- a gift level per group, and the cost beside it ----------------------------------------------------------------------

def test_each_groups_gift_level_is_read_beside_the_level_that_hands_it():
    body = """**I. MỨC QUÀ TẶNG**

Ủy ban nhân dân huyện tặng quà các đối tượng theo mức sau:

| Đối tượng | Mức quà (đồng/suất) | Cấp thực hiện |
|---|---|---|
| Bà mẹ Việt Nam anh hùng còn sống | 1.500.000 | Lãnh đạo huyện trực tiếp thăm, tặng |
| Thương binh, bệnh binh đang hưởng trợ cấp hằng tháng | 600.000 | UBND huyện, UBND các xã |
| Hộ nghèo, người cao tuổi cô đơn | 350.000 | UBND các xã |
"""
    got = _t("Tổ chức thăm, tặng quà Tết Nguyên đán Đinh Tỵ năm 2037", body)
    for fig in (1_500_000.0, 600_000.0, 350_000.0):
        assert (fig, fig, "đồng/suất") in got


def test_a_gift_tables_cost_column_is_no_target():
    body = """**II. MỨC QUÀ MỪNG THỌ**

| STT | Độ tuổi | Số người (dự kiến) | Mức quà (đồng/người) | Thành tiền (đồng) |
|---|---|---|---|---|
| 1 | 70, 75 | 180 | 400.000 | 72.000.000 |
| 2 | 80, 85 | 95 | 600.000 | 57.000.000 |
| 3 | 90 trở lên | 22 | 1.000.000 | 22.000.000 |
| | **Tổng cộng** | **297** | | **151.000.000** |
"""
    got = _t("Tổ chức mừng thọ người cao tuổi năm 2037", body)
    for fig in (400_000.0, 600_000.0, 1_000_000.0):
        assert (fig, fig, "đồng/người") in got
    for fig in (72_000_000.0, 57_000_000.0, 22_000_000.0, 151_000_000.0):
        assert not [g for g in got if g[0] == fig]


# --- the people a round expects ------------------------------------------------------------------------------------------

def test_a_rounds_expected_citizens_are_no_target():
    body = """**I. CHỈ TIÊU**

- Tỷ lệ công dân đủ tuổi được cấp thẻ Căn cước đạt ít nhất 97%.

**II. LỊCH CẤP LƯU ĐỘNG**

| Đợt | Thời gian | Địa điểm | Thôn | Số công dân dự kiến |
|---|---|---|---|---|
| 1 | 06/10 - 09/10/2036 | Nhà văn hóa thôn 2 | Thôn 1, 2 | 310 |
| 2 | 20/10 - 23/10/2036 | Nhà văn hóa thôn 5 | Thôn 3, 4, 5 | 285 |
| | **Tổng** | | | **595** |
"""
    got = _t("Cấp thẻ Căn cước lưu động năm 2036", body, number="71/KH-CAX")
    assert (97.0, None, "%") in got
    for fig in (310.0, 285.0, 595.0):
        assert not [g for g in got if g[0] == fig]


# --- the population a share is of ---------------------------------------------------------------------------------------

def test_the_population_in_brackets_after_a_share_is_no_target():
    body = """**I. CHỈ TIÊU**

- Tỷ lệ người tham gia hiến máu đạt từ 1,8% dân số trở lên (dân số toàn xã 14.320 người).
"""
    got = _t("Vận động hiến máu tình nguyện năm 2037", body)
    assert (1.8, None, "%") in got
    assert (14320.0, 14320.0, "người") not in got


# --- a cap on what each unit may put forward ----------------------------------------------------------------------------

def test_a_cap_on_what_each_unit_proposes_is_a_target():
    body = """Ủy ban nhân dân huyện đề nghị Ủy ban nhân dân các xã, thị trấn thực hiện một số nội dung sau:

**1. Đề xuất danh mục công trình năm 2037**

a) Ưu tiên bố trí vốn cho các công trình chuyển tiếp;

b) Dự án khởi công mới phải có trong kế hoạch đầu tư công trung hạn; mỗi xã, thị trấn đề xuất không quá 02 dự án khởi công mới;
"""
    got = _t("V/v xây dựng kế hoạch đầu tư công năm 2037", body, kind="CÔNG VĂN", number="1874/UBND-TCKH")
    assert (None, 2.0, "dự án") in got


# --- the nouns counted: units of blood -----------------------------------------------------------------------------------

def test_units_of_blood_are_counted_whole():
    body = """**I. CHỈ TIÊU**

- Phấn đấu tiếp nhận ít nhất 380 đơn vị máu trong năm 2037.

- 100% đơn vị, trường học trên địa bàn tham gia vận động.
"""
    got = _t("Vận động hiến máu tình nguyện năm 2037", body, number="05/KH-BCĐ")
    assert (380.0, None, "đơn vị máu") in got
    assert (100.0, 100.0, "%") in got
