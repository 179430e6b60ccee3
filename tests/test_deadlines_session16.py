"""Deadlines on the real wording of 2026 plans and letters (issue 10, "Deadlines"), and their Hạn in the checklist.

Sentences written in the style of a Đảng ủy's plan, a Hướng dẫn of a Ban Tuyên giáo, a Kết luận of a ward's Đảng ủy, a
Nghị quyết chuyên đề, a Chỉ thị and a Sở's report request of November 2026 (the kinds the authored15 plans and letters
showed, each checked on wording of its own here); the expected values are read by hand from the wording, the calendar
and the labels' conventions (``realdocs/labeled/README.md``: a recurring deadline is given by its first occurrence on
or after the document's date; "trong năm 2028", "tháng 12/2026" are intervals covering that period; the running
period of a campaign and a figure's cut-off are no deadlines):

* "Định kỳ 6 tháng, … trước ngày 10/6 và ngày 10/12 hằng năm" is one six-monthly deadline (a one-off 10/6 and a
  yearly 10/12 before);
* "định kỳ hằng quý, chậm nhất ngày 15 của tháng đầu quý" falls in January, April, July and October (read as a day of
  the quarter's last month before);
* a regular meeting named by its month ("vào sinh hoạt chi bộ thường kỳ tháng 12/2026", "tại phiên họp thường kỳ
  tháng 01/2027") is the task's due month;
* a standard reached and a review held in a year ("đạt chuẩn … trong năm 2028", "tổng kết vào năm 2030");
* "từ ngày … đến hết ngày …" with no due word is a running period; a count's "đến hết ngày" and "tính đến ngày" are
  cut-offs;
* a blank line between "trước ngày" and its date (an old PDF's text layer) is a space;
* a scan's quarter: "Quỹ 1/2027" (restoration's tone on an OCR'd "Quý I"), "quý⏎1/2027", "quý [V/2027";
* the checklist: a report cycle opening a second task ("…; định kỳ hằng quý tổng hợp, báo cáo …") is that task's
  Hạn; a quarterly report's date and the year report's are two rows; an earlier request's past date that a reminder
  letter recalls is no row.
"""

from __future__ import annotations

import datetime as dt

from vanban.extract import extract
from vanban.extract.checklist import build_checklist
from vanban.extract.recurrence import next_due, rule_kind

ISSUED = "2026-11-18"
PARTY = ("ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY XÃ DIỄN CHÂU\nSố: 12-KH/ĐU\nDiễn Châu, ngày 18 tháng 11 năm 2026\n\n"
         "KẾ HOẠCH\nthực hiện chuyển đổi số trong hệ thống chính trị xã năm 2027\n\n")
STATE = ("ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nSố: 15/CT-UBND\nThanh Hóa, ngày 18 tháng 11 năm 2026\n\n"
         "CHỈ THỊ\nVề tăng cường công tác phòng cháy, chữa cháy dịp Tết Nguyên đán\n\n")


def _due(body: str, head: str = PARTY):
    return [d for d in extract(head + body + "\n", reference_date=ISSUED).deadlines if not d.past]


def _one(body: str, head: str = PARTY):
    got = _due(body, head)
    assert len(got) == 1, [(d.text, d.date, d.earliest, d.latest, d.recurrence) for d in got]
    return got[0]


# --- two days six months apart after "định kỳ 6 tháng" ----------------------------------------------------------

def test_six_monthly_report_on_two_days_of_the_year_is_one_deadline():
    d = _one("2. Các chi bộ trực thuộc\nXây dựng kế hoạch thực hiện, gửi về Đảng ủy xã. Định kỳ 6 tháng, báo cáo kết quả "
             "thực hiện về Đảng ủy xã trước ngày 10/6 và ngày 10/12 hằng năm.")
    assert (d.date, rule_kind(d.recurrence)) == ("2026-12-10", "6-monthly")  # the first on or after 18/11/2026
    assert d.text == "trước ngày 10/6 và ngày 10/12 hằng năm"
    assert next_due(d, dt.date(2027, 1, 5)) == dt.date(2027, 6, 10)


def test_six_monthly_days_written_with_the_month_word():
    d = _one("3. Các tổ chức chính trị - xã hội xã định kỳ 6 tháng báo cáo Ban Thường vụ Đảng ủy trước ngày 20 tháng 5 "
             "và ngày 20 tháng 11 hằng năm.")
    assert (d.date, rule_kind(d.recurrence)) == ("2026-11-20", "6-monthly")


