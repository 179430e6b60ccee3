"""Two deadline kinds of session 50 (ddl50), read from text written here in the style of a Đảng ủy xã's and a UBND xã's
plans; expected values read from the sentences, by the labels README ("A partial date … becomes an earliest/latest
interval covering that whole period"; "the running period of a campaign" is no deadline).

1. A span of months over a year's turn, each month with its year ("Tháng 12/2036 - tháng 01/2037" in a timetable's
   Thời gian cell): one interval from the first month's first day to the second's last, not two deadlines
   (:data:`vanban.extract.patterns.MONTH_YEARS_RANGE_RE`, ``dates._month_years``). With "từ … đến …" outside a task's
   cell it is a running period, as the same span within one year is.
2. The rounds of a campaign listed under a lead that ends with a colon ("Tổ chức 02 đợt "Tháng hành động …":⏎đợt 1 từ
   ngày … ; đợt 2 từ ngày …", or each round under its own dash): the campaign's running periods, no deadline
   (``deadlines._campaign_lead_rounds``); rounds under a lead that names no campaign keep their windows.
"""

from __future__ import annotations

import datetime as dt

from vanban.extract import extract
from vanban.extract.dates import find_dates
from vanban.extract.folded import Folded

HEAD = ("ĐẢNG BỘ HUYỆN AN KHÊ\nĐẢNG ỦY XÃ HÒA BÌNH\nSố: 41-KH/ĐU\nHòa Bình, ngày 20 tháng 10 năm 2036\n\n"
        "KẾ HOẠCH\nTổ chức đại hội chi bộ trực thuộc nhiệm kỳ 2037 - 2039\n\n")
ISSUED = "2036-10-20"


def _dues(body: str) -> list[tuple[str | None, str | None, str | None]]:
    got = extract(HEAD + body + "\n", reference_date=ISSUED).deadlines
    return [(d.date, d.earliest, d.latest) for d in got if not d.past]


def _spans(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[h.start:h.end], h.earliest, h.latest) for h in find_dates(Folded.of(text).view, dt.date(2036, 10, 20))]


# --- 1. a span of months over a year's turn -----------------------------------------------------------------------

def test_a_dashed_span_over_the_years_turn_is_one_interval():
    assert _spans("Tháng 11/2036 - tháng 02/2037") == [("Tháng 11/2036 - tháng 02/2037", "2036-11-01", "2037-02-28")]
    assert _spans("tháng 12/2036 – 01/2037") == [("tháng 12/2036 – 01/2037", "2036-12-01", "2037-01-31")]


def test_a_worded_span_over_the_years_turn_is_one_interval_with_its_from():
    assert _spans("từ tháng 10/2036 đến tháng 3/2037") == [("từ tháng 10/2036 đến tháng 3/2037", "2036-10-01",
                                                             "2037-03-31")]
    assert _spans("từ tháng 11 năm 2036 đến hết tháng 4 năm 2037") == [
        ("từ tháng 11 năm 2036 đến hết tháng 4 năm 2037", "2036-11-01", "2037-04-30")]


def test_months_years_apart_or_out_of_order_stay_each_its_own():
    # a history's span ("từ tháng 8/1945 - tháng 4/2036") and a span read backwards are no interval
    assert [s for s, _, _ in _spans("tháng 8/1945 - tháng 4/2036")] == ["tháng 8/1945", "tháng 4/2036"]
    assert [s for s, _, _ in _spans("tháng 3/2037 - tháng 01/2037")] == ["tháng 3/2037", "tháng 01/2037"]


def test_a_timetable_cell_over_the_years_turn_is_one_deadline_of_its_row():
    body = ("IV. TIẾN ĐỘ THỰC HIỆN\n\n| TT | Nội dung công việc | Thời gian | Đơn vị thực hiện |\n|---|---|---|---|\n"
            "| 1 | Chi bộ chuẩn bị văn kiện, phương án nhân sự | Tháng 11/2036 - tháng 02/2037 | Các chi bộ |\n"
            "| 2 | Đại hội các chi bộ | Hoàn thành trước ngày 31/3/2037 | Các chi bộ |\n")
    assert _dues(body) == [(None, "2036-11-01", "2037-02-28"), ("2037-03-31", "2037-03-31", "2037-03-31")]


def test_a_running_span_over_the_years_turn_is_no_deadline():
    # a forecast's season, "từ … đến …" in prose: how long it lasts, not a task's time
    body = ("I. TÌNH HÌNH\n\nDự báo mùa khô năm 2036 - 2037 kéo dài từ tháng 11/2036 đến tháng 4/2037, nguy cơ cháy "
            "rừng ở mức cao.\n\nII. NHIỆM VỤ\n\nCác chi bộ báo cáo kết quả về Đảng ủy trước ngày 15/5/2037.")
    assert _dues(body) == [("2037-05-15", "2037-05-15", "2037-05-15")]


