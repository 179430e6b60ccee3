"""The document page's Bố cục (outline beside the checklist) says what each part is (``text_anchors.outline_entries``).

Found in session 21 with headless Chromium on a scan, a DOCX and a legacy text: items printed without a heading line
were listed by their number alone ("1.", "2.", "3."), a long heading was cut inside a word, and an item's later
unnumbered paragraph stood as a part of its own. The plan is written for this test in a Đảng ủy's style; the expected
lines are its items' opening words as a reader reads them. Real parts: the plan read by the conveyor, stored in
SQLite, the page through Datasette's own test client."""

from __future__ import annotations

import html
import re

from site_client import get

from test_checklist_continued_paragraph import PLAN
from vanban.archive import Archive
from vanban.conveyor import process_file
from vanban.web.server import datasette_app
from vanban.web.text_anchors import OUTLINE_CHARS


def test_the_outline_lists_each_items_opening_words(tmp_path):
    (tmp_path / "07-KH-DU.txt").write_text(PLAN, encoding="utf-8")
    db = tmp_path / "archive.db"
    with Archive(db) as a:
        doc_id = a.store(process_file(tmp_path / "07-KH-DU.txt", jobs=1))
    page = get(datasette_app(db), f"/archive/documents/{doc_id}").text
    aside = page[page.index('<aside class="vb-outline">'):page.index("</aside>")]
    lines = [" ".join(html.unescape(re.sub(r"<[^>]+>", " ", m)).split())
             for m in re.findall(r'<li class="part">(.*?)</a>', aside, re.S)]
    assert "1. Ban Xây dựng Đảng tham mưu Đảng ủy tổ chức sơ kết công tác dân vận…" in lines
    assert any(line.startswith("2. Mặt trận Tổ quốc xã tổng hợp ý kiến") for line in lines)
    assert not any(re.fullmatch(r"\d+\.", line) for line in lines)  # never a bare number
    assert all(len(line) <= OUTLINE_CHARS + 8 for line in lines)
    # "Dự kiến tháng 7/2026: …" is item 1's later paragraph: listed inside item 1, before item 2
    one = aside.index("1. Ban Xây dựng Đảng")
    two = aside.index("2. Mặt trận Tổ quốc")
    planned = aside.index("Dự kiến tháng 7/2026")
    assert one < planned < two and "<ul>" in aside[one:planned]
