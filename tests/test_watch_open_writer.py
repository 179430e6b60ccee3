"""A file still being written when the consume folder starts (found by a newcomer's
``make test``: test_serve_watch's paused writer was stored cut off in one full run on a
loaded machine). The watcher learns that a writer holds a file open from inotify's events;
a file that was created before the watch began (or before its watch was in place, the
window the loaded run hit) has had no event, was found by the start-up listing as a plain
file and taken once it had not grown for ``settle`` seconds, half written.

Real parts: watchdog's inotify observer, the single writer (Intake, the ordinary conveyor),
SQLite; the writer is this test holding the file open, as a scanner or a copy does.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time

from conftest import SAMPLES

from vanban.intake import Intake
from vanban.watch import Inbox, open_for_writing

DATA = (SAMPLES / "24-KH-DU_dan_van_kheo_long_bien_2026_legacy_ocr.txt").read_bytes()


def stored(db) -> list[str]:
    if not db.exists():
        return []
    with sqlite3.connect(db) as conn:
        return [s for (s,) in conn.execute("select sha256 from documents")]


def test_a_file_open_for_writing_at_start_waits_for_its_writer(tmp_path):
    inbox, db = tmp_path / "inbox", tmp_path / "archive.db"
    inbox.mkdir()
    intake = Intake(db, jobs=1)
    box = Inbox(inbox, intake, settle=0.3, poll=0.1)
    try:
        with open(inbox / "đang chép.txt", "wb") as fh:
            fh.write(DATA[: len(DATA) // 3])
            fh.flush()
            box.start()  # the copy began before the watch: no inotify event for it
            time.sleep(3)  # ten times --settle, the file still open
            assert not (inbox / "done" / "đang chép.txt").exists() and stored(db) == []
            fh.write(DATA[len(DATA) // 3:])
        deadline = time.monotonic() + 120
        while not (inbox / "done" / "đang chép.txt").exists() and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        box.stop()
        intake.close(timeout=60)
    assert stored(db) == [hashlib.sha256(DATA).hexdigest()]


def test_open_for_writing_tells_a_held_file_from_a_closed_one(tmp_path):
    path = tmp_path / "tệp.txt"
    with open(path, "wb") as fh:
        fh.write(b"x")
        assert open_for_writing(path) is True
    assert open_for_writing(path) is False
    with open(path, "rb"):  # a reader is no writer
        assert open_for_writing(path) is False
    assert open_for_writing(tmp_path / "missing.txt") is None


WRITER_AND_ASKER = """
import subprocess, sys
from vanban.watch import open_for_writing
path = sys.argv[1]
open(path, "w").close()
writer = subprocess.Popen([sys.executable, "-c", '''
import sys, time
end = time.monotonic() + 3
while time.monotonic() < end:
    with open(sys.argv[1], "a") as f:
        f.write("x")
''', path])
asked = 0
while writer.poll() is None:
    open_for_writing(path)
    asked += 1
print("asked", asked)
"""


def test_a_writer_opening_the_file_while_it_is_asked_about_does_not_end_the_watcher(tmp_path):
    """The lease is held for two system calls; a writer opening the file then breaks it,
    and the kernel signals the holder (SIGIO by default: the watcher would die, 'I/O
    possible'). A real writer appending in a loop against a watcher asking in a loop."""
    import subprocess
    import sys

    from conftest import ROOT

    done = subprocess.run([sys.executable, "-c", WRITER_AND_ASKER, str(tmp_path / "tệp.txt")],
                          cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, (done.returncode, done.stderr[-500:])
    assert done.stdout.startswith("asked ")
