"""Two files of one name are told apart in the search results: each row names its folder.

Found by the newcomer of session 29: the cases ``01-tcvn3-txt/input.txt`` and ``02-vni-txt/input.txt`` (one plan,
12-KH/ĐU, kept in TCVN3 and in VNI) were two rows of the same số ký hiệu, type, date, issuer and trích yếu, both
ending "input.txt": nothing told which file was which. The rows keep số ký hiệu, type, date, issuer and trích yếu
first and the file last; a name no other row shares stays bare (no server folder on the page)."""

from __future__ import annotations

import shutil

import pytest
from conftest import ROOT
from site_client import get, get_json

from vanban.archive import Archive, format_hits, search
from vanban.conveyor import process_file
from vanban.web.server import datasette_app

CASES = ROOT / "tests/fixtures/cases"
PLAN = ROOT / "tests/fixtures/plans/kh_dang_uy_xa_chuyen_doi_so_2026.txt"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("same-names")
    for case in ("01-tcvn3-txt", "02-vni-txt"):
        (root / case).mkdir()
        shutil.copy(CASES / case / "input.txt", root / case / "input.txt")
    shutil.copy(PLAN, root / PLAN.name)
    db = root / "archive.db"
    with Archive(db) as a:
        for path in (root / "01-tcvn3-txt/input.txt", root / "02-vni-txt/input.txt", root / PLAN.name):
            a.store(process_file(path, jobs=1))
    return db, root


def test_the_command_line_names_each_files_folder(archive):
    db, root = archive
    hits = search(db, "KH 12")
    # one document's two files: one result naming the other (session 51), each with its folder
    (plan,) = [h for h in hits if h.number == "12-KH/ĐU"]
    assert sorted([plan.file, *(f.file for f in plan.also)]) == ["01-tcvn3-txt/input.txt", "02-vni-txt/input.txt"]
    assert all("/" not in h.file for h in hits if h.number != "12-KH/ĐU")  # another file's name stays bare
    text = format_hits(hits)
    assert str(root) not in text
    # each row: số ký hiệu, type, date, issuer, then trích yếu, then the file last
    first = text.split("\n2. ")[0].splitlines()
    assert "12-KH/ĐU" in first[0] and "Kế hoạch" in first[0] and "2004-03-15" in first[0] and "SƠN TÂN" in first[0]
    assert first[1].strip().startswith("thực hiện Nghị quyết số 25-NQ/TW")
    assert first[2].strip().startswith("tệp 01-tcvn3-txt/input.txt") or first[2].strip().startswith("tệp 02-vni-txt")


def test_a_name_no_other_row_shares_stays_bare(archive):
    db, _ = archive
    assert [h.file for h in search(db, "chuyen doi so")] == [PLAN.name]


def test_the_page_names_each_files_folder_after_the_trich_yeu(archive):
    db, root = archive
    ds = datasette_app(db)
    rows = get_json(ds, "/archive/tim_kiem.json?_shape=array&q=KH+12")
    (plan,) = [r for r in rows if r["number"] == "12-KH/ĐU"]  # one document, two files: one row naming the other
    assert sorted([plan["tep"].split(" (")[0], plan["cung_luu"].split(" (")[0]]) \
        == ["01-tcvn3-txt/input.txt", "02-vni-txt/input.txt"]
    assert all("/" not in r["tep"].split(" (")[0] for r in rows if r["number"] != "12-KH/ĐU")
    assert list(rows[0])[:7] == ["id", "number", "type", "date", "issuer", "title", "tep"]
    assert [r["tep"].split(" (")[0] for r in get_json(ds, "/archive/tim_kiem.json?_shape=array&q=chuyen+doi+so")] \
        == [PLAN.name]
    page = get(ds, "/archive/tim_kiem?q=KH+12").text
    assert str(root) not in page
    assert page.index(">Trích yếu</th>") < page.index(">Tệp</th>")
