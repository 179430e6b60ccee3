"""Number options given NaN, infinity or absurd sizes: click's usage error, no traceback.

Why (found by a newcomer): ``--max-file-mb nan`` / ``inf`` / ``1e308`` and
``--ocr-timeout nan`` passed click's FloatRange (every comparison with NaN is
false) and ended in "ValueError: cannot convert float NaN to integer" with a
traceback; ``vanban watch --settle nan`` (or ``inf``) started and never took a
file, silently. The real command runs in a subprocess.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from cli_helpers import ROOT, VANBAN, run_cli

SCAN = ROOT / "samples" / "126-CV-DU_bao_cao_dan_van_kheo_scan.png"


@pytest.mark.parametrize("option, value", [
    ("--max-file-mb", "nan"), ("--max-file-mb", "inf"), ("--max-file-mb", "1e308"), ("--max-text-mb", "nan"),
    ("--ocr-timeout", "nan"), ("--ocr-timeout", "inf"), ("--ocr-timeout", "-inf"),
])
def test_limits_refuse_non_finite_values(option: str, value: str) -> None:
    done = run_cli("text", str(SCAN), option, value)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith(f"Error: Invalid value for '{option}'")


@pytest.mark.parametrize("value", ["nan", "inf", "-5"])
def test_watch_refuses_a_settle_time_no_file_would_ever_pass(tmp_path: Path, value: str) -> None:
    done = subprocess.run([*VANBAN, "watch", str(tmp_path / "inbox"), "--db", str(tmp_path / "a.db"), "--settle", value],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)  # before: watched for ever
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("Error: Invalid value for '--settle'")
    assert not (tmp_path / "a.db").exists()


@pytest.mark.parametrize("command", ["text", "extract", "checklist", "ingest"])
def test_jobs_has_a_ceiling_a_typo_cannot_fork_past(tmp_path: Path, command: str) -> None:
    """``--jobs 100000`` forked a process pool of 100000 workers (load 98 on
    the 2-core machine before it was killed). The file is missing, so before the
    ceiling the command ended on the file instead, forking nothing."""
    missing = str(tmp_path / "missing.pdf")
    args = [command, "--jobs", "100000", missing] + (["--db", str(tmp_path / "a.db")] if command == "ingest" else [])
    done = run_cli(*args)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("Error: Invalid value for '-j' / '--jobs'"), done.stderr
    assert not (tmp_path / "a.db").exists()


def test_watch_jobs_has_the_same_ceiling(tmp_path: Path) -> None:
    done = subprocess.run([*VANBAN, "watch", str(tmp_path / "inbox"), "--db", str(tmp_path / "a.db"), "--jobs", "100000"],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)  # before: watched for ever
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("Error: Invalid value for '-j' / '--jobs'")
