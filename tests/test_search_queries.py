"""Search as office staff type it: case 21 (../shared/cases/21-search-queries).

The archive is built by the real conveyor from the case's five documents
plus 30 real documents (part B: 16 plans and other documents whose openings
hold the number 12, from ../shared/realdocs). Expected values are the case's:
a query naming a document's own number puts that document first; a query
naming a document outside the archive finds the documents that cite it.
Both the Python search and the served ranked search (canned query
``tim_kiem``) are checked.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from site_client import get_json

from vanban.archive import search

CASE = Path(__file__).parent / "fixtures" / "search_queries" / "archive"


def build(tmp_path_factory, paths, count):
    import sqlite3

    from vanban.conveyor import ingest

    db = tmp_path_factory.mktemp("case21") / "archive.db"
    report = ingest(paths, db, jobs=2, progress=False)
    assert report.failed == 0, report.errors
    assert report.stored == count

    with sqlite3.connect(db) as conn:
        numbers = {n: i for i, n in conn.execute("select id, number from documents")}
    for n in ("12-KH/ĐU", "31-KH/ĐU", "102/QĐ-UBND", "2449-CV/ĐU", "86/KH-UBND"):
        assert n in numbers, (n, sorted(x for x in numbers if x))
    return db, numbers


@pytest.fixture(scope="module")
def case_archive(tmp_path_factory):
    """Part A: the case's own five documents."""
    return build(tmp_path_factory, sorted(CASE.glob("*.txt")), 5)


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """Part B: the five plus 30 real documents full of "kế hoạch" and "12"."""
    return build(tmp_path_factory, [CASE], 35)


def numbers_found(db, query, limit=20):
    return [h.number for h in search(db, query, limit=limit)]


OWN_NUMBER = [
    ("Ke hoach 12", "12-KH/ĐU"),
    ("KH 12", "12-KH/ĐU"),
    ("12 KH DU", "12-KH/ĐU"),
    ("12-KH/DU", "12-KH/ĐU"),
    ("kế hoạch số 12", "12-KH/ĐU"),
    ("CV 2449", "2449-CV/ĐU"),
    ("Số 2449 -CV/ĐU", "2449-CV/ĐU"),
    ("cong van 2449", "2449-CV/ĐU"),
    ("KH 86", "86/KH-UBND"),
    # request words typed before the document (the case's sources: "tải 15187/KH-UBND", "cho tôi xem Số
    # 185/CV-STTTT"); a newcomer's "tải 12-KH/ĐU" found nothing: no document holds the word "tải"
    ("tải 12-KH/ĐU", "12-KH/ĐU"),
    ("tai 12-KH/DU", "12-KH/ĐU"),
    ("cho tôi xem Số 2449/CV-ĐU", "2449-CV/ĐU"),
    ("xem KH 12", "12-KH/ĐU"),
    ("tải KH 86", "86/KH-UBND"),
]


@pytest.mark.parametrize("query,first", OWN_NUMBER)
def test_a_query_naming_a_number_puts_that_document_first(case_archive, archive, query, first):
    for db, _ in (case_archive, archive):
        assert numbers_found(db, query)[:1] == [first]


def test_two_documents_of_one_number_both_come_first(archive):
    """"quyet dinh 102": 102/QĐ-UBND (the case) and 102/2025/QĐ-UBND (realdocs)."""
    db, _ = archive
    assert set(numbers_found(db, "quyet dinh 102")[:2]) == {"102/QĐ-UBND", "102/2025/QĐ-UBND"}


CITED = [
    ("nghi quyet 25", {"12-KH/ĐU", "31-KH/ĐU"}),
    ("NQ 25", {"12-KH/ĐU", "31-KH/ĐU"}),
    ("25/NQ-TW", {"12-KH/ĐU", "31-KH/ĐU"}),
    ("25-NQ/TW", {"12-KH/ĐU", "31-KH/ĐU"}),
    ("qd 749", {"102/QĐ-UBND"}),
    ("QĐ 749", {"102/QĐ-UBND"}),
    ("749/QD-TTG", {"102/QĐ-UBND"}),
    ("nd 30/2020", {"102/QĐ-UBND"}),
    ("30/2020/ND-CP", {"102/QĐ-UBND"}),
    ("nghi dinh 30", {"102/QĐ-UBND"}),
    ("104-CTr/TU", {"2449-CV/ĐU"}),
    ("ctr 104", {"2449-CV/ĐU"}),
    ("chuong trinh hanh dong 104", {"2449-CV/ĐU"}),
    ("chuyen doi so", {"102/QĐ-UBND"}),
    ("145/2020", {"86/KH-UBND"}),
]


