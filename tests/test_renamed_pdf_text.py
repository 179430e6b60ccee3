"""A PDF or a scan saved under a text name (.txt, .md) is read as what its bytes say, with one line, as a Word
document under a text name is and as a PDF under an image name is.

Found by the session-34 newcomer: "quyet_dinh.txt" holding a PDF was refused ("binary content in a .txt file (a
PDF)") while the same PDF named .png, or a DOCX named .txt, was read with a note. The magic bytes decide in every case.
"""

from __future__ import annotations

import sqlite3

from fixtures.render import render_text_pdf

from vanban.conveyor import ingest
from vanban.ingest import load
from vanban.ingest.detect import check_kind

NOTICE = ("ỦY BAN NHÂN DÂN XÃ PHÚ LỘC\nSố: 21/TB-UBND\nPhú Lộc, ngày 03 tháng 3 năm 2027\nTHÔNG BÁO\n"
          "Lịch trực phòng chống thiên tai tháng 4\n")


def test_a_pdf_named_txt_is_read_as_the_pdf_it_is(tmp_path):
    named = tmp_path / "thong_bao.txt"
    named.write_bytes(render_text_pdf(NOTICE, tmp_path / "thong_bao.pdf").read_bytes())
    assert check_kind(named) == "pdf"
    source = load(named)
    assert source.kind == "pdf" and "Lịch trực phòng chống thiên tai" in source.pages[0].text
    assert source.note == "holds a PDF, not plain text: read as such (rename it .pdf)"


def test_a_pdf_named_md_is_stored_as_a_pdf_with_its_note(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "thong_bao.md").write_bytes(render_text_pdf(NOTICE, tmp_path / "thong_bao.pdf").read_bytes())
    report = ingest([folder], tmp_path / "a.db", jobs=1, progress=False)
    assert (report.stored, report.failed) == (1, 0)
    with sqlite3.connect(tmp_path / "a.db") as conn:
        assert conn.execute("select kind from documents").fetchall() == [("pdf",)]
