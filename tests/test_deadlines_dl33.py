"""Deadlines, session 33 (dl33): kinds read from authored31's misses (spent this session) and the newcomer of session 32.

- A six-monthly pair whose first day is its month's last ("định kỳ 6 tháng (trước ngày 30 tháng 6 và ngày 10 tháng
  12)"): one six-monthly deadline, its two days one rule (a31-02's labels), not a one-off and a second "every 6 months".
- A reception calendar whose dialogues share its rows (four receptions on the 20th, two on other days, two dialogues):
  the prose rule "vào ngày 20 hằng tháng" gives way to the rows as it does when most rows fall on its day (a31-03,
  t31-03).
- A leader's weekly reception of citizens ("tiếp công dân vào thứ Ba hằng tuần"): a standing session, no
  deadline (a31-03 and t31-03's labels); a weekly report of its results stays one.
- A quarter that names its own focus ("Quý I tập trung vào …"): no task due in it.
- The period a calendar covers, named after it ("Lịch trực … tháng 9 năm 2027 giao Văn phòng …, niêm yết trước ngày
  …", the calendar's heading line): which calendar, not by when.
- A duty's span put before its clause ("Từ ngày … đến ngày …, Ban Chỉ huy xã tổ chức trực ban …"): a running period
  (a31-08, t31-08's labels), as the duty named before its span is.
- A weekday written between the time word and the day ("họp dân vào thứ Hai ngày 15/3/2027"): the day is dated, as
  "vào ngày 15/3/2027" is (newcomer of session 32).
- A reception calendar whose grid a scan or a legacy OCR lost (its cells a line each): a row a day, as the table's
  (a31-03's scan and legacy forms).
- A report calendar's cut-off days a line each, its grid lost (a31-06's legacy OCR): no deadlines.
- A title's bracketed anniversary span wrapped onto its own line (a31-07's legacy OCR): the title goes on past it, so a
  plan of a ceremony and a Ngày hội keeps its schedule's spans as running periods.
- A force on duty on the ceremony's days ("làm nhiệm vụ trong ngày 08/7 và 09/7/2028"): no deadline of its own.
- Each round of a task its own row ("tiêm phòng đợt 1 từ ngày … đến ngày … và đợt 2 trong tháng 9/2027").

Sentences written for these tests in the style of those documents.
"""

from __future__ import annotations

import datetime as dt

from vanban.extract import extract
from vanban.extract import recurrence as R
from vanban.extract.checklist import task_rows
from vanban.extract.data_periods import cutoff_lines
from vanban.extract.dates import find_dates
from vanban.extract.folded import Folded
from vanban.extract.session_rows import lost_calendars

from test_deadlines_dl31 import _dls


def _doc(body: str, head: str = "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 21/KH-UBND\nTân Lập, ngày 05 tháng 01 năm 2027",
         title: str = "Tổ chức công tác phòng, chống dịch bệnh năm 2027") -> str:
    return f"{head}\n\nKẾ HOẠCH\n{title}\n\n{body}\n"


PARTY = "ĐẢNG BỘ TỈNH BÌNH AN\nĐẢNG ỦY PHƯỜNG ĐÔNG HÒA\nSố 15-KH/ĐU\nĐông Hòa, ngày 05 tháng 01 năm 2027"


def test_a_month_end_and_a_plain_day_six_months_apart_are_one_rule():
    rule = R.half_yearly_days((6, 30), (12, 10))
    assert rule == "FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=10,-1;BYSETPOS=2,3"
    assert R.rule_kind(rule) == "6-monthly"
    assert R.describe(rule) == "hằng năm, ngày 30/06 và ngày 10/12"
    assert R.half_yearly_days((1, 15), (7, 31)) == "FREQ=YEARLY;BYMONTH=1,7;BYMONTHDAY=15,-1;BYSETPOS=1,4"


def test_a_six_monthly_pair_with_a_month_end_is_one_deadline():
    body = ("Điều 3. Tổ chức thực hiện\n\n1. Giao Ủy ban nhân dân xã ban hành kế hoạch triển khai chậm nhất ngày 28 tháng 2 "
            "năm 2027; định kỳ 6 tháng (trước ngày 30 tháng 6 và ngày 10 tháng 12) báo cáo Hội đồng nhân dân xã kết quả "
            "thực hiện.")
    assert _dls(_doc(body)) == [("2027-02-28", None), ("2027-06-30", "6-monthly")]


