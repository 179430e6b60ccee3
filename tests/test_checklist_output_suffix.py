"""``vanban checklist FILE -o NAME`` without ``--format``: the suffix of NAME says the format, and a suffix that names
none is refused before the document is read.

Found by the newcomer of session 29: ``-o x.xlsx`` wrote Markdown into a file named .xlsx (Excel then refuses it)
and exited 0; ``-o noext`` silently became Markdown. vanban writes no spreadsheet (its CSV opens in Excel), so the
call is refused with one line naming the file and the formats known."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from conftest import ROOT

from vanban.cli import cli

PLAN = ROOT / "tests/fixtures/plans/kh_dang_uy_xa_chuyen_doi_so_2026.txt"


@pytest.mark.parametrize("name", ["phieu.xlsx", "phieu", "phieu.txt"])
def test_a_suffix_naming_no_format_is_refused(tmp_path, monkeypatch, name):
    import vanban.conveyor as conveyor

    def unread(*a, **k):  # refused before the document is read (OCR may take minutes)
        raise AssertionError("the document was read")

    monkeypatch.setattr(conveyor, "process_file", unread)
    out = tmp_path / name
    got = CliRunner().invoke(cli, ["checklist", str(PLAN), "-j", "1", "-o", str(out)])
    assert got.exit_code != 0
    lines = [x for x in got.output.splitlines() if x.strip()]
    assert len(lines) == 1, got.output
    assert str(out) in lines[0] and ".csv" in lines[0] and ".docx" in lines[0] and ".md" in lines[0]
    assert not out.exists()


def test_a_known_suffix_or_an_explicit_format_is_written(tmp_path):
    md, other = tmp_path / "phieu.MD", tmp_path / "phieu.txt"
    got = CliRunner().invoke(cli, ["checklist", str(PLAN), "-j", "1", "-o", str(md)])
    assert got.exit_code == 0, got.output
    assert md.read_text(encoding="utf-8").lstrip().startswith("#")
    # --format says it: the file's name is the user's choice
    got = CliRunner().invoke(cli, ["checklist", str(PLAN), "-j", "1", "--format", "md", "-o", str(other)])
    assert got.exit_code == 0, got.output
    assert other.read_text(encoding="utf-8") == md.read_text(encoding="utf-8")
