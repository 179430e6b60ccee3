"""Ranking: the fields (signer, trích yếu, số ký hiệu, issuer) and the words side by side
before the same syllables scattered through long texts (:mod:`vanban.archive.ranking`).

Found in use: "le van tam" (the signer's name, typed without marks) ranked the plans
holding "tỷ lệ", "văn bản" and "trọng tâm" many times above the notice Lê Văn Tâm signed.
"""

from __future__ import annotations

import sqlite3
from urllib.parse import quote

import pytest
from archive_samples import ALL, make_doc, store_samples
from site_client import get_json

from vanban.archive import Archive, search
from vanban.archive.ranking import LEVEL_BONUS, level_expression, levels
from vanban.archive.schema import FTS_COLUMNS, fts_complete
from vanban.models import Metadata

SIGNED = make_doc(
    "/in/tb-45.txt",
    ["ỦY BAN NHÂN DÂN\nXÃ PHƯỚC HÒA\nSố: 45/TB-UBND\nPhước Hòa, ngày 12 tháng 3 năm 2025\n\nTHÔNG BÁO\n"
     "Lịch tiếp công dân định kỳ tháng 4 năm 2025\n\n"
     "Ủy ban nhân dân xã thông báo lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân xã như sau:\n"
     "1. Thời gian: ngày 10 và ngày 25 hằng tháng.\n2. Địa điểm: Trụ sở tiếp công dân xã.\n\n"
     "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Tâm"],
    Metadata(number="45/TB-UBND", type="Thông báo", issuer="ỦY BAN NHÂN DÂN XÃ PHƯỚC HÒA", date="2025-03-12",
             title="Lịch tiếp công dân định kỳ tháng 4 năm 2025", signer_authority="TM. ỦY BAN NHÂN DÂN",
             signer_title="CHỦ TỊCH", signer_name="Lê Văn Tâm"),
)

_PLAN = (
    "ĐẢNG ỦY XÃ PHƯỚC HÒA\nSố {n}-KH/ĐU\n\nKẾ HOẠCH\n{title}\n\n"
    "I- MỤC ĐÍCH, YÊU CẦU\n"
    "1. Tập trung lãnh đạo thực hiện các nhiệm vụ trọng tâm; nâng tỷ lệ hồ sơ giải quyết đúng hạn, "
    "tỷ lệ văn bản điện tử trên tổng số văn bản đi; quan tâm công tác văn hóa, văn nghệ.\n"
    "2. Văn phòng Đảng ủy theo dõi tỷ lệ đảng viên được quán triệt; các chi bộ xác định nhiệm vụ trọng tâm.\n"
    "II- NHIỆM VỤ\n"
    "1. Đồng chí Lê Thị Hoa, Phó Bí thư chỉ đạo; đồng chí Nguyễn Văn Bình theo dõi tỷ lệ văn bản ký số "
    "và tạm ứng kinh phí; quan tâm các hộ có hoàn cảnh khó khăn, bảo đảm tâm lý an tâm cho người dân.\n"
    "2. Ủy ban Mặt trận Tổ quốc xã tuyên truyền, vận động; Văn phòng tổng hợp tỷ lệ hoàn thành trọng tâm công tác.\n"
    "T/M ĐẢNG ỦY\nBÍ THƯ\nTrần Quốc Dũng"
)
SCATTERED = tuple(
    make_doc(f"/in/kh-{n}.txt", [_PLAN.format(n=n, title=title)],
             Metadata(number=f"{n}-KH/ĐU", type="Kế hoạch", issuer="ĐẢNG ỦY XÃ PHƯỚC HÒA", date="2025-05-02",
                      title=title, signer_title="BÍ THƯ", signer_name="Trần Quốc Dũng"))
    for n, title in ((31, "Nâng cao tỷ lệ văn bản điện tử, trọng tâm năm 2025"),
                     (32, "Thực hiện nhiệm vụ trọng tâm về văn hóa, văn minh đô thị"))
)


def party_doc(number: str, kind: str, date: str, title: str, body: str):
    """A document of ĐẢNG ỦY XÃ PHƯỚC HÒA: header, type, trích yếu, then ``body``."""
    code = number.split("-")[0]
    return make_doc(f"/in/{code}.txt", [f"ĐẢNG ỦY XÃ PHƯỚC HÒA\nSố {number}\n\n{kind.upper()}\n{title}\n{body}"],
                    Metadata(number=number, type=kind, issuer="ĐẢNG ỦY XÃ PHƯỚC HÒA", date=date, title=title))


