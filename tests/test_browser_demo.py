"""The demo as a person meets it: samples/ ingested by the conveyor, served by
`vanban serve`, searched without diacritics in headless Chromium.

Unlike test_browser.py (hand-made documents), everything here went through
the real pipeline: OCR, restoration of the legacy seeds, extraction. A sample
whose text carries HTML and a <script> is ingested beside them and must be
shown as text.
"""

from __future__ import annotations

import shutil

import pytest
from browsing import open_page, running_datasette, search_documents

from vanban.conveyor import ingest

pytestmark = pytest.mark.browser

HOSTILE_PLAN = """ĐẢNG ỦY XÃ TÂN HỢP
Số 31-KH/ĐU
Tân Hợp, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Tuyên truyền an toàn thông tin <b>trên mạng</b> <script>alert('xss')</script>
Các chi bộ tổ chức tuyên truyền về an toàn thông tin cho cán bộ, đảng viên và Nhân dân.
Văn phòng Đảng ủy tổng hợp, báo cáo kết quả trước ngày 30/6/2026.
"""


@pytest.fixture(scope="module")
def demo(tmp_path_factory, samples_dir):
    folder = tmp_path_factory.mktemp("demo-browser")
    docs = folder / "samples"
    shutil.copytree(samples_dir, docs)
    (docs / "31-KH-DU_hostile.txt").write_text(HOSTILE_PLAN, encoding="utf-8")
    db = folder / "archive.db"
    report = ingest([docs], db, jobs=2, progress=False)
    assert report.failed == 0, report.errors
    with running_datasette(db) as base:
        yield base


def test_demo_search_without_diacritics_then_obligations(demo, browser, artifacts_dir):
    page, dialogs = open_page(browser, viewport={"width": 1280, "height": 900}, locale="vi-VN")
    search_documents(page, demo, "dan van kheo")
    page.screenshot(path=str(artifacts_dir / "demo-search.png"), full_page=True)
    table = page.locator("table.rows-and-columns").inner_text()
    assert "Dân vận khéo" in table
    assert "13-KH/ĐU" in table and "24-KH/ĐU" in table  # the two restored legacy seeds

    page.locator("table.rows-and-columns tbody tr", has_text="13-KH/ĐU").locator(
        'a[href*="/archive/documents/"]').first.click()
    page.wait_for_url("**/archive/documents/*", timeout=15000)
    assert "13-KH/ĐU" in page.locator("h1").inner_text()
    obligations = page.locator("li.obligation").all_inner_texts()
    assert obligations, "the plan's checklist of obligations is shown"
    # the yearly report due on 25 November is an item of the checklist, with its date,
    # on the bodies the plan gives it to (one obligation per body per block); its day as a reader writes it,
    # dd/mm/yyyy (export/reader_days.py, session 34)
    due = [t for t in obligations if "hạn: trước ngày 25 tháng 11 (25/11/2025)" in t]
    assert len(due) == 1 and "chi, đảng bộ trực thuộc" in due[0], obligations
    page.screenshot(path=str(artifacts_dir / "demo-document.png"), full_page=True)
    page.close()
    assert dialogs == []


def test_demo_shows_html_in_a_document_as_text(demo, browser):
    page, dialogs = open_page(browser)
    search_documents(page, demo, "an toan thong tin")
    page.locator("table.rows-and-columns tbody tr", has_text="31-KH/ĐU").locator(
        'a[href*="/archive/documents/"]').first.click()
    page.wait_for_url("**/archive/documents/*", timeout=15000)
    assert "<script>alert('xss')</script>" in page.locator("pre.vb-text").inner_text()
    assert page.locator("b", has_text="trên mạng").count() == 0  # markup not rendered
    page.close()
    assert dialogs == []
