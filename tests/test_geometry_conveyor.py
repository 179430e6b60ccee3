"""The conveyor carries each page's line geometry to the stored Page, aligned with its text.

Restoration and post-OCR correction rewrite words, never lines: the
geometry must still fit the text line for line, or be dropped (never
shifted onto the wrong lines). Real inputs: the case-19 DOCX, the legacy
OCR seed, the scanned sample; the real restoration model and Tesseract.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from vanban.conveyor import process_page
from vanban.ingest import load
from vanban.models import LineGeometry, Limits, PageSource

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "fixtures" / "cases"
SAMPLES = ROOT / "samples"


def test_docx_geometry_reaches_the_page() -> None:
    source = load(CASES / "19-appendix-task-table" / "input.docx").pages[0]
    page = process_page(source, Limits())
    assert page.lines == source.lines and len(page.text.split("\n")) == len(page.lines)
    assert sum(1 for g in page.lines if g.table == 2) == 20  # 4 rows × 5 cells of the task table


def test_restoration_keeps_the_line_count_of_a_legacy_seed() -> None:
    text = load(SAMPLES / "13-KH-DU_dan_van_kheo_binh_dinh_legacy_ocr.txt").pages[0].text
    n = len(text.split("\n"))
    geometry = tuple(LineGeometry(x0=k / (n + 1)) for k in range(n))
    source = PageSource(1, "pdf-text", text=text, lines=geometry)
    page = process_page(source, Limits())
    assert page.restored and page.text != text  # the marks were restored …
    assert len(page.text.split("\n")) == n and page.lines == geometry  # … on the same lines


def test_geometry_that_does_not_fit_the_text_is_dropped() -> None:
    source = PageSource(1, "docx", text="Số: 05/QĐ-UBND\nHòa Bình, ngày 08 tháng 01 năm 2026",
                        lines=(LineGeometry(table=0, row=0, col=0),))
    assert process_page(source, Limits()).lines == ()
    fits = dataclasses.replace(source, lines=source.lines * 2)
    assert process_page(fits, Limits()).lines == fits.lines


def test_ocr_geometry_reaches_the_page() -> None:
    source = load(SAMPLES / "126-CV-DU_bao_cao_dan_van_kheo_scan.png").pages[0]
    page = process_page(source, Limits())
    assert page.lines and len(page.text.split("\n")) == len(page.lines)
    header = [t for t, g in zip(page.text.split("\n"), page.lines) if g.table == 0]
    assert header[0] == "ĐẢNG BỘ TỈNH BẮC NINH" and "ĐẢNG CỘNG SẢN VIỆT NAM" in header


def test_table_indices_count_across_the_pages_of_a_document() -> None:
    from vanban.conveyor import extract_document

    scan = load(SAMPLES / "18-KH-DU_chuyen_doi_so_2026_scan.pdf")
    pages = tuple(process_page(p, Limits()) for p in scan.pages)
    per_page = [sorted({g.table for g in p.lines if g.table >= 0}) for p in pages]
    assert per_page[0][0] == 0 and per_page[1][0] == 0  # each page OCR'd on its own counts from 0
    doc = extract_document(scan, pages)
    tables = [sorted({g.table for g in p.lines if g.table >= 0}) for p in doc.pages]
    flat = [t for ts in tables for t in ts]
    assert flat == list(range(len(flat)))  # … the document counts them once
    assert [p.text for p in doc.pages] == [p.text for p in pages]
