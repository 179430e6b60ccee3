"""A month's date whose year a scan misread into one a document bears, but fifteen years or more after the date of
issue ("tháng 11/2056" in a plan of January 2036), is read with the year of issue (or the next) one digit apart
(leg49; since fixrev49 :func:`vanban.ocr.glyphs.far_years` with the date of issue as evidence, on OCR'd text only:
:func:`vanban.extract.impossible_dates.year_mended`). Text written here in a xã plan's style; expected dates read from it."""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.impossible_dates import year_mended

HEAD = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\n\nSố: 12/KH-UBND\n\nAn Phú, ngày 22 tháng 01 năm 2036\n\nKẾ HOẠCH\n"
        "Xây dựng nông thôn mới năm 2036\n\nII. TỔ CHỨC THỰC HIỆN\n\n")


def _dues(text: str) -> list[tuple]:
    return sorted((d.earliest, d.latest) for d in extract(HEAD + text, ocr=True).deadlines)


def test_a_scan_s_year_digit_is_bounded_by_the_date_of_issue():
    assert _dues("1. Ủy ban Mặt trận Tổ quốc xã lấy ý kiến người dân, hoàn thành trong tháng 11/2056.\n") \
        == [("2036-11-01", "2036-11-30")]
    assert _dues("1. Phòng Kinh tế tổng hợp hồ sơ, trình thẩm định trước ngày 10/12/2056.\n")[0][1] == "2036-12-10"


def test_look_alike_digits_only_and_strategies_and_visions_keep_their_year():
    def mended(view: str, issued: str | None) -> str:
        return year_mended(view, None, issued, ocr=True)
    assert mended("hoan thanh trong thang 3/2056", "2036-01-22") == "hoan thanh trong thang 3/2036"  # the 3 read as 5
    assert mended("hoan thanh truoc ngay 31/12/2035", "2025-06-01") == "hoan thanh truoc ngay 31/12/2035"  # a strategy's
    assert mended("tam nhin den nam 2045", "2025-06-01") == "tam nhin den nam 2045"  # a vision names its year alone
    assert mended("trong thang 11/2078", "2036-01-22") == "trong thang 11/2078"  # two digits off: no evidence
    assert mended("so 11/2056/QD-UBND", "2036-01-22") == "so 11/2056/QD-UBND"  # a số ký hiệu
    assert mended("trong thang 11/2056", None) == "trong thang 11/2056"