@pytest.mark.parametrize("query,expected", CITED)
def test_a_cited_number_finds_the_citing_documents(case_archive, archive, query, expected):
    found = numbers_found(case_archive[0], query)
    assert set(found[: len(expected)]) == expected, found
    # among 30 more real documents (which cite Nghị định 30/2020 too) they stay on the first page
    assert expected <= set(numbers_found(archive[0], query)), query


def test_dan_van_kheo_and_party_documents(case_archive):
    db, _ = case_archive
    assert numbers_found(db, "dan van kheo")[:1] == ["12-KH/ĐU"]
    party = {"12-KH/ĐU", "31-KH/ĐU", "2449-CV/ĐU"}
    for q in ("dang uy", "Đảng ủy", "Đảng ủy"):  # the second is NFD
        assert party <= set(numbers_found(db, q, limit=50)), q


@pytest.fixture(scope="module")
def site(archive):
    from vanban.web.server import datasette_app

    return datasette_app(archive[0])


def ranked(site, q):
    return [row["number"] for row in get_json(site, f"/archive/tim_kiem.json?q={quote(q)}&_shape=array")]


@pytest.mark.parametrize("query,first", OWN_NUMBER)
def test_served_ranked_search_puts_the_named_document_first(site, query, first):
    assert ranked(site, query)[:1] == [first]


def test_served_ranked_search_finds_citing_documents(site):
    assert set(ranked(site, "nghi quyet 25")[:2]) == {"12-KH/ĐU", "31-KH/ĐU"}
    assert ranked(site, "QĐ 749")[:1] == ["102/QĐ-UBND"]


def test_request_words_are_dropped_only_before_a_document_number():
    from vanban.archive.keys import search_terms

    assert search_terms("cho tôi xem Số 185/CV-STTTT") == "185/CV-STTTT"
    assert search_terms("tải 15187/KH-UBND") == "15187/KH-UBND"
    for words in ("tai chinh 2025", "tải trọng 12 tấn", "mở rộng 2025", "xem xét kế hoạch", "dan van kheo"):
        assert search_terms(words) == words


def test_served_documents_search_box_drops_request_words_too(site):
    rows = get_json(site, f"/archive/documents.json?_search={quote('tải 12-KH/ĐU')}&_shape=array")
    assert "12-KH/ĐU" in [r["number"] for r in rows]


# --- numbers typed without separators or with leading zeros (newcomer, session 13) ----------------

GLUED_OWN = [("KH12", "12-KH/ĐU"), ("12KH/DU", "12-KH/ĐU"), ("KH12/DU", "12-KH/ĐU"), ("CV2449", "2449-CV/ĐU"),
             ("KH 086", "86/KH-UBND"), ("ke hoach so 086", "86/KH-UBND")]


@pytest.mark.parametrize("query,first", GLUED_OWN)
def test_a_number_typed_glued_or_with_zeros_names_its_document(case_archive, query, first):
    assert numbers_found(case_archive[0], query)[:1] == [first]


@pytest.mark.parametrize("query", ["KH 0124", "kh0124", "KH 124", "ke hoach 0124"])
def test_a_leading_zero_in_the_symbol_or_the_query_is_one_number(archive, query):
    """"NQ 02" put 18-KH/ĐU above 02-NQ/CB: the query's "02" never met the key's "2"."""
    assert numbers_found(archive[0], query)[:1] == ["0124/KH-UBND"]


GLUED_CITED = [("30/2020/NĐCP", {"102/QĐ-UBND"}), ("30/2020/NDCP", {"102/QĐ-UBND"}), ("NĐ30", {"102/QĐ-UBND"}),
               ("QĐ749", {"102/QĐ-UBND"}), ("NQ25", {"12-KH/ĐU", "31-KH/ĐU"}), ("104CTr/TU", {"2449-CV/ĐU"})]


@pytest.mark.parametrize("query,expected", GLUED_CITED)
def test_a_cited_number_typed_glued_finds_the_citing_documents(case_archive, query, expected):
    found = numbers_found(case_archive[0], query)
    assert set(found[: len(expected)]) == expected, found


def test_a_word_is_never_cut_into_codes():
    from vanban.archive.number_query import unglue

    assert unglue(["dan", "van", "kheo"]) == ["dan", "van", "kheo"]
    assert unglue(["ndcp", "kh18", "24kh", "02"]) == ["nd", "cp", "kh", "18", "24", "kh", "2"]
    assert unglue(["05"], zeros=True) == ["05"]


