"""Deadlines and citations on real wording, session 22 (dl22b): the kinds tune22 (the blind authored22's twin) showed.

Sentences written for these tests in the style of a Quy chế làm việc of a Ban Chấp hành Đảng bộ xã, a Chỉ thị of the
Thủ tướng and a Thông báo kết luận's task table; the expected values are read from the wording with the labels'
conventions (``realdocs/labeled/README.md``) as the tuning labels apply them:

* a report named by its period, its day of a month given without a year, falls due once a year ("Báo cáo 6 tháng:
  trước ngày 15 tháng 6;" / "Báo cáo năm: trước ngày 15 tháng 11;" and "… 6 tháng và năm … trước ngày 10 tháng 6 và
  trước ngày 05 tháng 11": t22-09, as t18-02, t21-05, a17-08 and a20-10 label the same reports without the colon);
* a task completed within a year stays a deadline of that year ("Hoàn thành việc sửa đổi … trong năm 2027"; also when
  it completes a target: the real 627-TB-VPCP's label and t21-05's date "Hoàn thành mục tiêu … trong năm 2025", against
  t22-02's one label — the majority);
* a body's working rules named by the body and its term ("Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa
  XVIII") are a cited document, unnumbered (t22-06, t20-04, t21-05, a17-06).
"""

from __future__ import annotations

from vanban.extract import extract

QC = ("ĐẢNG BỘ TỈNH AN GIANG\nĐẢNG ỦY XÃ PHÚ HÒA\nSố: 11-QC/ĐU\nPhú Hòa, ngày 28 tháng 12 năm 2026\n\n"
      "QUY CHẾ\nLàm việc của Ban Chấp hành Đảng bộ xã khóa I, nhiệm kỳ 2025 - 2030\n\n")
CT = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 05/CT-TTg\nHà Nội, ngày 20 tháng 01 năm 2027\n\n"
      "CHỈ THỊ\nVề đẩy nhanh tiến độ các dự án giao thông trọng điểm năm 2027\n\n")
TB = ("TỈNH ỦY HÀ TĨNH\nVĂN PHÒNG\nSố: 402-TB/TU\nHà Tĩnh, ngày 10 tháng 12 năm 2026\n\n"
      "THÔNG BÁO\nKết luận của Thường trực Tỉnh ủy\n\n")


def _due(text: str):
    return [(d.date, d.recurrence) for d in extract(text).deadlines]


# --- reports named by their period: a yearless day of a month, yearly ----------------------------------------------

