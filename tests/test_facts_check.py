"""Citations and deadlines on kinds of wording the check batches showed (issue 10; labels in
``bench/gold/review-facts`` with ``batch`` check1/check2, written by reading before vanban ran).

Each input is a real sentence from ``../shared/realdocs/docs`` (named beside each test);
expected values were read by hand from the text.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("CHÍNH PHỦ\nSố: 12/NQ-CP\nHà Nội, ngày 20 tháng 11 năm 2025\n\n"
         "NGHỊ QUYẾT\nVề việc điều chỉnh lãi suất cho vay\n\n")


def _cites(body: str):
    return [(c.number, c.type, c.date) for c in extract(_HEAD + body + "\n").citations]


def test_a_government_vote_form_with_the_year_after_its_code_is_cited():
    # 388-NQ-CP: the Phiếu lấy ý kiến Thành viên Chính phủ's symbol puts its year after the code
    assert _cites("Trên cơ sở ý kiến của các Thành viên Chính phủ tại Phiếu lấy ý kiến Thành viên Chính phủ số\n"
                  "1025/PLYK/2025 ngày 23 tháng 11 năm 2025, ý kiến của Ngân hàng Nhà nước Việt\n"
                  "Nam tại Tờ trình số 215/TTr-NHNN ngày 28 tháng 11 năm 2025.") == [
        ("1025/PLYK/2025", "Phiếu lấy ý kiến", "2025-11-23"), ("215/TTr-NHNN", "Tờ trình", "2025-11-28")]
    # the bare form without the members' qualifier
    assert _cites("theo kết quả Phiếu lấy ý kiến số 312/PLYK/2024 ngày 05 tháng 3 năm 2024.") == [
        ("312/PLYK/2024", "Phiếu lấy ý kiến", "2024-03-05")]


def test_a_year_after_a_code_is_no_citation_without_its_type_word():
    # "tỷ lệ 15/KH/2025" is no numbered document: the code-then-year form needs "… số" before it
    assert _cites("Tỷ lệ hoàn thành đạt 15/KH/2025 trong kỳ.") == []


_PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 162/2025/QĐ-UBND\nNinh Bình, ngày 23 tháng 11 năm 2025\n\n"
         "QUYẾT ĐỊNH\nBan hành Quy chế quản lý hệ thống thư điện tử công vụ\n\n")


def _due(body: str):
    return [(d.date, d.recurrence is not None and d.recurrence.split(";")[0]) for d in extract(_PLAN + body + "\n").deadlines]


def test_a_bare_periodic_report_with_a_day_and_month_recurs_yearly():
    # 162-2025-QD-UBND: "định kỳ" names no period; the day and month without a year say it is yearly
    got = _due("7. Thực hiện báo cáo định kỳ\n(trước ngày 15 tháng 12), đột xuất tình hình quản lý và sử dụng Hệ thống thư điện\n"
               "tử công vụ theo yêu cầu về Sở Khoa học và Công nghệ để tổng hợp, báo cáo Ủy ban\nnhân dân tỉnh.")
    assert got == [("2025-12-15", "FREQ=YEARLY")]
    # 3509-QD-CT wording with its own "hàng năm" keeps yearly
    assert _due("6. Định kỳ trước ngày 31 tháng 12 hàng năm, cơ quan thuế các cấp phải báo cáo cơ quan thuế cấp trên.") == [
        ("2025-12-31", "FREQ=YEARLY")]


def test_a_bare_periodic_word_leaves_a_dated_one_off_alone():
    # a date with its year after "định kỳ" is spelled out: a one-off
    assert _due("Các sở báo cáo định kỳ (trước ngày 15/12/2025) về Sở Khoa học và Công nghệ.") == [("2025-12-15", False)]
    # "định kỳ 6 tháng" keeps its own period
    assert _due("Các sở báo cáo định kỳ 6 tháng (trước ngày 15/6) về Sở Khoa học và Công nghệ.") == [
        ("2025-12-15", "FREQ=MONTHLY")]  # every six months: 15 June and 15 December


def test_a_state_code_typed_without_its_hyphen_is_the_same_document():
    # 1609-QD-TTPVHCC (appendix table): "Nghị định số 214/2025/NĐCP" is 214/2025/NĐ-CP
    got = _cites("- Luật Đấu thầu số 22/2023/QH15 được sửa đổi, bổ sung tại Luật số 57/2024/QH15, Luật số 90/2025/QH15; "
                 "Nghị định số 214/2025/NĐCP ngày 04/8/2025 của Chính phủ;")
    assert [(n, t) for n, t, _ in got] == [("22/2023/QH15", "Luật"), ("57/2024/QH15", "Luật"), ("90/2025/QH15", "Luật"),
                                           ("214/2025/NĐ-CP", "Nghị định")]
    assert got[-1][2] == "2025-08-04"
    # a province's decision typed the same way
    assert _cites("Bãi bỏ Quyết định số 13/2024/QĐUBND ngày 31 tháng 5 năm 2024 của Ủy ban nhân dân tỉnh.") == [
        ("13/2024/QĐ-UBND", "Quyết định", "2024-05-31")]


def test_a_code_that_is_an_issuers_own_is_not_split():
    # "TTCP" (Thanh tra Chính phủ) is one code, not TT + CP; a law's "QH15" has no type code
    got = _cites("Căn cứ Thông tư số 05/2014/TT-TTCP và Luật số 64/2025/QH15;")
    assert [n for n, *_ in got] == ["05/2014/TT-TTCP", "64/2025/QH15"]
    assert _cites("Theo văn bản số 21/2024/TTCP ngày 05/3/2024.")[0][0] == "21/2024/TTCP"


def test_an_ocr_damaged_repeat_of_a_cited_symbol_is_the_same_document():
    # 218-2025-QD-UBND, legacy-OCR form: a later mention of 15/2025/QĐ-TTg lost its "g"
    got = _cites("Căn cứ Quyết định số 15/2025/QĐ-TTg ngày 14 tháng 06 năm 2025 của Thủ tướng Chính phủ quy định "
                 "tiêu chuẩn, định mức sử dụng máy móc, thiết bị;\nc) Trang bị máy móc quy định tại điểm a Khoản 2 "
                 "Điều 5 Quyết định số 15/2025/QĐ-TT.")
    assert [(n, d) for n, _, d in got] == [("15/2025/QĐ-TTg", "2025-06-14")]
    # 3574-QD-BYT, legacy-OCR form: "TT" read "TI" in one mention
    got = _cites("Căn cứ Thông tư số 21/2025/TT-BYT ngày 27/6/2025 của Bộ Y tế; thực hiện theo Thông tư số "
                 "21/2025/TI-BYT ngày 27/6/2025 của Bộ Y tế.")
    assert [n for n, *_ in got] == ["21/2025/TT-BYT"]


def test_two_valid_codes_with_one_number_are_two_documents():
    # NQ and NĐ are both type codes: a Nghị quyết and a Nghị định of one number are two documents
    got = _cites("Căn cứ Nghị quyết số 01/2025/NQ-CP và Nghị định số 01/2025/NĐ-CP của Chính phủ;")
    assert [n for n, *_ in got] == ["01/2025/NQ-CP", "01/2025/NĐ-CP"]
