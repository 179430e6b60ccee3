"""Deadlines on real wording, session 21: the kinds tune20 (the blind authored20's twin) and tune21 showed.

Sentences written for these tests in the style of a Quy chế làm việc of a Sở, a Thông báo kết luận of a Đảng ủy
phường and a Chỉ thị on Tết; the expected values are read from the wording with the labels' conventions
(``realdocs/labeled/README.md``: a recurring deadline is given by its first occurrence on or after the document's date;
the running period of a campaign is no deadline), as the tuning labels apply them (t20-09, t21-05, t20-01, t20-03,
t21-10; the counts are in the rules' docstrings).
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.recurrence import rule_kind

QC = ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSỞ XÂY DỰNG\nSố: 45/QĐ-SXD\nHà Tĩnh, ngày 12 tháng 01 năm 2027\n\n"
      "QUYẾT ĐỊNH\nBan hành Quy chế làm việc của Sở Xây dựng\n\n")
TB = ("ĐẢNG BỘ TỈNH NAM ĐỊNH\nĐẢNG ỦY PHƯỜNG TRƯỜNG THI\nSố: 31-TB/ĐU\nNam Định, ngày 20 tháng 01 năm 2027\n\n"
      "THÔNG BÁO\nKết luận của Ban Thường vụ Đảng ủy phường\n\n")
CT = ("THÀNH ỦY HUẾ\nSố: 07-CT/TU\nHuế, ngày 10 tháng 12 năm 2026\n\nCHỈ THỊ\nVề công tác kiểm tra dịp Tết\n\n")


def _dues(text: str):
    return [(d.date, d.earliest, d.latest, rule_kind(d.recurrence)) for d in extract(text).deadlines]


def test_a_rule_books_review_meetings_repeat_yearly_in_their_month():
    """A Quy chế's "Hội nghị sơ kết 6 tháng tổ chức trong tháng 7; Hội nghị tổng kết công tác năm tổ chức trong tháng
    01 năm sau": each year's reviews, first on or after the document's date — January of the year of issue while it
    runs (12/01/2027), not January 2028."""
    got = _dues(QC + "Điều 6. Chế độ hội nghị\n\n2. Hội nghị sơ kết 6 tháng được tổ chức vào tháng 7; Hội nghị tổng kết "
                     "công tác năm tổ chức trong tháng 01 năm sau.\n")
    assert got == [(None, "2027-07-01", "2027-07-31", "yearly"), (None, "2027-01-01", "2027-01-31", "yearly")]


def test_a_plans_review_month_with_its_year_is_once():
    got = _dues(QC + "3. Văn phòng Sở chuẩn bị Hội nghị sơ kết 6 tháng tổ chức trong tháng 7/2027.\n")
    assert got == [(None, "2027-07-01", "2027-07-31", None)]


def test_reports_named_by_period_and_sent_before_a_day_are_yearly():
    """"báo cáo 6 tháng gửi trước ngày 10/6; báo cáo năm gửi trước ngày 10/11" (no year): the half-year's report and the
    year's, each once a year (t21-05's labels; tune19's "Định kỳ 6 tháng (trước ngày 10/6)" beside the year's)."""
    got = _dues(TB + "3. Các chi bộ thực hiện chế độ báo cáo: báo cáo quý gửi trước ngày 15 của tháng cuối quý; báo "
                     "cáo 6 tháng gửi trước ngày 10/6; báo cáo năm gửi trước ngày 10/11.\n")
    assert ("2027-06-10", "2027-06-10", "2027-06-10", "yearly") in got
    assert ("2027-11-10", "2027-11-10", "2027-11-10", "yearly") in got


def test_a_span_said_to_run_is_no_deadline():
    """"trong thời gian từ ngày … đến ngày …", "Thời gian tổ chức: từ ngày … đến ngày …": the time an inspection or an
    event runs (the tuning labels leave 13 of 14 such day-to-day spans undated); the report due after it stays."""
    got = _dues(CT + "2. Ủy ban Kiểm tra Thành ủy tổ chức 03 đoàn kiểm tra trong thời gian từ ngày 18/01/2027 đến ngày "
                     "12/02/2027; báo cáo kết quả về Thường trực Thành ủy trước ngày 25/02/2027.\n"
                     "3. Thời gian tổ chức: từ ngày 01/3/2027 đến ngày 31/3/2027.\n")
    assert got == [("2027-02-25", "2027-02-25", "2027-02-25", None)]


def test_a_tasks_own_window_stays():
    got = _dues(CT + "4. Thời hạn hoàn thành: từ ngày 04/01/2027 đến ngày 31/3/2027.\n")
    assert got == [(None, "2027-01-04", "2027-03-31", None)]


def test_when_an_event_is_expected_is_no_deadline():
    """"Hội nghị … dự kiến tổ chức vào cuối tháng 01/2027" (why late reports are recalled): the expected day of an event
    (the labels date none of three such: t20-04, a16-05, 637-TB-VPCP); the due day asked of the bodies stays."""
    got = _dues(CT + "Báo cáo tổng kết sẽ trình Hội nghị Ban Chấp hành Đảng bộ thành phố dự kiến tổ chức vào cuối tháng "
                     "01/2027. Đề nghị các đảng ủy trực thuộc gửi báo cáo trước ngày 05/01/2027.\n")
    assert got == [("2027-01-05", "2027-01-05", "2027-01-05", None)]


def test_a_running_span_as_eng_ocr_reads_it():
    """eng OCR drops the ơ of "thời" after "trong" ("trong thị gian từ ngày …", the legacy form of such a plan)."""
    got = _dues(CT + "2. Tổ chức kiểm tra tại ít nhất 08 tỉnh, thành phố trong thị gian từ ngày 04/01/2027 đến ngày "
                     "05/02/2027.\n")
    assert got == []
