"""Copies, edits, renames and deletions of source files: what the archive lists and finds.

Found by a newcomer: a file and an identical copy under another name were stored
once (dedupe by sha256); when the original was edited and ingested again, its
new version superseded the stored document, and the copy, whose content had not
changed, vanished from search and from every "latest" list. The real parts:
the ``vanban`` command, archive.db, Datasette's own test client.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

import pytest
from cli_helpers import VIETNAMESE_PLAN, run_cli, table
from site_client import get_json

from vanban.conveyor import ingest
from vanban.web.server import datasette_app

EDITED = VIETNAMESE_PLAN.replace("Dân vận khéo", "Dân vận khéo và chuyển đổi số XYZWQ")


def _ingest(db: Path, *paths: Path) -> None:
    report = ingest(list(paths), db, jobs=1, progress=False)
    assert report.failed == 0, report.errors


def _search_paths(db: Path, query: str) -> set[str]:
    """Paths of the stored files ``vanban search`` finds (the command, JSON): each result's and those it names as
    the same document's other files (``also``: same số ký hiệu, issuer and date)."""
    out = run_cli("search", query, "--db", str(db), "--format", "json")
    assert out.returncode == 0, out.stderr
    ids = [i for h in json.loads(out.stdout) for i in [h["id"], *(f["id"] for f in h["also"])]]
    with sqlite3.connect(db) as conn:
        return {conn.execute("select path from documents where id = ?", [i]).fetchone()[0] for i in ids}


def _served_paths(db: Path, query: str) -> set[str]:
    """Paths the served ranked search (canned query tim_kiem, latest versions) lists."""
    ds = datasette_app(db)
    rows = get_json(ds, "/archive/tim_kiem.json?_shape=array&q=" + quote(query))
    with sqlite3.connect(db) as conn:
        return {conn.execute("select path from documents where id = ?", [r["id"]]).fetchone()[0] for r in rows}


def _fts_matches_documents(db: Path) -> None:
    """FTS5's own check of the index against documents.search_text (rank 1: the
    external content table too); raises when a row's index entries are stale."""
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)")
        assert conn.execute("select count(*) from documents").fetchone()[0] == \
            conn.execute("select count(*) from documents_fts").fetchone()[0]


def test_an_edited_original_is_the_next_version_and_its_copy_keeps_the_old_one(tmp_path):
    folder, db = tmp_path / "in", tmp_path / "archive.db"
    folder.mkdir()
    original, copy = folder / "07-KH.txt", folder / "ban-sao-07-KH.txt"  # taken in sorted order
    original.write_text(VIETNAMESE_PLAN, encoding="utf-8")
    copy.write_text(VIETNAMESE_PLAN, encoding="utf-8")
    first = run_cli("ingest", str(folder), "--db", str(db), "--jobs", "1")
    assert first.returncode == 0, first.stderr
    assert "1 stored, 1 skipped" in first.stderr
    assert table(db, "select count(*) from documents") == [(1,)]  # one content, stored once
    assert table(db, "select path from documents") == [(str(original),)]
    assert table(db, "select path from copies") == [(str(copy),)]

    original.write_text(EDITED, encoding="utf-8")
    second = run_cli("ingest", str(folder), "--db", str(db), "--jobs", "1")
    assert second.returncode == 0, second.stderr
    # the edited file is the next version of its document, listed and found once at its
    # current content; the untouched copy stays linked to the old version
    (first_id,) = table(db, "select id from documents where version = 1")[0]
    assert sorted(table(db, "select path, version, supersedes_id from documents")) == sorted(
        [(str(original), 1, None), (str(original), 2, first_id)])
    assert table(db, "select path, document_id from copies") == [(str(copy), first_id)]
    assert _search_paths(db, "dan van kheo") == {str(original)}
    assert _search_paths(db, "XYZWQ") == {str(original)}
    assert _served_paths(db, "dan van kheo") == {str(original)}
    _fts_matches_documents(db)

    # idempotent: a third run writes nothing
    before = table(db, "select * from documents") + table(db, "select * from copies")
    third = run_cli("ingest", str(folder), "--db", str(db), "--jobs", "1")
    assert "0 stored, 2 skipped" in third.stderr, third.stderr
    assert table(db, "select * from documents") + table(db, "select * from copies") == before


