"""Datasette publishing, through Datasette's own test client (no server, no mocks)."""

from __future__ import annotations

import asyncio
import html
import re
import sqlite3
from pathlib import Path
from urllib.parse import quote

import pytest
from archive_samples import DANVAN, HOSTILE, LEGACY, NQ25, store_samples
from site_client import get, get_json

from vanban.archive import Archive
from vanban.web.server import METADATA_FILE, TEMPLATES_DIR, datasette_app


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    path = tmp_path_factory.mktemp("ds") / "archive.db"
    ids = store_samples(path)
    app = datasette_app(path)
    app._vb_ids = ids
    app._vb_path = path
    return app


def vid(ds, doc):
    return ds._vb_ids[doc.source.sha256]


def search_ids(ds, q):
    data = get_json(ds, f"/archive/documents.json?_search={quote(q)}&_shape=array&_col=id")
    return sorted(r["id"] for r in data)


def test_tables_listed_with_vietnamese_titles(ds):
    data = get_json(ds, "/archive.json")
    names = {t["name"] for t in data["tables"]}
    assert {"documents", "pages", "citations", "deadlines", "targets", "obligations", "ingest_errors"} <= names
    page = get(ds, "/archive").text
    assert "Kho văn bản" in page
    docs_page = get(ds, "/archive/documents").text
    assert "Văn bản" in docs_page and "Trích yếu nội dung" in docs_page  # column description


def test_only_the_archive_is_served(ds):
    """Datasette's empty ``_memory`` database is neither listed nor served."""
    assert [d["name"] for d in get_json(ds, "/-/databases.json")] == ["archive"]
    home = get(ds, "/")
    assert home.status_code == 200 and "_memory" not in home.text and "/archive" in home.text
    assert get(ds, "/_memory").status_code == 404


def test_documents_table_detects_fts(ds):
    assert asyncio.run(ds.get_database("archive").fts_table("documents")) == "documents_fts"
    data = get_json(ds, "/archive/documents.json?_search=dan+van&_size=5")
    assert "documents_fts match" in data["query"]["sql"]  # ?_search= goes through the index
    assert data["rows"], "and finds the accented documents from folded words"
    assert 'name="_search"' in get(ds, "/archive/documents").text  # the search box is shown


def test_search_unaccented_finds_accented(ds):
    assert search_ids(ds, "dan van kheo") == [vid(ds, DANVAN)]


@pytest.mark.parametrize("q", ["dang uy", "Đảng ủy", "ĐẢNG ỦY", "đang uy"])
def test_search_folds_d_with_stroke(ds, q):
    # and the công văn VĂN PHÒNG ĐẢNG ỦY issued: its fields (issuer, signer…) are indexed with its text
    assert search_ids(ds, q) == sorted([vid(ds, DANVAN), vid(ds, LEGACY), vid(ds, HOSTILE)])


def test_search_box_keeps_what_the_user_typed(ds):
    page = get(ds, "/archive/documents?_search=" + quote("Đảng ủy")).text
    assert 'value="Đảng ủy"' in page


@pytest.mark.parametrize("q", ['"', "-", "NEAR(", "a OR", "25-NQ/TW", "(*)"])
def test_table_search_with_punctuation_does_not_error(ds, q):
    r = get(ds, "/archive/documents.json?_search=" + quote(q))
    assert r.status_code == 200, r.text[:300]


def test_default_sort_newest_first_and_facets(ds):
    data = get_json(ds, "/archive/documents.json?_shape=objects&_col=date")
    dates = [r["date"] for r in data["rows"] if r["date"]]
    assert dates == sorted(dates, reverse=True)
    facets = data["facet_results"]
    for name in ("type", "issuer", "year", "recipients", "cites"):
        assert name in facets, name
    cites = {f["value"]: f["count"] for f in facets["cites"]["results"]}
    assert cites["25-NQ/TW"] == 1
    recipients = {f["value"] for f in facets["recipients"]["results"]}
    assert "Các chi bộ trực thuộc" in recipients


def test_canned_search_ranks_symbol_first(ds):
    rows = get_json(ds, "/archive/tim_kiem.json?_shape=array&q=" + quote("25 NQ TW"))
    assert rows[0]["number"] == "25-NQ/TW"
    assert get_json(ds, "/archive/tim_kiem.json?_shape=array&q=") == []
    assert get(ds, "/archive/tim_kiem.json?q=" + quote('NEAR("')).status_code == 200


