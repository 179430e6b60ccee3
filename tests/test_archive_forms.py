"""One plan kept as a text file, a two-page scan and a photo of its first page: the archive's lists
show it once, through its best-read form (a newcomer: 37-KH/ĐU kept as DOCX + PDF + two scans gave
each deadline four times in "Thời hạn sắp tới" and the calendar feed, the scan's misread rows among them).

The plan is the newcomer's real-style 37-KH/ĐU of Đảng ủy phường Bồ Đề
(``tests/fixtures/newcomer_plans/kh37_dan_van_2026.txt``); its scan form is the text Tesseract read from the
printed, scanned plan (``kh37_dan_van_2026_scan.txt``: its table's cells run together, "Quý I1/2026",
a stamp read as "bÃBBBI.elBMlsoiol-3ösgi"). Both go through the real extraction and a real archive;
the lists are read through Datasette's test client.
"""

from __future__ import annotations

import hashlib
import re
import shutil

import pytest
from conftest import ROOT
from site_client import get, get_json

from vanban.archive import Archive
from vanban.archive.forms import form_rank
from vanban.conveyor import extract_document, process_file
from vanban.models import Page, PageSource, SourceDocument
from vanban.web.server import datasette_app

PLAN = ROOT / "tests/fixtures/newcomer_plans/kh37_dan_van_2026.txt"
SCAN = ROOT / "tests/fixtures/newcomer_plans/kh37_dan_van_2026_scan.txt"
YEAR = "tu_ngay=2026-01-01&den_ngay=2026-12-31"


def ocr_form(path: str, kind: str, pages: list[str], confidence: float):
    """The plan as read by OCR from ``path`` (a scan PDF or a photo): ``pages`` as Tesseract gave them."""
    method = "pdf-ocr" if kind == "pdf" else "image-ocr"
    blob = "\f".join(pages).encode("utf-8")
    source = SourceDocument(path=path, sha256=hashlib.sha256(blob).hexdigest(), kind=kind, size=len(blob),
                            pages=tuple(PageSource(number=i, method=method) for i in range(1, len(pages) + 1)))
    read = tuple(Page(number=i, method=method, raw_text=text, text=text, confidence=confidence)
                 for i, text in enumerate(pages, 1))
    return extract_document(source, read)


def build(folder, *, with_text: bool):
    db = folder / "archive.db"
    scan_pages = SCAN.read_text(encoding="utf-8").split("\f")
    ids = {}
    with Archive(db) as a:
        if with_text:
            shutil.copy(PLAN, folder / "kh37_danvan.txt")
            ids["txt"] = a.store(process_file(folder / "kh37_danvan.txt", jobs=1))
        ids["scan"] = a.store(ocr_form(str(folder / "kh37_scan.pdf"), "pdf", scan_pages, 93.0))
        ids["photo"] = a.store(ocr_form(str(folder / "kh37_trang1.png"), "image", scan_pages[:1], 95.0))
    return datasette_app(db), ids


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build(tmp_path_factory.mktemp("forms"), with_text=True)


@pytest.fixture(scope="module")
def scans_only(tmp_path_factory):
    return build(tmp_path_factory.mktemp("forms-scans"), with_text=False)


def rows(ds, query, args):
    return get_json(ds, f"/archive/{query}.json?{args}&_shape=array")


def test_the_forms_are_one_document(site):
    ds, ids = site
    docs = rows(ds, "documents", "_col=number&_col=date&_col=issuer")
    assert {d["number"] for d in docs} == {"37-KH/ĐU"}
    assert len({(d["date"], d["issuer"]) for d in docs}) == 1, docs  # else the test shows nothing


def test_upcoming_deadlines_list_each_deadline_once_from_the_text_form(site):
    ds, ids = site
    found = rows(ds, "han_sap_toi", YEAR)
    assert {r["van_ban_id"] for r in found} == {ids["txt"]}
    days = [r["han"] for r in found if r["thoi_han"].lower().startswith("trước ngày 31/01/2026")]
    assert days == ["2026-01-31", "2026-01-31"]  # the target's and the table's: each once, not once a form
    assert [r["han"] for r in found if r["thoi_han"] == "Trước ngày 15/12/2026"] == ["2026-12-15"]
    assert not [r for r in found if "bbbi" in (r["viec"] or "").lower()]  # the scan's stamp is no task


