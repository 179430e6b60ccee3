"""Targets in "current | planned" tables, session 47 (tgt47): the column a plan sets beside the base.

Kind: a table of figures per row printing what each row stands at and what it is to reach or add — "Camera hiện có |
Camera lắp mới năm 2035" (a45-05), "Người nghiện có hồ sơ quản lý đến 31/12/2034 (người) | Chỉ tiêu … năm 2035
(người) | Người sau cai được quản lý (người)" (a45-01), "Bình chữa cháy hiện có | Bình cần trang bị thêm" (a44-01),
"Số đảng viên hiện có | … | Chỉ tiêu kết nạp năm 2035" (a44-06), "Số hộ đã đấu nối (đến 31/12/2033) | Chỉ tiêu đấu
nối năm 2034 (hộ)" (a43-09). In all of them the authors label the planned column row by row and leave the base and,
beside a column named as set, a count of the same noun not named so. And an indicator table's rate unit printed as a
count ("Số bé trai/100 bé gái", a45-04; seven of eight labels of that rate write "bé trai/100 bé gái").
The documents are written for these tests in the style of the gold sets' (street lights, fire hydrants, a Hội's
members, beds per 10.000 people: other forms of the same kinds than those the work started from); the expected values
are what a careful reader takes from them.
"""

from __future__ import annotations

from test_targets_tgt46t import _HEAD as _HEAD46T

from vanban.extract import extract
from vanban.extract.base_heads import held_head, planned_twin

_HEAD = _HEAD46T.replace("ngày 05 tháng 9 năm 2034", "ngày 14 tháng 01 năm 2036")


def _got(doc: str, unit: str) -> list[tuple[float | None, float | None]]:
    return sorted((t.min, t.max) for t in extract(doc).targets if (t.unit or "").lower() == unit)


def test_the_base_twin_names_the_plan_column_and_its_noun() -> None:
    header = ["STT", "Thôn", "Trụ đèn hiện có", "Trụ đèn lắp mới năm 2036", "Ghi chú"]
    assert planned_twin(header, 3, 2036) == "trụ đèn"
    assert planned_twin(header, 2, 2036) is None  # the base itself
    assert planned_twin(["TT", "Tổ", "Số bể nước hiện có", "Số bể nước xây thêm"], 3) == "bể nước"
    assert planned_twin(["TT", "Tổ", "Số bể nước hiện có", "Dung tích (m³)"], 3) is None  # another measure
    assert planned_twin(["TT", "Ấp", "Cây xanh hiện có", "Cây xanh năm 2030"], 3, 2030) == "cây xanh"


def test_a_head_dated_before_another_is_the_base_unless_it_is_set() -> None:
    header = ["TT", "Chi hội", "Hội viên đến 31/12/2035 (hội viên)", "Chỉ tiêu kết nạp năm 2036 (hội viên)"]
    assert held_head(header[2], header)
    assert not held_head(header[3], header)
    twins = ["TT", "Ấp", "Chỉ tiêu năm 2035 (hộ)", "Chỉ tiêu năm 2036 (hộ)"]
    assert not held_head(twins[2], twins)  # each year's quota, both set
    rates = ["TT", "Tổ", "Số hộ thu gom (đến 30/4/2036)", "Tỷ lệ hộ thu gom đến 31/12/2036 (%)"]
    assert held_head(rates[2], rates) and not held_head(rates[3], rates)  # the rate due by the plan's last day
    assert held_head("Số trụ nước hiện có", ["Số trụ nước hiện có", "Trụ nước lắp mới"])


def test_street_lights_new_per_thon_beside_those_standing() -> None:
    doc = _HEAD.format(issuer="XÃ PHÚ XUYÊN", number="09", kind="KH", place="Phú Xuyên",
                       title="KẾ HOẠCH\nThắp sáng đường quê năm 2036") + """I. MỤC TIÊU

Đến hết năm 2036, 100% trục đường chính của các thôn có đèn chiếu sáng công cộng.

II. PHÂN BỔ CHO CÁC THÔN

| STT | Thôn | Trụ đèn hiện có | Trụ đèn lắp mới năm 2036 | Tuyến đường lắp đặt |
|---|---|---|---|---|
| 1 | Thôn Đông | 12 | 20 | Trục chính thôn Đông, đường ra đồng |
| 2 | Thôn Đoài | 0 | 15 | Đường liên thôn Đoài - Trung |
| 3 | Thôn Trung | 9 | 18 | Trục chính, cổng chợ |
| | **Cộng** | **21** | **53** | |

III. TỔ CHỨC THỰC HIỆN

Ban Quản lý dự án xã chủ trì, phối hợp Trưởng các thôn tổ chức lắp đặt, hoàn thành trước ngày 30/11/2036.
"""
    assert _got(doc, "trụ đèn") == [(15, 15), (18, 18), (20, 20), (53, 53)]  # the standing 12, 9, 21: the base


