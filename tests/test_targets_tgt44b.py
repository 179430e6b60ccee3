"""Targets of session 44's tune43 kinds, in other words (tgt44b: vanban/extract/plan_cells.py, gift_quotas.py,
targets.py, target_words.py).

Kinds: a gift table's worth per item ("Mức quà (đồng/suất)") read row by row unless the text states it; a table per
place split from a whole its aims state by the column's own name, the columns of foreseen harm ("… dự báo nhiễm",
"… có nguy cơ") left as forecasts; the new figure of a budget line a change sets ("điều chỉnh từ … lên …") and the
step of a change in brackets left; a cap on a span paid "qua" something; the share an outcome turns on ("kết quả …
khi có trên 50% …"). The documents are written for these tests; the expected values follow
``../shared/realdocs/labeled/README.md`` (an exact figure → min = max).
"""

from __future__ import annotations

from conftest import make_doc

from vanban.extract import extract

_DOC = dict(issuer="XÃ HÒA BÌNH", number=41, date=(9, 4, 2035),
            title="Thực hiện các nhiệm vụ năm 2035", signer="Đặng Văn Quý")


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(make_doc(body, **_DOC)).targets]


_GIFTS = ("II. NỘI DUNG\n\n1. Thăm, tặng quà người cao tuổi\n\n"
          "| TT | Đối tượng | Số suất | Mức quà (đồng/suất) | Thành tiền (đồng) |\n|---|---|---|---|---|\n"
          "| 1 | Người cao tuổi sống một mình | 14 | 700.000 | 9.800.000 |\n"
          "| 2 | Người cao tuổi thuộc hộ nghèo | 33 | 450.000 | 14.850.000 |\n"
          "| 3 | Người cao tuổi tròn 90 tuổi | 9 | 350.000 | 3.150.000 |\n"
          "| | Tổng cộng | 56 | | 27.800.000 |\n\n"
          "2. Thời gian: hoàn thành trước ngày 30/4/2035.\n")


def test_a_gift_tables_worth_per_item_is_each_groups_level():
    got = _t(_GIFTS)
    assert {(700000, 700000, "đồng/suất"), (450000, 450000, "đồng/suất"), (350000, 350000, "đồng/suất")} <= set(got), got
    assert {(14, 14, "suất"), (33, 33, "suất"), (9, 9, "suất")} <= set(got), got
    assert not [g for g in got if g[0] in (9800000, 14850000, 3150000, 27800000)], got


def test_a_gift_worth_the_text_states_is_not_read_again_from_the_table():
    body = _GIFTS.replace("1. Thăm, tặng quà người cao tuổi\n\n",
                          "1. Thăm, tặng quà người cao tuổi, mức quà 700.000 đồng/suất với người sống một mình\n\n")
    got = _t(body)
    assert got.count((700000, 700000, "đồng/suất")) == 1, got


_SPRAY = ("I. MỤC TIÊU\n\n- Tổng diện tích trồng ngô vụ Đông 2035 toàn xã là 640 ha.\n\n"
          "II. PHÂN CÔNG THEO THÔN\n\n1. Diện tích và vật tư hỗ trợ\n\n"
          "| TT | Thôn | Diện tích trồng ngô (ha) | Diện tích có nguy cơ sâu keo (ha) | Diện tích dự báo nhiễm (ha) "
          "| Phân bón hỗ trợ (tấn) |\n|---|---|---|---|---|---|\n"
          "| 1 | Thôn Đồng Tâm | 250 | 60 | 40 | 12 |\n"
          "| 2 | Thôn Hợp Nhất | 210 | 45 | 35 | 10 |\n"
          "| 3 | Thôn Quyết Tiến | 180 | 30 | 25 | 8 |\n"
          "| | Cộng | 640 | 135 | 100 | 30 |\n\n"
          "2. Thôn trưởng các thôn tổ chức thực hiện.\n")


def test_a_table_per_place_split_from_the_whole_its_aims_state_by_name():
    got = _t(_SPRAY)
    assert {(250, 250, "ha"), (210, 210, "ha"), (180, 180, "ha")} <= set(got), got
    assert {(12, 12, "tấn"), (10, 10, "tấn"), (8, 8, "tấn"), (30, 30, "tấn")} <= set(got), got
    assert not [g for g in got if g[0] in (60, 45, 40, 35, 25, 100, 135)], got  # the forecasts' columns


def test_a_list_of_works_summing_to_the_aim_is_no_split_by_name():
    body = _SPRAY.replace("| TT | Thôn |", "| TT | Công trình |")
    got = _t(body)
    assert not [g for g in got if g[0] in (250, 210, 180)], got


