"""Lines Tesseract's page layout skipped are read again (vanban/ocr/lost_lines.py).

Material: the scanned form of 78/2025/NQ-HĐND (bench/realdocs_scan.py: its printed layout rendered, scanned,
deskewed by vanban), page 5, the rows of Phụ lục I — each cell on a line of its own, "Đơn vị tính: Triệu đồng"
(paper tone above 190 whitened to keep the file small; tests/fixtures/scans). With ``--psm 3`` Tesseract left out
the amounts "140", "21", "14" of row 1 and "80", "12", "8" of row 2. Expected values: the published table.
"""

from pathlib import Path

import pytest
from PIL import Image

from vanban.ocr.lost_lines import missed_pieces
from vanban.ocr.tesseract import ocr_image_lines

SCANS = Path(__file__).parent / "fixtures" / "scans"
ROWS = ["1", "Nghị quyết của Hội đồng nhân dân Thành phố", "250", "75", "140", "21", "14",
        "2", "Quyết định của Ủy ban nhân dân Thành phố", "100", "80", "12", "8"]


def _page() -> Image.Image:
    with Image.open(SCANS / "78-2025-NQ-HDND.p5-amounts.png") as im:
        return im.convert("L")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _rows(lines: list[str]) -> list[str]:
    start = lines.index("1")
    return lines[start:start + len(ROWS)]


def test_lone_amount_cells_are_read_again_in_place():
    text, geometry, _ = ocr_image_lines(_page(), dpi=300)
    assert _rows(_lines(text)) == ROWS
    assert len(text.split("\n")) == len(geometry)


def test_lone_amount_cells_with_the_in_process_engine():
    from vanban.ocr.capi import Engine

    engine = Engine.open("vie")
    if engine is None:
        pytest.skip("libtesseract not loadable")
    with engine:
        text, _, _ = ocr_image_lines(_page(), dpi=300, engine=engine)
        assert _rows(_lines(text)) == ROWS
        # the engine is back on the page's own segmentation for the next page
        again, _, _ = ocr_image_lines(_page(), dpi=300, engine=engine)
        assert again == text


def test_nothing_outside_the_word_boxes_nothing_read_again():
    # a page of prose and a heading (153/KH-UBND scanned): every line in a word box Tesseract gave
    import pytesseract

    im = Image.open(SCANS / "153-KH-UBND-page3-top.png").convert("L")
    data = pytesseract.image_to_data(im, lang="vie", config="--psm 3", output_type=pytesseract.Output.DICT)
    assert missed_pieces(im, data) == []
