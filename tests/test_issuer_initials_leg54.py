"""A cited document's issuer code with a scan's stray glyph, read back from the issuer the citation names
(vanban.extract.issuer_initials, session 54).

The input is Tesseract ``vie``'s reading of authored52's a52-09-KH-UBND scanned (bench/realdocs_scan.py), copied to
``tests/fixtures/leg54``; the expected numbers are the document's as printed (its labels: 415/KH-UBND, 57/HD-SNNMT,
18-NQ/HU), never vanban's output.
"""

from __future__ import annotations

import pathlib

from vanban.extract.citations import find_citations
from vanban.extract.folded import Folded
from vanban.extract.issuer_initials import mended_issuer_code, name_initials
from vanban.extract.sections import layout_from
from vanban.models import Citation
from vanban.structure import structure_of_text

FIXTURES = pathlib.Path(__file__).parent / "fixtures" / "leg54"


def _numbers(text: str) -> list[str]:
    f = Folded.of(text)
    return [c.number for c in find_citations(f, layout_from(f, structure_of_text(text)), 0, len(text), None)[0]
            if c.number]


def test_a52_09_scan_stray_i_in_a_departments_code():
    text = (FIXTURES / "a52-09-citations.scan.txt").read_text(encoding="utf-8")
    assert "57/HD-SNNMIT" in text  # the scan's reading
    assert sorted(_numbers(text)) == ["18-NQ/HU", "415/KH-UBND", "57/HD-SNNMT"]


def test_initials_stop_before_the_place_and_skip_va():
    assert name_initials("Sở Nông nghiệp và Môi trường") == "SNNMT"
    assert name_initials("Sở Nông nghiệp và Môi trường tỉnh Phú Thọ") == "SNNMT"
    assert name_initials("Sở Văn hóa, Thể thao và Du lịch thành phố Hà Nội") == "SVHTTDL"


def test_kept_as_read_without_evidence():
    c = Citation(text="Hướng dẫn số 57/HD-SNNMIT", number="57/HD-SNNMIT", type="Hướng dẫn")
    assert mended_issuer_code(c).number == "57/HD-SNNMIT"  # no issuer named: no evidence
    other = Citation(text="", number="57/HD-SNNMIT", type="Hướng dẫn", issuer="Sở Tài chính")
    assert mended_issuer_code(other).number == "57/HD-SNNMIT"  # the initials of another body
    doubled = Citation(text="", number="12/SYTT-NVY", type="Công văn", issuer="Sở Y tế")
    assert mended_issuer_code(doubled).number == "12/SYTT-NVY"  # a doubled letter is no stray glyph here
    own_l = Citation(text="", number="5/QĐ-BQLDA", type="Quyết định", issuer="Ban Quản lý dự án")
    assert mended_issuer_code(own_l).number == "5/QĐ-BQLDA"  # its L is an initial of the name: kept


def test_digits_are_never_guessed():
    c = Citation(text="", number="97/HD-SNNMT", type="Hướng dẫn", issuer="Sở Nông nghiệp và Môi trường")
    assert mended_issuer_code(c).number == "97/HD-SNNMT"
