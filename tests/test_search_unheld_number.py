"""A query that names a document no one holds is told so, before the rows it found instead.

Found by the session-43 newcomer: "KH 12" in an archive with no plan 12 listed documents holding the words "KH" and
"12" (or citing "12-KH") with no word that plan 12 was not there — a user took the first row for it. The CLI's
``vanban search`` and the search page (``tim_kiem``) now say "Không có văn bản nào mang số ký hiệu «KH 13»" and what
they listed instead (``archive.search.unheld_number``); a number the archive holds, a plain query and a filter search
say nothing of the kind.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner

from vanban.archive.search import number_notice
from vanban.cli import cli

FIXTURES = Path(__file__).parent / "fixtures" / "search_typed"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from vanban.conveyor import ingest

    path = tmp_path_factory.mktemp("unheld") / "archive.db"
    report = ingest(sorted(FIXTURES.glob("*.txt")), path, jobs=1, progress=False)
    assert report.failed == 0, report.errors
    return path


@pytest.mark.parametrize("query", ["KH 13", "ke hoach so 13", "13-KH/ĐU", "Quyết định 4500"])
def test_a_number_no_document_bears_is_said(db, query):
    said = number_notice(db, query, 0)
    assert said and said.startswith(f"Không có văn bản nào mang số ký hiệu «{query}»"), said


@pytest.mark.parametrize("query", ["KH 12", "12-KH/ĐU", "KH 45", "lang nghe gom su", "dan van OR chuyen doi so"])
def test_a_held_number_or_plain_words_need_no_notice(db, query):
    assert number_notice(db, query, 3) is None


def test_the_cli_says_it_before_the_rows(db):
    got = CliRunner().invoke(cli, ["search", "KH 13", "--db", str(db)])
    assert got.exit_code == 0, got.output
    assert got.output.startswith("Không có văn bản nào mang số ký hiệu «KH 13»"), got.output
    held = CliRunner().invoke(cli, ["search", "KH 12", "--db", str(db)]).output
    assert "Không có văn bản nào" not in held and "12-KH" in held
    as_json = CliRunner().invoke(cli, ["search", "KH 13", "--db", str(db), "--format", "json"])
    assert as_json.stdout.lstrip().startswith("[")  # the JSON stays a list; the notice goes to stderr
    assert "Không có văn bản nào mang số ký hiệu «KH 13»" in as_json.stderr


def test_the_search_page_says_it(db):
    from vanban.web.server import datasette_app

    site = datasette_app(db)
    page = asyncio.run(site.client.get(f"/archive/tim_kiem?q={quote('KH 13')}")).text
    assert "Không có văn bản nào mang số ký hiệu «KH 13»" in page
    held = asyncio.run(site.client.get(f"/archive/tim_kiem?q={quote('KH 12')}")).text
    assert "Không có văn bản nào mang số ký hiệu" not in held
