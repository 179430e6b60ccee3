"""Targets of session 49 (tgt49): the kinds authored47 missed.

Kind 1 — a table of units whose columns are the year's reductions: "Tổ dân phố | Tổng số hộ | Hộ nghèo đầu năm | Chỉ
tiêu giảm hộ nghèo năm 2036" (a47-04, t47-04's same table). The quota heads name the verb of bringing down ("giảm")
and the noun counted after it, or the noun then the verb ("Số hộ nghèo giảm", "Số hộ thoát nghèo"); the columns of
the start of the year ("đầu năm") and the households living there are the base. The older sets label such quota
columns row by row (a44-06, t44-06's "Chỉ tiêu kết nạp năm 2035", a40-08's "Chỉ tiêu cấp GCN năm 2032", t31-05).
The documents are written for these tests in the gold sets' style; the expected values are what a careful reader takes.
"""

from __future__ import annotations

from test_targets_tgt46t import _HEAD as _HEAD46T

from vanban.extract import extract
from vanban.extract.kind_nouns import counted_noun, kind_noun
from vanban.structure.figure_tables import planned_count

_HEAD = _HEAD46T.replace("ngày 05 tháng 9 năm 2034", "ngày 12 tháng 3 năm 2036")


def _got(doc: str, unit_start: str) -> list[tuple[float | None, float | None]]:
    return sorted((t.min, t.max) for t in extract(doc).targets if (t.unit or "").lower().startswith(unit_start))


def test_reduction_heads_name_their_noun() -> None:
    assert kind_noun("Chỉ tiêu giảm hộ nghèo") == "hộ nghèo"
    assert kind_noun("Chỉ tiêu giảm thêm hộ cận nghèo") == "hộ cận nghèo"
    assert kind_noun("Chỉ tiêu giảm tỷ lệ hộ nghèo") is None  # a rate: its unit is the cell's "%"
    assert kind_noun("Chỉ tiêu giảm") is None  # the verb alone
    assert kind_noun("Hộ nghèo đầu năm") is None  # the base
    assert planned_count("Số hộ nghèo giảm năm 2036") and counted_noun("Số hộ nghèo giảm") == "hộ nghèo"
    assert planned_count("Số hộ thoát nghèo") and counted_noun("Số hộ thoát nghèo") == "hộ"
    assert not planned_count("Số hộ nghèo") and not planned_count("Tổng số hộ")


def test_reduction_quota_per_thon_beside_the_start_of_the_year() -> None:
    doc = _HEAD.format(issuer="XÃ ĐỨC LẠC", number="21", kind="KH", place="Đức Lạc",
                       title="KẾ HOẠCH\nGiảm nghèo bền vững năm 2036") + """I. CHỈ TIÊU

1. Giảm tỷ lệ hộ nghèo đa chiều xuống còn 2,1%.

2. Chỉ tiêu giảm hộ nghèo, hộ cận nghèo giao cho từng thôn như sau:

| TT | Thôn | Số hộ dân | Hộ nghèo đầu năm 2036 | Hộ cận nghèo đầu năm 2036 | Chỉ tiêu giảm hộ nghèo năm 2036 | Chỉ tiêu giảm hộ cận nghèo năm 2036 |
|---|---|---|---|---|---|---|
| 1 | Thôn Yên Thượng | 418 | 11 | 17 | 4 | 6 |
| 2 | Thôn Yên Hạ | 390 | 9 | 12 | 3 | 5 |
| 3 | Thôn Đông Lạc | 455 | 14 | 20 | 5 | 7 |
| | **Cộng** | **1.263** | **34** | **49** | **12** | **18** |

II. TỔ CHỨC THỰC HIỆN

Trưởng các thôn theo dõi từng hộ, báo cáo kết quả về UBND xã trước ngày 30/11/2036.
"""
    assert _got(doc, "hộ nghèo") == [(3, 3), (4, 4), (5, 5), (12, 12)]  # the start of the year 11, 9, 14: the base
    assert _got(doc, "hộ cận nghèo") == [(5, 5), (6, 6), (7, 7), (18, 18)]
    assert _got(doc, "hộ dân") == []