_BUDGET = ("Điều 1. Điều chỉnh dự toán ngân sách phường năm 2035 như sau:\n\n"
           "1. Dự toán chi thường xuyên: điều chỉnh từ 18.200 triệu đồng lên 19.750 triệu đồng.\n\n"
           "2. Tổng thu ngân sách phường: 52.300 triệu đồng (tăng 2.900 triệu đồng).\n\n"
           "Điều 2. Giao Ủy ban nhân dân phường tổ chức thực hiện.\n")


def test_the_new_figure_of_a_budget_line_a_change_sets_and_no_step():
    got = _t(_BUDGET)
    assert (19750, 19750, "triệu đồng") in got, got
    assert (52300, 52300, "triệu đồng") in got, got
    assert not [g for g in got if g[0] in (18200, 2900)], got


def test_a_cap_on_a_span_paid_by_way_of_something():
    got = _t("II. NỘI DUNG\n\n1. Hộ dân được trả chậm tối đa 18 tháng qua hóa đơn tiền điện hằng tháng.\n\n"
             "2. Kết quả ba năm qua cho thấy mô hình hiệu quả.\n")
    assert (None, 18, "tháng") in got, got


def test_the_share_an_outcome_turns_on():
    got = _t("II. QUY ĐỊNH\n\n1. Tổ bầu cử kiểm phiếu; kết quả được công nhận khi có trên 60% tổng số cử tri có mặt "
             "tán thành.\n")
    assert (60, None, "%") in got, got


_GRANTS = ("II. NỘI DUNG\n\n1. Dự kiến cấp học bổng năm học 2035 - 2036, tổng số 45 suất, gồm:\n\n"
           "- Sinh viên thuộc hộ nghèo: 30 suất × 1.500.000 đồng/suất;\n\n"
           "- Sinh viên đạt thủ khoa đầu vào: 15 suất × 4.000.000 đồng/suất.\n\n"
           "2. Hỗ trợ các câu lạc bộ: 06 câu lạc bộ x 3.000.000 đồng/câu lạc bộ.\n\n"
           "3. Chỉnh lý hồ sơ: 20 mét x 500.000 đồng/mét = 10.000.000 đồng.\n")


def test_a_count_times_its_level_per_item_gives_the_level_and_the_items_handed_out():
    got = _t(_GRANTS)
    assert {(45, 45, "suất"), (30, 30, "suất"), (15, 15, "suất")} <= set(got), got
    assert {(1500000, 1500000, "đồng/suất"), (4000000, 4000000, "đồng/suất"),
            (3000000, 3000000, "đồng/câu lạc bộ")} <= set(got), got
    assert not [g for g in got if g[0] in (6, 20, 500000, 10000000)], got  # units counted; a worked-out budget line


def test_a_share_after_the_aim_opening_its_clause_is_to_reach():
    got = _t("I. CHỈ TIÊU\n\n1. Phấn đấu có từ 75% số thôn trở lên đạt chuẩn văn hóa.\n")
    assert (75, None, "%") in got, got


def test_a_pests_stage_and_the_age_of_the_group_a_share_counts_are_no_targets():
    got = _t("II. NỘI DUNG\n\n1. Chỉ phun thuốc khi sâu non tuổi 1 - 2 chiếm trên 60% số sâu điều tra.\n\n"
             "2. Vận động 100% hội viên là ông, bà có cháu dưới 12 tuổi tham gia giữ trẻ an toàn.\n")
    assert not [g for g in got if g[0] in (1, 12) or g[1] in (2, 12)], got
    assert (60, None, "%") in got and (100, 100, "%") in got, got


def test_a_column_whose_whole_the_aims_state_by_name_is_read_beside_a_set_column():
    body = _SPRAY.replace("| Diện tích có nguy cơ sâu keo (ha) |", "| Diện tích dự kiến phun (ha) |")
    got = _t(body)
    assert {(250, 250, "ha"), (210, 210, "ha"), (180, 180, "ha")} <= set(got), got  # the whole's split, named
    assert {(60, 60, "ha"), (45, 45, "ha"), (30, 30, "ha")} <= set(got), got  # the column the head sets
    assert got.count((640, 640, "ha")) == 1, got  # the total row repeats the aims' figure


def test_a_grade_under_the_aim_stays_a_case():
    got = _t("I. CHỈ TIÊU\n\n1. Phấn đấu có thêm 04 sản phẩm OCOP được công nhận từ 3 sao trở lên.\n")
    assert (4, 4, "sản phẩm ocop") in got or any(g[0] == 4 for g in got), got
    assert not [g for g in got if g[0] == 3], got
