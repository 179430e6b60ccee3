"""A body's tasks page and the deadlines page as the session-55 newcomer read them (``nhiem_vu_cua``, ``han_sap_toi``).

Real documents (``tests/fixtures/ncfix55a``, from the shared real set): 617/KH-UBND gives tasks to "Ủy ban nhân dân
các xã, phường", 09/CT-UBND to "Ủy ban nhân dân xã, phường". Found: "ubnd xa phuong" missed the first, "uy ban nhan
dan cac xa" the second; the tasks page opened on its SQL ("Custom SQL query returning 7 rows", "Query parameters");
the deadlines page said "8 văn bản" for 8 deadlines of 2 documents, its Số ký hiệu and Mã văn bản opened nothing and
its Hạn read 2026-12-20 beside date boxes that take 20/11/2026. Real parts: the conveyor, archive.db, Datasette's
own client.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest
from site_client import get, get_json

from vanban.conveyor import ingest
from vanban.web.server import datasette_app

FIXTURES = Path(__file__).parent / "fixtures" / "ncfix55a"
PLAN, DIRECTIVE = "617/KH-UBND", "09/CT-UBND"
RANGE = "tu_ngay=01/12/2025&den_ngay=31/12/2026"


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    db = tmp_path_factory.mktemp("units55") / "archive.db"
    report = ingest([FIXTURES / "617-KH-UBND.md", FIXTURES / "09-CT-UBND.md"], db, jobs=1, progress=False)
    assert report.failed == 0, report.errors
    return datasette_app(db)


def _documents_of(ds, unit: str) -> set[str]:
    rows = get_json(ds, "/archive/nhiem_vu_cua.json?_shape=array&don_vi=" + quote(unit))
    return {r["so_ky_hieu"] for r in rows}


@pytest.mark.parametrize("unit", ["ubnd xa phuong", "uy ban nhan dan cac xa", "UBND các xã, phường",
                                  "Ủy ban nhân dân xã"])
def test_a_unit_is_found_with_or_without_cac(ds, unit):
    assert {PLAN, DIRECTIVE} <= _documents_of(ds, unit)


def test_cac_alone_does_not_widen_a_name(ds):
    """Only the plural word is dropped: the rest of the name still has to match."""
    assert _documents_of(ds, "cac so ban nganh") == {PLAN}  # 09/CT gives the sở, ban, ngành no "các" row of its own
    assert _documents_of(ds, "uy ban nhan dan cac tinh") == set()


def test_tasks_page_opens_on_the_box_and_the_tasks_in_vietnamese(ds):
    page = get(ds, "/archive/nhiem_vu_cua?don_vi=" + quote("ubnd xa phuong")).text
    for english in ("Custom SQL query", "Query parameters", "Run SQL", "from obligations o join"):
        assert english not in page
    assert "xem câu lệnh SQL" in page and ">Nhiệm vụ</th>" in page and ">Đơn vị</label>" in page
    rows = get_json(ds, "/archive/nhiem_vu_cua.json?_shape=array&don_vi=" + quote("ubnd xa phuong"))
    documents = {r["van_ban_id"] for r in rows}
    assert f"{len(rows)} nhiệm vụ, {len(documents)} văn bản" in page


def test_deadlines_page_counts_both_links_the_document_and_writes_days_for_readers(ds):
    rows = get_json(ds, "/archive/han_sap_toi.json?_shape=array&" + RANGE)
    documents = {r["van_ban_id"] for r in rows}
    assert {r["so_ky_hieu"] for r in rows} == {PLAN, DIRECTIVE}
    assert "2025-12-31" in {r["han"] for r in rows}  # the JSON keeps ISO days
    page = get(ds, "/archive/han_sap_toi?" + RANGE).text
    assert f"{len(rows)} hạn, {len(documents)} văn bản" in page and len(rows) > len(documents) == 2
    for row in rows:
        href = f'href="/archive/documents/{row["van_ban_id"]}"'
        assert f'<a {href}>{row["so_ky_hieu"]}</a>' in page
        assert f'<a {href}>{row["van_ban_id"]}</a>' in page
    cells = re.findall(r'<td class="col-han">([^<]*)</td>', page)
    assert "31/12/2025" in cells and not [c for c in cells if re.search(r"\d{4}-\d\d", c)]
