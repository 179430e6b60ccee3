"""Session calendars, timetables, report calendars' data periods, duty rosters, occasions and late-starting monthly
reports (session 32, tune31's kinds).

Kinds: a Kế hoạch tiếp công dân's calendar ("| Tháng | Ngày tiếp | Người chủ trì tiếp | … |", a pipe table whose
"Tháng" column is named by the unit alone): each row's day a dated deadline of its leader, the prose rule it carries
out ("vào ngày 15 hằng tháng") no deadline of its own (vanban/extract/session_rows.py); a ceremony's timetable whose
time cells give the hours before the day ("07 giờ 00 - 08 giờ 00 ngày 02/9/2027"; timetable_words.py); a report
calendar's "Kỳ báo cáo, ngày chốt số liệu" column (data_periods.py, cycle_cells.py); a duty roster ("Lịch trực",
duty_rosters.py); a sports tournament's days (patterns.CAMPAIGN_WORDS); "(kết nạp dịp 19/5)" (occasion_days.py);
"trước ngày 20 hằng tháng, từ tháng 4 đến tháng 9 năm 2027" (series_start.py). The texts are written here in the
style of such documents (not copied from any labelled one); the expected values are read off the text by hand.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text


def _doc(issuer: str, number: str, date: str, *parts: str) -> str:
    return "\n\n".join([
        issuer,
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc",
        f"Số: {number}",
        f"Tân An, {date}",
        *parts,
    ])


def _dues(ext):
    return [(d.date, d.earliest, d.latest, d.recurrence) for d in ext.deadlines]


RECEPTION = _doc(
    "ĐẢNG BỘ TỈNH TÂY NINH\n\nĐẢNG ỦY XÃ TÂN AN", "12-KH/ĐU", "ngày 05 tháng 01 năm 2027",
    "KẾ HOẠCH\n\nTiếp công dân định kỳ của Bí thư Đảng ủy xã năm 2027",
    "I. NỘI DUNG",
    "1. Đồng chí Bí thư Đảng ủy xã tiếp công dân định kỳ vào ngày 10 hằng tháng; nếu trùng ngày nghỉ thì tiếp vào "
    "ngày làm việc kế tiếp.",
    "2. Lịch tiếp công dân năm 2027",
    "| Tháng | Ngày tiếp | Người chủ trì tiếp | Địa điểm |\n|---|---|---|---|\n"
    "| 01 | 11/01/2027 (thứ Hai) | Bí thư Đảng ủy xã | Trụ sở tiếp công dân xã |\n"
    "| 02 | 10/02/2027 | Bí thư Đảng ủy xã | Trụ sở tiếp công dân xã |\n"
    "| 03 | 10/3/2027 | Phó Bí thư Đảng ủy xã (ủy quyền) | Nhà văn hóa ấp Bình Hòa |",
    "II. TỔ CHỨC THỰC HIỆN",
    "Văn phòng Đảng ủy tổng hợp kết quả, báo cáo Ban Thường vụ trước ngày 25 hằng tháng.",
)


def test_a_pipe_header_with_a_month_column_and_a_leader_column_is_a_table():
    (t,) = [t for t in structure_of_text(RECEPTION).tables if t.header]
    assert t.header == ("Tháng", "Ngày tiếp", "Người chủ trì tiếp", "Địa điểm")
    assert len(t.rows) == 4


def test_each_session_of_the_calendar_is_a_dated_deadline_of_its_leader():
    ext = extract(RECEPTION)
    rows = [(d.date, d.who) for d in ext.deadlines if d.date and d.date < "2027-04-01" and not d.recurrence]
    assert rows == [("2027-01-11", "Bí thư Đảng ủy xã"), ("2027-02-10", "Bí thư Đảng ủy xã"),
                    ("2027-03-10", "Phó Bí thư Đảng ủy xã (ủy quyền)")]


def test_the_monthly_rule_the_calendar_carries_out_gives_way_to_its_rows():
    ext = extract(RECEPTION)
    monthly = [d for d in ext.deadlines if d.recurrence and "BYMONTHDAY=10" in d.recurrence]
    assert monthly == []
    assert any(d.recurrence and "BYMONTHDAY=25" in d.recurrence for d in ext.deadlines)  # a due word: kept
    (ob,) = [o for o in ext.obligations if o.who and o.who.endswith("Bí thư Đảng ủy xã")]
    assert ob.deadline is not None and ob.deadline.date == "2027-01-11"  # the calendar's first day


TIMETABLE = _doc(
    "ỦY BAN NHÂN DÂN\n\nPHƯỜNG TÂN AN", "30/KH-UBND", "ngày 10 tháng 8 năm 2027",
    "KẾ HOẠCH\n\nTổ chức Lễ kỷ niệm Quốc khánh 02/9",
    "I. CHƯƠNG TRÌNH BUỔI LỄ",
    "\n\n\n".join("\n\n".join(r) for r in [
        ["Thời gian", "Nội dung", "Địa điểm", "Bộ phận thực hiện"],
        ["07 giờ 00 - 08 giờ 00 ngày 02/9/2027", "Lễ chào cờ, dâng hoa tại Đài tưởng niệm", "Đài tưởng niệm phường",
         "Văn phòng HĐND và UBND phường"],
        ["19 giờ 30, tối ngày 02/9/2027", "Chương trình văn nghệ mừng Quốc khánh", "Sân vận động phường",
         "Phòng Văn hóa - Xã hội"],
    ]),
    "II. CÁC HOẠT ĐỘNG KHÁC",
    "- Giải bóng đá thiếu niên giữa các khu phố: từ ngày 20/8 đến ngày 28/8/2027 tại sân vận động phường.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Công an phường xây dựng phương án bảo đảm an ninh, hoàn thành trước ngày 25/8/2027.",
)


def test_a_timetable_row_dated_after_its_hours_is_due_that_day_for_its_body():
    ext = extract(TIMETABLE)
    days = [(d.date, d.who) for d in ext.deadlines if d.date == "2027-09-02"]
    assert days == [("2027-09-02", "Văn phòng HĐND và UBND phường"), ("2027-09-02", "Phòng Văn hóa - Xã hội")]
    assert {o.who: o.deadline and o.deadline.date for o in ext.obligations}["Phòng Văn hóa - Xã hội"] == "2027-09-02"


def test_a_tournaments_days_are_its_running_period():
    ext = extract(TIMETABLE)
    assert not any(d.earliest == "2027-08-20" for d in ext.deadlines)
    assert any(d.date == "2027-08-25" for d in ext.deadlines)


REPORTS = _doc(
    "ỦY BAN NHÂN DÂN TỈNH TÂY NINH\n\nSỞ TÀI CHÍNH", "88/STC-VP", "ngày 06 tháng 01 năm 2027",
    "V/v chế độ báo cáo định kỳ năm 2027",
    "Kính gửi: Các phòng, đơn vị thuộc Sở; UBND các xã, phường.",
    "1. Danh mục báo cáo",
    "\n\n\n".join("\n\n".join(r) for r in [
        ["STT", "Tên báo cáo", "Kỳ báo cáo, ngày chốt số liệu", "Thời hạn gửi", "Đơn vị thực hiện"],
        ["1", "Báo cáo tình hình thu ngân sách", "Hằng tháng; số liệu từ ngày 16 tháng trước đến ngày 15 tháng báo cáo",
         "Trước ngày 18 hằng tháng", "UBND các xã, phường"],
        ["2", "Báo cáo công tác thanh tra tài chính", "Định kỳ 6 tháng; chốt số liệu ngày 15/6 và ngày 15/12",
         "Trước ngày 20/6 và ngày 20/12", "Thanh tra Sở"],
        ["3", "Báo cáo quyết toán tài sản công", "Hằng năm; số liệu tính đến hết ngày 31/12",
         "Trước ngày 31/01 năm sau (kỳ năm 2026 gửi trước ngày 31/01/2027)", "Các phòng, đơn vị thuộc Sở"],
    ]),
    "2. Tổ chức thực hiện",
    "Văn phòng Sở theo dõi, đôn đốc việc gửi báo cáo.",
)


def test_a_report_calendars_data_period_dates_no_report():
    ext = extract(REPORTS)
    assert not any(d.date in ("2027-01-15", "2027-06-15") for d in ext.deadlines)
    assert ("2027-01-18", "2027-01-18", "2027-01-18", "FREQ=MONTHLY;BYMONTHDAY=18") in _dues(ext)


def test_a_cycle_cell_that_goes_on_with_its_data_period_still_gives_the_cycle():
    ext = extract(REPORTS)
    half = [d for d in ext.deadlines if d.date == "2027-06-20"]
    assert [d.recurrence for d in half] == ["FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=20"]
    year = [d for d in ext.deadlines if d.date == "2027-01-31"]
    assert [d.recurrence for d in year] == ["FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=31"]  # the first one written out


ROSTER = _doc(
    "ỦY BAN NHÂN DÂN\n\nXÃ TÂN AN", "40/KH-UBND", "ngày 15 tháng 4 năm 2027",
    "KẾ HOẠCH\n\nPhòng, chống thiên tai năm 2027",
    "I. NHIỆM VỤ",
    "1. Chuẩn bị",
    "Rà soát phương án sơ tán dân, hoàn thành trước ngày 31/5/2027.",
    "2. Trực ban",
    "Trực ban phòng, chống thiên tai từ ngày 01/8/2027 đến ngày 30/11/2027 tại trụ sở UBND xã. Lịch trực như sau:",
    "\n\n\n".join("\n\n".join(r) for r in [
        ["Thời gian", "Lãnh đạo trực chỉ huy", "Bộ phận thường trực"],
        ["Tháng 8/2027", "Chủ tịch UBND xã", "Phòng Kinh tế"],
        ["Tháng 9/2027", "Phó Chủ tịch UBND xã", "Phòng Kinh tế; Công an xã"],
    ]),
    "3. Khắc phục hậu quả",
    "Thống kê thiệt hại, báo cáo UBND huyện trong quý IV/2027.",
)


def test_a_duty_period_and_a_rosters_months_are_no_deadlines():
    ext = extract(ROSTER)
    assert _dues(ext) == [("2027-05-31", "2027-05-31", "2027-05-31", None), (None, "2027-10-01", "2027-12-31", None)]


PARTY = _doc(
    "ĐẢNG BỘ TỈNH TÂY NINH\n\nĐẢNG ỦY XÃ TÂN AN", "20-KH/ĐU", "ngày 10 tháng 01 năm 2027",
    "KẾ HOẠCH\n\nPhát triển đảng viên năm 2027",
    "I. NỘI DUNG",
    "1. Các chi bộ gửi hồ sơ đề nghị kết nạp về Ban Xây dựng Đảng theo 02 đợt: đợt 1 trước ngày 05/5/2027 (kết nạp "
    "dịp 19/5), đợt 2 trước ngày 20/8/2027 (kết nạp dịp 02/9).",
    "2. Trưởng các ấp báo cáo tiến độ về Đảng ủy trước ngày 20 hằng tháng, từ tháng 4 đến tháng 9 năm 2027.",
)


def test_an_occasions_day_is_no_deadline():
    ext = extract(PARTY)
    assert not any(d.date in ("2027-05-19", "2027-09-02") for d in ext.deadlines)
    assert {d.date for d in ext.deadlines} >= {"2027-05-05", "2027-08-20"}


def test_a_monthly_report_that_starts_later_is_first_due_in_its_start_month():
    ext = extract(PARTY)
    (monthly,) = [d for d in ext.deadlines if d.recurrence]
    assert (monthly.date, monthly.recurrence) == ("2027-04-20", "FREQ=MONTHLY;BYMONTHDAY=20")


def test_a_scanned_calendar_run_on_as_one_paragraph_is_read_by_its_month_numbers():
    from vanban.structure.pipe_flow import read_flowed_pipe_tables

    scan = ("2. Lịch tiếp công dân năm 2027\n\n| Tháng | Ngày tiếp | Người chủ trì tiếp | Địa điểm | |---|---|---|---|\n"
            "|01 | 11/01/2027 (thứ Hai) | Bí thư Đảng ủy xã | Trụ sở tiếp công dân | | 02 | 10/02/2027 | Bí thư\n"
            "Đảng ủy xã | Trụ sở tiếp công dân | | 03 | 10/3/2027 | Phó Bí thư Đảng ủy xã | Nhà văn hóa ấp |\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n")
    (t,) = read_flowed_pipe_tables(scan)
    assert t.header == ("Tháng", "Ngày tiếp", "Người chủ trì tiếp", "Địa điểm")
    assert [(r[0].text, r[1].text, r[2].text) for r in t.rows[1:]] == [
        ("01", "11/01/2027 (thứ Hai)", "Bí thư Đảng ủy xã"), ("02", "10/02/2027", "Bí thư Đảng ủy xã"),
        ("03", "10/3/2027", "Phó Bí thư Đảng ủy xã")]


def test_a_scanned_calendar_keyed_by_its_quarters_is_read_like_one_keyed_by_its_months():
    """The period column is :data:`vocab.STACKED_PERIOD_COL`, the one pattern the stacked grids read: "Quý" as well
    as "Tháng" (a year's inspections, a quarter a row)."""
    from vanban.structure.pipe_flow import read_flowed_pipe_tables

    scan = ("1. Lịch kiểm tra năm 2028\n\n| Quý | Nội dung kiểm tra | Đơn vị thực hiện | Ghi chú | |---|---|---|---|\n"
            "|I | Kiểm tra hồ sơ đất đai | Phòng Tài nguyên | | | II | Kiểm tra an toàn\nthực phẩm | Trạm Y tế xã | | "
            "| III | Kiểm tra trường học | Phòng Văn hóa | |\n\nII. TỔ CHỨC THỰC HIỆN\n")
    (t,) = read_flowed_pipe_tables(scan)
    assert t.header == ("Quý", "Nội dung kiểm tra", "Đơn vị thực hiện", "Ghi chú")
    assert [(r[0].text, r[1].text, r[2].text) for r in t.rows[1:]] == [
        ("I", "Kiểm tra hồ sơ đất đai", "Phòng Tài nguyên"), ("II", "Kiểm tra an toàn thực phẩm", "Trạm Y tế xã"),
        ("III", "Kiểm tra trường học", "Phòng Văn hóa")]


def test_a_timetables_time_cell_alone_on_its_line_dates_its_event_where_the_grid_is_lost():
    lost = TIMETABLE.replace("\n\n\n", "\n").replace("\n\n", "\n")  # OCR: a cell a line, no blank line, no table
    body = lost[lost.index("I. CHƯƠNG TRÌNH"):]
    doc = TIMETABLE[:TIMETABLE.index("I. CHƯƠNG TRÌNH")] + body
    # (the programme a cell a line is read as its table since session 32, vanban.structure.stacked._rows_timed: each
    # row's day is then due for its body, as on the table's clean form)
    days = [(d.date, d.who) for d in extract(doc).deadlines if d.date == "2027-09-02"]
    assert days == [("2027-09-02", "Văn phòng HĐND và UBND phường"), ("2027-09-02", "Phòng Văn hóa - Xã hội")]
    prose = _doc("ỦY BAN NHÂN DÂN\n\nPHƯỜNG TÂN AN", "31/TB-UBND", "ngày 10 tháng 8 năm 2027", "THÔNG BÁO\n\nKết luận",
                 "Cuộc họp diễn ra lúc 08 giờ 00 ngày 05/8/2027 tại trụ sở UBND phường đã thống nhất các nội dung.")
    # a day inside a sentence: no timetable cell. Since session 34 (dl34) "lúc" is an event's time word as "vào" is, so
    # the meeting's hour and day are read — as a past event (before the notice's own date): nothing due, no calendar
    assert [(d.date, d.past, d.who) for d in extract(prose).deadlines] in ([], [("2027-08-05", True, None)])


CEREMONY = _doc(
    "ỦY BAN NHÂN DÂN\n\nPHƯỜNG TÂN AN", "32/KH-UBND", "ngày 12 tháng 8 năm 2027",
    "KẾ HOẠCH\n\nTổ chức Lễ kỷ niệm Ngày thành lập phường",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Tổ chức trang trọng, tiết kiệm.",
    "II. THÀNH PHẦN, SỐ LƯỢNG ĐẠI BIỂU",
    "Tổng số đại biểu dự Lễ: 200 người, gồm: đại biểu lãnh đạo thành phố; Ban\nThường vụ Đảng ủy, Thường trực HĐND, "
    "lãnh đạo UBND, Ủy ban Mặt trận Tổ quốc\nViệt Nam phường; đại diện các khu phố.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Văn phòng HĐND và UBND phường",
    "Chuẩn bị hội trường, hoàn thành trước ngày 25/8/2027.",
    "Trên đây là Kế hoạch tổ chức Lễ kỷ niệm; yêu cầu các bộ phận, đơn vị liên quan triển khai thực hiện nghiêm túc./.",
)


def test_the_guests_of_an_attendees_section_and_the_closing_formula_are_no_obligations():
    assert [o.who for o in extract(CEREMONY).obligations] == ["Văn phòng HĐND và UBND phường"]


def test_the_half_year_an_hdnd_resolution_assesses_is_no_deadline():
    doc = _doc("HỘI ĐỒNG NHÂN DÂN\n\nXÃ TÂN AN", "10/NQ-HĐND", "ngày 25 tháng 6 năm 2027",
               "NGHỊ QUYẾT\n\nVề nhiệm vụ 6 tháng cuối năm 2027",
               "Điều 1. Đánh giá kết quả 6 tháng đầu năm 2027",
               "Hội đồng nhân dân xã tán thành đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng "
               "đầu năm 2027 như Báo cáo của Ủy ban nhân dân xã.",
               "Điều 2. Nhiệm vụ 6 tháng cuối năm 2027",
               "Hoàn thành xây dựng nhà văn hóa ấp Bình Hòa trong quý III/2027.")
    assert [(d.earliest, d.latest) for d in extract(doc).deadlines] == [("2027-07-01", "2027-09-30")]
