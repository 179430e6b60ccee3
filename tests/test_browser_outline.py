"""The Bố cục beside the checklist as a reader sees it, in real headless Chromium (Debian's, never a downloaded one).

Found in session 21 on a scan, a DOCX and a legacy text: the outline's levels stood flush one under the other
(Datasette's stylesheet flattens lists), so "II - NỘI DUNG TRỌNG TÂM" and its items 1, 2, 3 looked alike, and a long
outline, kept in view while the page scrolls, had its end out of reach. The plan is written for these tests
(``test_checklist_continued_paragraph.PLAN``); what is checked is where the browser draws the lines."""

from __future__ import annotations

import pytest
from browsing import ARTIFACTS, open_page, running_datasette

from test_checklist_continued_paragraph import PLAN
from vanban.archive import Archive
from vanban.conveyor import process_file

pytestmark = pytest.mark.browser


def test_the_outlines_levels_are_indented_and_its_end_in_reach(tmp_path, browser):
    (tmp_path / "07-KH-DU.txt").write_text(PLAN, encoding="utf-8")
    db = tmp_path / "archive.db"
    with Archive(db) as a:
        doc_id = a.store(process_file(tmp_path / "07-KH-DU.txt", jobs=1))
    with running_datasette(db) as base:
        page, _ = open_page(browser, viewport={"width": 1280, "height": 500}, locale="vi-VN")
        page.goto(f"{base}/archive/documents/{doc_id}", wait_until="load")
        aside = page.locator("aside.vb-outline")
        part = aside.locator("a", has_text="NHIỆM VỤ TRỌNG TÂM").bounding_box()
        item = aside.locator("a", has_text="Ban Xây dựng Đảng tham mưu").bounding_box()
        later = aside.locator("a", has_text="Dự kiến tháng 7/2026").bounding_box()
        assert part["x"] + 8 <= item["x"] and item["x"] + 8 <= later["x"]  # each level further in
        box = aside.bounding_box()
        assert box["height"] <= 500  # within the window: a longer outline scrolls in its own box
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "browser-outline.png"))
        page.close()
