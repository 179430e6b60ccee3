"""Search: folding equivalences, symbols, punctuation, filters, snippets."""

from __future__ import annotations

import json
import re

import pytest
from archive_samples import ALL, DANVAN, HOSTILE, LEGACY, RESTORED, make_doc
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.archive import Archive, format_hits, search
from vanban.archive.keys import fts_query, looks_like_symbol
from vanban.archive.snippet import make_snippet
from vanban.models import InputError, Metadata


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "archive.db"
    with Archive(path) as a:
        ids = {d.source.sha256: a.store(d) for d in ALL}
    return path, ids


def ids_of(hits):
    return [h.id for h in hits]


def doc_id(db, doc):
    return db[1][doc.source.sha256]


@pytest.mark.parametrize("query", ["dang uy phuong", "Đảng ủy phường", "ĐẢNG ỦY PHƯỜNG", "đang uy phuong", "Ðảng ủy phường"])
def test_folding_equivalences_find_the_ward_plan(db, query):
    assert ids_of(search(db[0], query)) == [doc_id(db, DANVAN)]


@pytest.mark.parametrize("query", ["dang uy", "Đảng ủy", "ĐẢNG ỦY", "đang uy"])
def test_short_queries_find_accented_and_legacy_alike(db, query):
    # and the công văn issued by VĂN PHÒNG ĐẢNG ỦY: the fields (issuer, signer…) are searched with the text
    assert set(ids_of(search(db[0], query))) == {doc_id(db, DANVAN), doc_id(db, LEGACY), doc_id(db, HOSTILE)}


def test_accented_query_finds_legacy_text(db):
    assert ids_of(search(db[0], "chuyển đổi số cơ quan đảng")) == [doc_id(db, LEGACY)]


@pytest.mark.parametrize("query", ["hoà giải", "hòa giải", "thuỷ sản", "thủy sản", "HOÀ GIẢI"])
def test_tone_placement_is_irrelevant(db, query):
    assert ids_of(search(db[0], query)) == [doc_id(db, RESTORED)]


def test_raw_ocr_text_is_searchable_too(tmp_path):
    """A word only in the raw OCR (restoration changed it) still finds the document."""
    doc = make_doc("/x.pdf", ["Kế hoạch về đổi mới"], Metadata(number="1/KH"), raw_pages=["Ke hoach ve doi moi xyzzy"])
    with Archive(tmp_path / "archive.db") as a:
        i = a.store(doc)
    hits = search(tmp_path / "archive.db", "xyzzy")
    assert ids_of(hits) == [i] and "[xyzzy]" in hits[0].snippet


@pytest.mark.parametrize("query", ["24-KH/ĐU", "24-KH/DU", "24 KH DU", "24-kh/đu", "“24-KH/ĐU”", "24-KH/BU", "24 -KH/BU"])
def test_symbol_lookup_as_typed(db, query):
    hits = search(db[0], query)
    assert hits[0].id == doc_id(db, DANVAN) and hits[0].number == "24-KH/ĐU"


def test_symbol_ranks_the_document_first_then_citing_ones(db):
    hits = search(db[0], "25-NQ/TW")
    assert hits[0].number == "25-NQ/TW"
    assert doc_id(db, DANVAN) in ids_of(hits[1:])  # it cites 25-NQ/TW in its text


@pytest.mark.parametrize(
    "query",
    ['"', "'", "-", "/", "*", "(", ")", "AND", "OR", "NOT", "NEAR", "NEAR(a b)", "a AND", "OR b",
     '"dân vận', "dân* -vận", "^", ":", "col:dan", "a + b", "()", "{x}", "dang uy OR", "\\", "\x00", "ǅ"],
)
def test_punctuation_never_raises(db, query):
    search(db[0], query)  # must not raise


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40))
def test_any_query_is_safe(db, query):
    hits = search(db[0], query)
    assert isinstance(hits, list)
    q = fts_query(query)
    # the expression is quoted tokens/phrases and the operators vanban writes, nothing else
    assert q is None or all(part in ("AND", "OR", "NOT") for part in
                            re.sub(r'"[^"]*"', " ", q).replace("(", " ").replace(")", " ").split()), q