# --- 2. a campaign's rounds under its lead ---------------------------------------------------------------------

UBND = ("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH\nSố: 88/KH-UBND\nHòa Bình, ngày 20 tháng 10 năm 2036\n\n"
        "KẾ HOẠCH\nPhòng, chống dịch bệnh gia súc, gia cầm năm 2037\n\nII. NỘI DUNG\n\n")


def _plan_dues(body: str) -> list[tuple[str | None, str | None, str | None]]:
    got = extract(UBND + body + "\n", reference_date=ISSUED).deadlines
    return [(d.date, d.earliest, d.latest) for d in got if not d.past]


def test_rounds_on_the_line_after_the_campaigns_colon_are_running_periods():
    body = ("2. Vệ sinh, tiêu độc\n\n- Tổ chức 02 đợt \"Tháng hành động vệ sinh, tiêu độc môi trường chăn nuôi\":\n"
            "đợt 1 từ ngày 01/3/2037 đến ngày 31/3/2037; đợt 2 từ ngày 01/8/2037 đến ngày 31/8/2037.\n\n"
            "- Thú y viên báo cáo kết quả về UBND xã trước ngày 10/9/2037.")
    assert _plan_dues(body) == [("2037-09-10", "2037-09-10", "2037-09-10")]


def test_rounds_each_under_its_dash_after_the_campaigns_colon_are_running_periods():
    body = ("3. Tiêu độc, khử trùng\n\nTổ chức hai đợt Tháng hành động vệ sinh, tiêu độc, khử trùng:\n\n"
            "- Đợt 1: từ ngày 15/3/2037 đến ngày 15/4/2037.\n\n- Đợt 2: từ ngày 15/9/2037 đến ngày 15/10/2037.\n\n"
            "Mỗi đợt phun hóa chất ít nhất 02 lần.")
    assert _plan_dues(body) == []


def test_rounds_of_a_campaign_wrapped_over_blank_lines_by_ocr_are_running_periods():
    # a legacy OCR page: the lead broken over blank lines, the second round's end on the next line
    body = ("2. Vệ sinh, tiêu độc\n\n- Tổ chức 02 đợt \"Tháng hành động vệ sinh, tiêu độc môi trường chăn\n\n"
            "nuôi :\n\nđợt 1 từ ngày 01/3/2037 đến ngày 31/3/2037; đợt 2 từ ngày 01/8/2037 đến ngày\n31/8/2037.\n")
    assert _plan_dues(body) == []


def test_rounds_under_a_lead_that_names_no_campaign_keep_their_windows():
    # the works' rounds: each due by its window's last day
    body = ("3. Tiêm phòng\n\nTổ chức tiêm phòng 02 đợt trong năm:\n\n- Đợt 1: từ ngày 15/3/2037 đến ngày 15/4/2037.\n\n"
            "- Đợt 2: từ ngày 15/9/2037 đến ngày 15/10/2037.\n")
    assert _plan_dues(body) == [(None, "2037-03-15", "2037-04-15"), (None, "2037-09-15", "2037-10-15")]


# --- 3. a column's period in a table's head row ---------------------------------------------------------------

def test_a_rounds_period_in_a_column_head_is_no_deadline():
    body = ("3. Tiêm phòng\n\nSố lượng vắc xin theo đợt:\n\n"
            "| Loại vắc xin | Đợt 1 (tháng 3 - 4/2037) (liều) | Đợt 2 (quý III/2037) (liều) |\n|---|---|---|\n"
            "| Lở mồm long móng | 1.200 | 1.200 |\n\n"
            "Đợt 1 hoàn thành trước ngày 30/4/2037.\n")
    assert _plan_dues(body) == [("2037-04-30", "2037-04-30", "2037-04-30")]


def test_a_month_in_a_row_under_a_wrapped_row_is_still_its_rows_time():
    # legacy OCR: a row's tail wrapped onto its own line, the next row's month cell still the row's time
    body = ("IV. TIẾN ĐỘ\n\n| TT | Nội dung | Thời gian |\n\n| 1 | Rà soát đối tượng tiêm | Trong tháng\n\n"
            "02/2037 |\n\n| 2 | Tiêm bù, tiêm vét | Tháng 6/2037 |\n")
    assert (None, "2037-06-01", "2037-06-30") in _plan_dues(body)
