"""Session 44 (obl44c): kinds left on tune43, each in its own wording.

- In a plan whose title names a campaign of actions (a "Tháng hành động", a "Chiến dịch"), a schedule row's "từ … đến
  …" is the campaign's running period only when it restates a period the text gives the campaign (the same window, or
  an end its bare "Thời gian:" line prints); another window there is the action's own, due by its end, and dates the
  row's obligation (the labels README: the running period of a campaign is no deadline; a task's window is). An
  event's plan (a festival, a ceremony, a games) keeps its schedule's windows as its days and run-up.
- The words of a sanction ("bị kỷ luật", "bị xử phạt") inside the object of a task ("cung cấp danh sách các hộ bị xử
  phạt …") describe whom the task is about: the task stands; a sanction stated of the subject ("… sẽ bị xử lý kỷ
  luật") is still no task.

Each text below is written for these tests in the style of such documents, not copied from a labelled one.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract import assignment_words as W
from vanban.text import fold


def _doc(title: str, body: str) -> str:
    return ("ỦY BAN NHÂN DÂN\nXÃ ĐÔNG HƯNG\n\nSố: 47/KH-UBND\nĐông Hưng, ngày 02 tháng 3 năm 2031\n\nKẾ HOẠCH\n"
            + title + "\n\n" + body + "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nPhan Văn Tùng\n")


_SCHEDULE = ("| STT | Hoạt động | Thời gian | Đơn vị chủ trì |\n|---|---|---|---|\n"
             "| 1 | Ra quân dọn vệ sinh kênh mương toàn xã | Từ ngày 10/4 đến ngày 30/4/2031 | Phòng Kinh tế |\n"
             "| 2 | Phát thanh lưu động về phân loại rác tại các thôn | Từ 03/4 đến 25/4/2031 | Văn phòng UBND xã |\n"
             "| 3 | Kiểm tra các điểm tập kết rác | Từ 12/4 đến 20/4/2031 | Công an xã |\n")


def _windows(ex) -> set[tuple[str, str]]:
    return {(d.earliest, d.latest) for d in ex.deadlines if d.date is None}


def test_a_campaign_plans_row_window_of_its_own_is_due():
    body = ("I. MỤC ĐÍCH\n\n1. Chiến dịch được tổ chức từ ngày 10/4/2031 đến ngày 30/4/2031 trên toàn xã.\n\n"
            "II. LỊCH HOẠT ĐỘNG\n\n" + _SCHEDULE)
    ex = extract(_doc("Tổ chức Chiến dịch làm sạch môi trường nông thôn năm 2031", body))
    # row 1 restates the campaign's own days: its running period; rows 2 and 3 are activities with their windows
    assert _windows(ex) == {("2031-04-03", "2031-04-25"), ("2031-04-12", "2031-04-20")}, _windows(ex)
    dues = {o.who: (o.deadline.latest if o.deadline else None) for o in ex.obligations}
    assert dues.get("Văn phòng UBND xã") == "2031-04-25" and dues.get("Công an xã") == "2031-04-20", dues
    assert "Phòng Kinh tế" in dues and dues["Phòng Kinh tế"] is None, dues


def test_a_row_ending_on_a_day_the_time_line_prints_is_a_phase_of_the_campaign():
    body = ("I. THỜI GIAN\n\n- Thời gian: ra quân từ ngày 10/4/2031 đến ngày 18/4/2031; kiểm tra, nhắc nhở các hộ "
            "xong trước ngày 20/4/2031.\n\nII. LỊCH HOẠT ĐỘNG\n\n" + _SCHEDULE)
    ex = extract(_doc("Tổ chức Chiến dịch làm sạch môi trường nông thôn năm 2031", body))
    # row 3 ends on the phase's day the time line gives: the campaign's; row 1 and row 2 windows are the rows' own
    assert ("2031-04-12", "2031-04-20") not in _windows(ex), _windows(ex)
    assert {("2031-04-10", "2031-04-30"), ("2031-04-03", "2031-04-25")} <= _windows(ex), _windows(ex)


def test_an_events_schedule_keeps_its_days_and_run_up_as_its_running_period():
    # a festival (an event held on its days, no campaign of actions): the weeks before it are its run-up
    body = ("I. THỜI GIAN\n\n1. Ngày hội được tổ chức từ ngày 10/4/2031 đến ngày 30/4/2031 tại sân vận động xã.\n\n"
            "II. LỊCH HOẠT ĐỘNG\n\n" + _SCHEDULE)
    ex = extract(_doc("Tổ chức Ngày hội văn hóa các dân tộc xã năm 2031", body))
    assert not [w for w in _windows(ex) if w[0] and w[0].startswith("2031-04-")], _windows(ex)


def test_the_same_windows_in_a_plan_naming_no_campaign_stay_due():
    ex = extract(_doc("Tổ chức làm sạch môi trường nông thôn năm 2031", "I. LỊCH HOẠT ĐỘNG\n\n" + _SCHEDULE))
    assert len(_windows(ex)) == 3, _windows(ex)


def test_a_sanction_inside_the_object_of_a_task_leaves_the_task():
    body = ("I. TỔ CHỨC THỰC HIỆN\n\n1. Công an xã\n\nCung cấp danh sách các hộ kinh doanh bị xử phạt vi phạm hành "
            "chính trong năm 2030 cho Phòng Kinh tế trước ngày 15/3/2031.\n\n2. Phòng Kinh tế\n\n"
            "Tổng hợp, báo cáo Chủ tịch UBND xã trước ngày 30/3/2031.\n")
    ex = extract(_doc("Rà soát hộ kinh doanh trên địa bàn xã năm 2031", body))
    dues = {o.who: (o.deadline.date if o.deadline else None) for o in ex.obligations}
    assert dues.get("Công an xã") == "2031-03-15", dues


def test_a_sanction_said_of_the_subject_is_still_no_task():
    for clause in ("cán bộ vi phạm sẽ bị xử lý kỷ luật theo quy định", "đối với các hộ tái phạm thì bị xử phạt",
                   "báo cáo các trường hợp vi phạm, cũng bị xử lý theo quy định"):
        assert W.sanction(fold(clause)), clause
    for clause in ("lập danh sách cán bộ bị kỷ luật trong năm", "cung cấp thông tin về các đơn vị bị xử phạt"):
        assert not W.sanction(fold(clause)), clause


def test_an_activitys_day_under_a_part_of_activities_and_time_is_due():
    body = ("I. NỘI DUNG\n\n**3. Các hoạt động chính và thời gian**\n\n"
            "a) Giải cờ tướng dành cho người cao tuổi toàn xã, có sự tham gia của các câu lạc bộ thôn: ngày 12/9/2031 "
            "tại Nhà văn hóa xã.\n\n"
            "b) Giao lưu văn nghệ giữa các chi hội: ngày 20/9/2031 tại sân Ủy ban nhân dân xã.\n")
    ex = extract(_doc("Tổ chức các hoạt động văn hóa, thể thao năm 2031", body))
    days = {d.date for d in ex.deadlines}
    assert {"2031-09-12", "2031-09-20"} <= days, days


def test_a_monthly_report_kept_in_listed_months_first_falls_due_in_the_first():
    body = ("I. TỔ CHỨC THỰC HIỆN\n\n1. Trạm Y tế xã\n\nTheo dõi tình hình dịch bệnh mùa mưa; hằng tháng, trước ngày 20 "
            "gửi báo cáo nhanh số ca sốt xuất huyết trong các tháng 7, 8 và 9/2031 về Ủy ban nhân dân xã.\n")
    ex = extract(_doc("Phòng, chống sốt xuất huyết mùa mưa năm 2031", body))
    monthly = [d for d in ex.deadlines if d.recurrence]
    assert [d.date for d in monthly] == ["2031-07-20"], ex.deadlines
    # the listed months are the series' months, no due months of their own
    assert not [d for d in ex.deadlines if not d.recurrence and d.earliest and d.earliest.startswith("2031-07-01")], \
        ex.deadlines


_STEPS = ("I. CÁC BƯỚC VÀ THỜI GIAN\n\n1. Tại các chi hội\n\n"
          "Bước 1: Ban chấp hành chi hội (chi hội trưởng nơi không có ban chấp hành) chuẩn bị danh sách hội viên, gửi "
          "trước cuộc họp ít nhất 02 ngày.\n\n"
          "Bước 2: Tổ chức họp bình xét hội viên; lập biên bản bình xét; các chi hội hoàn thành trước ngày 15/4/2031.\n\n"
          "Bước 3: Chi hội nộp biên bản về Hội Nông dân xã trước ngày 20/4/2031.\n\n"
          "II. TRÁCH NHIỆM\n\n1. Chi hội trưởng các chi hội\n\nTổ chức bình xét đúng quy trình; nộp biên bản đúng thời "
          "gian quy định tại mục I.\n\n2. Văn phòng Hội\n\nTổng hợp kết quả, báo cáo Ban Thường vụ.\n")


def _hnd(body: str) -> str:
    return ("HỘI NÔNG DÂN XÃ AN BÌNH\n\nSố: 09-HD/HND\nAn Bình, ngày 02 tháng 4 năm 2031\n\nHƯỚNG DẪN\n"
            "Bình xét hội viên nông dân năm 2031\n\nBan Thường vụ Hội Nông dân xã hướng dẫn các tổ hội thực hiện như "
            "sau:\n\n" + body + "\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nLê Văn An\n")


def _dues(ex) -> dict[str, str | None]:
    return {fold(o.who): (o.deadline.date or o.deadline.latest) if o.deadline else None for o in ex.obligations}


def test_a_step_whose_last_clause_names_the_body_that_completes_it():
    dues = _dues(extract(_hnd(_STEPS)))
    assert dues.get("cac chi hoi") == "2031-04-15", dues


def test_a_stand_in_named_in_brackets_is_no_negated_case():
    dues = _dues(extract(_hnd(_STEPS)))
    assert "ban chap hanh chi hoi (chi hoi truong noi khong co ban chap hanh)" in dues, dues


def test_a_step_named_after_a_dash_is_a_step_and_its_body_acts():
    body = ("I. CÁC BƯỚC THỰC HIỆN\n\nBước 1 - Đăng ký: Các hộ gia đình đăng ký với trưởng thôn; Trưởng thôn lập danh "
            "sách gửi Ủy ban nhân dân xã trước ngày 10/5/2031.\n\n"
            "Bước 2 - Khảo sát: Ban Quản lý dự án xã khảo sát hiện trạng, lập dự toán cho từng hộ.\n\n"
            "Bước 3 - Nghiệm thu: Trưởng thôn, Ban Quản lý dự án xã và hộ gia đình nghiệm thu công trình.\n")
    ex = extract(_doc("Hỗ trợ xây dựng nhà tiêu hợp vệ sinh năm 2031", body))
    whos = [fold(o.who) for o in ex.obligations]
    assert "ban quan ly du an xa" in whos, whos
    assert any(w.startswith("truong thon, ban quan ly du an xa") for w in whos), whos
