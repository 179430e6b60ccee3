"""Deadline kinds of session 51 (ddl51), read from text written here in the style of a Đoàn xã's, a Công an xã's, a
Đảng ủy's and a UBND xã's plans; expected values read from the sentences by the labels README (a partial date is an
earliest/latest interval; a recurring deadline is its first occurrence, ``recurrence`` one of the four periods; "the
running period of a campaign" is no deadline), never from vanban's output.

1. A week of a named month in a timetable cell, "Tuần 4 tháng 5/2038", a run of weeks "Tuần 1 - 2 tháng 8/2038": week
   n is days 7(n-1)+1 … 7n, the fourth running to the month's end (``dates.week_of_month``).
2. A schedule table under a line that states the campaign's own span in one sentence and names a team's work in the
   last ("Thời gian cao điểm từ … đến …. Tổ công tác … theo lịch sau:"): each row's "15/9 - 19/9/2037" the team's
   window, due (``due_cells.campaign_table``); a rounds table under "Chiến dịch được tổ chức 03 đợt …" stays running.
3. A weekly report kept during that campaign's time, stated without a colon: first due inside it, its hour among its
   words ("vào 16 giờ thứ Sáu hằng tuần").
4. The half-year's and the year's reports named before two yearless days six months apart ("6 tháng và cả năm trước
   ngày 10/6 và ngày 10/12"): one 6-monthly deadline; two months six months apart before "hằng năm" alike.
5. A timing part's item listing events each with its day ("Giai đoạn thông qua: thông qua … ngày 05/6/2037; tổng duyệt
   … ngày 17/6/2037"): each a deadline.
6. A crop plan's season column ("Thời vụ"): "Xuống giống tháng 3/2037" the row's month; "thả cá từ tháng 6/2037" a
   start, none.
7. The day figures are estimated to ("Ước giải ngân đến hết ngày 31/01/2038"): no deadline.
"""

from __future__ import annotations

import datetime as dt

from vanban.extract import extract
from vanban.extract.dates import find_dates
from vanban.extract.folded import Folded


def _spans(text: str, ref: dt.date) -> list[tuple[str, str | None, str | None]]:
    return [(text[h.start:h.end], h.earliest, h.latest) for h in find_dates(Folded.of(text).view, ref)]


