"""When a checklist row is due — what the session-33 newcomer found, each as a kind, through the Python API
(``extract``, ``build_checklist``, ``render_checklist``) and read back with dateutil and icalendar.

The documents are written for these tests in a commune's wording (a UBND xã's flood plan for 2027 issued in 12/2026,
a Thường trực HĐND's plan for a session); the expected values are read from them by hand:

* a daily report of the duty staff whose sentence gives the duty's span ("phân công cán bộ trực ban từ ngày 15/7/2027
  đến ngày 15/10/2027; cán bộ trực ban báo cáo … trước 17 giờ hằng ngày"): daily at 17:00 from 15/7 to 15/10/2027;
* a daily time with its own span ("trước 8 giờ hằng ngày từ ngày 01/8/2027 đến ngày 05/8/2027"): five dues, the
  closing day no row of its own;
* a daily report "trong các ngày trực" under a Tết roster (14/02 … 16/02/2027): those three days;
* "02 lần/ngày (trước 10h00' và 15h00')": two timed dues a day, not one all-day event;
* "báo cáo sơ kết 6 tháng trước ngày 20/6/2027 và tổng kết năm trước ngày 20/12/2027": two rows, the second
  "báo cáo tổng kết năm";
* "trước ngày 22 hằng tháng" in a plan for 2027 issued 10/12/2026: the checklist's first due 22/01/2027 (the
  deadline itself keeps 22/12/2026, the labels' "first occurrence on or after the document's date"); a weekly
  giao ban of that plan first meets on its first Monday, 04/01/2027;
* "chậm nhất 07 ngày trước ngày khai mạc kỳ họp (ngày 16/7/2027)": 09/7/2027; the bracket is the deadline itself
  when the event's day it was counted from is printed ("… 10 ngày trước ngày khai mạc (ngày 06/7/2027)" with the
  session on 16/7/2027): 06/7/2027;
* :func:`vanban.extract.recurrence.describe` reads a rule's end from the rule, not dateutil's private ``_until``.
"""

from __future__ import annotations

import datetime as dt
import inspect

from dateutil.rrule import rrulestr
from icalendar import Calendar

from vanban.extract import extract, recurrence
from vanban.export.checklist_text import render_checklist
from vanban.extract.checklist import build_checklist
from vanban.time_of_day import VN_TZ

FLOOD = """ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH
Số: 41/KH-UBND
Hòa Bình, ngày 10 tháng 12 năm 2026

KẾ HOẠCH
Phòng, chống lụt bão và tìm kiếm cứu nạn năm 2027

I. NHIỆM VỤ
1. Ban Chỉ huy phòng, chống thiên tai xã phân công cán bộ trực ban từ ngày 15/7/2027 đến ngày 15/10/2027; cán bộ trực ban báo cáo diễn biến mưa lũ về Ban Chỉ huy trước 17 giờ hằng ngày.
2. Các thôn báo cáo kết quả khắc phục sạt lở về UBND xã trước ngày 22 hằng tháng.
3. Tổ xung kích báo cáo mực nước về Ban Chỉ huy 02 lần/ngày (trước 10h00' và 15h00').
4. Trạm Y tế xã báo cáo tình hình dịch bệnh sau lũ trước 8 giờ hằng ngày từ ngày 01/8/2027 đến ngày 05/8/2027.
5. Công chức Văn hóa - Xã hội báo cáo sơ kết 6 tháng trước ngày 20/6/2027 và tổng kết năm trước ngày 20/12/2027.

II. LỊCH TRỰC TẾT
Ngày 14/02/2027: Phó Chủ tịch UBND xã Lò Văn Sơn.
Ngày 15/02/2027: Chủ tịch UBND xã Hà Thị Mai.
Ngày 16/02/2027: Chỉ huy trưởng Quân sự xã Vì Văn Tâm.
Người trực báo cáo tình hình an ninh về Văn phòng UBND xã trước 9 giờ hằng ngày trong các ngày trực.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hà Thị Mai
"""

SESSION = """THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN
XÃ HÒA BÌNH
Số: 12/KH-TTHĐND
Hòa Bình, ngày 03 tháng 6 năm 2027

KẾ HOẠCH
Chuẩn bị kỳ họp thường lệ giữa năm 2027

I. NỘI DUNG
1. Văn phòng HĐND và UBND xã gửi tài liệu kỳ họp đến đại biểu chậm nhất 07 ngày trước ngày khai mạc kỳ họp (ngày 16/7/2027).
2. Ủy ban nhân dân xã hoàn thiện các dự thảo báo cáo chậm nhất 15 ngày trước ngày khai mạc kỳ họp 16/7/2027.
3. Ban Kinh tế - Xã hội thẩm tra các báo cáo chậm nhất 10 ngày trước ngày khai mạc (ngày 06/7/2027).

II. THỜI GIAN
Kỳ họp khai mạc ngày 16/7/2027 tại Hội trường UBND xã.

TM. THƯỜNG TRỰC HĐND
CHỦ TỊCH
Lò Văn Sơn
"""

TODAY = dt.date(2026, 12, 11)


def _deadline(ext, words: str):
    found = [d for d in ext.deadlines if words in (d.what or "") or words in d.text]
    assert len(found) == 1, [(d.text, d.what) for d in ext.deadlines]
    return found[0]


def _days(d) -> list[dt.datetime]:
    """Every due of a deadline's rule from its first day (dateutil reading the stored rule)."""
    return list(rrulestr(d.recurrence, dtstart=dt.datetime.fromisoformat(d.date)))


