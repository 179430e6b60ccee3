"""Reading a scan with one job: Tesseract in-process, pages in order, nothing extra loaded.

Real Tesseract (its C library and its command) on the scanned samples;
nothing is mocked. The speed itself is measured by bench/ocr.py, not here.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from vanban.ingest import load
from vanban.models import InputError, Limits, PageSource
from vanban.ocr.capi import Engine
from vanban.ocr.serial import ocr_in_order
from vanban.ocr.tesseract import ocr_page, prepare_page

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
PNG = SAMPLES / "126-CV-DU_bao_cao_dan_van_kheo_scan.png"
SCAN_PDF = SAMPLES / "18-KH-DU_chuyen_doi_so_2026_scan.pdf"


def words(data: dict) -> list[tuple]:
    return [(t, data["left"][i], data["top"][i], data["width"][i], data["height"][i])
            for i, t in enumerate(data["text"]) if str(t).strip()]


def test_in_process_engine_reads_as_the_tesseract_command() -> None:
    """Same library, same settings: the same words in the same boxes."""
    import pytesseract

    page = load(PNG).pages[0]
    prepared = prepare_page(page)
    with Engine.open("vie") as engine:
        mine = engine.read(prepared.image, dpi=prepared.dpi, timeout=120)
    cli = pytesseract.image_to_data(prepared.image, lang="vie", config=f"--psm 3 --dpi {prepared.dpi}",
                                    output_type=pytesseract.Output.DICT)
    assert words(mine) and words(mine) == words(cli)
    assert any("Đảng" in w[0] for w in words(mine))


def test_engine_refuses_a_language_it_has_no_data_for() -> None:
    assert Engine.open("xx-no-such-language") is None  # the caller falls back to the command, which says why


def test_pages_come_in_order_as_ocr_page_reads_them() -> None:
    scan = load(PNG).pages[0]
    pages = [scan, PageSource(2, "pdf-text", text="Đảng ủy xã"), scan]
    results = list(ocr_in_order(pages, Limits(), "vie"))
    assert results[1] is None  # a page that has its text is not OCR'd
    alone = ocr_page(scan)
    assert results[0].text == results[2].text == alone.text
    assert results[0].lines == alone.lines and results[0].confidence == pytest.approx(alone.confidence)


def test_a_page_error_comes_in_its_turn(tmp_path: Path) -> None:
    """Page 1 is delivered, page 2's error is raised when its turn comes, page 3 is not read."""
    scan = load(PNG).pages[0]
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    pages = [scan, PageSource(2, "image-ocr", path=str(broken), index=0), scan]
    reader = ocr_in_order(pages, Limits(), "vie")
    assert "Đảng" in next(reader).text
    with pytest.raises(InputError):
        next(reader)


def test_a_scan_pdf_is_read_without_the_text_layer_machinery() -> None:
    """An image-only PDF is judged by PDFium alone (pypdf and pdfplumber stay unloaded)
    and gives the same pages as the general way; ``vanban text`` loads no extraction."""
    code = (
        "import sys\n"
        "from vanban.ingest import load\n"
        f"doc = load({str(SCAN_PDF)!r})\n"
        "print([p.method for p in doc.pages], 'pdfplumber' in sys.modules, 'pypdf' in sys.modules)\n"
        "from vanban.conveyor import process_file\n"
        f"d = process_file({str(SAMPLES / '02-NQ-CB_chi_bo_dong_tam_2026.docx')!r}, jobs=1, extract=False)\n"
        "print(bool(d.text.strip()), d.extraction is None, 'vanban.extract' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300,
                         cwd=ROOT).stdout.splitlines()
    methods = eval(out[0].split("]")[0] + "]")  # noqa: S307 - our own print
    assert set(methods) == {"pdf-ocr"}
    assert out[0].endswith("False False")
    assert out[1] == "True True False"


def test_fast_and_general_pdf_ways_agree(monkeypatch) -> None:
    from vanban.ingest import pdf

    fast = load(SCAN_PDF).pages
    monkeypatch.setattr(pdf, "_image_only_pages", lambda path, limits: None)
    assert load(SCAN_PDF).pages == fast
    monkeypatch.undo()
    text_pdf = SAMPLES / "05-QD-UBND_to_cong_tac_de_an_06_text.pdf"
    assert pdf._image_only_pages(text_pdf, Limits()) is None  # a text layer: the general way reads it


def test_engine_keeps_the_page_time_limit() -> None:
    from vanban.models import LimitExceeded

    prepared = prepare_page(load(PNG).pages[0])
    with Engine.open("vie") as engine:
        with pytest.raises(LimitExceeded, match="OCR of page 3 took longer than"):
            engine.read(prepared.image, dpi=prepared.dpi, timeout=0.05, page_no=3)
        assert "Đảng" in " ".join(engine.read(prepared.image, dpi=prepared.dpi, timeout=120)["text"])  # still usable


def test_missing_language_data_is_said_before_any_page_is_read() -> None:
    """The serial reader checks Tesseract itself (the command's check is skipped
    when the library reads the language): a missing language is still one line."""
    import os

    proc = subprocess.run([sys.executable, "-m", "vanban.cli", "text", str(SCAN_PDF), "--jobs", "1", "--lang", "xyz"],
                          capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert proc.returncode == 2
    assert proc.stderr.strip() == ("vanban: Tesseract language data 'xyz' is missing; install it with: "
                                   "sudo apt-get install tesseract-ocr-xyz")
