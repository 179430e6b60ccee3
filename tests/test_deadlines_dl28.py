"""Deadlines and citations on real wording, session 28 (dl28): kinds read from tune27's misses (spent).

- A count of rounds within a year ("khám sàng lọc … ít nhất 02 đợt trong năm 2027"): a frequency, as "01 lần trong năm
  2027" is, the year its period, no deadline (t27-05's authors leave it out).
- The period a report or figures cover, named right after their subject ("Báo cáo tình hình thực hiện dự toán 6 tháng
  đầu năm 2027 và ước thực hiện cả năm", "Cung cấp số liệu chi ngân sách … 6 tháng đầu năm 2027 … trước ngày
  10/7/2027"): no due interval, with or without a due day after it (t27-10's authors date only the day).
- The last week of each quarter said without its month's number ("trong tuần cuối của quý", "vào tuần cuối của tháng
  cuối quý", a26-09's label): a quarterly rule, first due the last seven days of the quarter running on the
  document's date; a named quarter ("tuần cuối của quý I/2027") is no cycle.
- A symbol without its year cited with dates in two different years ("Nghị quyết số 45/NQ-HĐND ngày 10/12/2025" for
  one year's plan, "… ngày 10/12/2026" for the next): two documents, since a body numbers anew each year (t27-09's
  authors count two); a symbol with its year stays one document.

Sentences written for these tests in the style of those documents; expected values are read off the sentences (a
calendar's last week of December 2026 is 25–31).
"""

from __future__ import annotations

from vanban.extract import extract


def _doc(body: str, date: str = "18 tháng 12 năm 2026") -> str:
    return ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 2815/KH-UBND\nAn Bình, ngày " + date + "\n\nKẾ HOẠCH\n"
            "Triển khai nhiệm vụ năm 2027\n\n" + body + "\n")


def _dls(text: str):
    return [(d.date or (d.earliest, d.latest)) for d in extract(text).deadlines if not d.past]


def test_rounds_within_a_year_are_a_frequency():
    body = ("**2. Trung tâm Y tế khu vực**\n\nPhối hợp với Trạm Y tế các xã tổ chức khám sàng lọc bệnh không lây "
            "nhiễm cho người cao tuổi, ít nhất 02 đợt trong năm 2027.\n\n**3. Sở Y tế** kiểm tra bếp ăn tập thể tại "
            "ít nhất 15 trường học trong năm 2027.\n")
    # the count of places (not of rounds) is a target's figure too: its year no deadline (session 47's count)
    assert _dls(_doc(body)) == []


def test_a_reports_half_year_is_its_period_without_a_due_day():
    body = ("**2. Ủy ban nhân dân các xã, phường**\n\n- Lập dự toán thu, chi ngân sách năm 2028, gửi Sở Tài chính "
            "chậm nhất ngày 30 tháng 6 năm 2027.\n\n- Báo cáo tình hình thực hiện dự toán 6 tháng đầu năm 2027 và ước "
            "thực hiện cả năm 2027 kèm theo hồ sơ dự toán.\n")
    assert _dls(_doc(body)) == ["2027-06-30"]


def test_figures_of_a_quarter_sent_by_a_day():
    body = ("**3. Đề nghị Kho bạc Nhà nước khu vực**\n\nCung cấp số liệu giải ngân vốn đầu tư công quý I/2027 trên "
            "địa bàn tỉnh cho Sở Tài chính trước ngày 10/4/2027.\n")
    got = extract(_doc(body)).deadlines
    assert [(d.date, d.earliest) for d in got] == [("2027-04-10", "2027-04-10")]


def test_a_half_year_with_a_time_word_stays_due():
    body = "**4. Sở Nội vụ** hoàn thành rà soát vị trí việc làm trong 6 tháng đầu năm 2027.\n"
    assert _dls(_doc(body)) == [("2027-01-01", "2027-06-30")]


def test_the_last_week_of_each_quarter():
    for words in ("trong tuần cuối của quý", "vào tuần cuối của tháng cuối quý", "vào tuần cuối mỗi quý"):
        body = f"**1. Các chi bộ trực thuộc** họp chuyên đề hằng quý {words}, báo cáo kết quả về Đảng ủy.\n"
        got = [d for d in extract(_doc(body)).deadlines if not d.past]
        assert [(d.earliest, d.latest) for d in got] == [("2026-12-25", "2026-12-31")], words
        assert got[0].recurrence == "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1", words


def test_the_last_week_of_a_quarter_after_the_new_year():
    body = "**1. Ban Chỉ đạo** họp định kỳ mỗi quý một lần vào tuần cuối của quý.\n"
    got = [d for d in extract(_doc(body, date="05 tháng 01 năm 2027")).deadlines if not d.past]
    assert [(d.earliest, d.latest) for d in got] == [("2027-03-25", "2027-03-31")]


def test_the_last_week_of_a_named_quarter_is_no_cycle():
    for words in ("trong tuần cuối của quý I/2027", "trong tuần cuối của quý này"):
        body = f"**2. Sở Tài chính** tổng hợp, báo cáo Ủy ban nhân dân tỉnh {words}.\n"
        assert all(d.recurrence is None for d in extract(_doc(body)).deadlines), words


def _cites(body: str):
    return [(c.number, c.date) for c in extract(_doc(body)).citations]


def test_one_yearless_symbol_dated_in_two_years_is_two_documents():
    body = ("**I. ĐÁNH GIÁ**\n\nNăm 2026, các ngành đã thực hiện Nghị quyết số 31/NQ-HĐND ngày 08/12/2025 của Hội đồng "
            "nhân dân tỉnh về kế hoạch năm 2026.\n\n**II. NHIỆM VỤ**\n\nSở Tài chính tham mưu ban hành Kế hoạch thực "
            "hiện Nghị quyết số 31/NQ-HĐND ngày 09/12/2026 của Hội đồng nhân dân tỉnh, trình trước ngày 20/01/2027; "
            "triển khai Nghị quyết số 31/NQ-HĐND đúng tiến độ.\n")
    assert _cites(body) == [("31/NQ-HĐND", "2025-12-08"), ("31/NQ-HĐND", "2026-12-09")]


def test_a_symbol_with_its_year_is_one_document_however_dated():
    body = ("Căn cứ Nghị quyết số 12/2026/NQ-HĐND ngày 10/7/2026 của Hội đồng nhân dân tỉnh; thực hiện Nghị quyết số "
            "12/2026/NQ-HĐND ngày 10/7/2027 (ghi nhầm ngày).\n")
    assert [n for n, _ in _cites(body)] == ["12/2026/NQ-HĐND"]


def test_cham_nhat_with_tesseracts_e_for_its_vowel():
    # Tesseract eng reads the "ậ" of "chậm" as "é" (t27-09's legacy form): still the due word
    body = "**4. Sở Nông nghiệp và Môi trường** cập nhật bảng giá đất, trình Ủy ban nhân dân tỉnh chém nhật ngày 31 tháng 3 năm 2027.\n"
    assert _dls(_doc(body)) == ["2027-03-31"]


def test_a_quarter_whose_slash_a_scan_read_twice():
    body = ("| STT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Bồi dưỡng kỹ năng số cho công chức cấp xã | Sở Nội vụ | Quý II/⁄2027 |\n")
    assert _dls(_doc(body)) == [("2027-04-01", "2027-06-30")]
