"""vanban's pages on a phone (390 px) and a desktop (1280 px), in real headless Chromium (session 55's newcomer).

* The document page of 617/KH-UBND (a real plan, ``tests/fixtures/ncfix55a``): its checklist section stood 633 px
  wide at 390 px — the download links and the task lines ran off the right edge and the page scrolled sideways. The
  page's text wraps within the phone's width.
"""

from __future__ import annotations

import pytest
from browsing import running_datasette
from conftest import DESKTOP, PHONE, ROOT

pytestmark = pytest.mark.browser

PLAN = ROOT / "tests/fixtures/ncfix55a/617-KH-UBND.md"


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    from vanban.archive import Archive
    from vanban.conveyor import process_file

    folder = tmp_path_factory.mktemp("phone55")
    path = folder / "archive.db"
    with Archive(path) as a:
        doc_id = a.store(process_file(PLAN, jobs=1))
    with running_datasette(path) as base:
        yield base, doc_id


def test_document_page_wraps_within_a_phone(plan, open_vi):
    base, doc_id = plan
    page = open_vi(f"{base}/archive/documents/{doc_id}", PHONE, shot="browser-phone55-document")
    assert page.locator(".vb-checklist li").count() > 10  # the plan's tasks are listed
    rights = page.evaluate("""() => Array.from(document.querySelectorAll(
        '.vb-main, .vb-downloads, .vb-checklist li, .vb-checklist .due, .vb-outline'))
        .map(e => [e.className, Math.round(e.getBoundingClientRect().right)])""")
    assert max(r for _, r in rights) <= PHONE["width"], [x for x in rights if x[1] > PHONE["width"]][:5]
    assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]


def test_home_page_cards_label_each_cell(samples_site, open_vi):
    """On a phone the newest documents stand as cards: each cell's label is the column's head (it was empty)."""
    base, _ = samples_site
    page = open_vi(base + "/", PHONE)
    heads = [h.strip() for h in page.locator("table.vb-home-documents thead th").all_text_contents()]
    labels = page.evaluate("""() => Array.from(document.querySelectorAll('table.vb-home-documents tbody tr:first-child td'))
        .map(td => getComputedStyle(td, '::before').content.replace(/^"|"$/g, ''))""")
    assert heads[:2] == ["Số ký hiệu", "Loại văn bản"] and labels == heads, (labels, heads)


def test_search_page_fits_a_desktop(samples_site, open_vi):
    """At 1280 px the results table ran ~400 px past the screen (its Tệp and Cũng lưu columns off it); a số ký hiệu
    stays on one line."""
    base, _ = samples_site
    page = open_vi(base + "/archive/tim_kiem?q=KH+24", DESKTOP, shot="browser-desktop55-search")
    assert page.locator("td.col-number").first.text_content().strip() == "24-KH/ĐU"
    number = page.evaluate("() => document.querySelector('td.col-number a').getClientRects().length")
    assert number == 1  # "24-KH/" over "ĐU" read as two symbols
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 1280
    wrapper = page.evaluate("() => { const w = document.querySelector('.table-wrapper'); return [w.scrollWidth, w.clientWidth]; }")
    assert wrapper[0] <= wrapper[1], (wrapper, page.evaluate("() => Array.from(document.querySelectorAll('table.rows-and-columns th')).map(e => [e.className, Math.round(e.getBoundingClientRect().width)])"))
    rights = page.evaluate("() => Array.from(document.querySelectorAll('table.rows-and-columns th')).map(e => e.getBoundingClientRect().right)")
    widths = page.evaluate("() => Array.from(document.querySelectorAll('table.rows-and-columns th')).map(e => [e.className, Math.round(e.getBoundingClientRect().width)])")
    assert max(rights) <= DESKTOP["width"], (rights, widths)
