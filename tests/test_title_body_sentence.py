"""A trích yếu never takes in the body's first sentence, in a plain text with no blank line between them.

Found by a newcomer: "KẾ HOẠCH" / "triển khai công tác dân vận năm 2024" / "Các chi bộ trực thuộc có trách nhiệm báo
cáo … trước ngày 30 tháng 4 năm 2024." gave the title "… năm 2024 Các chi bộ trực thuộc …" and no deadline. A line
that opens, capitalised, with a word that opens sentences ("Các", "Nhằm", "Năm 2025,") or that charges someone or
sets a time limit, after a title line that closes its phrase, is the body (structure/header._body_sentence); a
trích yếu wrapped before a name ("… của" / "Bộ Chính trị …", "… xã" / "Sơn Tân lần thứ XV …") goes on.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract

HEAD = "ĐẢNG BỘ HUYỆN SƠN HÀ\nĐẢNG ỦY XÃ SƠN TÂN\nSố 07-KH/ĐU\nSơn Tân, ngày 15 tháng 3 năm 2024\nKẾ HOẠCH\n"
SIGN = "T/M ĐẢNG ỦY\nBÍ THƯ\nHoàng Văn Tịnh\n"
TITLE = "triển khai công tác dân vận năm 2024"


def test_the_newcomers_plan_keeps_its_title_and_its_deadline():
    e = extract(HEAD + TITLE + "\nCác chi bộ trực thuộc có trách nhiệm báo cáo kết quả về Văn phòng Đảng ủy trước"
                " ngày 30 tháng 4 năm 2024.\n" + SIGN)
    assert e.metadata.title == TITLE
    assert [(d.date, d.who) for d in e.deadlines] == [("2024-04-30", "Các chi bộ trực thuộc")]
    assert [o.who for o in e.obligations] == ["Các chi bộ trực thuộc"]


@pytest.mark.parametrize("body, due", [
    ("Nhằm nâng cao chất lượng công tác dân vận, các chi bộ báo cáo kết quả trước ngày 30/4/2024.", "2024-04-30"),
    ("Năm 2025, các chi bộ báo cáo kết quả về Văn phòng Đảng ủy trước ngày 30/4/2025.", "2025-04-30"),
    ("Các chi bộ báo cáo kết quả về Văn phòng Đảng ủy trước ngày 30/4/2024.", "2024-04-30"),
    # a body that opens with a name: its duty and time limit tell the sentence
    ("Ban Thường vụ Đảng ủy yêu cầu các chi bộ báo cáo kết quả trước ngày 30/4/2024.", "2024-04-30"),
    # a sentence wrapped over two lines, the first without its deadline
    ("Các chi bộ trực thuộc có trách nhiệm báo cáo kết quả\nvề Văn phòng Đảng ủy trước ngày 30/4/2024.", "2024-04-30"),
])
def test_a_body_sentence_right_under_the_title_is_no_title(body, due):
    e = extract(HEAD + TITLE + "\n" + body + "\n" + SIGN)
    assert e.metadata.title == TITLE
    assert [d.date for d in e.deadlines] == [due]


@pytest.mark.parametrize("title", [
    "thực hiện Chỉ thị số 05-CT/TW của\nBộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "thực hiện Nghị quyết Đại hội Đảng bộ xã\nSơn Tân lần thứ XV, nhiệm kỳ 2020 - 2025",
    "tổ chức các hoạt động kỷ niệm 95 năm Ngày thành lập\nĐảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)",
])
def test_a_title_wrapped_before_a_name_goes_on(title):
    e = extract(HEAD + title + "\n\n1. Các chi bộ báo cáo kết quả trước ngày 30/4/2024.\n" + SIGN)
    assert e.metadata.title == " ".join(title.split("\n"))
