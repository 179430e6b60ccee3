"""``--db`` naming another program's SQLite file: every writing command refuses it untouched.

Found by a newcomer: a database with a table named ``documents`` passed the
old check ("has a documents table"), and ``vanban ingest`` added its columns,
tables and rows to it (status 0). A vanban archive is now recognised
positively (``PRAGMA application_id``; an archive of an earlier vanban by its
tables and columns). Archives written by earlier versions
(tests/fixtures/old_archives, made by those versions' own code) still open.
"""

from __future__ import annotations

import gzip
import hashlib
import socket
import sqlite3
import subprocess
from pathlib import Path

import pytest

from cli_helpers import ROOT, VANBAN, VIETNAMESE_PLAN, run_cli, table
from vanban.archive import Archive, SchemaError
from vanban.archive.schema import APPLICATION_ID

OLD = Path(__file__).parent / "fixtures" / "old_archives"


def _foreign(path: Path) -> Path:
    """A notes program's database: its own ``documents`` table, with a row."""
    with sqlite3.connect(path) as conn:
        conn.execute("create table documents(id integer primary key, title text, body text, created text)")
        conn.execute("create table tags(document_id integer references documents(id), tag text)")
        conn.execute("insert into documents values (1, 'Họp tổ', 'Ghi chú cuộc họp', '2026-03-01')")
        conn.execute("insert into tags values (1, 'họp')")
    conn.close()
    return path


def _state(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


COMMANDS = {
    "ingest": lambda db, tmp: ("ingest", str(tmp / "plan.txt"), "--db", str(db)),
    "watch": lambda db, tmp: ("watch", str(tmp / "inbox"), "--db", str(db)),
    "serve": lambda db, tmp: ("serve", "--db", str(db), "--port", str(_free_port())),
    "reindex": lambda db, tmp: ("reindex", "--db", str(db)),
    "lm learn": lambda db, tmp: ("lm", "learn", "--db", str(db)),
    "account add": lambda db, tmp: ("account", "add", "van-thu", "--db", str(db), "--password", "mật khẩu dài 2026"),
}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_writing_command_refuses_another_programs_database(command: str, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    db = _foreign(folder / "notes.db")
    (tmp_path / "plan.txt").write_text(VIETNAMESE_PLAN, encoding="utf-8")
    before = _state(folder)
    # serve and watch that took the file would run until stopped: a time limit, not a hang
    r = subprocess.run([*VANBAN, *COMMANDS[command](db, tmp_path)], capture_output=True, text=True,
                       cwd=ROOT, timeout=120)
    assert r.returncode == 1, (r.stdout, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert lines[-1].startswith(f"vanban: {db}: not a vanban archive: it holds other tables (documents, tags)"), r.stderr
    assert "Traceback" not in r.stderr
    assert _state(folder) == before  # the file untouched, no -wal, no accounts file beside it


def test_an_empty_database_of_another_program_is_refused_by_its_application_id(tmp_path: Path) -> None:
    db = tmp_path / "other.gpkg"
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA application_id = 1196444487")  # GeoPackage's "GPKG"
    conn.close()
    with pytest.raises(SchemaError, match="another program.*0x47504b47"):
        Archive(db)


@pytest.mark.parametrize("name", ["first_schema_fcc5b71.db.gz", "before_app_id_1aba074.db.gz"])
def test_archives_of_earlier_versions_still_open_and_take_documents(name: str, tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    db.write_bytes(gzip.decompress((OLD / name).read_bytes()))
    assert table(db, "pragma application_id") == [(0,)]
    plan = tmp_path / "plan2.txt"
    plan.write_text(VIETNAMESE_PLAN.replace("Số 07-KH/ĐU", "Số 08-KH/ĐU"), encoding="utf-8")
    r = run_cli("ingest", str(plan), "--db", str(db))
    assert r.returncode == 0, r.stderr
    assert table(db, "select number from documents order by id") == [("07-KH/ĐU",), ("08-KH/ĐU",)]
    assert table(db, "pragma application_id") == [(APPLICATION_ID,)]  # marked as vanban's from now on
    r = run_cli("reindex", "--db", str(db))
    assert r.returncode == 0, r.stderr


def test_a_new_archive_is_marked_before_its_tables_exist(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    Archive(db).close()
    assert table(db, "pragma application_id") == [(APPLICATION_ID,)]


def test_vanbans_tables_without_the_documents_columns_are_refused(tmp_path: Path) -> None:
    """The right table names are not enough: vanban's documents columns must be there."""
    db = tmp_path / "lookalike.db"
    with sqlite3.connect(db) as conn:
        for t in ("documents", "pages", "citations", "deadlines", "targets", "obligations", "ingest_errors", "meta"):
            conn.execute(f"create table {t}(id integer primary key, note text)")
        conn.execute("PRAGMA user_version = 1")
    conn.close()
    with pytest.raises(SchemaError, match="documents table is not vanban's"):
        Archive(db)


def test_searching_another_programs_database_says_it_is_not_an_archive(tmp_path: Path) -> None:
    """Found by a newcomer: ``vanban search --db notes.db`` suggested ``vanban reindex``,
    which then refused the file; the search now says why at once."""
    from vanban.archive.search import search
    from vanban.models import InputError

    db = _foreign(tmp_path / "notes.db")
    with pytest.raises(InputError, match=r"not a vanban archive: it holds other tables \(documents, tags\)") as err:
        search(db, "dan van")
    assert "reindex" not in str(err.value)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00\x01 not sqlite " * 300)
    with pytest.raises(InputError, match="not a vanban archive"):
        search(junk, "dan van")


def test_searching_an_empty_database_file_says_there_is_no_archive_yet(tmp_path: Path) -> None:
    """A 0-byte ``archive.db`` (``touch``ed, or a copy that failed) was "no such
    table: documents_fts (a damaged search index? try `vanban reindex`)": no
    index is damaged, nothing was ever stored (found by a newcomer)."""
    from vanban.archive.search import search
    from vanban.models import InputError

    empty = tmp_path / "archive.db"
    empty.touch()
    with pytest.raises(InputError, match=r"an empty database, no archive yet .*vanban ingest") as err:
        search(empty, "dan van")
    assert "reindex" not in str(err.value) and empty.stat().st_size == 0
