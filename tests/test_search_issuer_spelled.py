"""``--issuer``: a body's name typed spelled out or abbreviated finds it printed either way.

Headers print "UBND TỈNH QUẢNG NINH" above "VĂN PHÒNG", or "ỦY BAN NHÂN DÂN" / "TỈNH BẮC NINH"; staff type
"Ủy ban nhân dân tỉnh Quảng Ninh", "UBND tỉnh Bắc Ninh", "Văn phòng UBND tỉnh". The filter compared the folded
words as typed, so a name typed the other way than printed found nothing. The two documents are written here in
the style of a provincial office's Thông báo and a UBND tỉnh's Kế hoạch of 2026.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_helpers import run_cli
from test_meta_session16 import _TB_VP
from vanban.archive.search import search

_TB = _TB_VP  # "UBND TỈNH QUẢNG NINH" / "VĂN PHÒNG": the office's Thông báo of tests/test_meta_session16.py
_KH = """ỦY BAN NHÂN DÂN
TỈNH BẮC NINH
Số: 141/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 20 tháng 11 năm 2026

KẾ HOẠCH
Triển khai công tác chuyển đổi số năm 2027

Giao Sở Khoa học và Công nghệ chủ trì triển khai, báo cáo trước ngày 15/12/2026.
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("issuer_spelled")
    (d / "thong-bao.txt").write_text(_TB, encoding="utf-8")
    (d / "ke-hoach.txt").write_text(_KH, encoding="utf-8")
    out = run_cli("ingest", str(d / "thong-bao.txt"), str(d / "ke-hoach.txt"), "--db", str(d / "archive.db"))
    assert out.returncode == 0, out.stderr
    return d / "archive.db"


@pytest.mark.parametrize(("typed", "numbers"), [
    ("Ủy ban nhân dân tỉnh Quảng Ninh", ["512/TB-VPUBND"]),
    ("UBND tỉnh Quảng Ninh", ["512/TB-VPUBND"]),
    ("Văn phòng Ủy ban nhân dân tỉnh", ["512/TB-VPUBND"]),
    ("Văn phòng UBND tỉnh Quảng Ninh", ["512/TB-VPUBND"]),
    ("UBND tỉnh Bắc Ninh", ["141/KH-UBND"]),
    ("ubnd bac ninh", ["141/KH-UBND"]),
    ("Ủy ban nhân dân tỉnh Bắc Ninh", ["141/KH-UBND"]),
    ("UBND tỉnh Lào Cai", []),
])
def test_issuer_typed_either_way(db, typed, numbers):
    assert [h.number for h in search(db, "", issuer=typed)] == numbers
    assert [h.number for h in search(db, "báo cáo", issuer=typed)] == numbers