def test_a_copy_ingested_in_a_later_run_stays_with_the_old_version(tmp_path):
    db = tmp_path / "archive.db"
    original, copy = tmp_path / "a.txt", tmp_path / "b.txt"
    original.write_text(VIETNAMESE_PLAN, encoding="utf-8")
    _ingest(db, original)
    copy.write_text(VIETNAMESE_PLAN, encoding="utf-8")
    _ingest(db, copy)  # a copy alone: recorded, not read again
    assert table(db, "select path from copies") == [(str(copy),)]
    original.write_text(EDITED, encoding="utf-8")
    _ingest(db, original)  # only the original is named: the copy is not looked at again
    assert _search_paths(db, "dan van kheo") == {str(original)}
    assert table(db, "select c.path, d.version from copies c join documents d on d.id = c.document_id") == [
        (str(copy), 1)]
    _ingest(db, original, copy)  # both again: nothing new
    assert table(db, "select count(*) from documents") == [(2,)]
    _fts_matches_documents(db)


def test_an_edited_copy_is_the_next_version_of_the_document(tmp_path):
    db = tmp_path / "archive.db"
    original, copy = tmp_path / "a.txt", tmp_path / "b.txt"
    original.write_text(VIETNAMESE_PLAN, encoding="utf-8")
    copy.write_text(VIETNAMESE_PLAN, encoding="utf-8")
    _ingest(db, original, copy)
    copy.write_text(EDITED, encoding="utf-8")
    _ingest(db, original, copy)
    assert _search_paths(db, "dan van kheo") == {str(copy)}
    assert _search_paths(db, "XYZWQ") == {str(copy)}
    assert table(db, "select count(*) from copies") == [(0,)]
    (first_id,) = table(db, f"select id from documents where path = '{original}'")[0]
    assert table(db, f"select path, version, supersedes_id from documents where path = '{copy}'") == [
        (str(copy), 2, first_id)]
    # the original edited in turn continues the chain (version 3), it does not branch it
    original.write_text(EDITED + "Lưu VT.\n", encoding="utf-8")
    _ingest(db, original, copy)
    assert table(db, "select path, version from documents order by id") == [
        (str(original), 1), (str(copy), 2), (str(original), 3)]
    assert table(db, "select count(distinct supersedes_id) from documents") == [(2,)]
    assert _search_paths(db, "dan van kheo") == {str(original)}


def test_another_document_written_over_a_file_with_a_copy_starts_its_own(tmp_path):
    """A new content naming another số ký hiệu is not a version: the old document
    moves to the copy that still holds it and both stay listed."""
    db = tmp_path / "archive.db"
    original, copy = tmp_path / "a.txt", tmp_path / "b.txt"
    original.write_text(VIETNAMESE_PLAN, encoding="utf-8")
    copy.write_text(VIETNAMESE_PLAN, encoding="utf-8")
    _ingest(db, original, copy)
    original.write_text(VIETNAMESE_PLAN.replace("Số 07-KH/ĐU", "Số 09-KH/ĐU").replace("Dân vận khéo", "XYZWQ"),
                        encoding="utf-8")
    _ingest(db, original, copy)
    assert sorted(table(db, "select path, version, supersedes_id from documents")) == sorted(
        [(str(copy), 1, None), (str(original), 1, None)])
    assert _search_paths(db, "dan van kheo") == {str(copy)}
    assert _search_paths(db, "XYZWQ") == {str(original)}
    assert table(db, "select count(*) from copies") == [(0,)]


def test_a_renamed_file_takes_its_document_along(tmp_path):
    db = tmp_path / "archive.db"
    old, new = tmp_path / "du-thao.txt", tmp_path / "07-KH.txt"
    old.write_text(VIETNAMESE_PLAN, encoding="utf-8")
    _ingest(db, tmp_path / "du-thao.txt")
    os.rename(old, new)
    _ingest(db, new)
    assert table(db, "select path, version from documents") == [(str(new), 1)]
    assert table(db, "select count(*) from copies") == [(0,)]
    # a new file under the old name is a document of its own, not a version of the renamed one
    old.write_text(EDITED, encoding="utf-8")
    _ingest(db, old)
    assert _search_paths(db, "dan van kheo") == {str(old), str(new)}


def test_a_deleted_original_leaves_its_document_to_the_copy(tmp_path):
    db = tmp_path / "archive.db"
    original, copy = tmp_path / "a.txt", tmp_path / "b.txt"
    original.write_text(VIETNAMESE_PLAN, encoding="utf-8")
    copy.write_text(VIETNAMESE_PLAN, encoding="utf-8")
    _ingest(db, original, copy)
    original.unlink()
    _ingest(db, tmp_path)  # the folder again: only the copy is there
    assert table(db, "select path from documents") == [(str(copy),)]
    assert table(db, "select count(*) from copies") == [(0,)]
    assert _search_paths(db, "dan van kheo") == {str(copy)}


