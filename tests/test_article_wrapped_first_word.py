"""An article whose first line holds only its first word, the page wrapped after it (scan49): "Điều 2. Giao" /
"Văn phòng Ủy ban nhân dân tỉnh; Sở Dân tộc và Tôn giáo thực hiện …" (1630/QĐ-UBND), "Điều 2. Giao" / "Văn phòng Ủy
ban nhân dân tỉnh chủ trì, phối hợp …", "Điều 1. Ban" / "hành kèm theo Quyết định này Quy chế …" — seven of the
realdocs Quyết định print "Điều N. Giao" so, twenty "Điều N. Ban". The word is the sentence's opening, no title: read
as the article's heading, "Giao" parted the assignment from its verb and the first of two bodies joined by ";" was lost.

The texts are written here in the Quyết định's style; the bodies are what a reader sees assigned.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\nSố: 1702/QĐ-UBND\nQuảng Ngãi, ngày 02 tháng 12 năm 2025\n\nQUYẾT ĐỊNH\n"
        "Về việc công bố Danh mục thủ tục hành chính nội bộ\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính nội bộ trong lĩnh vực xây dựng.\n\n")
TAIL = "\n\nĐiều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"


def _article(text: str, label: str):
    st = structure_of_text(text)
    return next(p for p in st.body if p.label == label)


def test_a_lone_giao_opens_the_assignment_of_two_bodies_joined_by_a_semicolon():
    text = HEAD + ("Điều 2. Giao\nVăn phòng Ủy ban nhân dân tỉnh; Sở Xây dựng thực hiện công khai thủ\ntục hành chính "
                   "nội bộ trên Cổng thông tin điện tử tỉnh.") + TAIL
    assert _article(text, "Điều 2.").heading is None
    obs = extract(text).obligations
    assert [o.who for o in obs] == ["Văn phòng Ủy ban nhân dân tỉnh; Sở Xây dựng"]
    assert obs[0].what.startswith("thực hiện công khai thủ tục hành chính nội bộ")


def test_a_lone_giao_over_one_body_that_leads():
    text = HEAD + ("Điều 2. Giao\nSở Khoa học và Công nghệ chủ trì, phối hợp với các cơ quan, đơn vị liên quan hướng "
                   "dẫn, kiểm tra việc thực hiện Quyết định này.") + TAIL
    assert _article(text, "Điều 2.").heading is None
    assert [o.who for o in extract(text).obligations] == ["Sở Khoa học và Công nghệ"]


def test_a_lone_first_word_cut_from_its_sentence_is_no_title():
    text = HEAD.replace("Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính nội bộ trong lĩnh vực "
                        "xây dựng.", "Điều 1. Ban\nhành kèm theo Quyết định này Quy chế quản lý, sử dụng chữ ký số "
                        "chuyên dùng trên địa bàn tỉnh.") + "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
    assert _article(text, "Điều 1.").heading is None


def test_a_titled_article_keeps_its_title():
    text = HEAD + "Điều 2. Hiệu lực thi hành\nQuyết định này có hiệu lực thi hành kể từ ngày ký." + TAIL
    assert _article(text, "Điều 2.").heading == "Hiệu lực thi hành"


def test_a_requirements_title_of_one_word_keeps_it():
    text = HEAD + ("Điều 2. Yêu cầu\nCác cơ quan, đơn vị thực hiện công khai thủ tục hành chính nội bộ đúng quy định."
                   ) + TAIL
    assert _article(text, "Điều 2.").heading == "Yêu cầu"
