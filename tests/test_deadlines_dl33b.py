"""Deadlines, session 33 (dl33b): kinds read from tune32's misses (spent this session).

- An inspection's window after a place that names a festival ("kiểm tra … tại khu vực lễ hội …, từ ngày … đến ngày
  …"): the team's window, a deadline; a festival held over the days stays a running period.
- A window that closes at an hour of its last day ("từ ngày … đến 17 giờ 00 ngày …"): one interval, not an as-of time.
- The window applications are received in ("Thời gian nhận hồ sơ: từ … đến …"): a deadline, as "Thời gian nộp" is;
  an activity's "Thời gian tiêm phòng đợt 1: từ … đến …" stays a running period.
- Two days running with the month and year in words ("ngày 20 và 21 tháng 12 năm 2028"): one interval.
- A phase heading's bracket that gives the event's days with their count ("(03 ngày, ngày 07 và 08/11/2028)"): the
  event's days, kept; a phase heading's "(từ ngày … đến ngày …)" stays a period.
- A task right after an activity ends on a printed day ("… sau khi kết thúc diễn tập ngày …"): dated.
- A force placed to guard on an event's day ("bố trí lực lượng bảo vệ … trong ngày …"): no deadline of its own, a legacy
  OCR's blank line inside the clause too.
- Tesseract eng's "tric" for "trước" right before a day: a due word.
- A day forecast in brackets after the month that holds it ("trong tháng 10/2028 (dự kiến ngày 20/10/2028)"): the
  month only.
- The weekly rhythm of what households do ("hộ gia đình … chuyển cho tổ thu gom vào sáng thứ Sáu hằng tuần"): no
  deadline; a body's weekly report stays one.

Sentences written for these tests in the style of those documents.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 88/KH-UBND\nAn Giang, ngày 10 tháng 9 năm 2028"


def _doc(body: str, title: str = "Bảo đảm an toàn thực phẩm năm 2028") -> str:
    return f"{HEAD}\n\nKẾ HOẠCH\n{title}\n\n{body}\n"


def _spans(body: str, **kw) -> list[tuple]:
    return [(d.date or (d.earliest, d.latest)) for d in extract(_doc(body, **kw)).deadlines if not d.past]


def test_an_inspection_window_after_a_festival_place_is_due():
    body = ("II. NỘI DUNG\n\nb) Đoàn kiểm tra liên ngành: kiểm tra các cơ sở kinh doanh ăn uống tại khu vực lễ hội\n"
            "đền Bà Chúa Xứ, lễ hội đua bò và các điểm tham quan, từ ngày\n05/10/2028 đến ngày 25/10/2028.\n")
    assert _spans(body) == [("2028-10-05", "2028-10-25")]


def test_a_festival_held_over_days_stays_a_running_period():
    body = "II. NỘI DUNG\n\n1. Tổ chức Lễ hội văn hóa ẩm thực tại quảng trường tỉnh từ ngày 05/10/2028 đến ngày 08/10/2028.\n"
    assert _spans(body) == []


def test_a_window_closing_at_an_hour_is_one_interval():
    body = "II. NỘI DUNG\n\nCác đơn vị nộp hồ sơ từ ngày 15/9/2028 đến 16 giờ 30 ngày 30/9/2028.\n"
    assert _spans(body) == [("2028-09-15", "2028-09-30")]


def test_an_as_of_hour_stays_no_deadline():
    body = "II. TÌNH HÌNH\n\nTính đến 16 giờ 30 ngày 09/9/2028, toàn tỉnh có 120 hộ bị ngập.\n"
    assert _spans(body) == []


def test_the_window_applications_are_received_in_is_due():
    body = "IV. THỜI GIAN\n\n2. Thời gian tiếp nhận hồ sơ dự tuyển: từ ngày 15/9/2028 đến 17 giờ 00 ngày 14/10/2028.\n"
    assert _spans(body, title="Tuyển dụng viên chức năm 2028") == [("2028-09-15", "2028-10-14")]


def test_an_activitys_named_time_stays_a_running_period():
    body = "II. NỘI DUNG\n\nb) Thời gian tiêm phòng đợt 2: từ ngày 15/9/2028 đến ngày 15/10/2028.\n"
    assert _spans(body, title="Tiêm phòng cho đàn gia súc năm 2028") == []


def test_two_days_running_with_the_month_in_words():
    body = "V. THỜI GIAN DỰ KIẾN\n\n- Thi vòng 2: dự kiến ngày 20 và 21\ntháng 12 năm 2028.\n"
    assert _spans(body, title="Tuyển dụng viên chức năm 2028") == [("2028-12-20", "2028-12-21")]


def test_a_phase_headings_counted_days_are_the_events():
    body = ("III. NỘI DUNG, CÁC GIAI ĐOẠN\n\n**1. Giai đoạn chuẩn bị (từ ngày 15/9 đến ngày 20/10/2028)**\n\n"
            "- Ban Chỉ huy Quân sự xã hoàn thiện văn kiện trước ngày 30/9/2028.\n\n"
            "**2. Giai đoạn thực hành (03 ngày, ngày 07 và 08/11/2028)**\n\n"
            "- Ngày thứ nhất: chuyển trạng thái quốc phòng.\n")
    assert _spans(body, title="Diễn tập khu vực phòng thủ xã năm 2028") == ["2028-09-30", ("2028-11-07", "2028-11-08")]


def test_a_task_after_an_activity_ends_on_a_printed_day():
    body = "III. NỘI DUNG\n\n- Họp rút kinh nghiệm tại chỗ ngay sau khi kết thúc diễn tập ngày 08/11/2028.\n"
    assert _spans(body, title="Diễn tập khu vực phòng thủ xã năm 2028") == ["2028-11-08"]


def test_a_force_guarding_on_an_events_day_has_no_deadline():
    body = ("IV. TỔ CHỨC THỰC HIỆN\n\n3. Công an xã\n\n- Bố trí lực lượng giữ gìn trật tự tại các khu vực bỏ phiếu "
            "trong ngày 01/10/2028; báo cáo kết quả về UBND xã trước ngày 05/10/2028.\n")
    assert _spans(body, title="Bầu cử Trưởng ấp nhiệm kỳ 2028 - 2033") == ["2028-10-05"]


def test_a_forecast_day_in_brackets_gives_way_to_its_month():
    body = "III. TIẾN ĐỘ\n\n- Hội nghị tổng kết cấp xã tổ chức trong tháng 10/2028 (dự kiến ngày 20/10/2028).\n"
    assert _spans(body) == [("2028-10-01", "2028-10-31")]


def test_a_plain_bracketed_day_still_narrows_its_period():
    body = "III. TIẾN ĐỘ\n\n- Tổ chức đại hội điểm trong tuần đầu tháng 10/2028 (ngày 04/10/2028).\n"
    assert _spans(body) == ["2028-10-04"]


def test_households_weekly_rhythm_is_no_deadline():
    body = ("III. NỘI DUNG\n\n- Chất thải nguy hại: hộ gia đình thu gom riêng, chuyển cho tổ thu gom vào sáng thứ Sáu "
            "hằng tuần.\n\n- Tổ thu gom báo cáo khối lượng thu gom về UBND phường trước 10 giờ thứ Hai hằng tuần.\n")
    got = [d for d in extract(_doc(body, title="Phân loại chất thải rắn sinh hoạt năm 2028")).deadlines if not d.past]
    assert [d.recurrence for d in got] == ["FREQ=WEEKLY;BYDAY=MO"]


def test_a_legacy_ocr_reading_of_truoc_before_a_day():
    body = "IV. TIẾN ĐỘ\n\n- Hồ sơ đề nghị gửi về UBND xã (qua công chức Văn phòng - Thống kê) tric\nngày 20/9/2028.\n"
    assert _spans(body) == ["2028-09-20"]


def test_a_force_guarding_split_by_a_legacy_blank_line():
    body = ("IV. TỔ CHỨC THỰC HIỆN\n\n3. Công an xã\n\n- Rà soát, bố trí lực lượng\n\ngiữ gìn trật tự tại các khu vực "
            "bỏ phiếu trong ngày 01/10/2028; kịp thời xử lý tình huống phát sinh.\n")
    assert _spans(body, title="Bầu cử Trưởng ấp nhiệm kỳ 2028 - 2033") == []