def test_a_deleted_copy_holds_nothing(tmp_path):
    """The copy's file is gone when the original changes: the old content is then
    only an earlier version of the original, as without any copy."""
    db = tmp_path / "archive.db"
    original, copy = tmp_path / "a.txt", tmp_path / "b.txt"
    original.write_text(VIETNAMESE_PLAN, encoding="utf-8")
    copy.write_text(VIETNAMESE_PLAN, encoding="utf-8")
    _ingest(db, original, copy)
    copy.unlink()
    original.write_text(EDITED, encoding="utf-8")
    _ingest(db, original)
    assert sorted(table(db, "select path, version from documents")) == [(str(original), 1), (str(original), 2)]
    assert _search_paths(db, "dan van kheo") == {str(original)}
    assert table(db, "select count(*) from copies") == [(0,)]
    _fts_matches_documents(db)


def test_an_upload_of_an_archived_document_leaves_no_copy_behind(tmp_path):
    """The upload page removes an upload the archive already holds; its row in
    ``copies`` goes with it (a copy row must name a file that exists)."""
    import asyncio
    import re

    from vanban.intake import Intake
    from vanban.web.accounts import add_account

    db, boundary = tmp_path / "archive.db", "----vanban-copies"
    from vanban.archive import Archive

    Archive(db).close()  # an empty archive to sign in to
    add_account(db, "van-thu", "mật khẩu đủ dài 2026")
    intake = Intake(db, jobs=1)
    try:
        ds = datasette_app(db, intake=intake)

        async def upload(name: str) -> str:
            cookies = {"ds_actor": ds.sign({"a": {"id": "van-thu"}}, "actor")}
            form = await ds.client.get("/-/vanban/upload", cookies=cookies)
            token = re.search(r'name="csrftoken" value="([^"]+)"', form.text).group(1)
            cookies["ds_csrftoken"] = form.cookies.get("ds_csrftoken")
            body = (f'--{boundary}\r\nContent-Disposition: form-data; name="csrftoken"\r\n\r\n{token}\r\n'
                    f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n\r\n'
                    f"{VIETNAMESE_PLAN}\r\n--{boundary}--\r\n").encode()
            r = await ds.client.post("/-/vanban/upload", content=body, cookies=cookies,
                                     headers={"content-type": f"multipart/form-data; boundary={boundary}"})
            assert r.status_code == 302, r.text[:300]
            return r.headers["location"].rsplit("/", 1)[-1]

        for name in ("07-KH.txt", "07-KH-lan-2.txt"):
            job = intake.wait(intake.get(asyncio.run(upload(name))), timeout=300)
            assert job.state == "done", job
    finally:
        intake.close(timeout=60)
    (stored,) = table(db, "select path from documents")
    assert Path(stored[0]).exists()
    assert table(db, "select count(*) from copies") == [(0,)]
    assert [p.name for p in Path(stored[0]).parent.iterdir()] == [Path(stored[0]).name]


@pytest.mark.parametrize("dies_at", ["moving the rows", "moving the file"])
def test_a_watcher_stopped_while_filing_a_file_away_heals_on_restart(tmp_path, monkeypatch, dies_at):
    """The consume folder files a stored file into done/ in two steps (its rows, the
    file). Stopped between them, the watcher started again takes what the inbox
    still holds, and the document ends where its file is."""
    from types import SimpleNamespace

    from vanban import watch
    from vanban.archive import Archive
    from vanban.intake import Job, ingest_one

    inbox, db = tmp_path / "inbox", tmp_path / "archive.db"
    (inbox / "done").mkdir(parents=True)
    (inbox / "x.txt").write_text(VIETNAMESE_PLAN, encoding="utf-8")
    folder = watch.Inbox(inbox, SimpleNamespace(db_path=str(db)))

    def run(number: int) -> Job:
        job = ingest_one(Job(id=str(number), name="x.txt", path=str(inbox.resolve() / "x.txt")), db, jobs=1)
        assert job.state == "done", job
        folder._file_away(job)
        return job

    def died(*args, **kwargs):
        raise KeyboardInterrupt("the watcher stopped here")

    with monkeypatch.context() as patch:
        if dies_at == "moving the rows":
            patch.setattr(Archive, "move_file", died)
        else:
            patch.setattr(watch.os, "replace", died)
        with pytest.raises(KeyboardInterrupt):
            run(1)
    assert (inbox / "x.txt").exists()  # either way the file is still in the inbox
    run(2)  # started again: the inbox's file is taken once more
    done = inbox.resolve() / "done" / "x.txt"
    assert done.exists() and not (inbox / "x.txt").exists()
    assert table(db, "select path from documents") == [(str(done),)]
    assert table(db, "select count(*) from copies") == [(0,)]


