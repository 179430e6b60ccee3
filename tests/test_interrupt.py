"""Ctrl-C on ``vanban ingest``: one line and status 130, never a traceback.

The real command on the samples (scans for Tesseract, a .doc for LibreOffice,
whose private profile is removed at exit); SIGINT is sent to the whole
process group, as a terminal's Ctrl-C is.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def start(db: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", "vanban.cli", "ingest", str(SAMPLES), "--db", str(db), "--jobs", "2", "--no-progress"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def interrupt(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGINT)
    except ProcessLookupError:
        pass


def test_ctrl_c_during_ingest_is_one_line_and_status_130(tmp_path: Path) -> None:
    proc = start(tmp_path / "a.db")
    time.sleep(2.0)  # converting the .doc and OCR of the scans take longer than this
    interrupt(proc)
    _, err = proc.communicate(timeout=120)
    text = err.decode()
    assert proc.returncode == 130, text
    assert text.strip().splitlines()[-1] == "vanban: interrupted"
    assert "Traceback" not in text and "Aborted" not in text


def test_ctrl_c_as_ingest_ends_is_no_traceback(tmp_path: Path) -> None:
    """The interrupt lands while the interpreter cleans up (pool threads, the
    LibreOffice profile's atexit removal): the clean-up finishes quietly."""
    proc = start(tmp_path / "a.db")
    lines = []
    for line in proc.stderr:
        lines.append(line.decode())
        if " stored, " in lines[-1]:
            interrupt(proc)
            break
    rest = proc.stderr.read().decode()
    proc.wait(timeout=120)
    text = "".join(lines) + rest
    assert "Traceback" not in text and "Exception ignored" not in text, text
    assert proc.returncode in (0, 130), text
    if proc.returncode == 130:
        assert text.strip().splitlines()[-1] == "vanban: interrupted"


def test_ctrl_c_while_a_pool_worker_starts_ends_it_quietly() -> None:
    """Under load a newcomer saw "Exception in initializer: Traceback … KeyboardInterrupt"
    when Ctrl-C reached a worker still in its initializer: it now exits quietly."""
    code = ("import os, signal, vanban.executors as ex\n"
            "ex._worker_init = lambda: os.kill(os.getpid(), signal.SIGINT)\n"
            "ex._pool_worker_init(os.getppid())\n"
            "print('survived')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 128 + signal.SIGINT and done.stdout == "" and "Traceback" not in done.stderr


def test_sigterm_during_ingest_is_one_line_and_status_143(tmp_path: Path) -> None:
    """Found by a newcomer: a SIGTERM'd ingest (a service manager's stop) died at once with
    status -15 and no line. Only the command's process is signalled, as ``kill PID`` does;
    its pool workers must not be left behind."""
    db = tmp_path / "a.db"
    proc = start(db)
    time.sleep(2.0)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    text = err.decode()
    assert proc.returncode == 143, text
    assert text.strip().splitlines()[-1] == "vanban: terminated"
    assert "Traceback" not in text
    time.sleep(1.0)
    left = subprocess.run(["pgrep", "-g", str(proc.pid)], capture_output=True, text=True).stdout.split()
    assert left == [], left
    import sqlite3

    with sqlite3.connect(db) as conn:  # whole documents only
        assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
