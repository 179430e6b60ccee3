"""An archive that cannot be written (a full disk) stops the batch in one line.

Found by a newcomer run: with the disk full, every later file of the batch was
still read, then failed with "OperationalError: database or disk is full",
the first ones recorded in ``ingest_errors`` as if the file were at fault (and
a re-run would find those rows blaming good files). Now the batch stops at the
first write the archive refuses, says so once, blames no file, leaves only
whole documents, and the same command run again stores exactly the rest.

The full disk is the real thing as a process sees it: a file-size limit
(RLIMIT_FSIZE, as ``ulimit -f``) on the ``vanban ingest`` process, so SQLite's
writes fail past it; no mount, no root.
"""

from __future__ import annotations

import re
import resource
import shutil
import sqlite3
import subprocess

from cli_helpers import ROOT, VANBAN

PLANS = sorted((ROOT / "tests" / "fixtures" / "plans").glob("*.txt"))


def _ingest(folder, db, fsize: int | None = None) -> subprocess.CompletedProcess:
    def limit() -> None:
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    return subprocess.run([*VANBAN, "ingest", str(folder), "--db", str(db), "--jobs", "1", "--no-progress"],
                          capture_output=True, text=True, cwd=ROOT, preexec_fn=limit, timeout=600)


def _whole_documents(db) -> int:
    """The number of documents, after checking each is whole and indexed."""
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
        conn.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)")
        for doc_id, pages in conn.execute("select id, page_count from documents"):
            assert conn.execute("select count(*) from pages where document_id = ?", [doc_id]).fetchone() == (pages,)
        return conn.execute("select count(*) from documents").fetchone()[0]


def test_a_full_disk_stops_the_batch_in_one_line_and_a_rerun_stores_the_rest(tmp_path):
    folder, db = tmp_path / "in", tmp_path / "archive.db"
    folder.mkdir()
    shutil.copy(PLANS[0], folder)
    first = _ingest(folder, db)
    assert first.returncode == 0, first.stderr
    for plan in PLANS[1:]:
        shutil.copy(plan, folder)

    full = _ingest(folder, db, fsize=db.stat().st_size + 24 * 1024)  # room to open, not to store many
    lines = full.stderr.strip().splitlines()
    assert full.returncode == 1 and len(lines) == 1, full.stderr
    said = re.fullmatch(
        rf"vanban: {re.escape(str(db))}: cannot write to the archive \((disk I/O error|database or disk is full)\) "
        rf"while storing {re.escape(str(folder))}/\S+\.txt; stopped after (\d+) stored, 1 skipped, 0 failed: "
        r"run the same command again once the archive can be written \(what is stored is skipped\)", lines[0])
    assert said, lines[0]
    stored_then = int(said.group(2))
    assert stored_then < len(PLANS) - 1  # it did stop
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from ingest_errors").fetchone() == (0,)  # no file blamed
    assert _whole_documents(db) == 1 + stored_then

    again = _ingest(folder, db)
    assert again.returncode == 0, again.stderr
    assert f"{len(PLANS) - 1 - stored_then} stored, {1 + stored_then} skipped as already stored, 0 failed" \
        in again.stderr
    assert _whole_documents(db) == len(PLANS)
