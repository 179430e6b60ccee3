"""A phone photo with a shadow across it is read after its background is flattened; an evenly lit scan is untouched.

Why: the newcomer's gm_phone.jpg (a commune's Giấy mời photographed at ~150 dpi, in perspective, the
left side in shadow; fixtures/newcomer15b/mkimg.py) read almost nothing, raw ``tesseract`` too, and the
only note was "no document header". The facts expected are those the invitation prints
(Số: 05/GM-UBND, Bát Tràng, ngày 02 tháng 12 năm 2026).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image

from vanban.conveyor import little_ocr
from vanban.models import Page
from vanban.ocr.preprocess import UNEVEN_BACKGROUND, background, evenness, flatten_background, to_gray

FIX = Path(__file__).resolve().parent / "fixtures"
PHOTO = FIX / "newcomer15b" / "gm_phone.jpg"
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract missing")


def test_shadowed_photo_is_uneven_and_flattened():
    gray = to_gray(Image.open(PHOTO))
    assert evenness(background(gray)) < UNEVEN_BACKGROUND
    flat = flatten_background(gray)
    left = flat.crop((100, 200, 300, 400))  # paper in the shadow, left of the text
    assert sum(left.get_flattened_data()) / (200 * 200) > 200


@pytest.mark.parametrize("scan", ["scans/45-KH-UBND-blur-jpeg-150dpi.png", "scans/45-KH-UBND-speckled-150dpi.jpg",
                                  "scans/627-TB-VPCP-noi-nhan.png"])
def test_evenly_lit_scan_is_left_alone(scan):
    gray = to_gray(Image.open(FIX / scan))
    assert flatten_background(gray) is gray


def _page(text: str, confidence: float | None) -> Page:
    return Page(number=1, method="image-ocr", raw_text=text, text=text, confidence=confidence)


def test_little_ocr_is_said():
    assert little_ocr((_page("ỦY BAN NHÂN DÂN\n: ..; Tư. do", 31.4),)) == "OCR read little text: 6 words at confidence 31"


def test_a_page_read_well_or_typed_says_nothing():
    giay_moi = " ".join(["Kính mời đại biểu dự họp giao ban công tác tháng 12 năm 2026."] * 5)
    assert little_ocr((_page(giay_moi, 88.0),)) is None
    assert little_ocr((_page("Kính mời", None),)) is None  # typed text: not OCR's to judge


@needs_tesseract
def test_shadowed_photo_gives_its_header():
    from vanban.conveyor import process_file

    ext = process_file(PHOTO, jobs=1).extraction
    assert ext.metadata.number == "05/GM-UBND"
    assert ext.metadata.date == "2026-12-02"
    assert not any(n.startswith("OCR read little text") for n in ext.notes)


@needs_tesseract
def test_photo_read_poorly_says_so(monkeypatch):
    """The same photo read as before its background was flattened: the note says OCR read little, beside the missing header."""
    from vanban.conveyor import process_file
    from vanban.ocr import preprocess

    monkeypatch.setattr(preprocess, "UNEVEN_BACKGROUND", 0.0)  # no page is uneven: the shadow stays
    notes = process_file(PHOTO, jobs=1).extraction.notes
    assert notes[0].startswith("OCR read little text: ") and " words at confidence " in notes[0]
    assert any(n.startswith("no document header") for n in notes)
