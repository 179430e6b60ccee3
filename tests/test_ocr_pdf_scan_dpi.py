"""An image-only PDF of a scan under 300 dpi is read as its image file would be (raster.render_pdf_page).

Why: a 200 dpi scan wrapped in a PDF was rendered by PDFium at 300 dpi and called 300 dpi, so the
speck filter took diacritic dots for noise and the page read worse than the same image as a PNG
(header garbled, "công" misread). Both paths now feed Tesseract the same pixels and resolution."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from vanban.models import Limits, PageSource

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
LINES = ("ỦY BAN NHÂN DÂN XÃ BÌNH MINH", "Về việc tăng cường công tác vệ sinh môi trường",
         "Các thôn rà soát, báo cáo kết quả trước ngày 20/3/2028.")


def _scan(tmp_path: Path) -> tuple[Path, Path]:
    """A 200 dpi scan of a few lines, as a PNG and as an image-only PDF."""
    im = Image.new("L", (1300, 620), 255)  # 6.5 × 3.1 inches: small, still a believable page
    d = ImageDraw.Draw(im)
    font = ImageFont.truetype(FONT, 30)
    for i, line in enumerate(LINES):
        d.text((80, 150 + 90 * i), line, fill=0, font=font)
    png, pdf = tmp_path / "scan.png", tmp_path / "scan.pdf"
    im.save(png, dpi=(200, 200))
    im.save(pdf, "PDF", resolution=200)
    return png, pdf


def test_pdf_scan_under_300_dpi_is_taken_at_its_own_pixels(tmp_path: Path) -> None:
    from vanban.ocr.raster import render_pdf_page
    from vanban.ocr.tesseract import prepare_page

    png, pdf = _scan(tmp_path)
    im, dpi = render_pdf_page(str(pdf), 0, Limits().max_pixels)
    assert im.size == (1300, 620) and dpi == 200  # the scan's pixels, not a 300 dpi resampling
    a = prepare_page(PageSource(1, "image-ocr", path=str(png), index=0), deskew=False)
    b = prepare_page(PageSource(1, "pdf-ocr", path=str(pdf), index=0), deskew=False)
    assert a.image.size == b.image.size and a.dpi == b.dpi == 300  # upscaled alike, resolution told alike


def test_pdf_rendered_text_page_keeps_300_dpi(tmp_path: Path) -> None:
    """A page that is no sole scan (here: drawn text) is still rendered at 300 dpi, Tesseract estimating."""
    from fixtures.render import render_text_pdf
    from vanban.ocr.raster import render_pdf_page

    pdf = render_text_pdf("Kính gửi: các phòng, ban chuyên môn.", tmp_path / "t.pdf")
    im, dpi = render_pdf_page(str(pdf), 0, Limits().max_pixels)
    assert dpi == 300 and im.mode == "L"


@pytest.mark.skipif(not Path(FONT).exists(), reason="DejaVu font missing")
def test_pdf_scan_reads_as_its_png(tmp_path: Path) -> None:
    from vanban.ocr.tesseract import ocr_page

    png, pdf = _scan(tmp_path)
    a = ocr_page(PageSource(1, "image-ocr", path=str(png), index=0)).text
    b = ocr_page(PageSource(1, "pdf-ocr", path=str(pdf), index=0)).text
    assert "công tác" in b and "ngày 20/3/2028" in b and "ỦY BAN" in b
    assert b.split() == a.split()
