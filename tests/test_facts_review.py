"""Citations and deadlines on kinds of real wording found by reading unlabelled real documents
(issue 10; review labels in ``bench/gold/review-facts``).

Each input is a real sentence or the wording of one (``../shared/realdocs/docs`` named beside
each test, or the case it comes from); expected values were read by hand from the text.
"""

from __future__ import annotations

from pathlib import Path

from vanban.extract import extract
from vanban.extract import patterns as P
from vanban.extract.citations import issuer_of_symbol
from vanban.text import fold

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 12/KH-UBND\nAn Bình, ngày 20 tháng 11 năm 2025\n\n"
         "KẾ HOẠCH\nThực hiện công tác năm 2026\n\n")
_CASES = Path(__file__).parent / "fixtures" / "cases"


def _due(body: str):
    return [(d.date, d.recurrence) for d in extract(_HEAD + body + "\n").deadlines]


def _cites(body: str):
    return [(c.number, c.type, c.date, c.issuer) for c in extract(_HEAD + body + "\n").citations]


# --- a one-off date followed by another clause's schedule ------------------------------------


def test_a_dated_deadline_stays_one_off_before_the_next_clauses_schedule():
    # the schedule after ";" or "," belongs to the next task; a date with its year is a one-off
    assert _due("Sở Tài chính tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026; hằng tháng cập nhật "
                "tiến độ trên hệ thống.") == [("2026-12-15", None)]
    assert _due("Các sở báo cáo kết quả trước ngày 15/12/2026, mỗi quý tổ chức sơ kết một lần.") == [("2026-12-15", None)]
    # a yearless day of a plan for 2026 is 2026's (extract.title_year, session 35; this test had 2025-12-15) — unless a
    # recurrence word stands in its clause (title_year._recurs: "…, hằng tháng" keeps the nearer reading)
    assert _due("Các sở báo cáo trước ngày 15/12, hằng tháng cập nhật số liệu.") == [("2025-12-15", None)]
    assert _due("Các sở báo cáo trước ngày 15/12; hằng tháng cập nhật số liệu.") == [("2026-12-15", None)]


