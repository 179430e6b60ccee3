"""Nơi nhận read from a scan: OCR's ";" for a printed "," does not cut one recipient in two.

Input: Tesseract ``vie`` output of the real scanned 0130-KH-UBND (bench/.cache/realdocs-scan, an
excerpt in tests/fixtures/scan_ocr); expected recipients are the printed ones (its hand labels),
where OCR kept the letters.
"""
from pathlib import Path

from vanban.extract import extract

TEXT = (Path(__file__).parent / "fixtures" / "scan_ocr" / "0130-KH-UBND-excerpt.txt").read_text()


def test_title_abbreviation_joins_the_title_after_it():
    rec = extract(TEXT).metadata.recipients
    assert "CT, PCT UBND tỉnh" in rec, rec
    assert "CT" not in rec and "PCT UBND tỉnh" not in rec, rec
    assert "CVP, PCVP UBND tỉnh" in rec and "CA tỉnh, BCHQS tỉnh" in rec, rec


def test_archive_note_is_one_entry_and_ocr_purpose_dropped():
    rec = extract(TEXT).metadata.recipients
    assert "Lưu: VT, KGVX" in rec, rec  # one entry; OCR's "VI," is the archive's VT (its hand label: "Lưu: VT, KGVX")
    assert "Bộ Y tế" in rec, rec  # "(b/€)": OCR's "(b/c)"
    assert "Viện VSDT Tây Nguyên" in rec and "Các Sở, ban ngành, đoàn thể" in rec, rec


def test_office_listing_its_units_is_one_recipient():
    """"VPCP: BTCN, PCN …; các Vụ: KGVX, QHĐP, KTTH; Cổng TTĐTCP" (631-TB-VPCP scanned): one entry."""
    text = (Path(__file__).parent / "fixtures" / "scan_ocr" / "631-TB-VPCP-excerpt.txt").read_text()
    rec = extract(text).metadata.recipients
    assert "VPCP: BTCN, PCN: Phạm Văn Bảo, Thư ký TTg, các PTTgCP; các Vụ: KGVX, QHĐP, KTTH; Cổng TTĐTCP" in rec, rec
    assert "Các Thành viên Ban Chỉ đạo Trung ương các Chương trình mục tiêu quốc gia giai đoạn 2021-2025" in rec, rec
