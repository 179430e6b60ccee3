"""One document stored as a garbled Word file and a clean copy-paste: the archive shows the better text (ux54).

A newcomer (session 53) stored a Công văn of the realdocs both as the Word file an office had half-converted from
TCVN3 (the header and each paragraph's first word retyped in Unicode, the rest of each paragraph left in .VnTime
bytes under Times New Roman: "t¨ng trëng kinh tõ") and as its clean text. Both are text layers, so the earliest
stored — the garbled DOCX — was the form the lists, the checklist and the search showed. The forms of one document
are now ranked among text layers by the share of their words that are valid Vietnamese syllables
(``vanban.archive.forms.text_quality``, stored as ``documents.text_quality``).

Inputs: ``tests/fixtures/ux54/11298-VPCP-KTTH.md`` is the real document (/work/shared/realdocs/docs);
``11298-VPCP-KTTH_half_tcvn3.docx`` is made from it by ``make_half_tcvn3_docx.py`` (iconv TCVN5712-1 bytes read as
Windows-1252, as an old office's Word showed them)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from site_client import ranked

from vanban.archive import Archive
from vanban.archive.forms import LISTED_VIEW, form_rank, register_form_rank
from vanban.archive.schema import connect, ensure_schema
from vanban.archive.search import search
from vanban.conveyor import process_file

FIXTURES = Path(__file__).parent / "fixtures" / "ux54"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ux54")
    docx = shutil.copy(FIXTURES / "11298-VPCP-KTTH_half_tcvn3.docx", folder / "11298-VPCP-KTTH.docx")
    text = shutil.copy(FIXTURES / "11298-VPCP-KTTH.md", folder / "11298-VPCP-KTTH_ban_sao.md")
    db = folder / "archive.db"
    names = {}
    with Archive(db) as a:  # the garbled Word file first: the earliest stored used to win
        for name, path in (("docx", docx), ("md", text)):
            names[a.store(process_file(Path(path), jobs=1))] = name
    return db, names


def _listed(db):
    conn = sqlite3.connect(db)
    register_form_rank(conn)
    try:
        return [r[0] for r in conn.execute(f"select id from {LISTED_VIEW} order by id")]
    finally:
        conn.close()


def test_the_two_files_are_one_document_and_the_quality_is_recorded(archive):
    db, names = archive
    with sqlite3.connect(db) as conn:
        rows = dict(conn.execute("select id, text_quality from documents"))
        keys = set(conn.execute("select number_key, date, issuer_key from documents"))
    assert len(keys) == 1  # same số ký hiệu, date and issuer: one document
    by_name = {names[i]: q for i, q in rows.items()}
    assert by_name["docx"] < 0.8 < by_name["md"]


def test_the_lists_and_the_search_show_the_clean_text(archive):
    db, names = archive
    assert [names[i] for i in _listed(db)] == ["md"]
    (hit,) = search(db, "động lực tăng trưởng")
    assert names[hit.id] == "md" and [names[f.id] for f in hit.also] == ["docx"]
    assert sorted(ranked(archive, "động lực tăng trưởng")) == ["md"]  # the served page agrees


def test_two_clean_forms_of_one_text_keep_the_earliest():
    """Within one quality step the earliest stored still wins (a DOCX's 0.93 against a .txt's 0.94)."""
    assert form_rank(None, 1, 1, 0.93) < form_rank(None, 1, 2, 0.94)
    assert form_rank(None, 1, 2, 0.94) < form_rank(None, 1, 1, 0.67)
    assert form_rank(None, 1, 9, 0.3) < form_rank(95.0, 3, 1, None)  # a text layer still before OCR


def test_an_older_archive_gets_the_column_and_the_rule(archive, tmp_path):
    db, names = archive
    old = tmp_path / "old.db"
    shutil.copy(db, old)
    with sqlite3.connect(old) as conn:  # as an older vanban left it: no column, the three-argument rule
        register_form_rank(conn)
        conn.execute(f"drop view {LISTED_VIEW}")
        conn.execute("drop view document_copies")
        conn.execute("alter table documents drop column text_quality")
        conn.execute(f"create view {LISTED_VIEW} as select d.* from documents d where not exists (select 1 from "
                     "documents o where o.number_key = d.number_key and vn_form_rank(o.confidence, o.page_count, o.id)"
                     " < vn_form_rank(d.confidence, d.page_count, d.id))")
    assert [names[i] for i in _listed(old)] == ["docx"]
    db_ = connect(old)
    ensure_schema(db_)
    db_.conn.close()
    assert [names[i] for i in _listed(old)] == ["md"]


def test_the_garbled_files_page_says_which_form_is_listed_and_why(archive):
    """The document page of the garbled DOCX names the clean copy as the form the lists show, with the two shares."""
    import re

    from site_client import get

    from vanban.web.server import datasette_app

    db, names = archive
    docx = next(i for i, n in names.items() if n == "docx")
    md = next(i for i, n in names.items() if n == "md")
    page = get(datasette_app(db), f"/archive/documents/{docx}").text
    listed = re.search(r"<th>Danh sách chung</th><td>(.*?)</td>", page, re.S).group(1)
    assert f'theo dạng <a href="/archive/documents/{md}">11298-VPCP-KTTH_ban_sao.md</a>' in listed, listed
    assert "(đọc tốt hơn: 94% số từ là âm tiết tiếng Việt hợp lệ, tệp này 67%)" in listed, listed
