"""A percentage's scope that lists its bodies ("100% các xã, phường bố trí công chức …", 141/KH-UBND as a newcomer read
it, session 26: the scope was cut at the first comma, "các xã") keeps the list's last noun, up to the verb of what is
counted. Our own phrasing of the kind; a list of nouns alone (case 12's "nguồn nước thải, khí thải lớn") is unchanged."""

from __future__ import annotations

from vanban.extract import extract

DOC = """ỦY BAN NHÂN DÂN HUYỆN MƯỜNG TÈ
Số: 45/KH-UBND
Mường Tè, ngày 15 tháng 01 năm 2027

KẾ HOẠCH
Xây dựng thiết chế văn hóa cơ sở năm 2027

1. Phấn đấu 100% các thôn, bản bố trí điểm sinh hoạt cộng đồng bảo đảm diện tích theo quy định.
2. Phấn đấu 90% trường học, trạm y tế có nhà vệ sinh đạt chuẩn.
"""


def _scopes():
    return {t.min: t.scope for t in extract(DOC).targets}


def test_the_lists_last_noun_before_the_verb_stays_in_the_scope():
    assert _scopes()[100.0] == "các thôn, bản"


def test_a_list_of_nouns_alone_is_read_whole():
    assert _scopes()[90.0].startswith("trường học, trạm y tế")
