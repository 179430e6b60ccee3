"""Deadlines, session 32 (dl32): kinds read from authored30's misses (spent this session).

- A numbered heading that dates its own section ("3. Chế độ thông tin, báo cáo (thực hiện từ tháng 3/2028)") over bare
  bullets with a monthly day ("- … báo cáo … trước ngày 04 hằng tháng"): the first report falls in that month, not in
  the month after the document's date (a30-04's labels: "thực hiện từ tháng 02/2028" → 03/02, 05/02, 10/02/2028).
- An event the plan fixes on a day, said without "vào" ("Lễ ra quân tổ chức ngày 20/3/2028"): the event's day, as
  "tổ chức vào ngày …" (a30-09 and t25-06's labels date the Lễ giao nhận quân); a past one stays out.
- When a thing lapses ("người có giấy phép hết hạn trong quý I/2028"): no task's due date (a30-08's labels).
- A purpose clause opening the sentence ("Để hoàn thành kế hoạch thu năm 2027, Sở … đề nghị …"): the goals' year, no
  due year (a30-08, as a16-02 and t22-06's labels leave it).

Sentences written for these tests in the style of those documents.
"""

from __future__ import annotations

from test_deadlines_dl31 import _dls, _doc as _dl31_doc


def _doc(body: str, title: str = "Phòng, chống bệnh dại năm 2028", date: str = "10 tháng 12 năm 2027") -> str:
    return _dl31_doc(body, title=title, date=date)


REPORTS = ("**3. Chế độ thông tin, báo cáo** *(thực hiện từ tháng 3/2028)*\n\n"
           "- Các phòng khám báo cáo số ca bị chó cắn về Trung tâm Y tế khu vực trước ngày 04 hằng tháng.\n\n"
           "- Trung tâm Y tế khu vực tổng hợp, báo cáo Sở trước ngày 12 hằng tháng.\n\n"
           "**4. Kinh phí**\n\n"
           "- Các đơn vị gửi bảng kê chi phí về Phòng Kế hoạch - Tài chính trước ngày 15 hằng tháng.\n")


def test_heading_start_dates_the_first_report_of_its_bullets():
    got = _dls(_doc(REPORTS))
    assert got == [("2028-03-04", "monthly"), ("2028-03-12", "monthly"), ("2027-12-15", "monthly")]


def test_heading_start_before_the_document_changes_nothing():
    body = REPORTS.replace("tháng 3/2028", "tháng 10/2027")
    assert [d for d, _ in _dls(_doc(body))] == ["2028-01-04", "2027-12-12", "2027-12-15"]


def test_event_held_on_a_day_without_vao():
    body = ("- Tổ chức tập huấn cho cán bộ thú y xã trong tháng 01/2028.\n\n"
            "- Lễ ra quân hưởng ứng Tháng hành động phòng, chống bệnh dại tổ chức ngày 20/3/2028 tại sân vận động xã.\n")
    assert _dls(_doc(body)) == [(("2028-01-01", "2028-01-31"), None), ("2028-03-20", None)]


def test_past_event_held_on_a_day_stays_out():
    assert _dls(_doc("Hội nghị sơ kết đã được tổ chức ngày 12/9/2026 với 300 đại biểu tham dự.")) == []


def test_a_lapse_is_no_deadline():
    body = ("- Công an xã rà soát người có giấy phép lái xe hết hạn trong quý I/2028 để thông báo cấp đổi.\n\n"
            "- Hoàn thành cấp đổi giấy phép trong quý II/2028.\n")
    assert _dls(_doc(body)) == [(("2028-04-01", "2028-06-30"), None)]


def test_purpose_clause_year_is_no_due_year():
    body = ("Để hoàn thành các chỉ tiêu năm 2028, Ủy ban nhân dân xã yêu cầu các thôn tập trung chỉ đạo thu dứt điểm "
            "các khoản nợ đọng.\n")
    assert _dls(_doc(body, title="Đôn đốc thu ngân sách")) == []


def test_asked_completion_year_stays_a_deadline():
    body = "Đề nghị các xã hoàn thành chỉ tiêu năm 2028, báo cáo kết quả về Sở.\n"
    assert _dls(_doc(body, title="Đôn đốc thu ngân sách")) == [(("2028-01-01", "2028-12-31"), None)]
