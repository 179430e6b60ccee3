"""Deadlines, session 37 (dl37): kinds read from tune36's misses (spent at its first look), checked on older sets.

- A table's due cell saying again a date the prose gave: a row naming one place of the group the prose charged ("Ấp
  Mỹ Lợi" under "các ấp"), or that group itself ("Các trường (04 trường)"), and a row of a table naming no body at all
  (papers, report forms) are not listed twice; a row of a unit the prose gave no date keeps its own.
- The days a pest's brood is forecast to peak ("trưởng thành rộ từ … đến …") are no window of work.
- A campaign's rounds under a bare "Thời gian" heading of a part naming the campaign are running periods.
- The hour an event's days open on, bracketed after them, is no second deadline; a bracket narrowing a week to its
  days ("(từ ngày … đến ngày …)") gives the days, not the week as well.
- "hằng tháng … (vào) tuần cuối / tuần đầu của tháng": a monthly window, first the next such week; a meeting "mỗi tháng
  01 lần vào tuần cuối của tháng" is not read.
- A rating a sanction withholds ("không được xem xét hoàn thành nhiệm vụ năm …") names no due year.
- A table of rounds right under "Các đợt ra quân …": each row's window is a campaign's run, its row's body aside.
- A goal of the "Chỉ tiêu" part done "xong trong quý …" is due by that quarter.
- A receiving office's closing hour ("tiếp nhận đăng ký … đến 17 giờ ngày …") is the registrants' deadline, not a
  report's time.

Sentences written for these tests in the style of those documents.
"""

from __future__ import annotations

from test_deadlines_dl36 import _doc, _due  # (a xã's plan of 03/7/2029: every day below is after it)

from vanban.extract import extract


def test_a_quota_table_s_date_for_each_place_the_prose_dated_is_listed_once():
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n**1. Chi hội khuyến học các ấp**\n\n"
            "Vận động hộ gia đình đóng góp; nộp tiền về Hội Khuyến học xã chậm nhất ngày 30/10/2031.\n\n"
            "**2. Các trường trên địa bàn xã**\n\nVận động giáo viên tham gia; chuyển tiền về Hội trước 25/10/2031.\n\n"
            "PHỤ LỤC\n\n| STT | Đơn vị | Mức vận động (đồng) | Thời hạn nộp |\n|---|---|---|---|\n"
            "| 1 | Ấp Mỹ Lợi | 8.000.000 | Trước 30/10/2031 |\n| 2 | Ấp Mỹ Hòa | 7.000.000 | Trước 30/10/2031 |\n"
            "| 3 | Các trường (04 trường) | 12.000.000 | Trước 25/10/2031 |\n"
            "| 4 | Trạm Y tế xã | 2.000.000 | Trước 25/10/2031 |\n")
    assert sorted(_due(body)) == ["2031-10-25", "2031-10-25", "2031-10-30"]


def test_a_table_of_papers_naming_no_body_repeats_the_prose_s_date():
    body = ("II. NHIỆM VỤ\n\n1. Các chi hội hoàn thiện hồ sơ đề nghị khen thưởng, gửi về Thường trực Hội trước ngày "
            "15/11/2031.\n\n2. Thường trực Hội tổng hợp, trình Ban Chấp hành xét duyệt trước ngày 30/11/2031.\n\n"
            "III. HỒ SƠ\n\n| TT | Tài liệu | Nơi nhận | Thời hạn |\n|---|---|---|---|\n"
            "| 1 | Tờ trình đề nghị khen thưởng | Thường trực Hội | Trước 15/11/2031 |\n"
            "| 2 | Bản thành tích của tập thể, cá nhân | Thường trực Hội | Trước 15/11/2031 |\n")
    assert _due(body) == ["2031-11-15", "2031-11-30"]


def test_a_row_naming_the_body_the_prose_dated_keeps_its_own_entry():
    # two older authors list a task table's row beside the prose when both name one body (the module's docstring)
    body = ("II. NHIỆM VỤ\n\n1. Phòng Văn hóa - Xã hội xây dựng tài liệu tuyên truyền, hoàn thành trước ngày "
            "20/10/2031.\n\nIII. PHÂN CÔNG\n\n| TT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Xây dựng tài liệu tuyên truyền | Phòng Văn hóa - Xã hội | Trước ngày 20/10/2031 |\n")
    assert _due(body) == ["2031-10-20", "2031-10-20"]


def test_a_pest_s_forecast_peak_is_no_window():
    body = ("II. DỰ BÁO DỊCH HẠI\n\na) Sâu đục thân lứa 4: trưởng thành rộ từ 20/8 đến 30/8, sâu non nở rộ từ 28/8. "
            "Phun trừ khi mật độ trứng vượt ngưỡng; thời gian phun từ ngày 02/9 đến ngày 08/9/2029.\n")
    assert _due(body, "Phòng trừ sâu bệnh hại lúa vụ Mùa năm 2029") == [("2029-09-02", "2029-09-08")]


