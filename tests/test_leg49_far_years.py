"""A month's date whose year a scan misread into one a document bears, but fifteen years or more after the date of
issue ("tháng 11/2056" in a plan of January 2036), is read with the year of issue (or the next) one digit apart
(leg49, :func:`vanban.extract.impossible_dates.far_years`). Text written here in a xã plan's style; expected dates
read from it."""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.impossible_dates import far_years

HEAD = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\n\nSố: 12/KH-UBND\n\nAn Phú, ngày 22 tháng 01 năm 2036\n\nKẾ HOẠCH\n"
        "Xây dựng nông thôn mới năm 2036\n\nII. TỔ CHỨC THỰC HIỆN\n\n")


def _dues(text: str) -> list[tuple]:
    return sorted((d.earliest, d.latest) for d in extract(HEAD + text).deadlines)


def test_a_scan_s_year_digit_is_bounded_by_the_date_of_issue():
    assert _dues("1. Ủy ban Mặt trận Tổ quốc xã lấy ý kiến người dân, hoàn thành trong tháng 11/2056.\n") \
        == [("2036-11-01", "2036-11-30")]
    assert _dues("1. Phòng Kinh tế tổng hợp hồ sơ, trình thẩm định trước ngày 10/12/2056.\n")[0][1] == "2036-12-10"


def test_next_year_and_strategies_and_visions_keep_their_year():
    assert far_years("hoan thanh trong thang 3/2057", "2036-01-22") == [(25, 29, "2037")]  # 2037, the 3 read as 5
    assert far_years("hoan thanh truoc ngay 31/12/2035", "2025-06-01") == []  # a ten-year strategy's real date
    assert far_years("tam nhin den nam 2045", "2025-06-01") == []  # a vision names its year alone
    assert far_years("trong thang 11/2078", "2036-01-22") == []  # two digits off: no evidence
    assert far_years("so 11/2056/QD-UBND", "2036-01-22") == []  # a số ký hiệu
    assert far_years("trong thang 11/2056", None) == []
