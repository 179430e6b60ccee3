"""Deadlines on real wording, session 31 (dl31): kinds read from authored29's labels (spent this session).

- A schedule's column headed by the day alone ("Ngày | Thời gian | Nội dung công việc | Đơn vị chủ trì", the hours
  in "Thời gian"): each row's bare day ("20/5/2027") is the row's due day and its body's obligation's (a29-03's exam
  timetable; t29-03's "Ngày 18/3/2027" rows alike).
- Two months in a row joined by "và": one interval ("trong tháng 4/2027 và tháng 5/2027" → 01/4–31/5; a26-10's and
  a29-03's labels); two apart stay two.
- "định kỳ 6 tháng, gửi trước ngày 10/6/2027; báo cáo năm gửi trước ngày 10/11/2027": the year's two reports dated
  one by one, the half-year's a one-off (a29-08's, t19-09's labels); alone, "Định kỳ 6 tháng, … trước ngày
  10/6/2027" stays six-monthly (a22-01, t20-02).
- The period a title names, said bare in the body ("thực hiện thắng lợi nhiệm vụ quý III năm 2027" in the quarter's
  Nghị quyết; a "2027" cell under "Thời gian thực hiện" of a 2027 plan): the document's running period, no deadline;
  "hoàn thành trong quý III/2027" stays one (a29-02's, a29-07's labels).
- A year naming a meeting ("Trước kỳ họp cuối năm 2027 của HĐND xã"): event-bound, no date, in a due cell too (a29-08).
- "bố trí vốn cho các dự án chuyển tiếp hoàn thành trong năm 2027": which projects, no due year (a29-02).
- A list of projects and their funds ("Tổng mức đầu tư | Kế hoạch vốn năm 2027 | Thời gian thực hiện"): the years
  under "Thời gian thực hiện" are how long each project is built, no due cells (a29-02); a task table's year cell
  stays due (test_facts_kinds_dl).

Sentences written for these tests in the style of those documents.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.plan_periods import title_period
from vanban.extract.recurrence import rule_kind


def _doc(body: str, title: str = "Tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh", kind: str = "KẾ HOẠCH",
         date: str = "10 tháng 3 năm 2027") -> str:
    return ("ỦY BAN NHÂN DÂN TỈNH BÌNH AN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 512/KH-SGDĐT\nBình An, ngày " + date + "\n\n"
            + kind + "\n" + title + "\n\n" + body + "\n")


def _dls(text: str):
    return [(d.date or (d.earliest, d.latest), rule_kind(d.recurrence)) for d in extract(text).deadlines if not d.past]


TIMETABLE = ("**3. Lịch tổ chức Hội thi**\n\n"
             "| Ngày | Thời gian | Nội dung công việc | Đơn vị chủ trì |\n|---|---|---|---|\n"
             "| Trước ngày 05/4/2027 | | Gửi hồ sơ đăng ký dự thi về Sở | Các trường trung học phổ thông |\n"
             "| 12/4/2027 | 08 giờ 00 | Khai mạc Hội thi, bốc thăm bài dạy | Phòng Giáo dục Trung học |\n"
             "| 13/4/2027 | 07 giờ 30 | Thi giảng vòng 1 tại các điểm thi | Các Ban Giám khảo |\n"
             "| 15/4/2027 | 14 giờ 00 | Bế mạc, trao giải | Văn phòng Sở |\n")


def test_a_timetables_bare_days_are_due_days():
    got = [d for d, _ in _dls(_doc(TIMETABLE))]
    assert sorted(got) == ["2027-04-05", "2027-04-12", "2027-04-13", "2027-04-15"]


def test_a_timetable_rows_body_is_due_on_its_day():
    obs = {o.who: o.deadline.date if o.deadline else None for o in extract(_doc(TIMETABLE)).obligations}
    assert obs.get("Phòng Giáo dục Trung học") == "2027-04-12"
    assert obs.get("Các Ban Giám khảo") == "2027-04-13"


def test_a_day_column_without_a_task_column_is_no_schedule():
    body = ("**1. Kết quả năm học trước**\n\n| Ngày | Số thí sinh | Số giải |\n|---|---|---|\n"
            "| 12/4/2027 | 120 | 35 |\n| 13/4/2027 | 118 | 30 |\n")
    assert _dls(_doc(body)) == []


def test_two_months_in_a_row_are_one_interval():
    body = ("**III. TỔ CHỨC THỰC HIỆN**\n\nPhòng Giáo dục Trung học chỉ đạo các trường tổ chức bồi dưỡng giáo viên "
            "dự thi trong tháng 6/2027 và tháng 7/2027.\n")
    assert _dls(_doc(body)) == [(("2027-06-01", "2027-07-31"), None)]
    yearless_first = body.replace("tháng 6/2027 và", "tháng 6 và")
    assert _dls(_doc(yearless_first)) == [(("2027-06-01", "2027-07-31"), None)]


def test_two_months_apart_stay_two():
    body = ("**III. TỔ CHỨC THỰC HIỆN**\n\nPhòng Giáo dục Trung học tổ chức kiểm tra chuyên đề tại các trường "
            "trong tháng 4/2027 và tháng 9/2027.\n")
    got = [d for d, _ in _dls(_doc(body))]
    assert ("2027-04-01", "2027-05-31") not in got and ("2027-04-01", "2027-09-30") not in got
    assert ("2027-04-01", "2027-04-30") in got


def test_a_half_years_report_beside_a_dated_years_report_is_one_off():
    body = ("**IV. CHẾ ĐỘ BÁO CÁO**\n\n2. Các trường báo cáo kết quả thực hiện định kỳ 6 tháng, gửi trước ngày "
            "05/6/2027; báo cáo năm gửi trước ngày 05/11/2027.\n")
    assert sorted(_dls(_doc(body))) == [("2027-06-05", None), ("2027-11-05", None)]


def test_a_half_years_report_alone_stays_six_monthly():
    body = ("**IV. CHẾ ĐỘ BÁO CÁO**\n\n2. Định kỳ 6 tháng, các trường tổng hợp kết quả, gửi báo cáo về Sở trước "
            "ngày 05/6/2027.\n")
    assert _dls(_doc(body)) == [("2027-06-05", "6-monthly")]


def test_the_title_period():
    assert title_period("Về lãnh đạo thực hiện nhiệm vụ chính trị quý III năm 2027") == ("2027-07-01", "2027-09-30")
    assert title_period("Kế hoạch thi đua năm 2027") == ("2027-01-01", "2027-12-31")
    assert title_period("Tổ chức kỳ thi tuyển sinh lớp 10 năm học 2027 - 2028") is None
    assert title_period("Phát triển du lịch giai đoạn 2026 - 2030") is None


def test_the_quarter_a_resolution_is_for_said_bare_is_no_deadline():
    title = "Về lãnh đạo thực hiện nhiệm vụ chính trị quý III năm 2027"
    body = ("**II. NHIỆM VỤ**\n\n- Chi ủy chỉ đạo hoàn thành việc thu đảng phí trong quý III/2027.\n\n"
            "**III. TỔ CHỨC THỰC HIỆN**\n\nCác đồng chí đảng viên, các đoàn thể thôn căn cứ Nghị quyết tổ chức "
            "thực hiện thắng lợi nhiệm vụ quý III năm 2027.\n")
    got = _dls(_doc(body, title=title, kind="NGHỊ QUYẾT", date="03 tháng 7 năm 2027"))
    assert got == [(("2027-07-01", "2027-09-30"), None)]


def test_a_year_naming_a_meeting_is_no_date():
    body = ("**II. NỘI DUNG**\n\n| TT | Nội dung | Đơn vị chủ trì | Thời gian thực hiện |\n|---|---|---|---|\n"
            "| 1 | Góp ý dự thảo Nghị quyết về học phí | Phòng Kế hoạch - Tài chính | Trước kỳ họp cuối năm 2027 "
            "của HĐND tỉnh |\n| 2 | Tổng hợp ý kiến cử tri ngành giáo dục | Văn phòng Sở | Quý III/2027 |\n")
    assert _dls(_doc(body)) == [(("2027-07-01", "2027-09-30"), None)]


def test_projects_finishing_in_a_year_are_which_projects():
    body = ("**Điều 2.** Nguyên tắc phân bổ: ưu tiên bố trí đủ vốn cho các dự án chuyển tiếp hoàn thành trong năm "
            "2027; không bố trí vốn cho dự án chưa đủ thủ tục đầu tư.\n")
    assert _dls(_doc(body, title="Về kế hoạch đầu tư công", kind="NGHỊ QUYẾT")) == []


def test_a_project_lists_years_are_no_due_cells():
    body = ("**Điều 2.** Danh mục dự án và mức vốn bố trí:\n\n"
            "| TT | Danh mục dự án | Tổng mức đầu tư (triệu đồng) | Kế hoạch vốn năm 2027 (triệu đồng) | Thời gian thực hiện |\n"
            "|---|---|---|---|---|\n| 1 | Nâng cấp đường liên thôn Đông - Tây | 12.500 | 6.000 | 2026 - 2027 |\n"
            "| 2 | Xây dựng nhà văn hóa thôn Bến | 4.200 | 4.000 | 2027 |\n")
    assert _dls(_doc(body, title="Về kế hoạch đầu tư công năm 2027", kind="NGHỊ QUYẾT")) == []


def test_a_task_tables_year_cell_in_a_plan_for_that_year_stays_due():
    body = ("**II. NHIỆM VỤ**\n\n| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian triển khai |\n|---|---|---|---|\n"
            "| 1 | Rà soát chương trình bồi dưỡng giáo viên | Phòng Tổ chức cán bộ | 2027 |\n")
    assert _dls(_doc(body, title="Thực hiện nhiệm vụ năm 2027")) == [(("2027-01-01", "2027-12-31"), None)]