def test_quota_column_beside_a_dated_base_and_a_count_of_the_same_noun() -> None:
    doc = _HEAD.format(issuer="XÃ TÂN DÂN", number="04", kind="KH", place="Tân Dân",
                       title="KẾ HOẠCH\nPhát triển hội viên Hội Nông dân năm 2036") + """I. CHỈ TIÊU

Giao chỉ tiêu phát triển hội viên cho các chi hội như sau:

| TT | Chi hội | Hội viên đến 31/12/2035 (hội viên) | Chỉ tiêu kết nạp năm 2036 (hội viên) | Hội viên được tập huấn (hội viên) |
|---|---|---|---|---|
| 1 | Chi hội thôn 1 | 142 | 10 | 40 |
| 2 | Chi hội thôn 2 | 118 | 8 | 35 |
| 3 | Chi hội thôn 3 | 96 | 7 | 30 |
| | **Tổng cộng** | **356** | **25** | **105** |

II. TỔ CHỨC THỰC HIỆN

Ban Thường vụ Hội Nông dân xã hướng dẫn các chi hội thực hiện.
"""
    # (fixrev47) "Hội viên được tập huấn": what is to be done to the noun, no held word: a quota of its own
    assert _got(doc, "hội viên") == [(7, 7), (8, 8), (10, 10), (25, 25), (30, 30), (35, 35), (40, 40), (105, 105)]


def test_count_of_the_same_noun_named_as_held_is_the_base() -> None:
    # (fixrev47) "… được quản lý" / "đang …": what each row holds beside the quota, no target; "Hộ được hỗ trợ sửa
    # chữa nhà (hộ)" beside "Chỉ tiêu xóa nhà tạm (hộ)": what the plan does, a quota
    doc = _HEAD.format(issuer="XÃ VĨNH HÒA", number="15", kind="KH", place="Vĩnh Hòa",
                       title="KẾ HOẠCH\nGiúp đỡ người chấp hành xong án phạt tù năm 2036") + """I. CHỈ TIÊU

| TT | Thôn | Chỉ tiêu giúp đỡ tái hòa nhập năm 2036 (người) | Người chấp hành xong án được quản lý (người) | Người đang chấp hành án treo (người) |
|---|---|---|---|---|
| 1 | Thôn Bắc | 6 | 11 | 3 |
| 2 | Thôn Nam | 4 | 9 | 2 |

II. NHÀ Ở

| TT | Thôn | Chỉ tiêu xóa nhà tạm (hộ) | Hộ được hỗ trợ sửa chữa nhà (hộ) |
|---|---|---|---|
| 1 | Thôn Bắc | 5 | 12 |
| 2 | Thôn Nam | 3 | 8 |

III. TỔ CHỨC THỰC HIỆN

Công an xã chủ trì, phối hợp Trưởng các thôn thực hiện.
"""
    assert _got(doc, "người") == [(4, 4), (6, 6)]
    assert _got(doc, "hộ") == [(3, 3), (5, 5), (8, 8), (12, 12)]


def test_rate_unit_cell_printed_as_a_count() -> None:
    doc = _HEAD.format(issuer="XÃ YÊN LẠC", number="11", kind="KH", place="Yên Lạc",
                       title="KẾ HOẠCH\nCông tác y tế năm 2036") + """I. CHỈ TIÊU

| STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2035 | Kế hoạch năm 2036 |
|---|---|---|---|---|
| 1 | Giường bệnh tại trạm y tế | Số giường bệnh/10.000 dân | 4,5 | 5 |
| 2 | Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ | % | 96 | Trên 97 |

II. TỔ CHỨC THỰC HIỆN

Trạm Y tế xã chủ trì thực hiện.
"""
    targets = extract(doc).targets
    assert [(t.min, t.max, t.unit) for t in targets if "giường" in (t.unit or "")] == [(5, 5, "giường bệnh/10.000 dân")]
    assert (97, None, "%") in {(t.min, t.max, t.unit) for t in targets}
    assert not any(t.min == 4.5 or t.min == 96 for t in targets)  # last year's results


def test_counts_of_the_same_noun_standing_and_added_under_a_plain_heading() -> None:
    doc = _HEAD.format(issuer="PHƯỜNG HÒA BÌNH", number="15", kind="KH", place="Hòa Bình",
                       title="KẾ HOẠCH\nBảo đảm nguồn nước chữa cháy năm 2036") + """I. MỤC TIÊU

Bảo đảm nguồn nước phục vụ chữa cháy tại các khu dân cư.

II. NỘI DUNG

| TT | Tổ dân phố | Số trụ nước hiện có | Số trụ nước lắp thêm | Địa điểm |
|---|---|---|---|---|
| 1 | Tổ 1 | 2 | 3 | Ngõ 12, ngõ 18 |
| 2 | Tổ 2 | 1 | 2 | Đầu ngõ chợ |
| 3 | Tổ 3 | 0 | 4 | Trục đường chính |

III. TỔ CHỨC THỰC HIỆN

Công an phường chủ trì, phối hợp Công ty cấp nước thực hiện.
"""
    assert _got(doc, "trụ nước") == [(2, 2), (3, 3), (4, 4)]  # the total not printed; the base 2, 1 not read