@pytest.mark.parametrize("q", ["25-NQ/TW", "25 NQ TW", "dan van kheo", "KH 24"])
def test_served_ranked_search_finds_what_the_cli_finds(ds, q):
    """A số ký hiệu is one phrase in both: a document that merely holds a 25 and
    another NQ/TW is not a hit (the newcomer run saw it ranked first on the web)."""
    from vanban.archive.search import search

    served = [r["id"] for r in get_json(ds, "/archive/tim_kiem.json?_shape=array&q=" + quote(q))]
    with Archive(ds._vb_path) as a:
        cli = [h.id for h in search(a.db, q, limit=50)]
    assert sorted(served) == sorted(cli) and served[:1] == cli[:1]


def test_canned_upcoming_deadlines(ds):
    rows = get_json(ds, "/archive/han_sap_toi.json?_shape=array&tu_ngay=2025-11-01&den_ngay=2025-12-31")
    assert [r["han"] for r in rows] == ["2025-11-30", "2025-12-15"]
    assert rows[0]["don_vi"] == "Ủy ban nhân dân phường"
    get_json(ds, "/archive/han_sap_toi.json?tu_ngay=&den_ngay=")  # defaults: today + 90 days


def test_recurring_deadlines_stay_upcoming_after_their_first_occurrence(ds):
    """A yearly deadline first due 2025-12-15 is next due 2026-12-15 and 2030-12-15:
    the list and the calendar never drop it; a one-off deadline of 2025 is gone."""
    for year in (2026, 2030):
        rows = get_json(ds, f"/archive/han_sap_toi.json?_shape=array&tu_ngay={year}-12-01&den_ngay={year}-12-31")
        assert [(r["han"], r["lap_lai"]) for r in rows] == [(f"{year}-12-15", "hằng năm")]  # said, not FREQ=YEARLY
    ics = get(ds, "/archive/lich_han.ics?tu_ngay=2027-01-01&den_ngay=2027-12-31").text
    assert "RRULE:FREQ=YEARLY" in ics and "DTSTART;VALUE=DATE:20251215" in ics


@pytest.mark.parametrize("who", ["uy ban nhan dan", "ỦY BAN", "Ủy ban nhân dân phường"])
def test_canned_obligations_of_body(ds, who):
    rows = get_json(ds, "/archive/nhiem_vu_cua.json?_shape=array&don_vi=" + quote(who))
    assert [r["nhiem_vu"] for r in rows] == ["chủ trì xây dựng mô hình “Dân vận khéo” về chuyển đổi số"]


def test_canned_obligations_folds_d(ds):
    rows = get_json(ds, "/archive/nhiem_vu_cua.json?_shape=array&don_vi=" + quote("văn phòng đảng ủy"))
    assert [r["van_ban_id"] for r in rows] == [vid(ds, LEGACY)]


# as typed in tim_kiem: the type first, a number, a part of the symbol (newcomer run, session 13)
@pytest.mark.parametrize("symbol", ["25-NQ/TW", "25 nq tw", "NQ 25", "25-NQ", "nghị quyết 25", "nghi quyet so 25"])
def test_canned_documents_citing(ds, symbol):
    rows = get_json(ds, "/archive/van_ban_trich_dan.json?_shape=array&so_ky_hieu=" + quote(symbol))
    assert [r["van_ban_id"] for r in rows] == [vid(ds, DANVAN)]
    assert rows[0]["van_ban_duoc_trich_id"] == vid(ds, NQ25)


@pytest.mark.parametrize("symbol", ["NQ 26", "25-KH", "CT 25", "25-NQ/HU"])
def test_canned_documents_citing_a_number_not_cited(ds, symbol):
    assert get_json(ds, "/archive/van_ban_trich_dan.json?_shape=array&so_ky_hieu=" + quote(symbol)) == []


def test_canned_citation_graph_and_targets(ds):
    graph = get_json(ds, "/archive/do_thi_trich_dan.json?_shape=array")
    edges = {(r["tu_van_ban"], r["den_van_ban"]): r for r in graph}
    assert edges[("24-KH/ĐU", "25-NQ/TW")]["den_id"] == vid(ds, NQ25)
    assert edges[("24-KH/ĐU", "04-KH/BTGDVTU")]["trong_kho"] == 0
    top = get_json(ds, "/archive/duoc_trich_dan_nhieu.json?_shape=array")
    assert {r["van_ban"] for r in top} == {"25-NQ/TW", "04-KH/BTGDVTU"}
    targets = get_json(ds, "/archive/chi_tieu_theo_linh_vuc.json?_shape=array&linh_vuc=" + quote("mô hình"))
    assert targets[0]["toi_thieu"] == 1 and targets[0]["pham_vi"] == "Mỗi chi bộ"


