"""The archive store: schema, idempotence, versions, atomicity, citation links."""

from __future__ import annotations

import dataclasses
import json
import sqlite3

import pytest
from archive_samples import ALL, DANVAN, LEGACY, NQ25, RESTORED, make_doc

from vanban.archive import SCHEMA_VERSION, Archive, SchemaError, symbol_key
from vanban.archive.schema import TABLES
from vanban.models import Citation, Metadata


@pytest.fixture
def archive(tmp_path):
    with Archive(tmp_path / "archive.db") as a:
        yield a


def rows(archive, sql, params=()):
    return archive.conn.execute(sql, params).fetchall()


def test_schema_has_every_table_and_column(archive):
    for name, spec in TABLES.items():
        cols = {r[1] for r in rows(archive, f'PRAGMA table_info("{name}")')}
        assert set(spec["columns"]) <= cols, name
    assert rows(archive, "PRAGMA user_version")[0][0] == SCHEMA_VERSION
    assert rows(archive, "PRAGMA journal_mode")[0][0] == "wal"
    fks = {(r[2], r[3]) for r in rows(archive, "PRAGMA foreign_key_list(obligations)")}
    assert ("documents", "document_id") in fks and ("deadlines", "deadline_id") in fks
    fts_sql = rows(archive, "SELECT sql FROM sqlite_master WHERE name = 'documents_fts'")[0][0]
    assert 'content="documents"' in fts_sql  # what Datasette's detect_fts looks for


def test_ensure_schema_is_idempotent_and_refuses_newer(tmp_path):
    path = tmp_path / "a.db"
    with Archive(path) as a:
        a.store(DANVAN)
    with Archive(path) as a:  # second open: no error, data kept
        assert a.documents_count() == 1
        a.conn.execute("PRAGMA user_version = 99")
    with pytest.raises(SchemaError, match="newer"):
        Archive(path)


def test_another_programs_database_is_refused_untouched(tmp_path):
    """Found by a newcomer: ``--db`` naming another program's SQLite file wrote vanban's
    tables in beside its own."""
    path = tmp_path / "contacts.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table people(name)")
    with pytest.raises(SchemaError, match=r"not a vanban archive: it holds other tables \(people\)"):
        Archive(path)
    with sqlite3.connect(path) as conn:
        assert [t for (t,) in conn.execute("select name from sqlite_master where type = 'table'")] == ["people"]
        assert conn.execute("pragma journal_mode").fetchone() == ("delete",)  # not even switched to WAL


def test_store_writes_document_and_children(archive):
    doc_id = archive.store(DANVAN)
    doc = dict(zip(
        [c[0] for c in archive.conn.execute("SELECT * FROM documents").description],
        rows(archive, "SELECT * FROM documents WHERE id = ?", [doc_id])[0],
    ))
    assert doc["number"] == "24-KH/ĐU" and doc["number_key"] == "24 kh du"
    assert doc["year"] == 2025 and doc["type"] == "Kế hoạch"
    assert json.loads(doc["recipients"]) == list(DANVAN.extraction.metadata.recipients)
    assert json.loads(doc["cites"]) == ["25-NQ/TW", "04-KH/BTGDVTU"]
    assert doc["page_count"] == 1 and doc["version"] == 1 and doc["supersedes_id"] is None
    assert doc["confidence"] == pytest.approx(91.5)
    assert "dan van kheo" in doc["search_text"] and "Đ" not in doc["search_text"]
    assert rows(archive, "SELECT count(*) FROM pages WHERE document_id = ?", [doc_id])[0][0] == 1
    assert rows(archive, "SELECT count(*) FROM citations")[0][0] == 2
    assert rows(archive, "SELECT count(*) FROM targets")[0][0] == 1
    # two deadlines, each stored once although obligations repeat them
    assert rows(archive, "SELECT count(*) FROM deadlines")[0][0] == 2
    obl = rows(
        archive,
        "SELECT o.who, o.deadline_date, o.deadline_recurrence, d.text, o.target_text FROM obligations o "
        "LEFT JOIN deadlines d ON d.id = o.deadline_id ORDER BY o.id",
    )
    assert obl[0][:4] == ("Ủy ban nhân dân phường", "2025-11-30", None, "trước ngày 30/11/2025")
    assert obl[1][3] is None and "01 mô hình" in obl[1][4]
    assert obl[2][2] == "FREQ=YEARLY"


