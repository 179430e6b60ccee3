"""Counts spelled in words under a word of aim are targets (issue 10: "Words as numbers").

"Phấn đấu có hai mô hình dân vận khéo cấp xã; tổ chức mười buổi đối thoại" (a reviewer's ward plan,
session 13) gave no target; the same words in digits gave two. Look-alikes of number words
without their marks ("sau đây", "tầm nhìn") and the article "một" stay words.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = """UBND XÃ TÂN PHÚ
Số: 12/KH-UBND
Tân Phú, ngày 05 tháng 01 năm 2026
KẾ HOẠCH
Công tác dân vận năm 2026
I. CHỈ TIÊU
"""


def figures(line):
    return [(t.min, t.max, t.unit) for t in extract(HEAD + line + "\n").targets]


def test_counts_in_words_under_an_aim():
    assert figures("- Phấn đấu có hai mô hình dân vận khéo cấp xã; tổ chức mười buổi đối thoại với nhân dân.") == [
        (2.0, 2.0, "mô hình"), (10.0, 10.0, "buổi")]


def test_words_that_only_look_like_numbers_stay_words():
    assert figures("- Phấn đấu 100% thôn có một tổ hòa giải.") == [(100.0, 100.0, "%")]
    assert figures("- Phấn đấu thực hiện các nội dung sau đây gọi chung là mô hình.") == []
    assert figures("- Phấn đấu trong hai năm tới hoàn thành việc sắp xếp.") == []
