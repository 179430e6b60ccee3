"""Restoration keeps the case OCR gave a code and never puts capitals on a word of running text.

Inputs are Tesseract ``vie`` output of real scanned documents (bench/.cache/realdocs-scan,
nơi nhận blocks copied into tests/fixtures/scan_ocr); the expected values are the documents'
own printed text.
"""
from pathlib import Path

import pytest

from vanban.ocr.restore import restore

SCAN = Path(__file__).parent / "fixtures" / "scan_ocr"


@pytest.mark.parametrize("mode", ["restore", "correct"])
def test_mixed_case_codes_kept(mode):
    """TTg, PTTg, PTTgCP: the small g is the code's, not a capital OCR read small."""
    out = restore((SCAN / "631-TB-VPCP-noi-nhan.txt").read_text(), mode).text
    assert "Thư ký\nTTg, các PTTgCP; các Vụ: KGVX," in out
    out = restore((SCAN / "627-TB-VPCP-noi-nhan.txt").read_text(), mode).text
    assert "TTg, PTTg, TGĐ Cổng TTĐT CP" in out


@pytest.mark.parametrize("mode", ["restore", "correct"])
def test_capital_syllable_in_running_text_lowered(mode):
    """"các phòng, đơn\\nVỊ;": OCR's capitals on a word after a small one are not a heading."""
    out = restore((SCAN / "141-KH-UBND-noi-nhan.txt").read_text(), mode).text
    assert "các phòng, đơn\nvị;" in out
    assert "LĐVP, TKCT" in out and "VT, NC." in out


def test_headings_and_acronyms_keep_capitals():
    """The lowering is for a marked syllable after a small word only: headings and acronyms stay."""
    assert restore("MỤC ĐÍCH, YÊU CẦU").text == "MỤC ĐÍCH, YÊU CẦU"
    assert restore("gia nhập WTO và ASEAN").text == "gia nhập WTO và ASEAN"
    assert restore("Công điện số 158/CĐ-TTg ngày 04").text == "Công điện số 158/CĐ-TTg ngày 04"
