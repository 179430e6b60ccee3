"""A text file of one or two letters is no document.

Why (found by a newcomer): a folder holding ``one_byte.txt`` ("a") stored
it as a document (1 character: "a" is a Vietnamese syllable, so the language
check passed), while a file of three newlines was refused "no text found".
The same rule as a blank scan (vanban/ingest/blank.py) now applies to all.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_helpers import run_cli, table


@pytest.mark.parametrize("content", [b"a", b"ab\n", b"\xef\xbb\xbf1.\n"])
def test_a_file_of_one_or_two_letters_is_refused_as_no_text(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "tiny.txt").write_bytes(content)
    (tmp_path / "in" / "plan.txt").write_text("Đảng ủy xã xây dựng kế hoạch thực hiện nghị quyết.\n", encoding="utf-8")
    db = tmp_path / "a.db"
    done = run_cli("ingest", str(tmp_path / "in"), "--db", str(db))
    assert done.returncode == 1
    assert [ln for ln in done.stderr.splitlines() if "tiny.txt" in ln] == [
        f"vanban: {tmp_path / 'in' / 'tiny.txt'}: no text found (the file holds only blanks, or one or two letters)"]
    assert [Path(p).name for (p,) in table(db, "select path from documents")] == ["plan.txt"]
    assert [Path(p).name for (p,) in table(db, "select path from ingest_errors")] == ["tiny.txt"]
