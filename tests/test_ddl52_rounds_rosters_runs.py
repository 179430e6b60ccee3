"""Deadline kinds of session 52 (ddl52). The rounds table (CAX/ROUNDS) and the roster (UB) copy authored50's a50-05 and
a50-03 (names and dates changed; authored50 is spent, its authors wrote that text, not vanban); the forms marked
"(fixrev52a)" below are written here, independent of those documents, in the style of a UBND xã's and a Ban Chỉ đạo's
plans. Expected values read from the sentences by the labels README (a partial date is an
earliest/latest interval; a recurring deadline is its first occurrence; "the running period of a campaign" is no
deadline; a table row with its unit is one obligation, due by the end of its interval), never from vanban's output.

1. A rounds table under a line that states the campaign's own running time in the same sentence as the table's lead
   ("Đợt cao điểm cấp lưu động được tổ chức từ … đến …, theo lịch sau:"): each row's "Từ 17/8 đến 23/8/2037" is the
   team's round within it, due (``due_cells.campaign_table``); the stated span itself is the campaign running, no
   deadline; a heading's place ("… tại thôn") is no place of the campaign below it; the "Tổ công tác" column names
   the row's team, one obligation per row (``vocab.TASK_BODY_COL``). A rounds table with no stated span stays
   running (ddl51's test keeps that).
2. A duty roster laid out as a table whose header names who is on duty ("Thời gian | Chỉ huy trực | Lực lượng
   trực"): the rows' periods are no deadlines (``duty_rosters.ROSTER_HEAD_CELL``); a dated task after it is kept.
3. A weekly report "trong thời gian thực hiện đợt cao điểm", the campaign's span stated as the subject's running
   ("Đợt cao điểm … được tổ chức từ ngày …", ``patterns.CAMPAIGN_RUN_TIME_RE``): first due inside the span.
"""

from __future__ import annotations

from vanban.extract import extract

CAX = ("CÔNG AN HUYỆN ĐÔNG SƠN\nCÔNG AN XÃ ĐÔNG HÒA\nSố: 41/KH-CAX\nĐông Hòa, ngày 06 tháng 4 năm 2039\n\n"
       "KẾ HOẠCH\nThu nhận hồ sơ cấp Căn cước lưu động năm 2039\n\n")

ROUNDS = ("III. NỘI DUNG\n\n**2. Tổ chức cấp lưu động tại thôn**\n\n"
          "Đợt cao điểm cấp lưu động được tổ chức từ ngày 20/4/2039 đến ngày 31/5/2039, theo lịch sau:\n\n"
          "| Đợt | Thôn | Địa điểm thu nhận | Thời gian | Tổ công tác |\n|---|---|---|---|---|\n"
          "| 1 | Thôn Trung, thôn Hạ | Nhà văn hóa thôn Trung | Từ 20/4 đến 26/4/2039 | Tổ công tác số 1 |\n"
          "| 2 | Thôn Thượng | Nhà văn hóa thôn Thượng | Từ 04/5 đến 10/5/2039 | Tổ công tác số 2 |\n"
          "| 3 | Toàn xã (cấp tại nhà) | Tại nơi ở của công dân | Từ 18/5 đến 31/5/2039 | Tổ công tác số 1 và số 2 |\n\n")


def _dues(head: str, body: str, issued: str) -> list[tuple[str | None, str | None, str | None]]:
    got = extract(head + body + "\n", reference_date=issued).deadlines
    return [(d.date, d.earliest, d.latest) for d in got if not d.past]


# --- 1. a team's rounds under a stated campaign span -----------------------------------------------------------------

def test_rounds_under_a_span_stated_in_the_leads_sentence_are_due_row_by_row():
    assert _dues(CAX, ROUNDS, "2039-04-06") == [(None, "2039-04-20", "2039-04-26"),
                                                (None, "2039-05-04", "2039-05-10"),
                                                (None, "2039-05-18", "2039-05-31")]


def test_each_round_is_an_obligation_of_the_team_its_row_names():
    got = extract(CAX + ROUNDS + "\n", reference_date="2039-04-06").obligations
    rows = [(o.who, o.deadline.latest if o.deadline else None) for o in got]
    assert rows == [("Tổ công tác số 1", "2039-04-26"), ("Tổ công tác số 2", "2039-05-10"),
                    ("Tổ công tác số 1 và số 2", "2039-05-31")]
    # (fixrev52a) the team's task is its round, not its own name again: the round, the villages, the place
    for o in got:
        assert o.what and o.what != o.who and "Đợt" in o.what and "Nhà văn hóa" in o.what or "nơi ở" in o.what


