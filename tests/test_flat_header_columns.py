"""A two-column plain-text header in a flat text: the issuer's second line stays with its first.

Why: a header pasted as text puts a line of the issuer cell and a line of the national title on one line, the two
cells apart by a run of spaces ("ỦY BAN NHÂN DÂN      CỘNG HÒA …" / "HUYỆN X      Độc lập - Tự do - Hạnh phúc"). Once
the text has a dozen lines or more with no blank line between them it is read as flat (:mod:`.paragraphs`) and a
paragraph break was written between those two lines (the whole line is not in capitals, the right cell in
lower case): the issuer lost its second line ("ỦY BAN NHÂN DÂN"). The issuer wraps in its own column: the left
cells of both lines in capitals go on (newcomer findings, session 40: shared cases 20 and 21).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.extract import extract
from vanban.structure.paragraphs import break_kind

CASES = Path(__file__).resolve().parent / "fixtures/cases"


@pytest.mark.parametrize("a, b, want", [
    ("SỞ TÀI CHÍNH            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH BẮC NAM          Độc lập - Tự do - Hạnh phúc", None),
    ("ĐẢNG BỘ TỈNH BẮC NAM\tĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY XÃ TÂN HÒA\tTân Hòa, ngày 02 tháng 4 năm 2026", None),
    # a left cell not in capitals opens a paragraph of its own as before
    ("Nơi nhận:             TM. ỦY BAN NHÂN DÂN", "Như trên;             CHỦ TỊCH", "list"),
])
def test_left_cells_in_capitals_go_on(a, b, want):
    assert break_kind(a, b, 90, True) == want


def _flat(tasks: int, blank: bool) -> str:
    head = ("SỞ TÀI CHÍNH                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "TỈNH BẮC NAM                    Độc lập - Tự do - Hạnh phúc\n"
            "Số: 41/KH-STC               Bắc Nam, ngày 03 tháng 02 năm 2026\n"
            "KẾ HOẠCH\n"
            "Kiểm tra công tác quyết toán ngân sách năm 2026\n"
            "Thực hiện chỉ đạo của tỉnh, Sở Tài chính ban hành Kế hoạch như sau:\n")
    sep = "\n\n" if blank else "\n"
    return head + sep.join(f"{i}. Phòng Ngân sách gửi báo cáo về Sở trước ngày {i:02d}/10/2026." for i in range(1, tasks + 1)) + "\n"


@pytest.mark.parametrize("tasks, blank", [(3, False), (8, False), (8, True)])
def test_issuer_keeps_its_second_line_however_long_the_flat_text(tasks, blank):
    assert extract(_flat(tasks, blank)).metadata.issuer == "SỞ TÀI CHÍNH TỈNH BẮC NAM"


@pytest.mark.parametrize("rel, issuer", [
    ("21-search-queries/input/86-KH-UBND.txt", "ỦY BAN NHÂN DÂN HUYỆN SƠN HÀ"),
    ("21-search-queries/input/102-QD-UBND.txt", "ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG TIẾN"),
    ("20-three-level-signature/body.txt", "ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG TIẾN"),
])
def test_shared_cases_issuer(rel, issuer):
    assert extract((CASES / rel).read_text(encoding="utf-8")).metadata.issuer == issuer
