"""Deadlines on real wording, session 17 (issue 10): report cycles without a day and task tables' time columns.

Sentences and tables written for these tests in the style of commune and ward plans; the expected values are read
from the wording and the calendar with the labels' conventions (``realdocs/labeled/README.md``): "định kỳ" with a
stated day is a deadline (a cycle with no day is not), a partial date ("Tháng 3/2027", "Quý II/2027") is the interval
of its whole period, a recurring deadline is given by its first occurrence.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = ("ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA\nSố: 45/KH-UBND\nTân Hòa, ngày 10 tháng 3 năm 2027\n\n"
        "KẾ HOẠCH\nTriển khai công tác chuyển đổi số năm 2027\n\nIII. TỔ CHỨC THỰC HIỆN\n")



def _ext(body: str):
    return extract(HEAD + body + "\n")


def _periods(ext):
    return [(d.earliest, d.latest, d.recurrence) for d in ext.deadlines]


# --- report cycles without a day ----------------------------------------------------------------------------------
# The labels leave a cycle with no day undated (review labels of 3509/QĐ-CT; the tune17 authors: "định kỳ 6 tháng"
# without a day is no deadline); dating it by the running period cost tune17 two false deadlines a plan. What the
# user must still get: the task whole, its cycle words kept in it, no task of the clause dropped.

CYCLES = [
    ("1. Văn phòng HĐND và UBND xã chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo hằng quý về "
     "UBND huyện.", "Văn phòng HĐND và UBND xã",
     "chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo hằng quý về UBND huyện"),
    ("2. Phòng Kinh tế chủ trì tham mưu triển khai các nhiệm vụ; báo cáo kết quả định kỳ hằng quý và năm về UBND xã.",
     "Phòng Kinh tế", "chủ trì tham mưu triển khai các nhiệm vụ; báo cáo kết quả định kỳ hằng quý và năm về UBND xã"),
    ("3. Công an xã phối hợp rà soát dữ liệu dân cư; báo cáo 6 tháng, năm về UBND xã.",
     "Công an xã", "phối hợp rà soát dữ liệu dân cư; báo cáo 6 tháng, năm về UBND xã"),
]


def test_a_report_cycle_without_a_day_is_no_deadline_and_stays_in_its_task():
    for body, who, what in CYCLES:
        ext = _ext(body)
        assert _periods(ext) == [], body
        assert [(o.who, o.what) for o in ext.obligations] == [(who, what)], body


def test_a_cycle_under_an_items_heading_is_its_rows_time_as_written():
    import datetime as dt

    from vanban.extract.checklist import build_checklist

    ext = _ext("1. Văn phòng HĐND và UBND xã\na) Tham mưu UBND xã triển khai Kế hoạch; định kỳ hằng quý và năm tổng "
               "hợp, báo cáo kết quả về UBND tỉnh.\nb) Theo dõi, đôn đốc các đơn vị thực hiện.")
    assert _periods(ext) == []
    rows = [(r.who, r.what, r.deadline) for r in build_checklist(ext, dt.date(2027, 4, 2))]
    assert rows == [("Văn phòng HĐND và UBND xã", "Tham mưu UBND xã triển khai Kế hoạch; Theo dõi, đôn đốc các đơn vị "
                     "thực hiện", None),
                    ("Văn phòng HĐND và UBND xã", "tổng hợp, báo cáo kết quả về UBND tỉnh", "định kỳ hằng quý và năm")]


def test_a_cycle_with_its_day_is_read_from_the_day():
    ext = _ext("4. Các phòng chuyên môn báo cáo kết quả hằng quý về UBND xã trước ngày 20 của tháng cuối quý.")
    assert [(d.date, d.recurrence) for d in ext.deadlines] == [("2027-03-20", "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20")]


def test_no_cycle_where_a_report_names_its_period_or_no_report_is_timed():
    for body in ("5. Phòng Kinh tế xây dựng báo cáo năm 2026 của UBND xã.",  # a named year
                 "5. Phòng Kinh tế hoàn thiện báo cáo sơ kết 6 tháng đầu năm.",  # the period a review covers
                 "5. Phòng Kinh tế hoàn thiện báo cáo năm gửi UBND huyện.",  # one bare period: the year's report
                 "5. Trạm Y tế xã định kỳ hằng năm công bố kết quả khám sức khỏe.",  # a "định kỳ" that times no report
                 "5. Hội nghị báo cáo viên tổ chức định kỳ hằng tháng."):  # a báo cáo viên is a person
        assert _periods(_ext(body)) == [], body


# --- a task table's time column, whatever its name ------------------------------------------------------------------

TABLE = ("I. NỘI DUNG\n\n| TT | Nội dung giám sát | Đơn vị chủ trì | {col} |\n|---|---|---|---|\n"
         "| 1 | Giám sát bếp ăn tập thể các trường học | Trạm Y tế xã | Tháng 3/2027 |\n"
         "| 2 | Giám sát cơ sở kinh doanh dịch vụ ăn uống | Công an xã | Quý II/2027 |\n"
         "| 3 | Giám sát chợ Tân Hòa | Phòng Kinh tế | Tháng 4/2027 và tháng 9/2027 |\n"
         "| 4 | Xây dựng mô hình chợ an toàn thực phẩm | Phòng Kinh tế | 2027 - 2028 |\n"
         "| 5 | Bố trí kinh phí giám sát | Văn phòng HĐND và UBND xã | Trong dự toán năm 2027 |\n")


def test_every_due_column_name_dates_its_rows():
    for col in ("Thời gian giám sát", "Tiến độ", "Thời gian thực hiện", "Thời hạn", "Thời gian hoàn thành"):
        by_when = col in ("Thời hạn", "Thời gian hoàn thành")  # a span of years is a due interval there only
        ext = _ext(TABLE.format(col=col))
        assert [(d.earliest, d.latest) for d in ext.deadlines] == [
            ("2027-03-01", "2027-03-31"), ("2027-04-01", "2027-06-30"),
            ("2027-04-01", "2027-04-30"), ("2027-09-01", "2027-09-30"),  # both months of one cell
        ] + [("2027-01-01", "2028-12-31")] * by_when, col  # "Trong dự toán năm 2027": the budget's year, no time
        assert [(o.who, o.deadline.latest if o.deadline else None) for o in ext.obligations] == [
            ("Trạm Y tế xã", "2027-03-31"), ("Công an xã", "2027-06-30"), ("Phòng Kinh tế", "2027-04-30"),
            ("Phòng Kinh tế", "2028-12-31" if by_when else None), ("Văn phòng HĐND và UBND xã", None)], col


def test_the_plans_own_period_in_every_row_is_no_deadline():
    body = ("Kế hoạch thực hiện giai đoạn 2026 - 2030.\n\n| TT | Nội dung | Đơn vị chủ trì | Thời gian thực hiện |\n"
            "|---|---|---|---|\n| 1 | Tuyên truyền chuyển đổi số | Phòng Văn hóa - Xã hội | 2026 - 2030 |\n")
    assert _periods(_ext(body)) == []


# --- a relative time limit keeps its whole phrase ------------------------------------------------------------------

def _due_texts(body: str):
    return [(o.who, o.what, o.due_text) for o in _ext(body).obligations]


def test_a_limits_event_runs_over_the_names_it_lists():
    assert _due_texts("2. Phòng Văn hóa - Xã hội tổng hợp danh sách, trình Chủ tịch UBND xã phê duyệt trong thời hạn 10 "
                      "ngày kể từ ngày nhận được danh sách của các thôn, tổ dân phố.") == [
        ("Phòng Văn hóa - Xã hội", "tổng hợp danh sách, trình Chủ tịch UBND xã phê duyệt",
         "trong thời hạn 10 ngày kể từ ngày nhận được danh sách của các thôn, tổ dân phố")]


def test_a_limits_event_stops_before_a_new_clause():
    (row,) = _due_texts("1. Các thôn lập danh sách hộ nghèo, gửi Phòng Văn hóa - Xã hội trong thời hạn 05 ngày làm việc kể "
                        "từ ngày nhận được Kế hoạch này, để tổng hợp chung.")
    assert row[2] == "trong thời hạn 05 ngày làm việc kể từ ngày nhận được Kế hoạch này"


# --- when a recurring report starts, and the pair it names ---------------------------------------------------------

CV = ("SỞ NỘI VỤ\nSố: 4130/SNV-CCVC\nV/v chế độ báo cáo công tác nội vụ\nLâm Đồng, ngày 24 tháng 11 năm 2026\n\n"
      "Kính gửi: UBND các xã, phường.\n\n")


def _dates(body: str):
    return [(d.date, d.recurrence) for d in extract(CV + body + "\n").deadlines]


def test_a_quarterly_report_from_a_later_year_starts_in_that_year():
    assert _dates("Từ năm 2027, các đảng ủy trực thuộc thực hiện theo dõi, đánh giá thường xuyên; báo cáo kết quả hằng "
                  "quý về Ban Tổ chức trước ngày 25 của tháng cuối quý.") == [
        ("2027-03-25", "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=25")]  # not 25/12/2026, before the year it starts
    assert _dates("Các đảng ủy báo cáo kết quả hằng quý về Ban Tổ chức trước ngày 25 của tháng cuối quý.") == [
        ("2026-12-25", "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=25")]


def test_two_days_six_months_apart_after_dinh_ky_are_one_six_monthly_day():
    got = _dates("b) Báo cáo 6 tháng: gửi định kỳ trước ngày 10 tháng 6 và trước ngày 10 tháng 12 hằng năm.")
    assert got[0] == ("2026-12-10", "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=10")
    assert all("INTERVAL=6" in (r or "") for _, r in got)


def test_a_year_report_due_in_the_next_year_recurs_yearly():
    assert _dates("c) Báo cáo năm: gửi trước ngày 05/01 của năm sau liền kề.") == [
        ("2027-01-05", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=5")]


def test_a_span_of_years_in_a_running_time_column_is_no_deadline():
    body = ("| TT | Nội dung | Đơn vị chủ trì | Thời gian triển khai |\n|---|---|---|---|\n"
            "| 1 | Xây dựng mô hình chợ an toàn thực phẩm | Phòng Kinh tế | 2027 - 2028 |\n"
            "| 2 | Số hóa hồ sơ hộ tịch | Văn phòng HĐND và UBND xã | Năm 2027-2030 |\n")
    assert _periods(_ext(body)) == []
