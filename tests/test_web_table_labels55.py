"""The Datasette table pages in Vietnamese where Datasette lets vanban say it (ux55; session 54's newcomer saw English
chrome — "home / archive", "Data license:", "About:", raw column names as heads and facets — beside the Vietnamese of
vanban's own pages). The labels live in metadata.yml (``labels`` of each table) and the partial templates Datasette
lets a site override (_crumbs, _description_source_license, _table, _suggested_facets, _facet_results); JSON and CSV
keep the column names. Datasette's own table.html (its row count, filter form and export links) is left as it is."""

from __future__ import annotations

import html
import re
import sqlite3

import pytest
import yaml
from archive_samples import store_samples
from browsing import ARTIFACTS, open_page, running_datasette
from conftest import ROOT
from site_client import get, get_json

METADATA = yaml.safe_load((ROOT / "vanban/web/metadata.yml").read_text(encoding="utf-8"))
TABLES = METADATA["databases"]["archive"]["tables"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("labels") / "archive.db"
    store_samples(path)
    return path


@pytest.fixture(scope="module")
def ds(archive):
    from vanban.web.server import datasette_app

    return datasette_app(archive)


def _heads(page: str) -> list[str]:
    thead = re.search(r"<thead>(.*?)</thead>", page, re.S).group(1)
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", " ", th)).replace("▼", "").replace("▲", "").split())
            for th in re.findall(r"<th\b[^>]*>(.*?)</th>", thead, re.S)]


@pytest.mark.parametrize("table", ["documents", "deadlines", "targets", "obligations", "citations", "pages"])
def test_every_column_has_a_label(archive, table):
    with sqlite3.connect(archive) as db:
        names = [r[1] for r in db.execute(f"select * from pragma_table_info('{table}')")]
    assert set(names) <= set(TABLES[table]["labels"]), set(names) - set(TABLES[table]["labels"])


def test_deadlines_page_heads_crumbs_and_license_in_vietnamese(ds):
    r = get(ds, "/archive/deadlines")
    assert r.status_code == 200
    page = r.text
    heads = _heads(page)
    assert heads[:4] == ["Mã", "Văn bản", "Thời hạn", "Ngày"], heads
    assert "who_key" not in heads and "earliest" not in heads
    crumbs = html.unescape(re.sub(r"<[^>]+>", " ", re.search(r'<p class="crumbs">(.*?)</p>', page, re.S).group(1)))
    assert crumbs.split() == ["Trang", "chủ", "/", "Kho", "văn", "bản"]
    assert "Data license" not in page and "About:" not in page and "Giấy phép dữ liệu" in page
    # the column's name stays in the markup the column menu and the JSON read
    assert 'data-column="earliest"' in page
    assert get_json(ds, "/archive/deadlines.json?_shape=array&_size=1")[0].keys() >= {"earliest", "who_key"}


def test_facets_by_their_labels(ds):
    page = html.unescape(get(ds, "/archive/documents?_facet=type").text)
    names = [" ".join(re.sub(r"<[^>]+>", " ", n).split()) for n in
             re.findall(r'<p class="facet-info-name">\s*<strong>(.*?)<span', page, re.S)]
    assert "Loại" in names and "Cơ quan ban hành" in names, names
    assert not any(n in ("type", "issuer") for n in names)
    assert "(list)" not in page and "(danh sách)" in page


@pytest.mark.browser
def test_column_descriptions_by_label_in_chromium(archive, browser):
    with running_datasette(archive) as base:
        page, _ = open_page(browser, viewport={"width": 1280, "height": 900}, locale="vi-VN")
        page.goto(base + "/archive/targets", wait_until="load")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "table-labels-targets.png"), full_page=True)
        assert page.locator("dl.column-descriptions").is_hidden()
        shown = page.locator("dl.vb-column-descriptions dt").all_inner_texts()
        assert "Đơn vị tính unit" in [" ".join(t.split()) for t in shown], shown
        heads = [" ".join(t.split()) for t in page.locator("table.rows-and-columns thead th").all_inner_texts()]
        assert "Đơn vị tính" in heads and "unit" not in heads, heads
        page.close()
