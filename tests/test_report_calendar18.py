"""A Sở's report calendar and the requests around it, session 18 (issue 10: facts on real wording).

Letters written for these tests in the style of a Sở's Công văn on its chế độ báo cáo (the kind of authored17's
a17-10, other office, reports, days and bodies). The expected values are read from the wording and the calendar with
the labels' conventions (``realdocs/labeled/README.md``): a recurring deadline is given by its first occurrence on or
after the document's date; "15/7 và 15/01 năm sau" of a half-yearly report is one six-monthly deadline (a16-10's
"trước ngày 10 tháng 6 và trước ngày 10 tháng 12 hằng năm"); each table row with its reporting body is one
obligation; the term a report covers ("của kỳ 6 tháng đầu năm", "từ kỳ quý IV") is no due date; the issuer's own
"sẽ" is no obligation (authored15–17 authors alike).
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.recurrence import rule_kind

HEAD = ("UBND TỈNH LẠNG SƠN\nSỞ NỘI VỤ\n-------\n\nSố: 2231/SNV-TCBC\nV/v thực hiện chế độ báo cáo về tổ chức bộ máy\n\n"
        "Lạng Sơn, ngày 20 tháng 11 năm 2026\n\nKính gửi:\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các xã, phường.\n\n")
SIGN = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TCBC.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHoàng Văn Thụ\n"

# the table as a page's markup turned into plain text gives it: each cell its own paragraph, one blank line between
# cells, two between rows
CALENDAR = """Để thống nhất chế độ báo cáo từ kỳ quý I/2027, Sở Nội vụ đề nghị các cơ quan, đơn vị thực hiện như sau:

1. Các loại báo cáo và thời hạn gửi


STT

Loại báo cáo

Kỳ báo cáo

Đơn vị báo cáo

Thời hạn gửi Sở Nội vụ


1

Tình hình biên chế, số lượng người làm việc (Biểu 01)

6 tháng, năm

Các sở, ban, ngành tỉnh

Ngày 20/6 và ngày 20/12


2

Kết quả đánh giá, xếp loại công chức (Biểu 02)

Năm

Ủy ban nhân dân các xã, phường

Chậm nhất ngày 25/01 năm sau


3

Tình hình tuyển dụng viên chức (Biểu 03)

6 tháng, năm

Các đơn vị sự nghiệp công lập thuộc tỉnh

Ngày 10/7 và ngày 10/01 năm sau


