"""Deadlines on real wording, session 24 (dl24): kinds read from authored22's labels (spent this session).

- "Định kỳ 6 tháng" leading its task, closed by a comma or followed by the report's verb, with a dated day at the
  clause's end: "- Định kỳ 6 tháng, lồng ghép báo cáo … gửi về Đảng ủy trước ngày 10/6/2027" → one six-monthly deadline,
  first on 10/6/2027 (the labels of a22-01, t20-02, t20-05 and t22-05). The phrase right before its day ("tổng hợp báo
  cáo định kỳ 6 tháng trước ngày 10/6/2027", t19-09) and the bracketed form ("định kỳ 6 tháng (trước ngày 15/6/2027)",
  four labels of five) stay one-offs, as the majority of the tuning labels have them.
- Two meeting months of a year after "định kỳ 6 tháng một lần": "họp giao ban … định kỳ 06 tháng một lần, vào tháng 7
  và tháng 12 hằng năm" → one six-monthly deadline, the first of the two months still open on the document's date
  (a22-09's label: December 2026 for a Quy chế of 22/12/2026), not July once and December yearly.
- An approval the clause requires by a day: "100% chủ rừng là tổ chức phải có phương án được phê duyệt trước ngày
  31/12/2026" is due then (a22-02's label); "hồ sơ đã được phê duyệt trước ngày …" without "phải" stays a scope.
- The time a statistic covers: "số liệu biến động … thống kê từ ngày 01/01/2026 đến ngày 31/12/2026" is no deadline
  (a22-03's labels, as "tính từ … đến …").
- A period narrowed to a due day in its clause is one deadline: "Tổ chức trong tháng 12/2026, hoàn thành trước ngày
  25/12/2026" → the day (a22-01's label); "hoàn thành trong quý II/2027, chậm nhất ngày 30/6/2027" → the quarter its
  last day restates (a22-10's label).

Sentences written for these tests in the style of those documents.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.recurrence import rule_kind


def _plan(body: str, head: str = "KẾ HOẠCH\nThực hiện Chương trình hành động năm 2027", date: str = "20 tháng 12 năm 2026",
          issuer: str = "ĐẢNG BỘ PHƯỜNG AN BÌNH\nĐẢNG ỦY", number: str = "Số: 15-KH/ĐU") -> str:
    return (issuer + "\n" + number + "\nAn Bình, ngày " + date + "\n\n" + head + "\n\n" + body + "\n")


def _dls(text: str):
    return [(d.date or (d.earliest, d.latest), rule_kind(d.recurrence)) for d in extract(text).deadlines if not d.past]


def test_a_leading_six_month_cycle_recurs_from_its_dated_day():
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n- Các chi bộ tổ chức quán triệt Kế hoạch đến toàn thể đảng viên.\n"
            "- Định kỳ 6 tháng, các chi bộ lồng ghép báo cáo kết quả thực hiện Kế hoạch trong báo cáo sơ kết, gửi về "
            "Văn phòng Đảng ủy trước ngày 15/6/2027.")
    assert _dls(_plan(body)) == [("2027-06-15", "6-monthly")]


def test_a_leading_cycle_followed_by_the_report_verb():
    body = ("2. Ủy ban nhân dân xã xây dựng kế hoạch triển khai trước ngày 10/01/2027; định kỳ 6 tháng báo cáo "
            "Thường trực Hội đồng nhân dân xã kết quả thực hiện trước ngày 25/6/2027.")
    assert _dls(_plan(body)) == [("2027-01-10", None), ("2027-06-25", "6-monthly")]


def test_a_cycle_closed_by_a_comma_mid_clause():
    body = ("3. Phòng Kinh tế kiểm tra việc quản lý trật tự xây dựng trên địa bàn định kỳ 6 tháng, báo cáo Ủy ban nhân "
            "dân xã trước ngày 18/6/2027.")
    assert _dls(_plan(body)) == [("2027-06-18", "6-monthly")]


def test_the_cycle_right_before_its_day_or_in_brackets_stays_one_off():
    body = ("4. Văn phòng tổng hợp báo cáo định kỳ 6 tháng trước ngày 10/6/2027 và báo cáo năm trước ngày 10/12/2027.\n\n"
            "5. Các chi bộ báo cáo kết quả định kỳ 6 tháng (trước ngày 15/6/2027).")
    assert [k for _, k in _dls(_plan(body))] == [None, None, None]


def _rules(body: str, date: str) -> str:
    return _plan(body, head="QUY CHẾ\nPhối hợp quản lý cụm công nghiệp", date=date,
                 issuer="ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH", number="Số: 31/2026/QĐ-UBND")


def test_two_meeting_months_of_a_six_month_cycle_are_one_deadline():
    body = ("Điều 6. Chế độ họp\n\n1. Sở Công Thương chủ trì tổ chức họp giao ban liên ngành định kỳ 06 tháng một lần, "
            "vào tháng 7 và tháng 12 hằng năm; trường hợp cần thiết tổ chức họp đột xuất.")
    assert _dls(_rules(body, "22 tháng 12 năm 2026")) == [(("2026-12-01", "2026-12-31"), "6-monthly")]
    assert _dls(_rules(body, "15 tháng 01 năm 2027")) == [(("2027-07-01", "2027-07-31"), "6-monthly")]


def test_a_month_alone_after_the_cycle_is_no_pair():
    body = "Điều 6. Sơ kết\n\nĐịnh kỳ 6 tháng một lần, Ban Chỉ đạo tổ chức sơ kết vào tháng 7 năm 2027."
    assert [k for _, k in _dls(_rules(body, "22 tháng 12 năm 2026"))] == [None]


def test_a_required_approval_by_a_day_is_due():
    body = ("2. Sở Nông nghiệp và Môi trường\n\nb) Hướng dẫn các chủ rừng xây dựng phương án phòng cháy, chữa cháy rừng; "
            "100% chủ rừng là tổ chức phải có\nphương án được phê duyệt trước ngày 20/01/2027.")
    assert _dls(_plan(body, head="CHỈ THỊ\nVề phòng cháy, chữa cháy rừng", issuer="ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH",
                      number="Số: 18/CT-UBND")) == [("2027-01-20", None)]


def test_an_approval_before_a_day_without_duty_scopes():
    body = ("2. Các dự án đã được phê duyệt trước ngày 15/01/2027 thì tiếp tục thực hiện theo quyết định đã phê duyệt.")
    assert _dls(_plan(body, head="CHỈ THỊ\nVề quản lý đầu tư", issuer="ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH",
                      number="Số: 18/CT-UBND")) == []


def test_the_time_a_statistic_covers_is_no_deadline():
    body = ("1. Thời điểm thống kê\n\nb) Số liệu thống kê tính đến thời điểm ngày 31/12/2026. Đối với số liệu biến động "
            "(tuyển dụng, nghỉ hưu, thôi việc) thống kê từ ngày 01/01/2026 đến\nngày 31/12/2026.\n\n"
            "2. Các cơ quan, đơn vị gửi báo cáo về Sở Nội vụ trước ngày 10/01/2027.")
    assert _dls(_plan(body, issuer="UBND TỈNH AN BÌNH\nSỞ NỘI VỤ",
                      number="Số: 2210/SNV-CCVC")) == [("2027-01-10", None)]


def test_a_month_narrowed_to_a_day_is_the_day():
    body = "- Thời gian: Tổ chức trong tháng 01/2027, hoàn thành trước ngày 20/01/2027 (thời gian cụ thể có thông báo sau)."
    assert _dls(_plan(body)) == [("2027-01-20", None)]


def test_a_quarter_restated_by_its_last_day_is_the_quarter():
    body = "c) Đại hội các chi bộ còn lại hoàn thành trong quý II/2027, chậm nhất\nngày 30/6/2027."
    assert _dls(_plan(body)) == [(("2027-04-01", "2027-06-30"), None)]
