"""A short name written with "&" finds its spelled-out name and back (session 22's newcomer: "so kh&cn" found nothing).

Two letters written for this test in the style of a UBND tỉnh's Công văn: one prints "Sở KH&CN", the other "Sở Khoa
học và Công nghệ"; the search box, the CLI and the served search are one function (:func:`vanban.archive.search`)."""

from __future__ import annotations

import pytest

from vanban.archive.search import search

SHORT = """ỦY BAN NHÂN DÂN
TỈNH BẮC GIANG
Số: 512/UBND-KGVX
Bắc Giang, ngày 05 tháng 01 năm 2027
V/v triển khai đổi mới sáng tạo năm 2027

Kính gửi: Sở KH&CN; Sở GD&ĐT.

Ủy ban nhân dân tỉnh giao Sở KH&CN chủ trì, phối hợp với Sở GD&ĐT xây dựng kế hoạch trước ngày 20/01/2027.
"""
LONG = """ỦY BAN NHÂN DÂN
TỈNH LẠNG SƠN
Số: 77/UBND-KT
Lạng Sơn, ngày 06 tháng 01 năm 2027
V/v thống kê trạm quan trắc

Kính gửi: Sở Khoa học và Công nghệ.

Ủy ban nhân dân tỉnh giao Sở Khoa học và Công nghệ rà soát các trạm quan trắc, báo cáo trước ngày 25/01/2027.
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from vanban.conveyor import ingest

    folder = tmp_path_factory.mktemp("amp")
    (folder / "512-UBND.txt").write_text(SHORT, encoding="utf-8")
    (folder / "77-UBND.txt").write_text(LONG, encoding="utf-8")
    path = folder / "archive.db"
    report = ingest([folder / "512-UBND.txt", folder / "77-UBND.txt"], path, jobs=1, progress=False)
    assert report.stored == 2, report.errors
    return path


@pytest.mark.parametrize("typed", ["so kh&cn", "Sở KH&CN", "so khoa hoc va cong nghe", "(KH&CN)"])
def test_either_spelling_finds_both_letters(db, typed):
    assert sorted(h.number for h in search(db, typed)) == ["512/UBND-KGVX", "77/UBND-KT"]


def test_another_departments_short_name_finds_only_its_letter(db):
    assert [h.number for h in search(db, "so gd&dt")] == ["512/UBND-KGVX"]
    assert [h.number for h in search(db, "giao duc va dao tao")] == ["512/UBND-KGVX"]