def test_words_that_are_fts_operators_are_plain_words(tmp_path):
    doc = make_doc("/near.txt", ["Báo cáo NEAR AND OR NOT kết quả"], Metadata())
    with Archive(tmp_path / "archive.db") as a:
        i = a.store(doc)
    assert ids_of(search(tmp_path / "archive.db", "near and or not")) == [i]


def test_capital_or_not_and_a_leading_minus_are_operators(tmp_path):
    """Typed as in a web search engine (a newcomer's "dan AND van", "dan OR" found nothing:
    the operators were searched as words)."""
    db = tmp_path / "archive.db"
    with Archive(db) as a:
        kheo = a.store(make_doc("/kheo.txt", ["Phong trào thi đua Dân vận khéo năm 2025"], Metadata()))
        chu = a.store(make_doc("/chu.txt", ["Thực hiện quy chế dân chủ ở cơ sở năm 2026"], Metadata()))
    assert ids_of(search(db, "dan AND van")) == [kheo]
    assert sorted(ids_of(search(db, "dan van OR dan chu"))) == sorted([kheo, chu])
    assert ids_of(search(db, "dan OR")) and set(ids_of(search(db, "dan OR"))) == {kheo, chu}
    assert ids_of(search(db, "nam -kheo")) == [chu]
    assert ids_of(search(db, "nam NOT kheo")) == [chu]
    assert ids_of(search(db, "near and or not")) == []  # lower case: plain words


def test_each_side_of_or_is_a_phrase(tmp_path):
    """README's `vanban search "dan van OR chuyen doi so"` found all 8 demo documents (a
    newcomer): each side was loose ANDed words, and "dân" and "văn bản" are everywhere.
    Each side of OR is now the words as typed side by side; explicit AND keeps loose words."""
    db = tmp_path / "archive.db"
    with Archive(db) as a:
        kheo = a.store(make_doc("/kheo.txt", ["Phong trào thi đua Dân vận khéo năm 2025"], Metadata()))
        so = a.store(make_doc("/so.txt", ["Kế hoạch chuyển đổi số năm 2026"], Metadata()))
        stray = a.store(make_doc("/stray.txt", ["Văn bản gửi người dân; số liệu chuyển về, đổi mới"], Metadata()))
    assert sorted(ids_of(search(db, "dan van OR chuyen doi so"))) == sorted([kheo, so])
    assert ids_of(search(db, "van dan OR doi chuyen")) == []  # a phrase: the words in the order typed
    assert stray in ids_of(search(db, "dan AND van OR x"))  # explicit AND: loose words
    assert sorted(ids_of(search(db, "dan van"))) == sorted([kheo, stray])  # no OR: all words, anywhere


def test_filters(db):
    path = db[0]
    assert ids_of(search(path, "dang uy", type="ke hoach")) and all(
        h.type in ("Kế hoạch", "KE HOACH") for h in search(path, "dang uy", type="kế hoạch")
    )
    # the type's code, as the CLI's --type help offers it
    assert ids_of(search(path, "dang uy", type="KH")) == ids_of(search(path, "dang uy", type="ke hoach"))
    assert search(path, "dang uy", type="QĐ") == []  # no Quyết định / Quy định stored
    assert ids_of(search(path, "dang uy", issuer="long bien")) == [doc_id(db, DANVAN)]
    assert ids_of(search(path, "dang uy", date_from="2025-06-01")) == [doc_id(db, DANVAN)]
    # the plan of 2024 and the công văn VĂN PHÒNG ĐẢNG ỦY issued (its issuer is searched too)
    assert sorted(ids_of(search(path, "dang uy", date_to="2025-06-01"))) == sorted([doc_id(db, LEGACY), doc_id(db, HOSTILE)])
    assert search(path, "dang uy", date_from="2030-01-01") == []
    assert len(search(path, "dang uy", limit=1)) == 1
    assert search(path, "dang uy", limit=0) == []