def test_reports_named_by_period_before_a_colon_fall_due_yearly():
    got = _due(QC + "Điều 8. Chế độ báo cáo\n\n1. Văn phòng Đảng ủy giúp Ban Thường vụ xây dựng các báo cáo gửi Ban "
               "Thường vụ Tỉnh ủy như sau:\n\na) Báo cáo quý: trước ngày 18 của tháng cuối quý;\n\n"
               "b) Báo cáo 6 tháng: trước ngày 10 tháng 6;\n\nc) Báo cáo năm: chậm nhất ngày 20 tháng 11;\n\n"
               "d) Báo cáo đột xuất: theo yêu cầu.\n")
    assert got[1:] == [("2027-06-10", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=10"),
                       ("2027-11-20", "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=20")]


def test_a_half_years_report_alone_before_a_colon_stays_six_monthly():
    # no year's report beside it: the half-year's day is not read as once a year
    got = _due(QC + "Điều 8. Chế độ báo cáo\n\nCác chi bộ gửi báo cáo về Văn phòng Đảng ủy:\n\n"
               "a) Báo cáo 6 tháng: trước ngày 05/6.\n")
    assert [r.split(";")[0] for _, r in got] == ["FREQ=MONTHLY"]


def test_both_periods_named_before_their_days_fall_due_yearly():
    got = _due(QC + "Điều 9. Quan hệ công tác\n\n2. Ủy ban Kiểm tra Đảng ủy báo cáo kết quả công tác kiểm tra, giám "
               "sát 6 tháng và năm với Ban Thường vụ trước ngày 05 tháng 6 và trước ngày 10 tháng 11.\n")
    assert got == [("2027-06-05", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=5"),
                   ("2027-11-10", "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=10")]


def test_a_dated_report_of_the_periods_stays_one_off():
    # the day carries its year: one report (the tuning labels' majority, a16-07, t18-03, t18-05, t19-09)
    got = _due(QC + "Điều 9. Chế độ báo cáo\n\nVăn phòng Đảng ủy báo cáo kết quả 6 tháng và năm với Ban Thường vụ "
               "trước ngày 05/6/2027.\n")
    assert got == [("2027-06-05", None)]


# --- a figure a task completes within a year: the target's year -----------------------------------------------------

def test_a_task_completed_within_the_year_stays_a_deadline():
    got = extract(CT + "3. Bộ Xây dựng\n\na) Hoàn thành việc sửa đổi định mức xây dựng các dự án đường bộ cao tốc "
                  "trong năm 2027.\n").deadlines
    assert [(d.earliest, d.latest) for d in got] == [("2027-01-01", "2027-12-31")]


# --- a body's working rules named by the body and its term: cited --------------------------------------------------

def _unnumbered(text: str):
    return [(c.type, c.name) for c in extract(text).citations if not c.number]


def test_working_rules_named_by_body_and_term_are_cited():
    got = _unnumbered(TB + "II. PHÂN CÔNG THỰC HIỆN\n\n| TT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |\n|---|---|---|---|\n"
                      "| 1 | Rà soát, đề xuất sửa đổi Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XIX | "
                      "Văn phòng Tỉnh ủy | Quý I/2027 |\n")
    assert [t for t, _ in got] == ["Quy chế"]
    assert got[0][1].endswith("khóa XIX")


def test_working_rules_a_cited_decision_issues_are_no_second_citation():
    got = _unnumbered(QC + "Căn cứ Quyết định số 145/QĐ-UBND ngày 12 tháng 7 năm 2025 của Ủy ban nhân dân xã ban hành "
                      "Quy chế làm việc của Ủy ban nhân dân xã Phú Hòa;\n\nBan Chấp hành ban hành Quy chế làm việc như "
                      "sau:\n")
    assert got == []


# --- a deadline given by reference: "cùng thời hạn với …" ------------------------------------------------------------

KH = ("ĐẢNG BỘ TỈNH HÀ TĨNH\nĐẢNG ỦY XÃ THẠCH HÀ\nSố: 62-KH/ĐU\nThạch Hà, ngày 02 tháng 12 năm 2026\n\n"
      "KẾ HOẠCH\nTổng kết công tác xây dựng Đảng năm 2026\n\n")


def test_the_same_deadline_as_other_bodies_is_theirs():
    ex = extract(KH + "III. THỜI GIAN\n\n1. Đối với các chi bộ trực thuộc\n\n- Tổ chức hội nghị tổng kết trong sinh hoạt "
                 "chi bộ.\n\n- Gửi báo cáo tổng kết về Đảng ủy (qua Văn phòng Đảng ủy) trước ngày 20/12/2026.\n\n"
                 "2. Văn phòng Đảng ủy\n\nTổng hợp hồ sơ khen thưởng, trình Ban Thường vụ trước ngày 28/12/2026.\n\n"
                 "IV. TỔ CHỨC THỰC HIỆN\n\n1. Đảng ủy Quân sự xã\n\nTổ chức tổng kết trong lực lượng vũ trang; gửi "
                 "báo cáo tổng kết về Đảng ủy cùng thời hạn với các chi bộ trực thuộc.\n")
    got = [(d.text, d.date) for d in ex.deadlines]
    assert got[-1] == ("cùng thời hạn với các chi bộ trực thuộc", "2026-12-20")
    assert any(o.deadline and o.deadline.date == "2026-12-20" and "Quân sự" in (o.who or "") for o in ex.obligations)


def test_the_same_deadline_as_bodies_given_none_is_no_deadline():
    got = extract(KH + "IV. TỔ CHỨC THỰC HIỆN\n\n1. Các chi bộ trực thuộc\n\nTổ chức tổng kết, gửi báo cáo về Đảng ủy."
                  "\n\n2. Đảng ủy Quân sự xã\n\nGửi báo cáo về Đảng ủy cùng thời hạn với các chi bộ trực thuộc.\n").deadlines
    assert got == ()


# --- a rhythm before the task's verb is no body (session 22's newcomer, 987/KH-UBND) ---------------------------------

def test_a_rhythm_after_the_day_is_no_body_of_the_report():
    """"… trong quá trình thực hiện; Trước ngày 15/12 hàng năm tổng hợp, báo cáo Bộ …" under "1. Sở Thông tin và Truyền
    thông": the yearly report is the Sở's, never a body called "hàng năm" (a sentence written in 987/KH-UBND's style)."""
    from vanban.extract.checklist import build_checklist

    text = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 310/KH-UBND\nHà Tĩnh, ngày 10 tháng 12 năm 2026\n\nKẾ HOẠCH\n"
            "Phát triển hạ tầng số năm 2027\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Thông tin và Truyền thông\n\n"
            "- Chủ trì, hướng dẫn các doanh nghiệp triển khai Kế hoạch; kịp thời tháo gỡ khó khăn trong quá trình thực "
            "hiện; Trước ngày 15/12 hàng năm tổng hợp, báo cáo Bộ Khoa học và Công nghệ, Ủy ban nhân dân tỉnh kết quả "
            "triển khai thực hiện.\n\n2. Sở Tài chính\n\n- Bố trí kinh phí thực hiện Kế hoạch.\n")
    ext = extract(text)
    assert {d.who for d in ext.deadlines} == {"Sở Thông tin và Truyền thông"}
    assert {it.who for it in build_checklist(ext)} == {"Sở Thông tin và Truyền thông", "Sở Tài chính"}