def _dues(head: str, body: str, issued: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    got = extract(head + body + "\n", reference_date=issued).deadlines
    return [(d.date, d.earliest, d.latest, d.recurrence) for d in got if not d.past]


# --- 1. a week of a named month -----------------------------------------------------------------------------------

def test_a_bare_week_of_a_month_in_a_cell():
    ref = dt.date(2039, 1, 10)
    assert _spans("Tuần 2 tháng 3/2039", ref) == [("Tuần 2 tháng 3/2039", "2039-03-08", "2039-03-14")]
    assert _spans("Tuần 3 tháng 7/2039", ref) == [("Tuần 3 tháng 7/2039", "2039-07-15", "2039-07-21")]


def test_the_fourth_week_runs_to_the_months_end():
    ref = dt.date(2039, 1, 10)
    assert _spans("Tuần 4 tháng 02/2039", ref) == [("Tuần 4 tháng 02/2039", "2039-02-22", "2039-02-28")]
    assert _spans("tuần thứ tư của tháng 10/2039", ref) == [("tuần thứ tư của tháng 10/2039", "2039-10-22", "2039-10-31")]


def test_a_run_of_weeks_is_one_interval():
    ref = dt.date(2039, 1, 10)
    assert _spans("Tuần 2 - 3 tháng 6/2039", ref) == [("Tuần 2 - 3 tháng 6/2039", "2039-06-08", "2039-06-21")]
    assert _spans("Tuần 3 – 4 tháng 6/2039", ref) == [("Tuần 3 – 4 tháng 6/2039", "2039-06-15", "2039-06-30")]


def test_a_weekly_rate_is_no_week():
    ref = dt.date(2039, 1, 10)
    assert [s for s, _, _ in _spans("sinh hoạt 02 buổi/tuần 2 tháng 6/2039", ref)] == ["tháng 6/2039"]


DOAN = ("BCH ĐOÀN XÃ TÂN AN\nSố: 21-KH/ĐTN\nTân An, ngày 10 tháng 01 năm 2039\n\n"
        "KẾ HOẠCH\nHoạt động Tháng Thanh niên và hè năm 2039\n\n")


def test_a_timetable_of_weeks_dates_each_row():
    body = ("III. THỜI GIAN THỰC HIỆN\n\n| Thời gian | Nội dung | Đơn vị thực hiện |\n|---|---|---|\n"
            "| Tuần 4 tháng 3/2039 | Ra quân Tháng Thanh niên | BTV Đoàn xã |\n"
            "| Tuần 1 - 2 tháng 6/2039 | Mở lớp dạy bơi cho thiếu nhi | Chi đoàn thôn |\n"
            "| Tuần 3 tháng 8/2039 | Tổng kết hoạt động hè | BTV Đoàn xã |\n")
    assert _dues(DOAN, body, "2039-01-10") == [(None, "2039-03-22", "2039-03-31", None),
                                               (None, "2039-06-01", "2039-06-14", None),
                                               (None, "2039-08-15", "2039-08-21", None)]


# --- 2. and 3. a team's schedule and weekly reports inside a stated campaign span ---------------------------------

CAX = ("CÔNG AN XÃ PHÚ AN\nSố: 77/KH-CAX\nPhú An, ngày 02 tháng 3 năm 2039\n\n"
       "KẾ HOẠCH\nThu nhận hồ sơ cấp Căn cước lưu động năm 2039\n\n")


def test_a_teams_schedule_under_a_stated_campaign_span_is_due_row_by_row():
    body = ("II. THỜI GIAN, ĐỊA ĐIỂM\n\nThời gian cao điểm từ ngày 16/3/2039 đến ngày 30/4/2039. Tổ công tác lưu động "
            "thu nhận hồ sơ tại các thôn theo lịch sau:\n\n| Đợt | Thời gian | Địa điểm |\n|---|---|---|\n"
            "| 1 | 16/3 - 20/3/2039 | Nhà văn hóa thôn 1 |\n| 2 | 30/3 - 03/4/2039 | Nhà văn hóa thôn 2 |\n")
    assert _dues(CAX, body, "2039-03-02") == [(None, "2039-03-16", "2039-03-20", None),
                                              (None, "2039-03-30", "2039-04-03", None)]


def test_a_campaigns_rounds_table_with_no_stated_span_stays_running():
    body = ("II. NỘI DUNG\n\nChiến dịch được tổ chức 02 đợt trên toàn xã, mỗi đợt 05 ngày. Lịch cụ thể như sau:\n\n"
            "| Đợt | Thời gian | Địa bàn |\n|---|---|---|\n| Đợt 1 | 16/3 - 20/3/2039 | Thôn 1, thôn 2 |\n"
            "| Đợt 2 | 13/4 - 17/4/2039 | Thôn 3, thôn 4 |\n")
    assert _dues(CAX, body, "2039-03-02") == []


def test_weekly_reports_during_a_campaign_span_stated_without_a_colon():
    body = ("II. THỜI GIAN\n\nThời gian cao điểm từ ngày 16/3/2039 đến ngày 30/4/2039.\n\nIII. CHẾ ĐỘ BÁO CÁO\n\n"
            "Trong thời gian cao điểm, các tổ công tác báo cáo kết quả về Trưởng Công an xã vào 15 giờ thứ Năm hằng "
            "tuần; Công an xã tổng hợp, báo cáo Công an tỉnh trước 09 giờ thứ Hai hằng tuần.\n")
    got = extract(CAX + body + "\n", reference_date="2039-03-02").deadlines
    # 16/3/2039 is a Wednesday: the first Thursday in the span is 17/3, the first Monday 21/3
    assert [(d.text, d.date) for d in got] == [("vào 15 giờ thứ Năm hằng tuần", "2039-03-17"),
                                              ("trước 09 giờ thứ Hai hằng tuần", "2039-03-21")]


# --- 4. the two reports of a year -----------------------------------------------------------------------------------

DU = ("ĐẢNG ỦY XÃ BÌNH MINH\nSố: 52-NQ/ĐU\nBình Minh, ngày 05 tháng 01 năm 2039\n\n"
      "NGHỊ QUYẾT\nVề phát triển kinh tế tập thể giai đoạn 2039 - 2043\n\nIV. TỔ CHỨC THỰC HIỆN\n\n")


def test_the_half_years_and_the_years_reports_before_a_yearless_pair():
    body = "Các chi bộ báo cáo kết quả thực hiện 6 tháng và cả năm về Đảng ủy trước ngày 15/6 và ngày 15/12.\n"
    assert _dues(DU, body, "2039-01-05") == [("2039-06-15", "2039-06-15", "2039-06-15", "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=15")]


def test_a_bare_yearless_pair_is_still_read_as_before():
    # (no cycle word, no reports named: the rule adds nothing; a time limit "trong 6 tháng" names no report)
    body = "Các chi bộ hoàn thành rà soát trong 6 tháng, báo cáo Đảng ủy trước ngày 15/6 và ngày 15/12.\n"
    assert all(r is None or "INTERVAL=6" not in r for *_, r in _dues(DU, body, "2039-01-05"))


def test_two_months_six_apart_before_each_year_are_one_six_monthly_time():
    body = ("1. Định kỳ 6 tháng, Ủy ban nhân dân xã và Ủy ban Mặt trận Tổ quốc xã họp liên tịch đánh giá kết quả "
            "phối hợp; thời gian họp trong tháng 7 và tháng 01 hằng năm.\n")
    got = _dues(DU, body, "2039-01-05")
    assert len(got) == 1 and got[0][1:3] == ("2039-01-01", "2039-01-31")


# --- 5. a timing part's events ---------------------------------------------------------------------------------------

UB = ("ỦY BAN NHÂN DÂN XÃ HÒA PHÚ\nSố: 40/KH-UBND\nHòa Phú, ngày 12 tháng 3 năm 2039\n\n"
      "KẾ HOẠCH\nDiễn tập phòng thủ dân sự xã năm 2039\n\n")


def test_events_each_closing_a_clause_of_a_timing_item():
    body = ("IV. THỜI GIAN\n\n- Giai đoạn thông qua: báo cáo ý tưởng diễn tập với Ban Chỉ huy Quân sự huyện ngày "
            "08/5/2039; duyệt kế hoạch ngày 20/5/2039.\n\n- Giai đoạn thực hành: ngày 03/6/2039.\n")
    assert [d[0] for d in _dues(UB, body, "2039-03-12")] == ["2039-05-08", "2039-05-20", "2039-06-03"]


def test_an_events_clause_wrapped_over_lines_by_ocr():
    # a legacy OCR page breaks the item before its day; the clause reads over the wrapped line
    body = ("IV. THỜI GIAN, ĐỊA ĐIỂM\n1. Thời gian\n\n- Giai đoạn thông qua: báo cáo ý tưởng diễn tập với Ban Chỉ huy "
            "Quân sự\nhuyện ngày 08/5/2039; duyệt kế hoạch ngày 20/5/2039.\n")
    assert [d[0] for d in _dues(UB, body, "2039-03-12")] == ["2039-05-08", "2039-05-20"]


def test_an_event_with_its_day_outside_a_timing_part_is_untouched():
    body = "II. NỘI DUNG\n\n- Giai đoạn thông qua: báo cáo ý tưởng diễn tập với Ban Chỉ huy Quân sự huyện ngày 08/5/2039.\n"
    assert _dues(UB, body, "2039-03-12") == []


# --- 6. a crop plan's season column ------------------------------------------------------------------------------

def test_a_season_cells_month_after_the_work_and_a_start_month():
    body = ("III. DIỆN TÍCH VÀ THỜI VỤ\n\n| STT | Thôn | Diện tích (ha) | Cây trồng | Thời vụ |\n|---|---|---|---|---|\n"
            "| 1 | Thôn Đông | 4,5 | Sen lấy hạt | Xuống giống tháng 4/2039 |\n"
            "| 2 | Thôn Tây | 6,0 | Lúa - cá | Vụ Mùa: thả cá từ tháng 7/2039 |\n")
    assert _dues(UB, body, "2039-03-12") == [(None, "2039-04-01", "2039-04-30", None)]


# --- 7. the day figures are estimated to --------------------------------------------------------------------------

def test_an_estimates_day_is_no_deadline():
    body = ("Đề nghị các xã báo cáo các nội dung sau:\n\na) Số liệu giải ngân đến hết ngày 30/11/2038;\n\n"
            "b) Ước giải ngân đến hết ngày 31/01/2039, tỷ lệ giải ngân so với kế hoạch;\n\n"
            "Báo cáo gửi về Ủy ban nhân dân huyện trước ngày 15/12/2038.\n")
    head = ("ỦY BAN NHÂN DÂN HUYỆN AN LÂM\nSố: 1200/KH-UBND\nAn Lâm, ngày 01 tháng 12 năm 2038\n\n"
            "KẾ HOẠCH\nĐẩy nhanh giải ngân vốn đầu tư công năm 2038\n\nIII. CHẾ ĐỘ BÁO CÁO\n\n")
    assert [d[0] for d in _dues(head, body, "2038-12-01")] == ["2038-12-15"]
