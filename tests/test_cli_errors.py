"""The ``vanban`` command on bad arguments: one line naming the file and the cause,
never a traceback, and a batch that goes on. Each case was found by a newcomer run
on real inputs (a TCVN3 plan given to ``vanban restore``, a mistyped ``--db``)."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cli_helpers import VIETNAMESE_PLAN, run_cli  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _one_line(stderr: str) -> str:
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


def test_restore_reads_a_legacy_charset_file_as_ingest_does(tmp_path):
    # case 01: a TCVN3 (.VnTime) plan; restore used to die of a UnicodeDecodeError
    src = FIXTURES / "cases" / "01-tcvn3-txt" / "input.txt"
    done = run_cli("restore", str(src))
    assert done.returncode == 0, done.stderr
    assert "ĐẢNG ỦY XÃ SƠN TÂN" in done.stdout and "Số 12-KH/ĐU" in done.stdout


def test_restore_of_bytes_no_charset_decodes_is_one_line(tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(0x80, 0x100)) * 8)  # no NUL, no controls: every table is tried
    done = run_cli("restore", str(junk))
    assert done.returncode == 1
    line = _one_line(done.stderr)
    assert "junk.txt" in line and "TCVN3" in line and "VNI" in line


def test_restore_decodes_as_ingest_does(tmp_path):
    """Found by newcomer 8: restore called the charset detector alone, so a Notepad
    "Unicode" (UTF-16) file was "no Vietnamese charset gives Vietnamese text", a
    UTF-8 BOM came out as U+FEFF and binary data was blamed on charsets."""
    text = "Đảng ủy phường xây dựng kế hoạch\n"
    for name, data in (("utf16.txt", text.encode("utf-16")), ("bom.txt", text.encode("utf-8-sig")),
                       ("crlf.txt", text.replace("\n", "\r\n").encode())):
        (tmp_path / name).write_bytes(data)
        done = run_cli("restore", str(tmp_path / name))
        assert (done.returncode, done.stdout) == (0, text), (name, done.stderr)
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 8)
    done = run_cli("restore", str(junk))
    assert done.returncode == 1 and "binary content in a text file" in _one_line(done.stderr)
    (tmp_path / "empty.txt").write_bytes(b"")
    assert run_cli("restore", str(tmp_path / "empty.txt")).returncode == 0


def test_an_archive_that_cannot_be_opened_is_one_line_and_left_alone(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text(VIETNAMESE_PLAN, encoding="utf-8")
    not_db = tmp_path / "notes.txt"
    not_db.write_text("ghi chú\n" * 50, encoding="utf-8")
    before = not_db.read_bytes()
    for db in (tmp_path / "missing" / "x.db", not_db):
        done = run_cli("ingest", str(plan), "--db", str(db), "--no-progress")
        assert done.returncode == 1
        assert "cannot open archive" in _one_line(done.stderr)
    assert not_db.read_bytes() == before


def test_a_missing_path_is_one_failure_and_the_batch_goes_on(tmp_path):
    plan, db = tmp_path / "plan.txt", tmp_path / "a.db"
    plan.write_text(VIETNAMESE_PLAN, encoding="utf-8")
    done = run_cli("ingest", str(tmp_path / "gone.txt"), str(plan), "--db", str(db), "--no-progress")
    assert done.returncode == 1
    assert f"{tmp_path / 'gone.txt'}: no such file" in done.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("select number from documents").fetchall() == [("07-KH/ĐU",)]
        assert conn.execute("select error from ingest_errors").fetchall() == [("no such file",)]


def test_out_of_range_options_are_refused_before_any_work(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text(VIETNAMESE_PLAN, encoding="utf-8")
    for args in (["text", str(plan), "--jobs", "0"], ["text", str(plan), "--max-pages", "-5"],
                 ["search", "dan", "--db", str(plan), "--from", "2026-13-01"],
                 # found by a newcomer: these two ended in an OverflowError traceback
                 ["search", "dan", "--db", str(plan), "--limit", "99999999999999999999"],
                 ["serve", "--db", str(tmp_path / "x.db"), "--port", "99999"],
                 ["text", str(plan), "--lang", "../../etc/x"]):
        done = run_cli(*args)
        assert done.returncode == 2 and "Invalid value" in done.stderr, (args, done.stderr)


def test_a_dangling_link_and_a_fifo_in_a_folder_fail_with_their_reason(tmp_path):
    import os

    folder, db = tmp_path / "in", tmp_path / "a.db"
    folder.mkdir()
    (folder / "plan.txt").write_text(VIETNAMESE_PLAN, encoding="utf-8")
    (folder / "gone.pdf").symlink_to(tmp_path / "moved-away.pdf")
    os.mkfifo(folder / "pipe.txt")
    # a symlink loop (found by a newcomer: resolve() raised and ended the batch with a traceback)
    (folder / "loop1.txt").symlink_to(folder / "loop2.txt")
    (folder / "loop2.txt").symlink_to(folder / "loop1.txt")
    done = run_cli("ingest", str(folder), "--db", str(db), "--no-progress")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "gone.pdf: no such file" in done.stderr and "pipe.txt: not a regular file" in done.stderr
    assert "loop1.txt: cannot read file (Too many levels of symbolic links)" in done.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from documents").fetchone()[0] == 1
        assert conn.execute("select count(*) from ingest_errors").fetchone()[0] == 4


def test_a_checklist_written_into_a_missing_folder_is_one_line(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text(VIETNAMESE_PLAN, encoding="utf-8")
    done = run_cli("checklist", str(plan), "--format", "docx", "-o", str(tmp_path / "nowhere" / "x.docx"))
    assert done.returncode == 1
    assert "x.docx: no such folder" in _one_line(done.stderr)


def test_serving_on_a_busy_port_is_one_line_before_any_banner(tmp_path):
    """Found by a newcomer: a busy port printed "serving … at http://…" and then
    uvicorn's own error."""
    import socket

    from vanban.archive import Archive

    db = tmp_path / "a.db"
    Archive(db).close()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = run_cli("serve", "--db", str(db), "--port", str(port))
    assert done.returncode != 0 and "serving" not in done.stdout
    assert f"cannot serve on 127.0.0.1:{port}" in _one_line(done.stderr)


def test_an_account_in_a_missing_folder_is_refused(tmp_path):
    """Found by a newcomer: ``account add NAME --db missing.db`` saved an account file for
    an archive that does not exist (a mistyped path). A folder that is not there is still one."""
    done = run_cli("account", "add", "van-thu", "--db", str(tmp_path / "typo" / "archive.db"), "--password", "x" * 12)
    assert done.returncode == 1 and "no such folder" in _one_line(done.stderr)
    assert list(tmp_path.iterdir()) == []


def test_an_account_for_a_new_archive_creates_the_empty_archive(tmp_path):
    """The session-18 newcomer: ``account add … --db NEW.db`` (and ``serve --db NEW.db``) on a first
    run said "does not exist"; the archive is created empty (its schema), then the account saved."""
    db = tmp_path / "NEW.db"
    done = run_cli("account", "add", "van-thu", "--db", str(db), "--password", "x" * 12)
    assert done.returncode == 0, done.stderr
    assert "created an empty archive" in done.stderr
    with sqlite3.connect(db) as conn:
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
        assert {"documents", "deadlines", "obligations"} <= tables
        assert conn.execute("select count(*) from documents").fetchone()[0] == 0
    assert (tmp_path / "NEW.accounts.json").exists()
