"""Characters a reader cannot see inside words and symbols (found by a newcomer): text copied
from a web page or a PDF text layer carries zero-width spaces, soft hyphens, word joiners
and stray byte-order marks ("Số\\u200b 18-KH\\u200b/ĐU", "Đả\\u00adng"). vanban read the
demo plan written so with no số ký hiệu, no date and a citation and two deadlines fewer;
search saw two words in "Đả\\u00adng".

Real parts: the conveyor on a text file and on a Word file (python-docx writes it; vanban
reads it through its geometry reader), the archive's search (SQLite FTS5); expected values
from the plan as written (tests/fixtures/plans).
"""

from __future__ import annotations

import pytest
from conftest import ROOT

from vanban.archive import Archive, search
from vanban.conveyor import process_file

PLAN_18 = ROOT / "tests/fixtures/plans/kh_dang_uy_xa_chuyen_doi_so_2026.txt"
ZWSP, SHY, WJ, BOM = "\u200b", "\u00ad", "\u2060", "\ufeff"


def sprinkled(text: str) -> str:
    """``text`` with invisible characters where copies from the web and PDFs put them."""
    return (text.replace("Số ", f"Số{ZWSP} ").replace("KH/", f"KH{ZWSP}/").replace("ngày ", f"ngày {WJ}")
            .replace("Đảng", f"Đả{SHY}ng").replace("Nghị quyết", f"{BOM}Nghị quyết"))


def summary(doc):
    m, e = doc.extraction.metadata, doc.extraction
    return (m.number, m.type, m.issuer, m.date, m.signer_name, len(e.citations), len(e.deadlines),
            len(e.targets), len(e.obligations))


@pytest.fixture(scope="module")
def expected():
    return summary(process_file(PLAN_18))


def test_a_text_file_with_invisible_characters_reads_as_written(tmp_path, expected):
    text = sprinkled(PLAN_18.read_text(encoding="utf-8"))
    assert text.count(ZWSP) > 2 and text.count(SHY) > 5
    path = tmp_path / "18-KH-DU từ trang web.txt"
    path.write_text(text, encoding="utf-8")
    doc = process_file(path)
    assert summary(doc) == expected
    assert not any(ch in doc.text for ch in (ZWSP, SHY, WJ, BOM))
    db = tmp_path / "archive.db"
    with Archive(db) as a:
        a.store(doc)
    assert [r.number for r in search(db, "dang uy xa hoa binh")] == ["18-KH/ĐU"]


def test_a_word_file_with_invisible_characters_reads_as_written(tmp_path, expected):
    from docx import Document

    word = Document()
    for line in sprinkled(PLAN_18.read_text(encoding="utf-8")).split("\n"):
        word.add_paragraph(line)
    path = tmp_path / "18-KH-DU.docx"
    word.save(path)
    doc = process_file(path)
    assert summary(doc)[:5] == expected[:5]
    assert not any(ch in doc.text for ch in (ZWSP, SHY, WJ, BOM))
