"""A unit's code with a small letter of its own, as legacy OCR reads it, kept through restoration (session 54, leg54).

Input: the Nơi nhận of authored51's a51-05-QD-UBND as Tesseract ``eng`` read it (bench/.cache/realdocs-ocr), copied to
``fixtures/leg54/a51-05-recipients.eng.txt``: "- Luu: VT, TKé." for the printed "Lưu: VT, TKê" (Thống kê). Restoration
read "TKé" as the syllable "TẾ" and the archive note lost its code. Expected: the labels' "Lưu: VT, TKê", compared
folded (eng OCR prints é for ê: the letters are what it gives back).
"""

from pathlib import Path

from vanban.ocr.correct import correct_text
from vanban.ocr.restore.protected import kept_as_written
from vanban.text import fold

FIX = Path(__file__).parent / "fixtures" / "leg54"


def test_archive_note_code_keeps_its_letters():
    restored = correct_text((FIX / "a51-05-recipients.eng.txt").read_text(encoding="utf-8"), "image-ocr").text
    line = next(ln for ln in restored.splitlines() if "VT," in ln)
    assert fold(line).lower().strip(" -.") == fold("Lưu: VT, TKê").lower()


def test_syllables_with_capitals_stay_open():
    # onsets of two capitals, and legacy's capital Ộ read G ("HGi" for HỘI), are syllables to restore
    for word in ("THé", "NGi", "CHi", "PHi", "HGi", "DGi", "Tế"):
        assert not kept_as_written(word), word
    assert kept_as_written("TKé") and kept_as_written("TKê")
