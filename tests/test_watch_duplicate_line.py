"""ux56: a file dropped in the consume folder that the archive already holds, byte for byte, is said to be a duplicate.

Found (session 55's review): a file byte-identical to an **older** version of an archived document (the file stored,
then stored again edited: version 2 supersedes version 1) was reported "-> document 1 (already stored)" — the
superseded version, by a bare id, as if it were the archive's current text. The line now says it is a duplicate, of
which document (its số ký hiệu, the file it came from), which version the archive holds now, and no document row is
added. Real parts, as tests/test_watch_open_writer.py: watchdog's observer, the single writer, SQLite; the document
is real (tests/fixtures/ux56/5333-CT-CS.md), its version 2 a clerk's edit of one line.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from vanban.conveyor import ingest
from vanban.intake import Intake
from vanban.watch import Inbox

FIX = Path(__file__).parent / "fixtures" / "ux56" / "5333-CT-CS.md"
V1 = FIX.read_text(encoding="utf-8")
V2 = V1.replace("Luật Quản lý thuế số 38/2019/QH14", "Luật Quản lý thuế số 38/2019/QH14 (đã sửa đổi, bổ sung)")


def _drop_and_watch(tmp_path: Path, content: str, name: str, capsys) -> tuple[str, Path, Path]:
    """Store the document twice (v1, then v2 at the same path), drop ``content`` as ``name`` in the inbox, run the
    watcher until it files it away; (the line it printed, the archive, the kept file)."""
    kho, inbox, db = tmp_path / "kho", tmp_path / "inbox", tmp_path / "archive.db"
    kho.mkdir()
    inbox.mkdir()
    kept = kho / "5333-CT-CS.md"
    kept.write_text(V1, encoding="utf-8")
    assert ingest([kept], db, jobs=1, progress=False).stored == 1
    kept.write_text(V2, encoding="utf-8")
    assert ingest([kept], db, jobs=1, progress=False).stored == 1
    capsys.readouterr()
    (inbox / name).write_text(content, encoding="utf-8")
    intake = Intake(db, jobs=1)
    box = Inbox(inbox, intake, settle=0.3, poll=0.1)
    try:
        box.start()
        deadline = time.monotonic() + 300
        while not (inbox / "done" / name).exists() and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        box.stop()
        intake.close(timeout=60)
    assert (inbox / "done" / name).exists()
    lines = [x for x in capsys.readouterr().out.splitlines() if x.startswith("vanban: ")]
    assert len(lines) == 1, lines
    return lines[0], db, kept


def _documents(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("select id, number, version, supersedes_id from documents order by id").fetchall()


def test_a_copy_of_an_older_version_is_a_duplicate_of_that_version_said_so(tmp_path, capsys):
    line, db, kept = _drop_and_watch(tmp_path, V1, "bản cũ (5333).md", capsys)
    assert line == (f"vanban: bản cũ (5333).md: duplicate of document 1, 5333/CT-CS, from {kept} "
                    "(version 1; the archive holds version 2, document 2) — not stored again")
    assert _documents(db) == [(1, "5333/CT-CS", 1, None), (2, "5333/CT-CS", 2, 1)]  # no row added


def test_a_copy_of_the_current_version_is_a_duplicate_said_so(tmp_path, capsys):
    line, db, kept = _drop_and_watch(tmp_path, V2, "bản mới.md", capsys)
    assert line == f"vanban: bản mới.md: duplicate of document 2, 5333/CT-CS, from {kept} — not stored again"
    assert len(_documents(db)) == 2


@pytest.mark.parametrize("content", [V1.replace("5333/CT-CS", "5334/CT-CS")])
def test_a_new_document_is_still_stored_and_named_by_its_id(tmp_path, capsys, content):
    line, db, _ = _drop_and_watch(tmp_path, content, "khác.md", capsys)
    assert line == "vanban: khác.md -> document 3"
    assert len(_documents(db)) == 3
