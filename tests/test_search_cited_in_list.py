"""A document cites a symbol it never writes out whole: "các Công văn số 217, 218 và 222-CV/TU của Tỉnh ủy"
cites 217-CV/TU and 218-CV/TU, whose code only the last number carries. Extraction reads the three citations
(the document page lists them among its cited documents), so ``vanban search 217-CV/TU`` must find the
document too, though no phrase "217 cv tu" stands in its text — in the Python search and in the served
ranked search (canned query ``tim_kiem``). Seen by a newcomer of session 15 on a Đảng ủy xã's plan.

The plan is written here in the style of a Đảng ủy xã's Kế hoạch of 2026; the Công văn 222-CV/TU it also
cites is written out, so the full-text search finds that one as before.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import yaml

from cli_helpers import run_cli
from vanban.archive.search import search

ROOT = Path(__file__).resolve().parents[1]

_KH = """ĐẢNG BỘ TỈNH LÂM ĐỒNG
ĐẢNG ỦY XÃ ĐẠ TẺH
*
Số 19-KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Đạ Tẻh, ngày 01 tháng 12 năm 2026

KẾ HOẠCH
tổ chức các hoạt động chào mừng Đại hội đại biểu toàn quốc của Mặt trận Tổ quốc Việt Nam năm 2027
-----

Thực hiện Chỉ thị số 05-CT/TU ngày 15/11/2026 của Ban Thường vụ Tỉnh ủy và các Công văn số 217, 218 và 222-CV/TU của Tỉnh ủy, Ban Thường vụ Đảng ủy xã xây dựng kế hoạch như sau:

1. Ban Xây dựng Đảng Đảng ủy xã chủ trì thẩm định hồ sơ kết nạp đảng viên, hoàn thành trước ngày 15/12/2026.
2. Các chi bộ thôn tổ chức hội nghị đối thoại với Nhân dân trong 6 tháng đầu năm 2027.
"""
_TB = """ĐẢNG BỘ TỈNH LÂM ĐỒNG
ĐẢNG ỦY XÃ ĐẠ TẺH
*
Số 20-TB/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Đạ Tẻh, ngày 03 tháng 12 năm 2026

THÔNG BÁO
kết luận của Thường trực Đảng ủy xã về công tác phát triển đảng viên

Thường trực Đảng ủy xã giao Ban Xây dựng Đảng rà soát hồ sơ đảng viên mới, báo cáo trước ngày 20/12/2026.
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("cited_in_list")
    (d / "ke-hoach.txt").write_text(_KH, encoding="utf-8")
    (d / "thong-bao.txt").write_text(_TB, encoding="utf-8")
    out = run_cli("ingest", str(d / "ke-hoach.txt"), str(d / "thong-bao.txt"), "--db", str(d / "archive.db"))
    assert out.returncode == 0, out.stderr
    return d / "archive.db"


def _served(db: Path, typed: str) -> list[str]:
    from vanban.web.plugin import prepare_connection

    meta = yaml.safe_load((ROOT / "vanban" / "web" / "metadata.yml").read_text(encoding="utf-8"))
    sql = meta["databases"]["archive"]["queries"]["tim_kiem"]["sql"]
    conn = sqlite3.connect(db)
    prepare_connection(conn)
    return [r[1] for r in conn.execute(sql, {"q": typed}).fetchall()]


@pytest.mark.parametrize("typed", ["217-CV/TU", "218-CV/TU", "222-CV/TU", "217/CV-TU", "217 CV TU"])
def test_a_symbol_cited_in_a_list_finds_the_citing_plan(db, typed):
    hits = search(db, typed)
    assert [h.number for h in hits] == ["19-KH/ĐU"]
    assert "217" in (hits[0].snippet or "")  # the snippet shows where it is cited
    assert _served(db, typed) == ["19-KH/ĐU"]


@pytest.mark.parametrize("typed", ["219-CV/TU", "05-CV/TU"])
def test_a_symbol_nobody_cites_finds_nothing(db, typed):
    assert search(db, typed) == []
    assert _served(db, typed) == []


def test_words_find_as_before(db):
    assert [h.number for h in search(db, "kết nạp đảng viên")] == ["19-KH/ĐU"]
    assert sorted(_served(db, "đảng viên")) == ["19-KH/ĐU", "20-TB/ĐU"]


def test_each_number_of_the_list_is_its_own_reference():
    """The document page shows each cited document's reference as written: "217" and "218", not "217, 218" and
    "218 và 22" (a span as long as the full symbol, cut from where the number starts)."""
    from vanban.extract import extract

    text = _KH
    cites = {c.number: c for c in extract(text).citations}
    assert (cites["217-CV/TU"].text, cites["218-CV/TU"].text) == ("217", "218")
    assert cites["222-CV/TU"].text == "Công văn số 217, 218 và 222-CV/TU của Tỉnh ủy"