CALENDAR = ("II. NỘI DUNG\n\n1. Bí thư Đảng ủy phường trực tiếp tiếp dân vào ngày 20 hằng tháng tại Trụ sở Đảng ủy.\n\n"
            "2. Lịch tiếp dân và đối thoại quý I, quý II năm 2027\n\n"
            "| Tháng | Ngày tiếp | Chủ trì | Ghi chú |\n|---|---|---|---|\n"
            "| 01/2027 | 20/01/2027 | Bí thư Đảng ủy | Tiếp dân theo lịch |\n"
            "| 02/2027 | 22/02/2027 | Bí thư Đảng ủy | Lùi ngày do nghỉ Tết |\n"
            "| 03/2027 | 20/03/2027 | Bí thư Đảng ủy | Tiếp dân theo lịch |\n"
            "| 03/2027 | 26/03/2027 | Bí thư, Chủ tịch UBND phường | Đối thoại với hộ dân khu tái định cư |\n"
            "| 04/2027 | 20/04/2027 | Bí thư Đảng ủy | Tiếp dân theo lịch |\n"
            "| 05/2027 | 20/05/2027 | Bí thư Đảng ủy | Tiếp dân theo lịch |\n"
            "| 06/2027 | 21/06/2027 | Bí thư Đảng ủy | Ngày 20 trùng Chủ nhật |\n"
            "| 06/2027 | 25/06/2027 | Bí thư, Chủ tịch UBND phường | Đối thoại với tiểu thương chợ phường |\n\n"
            "Lịch tiếp dân và đối thoại quý III, quý IV năm 2027 giao Ban Xây dựng Đảng chuẩn bị, trình Thường trực Đảng "
            "ủy trước ngày 15/6/2027.\n")


def test_a_calendar_with_its_dialogues_carries_out_the_monthly_rule():
    got = _dls(_doc(CALENDAR, head=PARTY, title="Tiếp công dân định kỳ năm 2027"))
    assert got == [("2027-01-20", None), ("2027-02-22", None), ("2027-03-20", None), ("2027-03-26", None),
                   ("2027-04-20", None), ("2027-05-20", None), ("2027-06-21", None), ("2027-06-25", None),
                   ("2027-06-15", None)]


def test_the_period_a_calendar_covers_is_no_deadline():
    body = ("II. NỘI DUNG\n\n3. Lịch trực tiếp dân và đối thoại tháng 7, tháng 8 năm 2027\n\n"
            "Lịch trực tiếp dân và đối thoại tháng 9 năm 2027 giao Văn phòng chuẩn bị, niêm yết trước ngày 20/8/2027.\n\n"
            "4. Văn phòng xây dựng kế hoạch kiểm tra, hoàn thành trong quý II/2027.")
    assert _dls(_doc(body)) == [("2027-08-20", None), (("2027-04-01", "2027-06-30"), None)]


def test_a_weekly_reception_is_a_standing_session_and_its_weekly_report_a_deadline():
    body = ("II. NỘI DUNG\n\n1. Phó Chủ tịch Ủy ban nhân dân xã phụ trách khối nội chính tiếp công dân vào thứ Ba hằng "
            "tuần tại Phòng một cửa của xã.\n\n"
            "2. Văn phòng tổng hợp, báo cáo kết quả tiếp dân trước 16 giờ thứ Sáu hằng tuần.")
    ext = extract(_doc(body, head=PARTY, title="Tiếp công dân năm 2027"))
    assert [(d.text, R.rule_kind(d.recurrence)) for d in ext.deadlines] == [("trước 16 giờ thứ Sáu hằng tuần", "weekly")]
    assert [(g.weekday, g.what) for g in ext.meetings] == [("thứ Ba", "Tiếp công dân")]


def test_a_quarter_that_names_its_focus_is_no_deadline():
    body = ("II. NỘI DUNG\n\n3. Mỗi quý tổ chức tối thiểu 01 buổi đối thoại với Nhân dân theo chuyên đề. Quý I tập trung "
            "vào công tác giải phóng mặt bằng; quý II tập trung vào trật tự đô thị.")
    assert _dls(_doc(body)) == []


def test_a_duty_span_put_first_is_a_running_period():
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n2. Chế độ trực ban\n\nTừ ngày 01/8/2027 đến ngày 30/11/2027, Ban Chỉ huy xã tổ chức "
            "trực\nban 24/24 giờ tại trụ sở UBND xã.\n\n"
            "3. Từ ngày 01/3/2027 đến ngày 31/3/2027, Phòng Kinh tế rà soát các hồ đập, kênh mương.")
    assert _dls(_doc(body)) == [(("2027-03-01", "2027-03-31"), None)]