def test_the_campaigns_span_in_a_paragraph_under_a_heading_naming_a_place_is_no_deadline():
    body = ("III. NỘI DUNG\n\n**2. Tuyên truyền tại thôn**\n\n"
            "Đợt cao điểm tuyên truyền được tổ chức từ ngày 20/4/2039 đến ngày 31/5/2039.\n")
    assert _dues(CAX, body, "2039-04-06") == []


# --- 2. a duty roster's table ----------------------------------------------------------------------------------------

UB = ("ỦY BAN NHÂN DÂN XÃ TÀ LÙNG\nSố: 188/KH-UBND\nTà Lùng, ngày 12 tháng 10 năm 2039\n\n"
      "KẾ HOẠCH\nPhòng cháy, chữa cháy rừng mùa khô 2039 - 2040\n\n")


def test_a_rosters_periods_under_a_header_naming_who_is_on_duty_are_no_deadlines():
    body = ("IV. NỘI DUNG\n\n**3. Tổ chức trực PCCCR**\n\nThực hiện trực 24/24 giờ tại trụ sở UBND xã, theo lịch sau:\n\n"
            "| Thời gian | Chỉ huy trực | Lực lượng trực |\n|---|---|---|\n"
            "| Từ 01/11/2039 đến 31/12/2039 | Phó Chủ tịch UBND xã | 01 dân quân, 01 công an viên |\n"
            "| Từ 01/01/2040 đến 30/4/2040 | Chủ tịch UBND xã | 02 dân quân, 01 công an viên |\n\n"
            "V. TỔ CHỨC THỰC HIỆN\n\n**1. Ban Chỉ huy Quân sự xã**\n\n"
            "Tổ chức diễn tập chữa cháy rừng cho lực lượng dân quân, hoàn thành trước ngày 15/12/2039.\n")
    assert _dues(UB, body, "2039-10-12") == [("2039-12-15", "2039-12-15", "2039-12-15")]


def test_a_table_of_work_with_a_unit_column_keeps_its_windows():
    # (no one on duty in the header: the rows are works, each due by its end)
    body = ("IV. NỘI DUNG\n\n| Thời gian | Nội dung | Đơn vị thực hiện |\n|---|---|---|\n"
            "| Từ 01/11/2039 đến 20/11/2039 | Phát dọn đường băng cản lửa | Các thôn |\n")
    assert _dues(UB, body, "2039-10-12") == [(None, "2039-11-01", "2039-11-20")]


# --- 3. a weekly report inside the campaign's stated span -------------------------------------------------------------

def test_a_weekly_report_during_the_campaign_stated_as_its_subjects_run():
    body = ROUNDS + ("IV. TỔ CHỨC THỰC HIỆN\n\n- Tổ trưởng các tổ công tác báo cáo kết quả về Trưởng Công an xã trước 16 "
                     "giờ 00 thứ Sáu hằng tuần trong thời gian thực hiện đợt cao điểm.\n")
    got = extract(CAX + body + "\n", reference_date="2039-04-06").deadlines
    weekly = [d for d in got if d.recurrence and "WEEKLY" in d.recurrence]
    # 20/4/2039 is a Wednesday: the first Friday inside the span is 22/4 (the one after issue, 08/4, is before it)
    assert [(d.text, d.date) for d in weekly] == [("trước 16 giờ 00 thứ Sáu hằng tuần", "2039-04-22")]


# --- (fixrev52a) other forms of a campaign's running time stated as a sentence's subject -----------------------------

def _weekly_first(title: str, body: str) -> list[str | None]:
    head = ("ỦY BAN NHÂN DÂN XÃ YÊN LẠC\nSố: 77/KH-UBND\nYên Lạc, ngày 02 tháng 3 năm 2039\n\nKẾ HOẠCH\n" + title + "\n\n")
    got = extract(head + body + "\n", reference_date="2039-03-02").deadlines
    return [d.date for d in got if d.recurrence]


def test_a_campaign_that_runs_from_a_day_in_a_plan_titled_by_it_dates_the_first_weekly_report():
    body = ("I. NỘI DUNG\n\nChiến dịch diễn ra từ ngày 16/3/2039 đến ngày 15/4/2039 trên phạm vi toàn xã.\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n\nCác thôn báo cáo kết quả về UBND xã trước 16 giờ thứ Sáu hằng tuần.\n")
    assert _weekly_first("Chiến dịch làm sạch môi trường nông thôn năm 2039", body) == ["2039-03-18"]