def test_a_job_names_the_latest_document_holding_its_content(tmp_path):
    """v1 → v2 → v1 at one path stores v1's content twice: the upload or consume
    folder job names the latest row, not the superseded first one."""
    from vanban.intake import Job, ingest_one

    db, plan = tmp_path / "archive.db", tmp_path / "07-KH.txt"
    ids = []
    for n, text in enumerate([VIETNAMESE_PLAN, EDITED, VIETNAMESE_PLAN]):
        plan.write_text(text, encoding="utf-8")
        job = ingest_one(Job(id=str(n), name=plan.name, path=str(plan)), db, jobs=1)
        assert job.state == "done" and not job.existing, job
        ids.append(job.document_id)
    assert table(db, "select id, version from documents order by id") == [(ids[0], 1), (ids[1], 2), (ids[2], 3)]
    assert _search_paths(db, "dan van kheo") == {str(plan)}


FIXTURES = Path(__file__).parent / "fixtures" / "versions"


@pytest.mark.parametrize("fixture, query, added", [
    # the newcomer's giấy mời: a line appended to one of two identical files
    ("05-GM-UBND.txt", "giay moi hop giao ban", ("", "Thời gian: 14 giờ\n")),
    # the newcomer's báo cáo: a figure corrected in one of two identical files
    ("112-BC-DU.txt", "bao cao ket qua nam 2026", ("ít nhất 18 đảng viên", "ít nhất 15 đảng viên")),
])
def test_a_real_document_edited_beside_its_duplicate_is_one_document_in_two_versions(
        tmp_path, fixture, query, added):
    folder, db = tmp_path / "dup", tmp_path / "archive.db"
    folder.mkdir()
    text = (FIXTURES / fixture).read_text(encoding="utf-8")
    a, b = folder / "a.txt", folder / "b.txt"
    a.write_text(text, encoding="utf-8")
    b.write_text(text, encoding="utf-8")
    for _ in range(2):  # the folder twice: stored once
        _ingest(db, folder)
    old, new = added
    a.write_text(text.replace(old, new, 1) if old else text + new, encoding="utf-8")
    _ingest(db, folder)
    rows = table(db, "select id, path, version, supersedes_id from documents order by id")
    assert [(r[1], r[2]) for r in rows] == [(str(a), 1), (str(a), 2)]
    assert rows[1][3] == rows[0][0]
    assert table(db, "select path, document_id from copies") == [(str(b), rows[0][0])]
    assert _search_paths(db, query) == {str(a)}  # once, the current version
    found = json.loads(run_cli("search", query, "--db", str(db), "--format", "json").stdout)
    assert [h["id"] for h in found] == [rows[1][0]]
    _ingest(db, folder)  # idempotent
    assert table(db, "select count(*) from documents") == [(2,)]


def test_a_duplicate_of_old_content_arriving_later_is_a_copy_of_the_old_version(tmp_path):
    """The old figures dropped again under a third name after the edit: a copy of
    version 1, not a second current 112-BC/ĐU."""
    folder, db = tmp_path / "in", tmp_path / "archive.db"
    folder.mkdir()
    text = (FIXTURES / "112-BC-DU.txt").read_text(encoding="utf-8")
    (folder / "bc_2026.txt").write_text(text, encoding="utf-8")
    _ingest(db, folder)
    (folder / "bc_2026.txt").write_text(text.replace("ít nhất 18", "ít nhất 15"), encoding="utf-8")
    _ingest(db, folder)
    late = folder / "bc_2026_ban_cu.txt"
    late.write_text(text, encoding="utf-8")
    _ingest(db, folder)
    (first,) = table(db, "select id from documents where version = 1")
    assert table(db, "select path, document_id from copies") == [(str(late), first[0])]
    assert _search_paths(db, "bao cao ket qua nam 2026") == {str(folder / "bc_2026.txt")}
    assert table(db, "select count(*) from documents") == [(2,)]
