"""Rows under a merged first cell in a table printed without rules (a PDF text layer), one row per row.

Kind (session 56, pdf56): a Ban Thường vụ's Chương trình công tác năm ("Tháng | Nội dung | Cơ quan chủ trì chuẩn bị
| Cơ quan phối hợp", "Tháng 01" merged down over the month's two or three rows) or a TTHC list ("TT | Mã số | … | Cơ
quan thực hiện", a procedure's number merged over its variants) printed borderless by LibreOffice or Chromium. The
PDF reader opened rows at the first column's text only, so a month's tasks were one row naming both lead bodies
("Ủy ban Kiểm tra Huyện ủy Ủy ban nhân dân huyện"). The fixtures (tests/fixtures/pdf56/README.md) are rendered from
authored54's a54-10-CTr-HU (spent) and the realdocs 2109/QĐ-BXD Phụ lục; the expected values are a54-10's labels
(bench/gold/authored54/a54-10-CTr-HU.labels.json) and 2109/QĐ-BXD's Markdown cells, copied here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from work_programme_gold import A54_10_ROWS
from vanban.extract import extract
from vanban.ingest import load
from vanban.models import Page
from vanban.structure import build_structure

FIX = Path(__file__).parent / "fixtures" / "pdf56"

ROWS = A54_10_ROWS


def _read(name: str):
    pages = load(FIX / name).pages
    assert all(p.method == "pdf-text" for p in pages)
    text = "\f".join(p.text for p in pages)
    return text, build_structure([Page(p.number, p.method, p.text, p.text, lines=p.lines) for p in pages])


@pytest.mark.parametrize("name", ["a54-10-CTr-HU.borderless.libreoffice.pdf", "a54-10-CTr-HU.borderless.chromium.pdf"])
def test_month_rows_under_a_merged_month_cell(name):
    """Each task of a month its own row with its own lead body, over the page breaks too (a row at a page's top
    under the month of the page before), and each due at its month's end — as the Markdown, plain text and Word
    forms read (tests/test_merged_group_rows56.py)."""
    text, st = _read(name)
    (t,) = [t for t in st.tables if t.header and t.header[0] == "Tháng"]
    assert [r[2].text for r in t.rows[1:]] == [who for who, _ in ROWS]
    assert [r[0].text for r in t.rows[1:4]] == ["Tháng 01", "Tháng 01", "Tháng 02"]
    got = [(o.who, o.deadline.latest) for o in extract(text, structure=st).obligations
           if o.deadline is not None and (o.deadline.text or "").startswith("Tháng ")]
    assert got == ROWS


def test_tthc_variants_under_a_merged_number():
    """2109/QĐ-BXD's Phụ lục: "3" and "Nhà ở" merged over 5.002579, 5.002580 and 5.002581 — five rows, each with its
    own Mã số and Cơ quan thực hiện; the numbered rows 1-3 as before."""
    _, st = _read("2109-QD-BXD.phuluc.borderless.libreoffice.pdf")
    (t,) = [t for t in st.tables if t.header and t.header[0] == "TT"]
    assert [r[0].text for r in t.rows[1:]] == ["1", "2", "3", "", ""]
    assert [r[1].text for r in t.rows[1:]] == ["5.002577", "5.002578", "5.002579", "5.002580", "5.002581"]
    assert [r[5].text for r in t.rows[1:]] == ["Bộ trưởng Bộ Xây dựng, Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an"] * 4 \
        + ["Bộ Xây dựng, Bộ Quốc phòng, Bộ Công an"]