def test_daily_report_runs_over_the_duty_span_its_sentence_gives():
    d = _deadline(extract(FLOOD), "diễn biến mưa lũ")
    assert (d.date, d.time) == ("2027-07-15", "17:00")
    days = _days(d)
    assert days[0].date() == dt.date(2027, 7, 15) and days[-1].date() == dt.date(2027, 10, 15) and len(days) == 93
    assert recurrence.describe(d.recurrence) == "hằng ngày, đến hết ngày 15/10/2027"


def test_daily_time_with_its_own_span_is_one_bounded_rule():
    ext = extract(FLOOD)
    d = _deadline(ext, "dịch bệnh sau lũ")
    assert [x.date() for x in _days(d)] == [dt.date(2027, 8, day) for day in range(1, 6)]
    assert not [x for x in ext.deadlines if x.date == "2027-08-05" or x.latest == "2027-08-05"]


def test_daily_report_on_the_rosters_days():
    d = _deadline(extract(FLOOD), "tình hình an ninh")
    assert [x.date() for x in _days(d)] == [dt.date(2027, 2, 14), dt.date(2027, 2, 15), dt.date(2027, 2, 16)]


def test_two_times_a_day_are_two_timed_dues():
    ext = extract(FLOOD)
    d = _deadline(ext, "mực nước")
    assert d.time == "10:00"
    first_day = [x for x in _days(d) if x.date() == dt.date(2026, 12, 10)]
    assert [(x.hour, x.minute) for x in first_day] == [(10, 0), (15, 0)]
    cal = Calendar.from_ical(render_checklist(ext, "ics", today=TODAY))
    event = next(e for e in cal.walk("VEVENT") if "mực nước" in str(e["SUMMARY"]))
    start = event.decoded("DTSTART")
    assert isinstance(start, dt.datetime) and start.tzinfo is not None
    assert start.astimezone(VN_TZ).replace(tzinfo=None) == dt.datetime(2027, 1, 1, 10, 0)  # the plan's year, below
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=start)
    last = [x.astimezone(VN_TZ) for x in rule if x.astimezone(VN_TZ).date() == dt.date(2027, 12, 31)]
    assert [(x.hour, x.minute) for x in last] == [(10, 0), (15, 0)]  # the plan's last day keeps both dues


def test_second_review_of_one_sentence_is_its_own_row():
    ext = extract(FLOOD)
    assert _deadline(ext, "sơ kết").date == "2027-06-20"
    assert _deadline(ext, "tổng kết năm").what == "báo cáo tổng kết năm"
    rows = [it for it in build_checklist(ext, TODAY) if it.who == "Công chức Văn hóa - Xã hội"]
    assert sorted((it.what, it.date) for it in rows) == [("báo cáo sơ kết 6 tháng", "2027-06-20"),
                                                        ("báo cáo tổng kết năm", "2027-12-20")]
    assert "báo cáo tổng kết năm — **Hạn:** trước ngày 20/12/2027" in render_checklist(ext, "md", today=TODAY)


def test_a_plan_for_a_year_starts_its_monthly_dues_in_that_year():
    ext = extract(FLOOD)
    assert _deadline(ext, "khắc phục sạt lở").date == "2026-12-22"  # the deadline: first on or after the document's day
    row = next(it for it in build_checklist(ext, TODAY) if "khắc phục sạt lở" in it.what)
    assert (row.date, row.next_due) == ("2027-01-22", "2027-01-22")


def test_a_start_the_sentence_gives_is_kept():
    said = FLOOD.replace("trước ngày 22 hằng tháng.", "trước ngày 22 hằng tháng, kể từ tháng 12/2026.")
    row = next(it for it in build_checklist(extract(said), TODAY) if "khắc phục sạt lở" in it.what)
    assert row.date == "2026-12-22"


def test_a_plan_for_a_year_starts_its_weekly_meetings_in_that_year():
    text = FLOOD.replace("II. LỊCH TRỰC TẾT", "6. Ban Chỉ huy phòng, chống thiên tai xã giao ban vào sáng thứ Hai hằng tuần.\n\n"
                         "II. LỊCH TRỰC TẾT")
    [meeting] = extract(text).meetings
    assert (meeting.first, meeting.recurrence) == ("2027-01-04", "FREQ=WEEKLY;BYDAY=MO")  # the plan's first Monday


def test_lead_time_before_an_event_the_sentence_dates():
    ext = extract(SESSION)
    assert _deadline(ext, "gửi tài liệu").date == "2027-07-09"  # 16/7/2027 (the session's day) less 7 days
    assert _deadline(ext, "dự thảo báo cáo").date == "2027-07-01"  # "… trước ngày khai mạc kỳ họp 16/7/2027"
    # the bracket counted back already: 06/7/2027 + 10 days is the session's day the plan prints
    assert _deadline(ext, "thẩm tra").date == "2027-07-06"
    # a lead time whose own day is printed in its bracket ("chậm nhất 10 ngày trước ngày bầu cử (trước ngày
    # 12/10/2028)", a32-01 and t32's labels) is that deadline alone; one before an event's day, no due day printed
    # ("chậm nhất 15 ngày trước ngày khai mạc kỳ họp 16/7/2027"), keeps its days a target (≥ 15 ngày, t30's labels)
    assert sorted((t.min, t.max, t.unit) for t in ext.targets) == [(15, None, "ngày")]


def test_describe_reads_the_rule_not_dateutils_private_attributes():
    source = inspect.getsource(recurrence)
    assert "._until" not in source and "_original_rule" not in source and "._freq" not in source
    assert recurrence.rule_until("FREQ=DAILY;UNTIL=20270316T100000Z") == dt.date(2027, 3, 16)
    assert recurrence.describe("FREQ=DAILY;BYHOUR=10,15;BYMINUTE=0;UNTIL=20271231") == \
        "hằng ngày, lúc 10 giờ 00 và 15 giờ 00, đến hết ngày 31/12/2027"
