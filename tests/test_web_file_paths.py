"""The served archive names a stored file by its name: no page, JSON or CSV shows the server's folders.

A newcomer (session 41) read ``/work/…`` folders in ``documents.path``, ``copies.path`` and ``ingest_errors.path``
on the public table pages and their ``.json``. Real parts: the conveyor's ingest, Datasette's test client.
"""

from __future__ import annotations

import shutil

from conftest import SAMPLES
from site_client import get, get_json

from vanban.conveyor import ingest
from vanban.web.server import datasette_app

PLAN = "24-KH-DU_dan_van_kheo_long_bien_2026_legacy_ocr.txt"


def _archive(tmp_path):
    folder = tmp_path / "kho bí mật" / "phòng 3"
    folder.mkdir(parents=True)
    shutil.copy(SAMPLES / PLAN, folder / "kế hoạch.txt")
    shutil.copy(SAMPLES / PLAN, folder / "bản sao.txt")  # same content: a row of copies
    (folder / "hỏng.pdf").write_bytes(b"not a pdf at all")  # a row of ingest_errors
    db = tmp_path / "archive.db"
    ingest([folder], db, jobs=1, executor="process")
    return db, str(tmp_path)


def test_no_served_page_names_the_servers_folders(tmp_path):
    db, secret = _archive(tmp_path)
    ds = datasette_app(db)
    for table in ("documents", "copies", "ingest_errors"):
        rows = get_json(ds, f"/archive/{table}.json?_shape=array")
        assert rows and all(secret not in r["path"] and "/" not in r["path"] for r in rows), (table, rows)
        for url in (f"/archive/{table}", f"/archive/{table}.csv", f"/archive/{table}?_format=csv&_col=path",
                    f"/archive/{table}.json?_shape=arrays", f"/archive/{table}/1.json", f"/archive/{table}/1"):
            r = get(ds, url)
            assert r.status_code in (200, 400) and secret not in r.text, (url, r.text[:300])
        # a facet or filter on the path would count or probe the folders: refused in one line
        for probe in ("?_facet=path", "?path__startswith=/", "?path=x"):
            r = get(ds, f"/archive/{table}{probe}")
            assert r.status_code == 400 and secret not in r.text, (probe, r.status_code)
    names = {r["path"] for r in get_json(ds, "/archive/documents.json?_shape=array")}
    assert names == {"kế hoạch.txt"} or names == {"bản sao.txt"}, names
    assert {r["path"] for r in get_json(ds, "/archive/ingest_errors.json?_shape=array")} == {"hỏng.pdf"}
    assert names.pop() in get(ds, "/archive/documents").text  # the page still names the file
