"""``vanban search --issuer`` matches the issuer with its parent, folded.

A newcomer's 512-CV/ĐU (tests/fixtures/newcomer_plans/cv512_dang_uy_phuong_thuong_thanh.txt) is headed
"ĐẢNG BỘ PHƯỜNG THƯỢNG THANH / ĐẢNG ỦY PHƯỜNG": the issuer's own line says only "Đảng ủy
phường", the place is the parent's line. "--issuer 'thuong thanh'" found nothing. Read by hand:
"thuong thanh", "Đảng ủy phường Thượng Thanh" and "dang bo phuong thuong thanh" name it; "ngoc
thuy" names the other plan (45/KH-UBND of Ủy ban nhân dân phường Ngọc Thụy), not it.
"""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from cli_helpers import ROOT, run_cli

from vanban.archive import Archive, search
from vanban.conveyor import process_file

CV_512 = ROOT / "tests/fixtures/newcomer_plans/cv512_dang_uy_phuong_thuong_thanh.txt"
KH_45 = ROOT / "tests/fixtures/newcomer_plans/kh45_van_hoa_2026.txt"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("issuer")
    db = folder / "archive.db"
    with Archive(db) as a:
        for plan in (CV_512, KH_45):
            shutil.copy(plan, folder / plan.name)
            a.store(process_file(folder / plan.name, jobs=1))
    return db


def numbers(db, issuer, query=""):
    return sorted(h.number for h in search(db, query, issuer=issuer))


@pytest.mark.parametrize("typed", ["thuong thanh", "Thượng Thanh", "Đảng ủy phường Thượng Thanh",
                                   "dang bo phuong thuong thanh", "ĐẢNG ỦY PHƯỜNG"])
def test_issuer_filter_reads_the_parent_line(archive, typed):
    assert numbers(archive, typed) == ["512-CV/ĐU"]


def test_issuer_filter_still_tells_issuers_apart(archive):
    assert numbers(archive, "ngoc thuy") == ["45/KH-UBND"]
    assert numbers(archive, "dang uy phuong ngoc thuy") == []
    assert numbers(archive, "thuong thanh", "dai doan ket") == ["512-CV/ĐU"]  # with words to rank


def test_cli_issuer_filter(archive):
    done = run_cli("search", "--db", str(archive), "--issuer", "thuong thanh", "--format", "json")
    assert done.returncode == 0, done.stderr
    assert [h["number"] for h in json.loads(done.stdout)] == ["512-CV/ĐU"]


def test_an_older_archive_gets_the_parent_key(tmp_path, archive):
    old = tmp_path / "old.db"
    shutil.copy(archive, old)
    with sqlite3.connect(old) as c:
        c.execute("alter table documents drop column parent_issuer_key")
    with Archive(old):
        pass  # opening it writable completes the schema
    assert numbers(old, "thuong thanh") == ["512-CV/ĐU"]
