"""ux56: one column-head cell for Datasette's rows tables.

``_table-archive-documents.html`` (the documents list, its bulky columns left out) repeated ``_table.html``'s labelled,
sortable column head; the cell now lives in ``_column_head.html``, included by both, so the two tables cannot drift
apart. The pages still head each column by its Vietnamese label with the sort link and its arrow (Datasette's test
client on the hand-made samples' archive, as tests/test_web_table_labels55.py).
"""

from __future__ import annotations

import html
import re

import pytest
from archive_samples import store_samples
from conftest import ROOT
from site_client import get

TEMPLATES = ROOT / "vanban" / "web" / "templates"


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    from vanban.web.server import datasette_app

    path = tmp_path_factory.mktemp("heads56") / "archive.db"
    store_samples(path)
    return datasette_app(path)


def test_the_column_head_cell_is_written_once():
    holders = sorted(p.name for p in TEMPLATES.glob("*.html") if "<th {% if column.description %}" in p.read_text())
    assert holders == ["_column_head.html"]
    for table in ("_table.html", "_table-archive-documents.html"):
        assert '{% include "_column_head.html" %}' in (TEMPLATES / table).read_text(encoding="utf-8")


def _heads(page: str) -> list[tuple[str, str]]:
    """(data-column, the head's words) of each column head."""
    thead = re.search(r"<thead>(.*?)</thead>", page, re.S).group(1)
    return [(col, " ".join(html.unescape(re.sub(r"<[^>]+>", " ", inner)).split()))
            for col, inner in re.findall(r'<th\b[^>]*data-column="([^"]+)"[^>]*>(.*?)</th>', thead, re.S)]


def test_the_documents_list_heads_its_columns_by_label_sorted_by_date(ds):
    heads = dict(_heads(get(ds, "/archive/documents?_sort_desc=date").text))
    assert heads["number"] == "Số ký hiệu" and "text" not in heads  # the bulky columns stay out
    assert heads["date"].endswith("▲")  # the column sorted on, descending
    page = get(ds, "/archive/documents?_sort=date").text
    assert dict(_heads(page))["date"].endswith("▼")
    assert re.search(r'href="[^"]*_sort_desc=date[^"]*"', page)  # the sorted column's head sorts it the other way


def test_another_table_heads_its_columns_the_same_way(ds):
    page = get(ds, "/archive/deadlines?_sort=date").text
    heads = dict(_heads(page))
    assert heads["date"].endswith("▼") and not heads["date"].startswith("date")
    assert 'data-column="earliest"' in page and 'scope="col"' in page
