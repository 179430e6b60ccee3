"""The phiếu says how many rows it left out on purpose, and why (ux55; session 54's review: a clerk who counted the
archive's obligations against the phiếu's rows thought a task was lost).

tests/fixtures/ux55/a40-02-KH-UBND.md (authored40, a commune's plan of two inspection rounds) writes each round's
"- Thời gian: từ ngày 05/8/2032 đến ngày 25/8/2032." under its heading: an event's particulars, no task (struck_rows
strikes them; the labels list no obligation of them). The page and the Word phiếu each say, once: two rows left out,
of that kind, and so does the Markdown download (revfix55). A plan whose every row is a task says nothing."""

from __future__ import annotations

import html
import io
import re

import pytest
from conftest import ROOT
from site_client import get

from vanban.export.struck_rows import left_out_line

PLAN = ROOT / "tests/fixtures/ux55/a40-02-KH-UBND.md"
FULL = ROOT / "tests/fixtures/realdocs/2623-QD-TTg.md"
LINE = "Phiếu không liệt kê 2 dòng không phải việc được giao: 2 dòng thời gian, địa điểm."


def _served(path, db):
    from docx import Document

    from vanban.archive import Archive
    from vanban.conveyor import process_file
    from vanban.web.server import datasette_app

    with Archive(db) as a:
        doc_id = a.store(process_file(path, jobs=1))
    ds = datasette_app(db)
    page = html.unescape(get(ds, f"/archive/documents/{doc_id}").text)
    word = Document(io.BytesIO(get(ds, f"/-/vanban/checklist/{doc_id}.docx").content))
    md = get(ds, f"/-/vanban/checklist/{doc_id}.md").text
    return page, [p.text for p in word.paragraphs], md


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return _served(PLAN, tmp_path_factory.mktemp("left") / "archive.db")


def test_page_says_which_rows_it_left_out(plan):
    page, _, _ = plan
    shown = [" ".join(re.sub(r"<[^>]+>", " ", p).split())
             for p in re.findall(r'<p class="vb-left-out">(.*?)</p>', page, re.S)]
    assert shown == [LINE]


def test_word_phieu_says_it_once_above_its_table(plan):
    _, paragraphs, _ = plan
    assert paragraphs.count(LINE) == 1


def test_markdown_phieu_says_it_once(plan):
    # revfix55: the .md download is the phiếu a clerk reads in a text editor; it gave the rows without the line
    _, _, md = plan
    assert md.count(LINE) == 1


def test_nothing_said_when_nothing_is_left_out(tmp_path):
    page, paragraphs, md = _served(FULL, tmp_path / "archive.db")
    assert 'class="vb-left-out"' not in page
    assert "Phiếu không liệt kê" not in md
    assert not any(p.startswith("Phiếu không liệt kê") for p in paragraphs)


def test_line_counts_each_kind():
    assert left_out_line([]) is None
    assert left_out_line(["heading", "results", "heading"]) == \
        "Phiếu không liệt kê 3 dòng không phải việc được giao: 2 đề mục, 1 kết quả đã làm."
