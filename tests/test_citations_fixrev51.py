"""Number-less named documents after a verb ending like an excluded one (session 51's review, fixrev51): the words
that make a mention no citation ("ban hành", "xây dựng", "dự thảo", "trình") are whole words — "chấp hành", "thi
hành", "hoàn thành" end in "hành" and "áp dụng" in "dụng", yet they carry out a document in force, which is cited.
Texts written here in the offices' style; expected values from the wording (one citation each, issuer as printed).
"""

import pytest

from vanban.extract import extract

PARTY_HEAD = ("ĐẢNG BỘ HUYỆN ĐÔNG SƠN\nĐẢNG ỦY XÃ ĐÔNG HÒA\n\nSố: 52-BC/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
              "Đông Hòa, ngày 10 tháng 01 năm 2026\n\nBÁO CÁO\n\nkiểm điểm tập thể Ban Thường vụ năm 2025\n\n")
TAIL = "\n\nII. PHƯƠNG HƯỚNG NĂM 2026\n\nTiếp tục đổi mới phương thức lãnh đạo.\n"


def _unnumbered(text: str, ctype: str) -> list:
    return [c for c in extract(text).citations if c.type == ctype and not c.number]


@pytest.mark.parametrize("verb", ["chấp hành", "thi hành", "hoàn thành", "áp dụng"])
def test_a_years_resolution_after_a_verb_ending_like_ban_hanh_is_cited(verb):
    body = (f"1. Tập thể Ban Thường vụ đã {verb} Nghị quyết Đảng ủy năm 2025, lãnh đạo hoàn thành các chỉ tiêu "
            "chủ yếu đề ra." + TAIL)
    (c,) = _unnumbered(PARTY_HEAD + body, "Nghị quyết")
    assert c.issuer == "Đảng ủy"


def test_a_councils_years_resolution_applied_is_cited():
    body = ("1. Các cơ quan áp dụng Nghị quyết HĐND tỉnh năm 2025 khi lập dự toán thu, chi ngân sách." + TAIL)
    (c,) = _unnumbered(PARTY_HEAD + body, "Nghị quyết")
    assert c.issuer and c.issuer.startswith("HĐND")


def test_working_rules_of_a_term_carried_out_are_cited():
    body = ("1. Ban Thường vụ thi hành Quy chế làm việc nhiệm kỳ 2025 - 2030, giữ nghiêm nguyên tắc tập trung dân "
            "chủ." + TAIL)
    assert len(_unnumbered(PARTY_HEAD + body, "Quy chế")) == 1


@pytest.mark.parametrize("verb", ["ban hành", "xây dựng", "dự thảo", "trình"])
def test_a_resolution_still_to_be_issued_is_not_cited(verb):
    body = (f"1. Ban Thường vụ {verb} Nghị quyết Đảng ủy năm 2026 trước ngày 31/01/2026." + TAIL)
    assert _unnumbered(PARTY_HEAD + body, "Nghị quyết") == []


def test_working_rules_being_issued_are_not_cited():
    body = ("1. Ban Thường vụ ban hành Quy chế làm việc nhiệm kỳ 2025 - 2030 trong tháng 01/2026." + TAIL)
    assert _unnumbered(PARTY_HEAD + body, "Quy chế") == []
