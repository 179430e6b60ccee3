"""A ruled task table whose row a page break cut, printed to PDF by a browser, read as one table (session 53).

The fixture (``fixtures/pdf53/2597_phu_luc_chromium.pdf``) is pages 9–10 of the real 2597/QĐ-TTg
(``../shared/realdocs/docs/2597-QD-TTg.md``) laid out by ``bench/md_html.py`` and printed by headless Chromium's
``--print-to-pdf`` (``bench/realdocs_pdf.py``): the Nơi nhận | signature, then the Phụ lục's task table, whose row
I.3 starts at page 9's foot and ends at page 10's top, its column rules drawn to the page's edge with no rule across.
The expected rows and cells are copied from the document's Markdown.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from vanban.conveyor import process_file
from vanban.ingest.pdf_lines import open_row_ends

FIXTURE = Path(__file__).parent / "fixtures" / "pdf53" / "2597_phu_luc_chromium.pdf"

#: the Phụ lục's rows on the two pages, (STT, lead body) as the Markdown prints them
ROWS = [("I", ""), ("1", "Bộ Xây dựng"), ("2", "Bộ Xây dựng"), ("3", "Bộ Xây dựng"), ("4", "Bộ Xây dựng"),
        ("5", "Bộ Khoa học và Công nghệ"), ("II", ""), ("1", "Bộ Xây dựng"), ("2", "Bộ Xây dựng"),
        ("3", "Bộ Xây dựng"), ("4", "Bộ Xây dựng"), ("III", "")]
#: row I.3's task, which the page break cuts after "vòng đời công trình;" (the Markdown's cell, its wraps joined)
CUT_TASK = ("Xây dựng và ban hành các tiêu chuẩn quốc gia, quy chuẩn kỹ thuật về cơ sở dữ liệu số về công trình hạ "
            "tầng, bản sao số (Digital Twin) công trình hạ tầng, chuẩn kết nối và chia sẻ dữ liệu hạ tầng; áp dụng "
            "BIM trong toàn bộ vòng đời công trình; ứng dụng các công nghệ như IoT, AI, cảm biến thông minh trong "
            "quản lý vận hành hạ tầng")


@pytest.fixture(scope="module")
def document():
    return process_file(FIXTURE, jobs=1)


def test_cut_row_ends_found_at_the_page_foot_and_head():
    with pdfplumber.open(str(FIXTURE)) as pdf:
        foot = open_row_ends(pdf.pages[0].edges)
        head = open_row_ends(pdf.pages[1].edges)
        page_height = float(pdf.pages[0].height)
    assert [round(e["top"]) for e in foot] and all(e["top"] > page_height * 0.8 for e in foot)
    assert any(e["top"] < page_height * 0.2 for e in head)


def test_the_phu_luc_is_one_table_with_every_row(document):
    tables = [t for t in document.extraction.structure.tables if t.role == "data"]
    assert len(tables) == 1
    t = tables[0]
    assert t.header[:3] == ("STT", "Tên nhiệm vụ/dự án", "Cơ quan chủ trì")
    body = [r for r in t.rows[1:]]
    assert [(r[0].text, r[2].text.rstrip(",")) for r in body[:len(ROWS)]] == ROWS


def test_the_cut_rows_task_is_whole(document):
    t = next(t for t in document.extraction.structure.tables if t.role == "data")
    row = next(r for r in t.rows if r[1].text.startswith("Xây dựng và ban hành"))
    assert " ".join(row[1].text.split()) == CUT_TASK
    assert row[2].text == "Bộ Xây dựng" and row[3].text == "Bộ Khoa học và Công nghệ"


def test_each_task_row_one_obligation(document):
    who = [o.who for o in document.extraction.obligations]
    assert who[:9] == [lead for _, lead in ROWS if lead][:9]


def test_a_closed_table_has_no_open_row():
    """A row closed by its own rule (every ruled table of a page that no break cuts) gets no rule added."""
    v = [{"orientation": "v", "x0": x, "x1": x, "top": 100.0, "bottom": 300.0} for x in (50.0, 120.0, 300.0)]
    h = [{"orientation": "h", "x0": 50.0, "x1": 300.0, "top": y, "bottom": y} for y in (100.0, 200.0, 300.0)]
    assert open_row_ends(v + h) == []
    cut = [e for e in h if e["top"] != 300.0]
    assert [round(e["top"]) for e in open_row_ends(v + cut)] == [300]
    by_cell = cut + [{"orientation": "h", "x0": a, "x1": b, "top": 300.4, "bottom": 300.4}
                     for a, b in ((50.0, 120.0), (120.0, 300.0))]
    assert open_row_ends(v + by_cell) == []
