"""Targets of a quota table whose kind head names its noun with a participle of issuing (left40, session 40).

"Thẻ BHYT cấp mới", "Hộ kinh doanh đăng ký mới": the verb before "mới" says what became of the noun, as "được cấp"
does; the counted noun ends before it ("thẻ BHYT", not "thẻ BHYT cấp"). "cấp" alone after a noun names a level and
is no such verb. The texts are written for these tests, not copied from a labelled document.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.kind_nouns import kind_noun

_DOC = ("ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 30/KH-UBND\nTân Lập, ngày 14 tháng 2 năm 2031\n\nKẾ HOẠCH\n"
        "Phát triển người tham gia bảo hiểm y tế năm 2031\n\nII. CHỈ TIÊU\n\nGiao chỉ tiêu cho các thôn như sau:\n\n"
        "| STT | Thôn | Thẻ BHYT cấp mới | Hộ kinh doanh đăng ký mới |\n|---|---|---|---|\n"
        "| 1 | Thôn Đông | 120 | 8 |\n| 2 | Thôn Tây | 95 | 5 |\n\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nVũ Thị Lan\n")


def test_target_kind_noun_ends_before_a_participle_of_issuing():
    assert kind_noun("Thẻ BHYT cấp mới") == "thẻ BHYT"
    assert kind_noun("Hộ kinh doanh đăng ký mới") == "hộ kinh doanh"
    assert kind_noun("Tài khoản định danh kích hoạt mới") == "tài khoản định danh"
    assert kind_noun("Hội viên kết nạp mới") == "hội viên"  # a verb of making, as before


def test_target_units_of_a_quota_table_with_issued_kinds():
    got = {(t.min, t.unit) for t in extract(_DOC).targets}
    assert {(120, "thẻ BHYT"), (95, "thẻ BHYT"), (8, "hộ kinh doanh"), (5, "hộ kinh doanh")} <= got, got
