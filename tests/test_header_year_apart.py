"""Header: a place-date line whose year the header cell wrapped ("…, ngày 04 tháng 9 năm" / "2029") keeps its date
and place wherever the reader put the lone year — right below (a typed text), lines above or below among the left
cell's lines (pdfplumber and Tesseract read the header table's cells apart; session-41 newcomer: a Chi bộ plan's PDF
lost both). The headers are written for this test, not copied from a document.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract

_BODY = ("KẾ HOẠCH\nTổ chức ngày hội đọc sách năm 2029\n\n"
         "1. Các tổ đảng vận động đảng viên tham gia trước ngày 30/9/2029.\n\n"
         "Nơi nhận:\n- Đảng ủy xã;\n- Lưu.\n\nT/M CHI BỘ\nBÍ THƯ\n\nLê Văn Tâm\n")


@pytest.mark.parametrize("header", [
    # the year right under its line
    "ĐẢNG BỘ XÃ HÒA PHÚ          ĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ ẤP BÌNH AN\n"
    "*          Hòa Phú, ngày 04 tháng 9 năm\n          2029\nSố 12-KH/CB",
    # the year read with the left cell, above the right cell's lines
    "ĐẢNG BỘ XÃ HÒA PHÚ\nCHI BỘ ẤP BÌNH AN\n*\n2029\nSố 12-KH/CB\nĐẢNG CỘNG SẢN VIỆT NAM\n"
    "Hòa Phú, ngày 04 tháng 9 năm",
    # the year read after the date line, the số ký hiệu between
    "ĐẢNG CỘNG SẢN VIỆT NAM\nHòa Phú, ngày 04 tháng 9 năm\nĐẢNG BỘ XÃ HÒA PHÚ\nCHI BỘ ẤP BÌNH AN\nSố 12-KH/CB\n2029",
])
def test_a_year_apart_from_its_place_date_line_is_the_dates(header):
    md = extract(header + "\n\n" + _BODY).metadata
    assert (md.date, md.place, md.number) == ("2029-09-04", "Hòa Phú", "12-KH/CB")


def test_no_lone_year_leaves_a_yearless_date_unread():
    """A date line without any year in its header stays unread: no year is taken from the body's dates."""
    md = extract("ĐẢNG BỘ XÃ HÒA PHÚ\nCHI BỘ ẤP BÌNH AN\nSố 12-KH/CB\nHòa Phú, ngày 04 tháng 9 năm\n\n" + _BODY).metadata
    assert md.date is None
