"""An I-only Roman numeral read with a stroke too few, or as "H", is told by the stems in its box
(vanban/ocr/roman_stems.py).

The images are pieces of a newcomer's scans as vanban's OCR prepares them (``tests/fixtures/roman_stems``):
312/QĐ-UBND scanned at 200 dpi (``qd312_*``) and 45-KH/ĐU printed and scanned clean at 300 dpi (``kh45_*``).
The words and boxes are those Tesseract ``vie`` gave there; what is printed was read off the pieces by hand
(and the typed texts say the same): "Quý II/2027." read "I/2027.", "Quý III/2027" read "IH/2027", the headings
"II." and "III." read "I." and "II.", the heading "I." read "IL.".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from vanban.ocr.roman_stems import count_numerals

PIECES = Path(__file__).resolve().parent / "fixtures" / "roman_stems"
#: piece → the words Tesseract read in it (text, left, top, width, height), one line
READ = {
    "qd312_quy_ii": [("Quý", 22, 20, 91, 51), ("I/2027.", 129, 22, 168, 39)],
    "kh45_quy_iii": [("Quý", 18, 19, 90, 50), ("IH/2027", 124, 21, 174, 37)],
    "qd312_heading_i": [("I.", 21, 17, 26, 39)],
    "qd312_heading_ii": [("II.", 22, 17, 45, 38)],
    "qd312_heading_iii": [("II.", 21, 17, 64, 38)],
    "kh45_heading_ii": [("I.", 22, 17, 44, 37)],
    "kh45_heading_iii": [("II.", 22, 17, 63, 37)],
    "kh45_item_1": [("1.", 20, 16, 32, 37)],
    "kh45_heading_i": [("IL.", 22, 17, 26, 36)],
}


def _data(words, line=1):
    return {
        "text": [w[0] for w in words], "left": [w[1] for w in words], "top": [w[2] for w in words],
        "width": [w[3] for w in words], "height": [w[4] for w in words],
        "block_num": [1] * len(words), "par_num": [1] * len(words), "line_num": [line] * len(words),
    }


def _read(piece: str, words=None) -> list[str]:
    gray = Image.open(PIECES / f"{piece}.png").convert("L")
    return count_numerals(gray, _data(words or READ[piece]))["text"]


@pytest.mark.parametrize("piece, printed", [
    ("qd312_quy_ii", ["Quý", "II/2027."]),  # a quarter read a stroke short: 31/03 for 30/06 before
    ("kh45_quy_iii", ["Quý", "III/2027"]),  # its last two I's read as H: no deadline before
    ("qd312_heading_iii", ["III."]),
    ("kh45_heading_ii", ["II."]),
    ("kh45_heading_iii", ["III."]),
    ("kh45_heading_i", ["I."]),  # "I." with its stop read as an L on the serif
])
def test_numeral_read_short_gets_its_stems(piece, printed):
    assert _read(piece) == printed


@pytest.mark.parametrize("piece", ["qd312_heading_i", "qd312_heading_ii", "kh45_item_1"])
def test_numeral_read_right_and_arabic_item_stay(piece):
    assert _read(piece) == [w[0] for w in READ[piece]]


def test_only_in_a_numerals_place():
    # the same word after another word of its line ("… mục I/2027"), not after "Quý" nor first with a stop: kept
    words = [("mục", 22, 20, 91, 51), ("I/2027.", 129, 22, 168, 39)]
    assert _read("qd312_quy_ii", words) == ["mục", "I/2027."]
    # a heading's numeral without its stop, mid-line: kept
    assert _read("kh45_heading_iii", [("và", 0, 17, 20, 37), ("II", 22, 17, 41, 37)]) == ["và", "II"]


def test_a_page_without_numerals_is_returned_as_is():
    data = _data([("Quý", 22, 20, 91, 51)])
    gray = Image.open(PIECES / "qd312_quy_ii.png").convert("L")
    assert count_numerals(gray, data) is data
