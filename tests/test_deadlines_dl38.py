"""Deadlines of session 38 (ddl38a, authored36's spent misses): each kind in its own wording.

- A quarterly activity held in each quarter's last month ("mỗi quý một lần, … vào buổi sinh hoạt thường kỳ của tháng
  cuối quý"): a quarterly month window; in a plan for the next year signed while that month runs, its first quarter.
- A treatment bound to a crop's stage with its days printed in brackets ("phun lần đầu khi lúa trỗ lác đác (khoảng
  … - …)"): the window, though "khoảng" leads the first day.
- A crop's or a pest's forecast ("Lúa dự kiến trỗ …; thu hoạch từ …", "bướm ra rộ từ …", "nở rộ khoảng giữa tháng 9"):
  no deadline.
- A weekly duty whose rhythm opens the clause and whose weekday closes it ("Hằng tuần báo cáo … trước 10 giờ thứ Năm"):
  the first such weekday on or after the document's date.
- "hạn cuối nhận đăng ký 17 giờ 00 ngày …" (no colon after the label) and a dated organising step ("Tổ chức bốc thăm …
  ngày …"): deadlines.
- The rounds of a campaign under "1. Thời gian, địa bàn": running periods; the opening hour in brackets after a
  sitting's "từ ngày … đến ngày …": no second deadline.

Each text below is written for these tests in the style of such documents, not copied from a labelled one.
"""

from __future__ import annotations

from vanban.extract import extract


def _doc(day: str, title: str, body: str) -> str:
    d, m, y = day.split("/")
    return (f"ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\n\nSố: 57/KH-UBND\nPhú Lộc, ngày {d} tháng {m} năm {y}\n\nKẾ HOẠCH\n{title}\n\n"
            f"{body}\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Bình\n")


def _dues(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(d.date, d.earliest, d.latest, d.recurrence) for d in extract(text).deadlines if not d.past]


def test_a_quarterly_activity_in_each_quarter_s_last_month_is_a_quarterly_window():
    body = ("III. NHIỆM VỤ\n\n1. Chi bộ các thôn duy trì sinh hoạt theo chủ đề mỗi quý một lần, bố trí vào buổi sinh "
            "hoạt thường kỳ của tháng cuối quý, mỗi năm ít nhất 04 lần.\n")
    got = _dues(_doc("05/8/2030", "Thực hiện công tác tuyên giáo năm 2030", body))
    assert got == [(None, "2030-09-01", "2030-09-30", "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1")], got


def test_a_quarter_s_last_month_open_on_the_signing_day_of_a_next_year_plan_starts_in_its_year():
    body = ("III. NHIỆM VỤ\n\n1. Chi bộ các thôn duy trì sinh hoạt theo chủ đề mỗi quý một lần, bố trí vào buổi sinh "
            "hoạt thường kỳ của tháng cuối quý.\n\n2. Các chi bộ báo cáo kết quả hằng quý trước ngày 20 của tháng cuối quý.\n")
    got = _dues(_doc("16/12/2030", "Học tập chuyên đề năm 2031", body))
    # the month window moves to March 2031; the recurring day keeps its first occurrence after the signing day
    assert (None, "2031-03-01", "2031-03-31", "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1") in got, got
    assert ("2030-12-20", "2030-12-20", "2030-12-20", "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20") in got, got
    assert len(got) == 2, got


def test_a_day_of_the_quarter_s_last_month_is_no_month_window():
    body = "III. CHẾ ĐỘ BÁO CÁO\n\nĐịnh kỳ hằng quý, các thôn gửi báo cáo về UBND xã trước ngày 18 của tháng cuối quý.\n"
    got = _dues(_doc("05/8/2030", "Thực hiện công tác dân vận năm 2030", body))
    assert got == [("2030-09-18", "2030-09-18", "2030-09-18", "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=18")], got


_CROPS = ("II. LỊCH THỜI VỤ VÀ DỰ BÁO\n\n1. Lịch thời vụ\n\n"
          "- Các hộ cấy tập trung từ ngày 05/7 đến 18/7/2030, kết thúc cấy trước ngày 22/7/2030.\n\n"
          "- Lúa dự kiến chín tập trung từ 10/9 đến 20/9/2030; thu hoạch từ cuối tháng 9 đến ngày 15/10/2030.\n\n"
          "2. Dự báo sâu bệnh\n\n"
          "a) Sâu đục thân lứa 4: bướm ra rộ từ 20/7 đến 30/7, sâu non phát sinh rộ khoảng đầu tháng 8, gây hại lúa. "
          "Thời điểm phun: từ ngày 03/8 đến 10/8/2030.\n\n"
          "b) Bệnh khô vằn: phun lần đầu khi lúa trỗ lác đác (khoảng 25/8 - 30/8/2030), phun lần sau cách lần đầu "
          "7 ngày.\n\n"
          "III. TỔ CHỨC THỰC HIỆN\n\n1. Hợp tác xã nông nghiệp\n\n"
          "- Hằng tuần báo cáo diện tích phun trừ về UBND xã trước 9 giờ thứ Tư.\n")


