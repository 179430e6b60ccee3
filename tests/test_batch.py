"""A batch into the archive, step by step: each input read once, versions
that follow the file, copies that wait for the first, errors always
recorded and the batch going on (vanban/batch.py, vanban/snapshot.py).

Each test failed on the conveyor before issue 13's fixes; real files, real
SQLite, the real ``vanban`` command where it matters.
"""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cli_helpers import ENGLISH, VIETNAMESE_PLAN, sha256_hex, table  # noqa: E402
from fixtures.render import render_docx  # noqa: E402

from vanban import batch as steps  # noqa: E402
from vanban import conveyor, snapshot  # noqa: E402
from vanban.conveyor import ingest  # noqa: E402
from vanban.models import Limits  # noqa: E402

V2_LINE = "\nCác chi bộ thực hiện nghiêm túc kế hoạch này.\n"


# --- one read of each input -------------------------------------------------------


def test_a_file_replaced_while_it_is_read_is_stored_as_one_version(tmp_path, monkeypatch):
    """The input is replaced right after the conveyor first reads it (here:
    when the DOCX reader starts). The archive must hold the text and the
    sha256 of the SAME version — the one that was read."""
    from vanban.ingest import docxfile

    doc = tmp_path / "ke-hoach.docx"
    render_docx(VIETNAMESE_PLAN, doc)
    v1 = doc.read_bytes()
    v2_path = render_docx(VIETNAMESE_PLAN.replace("An Phú", "Bình Minh"), tmp_path / "v2.docx")
    original = docxfile.read_pages
    swapped = []

    def read_then_swap(path, *args, **kwargs):
        if not swapped:  # the user saves a new version while vanban works
            os.replace(v2_path, doc)
            swapped.append(True)
        return original(path, *args, **kwargs)

    monkeypatch.setattr(docxfile, "read_pages", read_then_swap)
    db = tmp_path / "a.db"
    report = ingest([doc], db, jobs=1, progress=False)
    assert swapped and report.stored == 1, report.errors
    [(sha, text)] = table(db, "select sha256, text from documents")
    assert sha == sha256_hex(v1), "the hash is of the bytes that were read"
    assert "An Phú" in text and "Bình Minh" not in text, "the text is of those same bytes"
    # the file now holds v2: the next run stores it as version 2, not "already stored"
    monkeypatch.setattr(docxfile, "read_pages", original)
    again = ingest([doc], db, jobs=1, progress=False)
    assert (again.stored, again.skipped) == (1, 0)
    assert "Bình Minh" in table(db, "select text from documents where version = 2")[0][0]


def test_snapshot_hashes_exactly_the_bytes_it_copied(tmp_path):
    src = tmp_path / "plan.txt"
    src.write_text(VIETNAMESE_PLAN, encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    snap = snapshot.snapshot(src, work)
    src.write_text(ENGLISH, encoding="utf-8")  # replaced after the read
    assert snap.copy.read_bytes() == VIETNAMESE_PLAN.encode()
    assert snap.sha256 == sha256_hex(VIETNAMESE_PLAN.encode())
    source = snapshot.load_snapshot(snap, Limits())
    assert source.path == str(src) and source.sha256 == snap.sha256
    assert "An Phú" in source.pages[0].text


def test_snapshot_refuses_bad_files_with_the_loaders_message(tmp_path):
    from vanban.models import InputError, LimitExceeded

    work = tmp_path / "work"
    work.mkdir()
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "big.txt").write_bytes(b"a" * 2000)
    with pytest.raises(InputError, match="empty file"):
        snapshot.snapshot(tmp_path / "empty.txt", work)
    with pytest.raises(InputError, match="no such file"):
        snapshot.snapshot(tmp_path / "missing.txt", work)
    with pytest.raises(LimitExceeded, match="file too large"):
        snapshot.snapshot(tmp_path / "big.txt", work, Limits(max_file_bytes=1000))
    assert list(work.iterdir()) == [], "nothing copied for a refused file"


