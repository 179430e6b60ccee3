"""The document page's Tệp row tells a file's pages only where the file has them (session 54's newcomer: a 5-page
DOCX showed "(docx, 1 trang)", since a Word file is read as one page). A PDF keeps its count."""

from __future__ import annotations

import html
import re
import shutil

from conftest import ROOT, SAMPLES
from site_client import get

from vanban.archive import Archive
from vanban.conveyor import process_file
from vanban.web.server import datasette_app

DOCX = ROOT / "tests/fixtures/cases/17-docx-blank-number/input.docx"


def _file_row(page: str) -> str:
    m = re.search(r"<th>Tệp</th><td>(.*?)</td>", page, re.S)
    assert m
    return html.unescape(" ".join(m.group(1).split()))


def test_docx_says_no_page_count_a_pdf_does(tmp_path):
    pdfs = sorted(SAMPLES.glob("*_text.pdf"))
    assert pdfs, "a sample PDF"
    db = tmp_path / "archive.db"
    with Archive(db) as a:
        word = tmp_path / "KH 2242.docx"
        shutil.copy(DOCX, word)
        docx_id = a.store(process_file(word, jobs=1))
        pdf_id = a.store(process_file(pdfs[0], jobs=1))
        pages = a.conn.execute("select page_count from documents where id = ?", (pdf_id,)).fetchone()[0]
    ds = datasette_app(db)
    row = _file_row(get(ds, f"/archive/documents/{docx_id}").text)
    assert row.startswith("KH 2242.docx (docx") and "trang" not in row, row
    assert f"(pdf, {pages} trang" in _file_row(get(ds, f"/archive/documents/{pdf_id}").text)