KHEO = party_doc(
    "40-KH/ĐU", "Kế hoạch", "2025-04-01", "tiếp tục thực hiện Phong trào thi đua “Dân vận khéo” năm 2025",
    "\nI- MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền, Mặt trận Tổ quốc và các "
    "đoàn thể chính trị - xã hội; phát huy sức mạnh khối đại đoàn kết toàn dân tộc.\n"
    "2. Bám sát chỉ đạo của cấp trên, phù hợp với tình hình thực tế của địa phương.\n"
    "II- NHIỆM VỤ, GIẢI PHÁP\n1. Các chi bộ đăng ký mô hình “Dân vận khéo” gửi về Văn phòng Đảng ủy "
    "trước ngày 30/4/2025.\n2. Văn phòng Đảng ủy tổng hợp, báo cáo kết quả thực hiện trước ngày 15/12/2025.")
KHEO_SCATTERED = party_doc(
    "41-BC/ĐU", "Báo cáo", "2025-04-05", "kết quả công tác dân vận quý I năm 2025",
    "Công tác dân vận của hệ thống chính trị được tăng cường; cán bộ khéo léo vận động Nhân dân "
    "hiến đất làm đường; các đoàn thể khéo vận động hội viên tham gia. Công tác dân vận chính quyền có "
    "chuyển biến; cán bộ khéo léo giải quyết kiến nghị của dân; vận động Nhân dân thực hiện dân chủ ở cơ sở.")
CITES_02 = party_doc(
    "52-KH/ĐU", "Kế hoạch", "2025-02-03", "thực hiện Nghị quyết số 02-NQ/ĐU của Đảng ủy xã",
    "Căn cứ Nghị quyết số 02-NQ/ĐU ngày 10/01/2025 của Đảng ủy xã về phát triển kinh tế - xã hội năm 2025, "
    "Ban Thường vụ Đảng ủy xây dựng kế hoạch thực hiện như sau.")
HEADER_02 = make_doc(
    "/in/nq-72.txt",
    ["HỘI ĐỒNG NHÂN DÂN XÃ PHƯỚC HÒA\nSố: 72/2025/NQ-HĐND\nPhước Hòa, ngày 02 tháng 12 năm 2025\n\nNGHỊ QUYẾT\n"
     "Sửa đổi Nghị quyết số 15/2024/NQ-HĐND ngày 02/7/2024 về mức chi hỗ trợ\n"
     "Căn cứ Nghị quyết số 15/2024/NQ-HĐND ngày 02 tháng 7 năm 2024 của Hội đồng nhân dân xã; "
     "Hội đồng nhân dân xã quyết nghị: sửa đổi khoản 2 Điều 3 Nghị quyết số 15/2024/NQ-HĐND."],
    Metadata(number="72/2025/NQ-HĐND", type="Nghị quyết", issuer="HỘI ĐỒNG NHÂN DÂN XÃ PHƯỚC HÒA",
             date="2025-12-02", title="Sửa đổi Nghị quyết số 15/2024/NQ-HĐND ngày 02/7/2024 về mức chi hỗ trợ"),
)

DOCS = (*ALL, SIGNED, *SCATTERED, KHEO, KHEO_SCATTERED, CITES_02, HEADER_02)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("ranking") / "archive.db"
    return path, store_samples(path, DOCS)


def first(db, query, **kw):
    hits = search(db[0], query, **kw)
    return hits[0].id if hits else None


def id_of(db, doc):
    return db[1][doc.source.sha256]


@pytest.mark.parametrize("query", ["le van tam", "Lê Văn Tâm", "LE VAN TAM", "lê văn tâm"])
def test_the_signers_document_ranks_above_its_syllables_scattered(db, query):
    hits = search(db[0], query)
    assert hits[0].id == id_of(db, SIGNED)
    assert {h.id for h in hits} >= {id_of(db, d) for d in SCATTERED}  # still found, below


def test_a_phrase_ranks_above_its_words_scattered(db):
    assert first(db, "dan van kheo") == id_of(db, KHEO)
    assert id_of(db, KHEO_SCATTERED) in [h.id for h in search(db[0], "dan van kheo")]


