"""A scan batch stops at once on SIGTERM and on Ctrl-C, its pages in flight abandoned (left40, session 40).

Before, the pool's shutdown waited for the pages its workers were reading: a signal landing while Tesseract read a
page took the rest of those pages (about 12 s for two workers) to stop, and a worker stopped alone left its Tesseract
running as an orphan. Now the owner ends its workers (each its programs first): the command stops within seconds,
nothing of the batch is left running, and the archive holds whole documents only. The real command on copies of the
scanned sample; the signal is sent once a Tesseract is reading a page.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCAN = ROOT / "samples" / "18-KH-DU_chuyen_doi_so_2026_scan.pdf"


def _group(pid: int) -> list[str]:
    return subprocess.run(["pgrep", "-g", str(pid)], capture_output=True, text=True).stdout.split()


def _reading(pid: int) -> bool:
    """A Tesseract of the batch (its process group) is running."""
    return bool(subprocess.run(["pgrep", "-g", str(pid), "tesseract"], capture_output=True, text=True).stdout.split())


@pytest.mark.skipif(shutil.which("tesseract") is None or shutil.which("pgrep") is None, reason="needs tesseract, pgrep")
@pytest.mark.parametrize("signum, status", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_scan_batch_stops_at_once_mid_page(tmp_path: Path, signum: int, status: int) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        shutil.copy(SCAN, folder / f"scan{i}.pdf")
    db = tmp_path / "a.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "vanban.cli", "ingest", str(folder), "--db", str(db), "--jobs", "2", "--no-progress"],
        env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while not _reading(proc.pid) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    if proc.poll() is not None:
        pytest.skip("the batch ended before a page was read")
    sent = time.monotonic()
    proc.send_signal(signum)  # the command's process only, as `kill PID` does
    _, err = proc.communicate(timeout=120)
    took = time.monotonic() - sent
    text = err.decode()
    assert proc.returncode == status, text
    assert "Traceback" not in text
    assert took < 8.0, f"{took:.1f}s to stop"  # was the rest of the pages in flight (about 12 s at load 30)
    end = time.monotonic() + 10.0  # killed programs are reaped by init a moment later
    while (left := _group(proc.pid)) and time.monotonic() < end:
        time.sleep(0.2)
    assert left == [], left
    with sqlite3.connect(db) as conn:  # whole documents only
        assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
        assert all(n > 0 for (n,) in conn.execute(
            "select count(*) from pages group by document_id").fetchall()) if _has_pages(conn) else True


def _has_pages(conn: sqlite3.Connection) -> bool:
    return bool(conn.execute("select 1 from sqlite_master where name = 'pages'").fetchone())
