"""A DOCX whose header is a pasted picture has that picture read by OCR, before the typed text.

Why: a commune's Kế hoạch typed in Word with its header (ỦY BAN NHÂN DÂN XÃ BÁT TRÀNG |
CỘNG HÒA…, Số: 77/KH-UBND | Bát Tràng, ngày 03 tháng 12 năm 2026) pasted in as one image
came back with số ký hiệu, issuer and date None and no note (the newcomer's
kh77_pichdr.docx, made by fixtures/newcomer15b/mkpichdr.py); the facts expected are those
the picture shows.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from vanban.ingest import load
from vanban.ingest.docx_header_picture import has_typed_header

DOCX = Path(__file__).resolve().parent / "fixtures" / "newcomer15b" / "kh77_pichdr.docx"
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract missing")


def test_header_picture_becomes_a_page_before_the_typed_text():
    src = load(DOCX)
    assert [p.method for p in src.pages] == ["docx-ocr", "docx"]
    assert src.pages[1].text.startswith("KẾ HOẠCH")
    assert src.note == "the header is a picture: read by OCR"


def _typed(path: Path, lines: list[str]) -> Path:
    import docx
    from docx.shared import Cm
    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (1600, 260), 255).save(buf, "PNG")  # a letterhead banner above a typed header
    buf.seek(0)
    d = docx.Document()
    d.add_picture(buf, width=Cm(17))
    for line in lines:
        d.add_paragraph(line)
    d.save(path)
    return path


def test_typed_header_under_a_banner_is_read_as_typed(tmp_path):
    src = load(_typed(tmp_path / "cv.docx", [
        "ỦY BAN NHÂN DÂN", "XÃ BÁT TRÀNG", "Số: 15/UBND-VP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Bát Tràng, ngày 05 tháng 12 năm 2026",
        "V/v tổng vệ sinh môi trường", "Kính gửi: Các thôn."]))
    assert [p.method for p in src.pages] == ["docx"] and src.note is None


@pytest.mark.parametrize("text,has", [
    ("ĐẢNG BỘ XÃ BÁT TRÀNG\n*\nSố 12-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nBát Tràng, ngày 2 tháng 12 năm 2026", True),
    ("KẾ HOẠCH\nTổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026\n1. Các thôn tổ chức Ngày hội.", False),
])
def test_typed_header_told_by_its_lines(text, has):
    assert has_typed_header(text) is has


@needs_tesseract
def test_header_picture_gives_number_issuer_and_date():
    from vanban.conveyor import process_file

    meta = process_file(DOCX, jobs=1).extraction.metadata
    assert meta.number == "77/KH-UBND"
    assert meta.issuer is not None and "BÁT TRÀNG" in meta.issuer
    assert meta.date == "2026-12-03"
    assert meta.title == "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026"