def test_a_name_typed_abbreviated_is_a_phrase_in_either_spelling(db):
    # "UBND xa phuoc hoa": the notice of the commune's People's Committee, not the Party plans
    assert first(db, "UBND xa phuoc hoa") == id_of(db, SIGNED)
    assert first(db, "uy ban nhan dan xa phuoc hoa") == id_of(db, SIGNED)


def test_number_queries_still_rank_the_named_document_first(db):
    assert first(db, "KH 31") == id_of(db, SCATTERED[0])
    assert first(db, "45/TB-UBND") == id_of(db, SIGNED)
    assert first(db, "tb 45") == id_of(db, SIGNED)


@pytest.mark.parametrize("query", ["NQ 02", "nghi quyet 02", "Nghị quyết số 02"])
def test_a_number_no_document_bears_finds_the_documents_citing_it_first(db, query):
    """"NQ 02" in an archive without 02-NQ/…: the plan citing it, not the resolution whose own
    header writes "NQ-HĐND" next to "ngày 02" (nor its "15/2024/NQ-HĐND ngày 02/7/2024")."""
    assert first(db, query) == id_of(db, CITES_02)


def test_levels_of_a_query():
    assert [m for m, _ in levels("Dân vận khéo")] == [
        'search_head : ("dan van kheo")', '"dan van kheo"', 'NEAR("dan" "van" "kheo", 10)']
    assert [b for _, b in levels("dan van kheo")] == list(LEVEL_BONUS)
    assert level_expression("UBND xa", 2) == '"uy ban nhan dan xa" OR "ubnd xa"'
    assert level_expression("UBND xa", 3) == 'NEAR("uy ban nhan dan" "xa", 10) OR NEAR("ubnd" "xa", 10)'
    # one word, a số ký hiệu (already one phrase): in the fields, then anywhere
    assert levels("kheo") == [('search_head : ("kheo")', LEVEL_BONUS[0])]
    assert levels("25-NQ/TW") == [('search_head : ("25 nq tw")', LEVEL_BONUS[0])]
    # a type and number: the number (its zeros as typed) and its codes as a số ký hiệu writes them
    assert levels("nghị quyết 02") == [('search_head : (NEAR("02" "nq", 1))', LEVEL_BONUS[0]),
                                       ('NEAR("02" "nq", 1)', LEVEL_BONUS[1])]
    assert level_expression("nghi dinh 30/2020", 2) == 'NEAR("30 2020" "nd", 1)'
    assert level_expression("kheo", 2) == '""'
    # the user's operators: the query's own MATCH alone
    for query in ("dan van OR kheo", "dan van -kheo", "", None):
        assert levels(query) == []
    # an index without the fields column (an older archive read as it is)
    assert [m for m, _ in levels("dan van kheo", fields=False)] == ['"dan van kheo"', 'NEAR("dan" "van" "kheo", 10)']
    assert level_expression("dan van kheo", 1, 0) == '""'


def test_the_served_ranked_search_ranks_alike(db):
    from vanban.web.server import datasette_app

    ds = datasette_app(db[0])
    rows = get_json(ds, "/archive/tim_kiem.json?_shape=array&q=" + quote("le van tam"))
    assert rows[0]["id"] == id_of(db, SIGNED)
    assert {r["id"] for r in rows} >= {id_of(db, d) for d in SCATTERED}
    rows = get_json(ds, "/archive/tim_kiem.json?_shape=array&q=" + quote("dan van kheo"))
    assert rows[0]["id"] == id_of(db, KHEO)
    rows = get_json(ds, "/archive/tim_kiem.json?_shape=array&q=" + quote("kheo"))  # one word: no level
    assert {r["id"] for r in rows} >= {id_of(db, KHEO), id_of(db, KHEO_SCATTERED)}


def tim_kiem_sql() -> str:
    """The SQL of the served ranked search (canned query ``tim_kiem``)."""
    import yaml

    from vanban.web.server import METADATA_FILE

    return yaml.safe_load(METADATA_FILE.read_text(encoding="utf-8"))["databases"]["archive"]["queries"]["tim_kiem"]["sql"]


