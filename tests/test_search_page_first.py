"""The ranked search page (``/archive/tim_kiem``) shows the search box and the results first.

Found by a newcomer (session 17): ~60 lines of SQL stood above the box and the results; office staff search there.
The canned query hides its SQL (Datasette's ``hide_sql``, one click shows it) and its long help goes below the
results (``query-archive.html``)."""

from __future__ import annotations

import pytest
from conftest import ROOT
from site_client import get

from vanban.archive import Archive
from vanban.conveyor import process_file
from vanban.web.server import datasette_app

PLAN = ROOT / "tests/fixtures/plans/kh_dang_uy_xa_chuyen_doi_so_2026.txt"


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    db = tmp_path_factory.mktemp("search-page") / "archive.db"
    with Archive(db) as a:
        a.store(process_file(PLAN, jobs=1))
    r = get(datasette_app(db), "/archive/tim_kiem?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91")
    assert r.status_code == 200
    return r.text


def test_no_sql_above_the_box(page):
    assert 'id="sql-query"' not in page and "vn_search_terms" not in page
    assert 'class="show-hide-sql"' in page  # the SQL is one click away


def test_box_then_results_then_help(page):
    box = page.index('name="q"')
    results = page.index('class="rows-and-columns"')
    help_ = page.index("Gõ từ khóa có dấu hoặc không dấu")
    assert box < results < help_


def test_labels_in_vietnamese(page):
    """The final newcomer of session 17: the page said "Custom SQL query returning 1 row", "Query parameters", "Run
    SQL", "This data as" and bare column names; office staff read Vietnamese (the JSON keeps the column names)."""
    for english in ("Custom SQL query", "Query parameters", 'value="Run SQL"', "This data as", "Powered by"):
        assert english not in page
    assert '<label for="qp1">Từ khóa</label>' in page and 'value="Tìm kiếm"' in page
    assert ">Số ký hiệu</th>" in page and ">Trích yếu</th>" in page


def test_the_json_keeps_its_column_names(tmp_path):
    from site_client import get_json
    db = tmp_path / "archive.db"
    with Archive(db) as a:
        a.store(process_file(PLAN, jobs=1))
    rows = get_json(datasette_app(db), "/archive/tim_kiem.json?_shape=array&q=chuyen+doi+so")
    assert rows and {"id", "number", "title"} <= set(rows[0])
