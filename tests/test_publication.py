"""The served archive's canned queries and calendar (issue 13, "The server").

Datasette's own test client, a real archive.db: user text in LIKE filters is
literal, filters read stored folded keys (filled for older archives too),
the ranked search hides superseded versions, .ics UIDs follow content.
"""

from __future__ import annotations

import sqlite3
import sys
from urllib.parse import quote

import pytest
from archive_samples import ALL, DANVAN, make_doc, store_samples
from site_client import get, get_json

from vanban.archive import Archive
from vanban.web.plugin import like_contains
from vanban.web.server import datasette_app


rows = get_json


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("pub") / "archive.db"
    store_samples(path)
    return path


def test_like_input_is_literal():
    assert like_contains("Ủy ban 100%_x\\") == "%uy ban 100\\%\\_x\\\\%"


@pytest.mark.parametrize("typed", ["%", "_", "%%", "uy%ban"])
def test_pattern_characters_typed_by_a_user_match_nothing(archive, typed):
    ds = datasette_app(archive)
    assert rows(ds, f"/archive/nhiem_vu_cua.json?don_vi={quote(typed)}&_shape=array") == []
    assert rows(ds, f"/archive/chi_tieu_theo_linh_vuc.json?linh_vuc={quote(typed)}&_shape=array") == []


def test_unit_filter_finds_accented_names_from_folded_keys(archive):
    ds = datasette_app(archive)
    found = rows(ds, "/archive/nhiem_vu_cua.json?don_vi=uy+ban+nhan+dan+phuong&_shape=array")
    assert found and all("Ủy ban nhân dân phường" in r["don_vi"] for r in found)


def test_canned_filters_call_no_python_fold_per_row():
    from vanban.web.server import load_metadata

    queries = load_metadata()["databases"]["archive"]["queries"]
    for name in ("nhiem_vu_cua", "chi_tieu_theo_linh_vuc", "han_sap_toi", "lich_han"):
        sql = queries[name]["sql"]
        assert "vn_fold(" not in sql and "coalesce(dl.date" not in sql, name


def test_deadline_ranges_use_the_date_indexes(archive):
    with sqlite3.connect(archive) as conn:
        plan = " ".join(str(r) for r in conn.execute(
            "explain query plan select id from deadlines where due >= '2025-01-01' and starts <= '2026-01-01'"))
    assert "idx_deadlines_due" in plan or "idx_deadlines_starts" in plan


def test_an_older_archive_gets_its_key_columns_filled(tmp_path):
    path = tmp_path / "archive.db"
    with Archive(path) as a:
        a.store(DANVAN)
    with sqlite3.connect(path) as conn:  # an archive from before the key columns
        conn.execute("alter table obligations drop column who_key")
        conn.execute("drop index idx_deadlines_due")
        conn.execute("alter table deadlines drop column due")
    Archive(path).close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("select count(*) from obligations where who is not null and who_key is null").fetchone()[0] == 0
        assert conn.execute("select count(*) from deadlines where due is null and (date or latest or earliest)").fetchone()[0] == 0


def test_ranked_search_hides_superseded_versions(tmp_path):
    path = tmp_path / "archive.db"
    with Archive(path) as a:
        v1 = a.store(DANVAN)
        v2 = a.store(make_doc(DANVAN.source.path, [DANVAN.text + "\nbổ sung"], DANVAN.extraction.metadata))
    ds = datasette_app(path)
    for q in ("dan van kheo", "24-KH/ĐU", "KH 24"):
        ids = [r["id"] for r in rows(ds, f"/archive/tim_kiem.json?q={quote(q)}&_shape=array")]
        assert v2 in ids and v1 not in ids, q


def test_calendar_uids_follow_content_not_row_ids(tmp_path):
    def uids(order):
        path = tmp_path / f"a{len(list(tmp_path.iterdir()))}.db"
        with Archive(path) as a:
            for d in order:
                a.store(d)
        text = get(datasette_app(path), "/archive/lich_han.ics?tu_ngay=2000-01-01&den_ngay=2100-01-01&_plain=1").text
        return sorted(line for line in text.splitlines() if line.startswith("UID:"))

    first = uids(ALL)
    assert first and first == uids(list(reversed(ALL)))  # rebuilt archive, other row ids