def test_a_schedule_right_after_its_date_still_repeats():
    assert _due("Các xã báo cáo trước ngày 25 hằng tháng.") == [("2025-11-25", "FREQ=MONTHLY;BYMONTHDAY=25")]
    assert _due("Các xã báo cáo trước ngày 25 tháng 11 hằng năm.") == [
        ("2025-11-25", "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=25")]
    assert _due("Hằng năm, các sở báo cáo kết quả về Sở Nội vụ trước ngày 15/12, để tổng hợp.") == [
        ("2025-12-15", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15")]


# --- a period is no "hằng năm" inside "tháng năm" ---------------------------------------------


def test_months_of_a_year_hold_no_yearly_period():
    assert P.PERIOD_RE.search(fold("hồ sơ của tháng năm trước")) is None
    assert P.PERIOD_RE.search(fold("Trong 6 tháng năm 2026")).group(0) == "nam 2026"
    assert P.PERIOD_RE.search(fold("được tổ chức hằng năm")).group(0) == "hang nam"


# --- the issuer and date of a cited document its symbol names --------------------------------


def test_the_symbols_code_names_the_issuer():
    assert issuer_of_symbol("30/2020/NĐ-CP") == "Chính phủ"
    assert issuer_of_symbol("749/QĐ-TTg") == "Thủ tướng Chính phủ"
    assert issuer_of_symbol("217/CĐ-TTg") == "Thủ tướng Chính phủ"
    assert issuer_of_symbol("11298/VPCP-KTTH") == "Văn phòng Chính phủ"
    assert issuer_of_symbol("32/2025/TT-BKHCN") == "Bộ Khoa học và Công nghệ"
    assert issuer_of_symbol("45-HD/BTCTW") == "Ban Tổ chức Trung ương"
    assert issuer_of_symbol("04/TTr-BKHCN-BTTTT") == "Bộ Khoa học và Công nghệ, Bộ Thông tin và Truyền thông"
    # the code does not say: BCH Trung ương, Bộ Chính trị and Ban Bí thư all sign "/TW"; a UBND names no province
    assert issuer_of_symbol("57-NQ/TW") is None
    assert issuer_of_symbol("31/2024/QH15") is None
    assert issuer_of_symbol("05/QĐ-UBND") is None


def test_case_07_a_damaged_type_word_keeps_the_codes_type_issuer_and_known_date():
    text = (_CASES / "07-vie-ocr-letter-errors" / "input.txt").read_text(encoding="utf-8")
    assert [(c.number, c.type, c.date, c.issuer) for c in extract(text).citations] == [
        ("30/2020/NĐ-CP", "Nghị định", "2020-03-05", "Chính phủ")]


def test_a_written_issuer_and_date_win_over_the_codes():
    assert _cites("Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình "
                  "chuyển đổi số quốc gia;") == [("749/QĐ-TTg", "Quyết định", "2020-06-03", "Thủ tướng Chính phủ")]


def test_written_cong_van_keeps_its_type_over_a_code_that_reads_like_another():
    # 5332-CT-CS: "CT" is the Cục Thuế's code, not a Chỉ thị
    assert _cites("Cục Thuế đã có công văn số 5106/CT-CS ngày 12/11/2025 về việc chính sách thuế thu nhập cá nhân.") == [
        ("5106/CT-CS", "Công văn", "2025-11-12", None)]
    # "văn bản số" is generic: the code says the type
    assert _cites("Theo văn bản số 621/BC-BTC ngày 11/11/2025 của Bộ Tài chính.")[0][:2] == ("621/BC-BTC", "Báo cáo")


# --- working days counted from the document's date ----------------------------------------------


def test_working_days_from_the_issue_date():
    # 1805-QD-UBND: issued Thursday 20/11/2025 here; three working days → Tuesday 25/11
    assert _due("Đăng tải công khai Quyết định này trên Cổng Thông tin điện tử của tỉnh chậm nhất 03 ngày làm việc "
                "kể từ ngày ban hành Quyết định.") == [("2025-11-25", None)]
    assert _due("Hoàn thiện hồ sơ trình Chủ tịch UBND tỉnh phê duyệt chậm nhất 03 ngày kể từ ngày ban hành "
                "Quyết định.") == [("2025-11-23", None)]


def test_one_off_date_then_and_monthly_is_one_off():
    # 624-TB-VPCP: "… báo cáo Thủ tướng Chính phủ trước ngày 20 tháng 11 năm 2025 và hàng tháng; rà soát …"
    assert _due("Ngân hàng Nhà nước triển khai Chương trình tín dụng 500 nghìn tỷ đồng, báo cáo Thủ tướng Chính phủ "
                "trước ngày 20 tháng 11 năm 2025 và hàng tháng; rà soát điều kiện, tiêu chuẩn.") == [("2025-11-20", None)]


def test_a_cut_off_tested_is_no_deadline():
    # 0204-KH-UBND: what has not been done by a date ("… chưa phân bổ") is a condition
    assert _due("Kiên quyết dừng triển khai và thu hồi các khoản kinh phí chi thường xuyên đã giao trong dự toán đầu năm "
                "nhưng đến ngày 30 tháng 6 hàng năm chưa phân bổ hoặc đã phân bổ nhưng chưa triển khai thực hiện.") == []
    assert _due("Các sở gửi báo cáo trước ngày 30 tháng 6 hàng năm.") == [
        ("2026-06-30", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30")]


def test_a_day_of_the_month_after_the_reporting_period():
    # 84/2025/QĐ-UBND (Bắc Ninh): monthly reports by the 1st of the next month, quarterly ones by the 3rd of the
    # month after the quarter (issued 20/11/2025 here)
    assert _due("Các cơ quan được giao nhiệm vụ báo cáo định kỳ xây dựng và gửi báo cáo giá thị trường về Sở Tài chính "
                "trước ngày 01 của tháng tiếp theo sau\ntháng kỳ báo cáo đối với báo cáo tháng và trước ngày 03 của tháng "
                "tiếp theo sau\ntháng cuối cùng của kỳ báo cáo đối với báo cáo quý, 6 tháng, 9 tháng và cả năm.") == [
        ("2025-12-01", "FREQ=MONTHLY;BYMONTHDAY=1"), ("2026-01-03", "FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=3")]


def test_the_following_year_moves_the_year():
    # 2629/QĐ-TTg: "báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 01 của năm tiếp theo" (issued 05/01/2026 here)
    head = _HEAD.replace("ngày 20 tháng 11 năm 2025", "ngày 05 tháng 01 năm 2026")
    body = ("Bộ Khoa học và Công nghệ tổng hợp tình hình triển khai Chương trình, báo cáo Thủ tướng\nChính phủ trước "
            "ngày 30 tháng 01 của năm tiếp theo.\n")
    assert [d.date for d in extract(head + body).deadlines] == ["2027-01-30"]


_TABLE_HEAD = "STT\n\nNhiệm vụ\n\nCơ quan chủ trì\n\nThời gian hoàn thành\n\n"


def _row(i: int, when: str) -> str:
    return (f"{i}\n\nXây dựng, hoàn thiện hệ thống quản lý, điều hành tập trung dựa trên dữ liệu kết cấu hạ tầng theo "
            f"thời gian thực, bao gồm giám sát tiến độ dự án, phát hiện rủi ro kỹ thuật\n\nBộ Xây dựng\n\n{when}\n\n\n")


def test_cells_of_a_due_column_far_below_its_header():
    # 2629/QĐ-TTg: 60 rows below "Thời gian hoàn thành"; a day ("30/11/2025", 624-TB-VPCP) and "Năm 2026" are cells too;
    # a span of years ("Năm 2025-2030") is the task's period, no due date
    rows = "".join(_row(i, "Năm 2025-2030") for i in range(1, 80))
    body = _TABLE_HEAD + rows + _row(80, "Tháng 12/2026") + _row(81, "30/11/2025") + _row(82, "Năm 2026")
    assert [(d.earliest, d.latest) for d in extract(_HEAD + body).deadlines] == [
        ("2026-12-01", "2026-12-31"), ("2025-11-30", "2025-11-30"), ("2026-01-01", "2026-12-31")]


# --- symbols as real documents write them ------------------------------------------------------


def test_symbol_forms_of_real_documents():
    # 5662-CT-CS: a unit's number inside the code; 37694-TB-CHQ: a company's application number is no symbol;
    # a line break before the slash
    assert [c[0] for c in _cites("Cục Thuế nhận được công văn số 4814/CCTKV.05-TTKT3 ngày 30/06/2025 của Chi Cục "
                                 "Thuế khu vực V.")] == ["4814/CCTKV.05-TTKT3"]
    assert _cites("Trên cơ sở Đơn đề nghị xác định mã số số 0825-02/HW-TCHQ đề ngày 05/9/2025 của Công ty.") == []
    assert [c[0] for c in _cites("Thực hiện Nghị quyết số 57-NQ\n/TW ngày 22/12/2024 của Bộ Chính trị.")] == ["57-NQ/TW"]


def test_before_tet_is_no_dated_deadline():
    # the storm-recovery Công điện wording of late 2025 (a line break inside the name): 232-CD-TTg's labels leave
    # "trước Tết nguyên đán năm 2026" undated ("an event whose date the text does not give"), and so do five more
    # tuning documents (session 21); its year is no due year either
    assert _due("Các tỉnh hỗ trợ các hộ dân sửa chữa nhà ở bị hư hỏng, hoàn thành trước Tết nguyên\nđán năm 2026.") == []
    assert _due("Các xã hoàn thành việc hỗ trợ trước Tết Nguyên đán Bính Ngọ.") == []
    assert _due("Tổ chức thăm hỏi các gia đình chính sách sau Tết Nguyên đán Bính Ngọ năm 2026.") == []


def test_working_days_leave_out_public_holidays():
    # issued Friday 24/04/2026: 27/4 (Giỗ Tổ, observed), 30/4 and 1/5 are holidays → 28/4, 29/4, 4/5
    head = _HEAD.replace("ngày 20 tháng 11 năm 2025", "ngày 24 tháng 4 năm 2026")
    body = "Văn phòng đăng tải Quyết định chậm nhất 03 ngày làm việc kể từ ngày ban hành Quyết định.\n"
    assert [d.date for d in extract(head + body).deadlines] == ["2026-05-04"]


def test_a_year_relative_to_a_programme_gives_no_date():
    # 94-VBHN-BQP, 308/2025/NĐ-CP: "năm cuối" (the programme's last year), "năm trước" (the year before) name no year
    assert _due("Thời hạn trình phê duyệt: Trước ngày 15 tháng 8 năm cuối đối với chương trình khắc phục hậu quả bom "
                "mìn vật nổ; trước ngày 15 tháng 8 hàng năm đối với kế hoạch.") == [
        ("2026-08-15", "FREQ=YEARLY;BYMONTH=8;BYMONTHDAY=15")]
    assert _due("Kế hoạch kiểm tra ban hành trước ngày\n31 tháng 12 của năm trước để thực hiện hoạt động kiểm tra "
                "định kỳ.") == []


def test_another_decisions_issue_date_is_no_reference():
    # 308/2025/NĐ-CP: counted from the day a licence decision is issued, not from this document's date
    assert _due("Cơ quan chuyên môn đăng tải thông tin Chứng chỉ được cấp trên cổng thông tin điện tử trong thời hạn 02 "
                "ngày làm việc, kể từ ngày ban hành quyết định\ncấp, cấp lại, thu hồi Chứng chỉ.") == []
    assert _due("Ban Chỉ đạo ban hành quy chế trong thời hạn 15 ngày kể từ ngày ký Quyết định này.") == [
        ("2025-12-05", None)]


def test_the_last_month_of_the_quarter_and_a_list_of_named_months():
    # 94-VBHN-BQP: "trước ngày 25 tháng cuối của quý, ngày 25 tháng 6, ngày 25 tháng 12 hằng năm" — the two days six
    # months apart one 6-monthly deadline (session 47, ddl47: 19 of the 20 such pairs the gold sets label are one)
    assert _due("Báo cáo quý, sáu tháng, năm về Bộ Chỉ huy quân sự trước ngày 25 tháng cuối của quý, ngày 25 tháng 6, "
                "ngày 25 tháng 12 hằng năm.") == [
        ("2025-12-25", "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=25"),
        ("2025-12-25", "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=25")]
