"""Targets in tables of planned figures per row, session 46 (tgt46u).

Kinds: a gift table whose count of items is headed as an estimate ("Số suất (dự kiến)"): each group's worth per item is
the level set, its counts and their total no goal (as "Số người (dự kiến)" of a37-01, t37-01); a figure the prose
grammar reads in a column of words of a per-row table (a đối tượng's "dưới 81%", a sums row's "05 thôn") that no longer
makes the table another reader's, the table's goal columns then read; a table's total not "stated" by a code ending in
its digits ("Luật … số 73/2021/QH14"); a column of what each row gets new, "Lắp mới năm 2035" beside "Camera hiện có",
counted in the noun of the present column.
The documents are written for these tests in the style of the gold sets' (t45-01, t45-03, t45-05 are the forms the
work started from; the others are further forms of the same kinds); the expected values are what a careful reader
takes from them.
"""

from __future__ import annotations

from test_targets_tgt46t import _HEAD as _HEAD46T, _got  # the same document head and reading of one unit's targets

from vanban.extract import extract
from vanban.extract.plan_cells import _new_noun, figure_stated

_HEAD = _HEAD46T.replace("ngày 05 tháng 9 năm 2034", "ngày 10 tháng 3 năm 2035")


def test_gift_table_with_estimated_count_reads_levels_only() -> None:
    doc = _HEAD.format(issuer="XÃ AN HÒA", number="27", kind="KH", place="An Hòa",
                       title="KẾ HOẠCH\nThăm hỏi, tặng quà người có công nhân dịp Tết Nguyên đán năm 2035") + """I. NỘI DUNG

Mức quà của UBND xã (ngoài quà của cấp trên):

| STT | Đối tượng | Số suất (dự kiến) | Mức quà (đồng/suất) |
|---|---|---|---|
| 1 | Thương binh, bệnh binh có tỷ lệ tổn thương cơ thể từ 61% trở lên | 12 | 800.000 |
| 2 | Thương binh, bệnh binh có tỷ lệ tổn thương cơ thể dưới 61% | 30 | 400.000 |
| 3 | Thân nhân liệt sĩ | 25 | 400.000 |
| | **Cộng** | **67** | |

II. TỔ CHỨC THỰC HIỆN

Văn phòng - Thống kê xã chủ trì thực hiện.
"""
    targets = extract(doc).targets
    assert sorted(t.min for t in targets if (t.unit or "") == "đồng/suất") == [400000, 400000, 800000]
    assert not any(t.unit == "suất" for t in targets)  # how many the xã expects to reach: an estimate
    assert not any(t.unit == "%" for t in targets)  # "từ 61% trở lên", "dưới 61%": a group's name


def test_gift_table_with_set_count_keeps_counts() -> None:
    doc = _HEAD.format(issuer="PHƯỜNG TÂN LẬP", number="12", kind="KH", place="Tân Lập",
                       title="KẾ HOẠCH\nTặng quà hộ nghèo dịp Tết năm 2035") + """I. NỘI DUNG

| STT | Đối tượng | Số suất | Mức quà (đồng/suất) |
|---|---|---|---|
| 1 | Hộ nghèo | 40 | 500.000 |
| 2 | Hộ cận nghèo | 25 | 300.000 |
| | **Cộng** | **65** | |
"""
    assert _got(doc, "suất") == [(25, 25), (40, 40), (65, 65)]


def test_goal_columns_read_past_a_status_column_and_a_code() -> None:
    doc = _HEAD.format(issuer="XÃ ĐỒNG TÂM", number="19", kind="KH", place="Đồng Tâm",
                       title="KẾ HOẠCH\nPhòng, chống tệ nạn ma túy năm 2035") + """Căn cứ Luật Phòng, chống ma túy số 73/2021/QH14 ngày 30/3/2021;

I. CHỈ TIÊU

**Chỉ tiêu giao cho các thôn**

| STT | Thôn | Người nghiện đang quản lý (31/12/2034) | Chỉ tiêu cai nghiện năm 2035 (người) | Chỉ tiêu quản lý sau cai (người) | Mục tiêu "Thôn không có ma túy" |
|---|---|---|---|---|---|
| 1 | Thôn Bãi Dài | 5 | 3 | 2 | Xây dựng mới |
| 2 | Thôn Gò Mít | 4 | 2 | 2 | Giữ vững |
| 3 | Thôn Khe Sâu | 6 | 4 | 10 | Chưa đăng ký |
| | **Tổng cộng** | **15** | **9** | **14** | **02 thôn** |

II. TỔ CHỨC THỰC HIỆN

Công an xã chủ trì, phối hợp các thôn thực hiện.
"""
    targets = extract(doc).targets
    assert sorted(t.min for t in targets if t.unit == "người") == [2, 2, 2, 3, 4, 9, 10, 14]
    assert not any(t.min in (5.0, 6.0, 15.0) and t.unit == "người" for t in targets)  # the base, dated 31/12/2034
    assert not any(t.unit == "thôn" for t in targets)  # the status column's count of its rows


def test_figure_stated_not_in_a_code() -> None:
    assert not figure_stated("**14**", "Căn cứ Luật Phòng, chống ma túy số 73/2021/QH14 ngày 30/3/2021;")
    assert not figure_stated("15", "Nghị định số 15/2020/NĐ-CP")
    assert figure_stated("**14**", "phấn đấu quản lý sau cai 14 người")
    assert figure_stated("14", "tổng cộng (14 người)")


