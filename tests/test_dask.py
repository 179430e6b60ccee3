"""Page OCR on a real Dask cluster gives the same archive as the process pool.

A real ``dask scheduler`` and two ``dask worker`` processes (the venv's own
entry points, so workers import this vanban) on 127.0.0.1; the ingest runs
through the ``vanban`` command like a user would run it. Workers get their
own temp dir, which shows the scanned file really travelled to them by value
(a worker on another machine cannot open the path of the ingesting one).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixtures.render import render_scan  # noqa: E402
from cli_helpers import VIETNAMESE_PLAN, archive_content, run_cli, table  # noqa: E402

pytest.importorskip("distributed")

BIN = Path(sys.executable).parent
SHORT_SCAN = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ TÂN HỘI\tĐộc lập - Tự do - Hạnh phúc
Số: 12/TB-UBND\tTân Hội, ngày 03 tháng 4 năm 2026

THÔNG BÁO
Lịch tiếp công dân tháng 4 năm 2026

Chủ tịch Ủy ban nhân dân xã tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở.
Văn phòng Ủy ban nhân dân xã niêm yết lịch này trước ngày 05 tháng 4 năm 2026.
"""


def _dask(*args: str, log: Path, env: dict, cwd: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [str(BIN / "dask"), *args], stdout=open(log, "wb"), stderr=subprocess.STDOUT,
        env=env, cwd=cwd, start_new_session=True,
    )


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """tcp://127.0.0.1:PORT of a scheduler with two single-threaded workers."""
    base = tmp_path_factory.mktemp("dask")
    worker_tmp = base / "worker-tmp"
    worker_tmp.mkdir()
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    info = base / "scheduler.json"
    procs = [_dask("scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                   "--scheduler-file", str(info), log=base / "scheduler.log", env=env, cwd=base)]
    try:
        deadline = time.monotonic() + 60
        while not info.exists() or not info.read_text().strip():
            assert time.monotonic() < deadline, (base / "scheduler.log").read_text()
            time.sleep(0.2)
        time.sleep(0.2)  # the file is written in one go, but be sure it is complete
        address = json.loads(info.read_text())["address"]
        for i in range(2):
            procs.append(_dask("worker", address, "--nthreads", "1", "--no-dashboard",
                               "--name", f"w{i}", log=base / f"worker{i}.log",
                               env=dict(env, TMPDIR=str(worker_tmp)), cwd=base))
        from distributed import Client

        with Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=90)
        yield address, worker_tmp
    finally:
        for p in reversed(procs):
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGTERM)
        for p in reversed(procs):
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Path:
    """A scanned notice, a text plan and one broken file."""
    folder = tmp_path_factory.mktemp("batch")
    render_scan(SHORT_SCAN, folder / "12-TB-UBND.png", seed=3)
    (folder / "07-KH-DU.txt").write_text(VIETNAMESE_PLAN, encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\ngarbage")
    return folder


@pytest.fixture(scope="module")
def pool_archive(batch, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("pool") / "archive.db"
    result = run_cli("ingest", str(batch), "--db", str(db), "--jobs", "2", "--no-progress")
    assert result.returncode == 1, result.stderr  # broken.pdf
    return db


def _check_same(db: Path, pool_archive: Path, result) -> None:
    assert result.returncode == 1, result.stderr
    assert "2 stored, 0 skipped as already stored, 1 failed" in result.stderr, result.stderr
    assert len([line for line in result.stderr.splitlines() if "broken.pdf" in line]) == 1
    content = archive_content(db)
    assert content == archive_content(pool_archive)
    assert any("12/TB-UBND" in (row[3] or "") for row in content)  # the scan was OCR'd
    assert [p for (p,) in table(db, "select path from ingest_errors")][0].endswith("broken.pdf")


def test_remote_cluster_gives_the_same_archive(cluster, batch, pool_archive, tmp_path):
    address, worker_tmp = cluster
    db = tmp_path / "archive.db"
    result = run_cli("ingest", str(batch), "--db", str(db), "--executor", "dask",
                     "--scheduler", address, "--no-progress")
    _check_same(db, pool_archive, result)
    shipped = list(worker_tmp.glob("vanban-shipped-*/*.png"))  # each worker's private folder
    assert shipped, "the scan reached the workers by value, not by path"
    assert all(p.parent.stat().st_mode & 0o777 == 0o700 for p in shipped)
    # nothing twice on a re-run through the cluster
    again = run_cli("ingest", str(batch), "--db", str(db), "--executor", "dask",
                    "--scheduler", address, "--no-progress")
    assert "0 stored, 2 skipped as already stored, 1 failed" in again.stderr, again.stderr


def test_local_cluster_gives_the_same_archive(batch, pool_archive, tmp_path):
    db = tmp_path / "archive.db"
    result = run_cli("ingest", str(batch), "--db", str(db), "--executor", "dask",
                     "--jobs", "2", "--no-progress")
    _check_same(db, pool_archive, result)


def test_unreachable_scheduler_is_one_clear_line(batch, tmp_path):
    env = dict(os.environ, DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT="2s")
    result = run_cli("ingest", str(batch), "--db", str(tmp_path / "a.db"), "--executor", "dask",
                     "--scheduler", "tcp://127.0.0.1:9", "--no-progress", env=env)
    assert result.returncode == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "a.db").exists()  # failed before touching the archive (a newcomer found an empty one)
