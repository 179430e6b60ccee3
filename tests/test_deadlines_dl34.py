"""Deadlines and citations, session 34 (dl34): kinds read from tune33's misses (spent this session).

- A per-unit table's column of when each unit holds its event ("Thời gian tổ chức | Tháng 3, 7, 11"): the month by
  which the unit's drive must have happened, as the labels README's "a date by which something must be done or happen"
  reads it and the session-start code did (dl34 first read it as a running period, after t33-05's labels; the lead
  kept the dated reading at the merge: the twin set's author dates the same column, and a unit's month is no campaign's
  running period).
- A part listing the plan's campaigns ("III. CÁC ĐỢT CAO ĐIỂM"): each item's window or month is its running period;
  a day fixed for one of them stays dated.
- A sports games' schedule of events ("Đại hội Thể dục thể thao …" / "Môn thi | Thời gian | …" / "20/4 - 28/4/2029"):
  each event's days are the games' running schedule; a single day stays dated.
- "đến cuối năm 2029 tỷ lệ … đạt …" and "đến năm 2030 và năm 2035": planning horizons.
- An event's hour and weekday before its day ("khai mạc lúc 8 giờ 00, thứ Sáu, ngày 09/3/2029"): the day.
- A monthly window ("từ ngày 10 đến ngày 15 hằng tháng"): a monthly interval, not a day-15 rule.
- A second full date joined by "và" to a due one ("chậm nhất ngày 05/5/2029 và ngày 05/11/2029"): its own deadline.
- The months a work runs in, its end day after them ("trong tháng 8 và tháng 9/2029, kết thúc trước ngày …"): the day.
- A work step's window closed by "đến hết ngày" after the step's name or a counted limit: an interval; how long a
  state lasts ("treo cờ … từ ngày … đến hết ngày …") stays no deadline.
- A commemorative day's date in brackets after its name ("Ngày Dân số Việt Nam (26/12)"): the holiday, no deadline.
- The rounds of a sanitation drive ("02 đợt tổng vệ sinh …: đợt 1 từ … đến …"): running periods.
- A decree named in a Căn cứ item by its issuer and subject, no number: a citation.

Sentences written for these tests in the style of those documents.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = "ỦY BAN NHÂN DÂN\nXÃ PHÚ THÀNH\nSố: 21/KH-UBND\nPhú Thành, ngày 12 tháng 01 năm 2029"


def _doc(body: str, title: str = "Thực hiện công tác dân số năm 2029") -> str:
    return f"{HEAD}\n\nKẾ HOẠCH\n{title}\n\n{body}\n"


def _due(body: str, **kw) -> list:
    return [(d.date or (d.earliest, d.latest)) for d in extract(_doc(body, **kw)).deadlines if not d.past]


def _rules(body: str, **kw) -> list:
    return [(d.date, d.earliest, d.latest, bool(d.recurrence)) for d in extract(_doc(body, **kw)).deadlines if not d.past]


def test_a_units_schedule_column_dates_each_units_drive():
    body = ("II. CHỈ TIÊU\n\nChỉ tiêu giao cho từng đơn vị như sau:\n\n"
            "| TT | Đơn vị | Chỉ tiêu (người) | Thời gian tổ chức |\n|---|---|---|---|\n"
            "| 1 | Thôn Bình An | 120 | Tháng 3 |\n| 2 | Thôn Phú Lợi | 90 | Tháng 5 |\n"
            "| 3 | Trường Tiểu học Phú Thành | 60 | Tháng 4 |\n| 4 | Trạm Y tế xã | 50 | Ngày 20/6/2029 |\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\nCác thôn báo cáo kết quả về Ủy ban nhân dân xã trước ngày 15/11/2029.\n")
    assert _due(body) == [("2029-03-01", "2029-03-31"), ("2029-05-01", "2029-05-31"), ("2029-04-01", "2029-04-30"),
                          "2029-06-20", "2029-11-15"]
    rows = {o.who: o.deadline and (o.deadline.date or o.deadline.latest) for o in extract(_doc(body)).obligations}
    assert rows["Thôn Bình An"] == "2029-03-31" and rows["Trạm Y tế xã"] == "2029-06-20"


def test_the_listed_campaigns_run_over_their_windows():
    body = ("III. CÁC ĐỢT CAO ĐIỂM\n\n1. Ngày hội Xuân yêu thương: từ ngày 15/02 đến ngày 28/02/2029, tổ chức tại hai "
            "thôn.\n\n2. Hành trình Xanh - Vì cộng đồng: từ ngày 10/7 đến ngày 20/7/2029, do Đoàn Thanh niên xã chủ trì.\n\n"
            "3. Lễ biểu dương gia đình tiêu biểu: tổ chức ngày 28/6/2029 tại Hội trường xã.\n\n"
            "4. Tuần lễ Sức khỏe cộng đồng: trong tháng 9/2029, luân phiên tại các thôn.\n\n"
            "IV. TỔ CHỨC THỰC HIỆN\n\nĐoàn Thanh niên xã báo cáo kết quả trước ngày 30/7/2029.\n")
    assert _due(body) == ["2029-06-28", "2029-07-30"]


def test_a_sports_games_events_run_over_their_days():
    body = ("IV. CÁC MÔN THI ĐẤU\n\n| TT | Môn thi | Thời gian | Địa điểm | Đơn vị chủ trì |\n|---|---|---|---|---|\n"
            "| 1 | Bóng chuyền nam | 02/5 - 09/5/2029 | Sân vận động xã | Đoàn Thanh niên xã |\n"
            "| 2 | Cờ tướng | 12/5 - 13/5/2029 | Hội trường xã | Hội Người cao tuổi xã |\n"
            "| 3 | Kéo co | 18/5/2029 | Sân vận động xã | Hội Nông dân xã |\n\n"
            "V. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị gửi danh sách vận động viên trước ngày 20/4/2029.\n")
    assert _due(body, title="Tổ chức Đại hội Thể dục thể thao xã Phú Thành lần thứ I năm 2029") == [
        "2029-05-18", "2029-04-20"]


def test_goals_reached_by_the_end_of_a_year_or_two_horizons_are_no_deadlines():
    body = ("I. MỤC TIÊU\n\n1. Đến cuối năm 2029, tỷ lệ hộ gia đình được tuyên truyền đạt trên 90%.\n\n"
            "2. Phấn đấu đến cuối năm 2030 xã đạt chuẩn về dân số.\n\n"
            "II. NHIỆM VỤ\n\nChương trình phải xác định rõ chỉ tiêu đến năm 2030 và năm 2035 về quy mô dân số; "
            "trình Ủy ban nhân dân xã trước ngày 28/02/2029.\n")
    assert _due(body) == ["2029-02-28"]


def test_an_events_hour_and_weekday_before_its_day():
    body = ("II. HỘI NGHỊ TRIỂN KHAI\n\n1. Hội nghị cấp xã\n\n- Thời gian: 01 buổi, khai mạc lúc 8 giờ 00, thứ Sáu, "
            "ngày 09/3/2029.\n\n- Địa điểm: Hội trường Ủy ban nhân dân xã.\n")
    assert _due(body) == ["2029-03-09"]


def test_a_monthly_window_is_a_monthly_interval():
    got = _rules("II. NỘI DUNG\n\n- Khám bổ sung: từ ngày 10 đến ngày 15 hằng tháng cho trẻ mới chuyển đến địa bàn.\n")
    assert got == [(None, "2029-01-10", "2029-01-15", True)] or got == [(None, "2029-02-10", "2029-02-15", True)]


def test_a_second_day_joined_to_a_due_day_is_due():
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n1. Trạm Y tế xã\n\n- Gửi kết quả từng đợt về Ủy ban nhân dân xã chậm nhất ngày "
            "10/6/2029 và ngày 10/12/2029.\n")
    assert _due(body) == ["2029-06-10", "2029-12-10"]


def test_the_months_a_work_runs_in_give_way_to_its_end_day():
    body = "II. THỜI GIAN\n\n- Đợt 2: khám sàng lọc trong tháng 8 và tháng 9/2029, kết thúc trước ngày 30/9/2029.\n"
    assert _due(body) == ["2029-09-30"]


def test_a_step_window_to_the_end_of_a_day_is_due_a_state_is_not():
    body = ("II. CÁC BƯỚC\n\n3. Lập danh sách tại địa bàn: từ ngày 05/3/2029 đến hết ngày 20/3/2029, do các thôn "
            "thực hiện.\n\n4. Niêm yết công khai danh sách tại nhà văn hóa thôn trong thời gian 05 ngày làm việc, từ "
            "ngày 25/3/2029 đến hết ngày 31/3/2029.\n\n5. Vận động Nhân dân treo cờ Tổ quốc từ ngày 28/4 đến hết ngày "
            "01/5/2029.\n")
    assert _due(body) == [("2029-03-05", "2029-03-20"), ("2029-03-25", "2029-03-31")]


def test_a_decree_named_by_its_subject_in_a_basis_item_is_cited():
    text = (f"{HEAD}\n\nKẾ HOẠCH\nRà soát hộ nghèo năm 2029\n\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;\n\n"
            "Căn cứ Nghị định của Chính phủ quy định chuẩn nghèo đa chiều giai đoạn 2026 - 2030;\n\n"
            "Ủy ban nhân dân xã xây dựng Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n\nRà soát đúng quy trình.\n")
    cites = extract(text).citations
    assert [(c.number, c.type) for c in cites] == [("72/2025/QH15", "Luật"), (None, "Nghị định")]


def test_a_commemorative_days_date_in_brackets_is_no_deadline():
    body = ("II. NỘI DUNG\n\n3. Tổ chức gặp mặt cán bộ làm công tác dân số trong tháng 12 hằng năm, gắn với kỷ niệm "
            "Ngày Dân số Việt Nam (26/12).\n")
    got = _rules(body)
    assert got == [(None, "2029-12-01", "2029-12-31", True)]


def test_the_rounds_of_a_sanitation_drive_run_over_their_windows():
    body = ("II. NỘI DUNG\n\n3. Tổ chức 02 đợt tổng vệ sinh, tiêu độc, khử trùng chuồng trại: đợt 1 từ 05/3 đến\n"
            "25/3/2029 và đợt 2 từ 10/8 đến 31/8/2029, tập trung tại các chợ và điểm giết mổ.\n\n"
            "4. Các thôn báo cáo kết quả từng đợt trước ngày 05/9/2029.\n")
    assert _due(body) == ["2029-09-05"]