def test_new_head_counted_in_the_present_column_noun() -> None:
    assert _new_noun(["STT", "Thôn", "Camera hiện có", "Lắp mới năm 2035"], 3) == "camera"
    assert _new_noun(["TT", "Tổ dân phố", "Số trụ đèn hiện có", "Lắp đặt mới"], 3) == "trụ đèn"
    assert _new_noun(["TT", "Thôn", "Cây xanh đã có", "Trồng mới năm 2030"], 3) == "cây xanh"
    assert _new_noun(["TT", "Thôn", "Lắp mới năm 2035"], 2) is None  # no noun beside it
    assert _new_noun(["TT", "Thôn", "Camera hiện có", "Vị trí lắp đặt"], 3) is None


def test_cameras_installed_per_thon() -> None:
    doc = _HEAD.format(issuer="XÃ YÊN LẠC", number="08", kind="KH", place="Yên Lạc",
                       title="KẾ HOẠCH\nLắp đặt camera an ninh năm 2035") + """I. CHỈ TIÊU

- Năm 2035 lắp đặt mới 30 camera trên địa bàn xã.

II. SỐ LƯỢNG CAMERA THEO TỪNG THÔN

| STT | Thôn | Camera hiện có | Lắp mới năm 2035 | Vị trí lắp đặt chủ yếu |
|---|---|---|---|---|
| 1 | Yên Thượng | 4 | 9 | Cổng làng, nhà văn hóa |
| 2 | Yên Hạ | 0 | 12 | Trục đường chính |
| 3 | Đông Lạc | 7 | 9 | Chợ, trường học |
| | **Tổng** | **11** | **30** | |
"""
    assert _got(doc, "camera") == [(9, 9), (9, 9), (12, 12), (30, 30)]  # each thôn's new ones; the prose's 30


def test_street_lights_per_to_dan_pho() -> None:
    doc = _HEAD.format(issuer="PHƯỜNG HÒA BÌNH", number="33", kind="KH", place="Hòa Bình",
                       title="KẾ HOẠCH\nChiếu sáng đô thị năm 2035") + """I. NỘI DUNG

Bổ sung đèn chiếu sáng các tổ dân phố theo bảng sau:

| TT | Tổ dân phố | Số trụ đèn hiện có | Lắp đặt mới | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Tổ 1 | 12 | 6 | 30/6/2035 |
| 2 | Tổ 2 | 8 | 10 | 30/9/2035 |
| | **Cộng** | **20** | **16** | |
"""
    assert _got(doc, "trụ đèn") == [(6, 6), (10, 10), (16, 16)]


def test_rate_unit_cell_of_two_sides() -> None:
    doc = _HEAD.format(issuer="XÃ THANH LÂM", number="51", kind="KH", place="Thanh Lâm",
                       title="KẾ HOẠCH\nCông tác dân số năm 2035") + """II. CHỈ TIÊU

| STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2034 | Kế hoạch năm 2035 |
|---|---|---|---|---|
| 1 | Tỷ số giới tính khi sinh | Số bé trai/100 bé gái | 112,0 | Dưới 111 |
| 2 | Tỷ suất chết trẻ em dưới 1 tuổi | Trẻ/1.000 trẻ đẻ sống | 9,5 | Không quá 9 |
| 3 | Tỷ lệ phụ nữ mang thai được khám thai đủ 4 lần | % | 80 | 85 |
"""
    got = {t.unit: (t.min, t.max) for t in extract(doc).targets}
    assert got.get("bé trai/100 bé gái") == (None, 111)  # (tgt47) the rate's noun, as 7 of the 8 labels of it write it
    assert got.get("trẻ/1.000 trẻ đẻ sống") == (None, 9)
    assert got.get("%") == (85, 85)


def test_none_beyond_with_an_ordinal_in_the_holder() -> None:
    doc = _HEAD.format(issuer="XÃ THANH LÂM", number="52", kind="KH", place="Thanh Lâm",
                       title="KẾ HOẠCH\nCông tác dân số năm 2035") + """I. CHỈ TIÊU

Tỷ lệ sinh con thứ 3 trở lên giảm 0,3% so với năm 2034; không có thôn nào có tỷ lệ sinh con thứ 3 trở lên trên 12%.
Không có tổ dân phố nào đạt dưới 90% kế hoạch thu quỹ.
"""
    got = {(t.min, t.max) for t in extract(doc).targets if t.unit == "%"}
    assert (None, 12) in got and (12, None) not in got  # none above 12%: at most 12% in each thôn
    assert (90, None) in got  # none below 90%: at least 90% (a39-04's form)


def test_tờ_trình_sums_requested_rates_kept() -> None:
    doc = """ỦY BAN NHÂN DÂN XÃ LONG HIỆP
Số: 45/TTr-UBND
Long Hiệp, ngày 20 tháng 11 năm 2034
TỜ TRÌNH
Về việc đề nghị phê duyệt danh mục công trình đầu tư công năm 2035

Kính gửi: Hội đồng nhân dân xã Long Hiệp.

Ủy ban nhân dân xã kính trình Hội đồng nhân dân xã xem xét, phê duyệt danh mục công trình sau:

| STT | Tên công trình | Quy mô | Tổng mức đầu tư dự kiến (triệu đồng) |
|---|---|---|---|
| 1 | Nâng cấp đường liên ấp Long Thạnh | Dài 1,8 km | 5.200 |
| 2 | Xây dựng nhà văn hóa ấp Long Phú | Hội trường 100 chỗ | 1.600 |
| | **Tổng cộng** | | **6.800** |

Nguồn vốn: ngân sách xã 6.000 triệu đồng; vốn huy động Nhân dân 800 triệu đồng.

Phấn đấu giải ngân đạt 100% kế hoạch vốn năm 2035; chi phí dự phòng của mỗi công trình không quá 8% tổng mức đầu tư.
"""
    got = sorted((t.min or 0, t.max or 0, t.unit) for t in extract(doc).targets)
    assert got == [(0, 8, "%"), (100, 100, "%")]