def test_same_file_twice_is_stored_once(archive):
    first = archive.store(DANVAN)
    assert archive.has(DANVAN.source.sha256)
    assert archive.store(DANVAN) == first
    moved = dataclasses.replace(DANVAN, source=dataclasses.replace(DANVAN.source, path="/other/copy.pdf"))
    assert archive.store(moved) == first
    assert archive.documents_count() == 1
    assert rows(archive, "SELECT count(*) FROM pages")[0][0] == 1


def test_changed_file_at_same_path_is_a_new_version(archive):
    v1 = archive.store(DANVAN)
    changed = make_doc(
        DANVAN.source.path,
        [DANVAN.text + "\nIII- TỔ CHỨC THỰC HIỆN (bổ sung)"],
        DANVAN.extraction.metadata,
        citations=DANVAN.extraction.citations,
    )
    v2 = archive.store(changed)
    assert v2 != v1
    got = rows(archive, "SELECT id, version, supersedes_id FROM documents ORDER BY id")
    assert got == [(v1, 1, None), (v2, 2, v1)]
    # both versions keep their own text; the old one is never overwritten
    assert "bổ sung" not in rows(archive, "SELECT text FROM documents WHERE id = ?", [v1])[0][0]


def test_store_is_atomic(archive, monkeypatch):
    archive.store(NQ25)
    before = {t: rows(archive, f'SELECT count(*) FROM "{t}"')[0][0] for t in TABLES}

    def boom(*a, **k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(archive, "_insert_obligation", boom)  # fails after document/pages/citations
    with pytest.raises(RuntimeError, match="disk on fire"):
        archive.store(DANVAN)
    after = {t: rows(archive, f'SELECT count(*) FROM "{t}"')[0][0] for t in TABLES}
    assert after == before
    assert not archive.has(DANVAN.source.sha256)
    assert rows(archive, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'kheo'")[0][0] == 0
    monkeypatch.undo()
    assert archive.store(DANVAN)  # and the archive is usable afterwards


def test_a_killed_writer_leaves_no_half_document(tmp_path):
    """A process that dies inside the transaction (no COMMIT) leaves nothing."""
    import subprocess
    import sys

    path = tmp_path / "archive.db"
    Archive(path).close()
    code = (
        "import os, sys; sys.path.insert(0, %r)\n"
        "from archive_samples import DANVAN\n"
        "from vanban.archive import Archive\n"
        "a = Archive(%r)\n"
        "a._insert_obligation = lambda *x, **k: os._exit(9)\n"
        "a.store(DANVAN)\n"
    ) % (str(__import__('pathlib').Path(__file__).parent), str(path))
    proc = subprocess.run([sys.executable, "-c", code])
    assert proc.returncode == 9
    with Archive(path) as a:
        assert a.documents_count() == 0
        assert a.conn.execute("SELECT count(*) FROM pages").fetchone()[0] == 0
        assert a.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_record_error(archive):
    archive.record_error("/in/broken.pdf", "PDF is encrypted\n(password)", sha256="ab" * 32)
    archive.record_error("/in/empty.txt", "empty file")
    got = rows(archive, "SELECT path, sha256, error FROM ingest_errors ORDER BY id")
    assert got == [("/in/broken.pdf", "ab" * 32, "PDF is encrypted (password)"), ("/in/empty.txt", None, "empty file")]
    assert archive.errors_count() == 2


@pytest.mark.parametrize("symbol", ["24-KH/ĐU", "24-KH/DU", "24 KH DU", "24-kh/đu", " 24 – KH / ĐU "])
def test_symbol_key(symbol):
    assert symbol_key(symbol) == "24 kh du"


def test_symbol_key_empty():
    assert symbol_key(None) is None and symbol_key(" /-") is None


def test_citation_links_whichever_comes_first(tmp_path):
    # citing document first, cited one later
    with Archive(tmp_path / "a.db") as a:
        citing = a.store(DANVAN)
        assert rows(a, "SELECT cited_document_id FROM citations WHERE number = '25-NQ/TW'")[0][0] is None
        cited = a.store(NQ25)
        assert rows(a, "SELECT cited_document_id FROM citations WHERE number = '25-NQ/TW'")[0][0] == cited
        assert rows(a, "SELECT document_id FROM citations WHERE cited_document_id = ?", [cited]) == [(citing,)]
    # cited document first
    with Archive(tmp_path / "b.db") as b:
        cited = b.store(NQ25)
        b.store(DANVAN)
        assert rows(b, "SELECT cited_document_id FROM citations WHERE number = '25-NQ/TW'")[0][0] == cited


def test_citation_link_disambiguates_reused_symbols(archive):
    """'05/CT-UBND' of another year or issuer is not the document cited."""
    other_year = make_doc(
        "/in/ct-05-2019.pdf",
        ["ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA Chỉ thị 05/CT-UBND năm 2019 về phòng chống thiên tai"],
        Metadata(number="05/CT-UBND", type="Chỉ thị", issuer="ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA", date="2019-04-02"),
    )
    right = archive.store(RESTORED)  # 05/CT-UBND of 2024
    archive.store(other_year)
    citing = make_doc(
        "/in/kh-7.pdf",
        ["Thực hiện Chỉ thị số 05/CT-UBND ngày 01/02/2024 của Ủy ban nhân dân tỉnh"],
        Metadata(number="7/KH-UBND", date="2024-03-01"),
        citations=(Citation("Chỉ thị số 05/CT-UBND ngày 01/02/2024", "05/CT-UBND", "Chỉ thị", date="2024-02-01"),),
    )
    archive.store(citing)
    assert rows(archive, "SELECT cited_document_id FROM citations")[0][0] == right


def test_reindex_restores_deleted_index(archive):
    for d in ALL:
        archive.store(d)
    archive.conn.execute("UPDATE documents SET number_key = 'junk'")  # fires FTS update trigger
    archive.conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('delete-all')")
    archive.conn.commit()
    assert rows(archive, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'dang'")[0][0] == 0
    archive.reindex()
    assert rows(archive, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'dang'")[0][0] >= 2
    assert rows(archive, "SELECT number_key FROM documents WHERE number = '13-KH/DU'")[0][0] == "13 kh du"


def test_foreign_keys_are_enforced(archive):
    with pytest.raises(sqlite3.IntegrityError):
        archive.conn.execute("INSERT INTO pages(document_id, number) VALUES (12345, 1)")
    archive.conn.rollback()


def test_legacy_document_stored_as_is(archive):
    doc_id = archive.store(LEGACY)
    text, raw, restored = rows(archive, "SELECT text, raw_text, restored_pages FROM documents WHERE id = ?", [doc_id])[0]
    assert text == raw and restored == 0


def test_not_an_archive_is_an_input_error(tmp_path):
    from vanban.archive import search
    from vanban.models import InputError

    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(InputError, match="cannot open archive"):
        Archive(junk)
    with pytest.raises(InputError, match="cannot search"):
        search(junk, "dang uy")
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE t(x)").connection.close()
    with pytest.raises(InputError, match="not a vanban archive"):
        search(plain, "dang uy")


def test_two_writers_store_the_same_files_once(tmp_path):
    """Two conveyors on one archive: WAL + BEGIN IMMEDIATE + re-check under the lock."""
    import subprocess
    import sys

    path = tmp_path / "archive.db"
    Archive(path).close()
    code = (
        "import sys; sys.path.insert(0, %r)\n"
        "from archive_samples import ALL\n"
        "from vanban.archive import Archive\n"
        "with Archive(%r) as a:\n"
        "    for _ in range(3):\n"
        "        for d in ALL: a.store(d)\n"
    ) % (str(__import__("pathlib").Path(__file__).parent), str(path))
    procs = [subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE) for _ in range(2)]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()
    with Archive(path) as a:
        assert a.documents_count() == len(ALL)
        assert a.conn.execute("SELECT count(*) FROM obligations").fetchone()[0] == sum(
            len(d.extraction.obligations) for d in ALL
        )


def test_an_fts_index_left_without_its_triggers_is_rebuilt_on_open(tmp_path):
    """A crash between CREATE VIRTUAL TABLE and its triggers must not leave an
    index that silently stops following the documents."""
    import sqlite3

    from vanban.archive import Archive, search
    from archive_samples import DANVAN

    db = tmp_path / "a.db"
    with Archive(db):
        pass
    with sqlite3.connect(db) as conn:  # what such a crash leaves behind
        for trigger in ("documents_ai", "documents_ad", "documents_au"):
            conn.execute(f'DROP TRIGGER "{trigger}"')
    with Archive(db) as archive:
        archive.store(DANVAN)
    assert [h.number for h in search(db, "dan van kheo")] == [DANVAN.extraction.metadata.number]
