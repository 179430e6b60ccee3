"""An image-only PDF of JPEG pages reads exactly as its JPEG page does; what it reads unlike the PNG is the JPEG's loss.

Why (session 45's newcomer, layout46): the same page rendered as an image-only PDF and as a PNG read 1–2 words
apart ("đổi"/"đối", "chỉ"/"chi", "năm"/"nắm" on the plan fixtures). Traced: PDFium hands the PDF's JPEG page to the
preprocessing at its own pixels (:func:`vanban.ocr.raster.render_pdf_page`), pixel for pixel what Pillow decodes from
the same JPEG stream as an image file, and both are read alike; the PNG is the page before JPEG compression
(the fixtures' PDFs, like office scanners', store quality-60 JPEG), whose quantisation moves a diacritic's few pixels.
So the two words are the scan's, not a path of vanban's: this test keeps the paths one (same pixels, same words)
with PDFium, Pillow, poppler's ``pdfimages`` and Tesseract, nothing mocked.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixtures.render import plan_text, render_scan  # noqa: E402

from vanban.models import Limits, PageSource  # noqa: E402

pytestmark = pytest.mark.skipif(shutil.which("pdfimages") is None or shutil.which("tesseract") is None,
                                reason="poppler-utils or tesseract missing")


def _pdf_and_its_jpeg(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A plan's first page as an image-only PDF (one quality-60 JPEG), the JPEG stream taken out of it unchanged
    (``pdfimages -j``: the very bytes, no re-encoding), and the same page as a PNG."""
    src = plan_text("cv_dang_uy_xa_bao_cao_dan_van_kheo.txt")
    pdf = render_scan(src, tmp_path / "p.pdf", seed=3)[0]
    png = render_scan(src, tmp_path / "p.png", seed=3)[0]
    subprocess.run(["pdfimages", "-j", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "img")], check=True)
    jpg = tmp_path / "img-000.jpg"
    assert jpg.read_bytes()[:2] == b"\xff\xd8"  # the page is a JPEG (DCTDecode) stream
    return pdf, jpg, png


def test_jpeg_pdf_page_is_prepared_and_read_as_its_jpeg(tmp_path: Path) -> None:
    from vanban.ocr.tesseract import ocr_page, prepare_page

    pdf, jpg, png = _pdf_and_its_jpeg(tmp_path)
    in_pdf = PageSource(1, "pdf-ocr", path=str(pdf), index=0)
    as_file = PageSource(1, "image-ocr", path=str(jpg), index=0)
    a, b = prepare_page(in_pdf, Limits()), prepare_page(as_file, Limits())
    assert a.image.size == b.image.size and a.dpi == b.dpi
    assert np.array_equal(np.asarray(a.image), np.asarray(b.image))  # PDFium's decode = Pillow's, after preprocessing
    ta, tb = ocr_page(in_pdf, prepared=a).text, ocr_page(as_file, prepared=b).text
    assert ta.split() == tb.split()
    assert "Đảng ủy" in ta or "ĐẢNG ỦY" in ta
    # and the PNG is another image: the JPEG's loss, not the reading path, is what can part their words
    from PIL import Image

    with Image.open(png) as p, Image.open(jpg) as j:
        diff = np.abs(np.asarray(p.convert("L"), dtype=int) - np.asarray(j.convert("L"), dtype=int))
    assert diff.max() > 16