def test_no_work_folder_is_left_behind(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", None)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(VIETNAMESE_PLAN, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(ENGLISH, encoding="utf-8")
    ingest([tmp_path / "in"], tmp_path / "a.db", jobs=1, progress=False)
    assert list((tmp_path / "tmp").iterdir()) == []


# --- versions follow the file -------------------------------------------------------


def test_v1_v2_v1_makes_v1_the_latest_again(tmp_path):
    doc = tmp_path / "ke-hoach.txt"
    db = tmp_path / "a.db"
    for text in (VIETNAMESE_PLAN, VIETNAMESE_PLAN + V2_LINE, VIETNAMESE_PLAN):
        doc.write_text(text, encoding="utf-8")
        report = ingest([doc], db, jobs=1, progress=False)
        assert (report.stored, report.skipped, report.failed) == (1, 0, 0)
    rows = table(db, "select version, sha256, supersedes_id, id from documents order by version")
    assert [r[0] for r in rows] == [1, 2, 3]
    assert rows[2][1] == rows[0][1] and rows[2][2] == rows[1][3]
    latest = table(db, "select text from documents d where not exists "
                       "(select 1 from documents n where n.supersedes_id = d.id)")
    assert len(latest) == 1 and "nghiêm túc" not in latest[0][0]
    # a fourth run of the same content adds nothing
    assert ingest([doc], db, jobs=1, progress=False).skipped == 1


def test_v1_v2_v1_by_a_relative_path(tmp_path, monkeypatch):
    """Found by a newcomer: ingesting a reverted file by a relative path
    (``vanban ingest v.txt``) skipped it as "already stored" (the path as typed
    missed the stored absolute path and the sha256 of v1 matched), so v2
    stayed the latest version."""
    monkeypatch.chdir(tmp_path)
    doc, db = Path("v.txt"), tmp_path / "a.db"
    for text in (VIETNAMESE_PLAN, VIETNAMESE_PLAN + V2_LINE, VIETNAMESE_PLAN):
        doc.write_text(text, encoding="utf-8")
        assert ingest([doc], db, jobs=1, progress=False).stored == 1
    assert [r[0] for r in table(db, "select version from documents order by id")] == [1, 2, 3]


def test_two_files_of_one_relative_name_in_two_folders_are_two_documents(tmp_path, monkeypatch):
    """Found by a newcomer: ``cd a && vanban ingest plan.txt`` then ``cd b && vanban
    ingest plan.txt`` made the second plan a version of the first (paths were
    stored as typed), and the first could no longer be found."""
    db = tmp_path / "a.db"
    for folder, text in (("a", VIETNAMESE_PLAN), ("b", VIETNAMESE_PLAN.replace("07-KH", "09-KH"))):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "plan.txt").write_text(text, encoding="utf-8")
        monkeypatch.chdir(tmp_path / folder)
        assert ingest([Path("plan.txt")], db, jobs=1, progress=False).stored == 1
    rows = table(db, "select number, version, supersedes_id, path from documents order by id")
    assert [r[:3] for r in rows] == [("07-KH/ĐU", 1, None), ("09-KH/ĐU", 1, None)]
    assert [r[3] for r in rows] == [str(tmp_path / f / "plan.txt") for f in "ab"]


def test_an_archive_with_a_unique_sha256_index_is_upgraded(tmp_path):
    from vanban.archive import Archive

    db = tmp_path / "old.db"
    Archive(db).close()
    with sqlite3.connect(db) as conn:  # as archives made before this change were
        conn.execute("DROP INDEX idx_documents_sha256")
        conn.execute("CREATE UNIQUE INDEX idx_documents_sha256 ON documents(sha256)")
    Archive(db).close()
    with sqlite3.connect(db) as conn:
        flags = {r[1]: r[2] for r in conn.execute("PRAGMA index_list(documents)")}
    assert flags["idx_documents_sha256"] == 0


# --- copies in one batch -------------------------------------------------------------


def test_a_copy_of_a_failing_file_is_not_counted_as_stored(tmp_path):
    for name in ("a.txt", "copy-of-a.txt"):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / name).write_text(ENGLISH, encoding="utf-8")
    db = tmp_path / "x.db"
    report = ingest([tmp_path / "in"], db, jobs=2, progress=False)
    assert (report.stored, report.skipped, report.failed) == (0, 0, 2), report
    assert sorted(Path(p).name for (p,) in table(db, "select path from ingest_errors")) == [
        "a.txt", "copy-of-a.txt"]