def test_a_weekday_between_the_time_word_and_the_day():
    for line, day in (("Các thôn tổ chức họp dân vào thứ Hai ngày 15/3/2027 để triển khai.", "2027-03-15"),
                      ("Các thôn tổ chức họp dân vào sáng Chủ nhật, ngày 14/3/2027 để triển khai.", "2027-03-14"),
                      # (the parts of the day are clock_words' one list: "trưa" too)
                      ("Ban Chỉ đạo họp rút kinh nghiệm vào buổi trưa thứ 6, ngày 19/3/2027 tại hội trường xã.",
                       "2027-03-19")):
        assert _dls(_doc("I. NHIỆM VỤ\n\n1. " + line)) == [(day, None)]


def test_each_round_is_its_own_row():
    body = ("I. NHIỆM VỤ\n\n1. Trạm Y tế xã chủ trì tổ chức tiêm phòng đợt 1 từ ngày 01/3/2027 đến ngày 31/3/2027 và "
            "đợt 2 trong tháng 9/2027.")
    ext = extract(_doc(body))
    assert _dls(_doc(body)) == [(("2027-03-01", "2027-03-31"), None), (("2027-09-01", "2027-09-30"), None)]
    rows = task_rows(ext)
    assert [(r.who, r.deadline.latest) for r in rows] == [("Trạm Y tế xã", "2027-03-31"), ("Trạm Y tế xã", "2027-09-30")]


def test_a_force_on_duty_on_the_ceremony_days_is_no_deadline():
    body = ("III. PHÂN CÔNG NHIỆM VỤ\n\n5. Công an xã\n\nXây dựng phương án bảo đảm an ninh, trật tự; bố trí tối thiểu 15 "
            "cán bộ, chiến sĩ làm nhiệm vụ trong ngày 29/4 và 30/4/2027; hoàn thành phương án trước ngày 20/4/2027.")
    assert _dls(_doc(body)) == [("2027-04-20", None)]


# A legacy OCR of a Kế hoạch kỷ niệm: the anniversary's span wrapped out of the title in capitals onto a line of its own
ANNIVERSARY = ("ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\n\nSố: 52/KH-UBND\nTân Lập, ngày 12 tháng 6 năm 2027\nKẾ HOẠCH\n"
               "KỶ NIỆM 70 NĂM NGÀY THÀNH LẬP ĐẢNG BỘ XÃ TÂN LẬP\n(15/8/1957 -\n15/8/2027) GẮN VỚI LIÊN HOAN VĂN NGHỆ "
               "QUẦN CHÚNG\nCÁC THÔN, BẢN NĂM 2027\n"
               "Căn cứ Hướng dẫn số 08-HD/ĐU ngày 02/6/2027 của Đảng ủy xã về kỷ niệm ngày thành lập Đảng bộ;\n\n"
               "I. CÁC HOẠT ĐỘNG\n\n"
               "TT\nThời gian\nHoạt động\nBộ phận phụ trách\n1\nTừ 20/7 đến 10/8/2027\nHội thi tìm hiểu lịch sử Đảng bộ xã\n"
               "Ban Xây dựng Đảng\n2\nTừ 01/8 đến 15/8/2027\nTreo băng rôn, khẩu hiệu dọc tuyến đường trục xã\n"
               "Công chức Văn hóa - Xã hội\n\n"
               "II. TỔ CHỨC THỰC HIỆN\n\nCông chức Văn phòng - Thống kê tổng hợp kết quả trước ngày 25/8/2027.\n")


def test_a_titles_bracketed_span_on_its_own_line_keeps_the_title_whole():
    ext = extract(ANNIVERSARY)
    assert ext.metadata.title.upper().endswith("(15/8/1957 - 15/8/2027) GẮN VỚI LIÊN HOAN VĂN NGHỆ QUẦN CHÚNG CÁC THÔN, BẢN NĂM 2027")


# A legacy OCR of a report calendar whose grid was lost: the cut-off cells a line each above the due cells
CUTOFFS = ("1. Các báo cáo định kỳ và hạn nộp về Văn phòng Sở\n"
           "STT\nLoại báo cáo\n\nTần suất\nThời điểm chốt số liệu\nHạn nộp\nBộ phận báo cáo\n\n"
           "1\n\nTiến độ công việc trong tháng\nTháng\n\nNgày 12 hằng tháng\n\nTrước ngày 15 hàng tháng\n\n"
           "Chi cục, đơn vị sự nghiệp trực thuộc\n\n"
           "2\n\nTiến độ công việc trong quý\nQuý\n\nNgày 12 của tháng cuối quý\n\nChậm nhất ngày 16 của tháng cuối quý\n\n"
           "Chi cục, đơn vị sự nghiệp trực thuộc\n\n"
           "2. Văn phòng Sở tổng hợp, báo cáo Giám đốc Sở trước ngày 20 hằng tháng.")


