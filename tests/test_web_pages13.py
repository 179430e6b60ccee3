"""Site pages a newcomer found wanting (session 13), through Datasette's test client:

* the document page names the file, never the server's folders;
* search rows (CLI and tim_kiem) name the file and its kind, and the document page links the
  same document kept in another form (UTF-8 and UTF-16 text of one plan);
* the calendar feed holds what the README says;
* case 17's lone "KT. GIÁM ĐỐC" (../shared/cases/17-docx-blank-number, expected "KT. GIÁM ĐỐC /
  PHÓ GIÁM ĐỐC / Trần Văn An") is said once in "Người ký", though the archive keeps it as both
  authority and delegation (issue 9's model: a filter on either finds it).
"""

from __future__ import annotations

import html
import re
import shutil

import pytest
from conftest import ROOT
from site_client import get, get_json

from vanban.archive import Archive
from vanban.conveyor import process_file
from vanban.web.plugin import file_name
from vanban.web.server import datasette_app

CASE_17 = ROOT / "tests/fixtures/cases/17-docx-blank-number/input.docx"
PLAN_18 = ROOT / "tests/fixtures/plans/kh_dang_uy_xa_chuyen_doi_so_2026.txt"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("server-folder-xyz")
    db = folder / "archive.db"
    ids = {}
    with Archive(db) as a:
        for src, name in ((CASE_17, "KH-2242 cap GCN.docx"), (PLAN_18, "18-KH-DU.txt")):
            path = folder / name
            shutil.copy(src, path)
            ids[name] = a.store(process_file(path, jobs=1))
    return datasette_app(db), ids, folder


def meta_row(page: str, label: str) -> str:
    m = re.search(rf"<th>{label}</th><td>(.*?)</td>", page, re.S)
    assert m, label
    return html.unescape(" ".join(m.group(1).split()))


def test_document_page_names_the_file_not_the_servers_path(site):
    ds, ids, folder = site
    page = get(ds, f"/archive/documents/{ids['KH-2242 cap GCN.docx']}").text
    assert meta_row(page, "Tệp").startswith("KH-2242 cap GCN.docx (docx")
    assert str(folder) not in page


@pytest.mark.parametrize("path, shown", [
    ("/srv/vanban/archive.uploads/0123456789ab-Kế hoạch 18.pdf", "Kế hoạch 18.pdf"),
    ("/home/van-thu/2026/0123456789ab-ghi-chu.txt", "0123456789ab-ghi-chu.txt"),  # not an upload: as named
    ("C:\\Van ban\\KH 24.docx", "KH 24.docx"),
    (None, ""),
])
def test_file_names(path, shown):
    assert file_name(path) == shown


def test_a_lone_delegation_is_named_once(site):
    ds, ids, _ = site
    page = get(ds, f"/archive/documents/{ids['KH-2242 cap GCN.docx']}").text
    signer = meta_row(page, "Người ký")
    assert signer == "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Trần Văn An"  # the case's expected text, its levels apart


def test_calendar_feed_is_what_the_readme_says(site):
    """README: the feed holds the deadlines due from 30 days ago to a year ahead, and a wide window gives
    them all but those already past when the document was issued (a newcomer counted 10 of 28 under
    "all deadlines")."""
    import sqlite3

    ds, ids, folder = site
    with sqlite3.connect(folder / "archive.db") as c:
        upcoming = c.execute("select count(*) from deadlines where coalesce(past, 0) = 0").fetchone()[0]
    wide = get_json(ds, "/archive/lich_han.json?_shape=array&tu_ngay=2000-01-01&den_ngay=2100-12-31")
    assert len(wide) == upcoming > 0
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = next(x for x in readme.splitlines() if x.startswith("| `/archive/lich_han.ics`"))
    assert "30 days ago to a year ahead" in line and "tu_ngay=2000-01-01" in line and "all deadlines" not in line


@pytest.fixture(scope="module")
def two_forms(tmp_path_factory):
    """18-KH/ĐU kept twice: as UTF-8 text and as UTF-16 text (an office's export), two documents."""
    folder = tmp_path_factory.mktemp("forms")
    text = PLAN_18.read_text(encoding="utf-8")
    (folder / "18-KH-DU.txt").write_text(text, encoding="utf-8")
    (folder / "18-KH-DU_utf16.txt").write_text(text, encoding="utf-16")
    db = folder / "archive.db"
    with Archive(db) as a:
        ids = [a.store(process_file(folder / n, jobs=1)) for n in ("18-KH-DU.txt", "18-KH-DU_utf16.txt")]
    return db, ids


def test_search_rows_name_their_file(two_forms):
    from vanban.archive import format_hits, search

    db, ids = two_forms
    hits = search(db, "KH 18")  # one document in two files: one result naming its file, the other "also stored"
    assert [h.id for h in hits] == [ids[0]] and [f.id for f in hits[0].also] == [ids[1]]
    assert hits[0].file == "18-KH-DU.txt" and hits[0].also[0].file == "18-KH-DU_utf16.txt"
    text = format_hits(hits)
    assert "tệp 18-KH-DU.txt (txt" in text and "cũng lưu dưới dạng: 18-KH-DU_utf16.txt (txt, UTF-16)" in text
    rows = get_json(datasette_app(db), "/archive/tim_kiem.json?_shape=array&q=KH+18")
    assert [r["tep"].split(" (")[0] for r in rows] == ["18-KH-DU.txt"]
    assert rows[0]["cung_luu"] == f"18-KH-DU_utf16.txt (txt) #{ids[1]}"


def test_document_page_links_its_other_form(two_forms):
    db, ids = two_forms
    page = get(datasette_app(db), f"/archive/documents/{ids[0]}").text
    forms = re.sub(r"<[^>]+>", "", meta_row(page, "Các tệp khác của văn bản này"))
    assert forms == "18-KH-DU_utf16.txt (txt, UTF-16)"
    assert f'/archive/documents/{ids[1]}"' in page




def test_search_of_an_archive_older_than_the_charset_column(tmp_path):
    """An archive of the first schema (no source_encoding), searched read-only as it is: rows still name their file."""
    import gzip

    from vanban.archive import format_hits, search

    db = tmp_path / "old.db"
    db.write_bytes(gzip.decompress((ROOT / "tests/fixtures/old_archives/first_schema_fcc5b71.db.gz").read_bytes()))
    hits = search(db, "ke hoach")
    assert [h.file for h in hits] == ["tiny.txt"] and hits[0].source_encoding is None
    assert "tệp tiny.txt (txt)" in format_hits(hits)
