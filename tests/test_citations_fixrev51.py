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


# --- a decree named by issuer and subject, its name wrapped at a line's end (308/2025/NĐ-CP's wording) -----------

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nSố: 41/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "Hà Nam, ngày 02 tháng 3 năm 2026\n\nKẾ HOẠCH\n\nphục chế di sản tư liệu năm 2026\n\n")


def test_a_decree_name_wrapped_at_a_line_end_is_one_citation_with_its_whole_subject():
    body = ("1. Chi lập đề án, dự án, kế hoạch phục\nchế di sản tư liệu thực hiện theo Nghị định của Chính phủ quy "
            "định chi tiết một\nsố nội dung về quản lý dự án đầu tư xây dựng; quy định của pháp luật về khoa học.\n\n"
            "2. Chi cải tạo kho bảo quản thực hiện như sau:\n\nb) Theo Nghị định của Chính phủ quy định\nchi tiết một "
            "số nội dung về quản lý dự án đầu tư xây dựng; quy định về quản lý chi phí đầu tư xây dựng;\n")
    (c,) = _unnumbered(HEAD + body, "Nghị định")
    assert c.issuer == "Chính phủ"
    assert " ".join(c.text.split()).endswith("quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng")


def test_a_circular_guiding_viec_is_cited():
    body = ("1. Căn cứ Thông tư của Bộ Tài chính hướng dẫn việc quản lý, sử dụng kinh phí bảo đảm cho công tác cải "
            "cách hành chính nhà nước;\n\n2. Các sở lập dự toán gửi Sở Tài chính trước ngày 15/3/2026.\n")
    (c,) = _unnumbered(HEAD + body, "Thông tư")
    assert c.issuer == "Bộ Tài chính"


def test_working_rules_issued_by_a_cited_decision_with_ban_hanh_wrapped_are_not_cited_apart():
    # t18-02's basis line: "ban" ends one line, "hành" opens the next — the decision is the citation
    body = ("Căn cứ Quyết định số 112/QĐ-UBND ngày 01/7/2025 của Ủy ban nhân dân xã ban\nhành Quy chế làm việc của Ủy "
            "ban nhân dân xã Phước Thành nhiệm kỳ 2021 - 2026;\n\nỦy ban nhân dân xã ban hành Kế hoạch như sau:\n")
    assert _unnumbered(HEAD + body, "Quy chế") == []