def test_ics_of_a_page_without_events_is_a_400_not_a_200(ds):
    """``/archive/han_sap_toi.ics`` (a page with no event_ columns) answered
    200 OK with the error sentence as its body: a calendar client subscribed
    to it took the error for a feed (found by a newcomer)."""
    r = get(ds, "/archive/han_sap_toi.ics")
    assert r.status_code == 400 and "event_name" in r.text


def test_ics_feed_parses(ds):
    from icalendar import Calendar

    r = get(ds, "/archive/lich_han.ics?tu_ngay=2025-01-01&den_ngay=2026-12-31")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/calendar")
    assert "PRODID:-//vanban" in r.text  # our renderer, not another plugin's
    cal = Calendar.from_ical(r.text)
    events = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    assert len(events) == 3
    ev = next(e for s, e in events.items() if "chuyển đổi số" in s and "Ủy ban" in s)
    import datetime as dt

    assert ev.decoded("dtstart") == dt.date(2025, 11, 30)  # an all-day event
    yearly = next(e for s, e in events.items() if "báo cáo" in s)
    assert yearly["rrule"]["FREQ"] == ["YEARLY"]
    assert "/archive/documents/" in str(yearly["url"])


def test_document_page_shows_metadata_texts_and_obligations(ds):
    page = get(ds, f"/archive/documents/{vid(ds, DANVAN)}").text
    assert "Kế hoạch số 24-KH/ĐU" in page
    assert "ĐẢNG ỦY PHƯỜNG LONG BIÊN" in page and "Nguyễn Văn An" in page
    assert page.count('class="obligation"') == 3
    assert "Mỗi chi bộ" in page and "hạn: trước ngày 30/11/2025" in page
    assert 'class="vb-text"' in page and 'class="vb-raw"' in page
    assert html.escape("“Dân vận khéo”", quote=False) in page or "“Dân vận khéo”" in page
    # link to the cited document that is in the archive
    assert f'/archive/documents/{vid(ds, NQ25)}"' in page


def test_document_page_shows_the_outline(ds):
    page = get(ds, f"/archive/documents/{vid(ds, DANVAN)}").text
    assert 'class="vb-outline"' in page and "Bố cục văn bản" in page
    assert page.count('class="part"') >= 3  # the numbered parts of the body, from documents.structure


def test_cited_document_page_lists_citing(ds):
    page = get(ds, f"/archive/documents/{vid(ds, NQ25)}").text
    assert "Được trích dẫn bởi" in page and f'/archive/documents/{vid(ds, DANVAN)}"' in page


def test_restored_and_raw_text_side_by_side(ds):
    from archive_samples import RESTORED

    page = get(ds, f"/archive/documents/{vid(ds, RESTORED)}").text
    text = re.search(r'<pre class="vb-text">(.*?)</pre>', page, re.S).group(1)
    raw = re.search(r'<pre class="vb-raw">(.*?)</pre>', page, re.S).group(1)
    assert "quản lý thủy sản" in text and "quan ly thuy san" in raw


def test_document_page_escapes_html(ds):
    page = get(ds, f"/archive/documents/{vid(ds, HOSTILE)}").text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in page
    assert "<b>đậm</b>" not in page and "<i>Các phòng</i>" not in page
    table = get(ds, "/archive/documents?_search=chan+chinh").text
    assert "<script>alert" not in table


@pytest.mark.parametrize(
    "query, message",
    [("_sort=zzz", "Cannot sort table by zzz"), ("_sort_desc=zzz", "Cannot sort table by zzz"),
     ("_sort=id&_sort_desc=id", "Cannot use _sort and _sort_desc")],
)
def test_sorting_by_a_missing_column_is_a_bad_request_not_a_server_error(ds, query, message):
    page = get(ds, f"/archive/documents?{query}")
    assert page.status_code == 400 and message in page.text
    as_json = get(ds, f"/archive/documents.json?{query}")
    assert as_json.status_code == 400 and as_json.json()["status"] == 400


def test_missing_document_page_is_404(ds):
    assert get(ds, "/archive/documents/99999").status_code == 404


def test_site_files_ship_inside_the_package():
    """metadata and templates are package data of vanban.web, not a repository folder."""
    import vanban.web

    pkg = Path(vanban.web.__file__).parent
    assert METADATA_FILE.parent == pkg and METADATA_FILE.is_file()
    assert (TEMPLATES_DIR / "row-archive-documents.html").is_file()


