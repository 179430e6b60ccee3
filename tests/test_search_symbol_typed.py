"""A số ký hiệu with a year typed the way users type it: "214/2025/NĐCP" (no hyphen between type and issuer),
"214/2025/NDCP", "214/2025/ND CP" (no đ, a space), after a request word ("tải …"). It is a số ký hiệu query: the
document that bears the number comes first, and the documents that cite it are found by the text search — in the
Python search (``vanban search``) and in the served ranked search (canned query ``tim_kiem``, whose SQL calls
``vn_search_terms``, ``vn_fts_query`` and ``vn_symbol_key``).

The two documents are written here in the style of a Nghị định of the Chính phủ and a UBND tỉnh's plan citing it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import yaml

from cli_helpers import run_cli
from vanban.archive.keys import looks_like_symbol, search_terms
from vanban.archive.search import search

ROOT = Path(__file__).resolve().parents[1]

_ND = """CHÍNH PHỦ
Số: 214/2025/NĐ-CP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 04 tháng 8 năm 2025

NGHỊ ĐỊNH
Quy định chi tiết một số điều và biện pháp thi hành Luật Đấu thầu về lựa chọn nhà thầu

Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
Chính phủ ban hành Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Đấu thầu.
Điều 1. Phạm vi điều chỉnh
Nghị định này quy định chi tiết về lựa chọn nhà thầu.
"""
_KH = """ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
Số: 77/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày 10 tháng 9 năm 2025

KẾ HOẠCH
Triển khai thực hiện công tác lựa chọn nhà thầu năm 2025

Căn cứ Nghị định số 214/2025/NĐ-CP ngày 04/8/2025 của Chính phủ;
1. Sở Tài chính hướng dẫn các đơn vị thực hiện trước ngày 30/10/2025.
"""
TYPED = ["214/2025/NĐCP", "214/2025/NDCP", "214/2025/ND CP", "214/2025/nđcp", "tải 214/2025/NĐCP"]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("sokyhieu")
    (d / "nghi-dinh.txt").write_text(_ND, encoding="utf-8")
    (d / "ke-hoach.txt").write_text(_KH, encoding="utf-8")
    out = run_cli("ingest", str(d / "nghi-dinh.txt"), str(d / "ke-hoach.txt"), "--db", str(d / "archive.db"))
    assert out.returncode == 0, out.stderr
    return d / "archive.db"


@pytest.mark.parametrize("typed", TYPED)
def test_typed_symbol_is_a_symbol_query(typed):
    assert looks_like_symbol(search_terms(typed))


def test_hyphen_put_between_type_and_issuer():
    assert search_terms("214/2025/NĐCP") == "214/2025/NĐ-CP"
    assert search_terms("tải 1234/QĐUBND") == "1234/QĐ-UBND"
    assert search_terms("2025 kế hoạch") == "2025 kế hoạch"  # words, as typed
    assert search_terms("24-KH/BU") == "24-KH/BU"  # a letter is never changed here


@pytest.mark.parametrize("typed", TYPED)
def test_python_search_finds_the_decree_then_the_plan_citing_it(db, typed):
    hits = search(db, typed)
    assert [h.number for h in hits] == ["214/2025/NĐ-CP", "77/KH-UBND"]


@pytest.mark.parametrize("typed", TYPED)
def test_served_ranked_search_finds_them_too(db, typed):
    from vanban.web.plugin import prepare_connection

    meta = yaml.safe_load((ROOT / "vanban" / "web" / "metadata.yml").read_text(encoding="utf-8"))
    sql = meta["databases"]["archive"]["queries"]["tim_kiem"]["sql"]
    conn = sqlite3.connect(db)
    prepare_connection(conn)
    rows = conn.execute(sql, {"q": typed}).fetchall()
    assert [r[1] for r in rows] == ["214/2025/NĐ-CP", "77/KH-UBND"]
