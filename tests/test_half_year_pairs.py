"""Two days of the year six months apart, joined by "và" and closed by "hằng năm": one 6-monthly deadline.

Kind (issue 10, "Deadlines"; ddl47): a report or review due twice a year, its two days printed as a pair — "trước ngày
10/6 và ngày 10/12 hằng năm". The labels give one entry, `recurrence` 6-monthly, at the first of the two days on or
after the document's date (the labels README: a recurring deadline by its first occurrence), whether or not the clause
names the half-year's and the year's reports before the pair ("đánh giá … 6 tháng và cả năm, báo cáo … trước ngày 10/6
và ngày 10/12 hằng năm", a45-08): counted over the older sets, 19 of the 20 such pairs in authored15-45 and tune17-45
are one 6-monthly entry (t44-09 the one exception). Two days that are not six months apart stay two yearly ones
("trước ngày 05 tháng 6 và ngày 05 tháng 11 hằng năm", t29-08's labels), and a report named with a day of its own
("báo cáo 6 tháng trước ngày 20/6 và cả năm trước ngày 20/12") is two reports.

The sentences are written here in the style of a Đảng ủy's Quy định and a UBND's Kế hoạch; the values are read from
the calendar and the labels' conventions, not from vanban's output.
"""

from __future__ import annotations

import datetime as dt

from vanban.extract import extract
from vanban.extract.recurrence import next_due, rule_kind

PARTY = """ĐẢNG BỘ TỈNH NGHỆ AN
ĐẢNG ỦY XÃ NAM ĐÀN
Số 09-QĐi/ĐU
Nam Đàn, ngày 02 tháng 3 năm 2035

QUY ĐỊNH
Về chế độ sinh hoạt chi bộ

"""
UBND = """ỦY BAN NHÂN DÂN
XÃ QUỲNH LƯU
Số: 41/KH-UBND
Quỳnh Lưu, ngày 01 tháng 7 năm 2035

KẾ HOẠCH
Thực hiện công tác cải cách hành chính năm 2035

"""


def _due(head: str, body: str):
    return extract(head + body + "\n").deadlines


def test_the_half_and_the_year_named_before_the_pair_is_one_six_monthly_deadline():
    got = _due(PARTY, "Điều 9. Các chi bộ tự đánh giá chất lượng sinh hoạt 6 tháng và cả năm, gửi Văn phòng Đảng ủy "
                      "trước ngày 15/6 và ngày 15/12 hằng năm.")
    assert [(d.date, rule_kind(d.recurrence)) for d in got] == [("2035-06-15", "6-monthly")]
    assert got[0].text == "trước ngày 15/6 và ngày 15/12 hằng năm"  # the whole pair, no "15/12 hằng năm" alone
    assert next_due(got[0], dt.date(2035, 7, 1)) == dt.date(2035, 12, 15)


def test_the_pair_written_with_the_month_word_after_the_first_day_passed():
    # a plan of 01/7/2035: 20/6 has passed, the first due day is 20/12
    got = _due(UBND, "3. Văn phòng HĐND và UBND xã tổng hợp, báo cáo sơ kết 6 tháng và tổng kết năm về UBND huyện "
                     "trước ngày 20 tháng 6 và ngày 20 tháng 12 hằng năm.")
    assert [(d.date, rule_kind(d.recurrence)) for d in got] == [("2035-12-20", "6-monthly")]


def test_the_pair_without_a_named_half_year():
    got = _due(UBND, "4. Công chức Văn phòng - Thống kê báo cáo kết quả thực hiện về Phòng Nội vụ trước ngày 10/6 và "
                     "ngày 10/12 hằng năm.")
    assert [(d.date, rule_kind(d.recurrence)) for d in got] == [("2035-12-10", "6-monthly")]


def test_two_days_not_six_months_apart_stay_two_yearly_deadlines():
    got = _due(PARTY, "Điều 10. Các chi bộ báo cáo 6 tháng và cả năm trước ngày 05 tháng 6 và ngày 05 tháng 11 hằng "
                      "năm.")
    assert sorted((d.date, rule_kind(d.recurrence)) for d in got) == [("2035-06-05", "yearly"), ("2035-11-05", "yearly")]


def test_each_report_with_its_own_day_is_two_reports():
    got = _due(PARTY, "Điều 11. Các chi bộ gửi báo cáo 6 tháng trước ngày 20/6 và cả năm trước ngày 20/12 hằng năm.")
    assert sorted((d.date, rule_kind(d.recurrence)) for d in got) == [("2035-06-20", "yearly"), ("2035-12-20", "yearly")]