# --- names typed abbreviated or spelled out (newcomer, session 13) --------------------------------

@pytest.mark.parametrize("query,expected", [
    ("mttq", {"12-KH/ĐU"}),  # the plan writes "Mặt trận Tổ quốc" only
    ("btv", {"12-KH/ĐU"}),  # "Ban Thường vụ"
    ("cds", {"102/QĐ-UBND"}),  # "chuyển đổi số"
])
def test_an_abbreviation_finds_the_name_spelled_out(case_archive, query, expected):
    assert expected <= set(numbers_found(case_archive[0], query)), query


def test_a_name_spelled_out_finds_its_abbreviation(case_archive):
    """12-KH/ĐU writes "UBND" and never "Ủy ban nhân dân"."""
    db, _ = case_archive
    assert "12-KH/ĐU" in numbers_found(db, "uy ban nhan dan")
    assert set(numbers_found(db, "UBND")) == set(numbers_found(db, "Ủy ban nhân dân"))


def test_a_units_tasks_are_found_by_either_spelling(site):
    from vanban.web.plugin import name_contains

    assert name_contains("uy ban nhan dan xa dong", "UBND xa")
    assert name_contains("ubnd xa dong", "Ủy ban nhân dân xã")
    assert not name_contains("ubnd huyen", "UBND xa")
    assert name_contains("anything", "")

    def units(q):
        return sorted((r["van_ban_id"], r["nhiem_vu"]) for r in get_json(
            site, f"/archive/nhiem_vu_cua.json?don_vi={quote(q)}&_shape=array"))

    assert units("UBND") and units("UBND") == units("Ủy ban nhân dân")


@pytest.mark.parametrize("query, number_key, type_key", [
    # newcomer15: a Công văn whose code holds no CV (1520/UBND-VP, 3280/SNV-LĐTBXH) typed as staff call it
    ("CV 1520", "1520 ubnd vp", "cong van"),
    ("cong van 3280", "3280 snv ldtbxh", "cong van"),
    ("công văn số 3280", "3280 snv ldtbxh", "cong van"),
    # a decree's number and year without its code
    ("118/2025", "118 2025 nd cp", "nghi dinh"),
])
def test_a_type_or_year_stands_for_the_code_left_out(query, number_key, type_key):
    from vanban.archive.number_query import matches

    assert matches(query, number_key, type_key)


@pytest.mark.parametrize("query, number_key, type_key", [
    ("CV 1520", "1520 kh ubnd", "ke hoach"),  # a plan numbered 1520 is not "CV 1520"
    ("118/2025", "118 2024 nd cp", "nghi dinh"),
    ("KH 12", "12 ubnd vp", "cong van"),
])
def test_a_type_abbreviation_still_tells_documents_apart(query, number_key, type_key):
    from vanban.archive.number_query import matches

    assert not matches(query, number_key, type_key)


def test_a_bare_number_or_year_is_no_number_query():
    from vanban.archive.number_query import number_query

    assert number_query("2025") is None and number_query("dan van kheo") is None
    assert number_query("giai doan 2021/2025 va 2026") is None


@pytest.mark.parametrize("query", ["5G", "4g", "hạ tầng 5G", "5G IoT"])
def test_a_networks_generation_is_no_number_query(query):
    """The session-23 newcomer's "5G" found nothing: read as number 5 with code "G" (no document bears one).

    A number with one letter glued after it is a network's generation, searched as words; codes of two letters
    and more stay numbers."""
    from vanban.archive.number_query import number_query

    assert number_query(query) is None
    assert number_query("12KH").numbers == ("12",) and number_query("KH 12").parts == ("kh",)


def test_a_search_for_5g_finds_the_plan_that_names_it(tmp_path):
    from vanban.conveyor import ingest

    doc = tmp_path / "kh5g.txt"
    doc.write_text("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 41/KH-UBND\nQuảng Trị, ngày 05 tháng 01 năm 2027\n\n"
                   "KẾ HOẠCH\nPhát triển hạ tầng số năm 2027\n\n1. Phủ sóng 5G tại 100% trung tâm xã, phường; "
                   "thu hồi tần số 2G trước ngày 30/6/2027.\n", encoding="utf-8")
    db = tmp_path / "archive.db"
    assert ingest([doc], db, jobs=1, progress=False).stored == 1
    assert [h.number for h in search(db, "5G")] == ["41/KH-UBND"]
