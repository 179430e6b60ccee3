"""`vanban serve` stops cleanly; `vanban watch` consumes a folder; the plugin ships.

Real processes: the server and the consume folder run as `python -m
vanban.cli …` children and are stopped with the signals a terminal or a
service manager sends.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from archive_samples import ALL
from browsing import free_port, serve_command
from conftest import ROOT, SAMPLES
from tree_build import tree_copy

from vanban.archive import Archive


def child_env():
    return dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))


#: a loaded machine (a newcomer's ``make test`` at load 20–36, session 51) starts a ``vanban`` child in
#: 75–100 s: every wait is stretched by this factor; a wait only costs time when the test fails
PATIENCE = 4


def _sigint_as_default():
    """A child of a shell's background job inherits SIGINT ignored (bash without job control sets SIG_IGN), and
    Python then never turns Ctrl-C into KeyboardInterrupt: the watcher would not stop on the SIGINT these tests send
    (session 51's suite, started with ``&``, waited out its timeout). The child gets the default back."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def wait_until(predicate, timeout, what):
    deadline = time.monotonic() + timeout * PATIENCE
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    pytest.fail(f"timed out waiting for {what}")


def answers(url):
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


def port_is_free(port):
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
            return True
        except OSError:
            return False


def descendants(pid):
    out = subprocess.run(["ps", "-eo", "pid=,ppid="], capture_output=True, text=True).stdout
    children = {}
    for line in out.splitlines():
        p, pp = map(int, line.split())
        children.setdefault(pp, []).append(p)
    found, todo = [], [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            found.append(c)
            todo.append(c)
    return found


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_serve_stops_on_signal_and_frees_the_port(tmp_path, sig):
    db = tmp_path / "kho.db"  # not named archive.db: no temporary folder either
    with Archive(db) as a:
        a.store(ALL[0])
    port = free_port()
    proc = subprocess.Popen(serve_command(db, port), env=child_env(), cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        wait_until(lambda: answers(f"http://127.0.0.1:{port}/archive/documents.json"), 60, "the server")
        family = [proc.pid, *descendants(proc.pid)]
        proc.send_signal(sig)
        assert proc.wait(timeout=30 * PATIENCE) == 0
        output = proc.stdout.read()
    finally:
        if proc.poll() is None:
            proc.kill()
    assert "vanban account add" in output  # how to create the first account
    assert port_is_free(port)
    for pid in family:  # nothing of the server is left running
        assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text().lower()


def test_serve_help_lists_its_options():
    out = subprocess.run([sys.executable, "-m", "vanban.cli", "serve", "--help"], env=child_env(),
                         capture_output=True, text=True, cwd=ROOT).stdout
    assert "--allow-sql" in out and "--watch" in out


def test_watch_consumes_good_and_bad_files(tmp_path):
    inbox, db = tmp_path / "inbox", tmp_path / "archive.db"
    inbox.mkdir()
    shutil.copy(SAMPLES / "24-KH-DU_dan_van_kheo_long_bien_2026_legacy_ocr.txt", inbox / "24-KH.txt")
    proc = subprocess.Popen([sys.executable, "-m", "vanban.cli", "watch", str(inbox), "--db", str(db),
                             "--settle", "0.5", "--jobs", "1"], env=child_env(), cwd=ROOT, preexec_fn=_sigint_as_default,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        wait_until(lambda: (inbox / "done" / "24-KH.txt").exists(), 120, "the file there at start")
        # dropped while it runs: a good file written slowly, a bad one, the same good one again
        slow = inbox / "02-NQ.docx"
        data = (SAMPLES / "02-NQ-CB_chi_bo_dong_tam_2026.docx").read_bytes()
        with open(slow, "wb") as fh:
            for i in range(0, len(data), len(data) // 4 + 1):
                fh.write(data[i : i + len(data) // 4 + 1])
                fh.flush()
                time.sleep(0.2)
        (inbox / "english.txt").write_text("This is an English memo about the weekly meeting. " * 30)
        # a hostile name: its line is printed with the ESC written out, never raw
        (inbox / "esc\x1b[31mred.txt").write_text("This is an English memo about the weekly meeting. " * 30)
        # a name whose bytes are not UTF-8 (an old zip's cp1258): recorded, never fatal
        open(os.fsencode(inbox) + b"/r\xe1c.txt", "wb").close()
        shutil.copy(SAMPLES / "24-KH-DU_dan_van_kheo_long_bien_2026_legacy_ocr.txt", inbox / "copy.txt")
        # a scanner that reuses its file names: another plan under the name already filed away
        shutil.copy(SAMPLES / "13-KH-DU_dan_van_kheo_binh_dinh_legacy_ocr.txt", inbox / "24-KH.txt")
        wait_until(lambda: all((inbox / sub / name).exists() for sub, name in
                               [("done", "02-NQ.docx"), ("failed", "english.txt"), ("done", "copy.txt"),
                                ("failed", "esc\x1b[31mred.txt"), ("failed", os.fsdecode(b"r\xe1c.txt"))])
                   and len(list((inbox / "done").glob("24-KH*.txt"))) == 2,
                   180, "the dropped files")
        assert proc.poll() is None  # a bad file never stops the folder
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=60 * PATIENCE) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    out = proc.stdout.read()
    assert "\x1b" not in out and "vanban: esc\\x1b[31mred.txt: " in out, out
    reason = (inbox / "failed" / "english.txt.error.txt").read_text(encoding="utf-8")
    assert reason.startswith("english.txt: ") and "not Vietnamese" in reason and reason.count("\n") == 1
    assert sorted(p.name for p in inbox.iterdir() if p.is_file()) == []
    with sqlite3.connect(db) as conn:
        numbers = sorted(n for (n,) in conn.execute("select number from documents"))
        versions = conn.execute("select count(*) from documents where version != 1").fetchone()[0]
        paths = [p for (p,) in conn.execute("select path from documents")]
        errors = conn.execute("select count(*) from ingest_errors where path like '%english.txt'").fetchone()[0]
        error_rows = dict(conn.execute("select path, error from ingest_errors"))
        copies = [Path(p) for (p,) in conn.execute("select path from copies")]
    # the copy went to the stored document; the second 24-KH.txt is a document of its own
    assert numbers == ["02-NQ/CB", "13-KH/ĐU", "24-KH/ĐU"] and versions == 0
    assert all(Path(p).parent == (inbox / "done").resolve() and Path(p).exists() for p in paths)
    # the copy's own row followed it into done/ (it keeps the content listed if the first is edited)
    assert copies == [(inbox / "done").resolve() / "copy.txt"], copies
    assert errors == 1
    # each error row names the file where it now is: in failed/
    assert error_rows[str(inbox / "failed" / "r\\xe1c.txt")] == "empty file"
    assert all(Path(p).parent == inbox / "failed" for p in error_rows), error_rows
    assert "vanban: r\\xe1c.txt: empty file" in out


def test_pyproject_declares_the_plugin_entry_point_and_its_files():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert project["project"]["entry-points"]["datasette"] == {"vanban": "vanban.web.plugin"}
    data = project["tool"]["setuptools"]["package-data"]["vanban"]
    assert "web/metadata.yml" in data and "web/templates/*.html" in data


@pytest.mark.slow
def test_a_plain_install_serves_the_same_site(tmp_path):
    """`pip install .` (not editable) into a folder; from elsewhere, Datasette finds
    the plugin by its entry point and the templates and metadata as package data."""
    target = tmp_path / "site"
    src = tree_copy(ROOT, tmp_path / "src")  # a private tree: its build/ folder shared with no other build
    r = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target),
                        str(src)], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    db = tmp_path / "archive.db"
    with Archive(db) as a:
        doc_id = a.store(ALL[0])
    script = f"""
import asyncio, importlib.metadata as md, vanban.web
assert vanban.web.__file__.startswith({str(target)!r}), vanban.web.__file__
eps = [e.value for e in md.entry_points(group="datasette") if e.name == "vanban"]
assert eps == ["vanban.web.plugin"], eps
from datasette.plugins import pm
from vanban.web.server import datasette_app
ds = datasette_app({str(db)!r})
assert pm.get_plugin("vanban.web.plugin") or pm.get_plugin("vanban")
page = asyncio.run(ds.client.get("/archive/documents/{doc_id}")).text
assert 'class="vb-texts"' in page and "Tải phiếu giao việc" in page
print("ok")
"""
    env = dict(os.environ, PYTHONPATH=str(target))
    r = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert r.stdout.strip() == "ok", r.stderr[-2000:]


def test_serve_with_a_consume_folder_shows_new_documents_without_restart(tmp_path):
    import json

    db, inbox = tmp_path / "archive.db", tmp_path / "inbox"
    with Archive(db) as a:
        a.store(ALL[0])
    port = free_port()
    proc = subprocess.Popen(serve_command(db, port, "--watch", str(inbox), "--jobs", "1"), env=child_env(),
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}/archive/documents.json?_shape=array&_col=number"
    try:
        wait_until(lambda: answers(url), 60, "the server")
        shutil.copy(SAMPLES / "13-KH-DU_dan_van_kheo_binh_dinh_legacy_ocr.txt", inbox / "13-KH.txt")
        wait_until(lambda: (inbox / "done" / "13-KH.txt").exists(), 120, "the consume folder")
        with urllib.request.urlopen(url, timeout=10) as r:
            numbers = [row["number"] for row in json.load(r)]
        assert "13-KH/ĐU" in numbers and len(numbers) == 2
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60 * PATIENCE) == 0
    finally:
        if proc.poll() is None:
            proc.kill()


def test_watch_waits_for_a_writer_that_pauses_with_the_file_open(tmp_path):
    """Found by a newcomer: a network copy that paused longer than --settle with the file
    still open was stored cut off (483 of 1764 characters); the file is taken once its
    writer has closed it."""
    inbox, db = tmp_path / "inbox", tmp_path / "archive.db"
    inbox.mkdir()
    data = (SAMPLES / "24-KH-DU_dan_van_kheo_long_bien_2026_legacy_ocr.txt").read_bytes()
    proc = subprocess.Popen([sys.executable, "-m", "vanban.cli", "watch", str(inbox), "--db", str(db),
                             "--settle", "0.5", "--jobs", "1"], env=child_env(), cwd=ROOT, preexec_fn=_sigint_as_default,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        wait_until(lambda: (inbox / "done").is_dir(), 60, "the watcher to start")
        with open(inbox / "slow.txt", "wb") as fh:
            fh.write(data[: len(data) // 3])
            fh.flush()
            time.sleep(4)  # eight times --settle, the file still open
            fh.write(data[len(data) // 3:])
        wait_until(lambda: (inbox / "done" / "slow.txt").exists(), 120, "the file filed away")
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=60 * PATIENCE) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select sha256 from documents").fetchall()
    assert rows == [(hashlib.sha256(data).hexdigest(),)]