def test_the_rounds_under_a_campaign_part_s_time_heading_run_over_their_windows():
    body = ("II. NỘI DUNG CHIẾN DỊCH\n\n**1. Thời gian**\n\n- Đợt I: từ ngày 10/8/2029 đến ngày 10/9/2029.\n\n"
            "- Đợt II: từ ngày 20/10/2029 đến ngày 20/11/2029.\n\n**2. Hoạt động**\n\n"
            "- Trạm Y tế xã báo cáo kết quả đợt I trước ngày 15/9/2029.\n")
    assert _due(body, "Chiến dịch truyền thông dân số năm 2029") == ["2029-09-15"]


def test_the_opening_hour_bracketed_after_a_session_s_days_is_the_same_event():
    body = ("II. THỜI GIAN, ĐỊA ĐIỂM\n\n1. Thời gian: Kỳ họp dự kiến tổ chức trong 02 ngày, ngày 20 và 21/12/2029 "
            "(khai mạc lúc 08 giờ 00 ngày 20/12/2029).\n")
    assert _due(body, "Tổ chức Kỳ họp thứ mười hai HĐND xã") == [("2029-12-20", "2029-12-21")]


def test_a_bracket_narrowing_a_week_to_its_days_gives_the_days():
    body = ("IV. TỔ CHỨC THỰC HIỆN\n\nBan Thường vụ Đoàn xã tổ chức hội nghị tổng kết trong tuần thứ ba của tháng 9/2029 "
            "(từ ngày 16/9 đến ngày 20/9/2029).\n")
    assert _due(body) == [("2029-09-16", "2029-09-20")]


def test_a_monthly_check_in_the_last_week_of_the_month_is_a_monthly_window():
    body = ("III. NHIỆM VỤ\n\n- Tổ công tác kiểm tra định kỳ hằng tháng (vào tuần cuối của tháng) các điểm tập kết rác; "
            "kiểm tra đột xuất khi có phản ánh.\n\n- Hội đồng trường định kỳ hằng tháng họp chuyên môn vào tuần đầu "
            "tháng.\n\n- Thường trực họp mỗi tháng 01 lần vào tuần cuối của tháng.\n")
    got = [(d.earliest, d.latest, d.recurrence) for d in extract(_doc(body, "Bảo đảm trật tự đô thị năm 2029")).deadlines]
    assert got == [("2029-07-25", "2029-07-31", "FREQ=MONTHLY;BYMONTHDAY=-1"),
                   ("2029-07-01", "2029-07-07", "FREQ=MONTHLY;BYMONTHDAY=7")]


def test_a_rating_a_sanction_withholds_names_no_due_year():
    body = ("V. TRÁCH NHIỆM\n\nTổ dân phố để xảy ra vi phạm mới mà không báo cáo thì tổ trưởng không được xem xét "
            "hoàn thành nhiệm vụ năm 2030.\n")
    assert _due(body) == []


def test_a_table_of_rounds_under_its_campaign_heading_runs_over_its_windows():
    body = ("III. NHIỆM VỤ\n\n**2. Các đợt ra quân cao điểm**\n\n| Đợt | Thời gian | Nội dung | Đơn vị chủ trì |\n"
            "|---|---|---|---|\n| Đợt 1 | Từ ngày 05/8 đến ngày 25/8/2029 | Giải tỏa lấn chiếm vỉa hè | Công an xã |\n"
            "| Đợt 2 | Từ ngày 07/10 đến ngày 31/10/2029 | Xử lý công trình trái phép | Phòng Kinh tế |\n\n"
            "**3. Báo cáo**\n\nCông an xã báo cáo kết quả trước ngày 15/11/2029.\n")
    assert _due(body) == ["2029-11-15"]


def test_a_goal_done_within_a_quarter_in_the_targets_part_is_due():
    body = ("II. CHỈ TIÊU\n\n1. Giải tỏa 100% biển quảng cáo lấn chiếm hành lang đường huyện, xong trong quý IV/2029.\n\n"
            "2. Tổ chức ít nhất 02 đợt kiểm tra liên ngành trong quý IV/2029.\n")
    assert _due(body) == [("2029-10-01", "2029-12-31")]


def test_registration_received_until_an_hour_of_a_day_is_due_then():
    body = ("V. TỔ CHỨC THỰC HIỆN\n\n1. Đoàn Thanh niên xã\n\n- Ban hành thể lệ giải, tiếp nhận đăng ký của các chi đoàn "
            "đến 16 giờ 30 ngày 20/8/2029; tình hình thiệt hại báo cáo đến sáng ngày 25/8/2029.\n")
    assert _due(body, "Giải bóng đá thanh niên xã năm 2029") == ["2029-08-20"]
