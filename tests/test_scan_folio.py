"""The printed page number at the top of a scanned page is dropped from its text.

Material: the tops of pages 3 and 4 of the real plan 153/KH-UBND (realdocs),
printed with page numbers and scanned by ``bench/realdocs_scan.py``. Tesseract
reads the number as the first line ("4", or "°" / ")" for a faint "3"), and on
page 3 it cut "theo quy | định của Luật Phòng, chống ma túy" in two.
"""

from pathlib import Path

import pytest
from PIL import Image

from vanban.models import LineGeometry
from vanban.ocr.folio import drop_page_number, is_page_number

SCANS = Path(__file__).parent / "fixtures" / "scans"


@pytest.mark.parametrize("name, first_words", [
    ("153-KH-UBND-page3-top.png", "định của Luật Phòng, chống ma túy"),
    ("153-KH-UBND-page4-top.png", "trách nhiệm đối với cán bộ"),
])
def test_page_number_dropped_from_real_ocr(name, first_words):
    from vanban.ocr.tesseract import ocr_image_lines

    text, lines, _ = ocr_image_lines(Image.open(SCANS / name).convert("L"))
    assert not text.startswith(first_words)  # Tesseract put the page number first
    kept, kept_lines = drop_page_number(text, lines)
    assert kept.startswith(first_words)
    assert len(kept.split("\n")) == len(kept_lines)


def test_only_a_short_centred_first_line():
    centred = LineGeometry(x0=0.495, x1=0.505)
    assert is_page_number("12", centred) and is_page_number("Trang 2", LineGeometry(x0=0.47, x1=0.53))
    assert not is_page_number("12", LineGeometry(x0=0.14, x1=0.16))  # a table's STT cell at the margin
    assert not is_page_number("CHỦ TỊCH", centred)
    text = "Lưu: VT.\nxem xét"
    assert drop_page_number(text, (LineGeometry(0.14, 0.3), LineGeometry(0.14, 0.3)))[0] == text
