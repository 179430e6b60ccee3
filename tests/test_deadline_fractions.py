"""A yearless "d/m" that counts is no deadline (issue 10, "Not deadlines").

A reminder letter writes "Đến nay mới có 3/10 tổ dân phố gửi báo cáo": three of ten wards, not the 3rd of October
(the session-14 newcomer saw it become a deadline on 2027-10-03 in the calendar feed). The sentences are written
for this test in the style of a ward's Công văn; a date with its date word stays a date.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nPHƯỜNG LONG BIÊN\nSố: 601/UBND-VP\nLong Biên, ngày 01 tháng 12 năm 2026\n\n"
         "V/v đôn đốc báo cáo sơ kết\n\nKính gửi: Các tổ dân phố\n\n")
_TAIL = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"


def _dates(body: str) -> list[str | None]:
    return [d.date for d in extract(_HEAD + body + _TAIL).deadlines]


def test_a_count_of_wards_is_no_date():
    body = ("Đến nay mới có 3/10 tổ dân phố gửi báo cáo; 8/10 xã đạt chuẩn nông thôn mới. "
            "Đề nghị các tổ dân phố còn lại gửi báo cáo trước ngày 10/12/2026.\n")
    assert _dates(body) == ["2026-12-10"]


def test_a_yearless_date_with_its_date_word_stays_a_date():
    body = "Các tổ dân phố gửi báo cáo trước 15/12 xã; báo cáo năm gửi trước ngày 20/12.\n"
    assert _dates(body) == ["2026-12-15", "2026-12-20"]
