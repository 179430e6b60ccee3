"""(leg53b) A table's quarters as Tesseract ``eng`` reads a legacy page, from the cached real OCR output of spent
authored sets (tests/fixtures/legacy53b); the quarters expected are those the documents print (bench/gold:
a51-08-KH-UBND.md's "Thời gian đạt chuẩn" column, t52-07-KH-UBND.md's drill)."""

import pathlib

from vanban.ocr.correct import correct_text
from vanban.ocr.quarter_digits import lone_quarter_ones, quarter_digits

FIX = pathlib.Path(__file__).parent / "fixtures" / "legacy53b"


def _quarters(text: str) -> list[str]:
    import re
    return re.findall(r"(?i)qu[yýỹ]\s+(\S+?/\d{4})", text)


def test_a51_08_rows_read_their_printed_quarters():
    page = (FIX / "a51-08-quarters.eng.txt").read_text(encoding="utf-8")
    got = correct_text(page, "image-ocr").text
    assert _quarters(got) == ["II/2038", "II/2038", "III/2038", "IV/2038", "III/2038"]


def test_t52_07_a_t_among_the_strokes_is_an_i():
    page = (FIX / "t52-07-drill.eng.txt").read_text(encoding="utf-8")
    assert "quy III/2039." in quarter_digits(page)


def test_a_lone_one_without_a_second_quarter_above_stays():
    page = "| 1 | Rà soát | Quý 1/2038 |\n| 2 | Kiểm tra | Quý III/2038 |\n"
    assert lone_quarter_ones(page) == page


def test_a_lone_one_over_an_earlier_quarter_stays():
    page = "| 1 | Rà soát | Quý II/2038 |\n| 2 | Kiểm tra | Quý 1/2038 |\n| 3 | Tổng kết | Quý I/2038 |\n"
    assert lone_quarter_ones(page) == page


def test_a_lone_one_in_prose_stays():
    page = "Quý II/2038 rà soát; quý 1/2038 kiểm tra.\n"
    assert lone_quarter_ones(page) == page
