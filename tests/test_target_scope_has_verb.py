"""The possession verb "có" right before a count ends no target's scope: "mỗi chi bộ có | ít nhất một mô hình …", "tỉnh
X có | ít nhất 20 tập dữ liệu mở …" gave the scopes "mỗi chi bộ có", "tỉnh X có" and a bare "có" (case 01's plan, 144/KH-UBND
of realdocs, found listing the targets of every real document whose scope is a fragment). What is had, the counted noun
after the figure, completes the scope; without one, the words before the verb are the scope. Inputs are written for the
kind."""

from __future__ import annotations

import pytest

from vanban.extract import extract

HEAD = ("ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n\nSố: 61/KH-UBND\n\nAn Bình, ngày 04 tháng 5 năm 2026\n\nKẾ HOẠCH\n"
        "xây dựng nông thôn mới kiểu mẫu\n\n")


@pytest.mark.parametrize("sentence, scope", [
    ("Đến năm 2028, mỗi khu dân cư có ít nhất 01 điểm vui chơi cho trẻ em.", "mỗi khu dân cư"),
    ("Mỗi hợp tác xã có tối thiểu 02 sản phẩm được chứng nhận.", "Mỗi hợp tác xã có sản phẩm được chứng nhận"),
    ("Các thôn có ít nhất 03 tổ hòa giải hoạt động hiệu quả.", "Các thôn"),
])
def test_the_verb_has_is_no_scopes_last_word(sentence, scope):
    (t,) = extract(HEAD + sentence + "\n").targets
    assert t.min is not None and t.scope == scope


def test_a_bare_has_is_no_scope():
    (t,) = [t for t in extract(HEAD + "Hoàn thiện hạ tầng số; có tối thiểu 04 câu lạc bộ văn nghệ quần chúng.\n").targets]
    assert t.min == 4 and t.scope != "có"
