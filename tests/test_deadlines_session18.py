"""Deadlines on real wording, session 18 (issue 10): the kinds tune18 (the blind authored18's twin) showed.

Sentences and tables written for these tests in the style of commune, ward and provincial plans; the expected values
are read from the wording and the calendar with the labels' conventions (``realdocs/labeled/README.md``): a partial
date is the interval of its whole period, a recurring deadline is given by its first occurrence on or after the
document's date (or the start the sentence names), a meeting's month is the month a submission to it is due.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = ("ỦY BAN NHÂN DÂN\nXÃ PHÚ LỢI\nSố: 52/KH-UBND\nPhú Lợi, ngày 04 tháng 12 năm 2026\n\n"
        "KẾ HOẠCH\nCải cách hành chính năm 2027\n\nIII. TỔ CHỨC THỰC HIỆN\n")


def _ext(body: str):
    return extract(HEAD + body + "\n")


def _periods(ext):
    return [(d.date, d.earliest, d.latest, d.recurrence) for d in ext.deadlines if not d.past]


# --- a span of quarters -------------------------------------------------------------------------------------------

def test_a_span_of_two_quarters_is_one_interval_over_both():
    ext = _ext("1. Công chức Tư pháp - Hộ tịch rà soát thủ tục hành chính trong Quý II - III/2027.")
    assert _periods(ext) == [(None, "2027-04-01", "2027-09-30", None)]


def test_a_span_of_quarters_with_the_second_numeral_misread():
    # a scan reads III as "IH" (its last two strokes joined), a legacy OCR as "ITI"
    ext = _ext("1. Công chức Văn phòng - Thống kê giám sát việc niêm yết thủ tục hành chính trong Quý I - IH/2027.")
    assert _periods(ext) == [(None, "2027-01-01", "2027-09-30", None)]
    ext = _ext("2. Công chức Văn hóa - Xã hội tổ chức điều tra mức độ hài lòng trong quý ITI/2027.")
    assert _periods(ext) == [(None, "2027-07-01", "2027-09-30", None)]


def test_quarters_out_of_order_are_no_span():
    from vanban.extract.dates import find_dates
    from vanban.extract.folded import Folded

    spans = [(h.earliest, h.latest) for h in find_dates(Folded.of("trong Quý III - II/2027 và Quý I - II/2027").view)]
    assert ("2027-07-01", "2027-06-30") not in spans and ("2027-04-01", "2027-09-30") not in spans
    assert ("2027-01-01", "2027-06-30") in spans


# --- a submission to a month's meeting ----------------------------------------------------------------------------

def test_a_file_submitted_to_a_month_meeting_is_due_in_that_month():
    ext = _ext("1. Văn phòng HĐND và UBND xã hoàn thiện hồ sơ đề nghị công nhận xã đạt chuẩn tiếp cận pháp luật, "
               "trình Ủy ban nhân dân xã xem xét tại phiên họp tháng 01/2027.")
    assert _periods(ext) == [(None, "2027-01-01", "2027-01-31", None)]


def test_those_named_at_a_briefing_have_no_due_month():
    # the late ones "sẽ được nêu tên" at the briefing: the report is the late ones', no task falls due there
    ext = _ext("1. Các đơn vị gửi báo cáo về Văn phòng trước ngày 20/12/2026; đơn vị chậm gửi báo cáo sẽ được nêu "
               "tên tại cuộc họp giao ban tháng 01/2027.")
    assert _periods(ext) == [("2026-12-20", "2026-12-20", "2026-12-20", None)]


def test_a_report_made_at_a_briefing_stays_due_in_its_month():
    ext = _ext("1. Công chức Địa chính - Xây dựng tổng hợp, báo cáo Chủ tịch UBND xã tại cuộc họp giao ban tháng "
               "02/2027.")
    assert _periods(ext) == [(None, "2027-02-01", "2027-02-28", None)]


# --- a recurring day counted from the quarter the sentence names ------------------------------------------------------

def test_a_quarterly_report_starting_from_a_later_quarter():
    ext = _ext("1. Các ban, ngành, đoàn thể xã báo cáo kết quả thực hiện: báo cáo quý gửi trước ngày 15 của tháng "
               "cuối quý, bắt đầu từ quý II/2027.")
    (d,) = [d for d in ext.deadlines if d.recurrence]
    assert d.date == "2027-06-15"
    assert "BYMONTH=3,6,9,12" in d.recurrence and "BYMONTHDAY=15" in d.recurrence


def test_a_quarterly_report_without_a_start_falls_due_this_quarter():
    ext = _ext("1. Các ban, ngành, đoàn thể xã báo cáo kết quả thực hiện: báo cáo quý gửi trước ngày 15 của tháng "
               "cuối quý.")
    (d,) = [d for d in ext.deadlines if d.recurrence]
    assert d.date == "2026-12-15"


# --- a figure to reach within a year -------------------------------------------------------------------------------

def test_a_figure_reached_within_a_year_closing_its_clause_is_no_deadline():
    # the older sets' majority (session 47: 39 left out, 19 dated): the year is the target's period
    ext = _ext("1. Công chức Tư pháp - Hộ tịch kiểm tra việc giải quyết thủ tục hành chính tại ít nhất 05 thôn "
               "trong năm 2027.")
    assert _periods(ext) == []
    ext = _ext("2. Văn phòng HĐND và UBND xã bảo đảm 100% hồ sơ được số hóa trong năm 2027, mỗi hồ sơ được "
               "lưu trữ điện tử.")
    assert _periods(ext) == []


def test_a_year_opening_the_clause_or_followed_by_a_phrase_is_no_deadline():
    ext = _ext("1. Trong năm 2027 kiểm tra, giám sát ít nhất 06 chi bộ trực thuộc.")
    assert _periods(ext) == []
    ext = _ext("2. Phấn đấu đạt mục tiêu tăng trưởng 8% trong năm 2027 của toàn xã.")
    assert _periods(ext) == []


# --- a due cell that opens with "Trong", a day of each month past a blank line -------------------------------------

def test_a_due_cell_reading_trong_nam_under_the_due_column():
    # a Phụ lục as a legacy OCR reads it: one cell a line, rows apart by blank lines, a page break losing a row's number
    # (so no table is read and the header line alone says the column is the due time)
    ext = _ext("PHỤ LỤC\nDANH MỤC NHIỆM VỤ NĂM 2027\n\nSTT\nNội dung\nĐơn vị chủ trì\nĐơn vị phối hợp\n\n"
               "Thời gian hoàn thành\n\n1\n\nLắp đặt màn hình tra cứu thủ tục\n\nVăn phòng HĐND và UBND xã\n\nCác thôn"
               "\n\nTrước ngày 15/01/2027\n\n2\n\nNiêm yết công khai thủ tục\nCông chức Văn phòng\n\nCác thôn\n\n"
               "Trước ngày 31/3/2027\n\x0cSố hóa hồ sơ hộ tịch\nCông chức Tư pháp - Hộ tịch\n\nCác thôn\n\nTháng 5/2027"
               "\n\n4\n\nMua sắm máy quét tài liệu\nVăn phòng HĐND và UBND xã\n\nCác thôn\n\nTrong năm 2027\n\n5\n\n"
               "Cập nhật cơ sở dữ liệu\nCông chức Văn phòng\n\nCác thôn\n\nThường xuyên")
    assert [p[1:3] for p in _periods(ext)] == [("2027-01-15", "2027-01-15"), ("2027-03-31", "2027-03-31"),
                                               ("2027-05-01", "2027-05-31"), ("2027-01-01", "2027-12-31")]


def test_a_monthly_day_after_a_blank_line_keeps_its_cue():
    # an OCR layer puts a blank line (and a page's form feed) between "trước ngày" and the day
    ext = _ext("1. Các thôn báo cáo tình hình an ninh trật tự về Công an xã\n\x0ctrước ngày\n\n20 hằng tháng.")
    assert [(d.date, d.recurrence) for d in ext.deadlines] == [("2026-12-20", "FREQ=MONTHLY;BYMONTHDAY=20")]


# --- the end of every period ----------------------------------------------------------------------------------------

def test_the_end_of_each_quarter_is_a_quarterly_due_day():
    ext = _ext("1. Văn phòng HĐND và UBND xã công khai danh mục nhiệm vụ chậm tiến độ vào cuối mỗi quý.")
    assert [(d.date, d.recurrence) for d in ext.deadlines] == [("2026-12-31", "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1")]
    ext = _ext("2. Công chức Văn phòng cập nhật sổ theo dõi văn bản đến trước cuối hằng tháng.")
    assert [(d.date, d.recurrence) for d in ext.deadlines] == [("2026-12-31", "FREQ=MONTHLY;BYMONTHDAY=-1")]


def test_the_end_of_a_quarter_without_each_is_no_due_day():
    ext = _ext("1. Các chi bộ nộp đảng phí trước ngày 10 hằng tháng, không để dồn nộp vào cuối quý.")
    assert [(d.date, d.recurrence) for d in ext.deadlines] == [("2026-12-10", "FREQ=MONTHLY;BYMONTHDAY=10")]
