"""Số ký hiệu written with look-alike separators, and header years no document bears.

Found by a newcomer scanning a real Nghị quyết (77/2025/NQ-HĐND, rendered and
read by Tesseract vie): Tesseract printed "Số: 77⁄2025/NQ-HĐND" with U+2044
(fraction slash) and "năm 2925" for "năm 2025"; the number was lost and the
document dated 2925. Word converts a typed hyphen to an en dash ("25–KH/ĐU").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.extract import extract
from vanban.symbols import normalize_symbol, symbol_key

HEADER = "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: {number}\nĐồng Tháp, ngày 25 tháng 11 năm {year}\nNGHỊ QUYẾT\nVề việc a\n"


@pytest.mark.parametrize("written, stored", [
    ("77⁄2025/NQ-HĐND", "77/2025/NQ-HĐND"),   # U+2044 fraction slash, as Tesseract printed it
    ("77∕2025/NQ-HĐND", "77/2025/NQ-HĐND"),   # U+2215 division slash
    ("77／2025／NQ-HĐND", "77/2025/NQ-HĐND"),  # full-width
    ("77/2025/NQ–HĐND", "77/2025/NQ-HĐND"),   # en dash
    ("25–KH/ĐU", "25-KH/ĐU"),                 # Word's en dash
    ("25‑KH/ĐU", "25-KH/ĐU"),                 # non-breaking hyphen
])
def test_the_number_line_reads_look_alike_separators(written, stored):
    ext = extract(HEADER.format(number=written, year=2025))
    assert ext.metadata.number == stored
    assert symbol_key(written) == symbol_key(stored)
    assert normalize_symbol(written) == stored


def test_citations_read_look_alike_separators():
    ext = extract(HEADER.format(number="1/2025/NQ-HĐND", year=2025)
                  + "Căn cứ Nghị quyết số 57–NQ/TW ngày 22/12/2024 của Bộ Chính trị và Nghị định số "
                    "30⁄2020/NĐ-CP ngày 05/3/2020 của Chính phủ;\n")
    assert {c.number for c in ext.citations} == {"57-NQ/TW", "30/2020/NĐ-CP"}


@pytest.mark.parametrize("written", ["08-KL/⁄TU", "08-KL∕/TU", "08-KL/／TU"])
def test_a_slash_read_twice_is_one_slash(written):
    """nc38: Tesseract printed a căn cứ's slash twice, a real one and a fraction slash ("…/⁄ĐU"), and the citation
    vanished; the pair is one separator in the symbol primitives and in the folded view."""
    assert normalize_symbol(written) == "08-KL/TU" and symbol_key(written) == symbol_key("08-KL/TU")
    ext = extract(HEADER.format(number="3/2025/NQ-HĐND", year=2025)
                  + f"Căn cứ Kết luận số {written} ngày 14/3/2024 của Tỉnh ủy về phát triển du lịch;\n")
    assert "08-KL/TU" in {c.number for c in ext.citations}


def test_a_web_address_keeps_its_double_slash():
    from vanban.extract.folded import Folded
    assert "https://" in Folded.of("Xem https://vanban.example").view


@pytest.mark.parametrize("number, year, date", [
    ("77/NQ-HĐND", 2925, None), ("77/NQ-HĐND", 1025, None), ("77/2025/NQ-HĐND", 2025, "2025-11-25"),
    # session 23 (nc23): the year of the số ký hiệu is evidence for the misread one, a digit apart
    ("77/2025/NQ-HĐND", 2925, "2025-11-25"), ("77/2025/NQ-HĐND", 1025, "2025-11-25")])
def test_a_header_year_no_document_bears_gives_no_date(number, year, date):
    """A header year no document bears ("2925") gives no date unless the number's own year repairs it."""
    assert extract(HEADER.format(number=number, year=year)).metadata.date == date


def test_a_page_without_trich_yeu_takes_it_from_the_enacting_sentence():
    """39/2025/TT-BXD as published: no trích yếu under "THÔNG TƯ"; the title was "Căn cứ Luật Đường"."""
    text = ("BỘ XÂY DỰNG\nSố: 39/2025/TT-BXD\nHà Nội, ngày 25 tháng 11 năm 2025\n\nTHÔNG TƯ\n\n"
            "Căn cứ Luật Đường\nbộ số 35/2024/QH15;\n\nTheo đề nghị của Cục trưởng Cục Đường bộ Việt\nNam;\n\n"
            "Bộ trưởng Bộ Xây dựng ban hành Thông tư sửa đổi,\nbổ sung một số định mức tại Thông tư số "
            "44/2021/TT-BGTVT\nngày 31 tháng 12 năm 2021 của Bộ trưởng Bộ Giao thông vận tải.\n\nĐiều 1. Sửa đổi\n")
    m = extract(text).metadata
    assert m.type == "Thông tư"
    assert m.title == ("sửa đổi, bổ sung một số định mức tại Thông tư số 44/2021/TT-BGTVT ngày 31 tháng 12 "
                       "năm 2021 của Bộ trưởng Bộ Giao thông vận tải")


def test_a_speckled_scan_keeps_its_number_and_takes_no_motto_for_issuer():
    """Real Tesseract output of a harsh scan (tests/fixtures/scan_pages/README.md): the number was
    lost, the issuer was "SỐ: '138/2025/QĐ- UBND. :" and the document cited itself."""
    ext = extract((Path(__file__).parent / "fixtures" / "scan_pages" / "138-QD-UBND-speckled-head.txt").read_text(encoding="utf-8"))
    assert ext.metadata.number == "138/2025/QĐ-UBND" and ext.metadata.type == "Quyết định"
    assert ext.metadata.issuer is None or "NGHĨA" not in ext.metadata.issuer
    assert "138/2025/QĐ-UBND" not in {c.number for c in ext.citations}
