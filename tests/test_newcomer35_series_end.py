"""Every series of a plan ends when the plan does: a campaign's daily and weekly reports, a year's quarterly report.

Found by the session-35 newcomer: a "Kế hoạch cao điểm …" whose "Thời gian cao điểm: từ ngày … đến hết ngày …" closes
in February had its daily and weekly reports as endless rules (``lich_han.ics``, ``han_sap_toi`` after the campaign);
a year's plan ended its monthly report on 31/12 but not its quarterly one. The campaign's window ends its rules
(``series_start.from_campaign_start``); the plan's period ends every frequency (``plan_periods.within_period``).
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.plan_periods import as_planned

CAMPAIGN = """ỦY BAN NHÂN DÂN
PHƯỜNG AN HÒA
Số: 15/KH-UBND
An Hòa, ngày 02 tháng 11 năm 2027

KẾ HOẠCH
Cao điểm phòng, chống cháy, nổ mùa khô 2027 - 2028

Thời gian cao điểm: từ ngày 10/11/2027 đến hết ngày 31/01/2028.

III. TỔ CHỨC THỰC HIỆN
1. Đội Phòng cháy phường báo cáo nhanh tình hình cháy, nổ về Ủy ban nhân dân phường trước 17 giờ hằng ngày.
2. Các khu phố tổng hợp kết quả kiểm tra, báo cáo vào thứ Năm hằng tuần.
"""

YEAR_PLAN = """ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH
Số: 40/KH-UBND
Hòa Bình, ngày 20 tháng 12 năm 2027

KẾ HOẠCH
Chuyển đổi số trên địa bàn xã năm 2028

III. TỔ CHỨC THỰC HIỆN
1. Văn phòng Ủy ban nhân dân xã tổng hợp, báo cáo tiến độ trước ngày 15 hằng tháng.
2. Các thôn báo cáo kết quả thực hiện hằng quý trước ngày 20 tháng cuối quý.
"""


def _rules(text: str) -> dict[str, str]:
    return {d.text: d.recurrence for d in as_planned(extract(text)).deadlines if d.recurrence}


def test_a_campaigns_daily_and_weekly_reports_end_with_the_campaign():
    rules = _rules(CAMPAIGN)
    assert rules, rules
    daily = [r for r in rules.values() if "FREQ=DAILY" in r]
    weekly = [r for r in rules.values() if "FREQ=WEEKLY" in r]
    assert daily and weekly, rules
    assert all("UNTIL=20280131" in r for r in daily + weekly), rules


def test_the_campaign_end_is_in_the_extraction_itself_and_obligations_hold_it():
    ext = extract(CAMPAIGN)
    recurring = [d for d in ext.deadlines if d.recurrence]
    assert recurring and all("UNTIL=20280131" in d.recurrence for d in recurring)
    held = [ob.deadline for ob in ext.obligations if ob.deadline and ob.deadline.recurrence]
    assert all("UNTIL=20280131" in d.recurrence for d in held)


def test_a_years_quarterly_report_ends_with_the_year_like_its_monthly_one():
    rules = _rules(YEAR_PLAN)
    assert any("FREQ=MONTHLY" in r and "UNTIL=20281231" in r for r in rules.values()), rules
    quarterly = [r for r in rules.values() if "BYMONTH=3,6,9,12" in r or "INTERVAL=3" in r]
    assert quarterly and all("UNTIL=20281231" in r for r in quarterly), rules


ONE_STOP = """ỦY BAN NHÂN DÂN
PHƯỜNG AN HÒA
Số: 52/KH-UBND
An Hòa, ngày 05 tháng 01 năm 2028

KẾ HOẠCH
Cải cách thủ tục hành chính năm 2028

III. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trung tâm Phục vụ hành chính công phường chuẩn hóa bộ thủ tục, hoàn thành trước ngày 30/4/2028.
"""


def test_the_one_stop_office_is_one_partner_and_the_task_is_what_follows():
    from vanban.export.checklist_office import task_words
    from vanban.extract.partners import partners_in

    assert partners_in("chủ trì, phối hợp với Trung tâm Phục vụ hành chính công tỉnh kiểm tra hồ sơ tồn đọng") \
        == "Trung tâm Phục vụ hành chính công tỉnh"
    ob = next(o for o in extract(ONE_STOP).obligations if o.who and o.who.startswith("Phòng Văn hóa"))
    assert ob.partners == "Trung tâm Phục vụ hành chính công phường"
    assert task_words(ob.what, partners=ob.partners) == "Chuẩn hóa bộ thủ tục"