def test_a_type_filter_matching_no_type_says_which_types_are_held(db):
    """Found by a newcomer: ``--type "Nghị lịnh"`` (a misspelt type) just said nothing found."""
    import subprocess
    import sys

    from vanban.archive.search import types_held

    path = db[0]
    matched, held = types_held(path, "Nghị lịnh")
    assert not matched and "Kế hoạch" in held
    assert types_held(path, "KH")[0] and types_held(path, "ke hoach")[0]
    done = subprocess.run([sys.executable, "-m", "vanban.cli", "search", "dang uy", "--db", str(path),
                           "--type", "Nghị lịnh"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "Không tìm thấy" in done.stdout
    assert "no document of type 'Nghị lịnh'" in done.stderr and "Kế hoạch" in done.stderr
    quiet = subprocess.run([sys.executable, "-m", "vanban.cli", "search", "zzzz", "--db", str(path),
                            "--type", "KH"], capture_output=True, text=True, timeout=120)
    assert quiet.stderr == ""  # a known type with no hit: nothing to say


def test_snippet_is_cut_from_the_accented_text(db):
    hit = search(db[0], "dan van kheo")[0]
    assert "[Dân] [vận] [khéo]" in hit.snippet
    assert hit.title.startswith("Tiếp tục") and hit.issuer == "ĐẢNG ỦY PHƯỜNG LONG BIÊN"


def test_snippet_marks_and_boundaries():
    text = "Ủy ban nhân dân phường. " * 30 + "Đảng ủy phường Long Biên chỉ đạo."
    s = make_snippet(text, ["dang", "uy"], width=60)
    assert "[Đảng] [ủy]" in s and s.startswith("…")
    assert make_snippet("không có gì", ["dang"]) is None
    assert make_snippet("Dangerous", ["dang"]) is None  # whole tokens only


def test_empty_query_and_missing_db(db, tmp_path):
    assert search(db[0], "") == [] and search(db[0], "  ¿ ") == []
    with pytest.raises(InputError, match="not found"):
        search(tmp_path / "missing.db", "x")


def test_search_accepts_an_open_archive(db):
    with Archive(db[0]) as a:
        assert ids_of(search(a, "dan van kheo")) == [doc_id(db, DANVAN)]


def test_superseded_versions_are_hidden_by_default(tmp_path):
    path = tmp_path / "archive.db"
    v1 = make_doc("/p.txt", ["Kế hoạch phòng chống lụt bão năm 2025"], Metadata(number="3/KH"))
    v2 = make_doc("/p.txt", ["Kế hoạch phòng chống lụt bão năm 2025 (sửa đổi)"], Metadata(number="3/KH"))
    with Archive(path) as a:
        i1, i2 = a.store(v1), a.store(v2)
    assert ids_of(search(path, "lut bao")) == [i2]
    assert sorted(ids_of(search(path, "lut bao", latest_only=False))) == [i1, i2]


def test_format_hits(db):
    hits = search(db[0], "dan van kheo")
    out = json.loads(format_hits(hits, "json"))
    assert [h["rank"] for h in out] == list(range(1, len(out) + 1))
    assert list(out[0]) == ["rank", "id", "number", "type", "date", "issuer", "title", "snippet", "score", "file", "kind",
                            "source_encoding", "file_score", "also"]
    text = format_hits(hits, "text")
    assert "24-KH/ĐU" in text and "[Dân] [vận] [khéo]" in text
    assert "Không tìm thấy" in format_hits([], "text")


def test_looks_like_symbol():
    assert looks_like_symbol("25-NQ/TW") and looks_like_symbol("24 KH DU") and looks_like_symbol("05/QĐ-UBND")
    assert not looks_like_symbol("dân vận khéo") and not looks_like_symbol("2025")


def test_a_pasted_megabyte_is_a_bounded_query():
    """Every token is an FTS5 AND term: a huge paste must not hold the server."""
    from vanban.archive.keys import MAX_QUERY_TOKENS, fts_query, query_tokens

    huge = "a@" * (1 << 19)
    assert len(query_tokens(huge)) == MAX_QUERY_TOKENS
    assert fts_query(huge).count('"a"') == MAX_QUERY_TOKENS


def test_a_pasted_endless_word_is_not_respelled(db):
    """One 20,000-letter word took 22 GB in the one-edit respelling and killed the server (session-19
    newcomer): such a word is no typed word and is searched as written."""
    from vanban.archive.spelling import MAX_LENGTH, correctable

    assert correctable("dangbophuong") and not correctable("a" * (MAX_LENGTH + 1))
    assert search(db[0], "a" * 20000) == []
    from vanban.archive.search import search_respelled

    hits, respelled, _ = search_respelled(db[0], "a" * 20000)
    assert hits == [] and not respelled
