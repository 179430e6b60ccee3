"""Targets of the kinds of authored36's documents (tgt38a, session 38).

A production plan's support lines (the extent after "cho", a level of goods per hectare, a sum per hectare per spraying,
a total broken down in brackets); the sources a "Nguồn kinh phí:" line lists; a table of the tools a plan provides
(item | unit | quantity); a support level in months of allowance; a second works clause of a fund's line; "phần việc"
as works; and, as no targets, a time of day's bare minutes before its activity, the days of an event when a duty is
kept, and a lead time printed with its calendar date after "tức là". Each text below is written for these tests in the
style of such documents, not copied from a labelled one; the expected values follow
``../shared/realdocs/labeled/README.md`` (từ / tối thiểu / trên → min only; dưới / không quá → max only; an exact
figure → min = max).
"""

from __future__ import annotations

from conftest import make_doc

from vanban.extract import extract


# the header and signature the bodies below are wrapped in (conftest.make_doc)
_DOC = dict(issuer="XÃ TÂN PHONG", number=58, date=(14, 3, 2031), signer="Lê Văn Khánh")


def _x(body: str):
    return extract(make_doc(body, **_DOC))


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in _x(body).targets]


_SUPPORT = ("II. CƠ CHẾ HỖ TRỢ\n\n"
            "1. Hỗ trợ giống ngô lai năng suất cao cho 85 ha vùng bãi ven sông, mức hỗ trợ 20 kg giống/ha, hộ dân đối "
            "ứng tối thiểu 30% giá giống.\n\n"
            "2. Hỗ trợ chế phẩm vi sinh xử lý rơm rạ sau thu hoạch trên các cánh đồng mẫu của xã cho "
            "210 ha chân ruộng hai lúa, mức 90.000 đồng/ha/lần xử lý, mỗi vụ không quá 02 lần.\n\n"
            "3. Tổng kinh phí dự kiến 95.400.000 đồng (giống 40.000.000 đồng; chế phẩm 55.400.000 đồng), từ nguồn "
            "ngân sách xã.\n")


def test_a_support_line_counts_the_area_after_cho():
    got = _t(_SUPPORT)
    assert (85, 85, "ha") in got and (210, 210, "ha") in got, got


def test_a_level_of_goods_per_hectare():
    assert (20, 20, "kg/ha") in _t(_SUPPORT)


def test_a_sum_per_hectare_per_occasion_keeps_the_occasion():
    assert (90000, 90000, "đồng/ha/lần xử lý") in _t(_SUPPORT)


def test_a_total_broken_down_in_brackets_and_its_parts_are_the_means():
    got = _t(_SUPPORT)
    assert (95400000, 95400000, "đồng") not in got, got  # (tgt49) a budget's total is its means, no goal (most sets)
    assert not [g for g in got if g[0] in (40000000, 55400000)], got


def test_a_support_asked_for_stays_out():
    got = _t("II. KIẾN NGHỊ\n\n1. Đề nghị huyện hỗ trợ kinh phí cho 40 ha lúa bị ngập.\n")
    assert not [g for g in got if g[0] == 40], got


def test_sources_on_a_funding_line():
    got = _t("V. KINH PHÍ\n\nNguồn kinh phí: ngân sách phường 60.000.000 đồng; vận động xã hội hóa 30.000.000 đồng "
             "(tài trợ của các doanh nghiệp).\n")
    assert (60000000, 60000000, "đồng") in got and (30000000, 30000000, "đồng") in got, got


def test_a_sum_in_a_budget_sentence_stays_the_means():
    got = _t("V. KINH PHÍ\n\nKinh phí tổ chức do ngân sách xã bảo đảm, khoảng 12.000.000 đồng.\n")
    assert not [g for g in got if g[0] == 12000000], got


_TOOLS = ("III. PHƯƠNG TIỆN\n\nỦy ban nhân dân xã chuẩn bị vật tư, phương tiện tại chỗ như sau:\n\n"
          "| STT | Vật tư, phương tiện | ĐVT | Số lượng | Ghi chú |\n|---|---|---|---|---|\n"
          "| 1 | Áo phao cứu sinh | chiếc | 250 | |\n| 2 | Bao tải đựng cát | bao | 3.000 | |\n"
          "| 3 | Xuồng máy | chiếc | 02 | Nhà văn hóa |\n\n")


def test_a_table_of_tools_counts_each_row_in_its_unit():
    got = _t(_TOOLS)
    assert {(250, 250, "chiếc"), (3000, 3000, "bao"), (2, 2, "chiếc")} <= set(got), got


def test_a_cost_estimate_table_is_no_supply_table():
    got = _t("IV. DỰ TOÁN\n\n| TT | Nội dung | ĐVT | Số lượng | Đơn giá | Thành tiền |\n|---|---|---|---|---|---|\n"
             "| 1 | Mua áo phao | chiếc | 50 | 300.000 | 15.000.000 |\n\n")
    assert not [g for g in got if g[0] == 50], got


def test_a_support_level_in_months_of_allowance():
    got = _t("II. CHÍNH SÁCH\n\nNgười làm tổ trưởng tổ dân phố thôi việc sau sắp xếp được hỗ trợ một lần, mức hỗ trợ bằng 04 "
             "tháng phụ cấp đang hưởng.\n")
    assert (4, 4, "tháng phụ cấp") in got, got


def test_a_second_works_clause_of_a_fund_line():
    got = _t("II. NỘI DUNG\n\n- Xây mới 04 nhà Đại đoàn kết cho hộ cận nghèo, mức hỗ trợ 60.000.000 đồng/nhà; sửa "
             "chữa 03 nhà, mức 25.000.000 đồng/nhà.\n")
    assert (3, 3, "nhà") in got and (25000000, 25000000, "đồng/nhà") in got, got


def test_youth_works_are_no_list_size():
    got = _t("II. CHỈ TIÊU\n\n- Thực hiện 04 công trình thanh niên và 09 phần việc thanh niên tình nguyện.\n")
    assert (9, 9, "phần việc thanh niên tình") in got or [g for g in got if g[0] == 9], got


def test_a_time_of_day_before_its_activity_is_no_floor():
    got = _t("II. CHƯƠNG TRÌNH\n\n- Ngày 05/11: từ 08 giờ 15 khai mạc hội thi, từ 14 giờ 00 đến 16 giờ 30 thi đấu.\n")
    assert not [g for g in got if g[2] == "giờ"], got


def test_the_days_of_an_event_when_a_duty_is_kept():
    got = _t("III. TỔ CHỨC THỰC HIỆN\n\n1. Công an xã\n\nBố trí lực lượng trực 24/24 giờ trong 03 ngày hội thi; xử lý "
             "vụ việc trong 24 giờ kể từ khi nhận tin báo.\n")
    assert not [g for g in got if g[2] == "ngày"], got
    assert (None, 24, "giờ") in got, got


def test_a_lead_time_with_its_date_after_tuc_la():
    x = _x("III. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị gửi báo cáo chậm nhất 15 ngày trước ngày khai mạc, tức là trước ngày "
           "20/10/2031.\n")
    assert not [t for t in x.targets if t.unit == "ngày"], x.targets
    assert [d for d in x.deadlines if d.date == "2031-10-20"], x.deadlines
