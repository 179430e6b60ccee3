"""Deadlines, session 43 (ddl43): kinds read from tune42's misses (the twin of the blind authored42).

- A quarter with the month of its event in parentheses ("Quý I/2032 (tháng 2)") is that month; a month outside the
  quarter leaves the quarter.
- Two quarters joined by a dash over a year's turn ("Quý IV/2031 - Quý I/2032") are one interval.
- An event's hours opened by "từ" before its day ("từ 19 giờ 00 đến 21 giờ 00, ngày …", "từ 20 giờ, ngày …") date the
  event on that day; a span of days with hours ("Từ 0 giờ ngày … đến 24 giờ ngày …") stays a span, a start
  ("kể từ 12 giờ ngày …") no deadline.
- A part of the day before a day ("tối ngày …") is the task's time on it; "tới ngày" is not a part of the day.
- Days of one month listed ("ngày 20/8 và 21/8/…", "20, 21 và 28/8/…") are one interval; after a due word each day
  stays its own.
- A holiday "từ thứ Năm ngày … đến hết Chủ nhật ngày …" is one running period, no deadline; a return "từ thứ Hai ngày
  …" a start.
- A roster under a heading naming it ("2. Lịch trực …") dates no deadline; a due date inside stays.
- A Phụ lục's form note restating the body's due date and task is one deadline.

Sentences written for these tests in the style of those documents.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 77/KH-UBND\nHòa Bình, ngày 12 tháng 7 năm 2031"


def _doc(body: str, kind: str = "KẾ HOẠCH", title: str = "Tổ chức các hoạt động văn hóa năm 2031") -> str:
    return f"{HEAD}\n\n{kind}\n{title}\n\n{body}\n"


def _due(body: str, **kw) -> list:
    return [(d.date or (d.earliest, d.latest), d.recurrence) for d in extract(_doc(body, **kw)).deadlines if not d.past]


def test_a_quarter_with_its_month_in_parentheses_is_that_month():
    body = ("II. LỊCH TIẾP XÚC\n\n| Thời gian | Chủ đề | Người chủ trì |\n|---|---|---|\n"
            "| Quý IV/2031 (tháng 10) | Vệ sinh môi trường khu dân cư | Chủ tịch UBND xã |\n"
            "| Quý I/2032 (tháng 2) | Cấp nước sạch cho các thôn | Bí thư Đảng ủy xã |\n")
    assert _due(body) == [(("2031-10-01", "2031-10-31"), None), (("2032-02-01", "2032-02-29"), None)]


def test_a_month_outside_its_quarter_leaves_the_quarter():
    body = "II. NHIỆM VỤ\n\nHoàn thành việc tu sửa nhà văn hóa trong quý IV/2031 (tháng 2 năm sau quyết toán).\n"
    assert _due(body) == [(("2031-10-01", "2031-12-31"), None)]


def test_two_quarters_over_the_years_turn_are_one_interval():
    body = ("II. DANH MỤC\n\n| TT | Công trình | Thời gian thực hiện |\n|---|---|---|\n"
            "| 1 | Kè bờ sông đoạn thôn Trung | Quý IV/2031 - Quý I/2032 |\n"
            "| 2 | Đường trục thôn Đông | Quý II - Quý III/2032 |\n")
    assert _due(body) == [(("2031-10-01", "2032-03-31"), None), (("2032-04-01", "2032-09-30"), None)]


def test_an_events_hours_opened_by_from_date_the_event():
    body = ("II. NỘI DUNG\n\n**1. Liên hoan văn nghệ**\n\n- Thời gian: từ 19 giờ 00 đến 21 giờ 00, ngày 14/8/2031.\n\n"
            "- Địa điểm: Nhà văn hóa xã.\n\n**2. Đêm thơ**\n\n- Thời gian: từ 20 giờ, ngày 16/8/2031.\n\n"
            "- Địa điểm: sân đình làng.\n")
    assert _due(body) == [("2031-08-14", None), ("2031-08-16", None)]


def test_hours_over_a_span_of_days_stay_a_span_and_a_start_is_none():
    body = ("II. NHIỆM VỤ\n\n1. Tổ tuần tra canh gác đê từ 0 giờ ngày 20/8/2031 đến 24 giờ ngày 22/8/2031.\n\n"
            "2. Cấm thả lưới trên hồ kể từ 12 giờ ngày 25/8/2031 cho đến khi có thông báo mới.\n")
    assert _due(body) == [(("2031-08-20", "2031-08-22"), None)]


def test_a_part_of_the_day_before_a_day_dates_the_task():
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n**1. Công an xã**\n\nBảo đảm trật tự, hướng dẫn giao thông sáng ngày\n"
            "18/8/2031 tại khu vực lễ hội.\n\n**2. Các thôn**\n\nRa quân dọn vệ sinh từ nay tới ngày 30/9/2031.\n")
    assert _due(body) == [("2031-08-18", None)]


def test_days_of_one_month_listed_are_one_interval():
    body = ("II. NỘI DUNG\n\n- Thi đấu vòng loại: từ 8 giờ các sáng ngày 20/8 và 21/8/2031 tại sân vận động xã.\n\n"
            "III. PHÂN CÔNG\n\n| TT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Phục vụ nước uống các buổi thi | Hội Phụ nữ xã | 20, 21 và 27/8/2031 |\n")
    assert _due(body) == [(("2031-08-20", "2031-08-21"), None), (("2031-08-20", "2031-08-27"), None)]


def test_listed_days_after_a_due_word_are_no_interval():
    body = "II. NHIỆM VỤ\n\nCác thôn nộp báo cáo nhanh trước ngày 5, 15 và 25/8/2031.\n"
    assert all(when != ("2031-08-05", "2031-08-25") for when, _ in _due(body))


def test_a_holiday_named_with_its_weekdays_is_no_deadline():
    body = ("1. Thời gian nghỉ\n\nCông chức cơ quan nghỉ lễ từ thứ Bảy ngày 30/8/2031 đến hết thứ Ba ngày 02/9/2031; "
            "làm việc trở lại từ thứ Tư ngày 03/9/2031.\n\n"
            "2. Trách nhiệm\n\nVăn phòng UBND xã kiểm tra, ngắt điện các phòng làm việc xong trước 17 giờ ngày 29/8/2031.\n")
    assert _due(body, kind="THÔNG BÁO", title="Lịch nghỉ lễ Quốc khánh năm 2031") == [("2031-08-29", None)]


def test_a_roster_under_its_own_heading_dates_no_deadline():
    body = ("1. Thời gian nghỉ\n\nCông chức cơ quan nghỉ lễ theo quy định.\n\n"
            "2. Lịch trực cơ quan\n\n| Ngày | Họ và tên | Chức vụ |\n|---|---|---|\n"
            "| 30/8/2031 (Thứ Bảy) | Lê Văn An | Phó Chủ tịch UBND xã |\n"
            "| 31/8/2031 (Chủ nhật) | Đỗ Thị Bình | Công chức Văn phòng |\n\n"
            "Người trực nộp sổ trực về Văn phòng trước ngày 04/9/2031.\n\n"
            "3. Yêu cầu\n\nCác phòng hoàn thành báo cáo trước ngày 05/9/2031.\n")
    assert _due(body, kind="THÔNG BÁO", title="Lịch trực lễ Quốc khánh năm 2031") == [("2031-09-04", None),
                                                                                       ("2031-09-05", None)]


def test_a_form_note_in_the_appendix_restating_the_body_is_one_deadline():
    body = ("I. THỜI GIAN\n\n- Đăng ký dự thi (theo mẫu tại Phụ lục): gửi về Văn phòng UBND xã trước ngày 05/8/2031.\n\n"
            "- Tổng kết, trao giải: 20 giờ ngày 20/8/2031.\n\n"
            "Nơi nhận:\n- Các thôn;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Cường\n\n"
            "PHỤ LỤC\n\nMẪU ĐĂNG KÝ DỰ THI\n\nTên đơn vị: ............\n\n"
            "Ghi chú: Phiếu đăng ký có chữ ký của Trưởng thôn, gửi về Văn phòng UBND xã trước ngày 05/8/2031.\n")
    assert _due(body) == [("2031-08-05", None), ("2031-08-20", None)]
