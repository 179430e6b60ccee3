"""The ranked search page says each result's place and what it matched, never the internal score.

Found by a newcomer (session 20): ``/archive/tim_kiem`` showed a raw "-1000000.0" in its column "Điểm xếp hạng" for
the document named by its số ký hiệu — the offset (-1e6) that puts such a document first — and scores such as
-30012.4 (a level's offset plus bm25) for the others: numbers that meant nothing to office staff. The page now shows
"Hạng" (1, 2, …: the place, as ``vanban search`` numbers it) and "Khớp theo" (the level reached, in words:
:data:`vanban.archive.ranking.MATCH_WORDS`)."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from conftest import ROOT
from site_client import get, get_json

from vanban.archive import Archive
from vanban.archive.ranking import MATCH_WORDS
from vanban.conveyor import process_file
from vanban.web.server import datasette_app

PLANS = ROOT / "tests/fixtures/plans"
FILES = ("kh_dang_uy_xa_chuyen_doi_so_2026.txt", "nq_chi_bo_thon_dong_tam_2026.txt",
         "cv_dang_uy_xa_bao_cao_dan_van_kheo.txt")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = tmp_path_factory.mktemp("search-rank") / "archive.db"
    with Archive(db) as a:
        for name in FILES:
            a.store(process_file(PLANS / name, jobs=1))
    return datasette_app(db)


def test_the_symbol_named_is_first_and_says_so_without_the_sentinel(site):
    page = get(site, "/archive/tim_kiem?q=" + quote("18-KH/ĐU"))
    assert page.status_code == 200
    assert "-1000000" not in page.text and "1e6" not in page.text and "Điểm xếp hạng" not in page.text
    assert ">Hạng</th>" in page.text and ">Khớp theo</th>" in page.text
    rows = get_json(site, "/archive/tim_kiem.json?_shape=array&q=" + quote("18-KH/ĐU"))
    assert rows[0]["number"] == "18-KH/ĐU" and rows[0]["hang"] == 1 and rows[0]["khop"] == "đúng số ký hiệu"
    assert all("score" not in r for r in rows)


def test_places_count_down_the_list_and_each_says_its_level(site):
    rows = get_json(site, "/archive/tim_kiem.json?_shape=array&q=" + quote("chuyển đổi số"))
    assert len(rows) >= 1
    assert [r["hang"] for r in rows] == list(range(1, len(rows) + 1))
    assert all(r["khop"] in MATCH_WORDS.values() for r in rows)
    assert rows[0]["khop"] == MATCH_WORDS[1]  # the phrase stands in the plan's trích yếu


def test_a_citing_document_says_it_cites_the_symbol():
    """A document found only because it cites the symbol typed (no phrase of it in its indexed text) says so."""
    from vanban.archive.ranking import match_words

    assert match_words(5) == "trích dẫn số ký hiệu đã gõ" and match_words(None) is None


def test_a_symbol_typed_says_the_citing_document_cites_it(site):
    """Session 25's newcomer: "57-NQ/TW" typed found the plan that cites it (its trích yếu names it too) as "từ khóa ở
    số ký hiệu, trích yếu …", read as if 57-NQ/TW were its own số ký hiệu; the citation now says what matched, also
    for the number and code alone ("NQ 57"). Its own symbol typed still says "đúng số ký hiệu"."""
    for q in ("57-NQ/TW", "NQ 57"):
        rows = get_json(site, "/archive/tim_kiem.json?_shape=array&q=" + quote(q))
        assert rows and rows[0]["number"] == "18-KH/ĐU" and rows[0]["khop"] == MATCH_WORDS[5], (q, rows)
    rows = get_json(site, "/archive/tim_kiem.json?_shape=array&q=" + quote("KH 18"))
    assert rows[0]["number"] == "18-KH/ĐU" and rows[0]["khop"] == MATCH_WORDS[0]
