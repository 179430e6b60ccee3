"""The home page (``/``) a clerk lands on: the search box and the documents first.

Found by the newcomer of session 29: Datasette's own home page listed obligations, targets, deadlines, citations and
pages, hid the documents behind "…" and had no search box. Now: the box (diacritics, case and đ/d folded: it sends
to the ranked search ``tim_kiem``), the newest documents (each opening its page, where its checklist is), then links
to the deadlines, tasks, targets and citations; Datasette's list of tables last."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT
from site_client import get

from vanban.archive import Archive
from vanban.conveyor import process_file
from vanban.web.server import datasette_app

PLAN = ROOT / "tests/fixtures/plans/kh_dang_uy_xa_chuyen_doi_so_2026.txt"
LEGACY = ROOT / "tests/fixtures/cases/01-tcvn3-txt/input.txt"  # 12-KH/ĐU of 2004, kept in TCVN3


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = tmp_path_factory.mktemp("home") / "archive.db"
    with Archive(db) as a:
        ids = {p.name: a.store(process_file(p, jobs=1)) for p in (PLAN, LEGACY)}
    return db, ids


def test_box_then_documents_then_links_then_tables(site):
    db, ids = site
    page = get(datasette_app(db), "/").text
    form = re.search(r'<form[^>]*action="([^"]+)"[^>]*>(.*?)</form>', page, re.S)
    assert form and form.group(1) == "/archive/tim_kiem" and 'name="q"' in form.group(2)
    box = page.index('name="q"')
    newest = page.index("12-KH/ĐU")
    assert box < newest
    # each document links its own page (its checklist is there), newest first
    links = re.findall(r'href="/archive/documents/(\d+)"', page)
    assert [int(x) for x in dict.fromkeys(links)] == [ids[PLAN.name], ids[LEGACY.name]]
    assert "Dân vận" in page or "25-NQ/TW" in page  # the legacy plan's trích yếu, restored
    after = page[newest:]
    for href in ("/archive/han_sap_toi", "/archive/deadlines", "/archive/targets", "/archive/citations",
                 "/archive/nhiem_vu_cua", "/archive/obligations", '"/archive/documents"'):
        assert href in after, href
    assert after.index("/archive/han_sap_toi") < after.index('href="/archive/pages"')  # Datasette's tables last


def test_the_box_finds_without_diacritics(site):
    db, ids = site
    page = get(datasette_app(db), "/archive/tim_kiem?q=ke+hoach+so+12").text
    assert f'href="/archive/documents/{ids[LEGACY.name]}"' in page or "12-KH/ĐU" in page


def test_an_empty_archive_still_shows_the_box(tmp_path):
    db = tmp_path / "archive.db"
    with Archive(db):
        pass
    r = get(datasette_app(db), "/")
    assert r.status_code == 200 and 'name="q"' in r.text and "Kho chưa có văn bản nào" in r.text


@pytest.mark.browser
def test_a_clerk_types_in_the_home_box(tmp_path, browser):
    from browsing import open_page, running_datasette

    db = tmp_path / "archive.db"
    with Archive(db) as a:
        a.store(process_file(LEGACY, jobs=1))
    with running_datasette(db) as base:
        page, dialogs = open_page(browser, viewport={"width": 1280, "height": 900}, locale="vi-VN")
        page.goto(base + "/", wait_until="load")
        box = page.locator('input[name="q"]')
        assert box.is_visible()
        box.fill("dan van")
        box.press("Enter")
        page.wait_for_url("**/archive/tim_kiem?q=*", timeout=15000)
        assert "12-KH/ĐU" in page.locator("table.rows-and-columns").inner_text()
        assert not dialogs
