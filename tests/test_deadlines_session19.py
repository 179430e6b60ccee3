"""Deadlines on real wording, session 19 (task dl19): the kinds authored18 (spent this session) showed.

Sentences written for these tests in the style of commune, ward and provincial documents; the expected values are read
from the wording and the calendar with the labels' conventions (``realdocs/labeled/README.md``): a recurring deadline is
given by its first occurrence on or after the document's date (or the start the sentence names), a partial date is the
interval of its whole period.
"""

from __future__ import annotations

import datetime as dt

from vanban.extract import extract
from vanban.extract import recurrence as R
from vanban.models import Deadline

HEAD = ("ĐẢNG BỘ TỈNH AN GIANG\nĐẢNG ỦY XÃ VĨNH HẬU\nSố: 88-CV/ĐU\nVĩnh Hậu, ngày 08 tháng 12 năm 2026\n\n"
        "CÔNG VĂN\nVề việc triển khai một số nhiệm vụ cuối năm 2026\n\n")


def _ext(body: str):
    return extract(HEAD + body + "\n")


def _periods(ext):
    return [(d.date, d.earliest, d.latest, R.rule_kind(d.recurrence)) for d in ext.deadlines if not d.past]


# --- 1. a recurring deadline's start month ------------------------------------------------------------------------

def test_a_start_month_before_a_monthly_day_gives_its_first_occurrence():
    ext = _ext("1. Kể từ tháng 02/2027, các chi bộ rà soát, cập nhật danh sách đảng viên miễn sinh hoạt và báo cáo "
               "Ban Xây dựng Đảng trước ngày 10 hằng tháng.")
    assert _periods(ext) == [("2027-02-10", "2027-02-10", "2027-02-10", "monthly")]


def test_a_start_month_in_brackets_after_a_monthly_day():
    ext = _ext("2. Trạm Y tế xã báo cáo số ca sốt xuất huyết trước ngày 05 hằng tháng (kể từ tháng 3/2027).")
    assert _periods(ext) == [("2027-03-05", "2027-03-05", "2027-03-05", "monthly")]


def test_a_start_month_already_begun_changes_nothing():
    # the month named has begun on the document's date: the next monthly day counts from the document's date
    ext = _ext("3. Từ tháng 12/2026, các chi bộ báo cáo Văn phòng Đảng ủy trước ngày 20 hằng tháng.")
    assert _periods(ext) == [("2026-12-20", "2026-12-20", "2026-12-20", "monthly")]


def test_a_month_span_is_no_start():
    # "từ tháng 01/2027 đến tháng 6/2027" is a span, not a start: the monthly day stays the document's next one
    from vanban.extract import patterns as P
    from vanban.extract.folded import Folded
    assert P.FROM_YEAR_RE.search(Folded.of("từ tháng 01/2027 đến tháng 6/2027").view) is None
    assert P.FROM_YEAR_RE.search(Folded.of("Kể từ tháng 01/2027, các chi bộ").view).group("m") == "01"


# --- 2. two days of the year under one "hằng năm" -----------------------------------------------------------------

def test_two_different_days_six_months_apart_are_one_six_monthly_deadline():
    ext = _ext("1. Ủy ban Kiểm tra Đảng ủy tổng hợp, báo cáo Ban Thường vụ Đảng ủy định kỳ 6 tháng một lần (trước "
               "ngày 25/6 và trước ngày 20/12 hằng năm).")
    assert _periods(ext) == [("2026-12-20", "2026-12-20", "2026-12-20", "6-monthly")]
    rule = ext.deadlines[0].recurrence
    assert R.first_on_or_after(rule, dt.date(2026, 12, 20), dt.date(2026, 12, 21)) == dt.date(2027, 6, 25)
    assert R.first_on_or_after(rule, dt.date(2026, 12, 20), dt.date(2027, 6, 26)) == dt.date(2027, 12, 20)


def test_a_pair_under_hang_nam_alone_dated_at_the_next_of_its_days():
    # 05/12 has passed on 08/12/2026: the next of the two days is 15/6/2027
    ext = _ext("2. Các chi bộ báo cáo kết quả thực hiện về Văn phòng Đảng ủy trước ngày 15/6 và trước ngày 05/12 "
               "hằng năm.")
    assert _periods(ext) == [("2027-06-15", "2027-06-15", "2027-06-15", "6-monthly")]
    assert ext.deadlines[0].text == "trước ngày 15/6 và trước ngày 05/12 hằng năm"


def test_the_second_day_of_a_half_year_pair_is_never_monthly():
    # "6 tháng một lần (trước ngày …" read from inside: "tháng một lần" alone is no monthly phrase
    ext = _ext("3. Văn phòng Đảng ủy báo cáo định kỳ 6 tháng một lần (trước ngày 10/6 và trước ngày 12/12 hằng năm).")
    assert all(R.rule_kind(d.recurrence) == "6-monthly" for d in ext.deadlines)


def test_a_half_year_report_beside_the_years_stays_yearly():
    # session 18's convention, kept: the half-year and the year are two cycles, the half-year's due once a year
    ext = _ext("4. Các chi bộ báo cáo kết quả định kỳ 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 10/12).")
    assert _periods(ext) == [("2027-06-10", "2027-06-10", "2027-06-10", "yearly"),
                             ("2026-12-10", "2026-12-10", "2026-12-10", "yearly")]


