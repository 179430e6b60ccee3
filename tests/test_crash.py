"""Crash safety: ``vanban ingest`` killed with SIGKILL, then re-run, loses nothing.

The real command in a subprocess, killed (``kill -9``, no chance to clean
up) at several moments of a batch: during start-up, after the first few
documents, in the middle. After each kill the archive must open cleanly
(integrity check, WAL recovered), hold only whole documents (every page,
its FTS row), and the next run must store exactly the missing documents and
say how many it skipped as already stored.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixtures.render import plan_text  # noqa: E402
from cli_helpers import ROOT, VANBAN  # noqa: E402

from vanban.conveyor import file_sha256  # noqa: E402

PLANS = sorted(p.name for p in (ROOT / "tests" / "fixtures" / "plans").glob("*.txt"))
N_DOCS = 120


def _batch(folder: Path) -> list[Path]:
    """N_DOCS distinct plans (the fixtures, each copy made unique), some multi-page."""
    folder.mkdir()
    files = []
    for i in range(N_DOCS):
        text = plan_text(PLANS[i % len(PLANS)])
        if i % 5 == 0:  # a second page
            text += "\f" + "Phụ lục: danh sách các chi bộ trực thuộc thực hiện kế hoạch.\n"
        text += f"\nBản lưu số {i + 1} tại Văn phòng Đảng ủy.\n"
        path = folder / f"{i:03d}-{PLANS[i % len(PLANS)]}"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    return files


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("select count(*) from documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:  # schema not created yet
        return 0


def _start(folder: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [*VANBAN, "ingest", str(folder), "--db", str(db), "--jobs", "2", "--no-progress"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )


def _kill(proc: subprocess.Popen) -> None:
    """SIGKILL the ingesting process, then whatever workers it left behind."""
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _check_whole(db: Path, shas: set[str]) -> int:
    """The archive after a kill: opens, is consistent, holds whole documents only."""
    from vanban.archive import Archive

    with Archive(db):  # opens cleanly (completes a schema the kill interrupted)
        pass
    conn = sqlite3.connect(db)
    try:
        triggers = {r[0] for r in conn.execute("select name from sqlite_master where type = 'trigger'")}
        assert {"documents_ai", "documents_ad", "documents_au"} <= triggers, "FTS would miss documents"
        assert conn.execute("pragma integrity_check").fetchall() == [("ok",)]
        assert conn.execute("pragma journal_mode").fetchone()[0] == "wal"
        docs = conn.execute("select id, sha256, page_count from documents").fetchall()
        stored = {sha for _, sha, _ in docs}
        assert len(stored) == len(docs), "a document stored twice"
        assert stored <= shas
        for doc_id, _, page_count in docs:
            pages = conn.execute("select count(*) from pages where document_id = ?", [doc_id]).fetchone()[0]
            assert pages == page_count >= 1, "a half-stored document"
        assert conn.execute("select count(*) from documents_fts").fetchone()[0] == len(docs)
        orphans = conn.execute(
            "select count(*) from pages where document_id not in (select id from documents)"
        ).fetchone()[0]
        assert orphans == 0
        # searchable after the crash
        if docs:
            assert conn.execute(
                "select count(*) from documents_fts where documents_fts match '\"dang\"'"
            ).fetchone()[0] >= 1
        return len(docs)
    finally:
        conn.close()


@pytest.mark.timeout(300)
def test_sigkill_at_any_moment_then_rerun_stores_exactly_the_missing(tmp_path):
    files = _batch(tmp_path / "batch")
    shas = {file_sha256(f) for f in files}
    db = tmp_path / "archive.db"

    # kill points: during start-up (nothing stored yet), after a few, mid-batch
    kills = []
    for point in ("startup", 5, 40):
        before = _count(db)
        proc = _start(tmp_path / "batch", db)
        deadline = time.monotonic() + 120
        if point == "startup":  # as soon as the archive file appears: schema being made
            while not db.exists() and proc.poll() is None:
                assert time.monotonic() < deadline, "ingest never created the archive"
                time.sleep(0.002)
        else:
            while _count(db) < before + point and proc.poll() is None:
                assert time.monotonic() < deadline, "ingest made no progress"
                time.sleep(0.01)
        assert proc.poll() is None, "the batch finished before it could be killed"
        _kill(proc)
        after = _check_whole(db, shas)
        assert after >= before
        kills.append((point, before, after))
    print("kills (point, stored before, stored after):", kills)
    assert kills[-1][2] < N_DOCS, "the last kill came before the end"

    done = _count(db)
    final = subprocess.run(
        [*VANBAN, "ingest", str(tmp_path / "batch"), "--db", str(db), "--jobs", "2", "--no-progress"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert final.returncode == 0, final.stderr
    assert f"{N_DOCS - done} stored, {done} skipped as already stored, 0 failed" in final.stderr
    assert _check_whole(db, shas) == N_DOCS  # nothing lost, nothing twice


@pytest.mark.timeout(300)
def test_a_worker_killed_mid_batch_loses_nothing(tmp_path):
    """The OOM killer takes a pool worker: the pool is renewed, the documents
    that were in flight are redone one at a time, the batch completes."""
    import threading

    import psutil

    from vanban.conveyor import ingest

    files = _batch(tmp_path / "batch")
    db = tmp_path / "archive.db"
    killed: list[int] = []

    def killer() -> None:
        deadline = time.monotonic() + 120
        while _count(db) < 10 and time.monotonic() < deadline:
            time.sleep(0.005)
        workers = psutil.Process().children()  # the pool's worker processes
        if workers:
            workers[0].send_signal(signal.SIGKILL)
            killed.append(workers[0].pid)

    thread = threading.Thread(target=killer)
    thread.start()
    report = ingest([tmp_path / "batch"], db, jobs=2, progress=False)
    thread.join()
    assert killed, "no worker was running to be killed"
    assert (report.stored, report.failed) == (N_DOCS, 0), report.errors
    assert _check_whole(db, {file_sha256(f) for f in files}) == N_DOCS
