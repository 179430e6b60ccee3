"""Deadline kinds of session 56 (dl56), the expected values copied from the labels of the documents in
tests/fixtures/dl56 (authored54, spent at the start of session 56; t54-03 from tune54), not from vanban's output:

- a list's lead that opens with the start of its reports ("Từ quý I/2040, thực hiện chế độ báo cáo như sau:") dates
  the quarterly items below it from that quarter (a54-03: 20/3/2040 and 25/3/2040); a next year's plan with no such
  start counts from its date (t54-03, issued 24/11/2039: 20/12/2039 and 15/12/2039);
- a monthly list of lapsed cards ("danh sách … thẻ hết hạn trước ngày 10 hằng tháng") is the list's monthly delivery,
  not a card's expiry (a54-03: 10/12/2039, the BHXH huyện's first due day);
- a monthly report whose clause names its months in brackets before it ("(tháng 9 - tháng 11/2040) báo cáo tiến độ …
  trước ngày 20 hằng tháng") is first due in the first month (a54-07: 20/9/2040), the bracket no deadline;
- "Báo cáo sơ kết 6 tháng gửi trước ngày 10 tháng 6" is a yearly 10 June (a54-08), "định kỳ 6 tháng (trước ngày
  15/6)" alone stays six-monthly;
- a campaign's window ("1. Thời gian: Từ ngày 15/11/2040 đến ngày 15/12/2040" under "IV. THÁNG HÀNH ĐỘNG …") and a
  table cell that repeats it are its running period: no deadline, the row's obligation undated (a54-06);
- a target's half-year before a pointer to its detail ("… trong 6 tháng cuối năm 2039 (chi tiết tại Mục III.3).") is
  its period (a54-01), as is a target's round there ("… được kiểm tra trong Đợt 1."), and a debt counted to a day ("số nợ thuế đến 31/12/2039, chậm nhất ngày 10/01/2040 …") is no
  due day (a54-09: the Đội's task due 10/01/2040).
"""

from __future__ import annotations

import pathlib

from vanban.extract import extract

_FIX = pathlib.Path(__file__).parent / "fixtures" / "dl56"


def _read(name: str):
    return extract((_FIX / name).read_text(encoding="utf-8"))


def _dated(ex) -> list[tuple]:
    return [(d.date or (d.earliest, d.latest), d.recurrence) for d in ex.deadlines if not d.past]


def _kind(rule):
    from vanban.extract.recurrence import rule_kind
    return rule_kind(rule)


def test_a_start_in_the_lead_of_the_report_list_dates_its_quarterly_items():
    got = {date: _kind(rule) for date, rule in _dated(_read("a54-03-KH-UBND.md")) if rule}
    assert got == {"2039-12-10": "monthly", "2040-03-20": "quarterly", "2040-03-25": "quarterly"}


def test_a_next_years_plan_without_a_start_counts_its_quarters_from_its_date():
    got = {date: _kind(rule) for date, rule in _dated(_read("t54-03-KH-UBND.md")) if rule}
    assert got == {"2039-12-05": "monthly", "2039-12-20": "quarterly", "2039-12-15": "quarterly"}


def test_a_monthly_list_of_lapsed_cards_dates_its_holder():
    obs = [(o.who, o.deadline and (o.deadline.date or o.deadline.latest)) for o in _read("a54-03-KH-UBND.md").obligations]
    assert obs[0] == ("Bảo hiểm xã hội huyện", "2039-12-10")
    assert ("UBND các xã, thị trấn", "2040-03-20") in obs and ("Bảo hiểm xã hội huyện", "2040-03-25") in obs


def test_a_bracketed_run_of_months_before_a_monthly_report_is_its_first_month():
    ex = _read("a54-07-KH-PGDDT.md")
    got = _dated(ex)
    assert ("2040-09-20", "FREQ=MONTHLY;BYMONTHDAY=20") in got
    assert ("2040-09-01", "2040-11-30") not in [d for d, _ in got]
    heads = {o.who: o.deadline and o.deadline.date for o in ex.obligations}
    assert heads["Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở"] == "2040-09-20"


def test_the_mid_year_review_report_falls_due_each_year_on_its_day():
    got = _dated(_read("a54-08-QD-DU.md"))
    assert ("2040-06-10", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=10") in got
    assert not any(rule and "INTERVAL=6" in rule for _, rule in got)


def test_a_six_monthly_cycle_with_no_report_named_stays_six_monthly():
    head = ("ỦY BAN NHÂN DÂN\n**XÃ NGHĨA THUẬN**\n\nSố: 12/KH-UBND\n\n*Nghĩa Thuận, ngày 01 tháng 8 năm 2039*\n\n"
            "**KẾ HOẠCH**\n\nPhòng, chống dịch bệnh năm 2040\n\n**IV. TỔ CHỨC THỰC HIỆN**\n\n")
    body = "- Các thôn tổng hợp kết quả, gửi UBND xã định kỳ 6 tháng (trước ngày 15/6).\n"
    got = [(d.date, _kind(d.recurrence)) for d in extract(head + body).deadlines]
    assert got and all(kind == "6-monthly" for _, kind in got), got


def test_a_campaigns_window_and_its_repeat_in_a_table_cell_are_no_deadlines():
    for name in ("a54-06-KH-UBND.md", "a54-06-KH-UBND.txt"):
        got = _dated(_read(name))
        assert ("2040-11-15", "2040-12-15") not in [d for d, _ in got], name
        assert ("2040-03-15", "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=15") in got
    obs = [(o.who, o.deadline and (o.deadline.date or o.deadline.latest)) for o in _read("a54-06-KH-UBND.txt").obligations]
    assert ("Hội Liên hiệp Phụ nữ huyện", None) in obs
    assert ("Hội Liên hiệp Phụ nữ huyện", "2040-12-15") not in obs


def test_a_targets_half_year_before_a_pointer_to_its_detail_is_no_deadline():
    got = [d for d, _ in _dated(_read("a54-01-KH-UBND.md"))]
    assert ("2039-07-01", "2039-12-31") not in got
    assert "2039-08-12" in got and "2040-01-05" in got


def test_a_targets_round_in_the_goals_part_is_no_deadline():
    got = [d for d, _ in _dated(_read("a54-01-KH-UBND.md"))]
    assert ("2039-08-15", "2039-09-15") not in got  # "… được kiểm tra trong Đợt 1." under "II. CHỈ TIÊU"


def test_a_debt_counted_to_a_day_is_no_due_day():
    ex = _read("a54-09-KH-CCTKV.md")
    assert "2039-12-31" not in [d for d, _ in _dated(ex)]
    debt = [o.deadline and o.deadline.date for o in ex.obligations if o.who == "Đội Quản lý nợ và cưỡng chế nợ thuế"]
    assert debt and debt[0] == "2040-01-10"