def test_password_hashes_are_not_published(tmp_path):
    from vanban.web.accounts import add_account, load_accounts

    path = tmp_path / "archive.db"
    Archive(path).close()
    add_account(path, "van-thu", "một mật khẩu")
    hashed = load_accounts(path)["users"]["van-thu"]
    ds = datasette_app(path)
    assert ds.plugin_config("datasette-auth-passwords")["van-thu_password_hash"] == hashed
    for url in ("/-/metadata.json", "/-/settings.json", "/-/plugins.json", "/archive.json"):
        assert hashed not in get(ds, url).text, url
    assert oct((tmp_path / "archive.accounts.json").stat().st_mode & 0o777) == "0o600"


@pytest.fixture
def read_only_archive(tmp_path):
    """An archive (WAL, as vanban writes it) in a folder nobody may write: chmod for
    a user, ``chattr +i`` for root (whom modes do not stop)."""
    import os
    import subprocess

    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "archive.db"
    store_samples(path)
    if os.geteuid() == 0:
        done = subprocess.run(["chattr", "+i", str(path), str(folder)], capture_output=True)
        if done.returncode != 0:
            pytest.skip(f"cannot make a read-only folder here: {done.stderr.decode().strip()}")
        undo = ["chattr", "-i", str(path), str(folder)]
    else:
        path.chmod(0o444)
        folder.chmod(0o555)
        undo = ["chmod", "-R", "u+w", str(folder)]
    yield path
    subprocess.run(undo, check=True)


def test_an_archive_on_a_read_only_share_is_searched_and_served(read_only_archive):
    """Found by a newcomer: search and serve said "unable to open database file (not a
    vanban archive? try `vanban reindex`)": SQLite could not create the WAL's files."""
    from vanban.archive.search import search
    from vanban.models import InputError
    from vanban.web.server import banner, read_only, serve

    path = read_only_archive
    assert read_only(path)
    assert [h.number for h in search(path, "dan van kheo")][:1] == ["24-KH/ĐU"]
    ds = datasette_app(path)
    hits = rows(ds, "/archive/tim_kiem.json?q=dan+van+kheo&_shape=array")
    assert hits and hits[0]["number"] == "24-KH/ĐU"
    assert get(ds, "/-/vanban/upload").status_code in (403, 503)
    text = banner(path, "127.0.0.1", 8001, False, None)
    assert "read-only archive" in text and "upload page" not in text
    with pytest.raises(InputError, match="read-only"):
        serve(path, port=0, watch=path.parent / "inbox")
    assert "warning" not in text  # no -wal beside it: nothing unseen


def test_a_read_only_copy_with_a_leftover_wal_says_what_it_cannot_show(tmp_path):
    """Found by a newcomer: a copy taken while a writer held it (its -wal beside it), made
    read-only, silently showed fewer documents than it holds."""
    import os
    import shutil
    import subprocess

    live = tmp_path / "live" / "archive.db"
    live.parent.mkdir()
    store_samples(live)
    keep = sqlite3.connect(live)  # a writer still open: its last changes stay in the -wal
    keep.execute("pragma wal_autocheckpoint = 0")
    keep.execute("insert into ingest_errors(path, error, time) values ('/x', 'late', '2026-12-01')")
    keep.commit()
    share = tmp_path / "share"
    share.mkdir()
    shutil.copy(live, share / "archive.db")
    shutil.copy(str(live) + "-wal", share / "archive.db-wal")
    keep.close()
    path = share / "archive.db"
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(path), str(path) + "-wal", str(share)], capture_output=True).returncode:
            pytest.skip("cannot make a read-only folder here")
        undo = ["chattr", "-i", str(path), str(path) + "-wal", str(share)]
    else:
        share.chmod(0o555)
        undo = ["chmod", "u+w", str(share)]
    try:
        from vanban.archive.search import unread_wal
        from vanban.web.server import banner

        assert unread_wal(path)
        assert "-wal holds changes a read-only archive cannot show" in banner(path, "127.0.0.1", 8001, False, None)
        done = subprocess.run([sys.executable, "-m", "vanban.cli", "search", "dan van kheo", "--db", str(path)],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0 and "warning: " in done.stderr and "archive.db-wal holds changes" in done.stderr
    finally:
        subprocess.run(undo, check=True)


@pytest.mark.parametrize("url, title", [
    ("/archive/nhiem_vu_cua?don_vi=chi+bo", "Nhiệm vụ của một đơn vị"),
    ("/archive/han_sap_toi", "Thời hạn sắp tới"),
])
def test_a_canned_query_page_is_titled_by_its_name_not_its_sql(archive, url, title):
    """Datasette puts a query's SQL in <title>: tabs and bookmarks showed "archive: with q as (select …"."""
    import re

    page = get(datasette_app(archive), url).text
    shown = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert shown.startswith(title) and "select" not in shown