def test_a_six_month_report_and_the_year_report_due_on_a_pair_of_days_are_one_six_monthly_deadline():
    # session 16 read "báo cáo 6 tháng và cả năm, trước ngày 30/6 và 31/12 hằng năm" as two yearly reports; the labels
    # of such a clause (a45-08 "… 6 tháng và cả năm, báo cáo … trước ngày 10/6 và ngày 10/12 hằng năm", a17-10 "6
    # tháng, năm | Ngày 15/7 và ngày 15/01 năm sau") and of every pair six months apart with "hằng năm" after it (19 of
    # 20 in authored15-45 and tune17-45) give one 6-monthly entry at the next of the two days (ddl47)
    got = _due("4. Văn phòng Đảng ủy tổng hợp báo cáo 6 tháng và cả năm, trước ngày 30/6 và 31/12 hằng năm.")
    assert [(d.date, rule_kind(d.recurrence)) for d in got] == [("2026-12-31", "6-monthly")]
    assert got[0].text == "trước ngày 30/6 và 31/12 hằng năm"
    assert next_due(got[0], dt.date(2027, 1, 5)) == dt.date(2027, 6, 30)


def test_six_monthly_days_on_different_days_are_one_six_monthly_deadline():
    # session 16 kept the two days apart (the 15/12 yearly); the authored18 labels (a18-02, two sentences: "trước ngày
    # 20/6 và trước ngày 15/12 hằng năm", "trước ngày 10/6 và trước ngày 05/12 hằng năm") read one six-monthly deadline
    # whose days differ, dated at the next of the two (session 19, recurrence.half_yearly_days)
    got = _due("5. Các chi bộ định kỳ 6 tháng báo cáo Đảng ủy xã trước ngày 10/6 và ngày 15/12 hằng năm.")
    assert {(d.date, rule_kind(d.recurrence)) for d in got} == {("2026-12-15", "6-monthly")}


# --- the first month of each quarter ------------------------------------------------------------------------------

def test_a_day_of_the_first_month_of_the_quarter_is_quarterly_in_january_april_july_october():
    d = _one("b) Ban thường vụ các đảng ủy xã, phường tổ chức hội nghị báo cáo viên cơ sở định kỳ hằng quý, chậm nhất "
             "ngày 15 của tháng đầu quý; thông tin cho tuyên truyền viên tại sinh hoạt chi bộ thường kỳ.")
    assert (d.date, d.recurrence) == ("2027-01-15", "FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=15")
    assert d.text == "chậm nhất ngày 15 của tháng đầu quý"
    assert next_due(d, dt.date(2027, 2, 1)) == dt.date(2027, 4, 15)


def test_the_first_month_of_each_quarter_written_with_moi():
    d = _one("3. Ủy ban nhân dân các xã báo cáo Sở Nội vụ trước ngày 10 tháng đầu của mỗi quý.", STATE)
    assert (d.date, rule_kind(d.recurrence)) == ("2027-01-10", "quarterly")


# --- a regular meeting named by its month ------------------------------------------------------------------------

def test_a_party_cell_regular_meeting_month_is_the_tasks_due_month():
    d = _one("4. Các chi bộ tổ dân phố\nĐưa nội dung giữ gìn trật tự đô thị, vệ sinh môi trường vào sinh hoạt chi bộ "
             "thường kỳ tháng 12/2026; phân công đảng viên phụ trách từng cụm dân cư, vận động nhân dân thực hiện.")
    assert (d.earliest, d.latest, d.recurrence) == ("2026-12-01", "2026-12-31", None)
    assert d.text == "sinh hoạt chi bộ thường kỳ tháng 12/2026"


def test_a_government_regular_session_month():
    d = _one("2. Sở Tư pháp hoàn thiện dự thảo Nghị quyết, trình Ủy ban nhân dân tỉnh tại phiên họp thường kỳ tháng "
             "01/2027.", STATE)
    assert (d.earliest, d.latest) == ("2027-01-01", "2027-01-31")


def test_the_resolutions_of_a_regular_session_name_no_due_month():
    assert _due("Thực hiện các Nghị quyết phiên họp Chính phủ thường kỳ tháng 12 năm 2026, các sở chủ động rà soát "
                "nhiệm vụ được giao.", STATE) == []


# --- a year a standard is reached or a review held -----------------------------------------------------------------

def test_a_standard_reached_within_a_year_is_due_that_year():
    d = _one("3.7. Xã đạt chuẩn nông thôn mới nâng cao trong năm 2028 theo Bộ tiêu chí ban hành kèm theo Quyết định "
             "của Ủy ban nhân dân tỉnh.")
    assert (d.earliest, d.latest, d.date) == ("2028-01-01", "2028-12-31", None)


