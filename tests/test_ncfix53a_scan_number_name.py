"""A số ký hiệu with the right cell's place-date on its line; a signer's name with a speck or wrapped.

Why (issue #9, found by session 53's newcomer, real documents of ../shared/realdocs/docs printed to PDF and
scanned):
- Nghị quyết 65/2025/NQ-HĐND scanned: OCR read "Số: 65/2025/NQ-HĐND - Hà Nội, ngày 27" as one line and the
  number was kept as "65/2025/NQ-HĐND-Hà" (its DOCX and PDF copies no longer matched it); the name "Đinh Thị
  Quế." carried a seal speck and was lost. The fixture is vanban's OCR text of that scan.
- Công điện 229/CĐ-TTg as a text PDF: its narrow signature column wraps "Phan Văn" ⏎ "Nam" and "Phan Văn"
  was kept. The fixture is the text vanban reads from that PDF.
Expected values are the documents' own (the Markdown published in realdocs/docs).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.extract import extract
from vanban.structure.header import _number

FIX = Path(__file__).parent / "fixtures" / "ncfix53a"


@pytest.mark.parametrize("name, number, place, title, signer", [
    ("65-2025-NQ-HDND.scan.txt", "65/2025/NQ-HĐND", "Hà Nội", "CHỦ TỊCH", "Đinh Thị Quế"),
    ("229-CD-TTg.pdf.txt", "229/CĐ-TTg", "Hà Nội", "THỦ TƯỚNG", "Phan Văn Nam"),
])
def test_number_and_signer(name, number, place, title, signer):
    m = extract((FIX / name).read_text(encoding="utf-8")).metadata
    assert (m.number, m.place, m.signer_title, m.signer_name) == (number, place, title, signer)


@pytest.mark.parametrize("line, number", [
    ("Số: 65/2025/NQ-HĐND - Hà Nội, ngày 27", "65/2025/NQ-HĐND"),
    ("Số: 77/KH-UBND - Tuyên Quang, ngày 3 tháng 11 năm 2025", "77/KH-UBND"),
    ("Số: 12/QĐ - UBND", "12/QĐ-UBND"),  # a spaced hyphen inside the symbol stays the symbol's
    ("Số: 229/CĐ-TTg", "229/CĐ-TTg"),
])
def test_symbol_stops_before_place_date(line, number):
    assert _number(line) == number


def test_name_rest_needs_a_short_name():
    """A lone syllable under a full name (three words, not ending on a middle name) is no part of it."""
    from vanban.structure.signature import _name_rest
    assert _name_rest("Phan Văn", "Nam")
    assert _name_rest("Nguyễn Thị", "Hà")
    assert not _name_rest("Đinh Thị Quế", "Nam")
    assert not _name_rest("Phan Văn", "NAM")