def test_any_database_file_name_is_served_as_archive_without_temp_dirs(tmp_path):
    import tempfile

    db = tmp_path / "other-name.db"
    Archive(db).close()
    before = set(Path(tempfile.gettempdir()).glob("vanban-serve-*"))
    app = datasette_app(db)
    assert list(app.databases) [-1] == "archive" and app.databases["archive"].path == str(db.resolve())
    assert set(Path(tempfile.gettempdir()).glob("vanban-serve-*")) == before


def test_archive_is_published_read_only(ds):
    """Read-only connections, no write canned query, and SQL that writes is refused."""
    assert ds.databases["archive"].is_mutable  # new documents appear without a restart…
    conn = ds.databases["archive"].connect()  # …but browsing connections cannot write
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("create table x(a)")
    conn.close()
    queries = get_json(ds, "/-/metadata.json")["databases"]["archive"]["queries"]
    assert queries
    for name, query in queries.items():
        assert not query.get("write"), name
        assert not re.match(r"\s*(insert|update|delete|drop|create|alter|replace)\b",
                            query["sql"], re.I), name
    # arbitrary SQL is off by default…
    assert get(ds, "/archive.json?sql=select+1").status_code == 403
    # …and with --allow-sql, SQL that writes is still refused
    open_ds = datasette_app(ds.databases["archive"].path, allow_sql=True)
    count = "/archive.json?sql=select+count(*)+as+n+from+documents&_shape=array"
    before = get_json(open_ds, count)
    for sql in ("delete from documents", "drop table documents",
                "update documents set title = 'x'"):
        r = get(open_ds, f"/archive.json?sql={quote(sql)}")
        assert r.status_code >= 400, (sql, r.status_code)
    assert get_json(open_ds, count) == before


def test_canned_queries_show_only_the_latest_version_of_a_file(tmp_path):
    """Found by a newcomer: a plan edited v1 → v2 → v1 listed its deadlines, calendar
    events, obligations, citations and targets three times (only tim_kiem filtered)."""
    from cli_helpers import VIETNAMESE_PLAN

    from vanban.conveyor import ingest

    plan, db = tmp_path / "07-KH.txt", tmp_path / "archive.db"
    plan_v1 = VIETNAMESE_PLAN + "Phấn đấu mỗi năm ít nhất 02 mô hình dân vận khéo.\n"
    for text in (plan_v1, plan_v1.replace("25 tháng 11", "16 tháng 10"), plan_v1):
        plan.write_text(text, encoding="utf-8")
        ingest([plan], db, jobs=1, progress=False)
    app = datasette_app(db)
    latest = sqlite3.connect(db).execute("select max(id) from documents").fetchone()[0]
    assert latest == 3
    queries = {
        "han_sap_toi": "tu_ngay=2026-03-12&den_ngay=2027-12-31",
        "lich_han": "tu_ngay=2026-03-12&den_ngay=2027-12-31",
        "nhiem_vu_cua": "don_vi=chi+bo",
        "van_ban_trich_dan": "so_ky_hieu=25-NQ/TW",
        "chi_tieu_theo_linh_vuc": "linh_vuc=mo+hinh",
    }
    for name, args in queries.items():
        rows = get_json(app, f"/archive/{name}.json?{args}&_shape=objects")["rows"]
        ids = {r.get("van_ban_id") or int(r["event_url"].rsplit("/", 1)[1]) for r in rows}
        assert ids == {latest}, (name, rows)
    graph = get_json(app, "/archive/do_thi_trich_dan.json?_shape=objects")["rows"]
    assert {r["tu_id"] for r in graph} == {latest}
    cited = get_json(app, "/archive/duoc_trich_dan_nhieu.json?_shape=objects")["rows"]
    assert [r["so_van_ban_trich_dan"] for r in cited] == [1]


def test_a_date_that_is_no_date_falls_back_to_the_default_range(ds):
    """Found by a newcomer: ``han_sap_toi?tu_ngay=abc`` gave an empty page with no word."""
    for name in ("han_sap_toi", "lich_han"):
        default = get_json(ds, f"/archive/{name}.json?_shape=array")
        typed = get_json(ds, f"/archive/{name}.json?tu_ngay=abc&den_ngay=2026-13-45&_shape=array")
        assert typed == default, name
    assert get_json(ds, "/archive/lich_han.json?tu_ngay=abc&_shape=array")  # the default range has events