"""Three kinds of false or lost deadlines seen in tune28's misses (issue 10), each in sentences of my own.

The expected values are read by hand from the wording and the calendar, not from vanban's rules:

* a rate tested at a day ("điều chỉnh vốn của các dự án đến ngày 31/8/2027 có tỷ lệ giải ngân dưới 40%") names which
  projects a sanction hits, not a day by which anything is due (the realdocs labels leave such tests undated:
  a19-06, a25-09, t28-03); an aim with the same words ("phấn đấu đến ngày … có tỷ lệ …") is still due;
* "Hằng quý" alone in a table's time cell, its cell border read by an OCR as "I" ("Hằng quý I Báo cáo …"), names no
  quarter: the row's cycle has no day and stays undated (labels README: "định kỳ" without its day is no deadline);
* a quarter range whose second numeral a legacy OCR read with a bracket and a speck ("Quý III - ['V/2027") is still
  the interval from 1 July to 31 December.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH AN HÒA\nSố: 45/TB-UBND\nAn Hòa, ngày 12 tháng 01 năm 2027\n\n"
        "THÔNG BÁO\nKết luận về giải ngân vốn đầu tư công năm 2027\n\n")
ISSUED = "2027-01-12"


def _dues(body: str) -> list[tuple[str | None, str | None, str | None]]:
    got = extract(HEAD + body + "\n", reference_date=ISSUED).deadlines
    return [(d.date, d.earliest, d.latest) for d in got if not d.past]


# --- a rate tested at a day ---------------------------------------------------------------------------------------

def test_projects_below_a_rate_at_a_day_are_no_deadline():
    body = ("3. Giao Sở Tài chính tham mưu điều chỉnh kế hoạch vốn của các dự án đến ngày 31/8/2027 có tỷ lệ giải ngân "
            "dưới 40% sang các dự án có khả năng giải ngân tốt hơn.")
    assert _dues(body) == []


def test_a_rate_that_only_reaches_below_is_tested_too():
    body = ("4. Ủy ban nhân dân tỉnh sẽ cắt giảm vốn đối với công trình đến hết ngày 30/9/2027 có tỷ lệ giải ngân chỉ "
            "đạt dưới 50% kế hoạch.")
    assert _dues(body) == []


def test_an_aimed_rate_at_a_day_is_still_due():
    body = "5. Các chủ đầu tư phấn đấu đến ngày 30/6/2027 có tỷ lệ giải ngân không dưới 55% kế hoạch vốn."
    assert ("2027-06-30", "2027-06-30", "2027-06-30") in _dues(body)


def test_a_due_day_beside_the_test_is_kept():
    body = ("6. Sở Tài chính rà soát, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/8/2027 danh sách dự án đến ngày "
            "31/7/2027 có tỷ lệ giải ngân dưới 30%.")
    assert _dues(body) == [("2027-08-15", "2027-08-15", "2027-08-15")]


# --- "Hằng quý" in a time cell, its border read as "I" --------------------------------------------------------------

TABLE = ("PHỤ LỤC\n\n| TT | Nhiệm vụ | Đơn vị chủ trì | Thời gian | Sản phẩm |\n|---|---|---|---|---|\n"
         "| 1 | Cập nhật cơ sở dữ liệu đầu tư công | Sở Tài chính | {cell} |\n"
         "| 2 | Kiểm tra hiện trường các dự án chậm tiến độ | Sở Xây dựng | Quý II/2027 | Báo cáo kiểm tra |\n")


def test_every_quarter_with_its_border_read_as_one_is_no_first_quarter():
    got = _dues(TABLE.format(cell="Hằng quý I Cơ sở dữ liệu được cập nhật"))
    assert ("2027-01-01", "2027-03-31") not in [(e, l) for _, e, l in got]
    assert (None, "2027-04-01", "2027-06-30") in got  # the next row's quarter is read as before


def test_a_count_each_quarter_is_no_first_quarter():
    body = "7. Sở Tài chính tổ chức giao ban với các chủ đầu tư mỗi quý 1 lần."
    assert [(e, l) for _, e, l in _dues(body)] == []


def test_a_first_quarter_with_its_year_in_a_cell_is_still_due():
    got = _dues(TABLE.format(cell="Quý I/2027 | Cơ sở dữ liệu được cập nhật"))
    assert (None, "2027-01-01", "2027-03-31") in got


# --- a quarter range misread by a legacy OCR ----------------------------------------------------------------------

def test_a_quarter_range_with_a_bracket_and_a_speck_for_iv():
    got = _dues(TABLE.format(cell="Quý III - ['V/2027 | Báo cáo"))
    assert (None, "2027-07-01", "2027-12-31") in got
    assert (None, "2027-07-01", "2027-09-30") not in got  # not the third quarter alone


# --- a schedule's time column whose head was misread -----------------------------------------------------------------

SCHEDULE = ("3. Lịch kiểm tra\n\n| TT | Nội dung | Đơn vị được kiểm tra | Thư giãn | Đơn vị chủ trì |\n|---|---|---|---|---|\n"
            "| 1 | Công tác quản lý đất đai | Chi bộ thôn Đông | Quý I/2027 | Ủy ban Kiểm tra Đảng ủy |\n"
            "| 2 | Công tác thu nộp đảng phí | Chi bộ thôn Tây | Tháng 5/2027 | Văn phòng Đảng ủy |\n"
            "| 3 | Thực hiện quy chế dân chủ | Chi bộ trường học | Tháng 8 - 9/2027 | Ban Xây dựng Đảng |\n")


def test_a_month_under_a_misread_time_head_is_its_rows_deadline():
    got = _dues(SCHEDULE)
    assert (None, "2027-05-01", "2027-05-31") in got  # "Tháng 5/2027": no due word, the column's cells make it a time
    assert (None, "2027-01-01", "2027-03-31") in got
    assert (None, "2027-08-01", "2027-09-30") in got


def test_a_column_of_figures_is_no_time_column():
    table = ("| TT | Chỉ tiêu | Đơn vị tính | Kết quả | Ghi chú |\n|---|---|---|---|---|\n"
             "| 1 | Số hộ được vay vốn | hộ | 1.250 | |\n| 2 | Dư nợ | tỷ đồng | 320 | |\n"
             "| 3 | Số tổ tiết kiệm | tổ | 86 | thành lập tháng 5/2026 |\n")
    assert [(e, l) for _, e, l in _dues(table)] == []
