"""An archive on a read-only share: every command that writes says so in one line, once, and exits non-zero.

A newcomer found a Traceback (``lm learn``: OSError Errno 30 writing ``a.lm-user.npz.*.new``), "not a vanban
archive" (``account add``: it is one, it cannot be written) and "cannot open archive …: unable to open database
file" with the path twice (``reindex``). The folder is made read-only for real: a read-only tmpfs mount when the
tests run as root (root writes through a folder's mode bits), the folder's mode otherwise.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from cli_helpers import VIETNAMESE_PLAN, run_cli
from vanban.archive.access import write_blocker


@pytest.fixture(scope="module")
def read_only_archive(tmp_path_factory):
    """(folder, archive path): an archive with one document in a folder that cannot be written
    (one for the module: each ``vanban`` run costs seconds)."""
    tmp_path = tmp_path_factory.mktemp("read-only")
    folder = tmp_path / "ro"
    folder.mkdir()
    mounted = False
    if os.geteuid() == 0:
        if not shutil.which("mount") or subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)], capture_output=True).returncode:
            pytest.skip("root without the right to mount a tmpfs: no way to make a folder read-only for root")
        mounted = True
    plan = tmp_path / "plan.txt"
    plan.write_text(VIETNAMESE_PLAN, encoding="utf-8")
    db = folder / "a.db"
    try:
        done = run_cli("ingest", str(plan), "--db", str(db))
        assert done.returncode == 0, done.stderr
        if mounted:
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        else:
            folder.chmod(0o555)
        yield folder, db
    finally:
        if mounted:
            subprocess.run(["umount", str(folder)], check=False)
        else:
            folder.chmod(0o755)


def _one_line(done, db) -> str:
    lines = [ln for ln in done.stderr.splitlines() if ln.strip()]
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert len(lines) == 1, done.stderr
    assert lines[0].count(str(db)) == 1, lines[0]  # the path once
    return lines[0]


def test_write_blocker_names_the_read_only_folder(read_only_archive):
    folder, db = read_only_archive
    assert str(folder) in write_blocker(db)
    assert str(folder) in write_blocker(folder / "new.db")  # an archive to create there too
    assert write_blocker(folder.parent / "elsewhere.db") is None


def test_lm_learn_on_a_read_only_share_is_one_line(read_only_archive):
    folder, db = read_only_archive
    line = _one_line(run_cli("lm", "learn", "--db", str(db)), db)
    assert "adaptation layer" in line and "read-only" in line


@pytest.mark.parametrize("command", [
    ("account", "add", "bob", "--password", "secret-pass-1"),
    ("reindex",),
])
def test_a_write_to_a_read_only_archive_says_it_cannot_be_written(read_only_archive, command):
    folder, db = read_only_archive
    line = _one_line(run_cli(*command, "--db", str(db)), db)
    assert "cannot be written" in line and "read-only" in line
    assert "not a vanban archive" not in line and "unable to open database file" not in line


def test_ingest_into_or_beside_a_read_only_archive_says_it_cannot_be_written(read_only_archive):
    folder, db = read_only_archive
    plan = folder.parent / "plan.txt"
    for target in (db, folder / "new.db"):
        line = _one_line(run_cli("ingest", str(plan), "--db", str(target)), target)
        assert "cannot be written" in line and "read-only" in line


def test_watch_a_read_only_archive_says_it_cannot_be_written(read_only_archive, tmp_path):
    folder, db = read_only_archive
    line = _one_line(run_cli("watch", str(tmp_path / "inbox"), "--db", str(db)), db)
    assert "cannot be written" in line and "read-only" in line