def test_the_served_ranked_search_uses_the_weights_and_offsets_of_the_ranking():
    """The canned query is SQL in metadata.yml: it must score as :mod:`vanban.archive.ranking` does."""
    from vanban.archive.ranking import BM25, PHRASE_SCORED

    sql = tim_kiem_sql()
    assert sql.count(BM25) == 1 + len(PHRASE_SCORED)  # the words, then the phrase levels' own expressions
    for level, bonus in enumerate(LEVEL_BONUS, 1):
        assert f"{int(bonus)} as bonus" in sql and f"vn_fts_level(t, {level}, f)" in sql
        own = f"{BM25} as own" if bonus in PHRASE_SCORED else "null as own"
        assert f"{int(bonus)} as bonus, {level} as level, {own}" in sql


OLD_FTS = [
    """CREATE VIRTUAL TABLE "documents_fts" USING FTS5 ("search_text", tokenize='unicode61 remove_diacritics 2',
    content="documents")""",
    """CREATE TRIGGER "documents_ai" AFTER INSERT ON "documents" BEGIN
  INSERT INTO "documents_fts" (rowid, "search_text") VALUES (new.rowid, new."search_text");
END""",
    """CREATE TRIGGER "documents_ad" AFTER DELETE ON "documents" BEGIN
  INSERT INTO "documents_fts" ("documents_fts", rowid, "search_text") VALUES('delete', old.rowid, old."search_text");
END""",
    """CREATE TRIGGER "documents_au" AFTER UPDATE OF "search_text" ON "documents" BEGIN
  INSERT INTO "documents_fts" ("documents_fts", rowid, "search_text") VALUES('delete', old.rowid, old."search_text");
  INSERT INTO "documents_fts" (rowid, "search_text") VALUES (new.rowid, new."search_text");
END""",
]


def make_old_archive(path):
    """An archive as vanban made it before ``search_head``: one indexed column."""
    store_samples(path, DOCS)
    conn = sqlite3.connect(path)
    for name in ("documents_ai", "documents_ad", "documents_au"):
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute('DROP TABLE "documents_fts"')
    conn.execute("ALTER TABLE documents DROP COLUMN search_head")
    for stmt in OLD_FTS:
        conn.execute(stmt)
    conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")
    conn.commit()
    conn.close()


def test_an_older_archive_is_searched_as_it_is_and_upgraded_when_opened(tmp_path):
    path = tmp_path / "old.db"
    make_old_archive(path)
    assert search(path, "le van tam")  # read as it is (the fields' weight is ignored there)
    with Archive(path) as a:  # opening it for writing upgrades the index
        assert fts_complete(a.conn)
        assert tuple(r[1] for r in a.conn.execute('PRAGMA table_info("documents_fts")')) == FTS_COLUMNS
        head = a.conn.execute("SELECT search_head FROM documents WHERE number = '45/TB-UBND'").fetchone()[0]
        assert "le van tam" in head and "chu tich" in head
        a.store(make_doc("/in/new.txt", ["Thông báo mới của Lê Văn Tâm"], Metadata(signer_name="Lê Văn Tâm")))
    hits = search(path, "le van tam")
    assert hits[0].id in {r for (r,) in sqlite3.connect(path).execute(
        "SELECT id FROM documents WHERE signer_name = 'Lê Văn Tâm'")}
    assert search(path, "le van tam")[0].number in ("45/TB-UBND", None)


def test_the_served_ranked_search_reads_an_older_archive_as_it_is(tmp_path):
    """A read-only share of an older archive is served without upgrading it: the canned
    query must not name the fields column its index lacks (levels 2 and 3 still rank)."""
    from vanban.web import plugin

    path = tmp_path / "old.db"
    make_old_archive(path)
    sql = tim_kiem_sql()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    plugin.prepare_connection(conn)
    numbers = [row[1] for row in conn.execute(sql, {"q": "dan van kheo"})]
    assert numbers[0] == "40-KH/ĐU" and "41-BC/ĐU" in numbers


def test_reindex_fills_the_fields(tmp_path):
    path = tmp_path / "a.db"
    with Archive(path) as a:
        a.store(SIGNED)
        a.conn.execute("UPDATE documents SET search_head = NULL")
        a.conn.commit()
        a.reindex()
        head = a.conn.execute("SELECT search_head FROM documents").fetchone()[0]
    assert head.split("\n") == ["45/tb-ubnd", "thong bao", "lich tiep cong dan dinh ky thang 4 nam 2025",
                                "uy ban nhan dan xa phuoc hoa", "le van tam", "chu tich", "tm. uy ban nhan dan"]
