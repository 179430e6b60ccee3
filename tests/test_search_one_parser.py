"""The two search pages read a query alike: the ranked search (canned query ``tim_kiem``) and the documents table's
own search box (``?_search=``) go through one parser (``vanban.archive.search.match_expression``), folded — "-word"
excludes, ``AND`` keeps words apart, words in double quotes are one phrase (session 23's newcomer: the box searched
"-kheo" as a word and "AND" as a word, the ranked page read a quoted phrase as loose words).

Material: the three short Thông báo below are written for this test; which query finds which is read from their
words: A writes the phrase "Dân vận khéo", B writes "dân vận" and no "khéo", C writes "dân", "vận" and "khéo"
apart. Real parts: the conveyor, SQLite, Datasette's own test client."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from site_client import get_json

from vanban.archive import Archive
from vanban.conveyor import process_file
from vanban.web.server import datasette_app

HEAD = ("ĐẢNG BỘ XÃ {place}\nCHI BỘ THÔN {place}\n\nSố: {n}-TB/CB\n\n"
        "ĐẢNG CỘNG SẢN VIỆT NAM\n\n{place}, ngày 0{n} tháng 3 năm 2027\n\nTHÔNG BÁO\n{title}\n\n{body}\n\n"
        "T/M CHI BỘ\nBÍ THƯ\n\nNguyễn Văn Tám\n")
DOCS = {
    "A": HEAD.format(place="ĐÔNG SƠN", n=1, title="Kết quả phong trào thi đua Dân vận khéo quý I",
                     body="Chi bộ biểu dương các mô hình Dân vận khéo của thôn trong quý I năm 2027."),
    "B": HEAD.format(place="TÂY SƠN", n=2, title="Kết quả công tác dân vận quý I",
                     body="Chi bộ đánh giá công tác dân vận của chính quyền thôn trong quý I năm 2027."),
    "C": HEAD.format(place="NAM SƠN", n=3, title="Kết quả sản xuất vụ đông",
                     body="Hội Nông dân thôn vận động bà con chăm sóc cây trồng; cách làm khéo léo, sát dân."),
}
QUERIES = [("dan van -kheo", {"B"}), ("Dân vận AND khéo", {"A", "C"}), ('"dan van kheo"', {"A"}),
           ("dan van NOT kheo", {"B"}), ('"dan van" OR "nong dan"', {"A", "B", "C"}),
           # each side of OR that names a document by number is read as alone (session 31's newcomer: "KH 24 OR KH 13"
           # found nothing, each side alone its plan)
           ("TB 1 OR TB 3", {"A", "C"}), ("1-TB/CB OR 2-TB/CB", {"B", "A"}), ("TB 2 OR khéo léo", {"B", "C"}),
           ("thong bao so 3 OR dan van kheo", {"A", "C"})]


DB: list = []  # the archive's path, for the Python search


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("one_parser")
    db = folder / "archive.db"
    ids = {}
    with Archive(db) as a:
        for key, text in DOCS.items():
            (folder / f"{key}.txt").write_text(text, encoding="utf-8")
            ids[a.store(process_file(folder / f"{key}.txt", jobs=1))] = key
    DB[:] = [db]
    return datasette_app(db), ids


@pytest.mark.parametrize("q,expected", QUERIES)
def test_the_ranked_search_page(site, q, expected):
    ds, ids = site
    rows = get_json(ds, f"/archive/tim_kiem.json?q={quote(q)}&_shape=array")
    assert {ids[r["id"]] for r in rows} == expected


@pytest.mark.parametrize("q,expected", QUERIES)
def test_the_documents_search_box(site, q, expected):
    ds, ids = site
    rows = get_json(ds, f"/archive/documents.json?_search={quote(q)}&_shape=array&_col=id")
    assert {ids[r["id"]] for r in rows} == expected


def test_the_parser_reads_a_quoted_phrase_as_one_phrase():
    from vanban.archive.search import match_expression

    assert match_expression('"Dân vận khéo"') == '"dan van kheo"'
    assert match_expression('mo hinh -"dan van"') == '"mo" AND "hinh" NOT "dan van"'
    assert match_expression('"dan van" kheo') == '"dan van" AND "kheo"'
    assert match_expression('"') is None


@pytest.mark.parametrize("q,expected", QUERIES)
def test_the_python_search(site, q, expected):
    ds, ids = site
    from vanban.archive.search import search

    assert {ids[h.id] for h in search(DB[0], q)} == expected


def test_documents_named_on_each_side_come_first(site):
    """"TB 3 OR dan van": the Thông báo số 3 first (named by number), then the texts that write "dân vận"."""
    from vanban.archive.search import search

    ds, ids = site
    assert [ids[h.id] for h in search(DB[0], "TB 3 OR dan van")][0] == "C"


@pytest.mark.parametrize("q,named", [("TB 1", {"A"}), ("TB 1 OR TB 3", {"A", "C"}), ("1-TB/CB OR 2-TB/CB", {"A", "B"}),
                                     ("TB 2 OR khéo léo", {"B"})])
def test_the_ranked_page_labels_a_document_a_side_names(site, q, named):
    """"Khớp theo" says "đúng số ký hiệu" for each document a side of OR names, as it says for that side alone (session
    32: "KH 24 OR KH 13" ranked both plans first yet labelled them "các từ khóa có trong nội dung"); the document only
    the words find ("khéo léo": C) keeps its words' label."""
    ds, ids = site
    rows = get_json(ds, f"/archive/tim_kiem.json?q={quote(q)}&_shape=array")
    labels = {ids[r["id"]]: r["khop"] for r in rows}
    assert {key for key, label in labels.items() if label == "đúng số ký hiệu"} == named
    assert {ids[r["id"]] for r in rows[:len(named)]} == named  # and they come first