def test_release_copies_counts_them_only_after_a_store(tmp_path):
    import dataclasses

    from archive_samples import DANVAN

    from vanban.archive import Archive

    for name in "abc":
        (tmp_path / name).write_text(DANVAN.raw_text, encoding="utf-8")
    with Archive(tmp_path / "x.db") as archive:
        archive.store(dataclasses.replace(DANVAN, source=dataclasses.replace(DANVAN.source, path=str(tmp_path / "a"))))
        s1 = DANVAN.source.sha256
        batch = steps.Batch(archive=archive, engine=None, work_dir=Path("."))
        batch.waiting = {s1: [tmp_path / "b", tmp_path / "c"], "s2": [Path("e")]}
        steps.release_copies(batch, s1, stored=True)
        assert batch.report.skipped == 2 and not batch.todo
        # each copy is recorded under its own name, so it outlives the file first read
        assert archive.conn.execute("select path from copies order by path").fetchall() == [
            (str(tmp_path / "b"),), (str(tmp_path / "c"),)]
        steps.release_copies(batch, "s2", stored=False)
        assert batch.report.skipped == 2 and list(batch.todo) == [Path("e")]


# --- errors are always recorded, the batch goes on -------------------------------------


def test_a_locked_database_when_recording_an_error_is_retried(tmp_path, monkeypatch):
    from vanban.archive import Archive

    real = Archive.record_error
    calls = []

    def locked_once(self, *args, **kwargs):
        calls.append(args)
        if len(calls) == 1:
            raise sqlite3.OperationalError("database is locked")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Archive, "record_error", locked_once)
    monkeypatch.setattr(time, "sleep", lambda s: None)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a-english.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "in" / "b-plan.txt").write_text(VIETNAMESE_PLAN, encoding="utf-8")
    db = tmp_path / "a.db"
    report = ingest([tmp_path / "in"], db, jobs=1, progress=False)
    assert (report.stored, report.failed) == (1, 1)
    assert [Path(p).name for (p,) in table(db, "select path from ingest_errors")] == ["a-english.txt"]


def test_an_error_that_cannot_be_recorded_is_said_and_the_batch_goes_on(tmp_path, monkeypatch):
    from vanban.archive import Archive

    def always_locked(self, *args, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(Archive, "record_error", always_locked)
    monkeypatch.setattr(time, "sleep", lambda s: None)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a-english.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "in" / "b-plan.txt").write_text(VIETNAMESE_PLAN, encoding="utf-8")
    said = []
    report = ingest([tmp_path / "in"], tmp_path / "a.db", jobs=1, progress=False,
                    on_error=lambda path, line: said.append((Path(path).name, line)))
    assert (report.stored, report.failed) == (1, 1)
    assert said[0][0] == "a-english.txt"
    assert "not Vietnamese" in said[0][1] and "not recorded in ingest_errors: database is locked" in said[0][1]


def test_a_programming_error_keeps_its_traceback_in_the_named_log(tmp_path, monkeypatch):
    def broken(source, pages):
        return {}["no such key"]  # a bug, not bad input

    monkeypatch.setattr(conveyor, "extract_document", broken)
    doc = tmp_path / "plan.txt"
    doc.write_text(VIETNAMESE_PLAN, encoding="utf-8")
    said = []
    report = ingest([doc], tmp_path / "a.db", jobs=1, progress=False,
                    on_error=lambda path, line: said.append(line))
    assert report.failed == 1
    [line] = said
    assert line.startswith("KeyError: 'no such key' (traceback in ") and "\n" not in line
    log = Path(line.split("(traceback in ", 1)[1].rstrip(")"))
    assert log == tmp_path / "a.errors.log"
    logged = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and "in broken" in logged
    assert str(doc) in logged
    # bad input is not a programming error: no traceback for it
    monkeypatch.undo()
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    said.clear()
    ingest([tmp_path / "en.txt"], tmp_path / "a.db", jobs=1, progress=False,
           on_error=lambda path, line: said.append(line))
    assert "traceback" not in said[0]


def test_on_error_is_called_with_progress_bars_on(tmp_path):
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    said = []
    report = ingest([tmp_path / "en.txt"], tmp_path / "a.db", jobs=1, progress=True,
                    on_error=lambda path, line: said.append((path, line)))
    assert report.failed == 1
    assert said == [(str(tmp_path / "en.txt"), report.errors[0][1])]