def test_pair_rules_keep_each_months_own_day():
    assert R.half_yearly_days((6, 20), (12, 15)) == "FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=15,20;BYSETPOS=2,3"
    assert R.half_yearly_days((7, 5), (1, 10)) == "FREQ=YEARLY;BYMONTH=1,7;BYMONTHDAY=5,10;BYSETPOS=2,3"
    assert R.half_yearly_days((6, 30), (12, 31)) == "FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1"
    # a month's last day beside a plain day: the positions order it last in its month (dl33, a31-02's "30/6 và 15/12")
    assert R.half_yearly_days((1, 31), (7, 30)) == "FREQ=YEARLY;BYMONTH=1,7;BYMONTHDAY=30,-1;BYSETPOS=2,3"
    assert R.half_yearly_days((2, 29), (8, 29)) is None  # no one rule gives 29/2 and 29/8 every year
    rule = R.half_yearly_days((6, 20), (12, 15))
    assert R.describe(rule) == "hằng năm, ngày 20/06 và ngày 15/12"
    d = Deadline(text="", date="2026-12-15", earliest="2026-12-15", latest="2026-12-15", recurrence=rule)
    assert R.next_due(d, dt.date(2027, 1, 1)) == dt.date(2027, 6, 20)
    assert R.next_due(d, dt.date(2028, 6, 21)) == dt.date(2028, 12, 15)


# --- 3. a quarter without its year --------------------------------------------------------------------------------

def test_a_meeting_held_in_a_yearless_quarter_is_due_in_that_quarter():
    ext = _ext("1. Các chi bộ trực thuộc tổ chức sinh hoạt chuyên đề quý IV; nộp đảng phí về Đảng ủy xã chậm nhất "
               "ngày 28/12/2026.")
    assert _periods(ext) == [(None, "2026-10-01", "2026-12-31", None), ("2026-12-28", "2026-12-28", "2026-12-28", None)]


def test_a_yearless_quarter_that_has_passed_is_next_years():
    ext = _ext("2. Đoàn Thanh niên xã tổ chức hội nghị đối thoại với thanh niên quý II.")
    assert _periods(ext) == [(None, "2027-04-01", "2027-06-30", None)]


def test_a_reports_quarter_is_no_meeting_quarter():
    ext = _ext("3. Các chi bộ gửi báo cáo quý I và các biểu mẫu kèm theo.")
    assert _periods(ext) == []


# --- 4. a day named as another report's ---------------------------------------------------------------------------

def test_a_day_named_as_another_reports_day_is_due():
    ext = _ext("1. Chi bộ nào chưa nộp danh sách thì gửi bổ sung cùng báo cáo ngày 15/01/2027.")
    assert _periods(ext) == [("2027-01-15", "2027-01-15", "2027-01-15", None)]
    assert ext.deadlines[0].text == "cùng báo cáo ngày 15/01/2027"


def test_a_report_cited_by_its_day_is_no_deadline():
    ext = _ext("2. Theo báo cáo ngày 20/01/2027 của Văn phòng, còn 03 chi bộ chưa nộp danh sách.")
    assert _periods(ext) == []


# --- tune17 and authored16: a year's report sent to its addressee, the situation before Tết ----------------------

def test_a_years_report_sent_to_its_addressee_before_a_day_is_yearly():
    # "báo cáo năm gửi X trước ngày 05/12": the year's report, each year (the addressee between the period and its day)
    ext = _ext("Điều 8. Công an xã tổng hợp kết quả định kỳ 6 tháng, hằng năm; báo cáo năm gửi Chủ tịch UBND xã "
               "trước ngày 15/12.")
    assert _periods(ext) == [("2026-12-15", "2026-12-15", "2026-12-15", "yearly")]


def test_a_years_report_with_its_year_is_no_cycle():
    ext = _ext("2. Phòng Văn hóa - Xã hội gửi báo cáo năm 2026 gửi Văn phòng trước ngày 20/12.")
    assert _periods(ext) == [("2026-12-20", "2026-12-20", "2026-12-20", None)]


def test_the_situation_before_tet_is_a_reports_subject_not_its_due_day():
    ext = _ext("1. Các chi bộ báo cáo nhanh tình hình trước Tết về Văn phòng Đảng ủy trước 16 giờ ngày 03/02/2027.")
    assert _periods(ext) == [("2027-02-03", "2027-02-03", "2027-02-03", None)]
    ext = _ext("2. Các hộ kinh doanh ký cam kết không lấn chiếm vỉa hè trước Tết Nguyên đán Đinh Mùi 2027.")
    assert _periods(ext) == []  # "trước Tết": undated (the tuning labels, session 21), no year "2027" either


# --- the deadline part of obligations -----------------------------------------------------------------------------

def test_an_obligation_opening_with_its_start_month_has_its_body_and_first_due_day():
    # "Kể từ tháng …," opens the sentence before its body, as "Từ năm 2027," does (assignment_words.LEAD_OPENING)
    ext = _ext("4. Chế độ báo cáo\n\nKể từ tháng 02/2027, các chi bộ rà soát biến động đảng viên và báo cáo Văn "
               "phòng Đảng ủy trước ngày 20 hằng tháng.")
    got = [(o.who, o.deadline.date if o.deadline else None) for o in ext.obligations]
    assert ("các chi bộ", "2027-02-20") in got


def test_a_pair_whose_second_before_an_english_ocr_read_true():
    # a legacy OCR (Tesseract eng) reads "trước" at a line's end as "true"; the pair is still one six-monthly deadline
    ext = _ext("2. Các chi bộ báo cáo kết quả thực hiện về Văn phòng Đảng ủy trước ngày 15/6 và true\nngày 05/12\n"
               "hằng năm.")
    assert _periods(ext) == [("2027-06-15", "2027-06-15", "2027-06-15", "6-monthly")]
