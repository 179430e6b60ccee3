"""Header số ký hiệu that a 200-dpi scan damaged (session 54's newcomer, ncfix54b).

The two scans below left the number empty, so the scan dropped out of number search and was never grouped with its
DOCX and PDF copies; their printed numbers are the documents' own (the text PDFs read them so).

* "Số: 56/2025⁄.NQ-HĐND": a fraction slash (U+2044) and a speck dot between the year and the type code;
* "Số:226CĐ-TTg": the slash between the number and a Công điện's CĐ lost.
"""

from __future__ import annotations

import pathlib

import pytest

from vanban.extract import extract
from vanban.structure.header import _number
from vanban.symbols import normalize_symbol

_FIX = pathlib.Path(__file__).parent / "fixtures" / "real54"


@pytest.mark.parametrize(("name", "number"), [
    ("56-2025-NQ-HDND.scan200.txt", "56/2025/NQ-HĐND"),
    ("226-CD-TTg.scan200.txt", "226/CĐ-TTg"),
])
def test_scanned_number_read(name, number):
    assert extract((_FIX / name).read_text(encoding="utf-8"), ocr=True).metadata.number == number


@pytest.mark.parametrize(("line", "number"), [
    ("Số: 56/2025⁄.NQ-HĐND", "56/2025/NQ-HĐND"),
    ("Số: 56/2025.NQ-HĐND", "56/2025/NQ-HĐND"),
    ("Số:226CĐ-TTg _. Hà Nội, ngày 21 tháng 11 năm 2025", "226/CĐ-TTg"),
    ("Số: 3.2025", None),  # no type code after the dot: no symbol
])
def test_number_line(line, number):
    got = _number(line)
    assert (normalize_symbol(got) if got else None) == number


def test_speck_after_slash_dropped_in_a_cited_symbol():
    assert normalize_symbol("56/2025⁄.NQ-HĐND") == "56/2025/NQ-HĐND"
    assert normalize_symbol("11554/VPCP-V.I") == "11554/VPCP-V.I"  # a dot inside a code stays
