"""A scanned plan as session 23's newcomer read it, fixed as kinds (session 23, sc23b).

Inputs: ``fixtures/scan23b/iot_plan.html`` is a plan written for these tests in the style of a UBND tỉnh's
Kế hoạch (IoT in urban management), printed by LibreOffice, rasterised (pdftoppm, grey), scaled to 150 dpi and
degraded (tests/fixtures/render.py's ``degrade``, seed 3), then read by Tesseract ``vie``:
``iot_plan_ocr.txt`` is that reading as Tesseract wrote it. Expected values are what the plan says."""

from __future__ import annotations

from pathlib import Path

from vanban.ocr.acronym_spelling import acronym_spellings
from vanban.ocr.correct import correct_text
from vanban.ocr.restore.protected import mixed_case_code

FIX = Path(__file__).parent / "fixtures" / "scan23b"
OCR = (FIX / "iot_plan_ocr.txt").read_text(encoding="utf-8")


def test_a_token_whose_case_mixes_as_a_code_is_never_a_syllable_to_restore():
    for w in ("IoT", "ToT", "loT", "eKYC"):
        assert mixed_case_code(w), w
    assert not mixed_case_code("Tot") and not mixed_case_code("tot") and not mixed_case_code("TOT")
    text = correct_text("Phát triển nền tảng IoT dùng chung, ứng dụng ToT và mạng 5G.\n", "pdf-ocr").text
    assert "Tốt" not in text and "Iot" not in text and "5G" in text


def test_a_misread_acronym_takes_the_pages_own_spelling():
    assert "IøT" in OCR and "løT" in OCR  # Tesseract's own misreadings of the plan's "IoT"
    fixed = acronym_spellings(OCR)
    assert len(fixed) == len(OCR)  # one character for one: token offsets hold
    assert "IøT" not in fixed and "løT" not in fixed
    assert fixed.count("IoT") == OCR.count("IoT") + OCR.count("IøT") + OCR.count("løT")
    # the page spells the acronym as written, never as a syllable: the syllable form loses
    assert acronym_spellings("nền tảng IoT; ứng dụng ToT và cảm biến IoT") == "nền tảng IoT; ứng dụng IoT và cảm biến IoT"
    # two plain spellings on one page: no evidence which is the acronym, nothing changes
    assert acronym_spellings("mạng LoRa và IoT; thiết bị ToT") == "mạng LoRa và IoT; thiết bị IoT"
    assert acronym_spellings("ứng dụng ToT") == "ứng dụng ToT"


def test_the_restored_page_keeps_the_acronym():
    text = correct_text(OCR, "pdf-ocr").text
    assert "IoT" in text and "Iot" not in text and "lót" not in text.lower()