"""


def _ext(body: str):
    return extract(HEAD + body + SIGN)


def _row_deadlines(ext):
    return [(o.who, o.deadline.text, o.deadline.date, rule_kind(o.deadline.recurrence))
            for o in ext.obligations if o.deadline]


def test_each_calendar_row_is_its_reporting_bodys_obligation_due_with_its_cycle():
    ext = _ext(CALENDAR + "2. Sở Nội vụ đề nghị các cơ quan, đơn vị nghiêm túc thực hiện.")
    assert _row_deadlines(ext) == [
        # 20/12/2026 comes first from 20/11/2026; 20/6 and 20/12 are the two dates of one half-yearly report
        ("Các sở, ban, ngành tỉnh", "Ngày 20/6 và ngày 20/12", "2026-12-20", "6-monthly"),
        ("Ủy ban nhân dân các xã, phường", "Chậm nhất ngày 25/01 năm sau", "2027-01-25", "yearly"),
        # 10/7/2026 has passed: the first is 10/01/2027, not 10/7/2027
        ("Các đơn vị sự nghiệp công lập thuộc tỉnh", "Ngày 10/7 và ngày 10/01 năm sau", "2027-01-10", "6-monthly"),
    ]
    # the document's deadlines agree with the rows' (one entry a row); "từ kỳ quý I/2027" is the rule's first term
    assert [(d.date, d.earliest, rule_kind(d.recurrence)) for d in ext.deadlines] == [
        ("2026-12-20", "2026-12-20", "6-monthly"), ("2027-01-25", "2027-01-25", "yearly"),
        ("2027-01-10", "2027-01-10", "6-monthly")]


def test_a_calendar_cell_with_its_year_stays_a_one_off_date():
    ext = _ext(CALENDAR.replace("Chậm nhất ngày 25/01 năm sau", "Chậm nhất ngày 25/01/2027"))
    row = [r for r in _row_deadlines(ext) if r[0] == "Ủy ban nhân dân các xã, phường"]
    assert row == [("Ủy ban nhân dân các xã, phường", "Chậm nhất ngày 25/01/2027", "2027-01-25", None)]


def test_the_term_a_report_covers_is_no_due_date():
    ext = _ext("Sở Nội vụ đề nghị:\n\n1. Các sở, ban, ngành tỉnh gửi báo cáo còn thiếu của kỳ 6 tháng đầu năm 2026 trước "
               "ngày 05/12/2026.\n\n2. Ủy ban nhân dân các xã, phường thực hiện báo cáo theo mẫu mới từ kỳ báo cáo quý "
               "I/2027, gửi trước ngày 15/3/2027.")
    assert [(d.text, d.date) for d in ext.deadlines] == [("trước ngày 05/12/2026", "2026-12-05"),
                                                         ("trước ngày 15/3/2027", "2027-03-15")]
    assert [(o.who, o.deadline.date) for o in ext.obligations] == [
        ("Các sở, ban, ngành tỉnh", "2026-12-05"), ("Ủy ban nhân dân các xã, phường", "2027-03-15")]


def test_giving_one_of_its_officers_a_job_is_the_requested_bodys_own_task():
    ext = _ext("1. Đề nghị Ủy ban nhân dân các xã, phường\n\na) Giao một công chức làm đầu mối theo dõi công tác tổ chức "
               "bộ máy, gửi danh sách về Sở Nội vụ trong tháng 12/2026;\n\nb) Gửi báo cáo năm 2026 chậm nhất ngày "
               "20/01/2027.")
    assert [(o.who, o.deadline.latest) for o in ext.obligations] == [("Ủy ban nhân dân các xã, phường", "2026-12-31")]
    assert ext.obligations[0].what.startswith("Giao một công chức làm đầu mối")


def test_the_issuers_unit_on_what_it_will_do_and_the_contact_line_are_nobodys_task():
    ext = _ext("Sở Nội vụ đề nghị các cơ quan, đơn vị, địa phương thực hiện như sau:\n\n1. Các sở, ban, ngành tỉnh rà "
               "soát vị trí việc làm, gửi về Sở Nội vụ trước ngày 10/12/2026.\n\n2. Ủy ban nhân dân các xã, phường cập "
               "nhật dữ liệu công chức trước ngày 20/12/2026.\n\nPhòng Tổ chức biên chế (Sở Nội vụ) sẽ tổng hợp, báo "
               "cáo UBND tỉnh trước ngày 25 tháng cuối mỗi quý.\n\nBiểu mẫu báo cáo đăng trên Trang thông tin điện tử "
               "Sở Nội vụ. Mọi vướng mắc liên hệ Phòng Tổ chức biên chế, điện thoại 0205.3812.345./.")
    assert [(o.who, o.deadline.date if o.deadline else None) for o in ext.obligations] == [
        ("Các sở, ban, ngành tỉnh", "2026-12-10"), ("Ủy ban nhân dân các xã, phường", "2026-12-20")]


# --- the half-year's report beside the year's -------------------------------------------------------------------------
# "báo cáo 6 tháng" is the report on the year's first half; where the same sentence schedules the year's report, the
# second half is reported there: the half-year's report falls due once a year, on its day (the labels of tune17 t17-06,
# t17-10, authored16 a16-08, authored17 a17-07, a17-08). Alone, "định kỳ 6 tháng (trước ngày 15/6)" stays six-monthly.

def _due(sentence: str):
    return [(d.text, d.date, rule_kind(d.recurrence)) for d in _ext(sentence).deadlines]


def test_the_half_years_report_beside_the_years_report_is_due_once_a_year():
    assert _due("1. Các sở, ban, ngành tỉnh báo cáo 6 tháng trước ngày 20/6 và báo cáo năm trước ngày 05/12 về Sở Nội "
                "vụ.") == [("trước ngày 20/6", "2027-06-20", "yearly"), ("trước ngày 05/12", "2026-12-05", "yearly")]
    assert _due("1. Ủy ban nhân dân các xã, phường báo cáo kết quả định kỳ 6 tháng (trước ngày 12/6) và hằng năm "
                "(trước ngày 12/11) về Sở Nội vụ.") == [("trước ngày 12/6", "2027-06-12", "yearly"),
                                                         ("trước ngày 12/11", "2027-11-12", "yearly")]


def test_a_six_monthly_report_alone_stays_six_monthly():
    assert _due("1. Các sở, ban, ngành tỉnh báo cáo định kỳ 6 tháng (trước ngày 20/6) về Sở Nội vụ.") == [
        ("trước ngày 20/6", "2026-12-20", "6-monthly")]