def test_a_lost_calendars_cut_off_lines_are_no_deadlines():
    got = _dls(_doc(CUTOFFS, head="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 45/SNNMT-VP\nBình An, ngày 05 tháng 01 năm 2027",
                    title="Về việc thực hiện chế độ báo cáo định kỳ năm 2027"))
    assert got == [("2027-01-15", "monthly"), ("2027-03-16", "quarterly"), ("2027-01-20", "monthly")]


def test_cutoff_lines_need_the_cut_off_columns_header():
    view = Folded.of(CUTOFFS).view
    got = [CUTOFFS[a:b] for a, b in cutoff_lines(view)]
    assert got == ["Ngày 12 hằng tháng", "Ngày 12 của tháng cuối quý"]
    assert cutoff_lines(Folded.of(CUTOFFS.replace("Thời điểm chốt số liệu\n", "")).view) == []


# A scan or legacy OCR of a reception calendar that lost its grid: the header's cells and each row's cells a line each
LOST = ("4. Lịch tiếp dân và đối thoại quý I năm 2027\n\nTháng\n\nNgày tiếp\n\nChủ trì\n\nGhi chú\n\n"
        "01/2027\n\n20/01/2027\n\nBí thư Đảng ủy phường\nTiếp dân theo lịch\n\n"
        "02/2027\n\n22/02/2027\n\nBí thư Đảng ủy phường\n\nLùi ngày do nghỉ Tết\n"
        "03/2027\n\f26/03/2027\n\nBí thư, Chủ tịch UBND phường\n\nĐối thoại với hộ dân khu tái định cư\n\n"
        "5. Tiếp dân khi có vụ việc phát sinh\n\nBí thư Đảng ủy tiếp dân ngoài lịch khi có vụ việc đông người.\n")


def test_a_calendar_whose_grid_was_lost_gives_a_row_a_day():
    calendars = lost_calendars(LOST, find_dates(Folded.of(LOST).view, dt.date(2027, 1, 5)))
    assert [[(d.date, d.who, d.what) for d in rows] for rows in calendars] == [[
        ("2027-01-20", "Bí thư Đảng ủy phường", "Lịch tiếp dân và đối thoại quý I năm 2027"),
        ("2027-02-22", "Bí thư Đảng ủy phường", "Lịch tiếp dân và đối thoại quý I năm 2027"),
        ("2027-03-26", "Bí thư, Chủ tịch UBND phường", "Lịch tiếp dân và đối thoại quý I năm 2027")]]
    # without the header's cells (a day and a leader), months and days a line each are no calendar
    bare = LOST.replace("Ngày tiếp\n\nChủ trì\n\n", "")
    assert lost_calendars(bare, find_dates(Folded.of(bare).view, dt.date(2027, 1, 5))) == []


def test_a_due_cell_under_a_task_cell_that_ends_in_a_plans_name_is_kept(tmp_path):
    """A Word table's cells come a line each: a task cell ending "… triển khai Chương trình" right above its due cell
    "Quý II/2027" names no calendar the quarter covers (the name must stand on the period's own line, as in a
    calendar's heading "1. Lịch kiểm tra quý III năm 2027", whose quarter stays no deadline)."""
    from docx import Document

    from vanban.conveyor import process_file

    doc = Document()
    for line in ("ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP", "Số: 30/KH-UBND", "Tân Lập, ngày 05 tháng 01 năm 2027", "KẾ HOẠCH",
                 "Cải cách hành chính năm 2027", "II. NHIỆM VỤ", "1. Lịch kiểm tra quý III năm 2027"):
        doc.add_paragraph(line)
    rows = [("STT", "Nội dung công việc", "Thời gian thực hiện"),
            ("1", "Tổ chức hội nghị phổ biến, triển khai Chương trình", "Quý II/2027"),
            ("2", "Kiểm tra việc thực hiện tại các thôn", "Tháng 10/2027")]
    table = doc.add_table(rows=len(rows), cols=3)
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            table.cell(i, j).text = c
    for line in ("Nơi nhận:", "- Lưu: VT.", "CHỦ TỊCH", "Nguyễn Văn An"):
        doc.add_paragraph(line)
    doc.save(tmp_path / "ke-hoach.docx")
    got = [(d.text, d.earliest, d.latest) for d in process_file(tmp_path / "ke-hoach.docx", jobs=1).extraction.deadlines]
    assert got == [("Quý II/2027", "2027-04-01", "2027-06-30"), ("Tháng 10/2027", "2027-10-01", "2027-10-31")]
