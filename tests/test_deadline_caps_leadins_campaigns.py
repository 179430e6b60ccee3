"""Three kinds of false deadlines seen in authored28's misses (issue 10), each in sentences of my own.

The expected values are read by hand from the wording and the calendar, not from vanban's rules:

* a cap on a state measured at the end of each period ("không để quá 5% số hồ sơ tồn đọng vào cuối mỗi quý") says
  how things must stand then, not a task due then (labels README: a deadline is "a date by which something must be
  done"); a task done at each period's end ("niêm yết công khai … vào cuối mỗi quý") stays due on the period's last
  day, and so does a cap whose clause names a due word before the day;
* a lead-in whose goals follow its colon ("Phấn đấu hoàn thành các mục tiêu năm 2028: …") names the year of those
  goals; the year is their period, no due year of the lead-in (the goals after the colon are targets);
* "Thời gian: từ … đến …" under an item headed by a campaign ("2. Chiến dịch mùa hè xanh năm 2027") is the
  campaign's running period (labels README: "the running period of a campaign" is no deadline); the same words under
  a task's heading ("3. Tập huấn cán bộ …") stay the task's window, due by its last day.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = ("BAN CHẤP HÀNH ĐOÀN TỈNH BÌNH AN\nSố: 12-KH/TĐTN\nBình An, ngày 08 tháng 01 năm 2027\n\n"
        "KẾ HOẠCH\nCông tác Đoàn và phong trào thanh niên năm 2027\n\n")
ISSUED = "2027-01-08"


def _dues(body: str) -> list[tuple[str | None, str | None, str | None]]:
    got = extract(HEAD + body + "\n", reference_date=ISSUED).deadlines
    return [(d.date, d.earliest, d.latest) for d in got if not d.past]


# --- a cap on a state at the end of each period -----------------------------------------------------------------

def test_a_cap_measured_at_each_quarter_end_is_no_deadline():
    body = ("1. Bộ phận một cửa rà soát hồ sơ tiếp nhận, bảo đảm không để quá 5% số hồ sơ tồn đọng vào cuối mỗi "
            "quý.")
    assert _dues(body) == []


def test_an_upper_bound_measured_at_each_year_end_is_no_deadline():
    body = "2. Các trạm bơm vận hành đúng quy trình; tỷ lệ diện tích bị ngập úng dưới 3% vào cuối mỗi năm."
    assert _dues(body) == []


def test_a_task_at_each_quarter_end_is_still_due():
    # the first quarter's last day after 8 January 2027 is 31 March 2027
    body = "3. Văn phòng niêm yết công khai danh sách hồ sơ giải quyết quá hạn vào cuối mỗi quý."
    assert _dues(body) == [("2027-03-31", "2027-03-31", "2027-03-31")]


def test_a_cap_with_a_due_word_before_the_period_end_is_due():
    # "hoàn thành" stands between the cap and the day: the work is due at each year's end (31/12/2027)
    body = "4. Giảm tỷ lệ hồ sơ trễ hạn xuống không quá 2%, hoàn thành rà soát vào cuối mỗi năm."
    assert _dues(body) == [("2027-12-31", "2027-12-31", "2027-12-31")]


# --- a lead-in's year before the colon that lists its goals ----------------------------------------------------

def test_the_year_of_goals_listed_after_a_colon_is_no_deadline():
    body = ("2.1. Phấn đấu hoàn thành các mục tiêu năm 2028: kết nạp ít nhất 300 đoàn viên mới; thành lập mới 05 "
            "câu lạc bộ sở thích.")
    assert _dues(body) == []


def test_a_year_to_complete_in_before_a_colon_is_still_due():
    # "trong năm 2028" is a time window, not the year of a plan: due within 2028
    body = "2.2. Hoàn thành xây dựng sân chơi thiếu nhi tại các xã trong năm 2028: ưu tiên xã miền núi."
    assert _dues(body) == [(None, "2028-01-01", "2028-12-31")]


def test_the_plan_of_a_year_without_a_colon_keeps_its_reading():
    # no list follows: the sentence is read as before this kind (a due year after "hoàn thành … năm 2027")
    with_colon = _dues("2.3. Hoàn thành các chỉ tiêu năm 2027: tổ chức 12 buổi sinh hoạt.")
    without = _dues("2.3. Hoàn thành các chỉ tiêu năm 2027.")
    assert with_colon == []
    assert without == [(None, "2027-01-01", "2027-12-31")]


# --- a campaign's time under its heading -----------------------------------------------------------------------

def test_the_time_of_a_campaign_item_is_its_running_period():
    body = ("II. NỘI DUNG\n\n2. Chiến dịch mùa hè xanh năm 2027\n\n- Thời gian: từ ngày 01/7/2027 đến ngày "
            "15/8/2027.\n\n- Mỗi cơ sở Đoàn thành lập ít nhất 01 đội hình tình nguyện.")
    assert _dues(body) == []


def test_the_time_line_inside_a_campaign_paragraph_is_its_running_period_too():
    body = ("1. Chiến dịch tình nguyện mùa đông năm 2027\n\nTổ chức trao áo ấm cho học sinh vùng cao. Thời gian: từ ngày "
            "10/12/2027 đến ngày 31/12/2027. Các cơ sở Đoàn báo cáo kết quả về Tỉnh đoàn trước ngày 10/01/2028.")
    assert _dues(body) == [("2028-01-10", "2028-01-10", "2028-01-10")]


def test_the_time_of_a_task_item_is_still_its_window():
    # a training's days: due by its last day, 18/3/2027 (labels README: "Thời hạn …: Từ … đến …" is one)
    body = "3. Tập huấn nghiệp vụ cho cán bộ Đoàn cấp cơ sở\n\n- Thời gian: từ ngày 16/3/2027 đến ngày 18/3/2027."
    assert _dues(body) == [(None, "2027-03-16", "2027-03-18")]


def test_a_task_heading_after_a_campaign_heading_is_read_alone():
    body = ("1. Chiến dịch Xuân tình nguyện năm 2027\n\nThăm hỏi gia đình chính sách.\n\n"
            "2. Hội thi tin học trẻ cấp tỉnh\n\n- Thời gian: từ ngày 05/4/2027 đến ngày 06/4/2027.")
    # "hội thi" is a contest's days, its own item: no campaign heading is its nearest heading
    assert _dues(body) == [(None, "2027-04-05", "2027-04-06")]


def test_a_from_an_ocr_read_as_tiy_still_opens_the_campaign_span():
    # an old OCR's "tiy ngày" for "từ ngày": the span is the campaign's window all the same, neither day is due
    body = ("1. Chiến dịch tình nguyện mùa đông năm 2027\n\nTrao áo ấm cho học sinh. Thời gian: tiy ngày 10/12/2027 "
            "đến\nngày 31/12/2027. Các cơ sở Đoàn báo cáo kết quả trước ngày 10/01/2028.")
    assert _dues(body) == [("2028-01-10", "2028-01-10", "2028-01-10")]


ROWS = ("PHỤ LỤC\n\n| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n|---|---|---|---|---|\n"
        "| 1 | Tổ chức Tháng hành động vì môi trường xanh năm 2027 | Tỉnh đoàn | Các sở, ngành; UBND các xã | "
        "Từ ngày 01/6 đến 30/6/2027 |\n"
        "| 2 | Tập huấn kỹ năng sơ cấp cứu cho đoàn viên | Tỉnh đoàn | Hội Chữ thập đỏ tỉnh | "
        "Từ ngày 10/5 đến 12/5/2027 |\n")


def test_a_campaign_rows_time_cell_is_its_running_period():
    # row 1 names a campaign (Tháng hành động): its window is no due date; row 2 is a task, due by 12/5/2027
    assert _dues(ROWS) == [(None, "2027-05-10", "2027-05-12")]


def test_a_campaign_rows_body_has_no_due_date_either():
    got = extract(HEAD + ROWS + "\n", reference_date=ISSUED).obligations
    dues = {("Tháng hành động" in o.what): (o.deadline.latest if o.deadline else None) for o in got if o.who == "Tỉnh đoàn"}
    assert dues == {True: None, False: "2027-05-12"}
