"""A PDF whose text layer is garbled (a broken font's shifted glyph codes) is OCR'd, not refused.

Why: the page shows the Công văn of the Sở Nông nghiệp và Môi trường plainly, but
its ToUnicode map is shifted (``r_ka qeÝke`` for "SỞ NÔNG"), as a broken embedded
font gives; vanban kept the layer and refused the file as "not Vietnamese text
(only 52% …)" (a newcomer's so_garb.pdf). The fixture is the newcomer's so_cv.txt
drawn by reportlab with its ToUnicode codes shifted (fixtures/newcomer15b/mk_garbled_layer.py);
the facts expected are those its header states.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from vanban.ingest import load
from vanban.ingest.garbled import garbled

PDF = Path(__file__).resolve().parent / "fixtures" / "newcomer15b" / "so_garbled_layer.pdf"
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract missing")


def test_shifted_glyph_codes_are_a_garbled_layer():
    assert garbled("r_ka qeÝke meử eÝ kỵf\npỻ kñkd kdefợm sÝ jñf qoǌỹkd\n"
                   "s/\x00 \x00þ\x00 \x00þ\x00 \x00Ờ\x00 \x00\x00Ề \x00Ể\x00 \x00\x00Ể\x00 \x00\x00ἆ\x00\x00\n" * 2) is not None


@pytest.mark.parametrize("text", [
    "UBND THÀNH PHỐ HÀ NỘI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 87/SNNMT-QLĐĐ\n" * 5,
    # English and Latin terms quoted in a plan are text, not a broken font
    "Vitamin B6 (dạng Pyridoxine hydrochloride), World Health Organization guidelines, " * 5,
    "Hệ số α = 0,5; β = 0,2 (công thức tính lãi suất)",
])
def test_real_text_is_no_garbled_layer(text):
    assert garbled(text) is None


def test_garbled_page_goes_to_ocr_with_a_note():
    src = load(PDF)
    assert [p.method for p in src.pages] == ["pdf-ocr"]
    assert "text layer unreadable" in src.note and "read by OCR" in src.note


@needs_tesseract
def test_garbled_layer_document_is_read_from_its_rendering():
    from vanban.conveyor import process_file

    doc = process_file(PDF, jobs=1)
    ext = doc.extraction.metadata
    assert ext.number == "87/SNNMT-QLĐĐ"
    assert ext.issuer == "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"
    assert ext.date == "2026-11-10"


@needs_tesseract
def test_garbled_glyphs_shown_too_are_refused_saying_why():
    """The newcomer's so_garb.pdf draws the shifted codes as glyphs (fixtures/newcomer15b/mkgarb.py): its page
    reads as garbage to OCR too; the refusal says the text layer was unreadable and OCR was tried."""
    from vanban.conveyor import process_file
    from vanban.models import InputError

    with pytest.raises(InputError, match=r"^not Vietnamese text .*; text layer unreadable .* read by OCR$"):
        process_file(PDF.with_name("so_garb_shown.pdf"), jobs=1)


@needs_tesseract
def test_garbled_glyphs_under_a_lying_name_are_refused_saying_why(tmp_path):
    """(fixrev51) The same PDF named .docx: the note's first line says the name lies, the unreadable layer's line
    follows it; the refusal still says the text layer was unreadable and OCR was tried."""
    import shutil

    from vanban.conveyor import process_file
    from vanban.models import InputError

    lying = tmp_path / "so_garb_shown.docx"
    shutil.copyfile(PDF.with_name("so_garb_shown.pdf"), lying)
    with pytest.raises(InputError, match=r"^not Vietnamese text .*; text layer unreadable .* read by OCR$"):
        process_file(lying, jobs=1)
