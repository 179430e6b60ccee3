"""Boards of a Party committee keep their whole name as an obligation's body.

Found by a newcomer: "Ban Tuyên giáo Huyện ủy tổng hợp …" became "## Huyện ủy" in
``vanban checklist``: the "giáo" of "Tuyên giáo" was read as the cue "giao"
(assign to). The kind is every board of a Party committee, and a
religion's "giáo" ("Ban Tôn giáo tỉnh").
"""

from __future__ import annotations

import pytest

from vanban.extract import extract

BOARDS = [
    "Ban Tuyên giáo Huyện ủy", "Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
    "Ban Tổ chức Huyện ủy", "Ban Dân vận Huyện ủy", "Ban Kinh tế Tỉnh ủy", "Ban Nội chính Tỉnh ủy",
    "Ban Đối ngoại Tỉnh ủy", "Ủy ban Kiểm tra Huyện ủy", "Ban Kiểm tra Đảng ủy xã",
    "Ban Bảo vệ chăm sóc sức khỏe cán bộ Tỉnh ủy", "Ban Bảo vệ, chăm sóc sức khỏe cán bộ Tỉnh ủy",
    "Ban Tôn giáo tỉnh",
]


@pytest.mark.parametrize("opening", ["", "Giao ", "Đề nghị "])
def test_a_party_board_keeps_its_name(opening: str) -> None:
    lines = [f"{n}. {opening}{board} tổng hợp kết quả trước ngày {n}/5/2026."
             for n, board in enumerate(BOARDS, 1)]
    text = "KẾ HOẠCH\ncông tác tuyên giáo năm 2026\n" + "\n".join(lines) + "\n"
    ext = extract(text, reference_date="2026-01-05")
    got = {o.deadline.date: o.who for o in ext.obligations if o.deadline}
    assert got == {f"2026-05-{n:02d}": board for n, board in enumerate(BOARDS, 1)}


def test_two_boards_in_one_assignment() -> None:
    text = ("KẾ HOẠCH\ncông tác năm 2026\n"
            "1. Ban Nội chính Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy phối hợp trước ngày 5/8/2026.\n")
    ext = extract(text, reference_date="2026-01-05")
    assert [o.who for o in ext.obligations] == ["Ban Nội chính Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy"]
