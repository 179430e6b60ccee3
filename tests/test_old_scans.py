"""Scanned PDFs as old OCR tools wrote them (made by Tesseract itself).

* a hidden text layer without Vietnamese marks (``tesseract -l eng … pdf``)
  is OCR'd again, and each stored page says where its text came from;
* a page declared 35 × 50 inches (a 300 dpi scan without a resolution tag,
  which Tesseract places at 70 dpi) is judged by its image: OCR'd at the
  image's own pixels instead of refused as "too large to OCR".

CER is measured against the plan the scan was rendered from.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from cer import cer
from fixtures.columns import column_order
from fixtures.old_ocr import old_ocr_pdf
from fixtures.render import plan_text, render_text_pdf
from vanban.ingest import load
from vanban.models import LimitExceeded, Limits

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract missing")

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SCAN = SAMPLES / "126-CV-DU_bao_cao_dan_van_kheo_scan.png"
PLAN = "cv_dang_uy_xa_bao_cao_dan_van_kheo.txt"
#: bare `tesseract -l vie` on this scan's image reads it at CER 0.0008 (bench/ocr.py)
MAX_CER = 0.02


@pytest.fixture(scope="module")
def old_scans(tmp_path_factory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("old-ocr")
    return {
        "a4": old_ocr_pdf(SCAN, tmp / "a4.pdf", dpi_tag=300),
        "oversized": old_ocr_pdf(SCAN, tmp / "oversized.pdf", dpi_tag=None),
    }


def test_the_fixtures_are_what_old_tools_write(old_scans) -> None:
    import pypdf

    from vanban.text import diacritic_ratio

    big = pypdf.PdfReader(old_scans["oversized"]).pages[0]
    assert float(big.mediabox.width) / 72 > 30  # 2480 px placed at 70 dpi: 35 inches wide
    layer = big.extract_text()
    assert len(layer) > 200 and diacritic_ratio(layer) < 0.3  # English OCR: marks lost


def test_oversized_scan_is_ocrd_at_its_images_resolution(old_scans) -> None:
    from vanban.ocr.raster import render_pdf_page

    doc = load(old_scans["oversized"])  # default limits: 100 MP; 300 dpi of the page would be 160 MP
    assert [p.method for p in doc.pages] == ["pdf-ocr"]
    im, dpi = render_pdf_page(str(old_scans["oversized"]), 0, Limits().max_pixels)
    assert im.size == (2480, 3508) and dpi == 70  # the scanner's pixels, as pdfimages gives them


def test_oversized_page_without_an_image_is_still_refused(tmp_path: Path) -> None:
    """A page that is large and *drawn* (no scan to judge it by) keeps the limit."""
    import pypdf

    src = render_text_pdf(plan_text(PLAN), tmp_path / "t.pdf")
    w = pypdf.PdfWriter(clone_from=str(src))
    for page in w.pages:
        page.mediabox.upper_right = (72 * 40, 72 * 50)
        page[pypdf.generic.NameObject("/Contents")] = pypdf.generic.ArrayObject()  # no text: OCR needed
    out = tmp_path / "big-drawn.pdf"
    with open(out, "wb") as fh:
        w.write(fh)
    with pytest.raises(LimitExceeded, match="too large to OCR"):
        load(out)


@pytest.mark.parametrize("name", ["a4", "oversized"])
def test_old_ocr_scans_are_read_again_and_archived_per_page(name: str, old_scans, tmp_path: Path) -> None:
    from vanban.conveyor import ingest

    db = tmp_path / "a.db"
    report = ingest([old_scans[name]], db, jobs=1, progress=False)
    assert report.stored == 1, report.errors
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select method, raw_text from pages").fetchall()
    assert [m for m, _ in rows] == ["pdf-ocr"]  # the layer was replaced by OCR, and the page says so
    assert cer(rows[0][1], column_order(plan_text(PLAN))) <= MAX_CER  # two-column rows column after column
