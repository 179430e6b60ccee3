"""Deadlines of a plan's windows and schedule (vanban.extract.deadlines, patterns): a campaign's weekly and daily reports
due first inside the campaign, a task's months ("thực hiện từ tháng … đến tháng …", a crop's "Thời vụ"), two quarters
wrapped over a line, and a schedule part whose heading names more than the time and place, its items' hours before
the day.

The texts are written for these tests in the style of a ward police's year-end campaign plan, a commune's archive and
forestry plans, a province's inspection plan and a ward's sports-day plan; the expected values are what an office
reader dates: the campaign's first Friday (not the Friday after the document), the months the work is done in, both
quarters as one window, the ceremony's day.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nPHƯỜNG AN KHÁNH\n\nSố: 31/KH-UBND\n\nAn Khánh, ngày 03 tháng 12 năm 2030\n\n"
         "KẾ HOẠCH\n{title}\n\n")


def _dues(title: str, body: str):
    return [(d.date, d.earliest, d.latest) for d in extract(_HEAD.format(title=title) + body + "\n").deadlines]


def test_a_campaigns_weekly_and_daily_reports_fall_first_inside_the_campaign():
    body = ("I. THỜI GIAN\n\n- Thời gian cao điểm: từ ngày 16/12/2030 đến hết ngày 20/02/2031.\n\n"
            "II. CHẾ ĐỘ BÁO CÁO\n\n"
            "1. Các tổ tuần tra báo cáo nhanh kết quả về Tổ Thường trực trước 16 giờ hằng ngày.\n\n"
            "2. Tổ Thường trực tổng hợp, báo cáo kết quả tuần về Công an phường trước 15 giờ thứ Sáu hằng tuần.\n")
    dates = {d[0] for d in _dues("Cao điểm bảo đảm an ninh, trật tự dịp Tết Nguyên đán", body)}
    # 16/12/2030 is a Monday: the first daily report that day, the first weekly one Friday 20/12/2030
    assert "2030-12-16" in dates and "2030-12-20" in dates
    assert "2030-12-06" not in dates  # not the Friday after the document's day


def test_a_plans_step_time_does_not_move_its_weekly_report():
    body = ("1. Khám sức khỏe\n\n- Thời gian: từ ngày 20/12/2030 đến ngày 27/12/2030, tại Trạm Y tế phường.\n\n"
            "2. Các tổ dân phố báo cáo tiến độ về Ủy ban nhân dân phường trước 10 giờ thứ Sáu hằng tuần.\n")
    dates = {d[0] for d in _dues("Tuyển chọn công dân nhập ngũ", body)}
    assert "2030-12-06" in dates and "2030-12-20" not in dates  # a step's time is no campaign's: the Friday after 03/12


@pytest.mark.parametrize("title, body, window", [
    # a task's months: the work is done in them
    ("Số hóa hồ sơ lưu trữ", "II. NHIỆM VỤ\n\n1. Chỉnh lý, số hóa hồ sơ lưu trữ của phường, ưu tiên hồ sơ đất đai, hộ "
     "tịch; thực hiện từ tháng 01 đến tháng 3/2031.\n", ("2031-01-01", "2031-03-31")),
    # a crop's season: the planting is due in it
    ("Trồng rừng năm 2031", "III. THỜI VỤ\n\n1. Thời vụ: Trồng cây keo, cây bản địa trên đất rừng sản xuất từ tháng 02 "
     "đến tháng 4/2031, trồng khi đất đủ ẩm.\n", ("2031-02-01", "2031-04-30")),
    # two quarters, the second's number wrapped to the next line: one window
    ("Kiểm tra công tác văn thư", "II. NHIỆM VỤ\n\n1. Sở Nội vụ tổ chức kiểm tra công tác văn thư, lưu trữ tại 12 sở, "
     "ngành; thực hiện kiểm tra trong quý\nIII và quý IV năm 2031.\n", ("2031-07-01", "2031-12-31")),
])
def test_a_tasks_window_is_dated(title, body, window):
    assert (None, *window) in _dues(title, body)


def test_a_phase_of_months_stays_a_running_period():
    body = "II. THỜI GIAN\n\n- Giai đoạn tuyên truyền, vận động: từ tháng 01 đến tháng 3/2031.\n"
    assert (None, "2031-01-01", "2031-03-31") not in _dues("Tuyên truyền", body)


def test_a_quarters_number_alone_on_the_next_line_is_still_no_window():
    body = ("II. NHIỆM VỤ\n\n1. Các chi bộ tổ chức sinh hoạt chuyên đề quý\nI theo Hướng dẫn số 05-HD/ĐU ngày "
            "10/11/2030 của Đảng ủy phường.\n")
    assert all(d[1] != "2031-01-01" for d in _dues("Sinh hoạt chuyên đề", body))


def test_a_schedule_part_naming_its_participants_dates_its_ceremonies():
    body = ("II. THỜI GIAN, ĐỊA ĐIỂM, ĐƠN VỊ THAM GIA\n\n1. Khai mạc hội thao: 14 giờ ngày 15/3/2031, sân bóng "
            "phường.\n\n2. Bế mạc, trao cờ: ngày 23/3/2031.\n\n3. Đơn vị tham gia: 12 khu phố.\n\nIII. TỔ CHỨC THỰC HIỆN\n")
    dates = {d[0] for d in _dues("Hội thao phường năm 2031", body)}
    assert {"2031-03-15", "2031-03-23"} <= dates