def test_a_month_of_action_organised_from_a_day_in_a_plan_titled_by_it_dates_the_first_weekly_report():
    body = ("I. NỘI DUNG\n\n- Tháng hành động được tổ chức từ ngày 01/4/2039 đến ngày 30/4/2039.\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n\nTrạm Y tế xã báo cáo UBND xã trước 10 giờ thứ Hai hằng tuần.\n")
    assert _weekly_first("Triển khai Tháng hành động vì an toàn thực phẩm năm 2039", body) == ["2039-04-04"]


def test_a_campaign_among_a_plans_tasks_leaves_its_weekly_reports_from_the_plans_date():
    # the title names no campaign: the month of action is one task of the plan, its reports are the plan's own
    body = ("I. NỘI DUNG\n\n1. Tuyên truyền\n\n- Tháng hành động được tổ chức từ ngày 01/4/2039 đến ngày 30/4/2039.\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n\nTrạm Y tế xã báo cáo UBND xã trước 10 giờ thứ Hai hằng tuần.\n")
    assert _weekly_first("Bảo đảm an toàn thực phẩm năm 2039", body) == ["2039-03-07"]


def test_the_time_of_carrying_out_the_plan_is_no_campaigns_run():
    body = ("I. NỘI DUNG\n\n1. Nạo vét kênh mương\n\nThời gian thực hiện: từ ngày 01/5/2039 đến ngày 31/5/2039.\n\n"
            "2. Sửa chữa cống\n\nThời gian thực hiện: từ ngày 01/6/2039 đến ngày 30/6/2039.\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n\nCác thôn báo cáo tiến độ về UBND xã trước 16 giờ thứ Sáu hằng tuần trong thời gian "
            "thực hiện Kế hoạch.\n")
    assert _weekly_first("Thủy lợi nội đồng năm 2039", body) == ["2039-03-04"]


def test_the_tasks_written_after_a_rosters_table_keep_their_windows():
    body = ("IV. NỘI DUNG\n\n**3. Tổ chức trực**\n\n"
            "| Thời gian | Chỉ huy trực | Lực lượng trực |\n|---|---|---|\n"
            "| Từ 01/11/2039 đến 31/12/2039 | Phó Chủ tịch UBND xã | 01 dân quân |\n\n"
            "Các thôn tổ chức phát dọn đường băng cản lửa từ ngày 01/11/2039 đến ngày 20/11/2039.\n\n"
            "V. TỔ CHỨC THỰC HIỆN\n\nCác thôn báo cáo kết quả về UBND xã.\n")
    assert _dues(UB, body, "2039-10-12") == [(None, "2039-11-01", "2039-11-20")]


def test_a_rosters_rows_as_legacy_ocr_prints_them_stay_the_roster():
    # legacy OCR (tesseract -l eng, marks restored) puts a blank line between rows, a scrap of the ruled line, and a
    # cell's wrapped text on a line of its own: none ends the table; the first line of text with no "|" does
    body = ("IV. NỘI DUNG\n\n**3. Tổ chức trực**\n\n"
            "| Thời gian | Chỉ huy trực | Lực lượng trực |\n\n[bf\n\n"
            "| Từ 01/11/2039 đến 31/12/2039 | Phó Chủ tịch UBND xã | 01 dân quân,\n01 công an viên |\n\n"
            "| Từ 01/01/2040 đến 30/4/2040 | Chủ tịch UBND xã | 02 dân quân, 01 công an\nviên, tổ xung kích thôn |\n\n"
            "Các thôn tổ chức phát dọn đường băng cản lửa từ ngày 01/11/2039 đến ngày 20/11/2039.\n\n"
            "V. TỔ CHỨC THỰC HIỆN\n\nCác thôn báo cáo kết quả về UBND xã.\n")
    assert _dues(UB, body, "2039-10-12") == [(None, "2039-11-01", "2039-11-20")]


def test_a_header_naming_direct_work_is_no_roster():
    body = ("IV. NỘI DUNG\n\n| Thời gian | Nội dung | Lực lượng trực tiếp |\n|---|---|---|\n"
            "| Từ 01/11/2039 đến 20/11/2039 | Phát dọn đường băng cản lửa | Công chức Địa chính |\n\n"
            "V. TỔ CHỨC THỰC HIỆN\n\nCác thôn báo cáo kết quả về UBND xã.\n")
    assert _dues(UB, body, "2039-10-12") == [(None, "2039-11-01", "2039-11-20")]