def test_households_out_of_poverty_per_to_dan_pho_noun_first() -> None:
    doc = _HEAD.format(issuer="PHƯỜNG TÂN AN", number="33", kind="KH", place="Tân An",
                       title="KẾ HOẠCH\nThực hiện Chương trình giảm nghèo năm 2036") + """I. CHỈ TIÊU

Phấn đấu giảm ít nhất 15 hộ nghèo trên địa bàn phường. Chỉ tiêu cụ thể giao cho các tổ dân phố như sau:

| STT | Tổ dân phố | Số hộ nghèo | Số hộ thoát nghèo năm 2036 |
|---|---|---|---|
| 1 | Tổ dân phố 1 | 8 | 4 |
| 2 | Tổ dân phố 2 | 10 | 5 |
| 3 | Tổ dân phố 3 | 12 | 6 |
| | **Tổng cộng** | **30** | **15** |

II. TỔ CHỨC THỰC HIỆN

Các Tổ trưởng tổ dân phố báo cáo tiến độ về UBND phường trước ngày 20 hằng tháng.
"""
    got = _got(doc, "hộ")
    assert (4, 4) in got and (5, 5) in got and (6, 6) in got
    assert (8, 8) not in got and (10, 10) not in got and (30, 30) not in got  # the poor households counted: the base
    assert (15, None) in got and (15, 15) not in got  # the total is the prose's "ít nhất 15 hộ", counted once


# Kind 2 — the goal cells of a criteria or works table, "Tiêu chí | Hiện trạng | Chỉ tiêu cần đạt" (a47-03, t47-03):
# the status cell before the goal ("Đã đạt") says where the criterion stands, not that the goal's figure is reached,
# and a figure in the goal column is the plan's wherever the table stands (the labels of both authors count "Duy trì
# 100% trường đạt chuẩn quốc gia", "có thêm 01 sản phẩm OCOP đạt 4 sao", "Duy trì 03/03 trường …").

_CRITERIA = """III. NHIỆM VỤ THỰC HIỆN CÁC TIÊU CHÍ

| STT | Tiêu chí | Hiện trạng | {goal} | Thời gian hoàn thành | Cơ quan phụ trách |
|---|---|---|---|---|---|
| 1 | Giáo dục | Đã đạt | Duy trì 04/04 trường đạt chuẩn quốc gia mức độ 1 | Thường xuyên | Phòng Văn hóa - Xã hội |
| 2 | Văn hóa | Đã đạt | Duy trì; 100% thôn có nhà văn hóa đạt chuẩn | Thường xuyên | Phòng Văn hóa - Xã hội |
| 3 | Tổ chức sản xuất | Đã đạt | Duy trì; có thêm 02 sản phẩm OCOP đạt 3 sao | Thường xuyên | Phòng Kinh tế |
| 4 | Giao thông | Chưa đạt | Nhựa hóa 2,5 km đường trục xã | Quý III/2036 | Phòng Kinh tế |
| 5 | Quốc phòng và an ninh | Đã đạt | Duy trì, nâng chất | Thường xuyên | Công an xã |

IV. TỔ CHỨC THỰC HIỆN

Các cơ quan phụ trách tiêu chí báo cáo kết quả về UBND xã trước ngày 25 hằng tháng.
"""


def _criteria_doc(goal: str) -> str:
    return _HEAD.format(issuer="XÃ NGHĨA HƯNG", number="15", kind="KH", place="Nghĩa Hưng",
                        title="KẾ HOẠCH\nDuy trì, nâng cao chất lượng các tiêu chí xã nông thôn mới năm 2036") \
        + _CRITERIA.format(goal=goal)


def test_goal_cells_beside_a_status_column_are_targets() -> None:
    got = {(t.min, t.max, (t.unit or "").lower()) for t in extract(_criteria_doc("Chỉ tiêu cần đạt năm 2036")).targets}
    assert (4, 4, "trường") in got
    assert (100, 100, "%") in got
    assert (2, 2, "sản phẩm") in got
    assert (2.5, 2.5, "km") in got
    assert not any(u.startswith("sao") for _, _, u in got)  # "đạt 3 sao": the rank the product reaches, its kind


