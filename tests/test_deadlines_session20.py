"""Deadlines on real wording, session 20 (task dl20): the kinds authored19 (spent this session) showed.

Sentences written for these tests in the style of provincial, commune and Party documents; the expected values are read
from the wording and the calendar with the labels' conventions (``realdocs/labeled/README.md``): a partial date is the
interval of its whole period, a daily report is dated at its first occurrence (recurrence null in the labels, a daily
rule here), a planning period and a figure's cut-off are no deadlines.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract import recurrence as R

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 412/UBND-KT\nHà Tĩnh, ngày 09 tháng 12 năm 2026\n\n"
        "CÔNG VĂN\nVề việc triển khai một số nhiệm vụ trọng tâm\n\n")
PARTY = ("TỈNH ỦY NGHỆ AN\nSố: 205-KL/TU\nVinh, ngày 10 tháng 12 năm 2026\n\n"
         "KẾT LUẬN\nCủa Ban Thường vụ Tỉnh ủy về công tác cải cách hành chính\n\n")


def _ext(body: str, head: str = HEAD):
    return extract(head + body + "\n")


def _periods(ext):
    return [(d.date, d.earliest, d.latest, R.rule_kind(d.recurrence)) for d in ext.deadlines if not d.past]


# --- 1. a daily report with its first day printed after it -------------------------------------------------------

def test_a_daily_report_from_a_start_day_is_first_due_that_day():
    ext = _ext("1. Ủy ban nhân dân các xã theo dõi chặt chẽ diễn biến mưa lũ, báo cáo Sở Nông nghiệp và Môi trường "
               "trước 14 giờ 00 hằng ngày, bắt đầu từ ngày 11/12/2026.")
    assert _periods(ext) == [("2026-12-11", "2026-12-11", "2026-12-11", "daily")]


def test_a_daily_report_without_a_start_day_is_due_from_the_document_s_day():
    ext = _ext("2. Sở Công Thương báo cáo tình hình cung ứng hàng hóa trước 16 giờ hằng ngày.")
    assert _periods(ext) == [("2026-12-09", "2026-12-09", "2026-12-09", "daily")]


# --- 2. an inspection or supervision held within a year --------------------------------------------------------

def test_a_supervision_held_within_a_year_is_the_year_s_interval():
    ext = _ext("3. Ủy ban Kiểm tra Tỉnh ủy chủ trì tổ chức giám sát chuyên đề việc thực hiện Kết luận này tại một số "
               "đảng ủy xã, phường trong năm 2027.", PARTY)
    assert _periods(ext) == [(None, "2027-01-01", "2027-12-31", None)]


def test_a_year_of_results_inspected_is_no_deadline():
    # the year the results cover, no supervision held in it
    ext = _ext("4. Ủy ban Kiểm tra Tỉnh ủy cung cấp kết quả kiểm tra, giám sát trong năm 2026 cho Ban Tổ chức Tỉnh ủy.",
               PARTY)
    assert _periods(ext) == []


# --- 3. a regular cell meeting's month after "kỳ" ----------------------------------------------------------------

def test_a_cell_meeting_s_month_after_ky_is_the_month():
    ext = _ext("5. Các chi bộ trực thuộc quán triệt Kết luận đến đảng viên trong kỳ sinh hoạt chi bộ tháng 01/2027.",
               PARTY)
    assert _periods(ext) == [(None, "2027-01-01", "2027-01-31", None)]


# --- 4. "năm sau" after a year's report ----------------------------------------------------------------------------

def test_next_year_counts_from_the_year_reported():
    ext = _ext("6. Sở Tài chính tổng hợp, báo cáo kết quả năm 2027 chậm nhất ngày 15/01 năm sau.")
    assert _periods(ext) == [("2028-01-15", "2028-01-15", "2028-01-15", None)]


def test_next_year_without_a_year_named_counts_from_the_document_s():
    ext = _ext("7. Các sở, ngành gửi báo cáo tổng kết về Sở Nội vụ trước ngày 10/01 năm sau.")
    assert _periods(ext) == [("2027-01-10", "2027-01-10", "2027-01-10", None)]


# --- 5. a figure read as of a day, a year rated ------------------------------------------------------------------

def test_a_rate_as_of_a_day_is_no_deadline():
    ext = _ext("8. Đơn vị có tỷ lệ giải ngân đến hết ngày 31/01/2027 dưới 70% kế hoạch vốn thì người đứng đầu không "
               "được xếp loại hoàn thành tốt nhiệm vụ.")
    assert _periods(ext) == []


def test_data_as_of_a_day_in_brackets_is_no_deadline_but_the_report_s_day_is():
    ext = _ext("9. Các chủ đầu tư báo cáo kết quả giải ngân (số liệu đến hết ngày 31/01/2027) về Sở Tài chính trước "
               "ngày 05/02/2027.")
    assert _periods(ext) == [("2027-02-05", "2027-02-05", "2027-02-05", None)]


def test_an_aim_for_a_day_stays_a_deadline():
    # the labels' majority (a16-05, a17-04): "phấn đấu đến ngày … giải ngân đạt 100%" is due that day
    ext = _ext("10. Phấn đấu đến hết ngày 30/6/2027 giải ngân đạt ít nhất 55% kế hoạch vốn.")
    assert _periods(ext) == [("2027-06-30", "2027-06-30", "2027-06-30", None)]


def test_until_a_day_with_a_task_stays_a_deadline():
    ext = _ext("11. Sở Xây dựng hoàn thành việc thẩm định hồ sơ đến hết ngày 20/12/2026.")
    assert _periods(ext) == [("2026-12-20", "2026-12-20", "2026-12-20", None)]


def test_a_year_whose_tasks_are_rated_is_no_deadline():
    ext = _ext("12. Sở Nội vụ tham mưu đánh giá, xếp loại mức độ hoàn thành nhiệm vụ năm 2026 của các sở, ngành.")
    assert _periods(ext) == []


# --- 6. two periods joined by "và" ---------------------------------------------------------------------------------

_TABLE = ("13. Phân công thực hiện:\n\n"
          "| TT | Nội dung | Đơn vị chủ trì | Thời gian thực hiện |\n"
          "|---|---|---|---|\n"
          "| 1 | Lấy mẫu giám sát dịch bệnh | Chi cục Thú y | Trong quý I và quý II/2027 |\n"
          "| 2 | Kiểm tra tại các xã | Thanh tra Sở | Tháng 4 và tháng 10/2027 |\n")


def test_two_quarters_in_a_row_are_one_interval_and_two_months_apart_each_theirs():
    ext = _ext(_TABLE)
    assert sorted(_periods(ext), key=lambda p: p[1]) == [
        (None, "2027-01-01", "2027-06-30", None),
        (None, "2027-04-01", "2027-04-30", None),  # April takes the year printed after October
        (None, "2027-10-01", "2027-10-31", None),
    ]


def test_two_quarters_apart_stay_apart():
    from vanban.extract.dates import find_dates
    from vanban.extract.folded import Folded
    hits = find_dates(Folded.of("trong quý I và quý III/2027").view)
    assert [(h.earliest, h.latest) for h in hits if h.kind == "quarter"][-1] == ("2027-07-01", "2027-09-30")
    assert all(h.earliest != "2027-01-01" or h.latest != "2027-09-30" for h in hits)


# --- 7. a period in a completion cell that the plan names as a period -------------------------------------------

def test_a_span_of_years_the_document_names_as_a_period_is_no_cell_deadline():
    body = ("14. Phụ lục nhiệm vụ:\n\n"
            "| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n"
            "|---|---|---|---|\n"
            "| 1 | Xây dựng Đề án phát triển trường học giai đoạn 2027 - 2030 | Sở Giáo dục và Đào tạo | Quý II/2027 |\n"
            "| 2 | Vận động xã hội hóa xây dựng nhà bán trú | Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh | 2027 - 2030 |\n")
    ext = _ext(body, PARTY)
    assert _periods(ext) == [(None, "2027-04-01", "2027-06-30", None)]
    mttq = [o for o in ext.obligations if "Mặt trận" in (o.who or "")]
    assert mttq and all(o.deadline is None for o in mttq)


# --- 8. a month of results reported done --------------------------------------------------------------------------

def test_a_month_of_work_reported_done_in_an_assessment_is_no_deadline():
    body = ("I. ĐÁNH GIÁ CHUNG\n\n"
            "Trong tháng 12 năm 2026, các phòng, đơn vị đã tích cực triển khai nhiệm vụ; thu ngân sách đạt 104% dự "
            "toán Hội đồng nhân dân xã giao.\n\n"
            "II. NHIỆM VỤ TRỌNG TÂM\n\n"
            "1. Giao Phòng Kinh tế hoàn thành kiểm đếm đất đai trước ngày 10/01/2027.\n")
    ext = _ext(body)
    assert _periods(ext) == [("2027-01-10", "2027-01-10", "2027-01-10", None)]


# --- 9. each year's report, due early the next year ----------------------------------------------------------------

def test_each_year_s_report_next_year_from_a_start_year():
    ext = _ext("15. Từ năm 2027, các đảng ủy trực thuộc báo cáo kết quả kiểm điểm định kỳ hằng năm trước ngày 20 "
               "tháng 01 năm sau.", PARTY)
    assert _periods(ext) == [("2028-01-20", "2028-01-20", "2028-01-20", "yearly")]


def test_each_year_s_report_next_year_without_a_start_year():
    ext = _ext("16. Các sở, ngành báo cáo kết quả thực hiện hằng năm trước ngày 15 tháng 01 năm sau.")
    assert _periods(ext) == [("2027-01-15", "2027-01-15", "2027-01-15", "yearly")]