def test_a_final_review_in_a_year():
    got = _due("Ban Thường vụ Đảng ủy chỉ đạo sơ kết 3 năm thực hiện Nghị quyết trong quý IV/2028 và tổng kết vào "
               "năm 2030.")
    assert [(d.earliest, d.latest) for d in got] == [("2028-10-01", "2028-12-31"), ("2030-01-01", "2030-12-31")]


def test_a_list_completed_by_a_horizon_year_is_no_due_year():
    # 627/TB-VPCP (a realdocs tuning document): the list's horizon, "vào" after a completion verb is no due year
    assert _due("d) Các bộ, ngành, địa phương tiếp tục rà soát quy hoạch; ưu tiên các dự án cao tốc trong danh mục "
                "hoàn thành 5.000 km vào năm 2030; kiên quyết không bố trí vốn cho các dự án khác.", STATE) == []


def test_a_horizon_year_is_still_no_deadline():
    assert _due("Phấn đấu đến năm 2030, tỷ lệ hộ sử dụng nước sạch đạt 100%.") == []


# --- running periods and cut-offs ----------------------------------------------------------------------------------

def test_a_broadcast_window_from_one_day_to_another_is_no_deadline():
    assert _due("5. Báo và Phát thanh, Truyền hình tỉnh\nMở chuyên mục tuyên truyền về phòng cháy, chữa cháy; phát "
                "thông điệp cảnh báo với tần suất tối thiểu 03 lần mỗi tuần từ ngày 15/12/2026 đến hết ngày "
                "28/02/2027.", STATE) == []


def test_a_time_limit_from_one_day_to_another_stays_a_deadline():
    d = _one("Thời hạn hoàn thành: Từ ngày 01/01/2027 đến ngày 31/3/2027.", STATE)
    assert (d.earliest, d.latest) == ("2027-01-01", "2027-03-31")


REPORT_REQUEST = ("UBND TỈNH QUẢNG NINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 3120/SGDĐT-TCCB\nHạ Long, ngày 18 tháng 11 năm 2026\n\n"
                  "V/v báo cáo số lượng giáo viên năm học 2026 - 2027\n\nKính gửi: Các trường trung học phổ thông.\n\n"
                  "Sở Giáo dục và Đào tạo đề nghị các đơn vị báo cáo các nội dung sau:\n\n")


def test_a_count_up_to_a_day_and_a_figures_cut_off_are_no_deadlines():
    body = ("c) Số giáo viên dự kiến nghỉ hưu, thôi việc, chuyển công tác đến hết ngày 31/8/2027; nhu cầu tuyển dụng "
            "mới theo từng môn học.\n\nSố liệu báo cáo tính đến thời điểm ngày 30/11/2026.\n\n"
            "Các đơn vị gửi báo cáo về Sở (qua Phòng Tổ chức cán bộ) trước ngày 08/12/2026.")
    assert [(d.text, d.date) for d in _due(body, REPORT_REQUEST)] == [("trước ngày 08/12/2026", "2026-12-08")]


def test_a_receipt_open_until_a_day_stays_a_deadline():
    d = _one("Sở Nội vụ tiếp nhận hồ sơ đăng ký đến hết ngày 15/12/2026.", STATE)
    assert d.date == "2026-12-15"


# --- a scan's quarter ----------------------------------------------------------------------------------------------

TABLE_HEAD = "TT\nNhiệm vụ\nĐơn vị chủ trì\nThời gian hoàn thành\n\n"


def test_a_quarter_restored_as_quy_fund_before_its_year():
    body = TABLE_HEAD + "2\n\nTriển khai Sổ tay đảng viên điện tử đến 100% chi bộ trực thuộc\nBan Xây dựng Đảng\n\nQuỹ 1/2027\n"
    got = _due(body)
    assert [(d.earliest, d.latest) for d in got] == [("2027-01-01", "2027-03-31")]


def test_a_quarter_with_its_number_on_the_next_line():
    d = _one("b) Chủ trì tổ chức đợt cao điểm kiểm tra an toàn PCCC đối với nhà trọ, cơ sở kinh doanh karaoke; thực "
             "hiện trong quý\n1/2027. Kịp thời lập biên bản, xử lý vi phạm theo thẩm quyền.", STATE)
    assert (d.earliest, d.latest) == ("2027-01-01", "2027-03-31")


def test_a_fund_before_a_list_number_is_still_no_quarter():
    assert _due("Các đơn vị đóng góp vào Quỹ\n1. Quỹ phòng, chống thiên tai tỉnh.", STATE) == []


