"""``vanban search --from/--to`` take a day as a Vietnamese clerk writes it.

Why (found by a newcomer): the web pages' date boxes take "20/11/2026" as
well as "2026-11-20", but ``vanban search --from 20/11/2026`` was a usage
error. The plan is the real-form case 16 input (dated 09/01/2026).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli_helpers import ROOT, run_cli

PLAN = ROOT / "tests" / "fixtures" / "cases" / "16-deadline-day-without-ngay" / "input.txt"


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("dates") / "a.db"
    assert run_cli("ingest", str(PLAN), "--db", str(db)).returncode == 0
    return db


@pytest.mark.parametrize("option, iso, typed, found", [
    ("--from", "2026-01-09", "09/01/2026", True), ("--from", "2026-01-10", "10-01-2026", False),
    ("--to", "2026-01-09", "9.1.2026", True), ("--to", "2026-01-08", "08/01/2026", False),
])
def test_a_day_first_date_filters_like_its_iso_form(archive: Path, option: str, iso: str, typed: str,
                                                    found: bool) -> None:
    hits = []
    for day in (iso, typed):
        done = run_cli("search", "ke hoach", "--db", str(archive), option, day, "--format", "json")
        assert done.returncode == 0, done.stderr
        hits.append([r["number"] for r in json.loads(done.stdout)])
    assert hits[0] == hits[1] == (["87/KH-UBND"] if found else [])


def test_a_day_that_does_not_exist_is_still_refused(archive: Path) -> None:
    done = run_cli("search", "ke hoach", "--db", str(archive), "--from", "31/02/2026")
    assert done.returncode == 2 and "Invalid value for '--from'" in done.stderr
