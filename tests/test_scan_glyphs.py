"""A capital Đ read twice by Tesseract ``vie`` (Đ + the look-alike Ð) is one letter.

Material: lines cut from scans of two real documents of ``realdocs``
(597/KH-UBND, 153/KH-UBND) laid out and scanned by ``bench/realdocs_scan.py``;
on both, Tesseract reads "QĐ" as "QĐÐ" and the cited decision was lost.
"""

from pathlib import Path

import pytest
from PIL import Image

from vanban.extract import extract
from vanban.ocr.correct import correct_text
from vanban.ocr.glyphs import one_glyph

SCANS = Path(__file__).parent / "fixtures" / "scans"


@pytest.mark.parametrize("name, symbol", [
    ("597-KH-UBND-can-cu-qd.png", "1644/QĐ-BXD"),
    ("153-KH-UBND-thuc-hien-qd.png", "7619/QĐ-BCA"),
])
def test_scanned_citation_keeps_its_code(name, symbol):
    from vanban.ocr.tesseract import ocr_image_lines

    text, _, _ = ocr_image_lines(Image.open(SCANS / name).convert("L"))
    page = correct_text(text, "image-ocr").text
    assert symbol in page and "ĐĐ" not in page
    if name.startswith("597"):  # "Căn cứ Quyết định số 1644/QĐ-BXD ngày 30/9/2025 …": the citation is found
        sentence = next(line for line in page.splitlines() if symbol in line)
        assert symbol in [c.number for c in extract(sentence).citations]


def test_doubled_lookalike_only():
    # words as Tesseract printed them on the scans of realdocs 226/CĐ-TTg and 11208/BNV-KHTC
    assert one_glyph("217/CĐÐ-TTg") == "217/CĐ-TTg"
    assert one_glyph("206/QĐÐ-LĐTBXH") == "206/QĐ-LĐTBXH"
    assert one_glyph("ĐĐBQH") == "ĐĐBQH"  # two true Đ: the Đoàn đại biểu Quốc hội's code
    assert one_glyph("Ðồng") == "Ðồng"  # a lone eth is left to the folding rules
