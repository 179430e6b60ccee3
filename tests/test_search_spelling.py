"""A query typed with a slip finds what it means: the fallback of :mod:`vanban.archive.spelling`.

The archive is built by the real conveyor from a ward plan written in the real style
(làng nghề gốm sứ Bát Tràng, its tasks for "Văn phòng Đảng ủy xã") and two documents of
case 21 (../shared/cases/21-search-queries). The typos are the issue's: "gon su" for
"gốm sứ", "bat trangg", "van phong dang uyy"."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner
from site_client import get_json

from vanban.archive.search import search, search_respelled
from vanban.archive.spelling import edits, respell_words

FIXTURES = Path(__file__).parent / "fixtures" / "search_typed"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from vanban.conveyor import ingest

    path = tmp_path_factory.mktemp("spelling") / "archive.db"
    report = ingest(sorted(FIXTURES.glob("*.txt")), path, jobs=1, progress=False)
    assert report.failed == 0, report.errors
    assert report.stored == 5
    return path


@pytest.fixture(scope="module")
def site(db):
    from vanban.web.server import datasette_app

    return datasette_app(db)


@pytest.mark.parametrize("typed, meant", [
    ("lang nghe gon su", "lang nghe gom su"),
    ("lang nghe gom su bat trangg", "lang nghe gom su bat trang"),
    ("lang ngje gom su", "lang nghe gom su"),
    ("bat tranng", "bat trang"),
    ("dan van kheoo", "dan van kheo"),
    ("chuyen doii so", "chuyen doi so"),
])
def test_a_typo_is_respelled_with_the_archives_words(db, typed, meant):
    assert search(db, typed) == [] or typed == "lang nghe gon su"
    hits, respelled, found = search_respelled(db, typed)
    assert respelled == meant and found == 0
    assert hits and [h.number for h in hits] == [h.number for h in search(db, meant)]


def test_a_query_that_finds_documents_is_left_as_typed(db):
    for typed in ("lang nghe gom su", "dan van kheo", "KH 45", "45/KH-UBND"):
        hits, respelled, _ = search_respelled(db, typed)
        assert hits and respelled is None


def test_numbers_and_symbols_are_never_respelled(db):
    assert search_respelled(db, "ke hoach 4500") == ([], None, 0)
    assert search_respelled(db, "46/KH-UBND") == ([], None, 0)
    assert search_respelled(db, "zzqx wwkk") == ([], None, 0)  # nothing one edit away


def test_words_the_archive_holds_side_by_side_win():
    known = {"gom": 5, "gon": 40, "con": 90, "lang": 9, "nghe": 9, "su": 9}
    # "con" is the most frequent, but only "gom" stands beside "su" in the archive
    accept = {("lang", "nghe", "gom", "su"): 0, ("lang", "nghe", "con", "su"): 2}
    assert respell_words(["lang", "nghe", "gon", "su"], known, lambda s: accept.get(tuple(s))) == \
        ["lang", "nghe", "gom", "su"]


def test_edits_are_one_slip_away():
    assert {"trang", "trangg"} <= edits("trang") | {"trang"}
    assert "trang" in edits("trangg") and "gom" in edits("gon") and "uy" in edits("uyy")
    assert "trnag" in edits("trang")  # two letters swapped


def test_the_cli_says_what_it_searched_instead(db):
    from vanban.cli import cli

    out = CliRunner().invoke(cli, ["search", "lang nghe gom su bat trangg", "--db", str(db)]).output
    assert "Không có kết quả cho «lang nghe gom su bat trangg»; kết quả cho «lang nghe gom su bat trang»" in out
    assert "45/KH-UBND" in out


def test_the_search_page_respells_and_says_so(site):
    rows = get_json(site, f"/archive/tim_kiem.json?q={quote('lang nghe gom su bat trangg')}&_shape=array")
    assert [r["number"] for r in rows][:1] == ["45/KH-UBND"]
    import asyncio

    page = asyncio.run(site.client.get(f"/archive/tim_kiem?q={quote('lang nghe gom su bat trangg')}")).text
    assert "kết quả cho «lang nghe gom su bat trang»" in page


def test_a_units_tasks_are_found_with_a_typo(site):
    def units(q):
        return [r["nhiem_vu"] for r in get_json(site, f"/archive/nhiem_vu_cua.json?don_vi={quote(q)}&_shape=array")]

    meant = units("van phong dang uy")
    assert meant and any("tổng hợp" in t for t in meant)
    assert units("van phong dang uyy") == meant
    assert units("phong kinh tee") == units("phong kinh te") != []
    assert units("hoi dong nhan dan") == []  # no such unit: nothing near enough either
    import asyncio

    page = asyncio.run(site.client.get(f"/archive/nhiem_vu_cua?don_vi={quote('van phong dang uyy')}")).text
    assert "Không có kết quả cho «van phong dang uyy»; kết quả cho «van phong dang uy»" in page


def test_a_long_typo_query_is_respelled(db):
    hits, respelled, found = search_respelled(db, "phat trien lang nghe gom suu")
    assert respelled == "phat trien lang nghe gom su" and found == 0 and hits[0].number == "45/KH-UBND"


def test_a_few_documents_holding_the_words_near_each_other_are_kept(db):
    """"lang nghi gom su": every word is the archive's ("Nghị định" near "làng nghề gốm sứ"), the
    plan holds them within a few words: what was typed may be meant, it is left as typed."""
    hits, respelled, found = search_respelled(db, "lang nghi gom su")
    assert respelled is None and found == 1 and [h.number for h in hits] == ["45/KH-UBND"]


def test_the_few_documents_found_are_said(db):
    from vanban.archive.search import respelled_message

    assert respelled_message("lang  nghe gon su", "lang nghe gom su", 2) == \
        "Chỉ có 2 kết quả cho «lang nghe gon su»; kết quả cho «lang nghe gom su»:"


def test_a_long_query_tries_a_bounded_number_of_spellings():
    from vanban.archive.spelling import MAX_TRIES, spellings

    words = ["tuyenn", "truyenn", "phapp", "luatt", "thanhh", "phoo", "tinhh", "huyenn"]
    known = {w[:-1]: 10 for w in words} | {w[:-1] + "g": 5 for w in words}
    assert len(list(spellings(words, known))) <= MAX_TRIES
    assert next(iter(spellings(words, known))) == [w[:-1] for w in words]


@pytest.mark.parametrize("typed, meant", [
    ("langf ngheef gooms suws", "lang nghe gom su"),  # Telex typed with the input method off
    ("lang nghe gom su bats trangf", "lang nghe gom su bat trang"),
    ("ddan vaan kheos", "dan van kheo"),
])
def test_telex_typed_with_the_input_method_off_is_read(db, typed, meant):
    hits, respelled, found = search_respelled(db, typed)
    assert respelled == meant and hits


def test_telex_letters():
    from vanban.archive.spelling import telex_letters

    assert telex_letters("truowngf") == "truong"
    assert telex_letters("ddaangr") == "dang"
    assert telex_letters("nguyen") == "nguyen"  # nothing Telex about it
