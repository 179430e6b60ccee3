"""A file whose name lies keeps the line that says so among its warnings (session 50, ncfix50b; issue #9).

The session-50 newcomer's PDF named .docx was read, and stderr said "holds a PDF, not a DOCX document as its .docx name
says: read as such (rename it .pdf)" — once, on the terminal; the document's page (``documents.warnings``) showed
nothing. The line is now one of the document's notes, in ``vanban extract``'s notes and the archive's warnings. The
files are the samples' own PDF and DOCX under other names, and a notice written here as plain text named .doc.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from vanban.conveyor import ingest
from vanban.ingest import load

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PDF = SAMPLES / "05-QD-UBND_to_cong_tac_de_an_06_text.pdf"
DOCX = SAMPLES / "02-NQ-CB_chi_bo_dong_tam_2026.docx"
NOTICE = ("ỦY BAN NHÂN DÂN XÃ TÂN HIỆP\nSố: 19/TB-UBND\n\nTHÔNG BÁO\nLịch tiếp công dân tháng 7 năm 2027\n\n"
          "Chủ tịch Ủy ban nhân dân xã tiếp công dân vào ngày 10 và ngày 25 hằng tháng tại trụ sở.\n")


@pytest.mark.parametrize("src, name, line", [
    (PDF, "quyet-dinh.docx", "holds a PDF, not a DOCX document as its .docx name says: read as such (rename it .pdf)"),
    (NOTICE, "thong-bao.doc", "holds plain text, not a Word 97-2003 document: read as text"),
])
def test_lying_name_is_a_warning_of_the_stored_document(tmp_path, src, name, line):
    f = tmp_path / name
    if isinstance(src, str):
        f.write_text(src, encoding="utf-8")
    else:
        f.write_bytes(src.read_bytes())
    db = tmp_path / "a.db"
    ingest([f], db)
    (warnings,) = sqlite3.connect(db).execute("select warnings from documents").fetchone()
    assert line in (warnings or "").split("\n")


def test_a_rightly_named_file_has_no_such_warning(tmp_path):
    f = tmp_path / "nghi-quyet.docx"
    f.write_bytes(DOCX.read_bytes())
    db = tmp_path / "a.db"
    ingest([f], db)
    (warnings,) = sqlite3.connect(db).execute("select warnings from documents").fetchone()
    assert "holds " not in (warnings or "")


def test_the_lie_travels_as_a_field_of_the_source(tmp_path):
    # (tidy51) the line is the source's own field, not picked out of its note by its words
    f = tmp_path / "quyet-dinh.docx"
    f.write_bytes(PDF.read_bytes())
    source = load(f)
    assert source.name_lie == "holds a PDF, not a DOCX document as its .docx name says: read as such (rename it .pdf)"
    assert source.note.split("; ")[0] == source.name_lie  # the message users see on stderr is kept
    g = tmp_path / "thong-bao.doc"
    g.write_text(NOTICE, encoding="utf-8")
    assert load(g).name_lie == "holds plain text, not a Word 97-2003 document: read as text" == load(g).note
    h = tmp_path / "nghi-quyet.docx"
    h.write_bytes(DOCX.read_bytes())
    assert load(h).name_lie is None