def test_work_folders_of_killed_ingests_are_swept(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f"{snapshot.WORK_PREFIX}{dead.pid}-abc"
    live = tmp_path / f"{snapshot.WORK_PREFIX}{os.getpid()}-def"
    other = tmp_path / "vanban-ingest-notapid-x"
    for folder in (stale, live, other):
        folder.mkdir()
        (folder / "copy.pdf").write_bytes(b"%PDF")
    snapshot.sweep_work_dirs()
    assert not stale.exists() and live.exists() and other.exists()


def test_a_document_another_ingest_stored_first_counts_as_skipped(tmp_path, monkeypatch):
    """Two ``vanban ingest`` runs over one folder at once reported 137 + 143 stored
    for 152 rows (newcomer run): a store that found its document written by the
    other process meanwhile counted as stored."""
    from vanban.archive import Archive

    doc = tmp_path / "ke-hoach.txt"
    doc.write_text(VIETNAMESE_PLAN, encoding="utf-8")
    db = tmp_path / "a.db"
    real_store = Archive.store

    def store_after_the_other(self, document):
        with Archive(db) as other:  # the other run wins the race for this document
            real_store(other, document)
        return real_store(self, document)

    monkeypatch.setattr(Archive, "store", store_after_the_other)
    report = ingest([doc], db, jobs=1, progress=False)
    assert (report.stored, report.skipped) == (0, 1)
    assert table(db, "select count(*) from documents") == [(1,)]


def test_a_hostile_file_name_stays_one_plain_line(tmp_path, capsys):
    """Found by a newcomer: a name holding a newline split the "one clear line",
    and one holding ESC recoloured the terminal."""
    bad = tmp_path / "bad\nname\x1b[31mRED.txt"
    bad.write_bytes(b"")
    report = ingest([bad], tmp_path / "a.db", jobs=1, progress=False)
    assert report.failed == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "\x1b" not in err
    assert "bad\\nname\\x1b[31mRED.txt: empty file" in err


@pytest.mark.skipif(sys.platform != "linux", reason="POSIX file names are bytes")
def test_file_names_that_are_not_utf8_are_stored_and_recorded(tmp_path, capsys):
    """Found by a newcomer: a cp1258 name from an old zip (Python holds its bytes as
    surrogates, which SQLite refuses) ended the whole batch and stored nothing."""
    folder = os.fsencode(tmp_path)
    good, bad = folder + b"/k\xe9 ho\xb9ch.txt", folder + b"/r\xe1c.txt"
    with open(good, "w", encoding="utf-8") as fh:
        fh.write(VIETNAMESE_PLAN)
    open(bad, "wb").close()
    (tmp_path / "other.txt").write_text(VIETNAMESE_PLAN + "\nMột đoạn nữa để tệp này khác tệp kia.\n", encoding="utf-8")
    db = tmp_path / "a.db"
    for _ in range(2):  # the stored check matches the same key on a rerun
        report = ingest([os.fsdecode(good), os.fsdecode(bad), tmp_path / "other.txt"], db, jobs=1, progress=False)
        assert report.failed == 1
    assert (report.stored, report.skipped) == (0, 2)
    paths = [p for (p,) in table(db, "select path from documents order by path")]
    assert paths == [f"{tmp_path}/k\\xe9 ho\\xb9ch.txt", f"{tmp_path}/other.txt"]
    assert table(db, "select path, error from ingest_errors") == [(f"{tmp_path}/r\\xe1c.txt", "empty file")]
    assert "r\\xe1c.txt: empty file" in capsys.readouterr().err


def test_a_rerun_batch_records_each_failure_once(tmp_path):
    """Found by a newcomer: re-running a batch doubled the ingest_errors rows."""
    (tmp_path / "empty.txt").write_bytes(b"")
    db = tmp_path / "a.db"
    for _ in range(2):
        assert ingest([tmp_path / "empty.txt"], db, jobs=1, progress=False).failed == 1
    assert table(db, "select count(*) from ingest_errors") == [(1,)]


def test_an_error_row_names_the_file_by_its_absolute_path(tmp_path, monkeypatch):
    """Found by a newcomer: ingest_errors.path kept "bad/binary.txt" as typed while
    documents.path is absolute."""
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "empty.txt").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    ingest([Path("bad/empty.txt")], tmp_path / "a.db", jobs=1, progress=False)
    assert table(tmp_path / "a.db", "select path from ingest_errors") == [(str(tmp_path / "bad" / "empty.txt"),)]
