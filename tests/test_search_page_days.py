"""ux56: the ranked search's Ngày ban hành reads dd/mm/yyyy, as the document page and the deadlines page do.

The search page showed "2025-11-27" beside pages that write 27/11/2025 (the session-55 newcomer). Real documents
(tests/fixtures/ncfix55a, tests/fixtures/ux56, from the shared real set) ingested by the conveyor, read through
Datasette's own client. The page keeps the SQL's order (the rank, its ties by date); JSON and CSV keep the ISO day.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from site_client import get, get_json

from vanban.conveyor import ingest
from vanban.web.server import datasette_app

FIX = Path(__file__).parent / "fixtures"
FILES = [FIX / "ncfix55a" / "617-KH-UBND.md", FIX / "ncfix55a" / "09-CT-UBND.md", FIX / "ux56" / "5333-CT-CS.md",
         FIX / "ux56" / "5680-CT-CS.md"]
_DATE_CELL = re.compile(r'<td class="col-date">(.*?)</td>', re.S)


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    db = tmp_path_factory.mktemp("days56") / "archive.db"
    report = ingest(FILES, db, jobs=1, progress=False)
    assert report.failed == 0, report.errors
    return datasette_app(db)


def _iso_to_reader(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


@pytest.mark.parametrize("q", ["thue", "uy ban nhan dan", "09/CT-UBND"])
def test_the_search_page_writes_its_days_dd_mm_yyyy_in_the_rank_order(ds, q):
    rows = get_json(ds, f"/archive/tim_kiem.json?_shape=array&q={q.replace(' ', '+')}")
    assert rows and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]) for r in rows)  # the data keeps ISO
    page = get(ds, f"/archive/tim_kiem?q={q.replace(' ', '+')}").text
    cells = [c.strip() for c in _DATE_CELL.findall(page)]
    assert cells == [_iso_to_reader(r["date"]) for r in rows]  # one cell a row, in the order the SQL ranked them
    assert not re.search(r'<td class="col-date">\s*\d{4}-', page)


def test_the_search_csv_keeps_the_iso_day(ds):
    csv = get(ds, "/archive/tim_kiem.csv?q=thue").text
    assert re.search(r",\d{4}-\d{2}-\d{2},", csv) and not re.search(r",\d{2}/\d{2}/\d{4},", csv)