def test_goal_cells_under_other_goal_heads() -> None:
    for head in ("Mục tiêu năm 2036", "Chỉ tiêu phấn đấu"):
        got = {(t.min, t.max, (t.unit or "").lower()) for t in extract(_criteria_doc(head)).targets}
        assert {(4, 4, "trường"), (100, 100, "%"), (2, 2, "sản phẩm"), (2.5, 2.5, "km")} <= got, head


def test_a_reached_figure_in_its_own_cell_stays_out() -> None:
    doc = _HEAD.format(issuer="XÃ NGHĨA HƯNG", number="16", kind="BC", place="Nghĩa Hưng",
                       title="BÁO CÁO\nKết quả thực hiện các tiêu chí nông thôn mới năm 2035") + """I. KẾT QUẢ

| STT | Tiêu chí | Kết quả |
|---|---|---|
| 1 | Giáo dục | Đã đạt 04/04 trường đạt chuẩn quốc gia |
| 2 | Y tế | Đã đạt 95,2% người dân tham gia bảo hiểm y tế |
"""
    assert extract(doc).targets == [] or all(t.min not in (4, 95.2) for t in extract(doc).targets)


# Kind 3 — a budget's total is its means, no goal: "Tổng kinh phí … là 3.095 triệu đồng, gồm: …" (a47-01), "Tổng nhu cầu
# vốn năm 2036 khoảng 18.600 triệu đồng, gồm: …" (a47-03), "Tổng kinh phí dự kiến: 520 triệu đồng, trong đó:" (t32-05).
# A cap on it stays a bound ("không quá"), and the aim of a resolution ("Tổng vốn đầu tư toàn xã hội đạt khoảng …") a goal.

def _budget_doc(part: str) -> str:
    return _HEAD.format(issuer="XÃ HÒA BÌNH", number="40", kind="KH", place="Hòa Bình",
                        title="KẾ HOẠCH\nCải tạo, nâng cấp chợ năm 2036") + """I. MỤC TIÊU

Nâng cấp 02 chợ hạng III trên địa bàn xã.

IV. KINH PHÍ

""" + part


def test_a_budget_total_is_no_target() -> None:
    for part in ("Tổng kinh phí thực hiện năm 2036 là 2.460 triệu đồng, gồm: ngân sách xã 1.300 triệu đồng; xã hội hóa "
                 "1.160 triệu đồng.\n",
                 "Tổng nhu cầu vốn năm 2036 khoảng 2.460 triệu đồng, trong đó:\n\n- Ngân sách xã: 1.300 triệu đồng;\n",
                 "Tổng kinh phí dự kiến: 2.460 triệu đồng.\n"):
        assert (2460, 2460) not in _got(_budget_doc(part), "triệu đồng"), part


def test_a_capped_budget_and_a_funding_line_stay() -> None:
    assert (None, 150) in _got(_budget_doc("Tổng kinh phí tổ chức không quá 150 triệu đồng.\n"), "triệu đồng")
    assert (1300, 1300) in _got(_budget_doc("Tổng nhu cầu vốn năm 2036 khoảng 2.460 triệu đồng, trong đó:\n\n"
                                            "- Ngân sách xã: 1.300 triệu đồng;\n"), "triệu đồng")


# Extras — a watch kept round the clock, its watch word after the figure: "Duy trì 24/24 giờ lực lượng, phương tiện
# thường trực chữa cháy" (a47-10) is the regime "thường trực 24/24 giờ" names, no target; a service's hours stay.

def test_round_the_clock_watch_named_after_the_figure() -> None:
    doc = _HEAD.format(issuer="HUYỆN ĐỨC TRỌNG", number="05", kind="CT", place="Đức Trọng",
                       title="CHỈ THỊ\nVề tăng cường phòng cháy, chữa cháy mùa khô năm 2036") + """1. Công an huyện:

a) Duy trì 24/24 giờ lực lượng, phương tiện trực chiến chữa cháy tại các điểm có nguy cơ cao.

b) Bảo đảm thời gian có mặt tại hiện trường không quá 20 phút kể từ khi nhận tin báo.
"""
    units = {(t.unit or "").lower() for t in extract(doc).targets}
    assert "giờ/ngày" not in units and "phút" in units
