"""A text-layer PDF whose title is set flush left under a two-column header (session 17, helper nc17b).

``tests/fixtures/newcomer17b/ket_luan.pdf`` is the newcomer's Thông báo kết luận typed as a plain text file (the
header's two columns made with spaces, the title on the left margin) and converted to PDF by LibreOffice. The title
lines start on the header's left edge; they must not join its left column, or the right column (motto, place and
date) comes after the title and the title read is the body's first paragraph.
"""

from __future__ import annotations

from pathlib import Path

from vanban.conveyor import process_file
from vanban.ingest import load

PDF = Path(__file__).parent / "fixtures" / "newcomer17b" / "ket_luan.pdf"


def _lines() -> list[str]:
    return [x for page in load(PDF).pages for x in page.text.split("\n")]


def test_the_header_ends_at_the_titles_type_line():
    """"ĐẢNG CỘNG SẢN VIỆT NAM" and "Gia Cẩm, ngày 08 tháng 6 năm 2027" (the right column) before "THÔNG BÁO"."""
    lines = _lines()
    at = lines.index("THÔNG BÁO")
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in lines[:at]
    assert "Gia Cẩm, ngày 08 tháng 6 năm 2027" in lines[:at]


def test_the_title_is_the_trich_yeu_not_the_first_paragraph():
    meta = process_file(PDF, jobs=1).extraction.metadata
    assert meta.type == "Thông báo"
    assert meta.date == "2027-06-08" and meta.place == "Gia Cẩm"
    assert meta.title.startswith("kết luận của Ban Thường vụ Đảng ủy phường tại hội nghị giao ban tháng 5 năm 2027")
