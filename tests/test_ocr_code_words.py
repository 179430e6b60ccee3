"""A số ký hiệu the page's reading printed with one letter too many is read again (vanban/ocr/code_words.py).

The three images are bands of the scanned forms of real documents (bench/realdocs_scan.py: rendered,
skewed, blurred, noised, then prepared as vanban prepares a page); read whole with ``--psm 3``, Tesseract
``vie`` printed "141/TTr-SVHTTT" (1498/QĐ-UBND: Tờ trình số 141/TTr-SVHTT), "7074/SNNMT-TCCPB"
(2913/QĐ-UBND: Văn bản số 7074/SNNMT-TCCB) and "142/2008/QĐ-TTTg" (92/VBHN-BQP), and the cited
documents were lost. Expected values are the documents' own.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image

from vanban.ocr.code_words import extra_letter, reread_codes, suspect_words

SCANS = Path(__file__).parent / "fixtures" / "scans"
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract missing")


@needs_tesseract
@pytest.mark.parametrize("name, code", [
    ("1498-QD-UBND-to-trinh-code.png", "141/TTr-SVHTT"),
    ("2913-QD-UBND-van-ban-code.png", "7074/SNNMT-TCCB"),
    ("92-VBHN-BQP-qd-ttg-code.png", "142/2008/QĐ-TTg"),
])
def test_a_code_read_with_a_letter_too_many_is_read_as_printed(name, code):
    from vanban.ocr.tesseract import ocr_image_lines

    text = ocr_image_lines(Image.open(SCANS / name), dpi=None)[0]
    assert code in text.split() or code + "." in text.split() or code + ";" in text.split(), text


def test_the_extra_letter_is_found_inside_a_code_not_known():
    # the page's reading, then the word read alone by eng (which has no Đ)
    assert extra_letter("141/TTr-SVHTTT", "141/TTr-SVHTT") == 11
    assert extra_letter("7074/SNNMT-TCCPB", "7074/SNNMT-TCCB") == 14
    assert extra_letter("142/2008/QĐ-TTTg", "142/2008/QD-TTg") == 12
    # a separator dropped, a letter changed, a known code, a letter more in the new reading: not this kind
    assert extra_letter("151/2025/NĐ-CP", "151/2025NĐ-CP") is None
    assert extra_letter("15/2025/TT-BKHCN", "15/2025/TI1-BKHCN") is None
    assert extra_letter("1498/QĐ-UBND", "1498/QĐ-UBN") is None
    assert extra_letter("7074/SNNMT-TCCB", "7074/SNNMT-TCCPB") is None


def test_words_shaped_like_a_symbol_with_an_unknown_code_are_suspect():
    words = ["Tờ", "trình", "số", "141/TTr-SVHTTT", "ngày", "1498/QĐ-UBND", "63/2010/NĐ-CP;", "20/4/2015", "7074/SNNMT-TCCPB."]
    assert [words[i] for i in suspect_words({"text": words})] == ["141/TTr-SVHTTT", "7074/SNNMT-TCCPB."]


def _data(word: str) -> dict:
    return {"text": ["số", word, "ngày"], "left": [100, 200, 600], "top": [50] * 3, "width": [80, 360, 80],
            "height": [38] * 3, "conf": [90] * 3}


def test_the_new_reading_is_taken_when_the_second_reading_spells_the_code_alike():
    page = Image.new("L", (1000, 200), 255)

    def block(text, conf=73):
        return lambda im: {"text": [text], "left": [40], "top": [im.size[1] // 2 - 19], "width": [360],
                           "height": [38], "conf": [conf]}

    def line(text):
        return lambda im: text

    # vie's second reading of 1498/QĐ-UBND's band: "141/TIr-SVHTT" — it agrees on the code that lost its letter
    got = reread_codes(page, _data("141/TTr-SVHTTT"), block("141/TIr-SVHTT", 37), line("141/TTr-SVHTT\n"))
    assert got["text"][1] == "141/TTr-SVHTT"
    for second in (block("141/TTr-SVHTTT"), block("141/TTr-SVHTT", 12)):  # vie reads the letter again; no confidence
        assert reread_codes(page, _data("141/TTr-SVHTTT"), second, line("141/TTr-SVHTT"))["text"][1] == "141/TTr-SVHTTT"
    # the page's Đ and closing stop are kept
    got = reread_codes(page, _data("142/2008/QĐ-TTTg."), block("142/2008/QĐ-TTg"), line("142/2008/QD-TTg"))
    assert got["text"][1] == "142/2008/QĐ-TTg."
