"""Recurring times a newcomer found unread or cut (issue 10, deadlines and the checklist).

Sentences written in the style of ward and commune plans (Kế hoạch of an Ủy ban nhân dân xã, a Đảng ủy's programme);
the expected values are read by hand from the wording and the calendar:

* the weekly time of an activity ("tuần tra vào 17 giờ 00 thứ Năm hằng tuần"; a weekly meeting is a standing meeting
  since session 32, not a deadline) and a monthly day ("sinh hoạt chi bộ vào
  ngày 03 hằng tháng") recur, with their next occurrence from today, in the checklist and the .ics feed;
* a day of a quarter's month keeps its whole phrase in the Thời hạn column ("trước ngày 15 của tháng cuối quý" lost
  "của tháng cuối quý" and read as a monthly day to a reader);
* working days of the month ("ngày làm việc cuối cùng của tháng", "trong 05 ngày làm việc đầu tiên của tháng") are a
  monthly rule (RRULE ``BYSETPOS``);
* a report cycle with no day ("Định kỳ 6 tháng, hằng năm báo cáo …") is no dated deadline (the realdocs labels date no
  such cycle: ``realdocs/labeled/README.md``, "định kỳ" needs its day; 2629/QĐ-TTg's "định kỳ hằng năm báo cáo Thủ tướng
  Chính phủ" is unlabelled) but the checklist's Thời hạn shows it as written.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from vanban.extract import extract
from vanban.export.checklist_text import render_checklist
from vanban.extract.checklist import build_checklist
from vanban.extract.recurrence import describe, next_due

HEAD = ("ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 12/KH-UBND\nAn Bình, ngày 10 tháng 3 năm 2026\n\n"
        "KẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n\n")
ISSUED = "2026-03-10"  # a Tuesday
DECEMBER = dt.date(2026, 12, 2)  # a Wednesday


def _ext(body: str):
    return extract(HEAD + body + "\n", reference_date=ISSUED)


def _one(body: str):
    got = [d for d in _ext(body).deadlines if not d.past]
    assert len(got) == 1, [(d.text, d.date) for d in got]
    return got[0]


def _row(body: str, today: dt.date = DECEMBER):
    rows = [r for r in build_checklist(_ext(body), today) if r.deadline]
    assert len(rows) == 1, [(r.what, r.deadline) for r in rows]
    return rows[0]


# --- the weekly time of an activity ---------------------------------------------------------------------------------

def test_a_weekly_patrol_time_recurs_every_thursday():
    d = _one("1. Công an xã tổ chức tuần tra vào 17 giờ 00 thứ Năm hằng tuần.")
    assert (d.date, d.recurrence) == ("2026-03-12", "FREQ=WEEKLY;BYDAY=TH")  # the first Thursday after Tuesday 10/3
    assert d.text == "17 giờ 00 thứ Năm hằng tuần"
    assert next_due(d, DECEMBER) == dt.date(2026, 12, 3)
    row = _row("1. Công an xã tổ chức tuần tra vào 17 giờ 00 thứ Năm hằng tuần.")
    assert (row.who, row.what, row.next_due) == ("Công an xã", "tổ chức tuần tra", "2026-12-03")


def test_a_weekly_meeting_in_the_morning_recurs_every_monday():
    # a standing meeting since session 32 (vanban.extract.standing_meetings): no deadline, a meeting of its own
    ext = _ext("2. Văn phòng Đảng ủy tổ chức họp giao ban vào 8 giờ sáng thứ Hai hằng tuần.")
    assert [d for d in ext.deadlines if d.recurrence] == []
    [g] = ext.meetings
    assert (g.first, g.recurrence, g.text) == ("2026-03-16", "FREQ=WEEKLY;BYDAY=MO", "8 giờ sáng thứ Hai hằng tuần")
    assert (g.time, g.who, g.what) == ("08:00", "Văn phòng Đảng ủy", "Họp giao ban")
    [g] = _ext("2. Ban Chỉ huy Quân sự xã tổ chức giao ban hằng tuần vào thứ Sáu.").meetings
    assert (g.first, g.recurrence, g.who) == ("2026-03-13", "FREQ=WEEKLY;BYDAY=FR", "Ban Chỉ huy Quân sự xã")


def test_a_weekday_without_every_week_is_no_weekly_time():
    assert [d for d in _ext("3. Công an xã tổ chức tuần tra vào thứ Năm tuần này.").deadlines if d.recurrence] == []


def test_a_monthly_party_cell_meeting_day():
    d = _one("4. Các chi bộ trực thuộc tổ chức sinh hoạt chi bộ vào ngày 03 hằng tháng.")
    assert (d.date, d.recurrence) == ("2026-04-03", "FREQ=MONTHLY;BYMONTHDAY=3")
    assert next_due(d, DECEMBER) == dt.date(2026, 12, 3)


def test_the_weekly_time_in_the_calendar_feed():
    ics = render_checklist(_ext("1. Công an xã tổ chức tuần tra vào 17 giờ 00 thứ Năm hằng tuần."), "ics")
    events = [e for e in Calendar.from_ical(ics).walk("VEVENT")]
    assert len(events) == 1
    assert events[0]["RRULE"].to_ical() == b"FREQ=WEEKLY;UNTIL=20261231;BYDAY=TH"  # the plan's year ends it (session 35)
    assert events[0].decoded("DTSTART") == dt.date(2026, 3, 12)  # an instance of its rule (RFC 5545)


# --- days of a quarter's month: the whole phrase ---------------------------------------------------------------------

def test_a_day_of_the_last_month_of_each_quarter_keeps_its_phrase():
    body = "5. Các phòng chuyên môn báo cáo kết quả về Văn phòng trước ngày 15 của tháng cuối quý."
    d = _one(body)
    assert (d.date, d.recurrence) == ("2026-03-15", "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=15")
    assert d.text == "trước ngày 15 của tháng cuối quý"
    row = _row(body)
    assert row.deadline == "trước ngày 15 của tháng cuối quý" and row.next_due == "2026-12-15"
    assert "quý" not in row.what
    assert describe(d.recurrence) == "hằng quý, ngày 15 tháng cuối quý"  # not "hằng năm, ngày 15 các tháng 3, 6, 9, 12"


def test_a_day_of_the_third_month_of_the_quarter():
    d = _one("6. Các đơn vị gửi báo cáo quý về Phòng Tài chính trước ngày 20 tháng thứ ba của quý.")
    assert (d.date, d.recurrence) == ("2026-03-20", "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20")
    assert d.text == "trước ngày 20 tháng thứ ba của quý"


def test_a_day_of_the_first_month_of_the_next_quarter_keeps_its_phrase():
    body = "7. Văn phòng tổng hợp báo cáo quý trước ngày 05 của tháng đầu quý sau."
    d = _one(body)
    assert (d.date, d.recurrence) == ("2026-04-05", "FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=5")
    row = _row(body)
    assert row.deadline == "trước ngày 05 của tháng đầu quý sau"
    assert "quý sau" not in row.what and row.next_due == "2027-01-05"
    assert describe(d.recurrence) == "hằng quý, ngày 5 tháng đầu quý"


def test_a_day_of_the_month_after_the_reporting_month():
    d = _one("8. Các thôn gửi báo cáo tháng trước ngày 03 của tháng tiếp theo sau tháng kỳ báo cáo.")
    assert (d.date, d.recurrence) == ("2026-04-03", "FREQ=MONTHLY;BYMONTHDAY=3")
    assert d.text == "trước ngày 03 của tháng tiếp theo sau tháng kỳ báo cáo"
    assert "kỳ báo cáo" not in (d.what or "")


# --- working days of the month --------------------------------------------------------------------------------------

def test_the_last_working_day_of_each_month():
    d = _one("9. Các đơn vị gửi báo cáo tháng vào ngày làm việc cuối cùng của tháng.")
    assert (d.date, d.recurrence) == ("2026-03-31", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1")
    assert next_due(d, dt.date(2026, 10, 31)) == dt.date(2026, 11, 30)  # 31/10/2026 is a Saturday: Monday 30/11
    assert next_due(d, dt.date(2026, 5, 1)) == dt.date(2026, 5, 29)  # 31/5/2026 is a Sunday: Friday 29/5
    assert describe(d.recurrence) == "ngày làm việc cuối cùng hằng tháng"


def test_within_the_first_five_working_days_of_each_month():
    d = _one("10. Các đơn vị gửi số liệu thống kê trong 05 ngày làm việc đầu tiên của tháng.")
    # March's fifth working day (Friday 6/3) is before the plan's date: the first one is April's (Tuesday 7/4)
    assert (d.date, d.recurrence) == ("2026-04-07", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=5")
    assert d.text == "trong 05 ngày làm việc đầu tiên của tháng"
    assert next_due(d, DECEMBER) == dt.date(2026, 12, 7)
    row = _row("10. Các đơn vị gửi số liệu thống kê trong 05 ngày làm việc đầu tiên của tháng.")
    assert row.what == "gửi số liệu thống kê"


def test_a_working_day_of_a_named_month_is_no_monthly_rule():
    assert [d.recurrence for d in _ext("11. Các phòng nộp hồ sơ vào ngày làm việc cuối cùng của tháng 12/2026.").deadlines
            if d.recurrence] == []


# --- a report cycle with no day -------------------------------------------------------------------------------------

def test_a_report_cycle_without_a_day_is_undated_but_shown():
    ext = _ext("12. Phòng Văn hóa - Xã hội định kỳ 6 tháng, hằng năm báo cáo kết quả thực hiện về Ủy ban nhân dân xã.")
    assert [d for d in ext.deadlines if not d.past] == []  # the labels' convention: no day, no deadline
    rows = build_checklist(ext, DECEMBER)
    assert [(r.who, r.what, r.deadline, r.date) for r in rows] == [
        ("Phòng Văn hóa - Xã hội", "báo cáo kết quả thực hiện về Ủy ban nhân dân xã", "định kỳ 6 tháng, hằng năm", None)]


def test_a_report_cycle_with_on_demand_reports():
    rows = build_checklist(_ext("13. Công an xã định kỳ hàng quý, năm hoặc đột xuất báo cáo Ủy ban nhân dân xã."),
                           DECEMBER)
    assert [(r.what, r.deadline) for r in rows] == [("báo cáo Ủy ban nhân dân xã", "định kỳ hàng quý, năm hoặc đột xuất")]


def test_a_yearly_report_named_in_the_task_is_no_cycle():
    rows = build_checklist(_ext("14. Phòng Tư pháp tổng hợp báo cáo công tác thi hành pháp luật hàng năm gửi Ủy ban "
                                "nhân dân xã."), DECEMBER)
    assert [r.deadline for r in rows] == [None]


def test_the_newcomers_quarterly_rows_show_their_whole_phrase():
    """The newcomer's kh91 (tests/fixtures/newcomer_plans): items 3 and 8, read by hand — the 15th and the 20th of the
    last month of each quarter; the Thời hạn said "trước ngày 15" and the task kept "của tháng cuối quý"."""
    from conftest import ROOT

    text = (ROOT / "tests/fixtures/newcomer_plans/kh91_cai_cach_hanh_chinh_2026.txt").read_text(encoding="utf-8")
    rows = {(r.what, r.deadline, r.next_due) for r in build_checklist(extract(text), DECEMBER)}
    assert ("báo cáo định kỳ hằng quý", "trước ngày 15 của tháng cuối quý", "2026-12-15") in rows
    assert ("tổng hợp báo cáo quý", "trước ngày 20 tháng cuối quý", "2026-12-20") in rows