def test_a_part_of_the_year_after_trong_is_the_period_not_a_cap() -> None:
    doc = _HEAD.format(issuer="XÃ ĐẠI ĐỒNG", number="21", kind="KH", place="Đại Đồng",
                       title="KẾ HOẠCH\nCông tác dân vận năm 2036") + """I. CHỈ TIÊU

1. Tổ chức ít nhất 03 buổi đối thoại với nhân dân trong 6 tháng đầu năm 2036.

2. Vận động 100% hộ gia đình ký cam kết trong 9 tháng đầu năm; hoàn thành xây dựng 02 mô hình dân vận khéo trong 3 tháng cuối năm.

3. Giải quyết đơn thư của công dân trong 15 ngày kể từ ngày nhận đơn.
"""
    targets = extract(doc).targets
    assert not any((t.unit or "") == "tháng" for t in targets)  # "6 tháng đầu năm", "9 tháng đầu năm": periods
    assert (3, None, "buổi") in {(t.min, t.max, t.unit) for t in targets}
    assert (None, 15, "ngày") in {(t.min, t.max, t.unit) for t in targets}  # a time limit stays one


def test_the_need_part_of_a_to_trinh_states_the_works_as_they_stand() -> None:
    doc = _HEAD.format(issuer="XÃ THANH LÂM", number="08", kind="TTr", place="Thanh Lâm",
                       title="TỜ TRÌNH\nVề việc phê duyệt chủ trương đầu tư dự án cải tạo kênh tưới năm 2036") + """Kính gửi: Hội đồng nhân dân xã Thanh Lâm.

**I. SỰ CẦN THIẾT ĐẦU TƯ**

Kênh tưới trạm bơm Cầu Đá được xây dựng từ năm 2009, đến nay bị bồi lắng trên 40% tiết diện, nhiều đoạn sạt lở, chỉ
bảo đảm tưới cho khoảng 70% diện tích lúa của hai thôn.

**II. MỤC TIÊU ĐẦU TƯ**

Bảo đảm tưới chủ động cho 100% diện tích lúa của thôn Cầu Đá và thôn Lâm Hạ.
"""
    got = {(t.min, t.max, t.unit) for t in extract(doc).targets}
    assert (100, 100, "%") in got
    assert not any(x[0] in (40, 70) for x in got)  # the canal as it stands: why to invest, no goal


def test_times_per_school_year_keep_the_school_year_as_period() -> None:
    doc = _HEAD.format(issuer="XÃ KIM SƠN", number="03", kind="KH", place="Kim Sơn",
                       title="KẾ HOẠCH\nGiáo dục an toàn giao thông trong trường học năm 2036") + """I. CHỈ TIÊU

- Các trường trên địa bàn tổ chức ngoại khóa về an toàn giao thông cho học sinh ít nhất 02 lần/năm học.
"""
    got = [(t.min, t.max, t.unit, t.period) for t in extract(doc).targets]
    assert got == [(2, None, "lần", "mỗi năm học")]


def test_an_act_in_the_quotas_unit_and_a_duty_named_thuc_hien_stay_quotas() -> None:
    header = ["STT", "Thôn", "Thực hiện nghĩa vụ tham gia Công an nhân dân (công dân)"]
    assert not held_head(header[2], header)  # the duty the quota is for, not the results of a year
    assert held_head("Thực hiện năm 2035 (hộ)", ["Thực hiện năm 2035 (hộ)", "Kế hoạch năm 2036 (hộ)"])
    doc = _HEAD.format(issuer="XÃ HƯNG ĐẠO", number="02", kind="KH", place="Hưng Đạo",
                       title="KẾ HOẠCH\nPhát triển đoàn viên năm 2036") + """**PHỤ LỤC**

**CHỈ TIÊU PHÁT TRIỂN ĐOÀN VIÊN NĂM 2036**

| TT | Chi đoàn | Giới thiệu học lớp đoàn viên mới (người) | Chỉ tiêu kết nạp đoàn viên (người) |
|---|---|---|---|
| 1 | Chi đoàn thôn Bắc | 12 | 8 |
| 2 | Chi đoàn thôn Nam | 10 | 7 |
"""
    assert _got(doc, "người") == [(7, 7), (8, 8), (10, 10), (12, 12)]
