"""(leg53b) "lúc" before a clock time as Tesseract ``eng`` reads it ("hic"), from the cached real OCR output of spent
sets (tests/fixtures/legacy53b); the wording expected is what the documents print (bench/gold: a51-09-KH-UBND.md
"bắt đầu lúc 07 giờ 30 phút", t51-09-KH-UBND.md "khai mạc lúc 07 giờ 30 phút")."""

import pathlib

from vanban.ocr.clock_words import clock_words
from vanban.ocr.correct import correct_text

FIX = pathlib.Path(__file__).parent / "fixtures" / "legacy53b"


def test_a51_09_start_time_keeps_its_luc():
    page = (FIX / "a51-09-start.eng.txt").read_text(encoding="utf-8")
    assert "bắt đầu lúc 07 giờ 30 phút" in correct_text(page, "image-ocr").text


def test_t51_09_opening_time_keeps_its_luc():
    page = (FIX / "t51-09-opening.eng.txt").read_text(encoding="utf-8")
    assert "khai mạc lúc 07 giờ 30 phút" in correct_text(page, "image-ocr").text


def test_hour_written_with_h():
    assert clock_words("hop hic 7h30 sang") == "hop luc 7h30 sang"


def test_not_before_a_time_it_stays():
    for text in ("hic 07 nguoi", "ban hic 7", "hicc 07 gio"):
        assert clock_words(text) == text
