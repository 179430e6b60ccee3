"""One rule for a file whose name lies (scan49; session 48's newcomer found three ways: a PDF named .docx was read
and said, a DOCX named .doc was read silently, a PDF named .doc refused, plain text named .pdf refused while plain text
named .docx was read). The magic bytes decide what a file is: a kind vanban reads is read as such under any name and
one line says so ("holds …, not … as its .x name says: read as such (rename it .y)"); anything else is refused in one
line and, in a batch, an ``ingest_errors`` row.

The files are the samples' own PDF, DOCX and picture under other names, and bytes written here.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from vanban.conveyor import ingest
from vanban.ingest import load
from vanban.ingest.detect import misnamed
from vanban.models import InputError

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PDF = SAMPLES / "05-QD-UBND_to_cong_tac_de_an_06_text.pdf"
DOCX = SAMPLES / "02-NQ-CB_chi_bo_dong_tam_2026.docx"
PNG = SAMPLES / "126-CV-DU_bao_cao_dan_van_kheo_scan.png"
NOTICE = ("ỦY BAN NHÂN DÂN XÃ TÂN HIỆP\nSố: 19/TB-UBND\n\nTHÔNG BÁO\nLịch tiếp công dân tháng 7 năm 2027\n\n"
          "Chủ tịch Ủy ban nhân dân xã tiếp công dân vào ngày 10 và ngày 25 hằng tháng tại trụ sở.\n")


def _as(tmp_path: Path, src: Path | bytes, name: str) -> Path:
    p = tmp_path / name
    p.write_bytes(src if isinstance(src, bytes) else src.read_bytes())
    return p


@pytest.mark.parametrize("src, name, kind, line", [
    (PDF, "pdf_as.docx", "pdf",
     "holds a PDF, not a DOCX document as its .docx name says: read as such (rename it .pdf)"),
    (DOCX, "docx_as.doc", "docx",
     "holds a Word DOCX document, not a Word 97-2003 document as its .doc name says: read as such (rename it .docx)"),
    (DOCX, "docx_as.rtf", "docx",
     "holds a Word DOCX document, not an RTF document as its .rtf name says: read as such (rename it .docx)"),
    (PDF, "pdf_as.doc", "pdf",
     "holds a PDF, not a Word 97-2003 document as its .doc name says: read as such (rename it .pdf)"),
    (PDF, "wrong_ext.txt", "pdf", "holds a PDF, not plain text: read as such (rename it .pdf)"),
    (DOCX, "docx_as.pdf", "docx",
     "holds a Word DOCX document, not a PDF as its .pdf name says: read as such (rename it .docx)"),
])
def test_a_document_under_another_name_is_read_as_what_it_is_and_said_once(tmp_path, src, name, kind, line):
    doc = load(_as(tmp_path, src, name))
    assert doc.kind == kind
    assert doc.note.split("; ")[0] == line
    assert misnamed(tmp_path / name, kind) == line  # the same line for a copy the batch skips


def test_a_picture_under_a_word_name_is_read_as_the_scan_it_is(tmp_path):
    doc = load(_as(tmp_path, PNG, "cong_van.doc"))
    assert doc.kind == "image"
    assert doc.note.startswith("holds an image, not a Word 97-2003 document as its .doc name says: read as such")


@pytest.mark.parametrize("name, promised", [("thong_bao.pdf", "a PDF"), ("thong_bao.png", "a PNG/JPEG/TIFF image")])
def test_plain_text_under_a_pdf_or_picture_name_is_read_as_text_as_under_a_word_name(tmp_path, name, promised):
    doc = load(_as(tmp_path, NOTICE.encode(), name))
    assert doc.kind == "txt" and doc.note == f"holds plain text, not {promised}: read as text"
    assert "Lịch tiếp công dân tháng 7 năm 2027" in doc.pages[0].text


def test_binary_under_a_text_name_is_refused_in_one_line_and_a_row(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    bad = _as(folder, b"\x00\x01\x02binary\xff\xfe", "bin.txt")
    with pytest.raises(InputError) as caught:
        load(bad)
    assert "\n" not in str(caught.value) and "binary" in str(caught.value)
    db = tmp_path / "a.db"
    report = ingest([folder], db, jobs=1, progress=False)
    assert (report.stored, report.failed) == (0, 1)
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select path, error from ingest_errors").fetchall()
    assert len(rows) == 1 and rows[0][0].endswith("bin.txt") and "binary" in rows[0][1]
