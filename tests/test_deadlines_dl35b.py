"""Deadlines, session 35 (dl35b): kinds read from tune34's and authored33's misses (spent this session).

- A time label wrapped at its colon ("…; thời gian:⏎ngày 14/8/2029."): the colon at a line's end closes a sentence
  for the sentence reader (a list's lead), but the day on the next line is the label's value — the visiting team's
  day, and its obligation's.
- A clause that opens with a later year and dates its task without one ("…; năm 2031 nộp chậm nhất ngày 20 tháng
  4."): the day of the year the clause names, not of the document's.

Sentences written for these tests in the style of those documents.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = "ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA\nSố: 57/KH-UBND\nTân Hòa, ngày 02 tháng 7 năm 2029"


def _doc(body: str, title: str = "Thăm, tặng quà các gia đình chính sách năm 2029") -> str:
    return f"{HEAD}\n\nKẾ HOẠCH\n{title}\n\n{body}\n"


def _due(body: str) -> list:
    return [(d.date or (d.earliest, d.latest)) for d in extract(_doc(body)).deadlines if not d.past]


def test_a_time_label_wrapped_at_its_colon_dates_the_line_below():
    body = ("II. TỔ CHỨC THĂM HỎI\n\n"
            "- Đoàn thứ nhất: Đồng chí Bí thư Đảng ủy xã làm trưởng đoàn, thăm các gia đình tại ấp Tân Lập; "
            "thời gian: ngày 13/8/2029.\n\n"
            "- Đoàn thứ hai: Đồng chí Chủ tịch Ủy ban nhân dân xã làm trưởng đoàn, thăm các gia đình tại ấp Hòa Bình, "
            "ấp Phú Hữu; thời gian:\nngày 14/8/2029.\n")
    assert _due(body) == ["2029-08-13", "2029-08-14"]
    dues = {o.who: o.deadline and o.deadline.date for o in extract(_doc(body)).obligations}
    assert dues.get("Đoàn thứ hai") == "2029-08-14"


def test_a_colon_ending_a_lead_line_still_ends_its_sentence():
    body = ("III. TỔ CHỨC THỰC HIỆN\n\nCác ấp thực hiện các nội dung sau:\n\n"
            "- Rà soát danh sách gia đình chính sách, gửi về Ủy ban nhân dân xã trước ngày 20/7/2029.\n")
    assert _due(body) == ["2029-07-20"]


def test_a_clause_opening_with_a_later_year_dates_its_day_in_that_year():
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n- Các ấp nộp bản đăng ký thi đua năm 2029 về Ủy ban nhân dân xã trước ngày "
            "31/7/2029; năm 2031 nộp chậm nhất ngày 20 tháng 4.\n")
    assert _due(body) == ["2029-07-31", "2031-04-20"]


def test_a_yearless_day_without_a_named_year_keeps_the_documents_year():
    body = "III. TỔ CHỨC THỰC HIỆN\n\n- Các ấp nộp bản đăng ký thi đua về Ủy ban nhân dân xã chậm nhất ngày 20 tháng 9.\n"
    assert _due(body) == ["2029-09-20"]