def test_calendar_feed_has_one_event_per_deadline(site):
    ds, ids = site
    from icalendar import Calendar

    feed = Calendar.from_ical(get(ds, f"/archive/lich_han.ics?{YEAR}").content)
    events = [str(e["description"]) for e in feed.walk("VEVENT")]
    assert len(events) == len(rows(ds, "deadlines", f"document_id={ids['txt']}"))
    assert len([e for e in events if e.endswith("Trước ngày 15/12/2026")]) == 1


def test_tasks_of_a_body_and_citing_documents_once(site):
    ds, ids = site
    tasks = rows(ds, "nhiem_vu_cua", "don_vi=van+phong+dang+uy")
    assert tasks and {r["van_ban_id"] for r in tasks} == {ids["txt"]}
    assert len([r for r in tasks if "theo dõi, đôn đốc" in (r["nhiem_vu"] or "").lower()]) == 1
    citing = rows(ds, "van_ban_trich_dan", "so_ky_hieu=25-NQ/TW")
    assert [r["van_ban_id"] for r in citing] == [ids["txt"]]
    graph = rows(ds, "do_thi_trich_dan", "")
    assert {r["tu_id"] for r in graph} == {ids["txt"]}


def test_the_other_forms_stay_reachable_and_the_page_says_which_is_listed(site):
    ds, ids = site
    page = get(ds, f"/archive/documents/{ids['scan']}").text
    forms = re.search(r"<th>Các tệp khác của văn bản này</th><td>(.*?)</td>", page, re.S).group(1)
    assert f"/archive/documents/{ids['txt']}" in forms and f"/archive/documents/{ids['photo']}" in forms
    listed = re.search(r"<th>Danh sách chung</th><td>(.*?)</td>", page, re.S).group(1)
    assert f'theo dạng <a href="/archive/documents/{ids["txt"]}">kh37_danvan.txt</a>' in listed, listed
    own = get(ds, f"/archive/documents/{ids['txt']}").text
    assert "được liệt kê theo dạng này" in own


def test_without_a_text_layer_the_whole_scan_is_listed_not_the_photo_of_its_first_page(scans_only):
    ds, ids = scans_only
    found = rows(ds, "han_sap_toi", YEAR)
    assert found and {r["van_ban_id"] for r in found} == {ids["scan"]}


@pytest.mark.parametrize("better, worse", [
    ((None, 1, 9), (96.0, 2, 1)),  # a DOCX's text before a sharp scan stored earlier
    ((None, 2, 3), (None, 1, 4)),  # two text layers (DOCX, PDF): the earlier stored
    ((91.0, 2, 5), (95.0, 1, 2)),  # the whole scan before a photo of its first page
    ((93.2, 2, 6), (93.0, 2, 3)),  # two whole scans: the surer reading
    ((93.0, 12, 7), (93.0, 3, 2)),  # page counts compared as numbers, not as text
])
def test_form_rank_orders_forms_best_first(better, worse):
    assert form_rank(*better) < form_rank(*worse)


# --- one view, documents_listed, made by the archive (session 30) ----------------------------------------------------

def test_the_archive_makes_one_view_of_the_listed_documents(site, tmp_path):
    """The filter (latest version, best-read form) is the archive's view ``documents_listed``, read by vanban's own
    connection (vn_form_rank registered by :func:`vanban.archive.schema.connect`) as by Datasette's."""
    from vanban.archive.schema import connect

    ds, ids = site
    db = connect(str(ds.databases["archive"].path))
    try:
        assert [r[0] for r in db.execute("select id from documents_listed")] == [ids["txt"]]
    finally:
        db.conn.close()
    assert [r["id"] for r in rows(ds, "documents_listed", "_col=id")] == [ids["txt"]]


def test_an_archive_without_the_view_is_still_served(tmp_path):
    """An archive an older vanban wrote has no view: the server reads one of its connection's own (temp) instead,
    and the file is left as it was."""
    import sqlite3

    ds, ids = build(tmp_path, with_text=True)
    path = ds.databases["archive"].path
    conn = sqlite3.connect(path)
    conn.execute("drop view documents_listed")
    conn.commit()
    conn.close()
    fresh = datasette_app(path)
    found = rows(fresh, "han_sap_toi", YEAR)
    assert found and {r["van_ban_id"] for r in found} == {ids["txt"]}
    conn = sqlite3.connect(path)
    assert not conn.execute("select 1 from sqlite_master where name = 'documents_listed'").fetchone()
    conn.close()