def test_a_crop_s_and_a_pest_s_forecast_is_no_deadline_the_windows_the_plan_sets_are():
    got = _dues(_doc("02/7/2030", "Phòng trừ sâu bệnh vụ Mùa năm 2030", _CROPS))
    spans = [(e, la) for _, e, la, _ in got]
    assert ("2030-07-05", "2030-07-18") in spans and ("2030-08-03", "2030-08-10") in spans, got
    assert ("2030-07-22", "2030-07-22") in spans, got
    for day in ("2030-09-10", "2030-09-20", "2030-10-15", "2030-07-20", "2030-07-30", "2030-08-01", "2030-08-10"):
        assert not any(e == day or (e == la == day) for e, la in spans if (e, la) != ("2030-08-03", "2030-08-10")), (day, got)


def test_a_treatment_bound_to_a_stage_takes_the_days_printed_in_its_bracket():
    got = _dues(_doc("02/7/2030", "Phòng trừ sâu bệnh vụ Mùa năm 2030", _CROPS))
    assert (None, "2030-08-25", "2030-08-30", None) in got, got


def test_a_weekly_duty_whose_rhythm_opens_the_clause_is_due_on_its_weekday():
    got = _dues(_doc("02/7/2030", "Phòng trừ sâu bệnh vụ Mùa năm 2030", _CROPS))
    # 02/7/2030 is a Tuesday: the first Wednesday on or after it
    assert ("2030-07-03", "2030-07-03", "2030-07-03", "FREQ=WEEKLY;BYDAY=WE") in got, got


def test_a_weekday_with_its_own_date_is_no_weekly_duty():
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n- Hằng tuần cập nhật số liệu; tuần đầu tiên báo cáo trước 9 giờ thứ Tư, "
            "ngày 10/7/2030.\n")
    got = _dues(_doc("02/7/2030", "Phòng trừ sâu bệnh vụ Mùa năm 2030", body))
    assert not [g for g in got if g[3]], got


def test_a_last_day_for_registering_and_a_dated_organising_step_are_deadlines():
    body = ("VI. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Văn hóa - Xã hội\n\n"
            "- Nhận đăng ký tham gia của các khu dân cư; hạn cuối nhận đăng ký 16 giờ 30 ngày 20/9/2030. "
            "Tổ chức bốc thăm, chia bảng thi đấu ngày 24/9/2030.\n")
    got = _dues(_doc("04/9/2030", "Tổ chức Ngày hội thể thao xã năm 2030", body))
    assert [g[0] for g in got] == ["2030-09-20", "2030-09-24"], got


def test_an_event_s_day_with_its_subject_first_is_no_organising_step():
    body = "II. THỜI GIAN\n\nGiải bóng đá thiếu niên tổ chức khai mạc ngày 24/9/2030 tại sân vận động xã.\n"
    got = _dues(_doc("04/9/2030", "Tổ chức Ngày hội thể thao xã năm 2030", body))
    assert got == [], got


def test_the_rounds_under_a_time_and_place_heading_of_a_campaign_are_running_periods():
    body = ("II. NỘI DUNG VÀ THỜI GIAN CHIẾN DỊCH\n\n1. Thời gian, địa điểm\n\nChiến dịch được triển khai thành 02 đợt:\n\n"
            "- Đợt 1: từ ngày 10/8/2030 đến ngày 25/8/2030, tại các thôn phía Bắc.\n\n"
            "- Đợt 2: từ ngày 05/10/2030 đến ngày 20/10/2030, tại các thôn còn lại.\n\n"
            "2. Trạm Y tế báo cáo kết quả đợt 1 trước ngày 30/8/2030.\n")
    got = _dues(_doc("15/7/2030", "Tổ chức Chiến dịch chăm sóc sức khỏe sinh sản năm 2030", body))
    assert [g[0] for g in got] == ["2030-08-30"], got


def test_the_opening_hour_in_brackets_after_a_sitting_s_days_is_no_second_deadline():
    body = ("II. THỜI GIAN\n\n1. Thời gian: phiên họp dự kiến diễn ra trong 03 ngày, từ ngày 09/12/2030 đến ngày "
            "11/12/2030 (khai mạc lúc 08 giờ 00 phút ngày 09/12/2030).\n\n"
            "2. Các ban gửi báo cáo thẩm tra trước ngày 01/12/2030.\n")
    got = _dues(_doc("28/10/2030", "Tổ chức kỳ họp cuối năm 2030", body))
    assert got == [(None, "2030-12-09", "2030-12-11", None), ("2030-12-01", "2030-12-01", "2030-12-01", None)], got


def test_a_spraying_time_label_opens_a_task_window_a_vaccination_round_s_a_running_period():
    body = ("II. NỘI DUNG\n\n1. Rầy nâu lứa 6: chỉ phun trừ ruộng có mật độ trên 3.000 con/m². Thời gian phun: từ ngày "
            "20/8 đến ngày 27/8/2030.\n\n2. Tiêm phòng gia súc: Thời gian tiêm phòng đợt 2: từ ngày 01/9/2030 đến ngày "
            "30/9/2030.\n")
    got = _dues(_doc("10/7/2030", "Phòng trừ sâu bệnh vụ Mùa năm 2030", body))
    assert got == [(None, "2030-08-20", "2030-08-27", None)], got
