"""Restoration at a line in capitals (issue 12): a signer's name under the title line is a new context.

Kind: a Party Thông báo's signature block without marks ("CHANH VAN PHONG" ⏎ ⏎ "Pham Thi Thu Ha",
newcomer15's tb88_nomarks.txt) gave "Phẩm Thị Thu Hà": "văn phòng phẩm" (stationery) is a common
trigram, and the name's line ran on the title's context. Expected forms written by hand.
"""

from __future__ import annotations

import pytest

from vanban.ocr.restore import restore


@pytest.mark.parametrize("raw, want", [
    ("T/L BAN THUONG VU\nCHANH VAN PHONG\n\nPham Thi Thu Ha", "Phạm Thị Thu Hà"),
    ("KT. CHU TICH\nPHO CHU TICH\n\nPham Van Binh", "Phạm Văn Bình"),
])
def test_a_name_under_a_title_line_is_its_own_context(raw, want):
    assert restore(raw).text.splitlines()[-1] == want


def test_lines_of_one_sentence_still_share_their_context():
    # a wrapped sentence in sentence case keeps its context across the break
    out = restore("Cac chi bo to chuc hoc tap, quan triet\nnghi quyet den toan the dang vien.").text
    assert out == "Các chi bộ tổ chức học tập, quán triệt\nnghị quyết đến toàn thể đảng viên."
