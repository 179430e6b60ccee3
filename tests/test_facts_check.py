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