def test_the_i_of_iv_read_as_a_bracket():
    d = _one("3. Giao Phòng Tuyên truyền theo dõi, kiểm tra việc thực hiện; tham mưu sơ kết 01 năm thực hiện Hướng dẫn "
             "trong quy [V/2027.")
    assert (d.earliest, d.latest) == ("2027-10-01", "2027-12-31")


def test_a_blank_line_between_the_due_words_and_the_date():
    # an old PDF's text layer puts a blank line between the wrapped lines of a paragraph
    d = _one("6. Các tổ dân phố\n\na) Hoàn thành rà soát, kiện toàn đội dân phòng của tổ dân phố trước ngày\n\n"
             "31/12/2026.\n\nb) Vận động hộ gia đình, hộ kinh doanh trang bị bình chữa cháy, thiết bị báo\n\ncháy.")
    assert (d.date, d.who) == ("2026-12-31", "Các tổ dân phố")


def test_a_date_opening_a_paragraph_after_a_heading_is_no_deadline():
    assert _due("II. NHIỆM VỤ TRỌNG TÂM\n\n15/11 là ngày hội đại đoàn kết toàn dân tộc ở khu dân cư.") == []


# --- the checklist's Hạn ------------------------------------------------------------------------------------------

CT = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 07/CT-UBND\nQuảng Ngãi, ngày 03 tháng 11 năm 2026\n\nCHỈ THỊ\n"
      "Về tăng cường công tác phòng, chống thiên tai năm 2026 - 2027\n\n")


def test_a_report_cycle_opening_a_second_task_is_its_han():
    ext = extract(CT + "5. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Chỉ thị này; định kỳ hằng quý "
                  "tổng hợp, báo cáo Chủ tịch UBND tỉnh.\n")
    rows = [(r.who, r.what, r.deadline) for r in build_checklist(ext, dt.date(2026, 12, 2))]
    assert rows == [("Văn phòng UBND tỉnh", "theo dõi, đôn đốc việc thực hiện Chỉ thị này", None),
                    ("Văn phòng UBND tỉnh", "tổng hợp, báo cáo Chủ tịch UBND tỉnh", "định kỳ hằng quý")]


QD = ("ỦY BAN NHÂN DÂN\nPHƯỜNG HỒNG GAI\nSố: 312/QĐ-UBND\nHồng Gai, ngày 02 tháng 12 năm 2026\n\nKẾ HOẠCH\n"
      "Cải cách hành chính năm 2027\n\nIII. TỔ CHỨC THỰC HIỆN\n")


def test_a_quarterly_report_and_the_year_report_are_two_rows():
    ext = extract(QD + "Các phòng chuyên môn báo cáo kết quả thực hiện định kỳ quý (trước ngày 15 của tháng cuối "
                  "quý) và năm (trước ngày 10/12/2027) về Văn phòng HĐND và UBND phường để tổng hợp.\n")
    rows = build_checklist(ext, dt.date(2026, 12, 3))
    # a plan for 2027 of 02/12/2026: its quarterly report is first due in the plan's first quarter, 15/3/2027 (session
    # 34, plan_periods.first_in_plan; this test had 2026-12-15)
    assert [(r.who, r.due, rule_kind(r.recurrence)) for r in rows] == [
        ("Các phòng chuyên môn", "2027-03-15", "quarterly"), ("Các phòng chuyên môn", "2027-12-10", None)]


REMINDER = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 4120/UBND-TH\nV/v đôn đốc báo cáo kết quả chuyển đổi số năm 2026\n"
            "Hà Tĩnh, ngày 20 tháng 11 năm 2026\n\nKính gửi: Các sở, ban, ngành cấp tỉnh.\n\n"
            "Tại Công văn số 3650/UBND-TH ngày 05/10/2026, Ủy ban nhân dân tỉnh đã đề nghị các sở, ban, ngành báo cáo "
            "kết quả thực hiện Kế hoạch chuyển đổi số năm 2026 trước ngày 31/10/2026. Đến nay, vẫn còn 12 đơn vị chưa "
            "gửi báo cáo.\n\nỦy ban nhân dân tỉnh yêu cầu các đơn vị chưa báo cáo khẩn trương gửi báo cáo về Sở Khoa "
            "học và Công nghệ trước ngày 30/11/2026.\n")


def test_a_recalled_request_is_no_row_of_the_reminder():
    rows = build_checklist(extract(REMINDER), dt.date(2026, 11, 21))
    assert [r.due for r in rows] == ["2026-11-30"]
    # the extraction keeps the recalled date, as past (the bench and the archive see it so)
    assert [d.past for d in extract(REMINDER).deadlines] == [True, False]
