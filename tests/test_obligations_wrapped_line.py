"""A scanned item whose first printed line the structure takes for its heading: the next line goes on
with that sentence, so a body name opening it ("Trung ương và Chính phủ sửa đổi …") is not a new subject.

Input: Tesseract ``vie`` output of the real scanned 1026-KH-UBND (bench/.cache/realdocs-scan, an excerpt
in tests/fixtures/scan_ocr); expected bodies are the document's own assignments (its hand labels).
"""
from pathlib import Path

from vanban.extract import extract

TEXT = (Path(__file__).parent / "fixtures" / "scan_ocr" / "1026-KH-UBND-excerpt.txt").read_text()


def test_wrapped_line_is_no_new_subject():
    whos = [o.who for o in extract(TEXT).obligations]
    assert not any(w and w.startswith("Trung ương") for w in whos), whos


def test_bodies_of_the_excerpt_still_found():
    whos = [o.who or "" for o in extract(TEXT).obligations]
    assert any(w.startswith("Giám đốc các Sở") for w in whos), whos
    assert "Công an tỉnh" in whos, whos
