"""A quarter's Roman numeral as a scan's OCR reads it: "Quý 11/2026", "quý II1/2026", "quý lII/2026", "Quý 1V/2026".

Found by a newcomer: Tesseract ``vie`` reads the I of "Quý II/2026" as 1 or l on a scan and the deadline was
dropped (no quarter is numbered 11). Before its year (the evidence that a quarter is meant) a run of two or three
I/l/1, or one of them before V, is the numeral misread (patterns.QUARTER_RE, patterns.ocr_quarter); "Quý 1/2026"
stays the first quarter and a bare "quý 11" with no year is left alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from vanban.extract import extract
from vanban.extract.patterns import ocr_quarter

HEAD = ("ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSỞ TÀI CHÍNH\nSố: 12/STC-NS\nV/v báo cáo sơ kết\n"
        "An Giang, ngày 05 tháng 01 năm 2026\nKính gửi: Các sở, ban, ngành tỉnh.\n")
TAIL = "\nTrân trọng./.\nGIÁM ĐỐC\nNguyễn Văn An\n"
Q = {2: ("2026-04-01", "2026-06-30"), 3: ("2026-07-01", "2026-09-30"), 4: ("2026-10-01", "2026-12-31"),
     1: ("2026-01-01", "2026-03-31")}


def _windows(body: str) -> list[tuple[str, str]]:
    return [(d.earliest, d.latest) for d in extract(HEAD + body + TAIL).deadlines]


@pytest.mark.parametrize("said, quarter", [
    # as Tesseract vie printed them from the rendered page of test_a_scanned_quarter_keeps_its_deadline
    ("Các đơn vị hoàn thành báo cáo sơ kết trong Quý 11/2026.", 2),
    ("Sở Tài chính tổng hợp, trình Ủy ban nhân dân tỉnh trong quý II1/2026.", 3),
    # the other I/l/1 confusions of the kind
    ("Các đơn vị hoàn thành việc rà soát trong quý lII/2026.", 3),
    ("Các đơn vị hoàn thành việc rà soát trong Quý 1V năm 2026.", 4),
    ("Các đơn vị hoàn thành việc rà soát trong Quý 1/2026.", 1),
    # a 300-dpi scan of a DOCX task table (session-14 newcomer, kh37_cleanscan.pdf): the strokes of II joined into an
    # H, the next row's number read after the year on the cell's line
    ("Các chi bộ báo cáo kết quả, hoàn thành Quý H/2026.", 2),
    ("Các chi bộ báo cáo kết quả, hoàn thành Quý H/20263", 2),
])
def test_a_misread_quarter_before_its_year_is_the_quarter(said, quarter):
    assert _windows(said) == [Q[quarter]]


def test_a_number_after_quy_with_no_year_is_no_quarter():
    assert _windows("Các đơn vị gửi số liệu quý 11 cho Sở Tài chính.") == []
    assert [ocr_quarter(w) for w in ("11", "111", "lii", "ii1", "1v", "lv", "12", "1111", "v", "h")] == [2, 3, 3, 3, 4, 4, None, None, None, 2]


def test_a_scanned_quarter_keeps_its_deadline(tmp_path: Path):
    """The whole pipeline on a page rendered with PIL (DejaVu Serif at 20 px: Tesseract vie reads "Quý 11/2026"
    and "quý II1/2026" there)."""
    from vanban.conveyor import process_file

    lines = ["ỦY BAN NHÂN DÂN TỈNH AN GIANG", "SỞ TÀI CHÍNH", "Số: 12/STC-NS", "An Giang, ngày 05 tháng 01 năm 2026",
             "Kính gửi: Các sở, ban, ngành tỉnh.",
             "Các đơn vị hoàn thành báo cáo sơ kết trong Quý II/2026.",
             "Sở Tài chính tổng hợp, trình Ủy ban nhân dân tỉnh trong quý III/2026.",
             "GIÁM ĐỐC", "Nguyễn Văn An"]
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 20)
    img = Image.new("L", (1000, 60 + len(lines) * 40), 255)
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        draw.text((30, 30 + i * 40), line, font=font, fill=0)
    page = tmp_path / "quarters.png"
    img.save(page)
    doc = process_file(page, jobs=1)
    assert [(d.earliest, d.latest) for d in doc.extraction.deadlines] == [Q[2], Q[3]]
