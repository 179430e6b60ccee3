"""The bench's metadata rules (bench/extract.py): one body, two namings a labeller uses both.

A local body's issuer is named by vanban as the header prints it, apart from its parent ("VĂN PHÒNG ỦY BAN NHÂN DÂN
TỈNH" under "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"), and by some labellers with the parent's place joined ("Văn phòng Ủy ban
nhân dân tỉnh Quảng Ngãi"): the tuning labels split 5 / 2 for a People's Committee's office and 9 / 9 for a provincial
Party committee's department. The expected names below are the labels' own spellings (tune21, authored22), written
by their authors, not vanban's output."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from extract import metadata_misses  # noqa: E402


def _issuer_ok(gold_issuer, issuer, parent=None):
    return "issuer" not in metadata_misses({"issuer": gold_issuer}, {"issuer": issuer, "parent_issuer": parent})


def test_office_named_after_its_parents_level_takes_the_place_once():
    assert _issuer_ok("Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi", "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH",
                      "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI")
    assert _issuer_ok("Văn phòng Ủy ban nhân dân thành phố Hải Phòng", "VĂN PHÒNG ỦY BAN NHÂN DÂN THÀNH PHỐ",
                      "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG")
    # the place is exact: another province's office is no match
    assert not _issuer_ok("Văn phòng Ủy ban nhân dân tỉnh Quảng Ninh", "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH",
                          "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI")


def test_party_department_under_the_dang_bo_line_takes_its_place():
    # header "ĐẢNG BỘ TỈNH QUẢNG TRỊ / BAN TỔ CHỨC TỈNH ỦY" (the post-2025 Party header)
    assert _issuer_ok("Ban Tổ chức Tỉnh ủy Quảng Trị", "BAN TỔ CHỨC TỈNH ỦY", "ĐẢNG BỘ TỈNH QUẢNG TRỊ")
    assert _issuer_ok("Ban Tổ chức Tỉnh ủy Quảng Trị", "BAN TỔ CHỨC TỈNH ỦY", "TỈNH ỦY QUẢNG TRỊ")
    assert not _issuer_ok("Ban Tổ chức Tỉnh ủy Gia Lai", "BAN TỔ CHỨC TỈNH ỦY", "ĐẢNG BỘ TỈNH QUẢNG TRỊ")


def test_bch_is_ban_chap_hanh():
    assert _issuer_ok("Ban Chấp hành Đoàn tỉnh Nghệ An", "BCH ĐOÀN TỈNH NGHỆ AN")
