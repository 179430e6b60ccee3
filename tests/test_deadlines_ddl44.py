"""Deadlines, session 44 (ddl44): kinds read from authored42's misses, checked on its twin tune42.

- A schedule whose period column names its unit in the head ("Quý", "Tháng/năm", "Thời gian (quý)") and writes each
  row's period bare ("IV/2031", "9/2031", a legacy OCR's "1V/2031") dates each row by that period, as "Quý IV/2031"
  would; a head naming no unit leaves bare numerals undated.
- A sentence reporting a forecast ("Theo dự báo …, … vào tháng 02 và tháng 3/2032") dates nothing; a due word after
  the forecast still dates its task.
- A monthly deadline whose clause opens with the months it runs over ("Từ tháng 12/2031 đến tháng 4/2032, … hằng
  tháng, trước ngày 20") first falls due in the first of them.
- A leave "từ … ngày … (tức ngày … tháng Chạp …) đến hết … ngày … (…)" is one running period: the lunar days in
  brackets part no span.
- A hand-over time of a duty "ca trực lúc 07 giờ 00 hằng ngày" is no deadline; a daily report "trước 16 giờ hằng ngày"
  stays one.
- A force on duty over a span ("bố trí lực lượng trực … từ 22 giờ 00 ngày … đến 05 giờ 00 ngày …") is a period, no
  deadline; a report due inside the same item stays.
- A lettered step's window of months ("c) Khảo sát …: từ tháng 3 đến hết tháng 5/2032") is due as an interval; a
  step named by its phase ("c) Đợt 2: từ tháng 3 đến tháng 5/2032") is the phase's run.
- Days of one month listed after a due word ("trước các ngày 10, 20 và 30/9/2031") are each a due date.
- A half-year named before a pair of days six months apart ("… 6 tháng, trước ngày 20/6 và 20/12") is one 6-monthly
  deadline, as after "định kỳ 6 tháng".

Sentences written for these tests in the style of those documents.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 77/KH-UBND\nHòa Bình, ngày 12 tháng 7 năm 2031"


def _doc(body: str, kind: str = "KẾ HOẠCH", title: str = "Tổ chức các hoạt động của xã năm 2031 - 2032") -> str:
    return f"{HEAD}\n\n{kind}\n{title}\n\n{body}\n"


def _due(body: str, **kw) -> list:
    return [(d.date or (d.earliest, d.latest), d.recurrence) for d in extract(_doc(body, **kw)).deadlines if not d.past]


def test_bare_quarters_under_a_quarter_head_date_each_row():
    body = ("II. LỊCH GẶP GỠ NHÂN DÂN\n\n| Quý | Nội dung gặp gỡ | Địa điểm | Số người dự |\n|---|---|---|---|\n"
            "| IV/2031 | Chỉnh trang đường làng, ngõ xóm | Nhà văn hóa thôn Đông | 90 người |\n"
            "| I/2032 | Cấp nước sạch cho hộ dân vùng cao | Hội trường UBND xã | 70 người |\n"
            "| II - III/2032 | Chuyển đổi cây trồng trên đất lúa kém hiệu quả | Nhà văn hóa thôn Tây | 60 người |\n")
    assert _due(body) == [(("2031-10-01", "2031-12-31"), None), (("2032-01-01", "2032-03-31"), None),
                          (("2032-04-01", "2032-09-30"), None)]


def test_bare_months_under_a_month_and_year_head_and_an_ocr_numeral():
    body = ("II. LỊCH KIỂM TRA\n\n| Tháng/năm | Nội dung kiểm tra | Đơn vị được kiểm tra | Ghi chú |\n|---|---|---|---|\n"
            "| 9/2031 | Công tác thu, nộp quỹ | Thôn Đông, thôn Tây | |\n"
            "| 11/2031 | Vệ sinh an toàn thực phẩm | Các bếp ăn tập thể | |\n")
    assert _due(body) == [(("2031-09-01", "2031-09-30"), None), (("2031-11-01", "2031-11-30"), None)]
    body = ("II. LỊCH GẶP GỠ\n\n| Thời gian (quý) | Nội dung gặp gỡ | Địa điểm |\n|---|---|---|\n"
            "| 1V/2031 | Chỉnh trang đường làng | Nhà văn hóa thôn Đông |\n"
            "| 11/2032 | Cấp nước sạch | Hội trường UBND xã |\n")
    assert _due(body) == [(("2031-10-01", "2031-12-31"), None), (("2032-04-01", "2032-06-30"), None)]


def test_bare_numerals_under_a_head_naming_no_unit_date_nothing():
    body = ("II. DANH SÁCH\n\n| Số thứ tự hồ sơ | Nội dung | Địa điểm |\n|---|---|---|\n"
            "| 4/2031 | Hồ sơ cấp đổi giấy chứng nhận | Thôn Đông |\n"
            "| 9/2031 | Hồ sơ chuyển mục đích sử dụng đất | Thôn Tây |\n")
    assert _due(body) == []


def test_a_forecast_sentence_dates_nothing_but_a_due_word_after_it_does():
    body = ("I. TÌNH HÌNH\n\nTheo dự báo của Trạm Khí tượng, mùa mưa năm nay đến muộn, lũ lớn có thể xuất hiện vào "
            "tháng 10 và tháng 11/2031; mực nước sông Lam dâng cao.\n\n"
            "II. NHIỆM VỤ\n\nTheo dự báo thời tiết, các thôn phải gia cố nhà văn hóa làm điểm sơ tán, hoàn thành "
            "trước ngày 30/9/2031.\n")
    assert _due(body) == [("2031-09-30", None)]


def test_a_monthly_report_opened_by_its_run_of_months_starts_in_the_first():
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n**3. Trưởng các thôn**\n\n- Từ tháng 9/2031 đến tháng 4/2032, tổng hợp số hộ "
            "thiếu nước sinh hoạt, báo cáo UBND xã hằng tháng, trước ngày 20.\n")
    assert _due(body) == [("2031-09-20", "FREQ=MONTHLY;BYMONTHDAY=20")]


def test_a_leave_with_its_lunar_days_in_brackets_is_one_running_period():
    body = ("**1. Thời gian nghỉ**\n\nCông chức cơ quan UBND xã nghỉ Tết Nguyên đán từ thứ Tư ngày 04/02/2032 (tức "
            "ngày 23 tháng Chạp năm Tân Hợi) đến hết thứ Sáu ngày 13/02/2032 (tức ngày mùng 3 tháng Giêng năm Nhâm Tý). "
            "Bộ phận Một cửa trả kết quả hồ sơ đã tiếp nhận trước ngày 03/02/2032.\n")
    assert _due(body, kind="THÔNG BÁO", title="Lịch nghỉ Tết Nguyên đán Nhâm Tý năm 2032") == [("2032-02-03", None)]


def test_a_duty_hand_over_time_is_no_deadline_a_daily_report_is():
    body = ("**2. Lịch trực**\n\nMỗi ngày cử 01 lãnh đạo và 01 công chức trực tại trụ sở; đổi ca trực lúc 07 giờ 00 "
            "hằng ngày.\n\n**3. Báo cáo**\n\nVăn phòng UBND xã báo cáo tình hình trực về Chủ tịch UBND xã trước 16 giờ "
            "hằng ngày.\n")
    got = _due(body, kind="THÔNG BÁO", title="Lịch trực Tết Nguyên đán Nhâm Tý năm 2032")
    assert [r for _, r in got] == ["FREQ=DAILY;UNTIL=20321231"]


def test_a_force_on_duty_over_a_span_is_a_period_its_report_is_due():
    body = ("**4. Trách nhiệm**\n\nb) Công an xã: cử cán bộ, chiến sĩ trực 100% quân số từ 22 giờ 00 ngày 10/02/2032 "
            "đến 05 giờ 00 ngày 11/02/2032; báo cáo tình hình về UBND xã trước 10 giờ 00 ngày 11/02/2032.\n")
    assert _due(body, kind="THÔNG BÁO", title="Phân công trực Tết Nguyên đán Nhâm Tý năm 2032") == [("2032-02-11", None)]


def test_a_lettered_steps_window_of_months_is_due_a_phases_run_is_not():
    body = ("II. CÁC BƯỚC THỰC HIỆN\n\na) Thành lập Tổ khảo sát: trong tháng 8/2031.\n\n"
            "b) Khảo sát, đo đạc hiện trạng các tuyến kênh: từ tháng 3 đến hết tháng 5/2032.\n")
    assert _due(body) == [(("2031-08-01", "2031-08-31"), None), (("2032-03-01", "2032-05-31"), None)]
    body = "II. CÁC ĐỢT\n\na) Đợt 1: từ tháng 9 đến tháng 10/2031.\n\nb) Đợt 2: từ tháng 3 đến tháng 4/2032.\n"
    assert _due(body) == []


def test_days_listed_after_a_due_word_are_each_due():
    body = "II. NHIỆM VỤ\n\nTrạm Y tế xã gửi số liệu ca bệnh về Trung tâm Y tế khu vực trước các ngày 10, 20 và 30/9/2031.\n"
    assert _due(body) == [("2031-09-10", None), ("2031-09-20", None), ("2031-09-30", None)]


def test_a_half_year_named_before_a_pair_of_days_is_six_monthly():
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n**2. Ủy ban Mặt trận Tổ quốc xã**\n\nTheo dõi việc giải quyết kiến nghị của cử tri, "
            "báo cáo Thường trực Đảng ủy 6 tháng, trước ngày 20/6 và 20/12.\n")
    assert _due(body) == [("2031-12-20", "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=20")]
