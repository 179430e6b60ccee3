"""nc38 (a newcomer's real inputs): a cited document's issuer ran on into the sentence (issue #10, "The issuer ends
where the cited document's subject starts"). A central body's whole name followed by running lower-case words is the
name alone: "… của Chính phủ trừ đi tuổi …" → "Chính phủ", "… của Bộ Chính trị một số vấn đề …" → "Bộ Chính trị".
A name that goes on in capitals or with a term ("khóa XIII") keeps it. Inputs written for this test.
"""

import pytest

from vanban.extract import extract

HEAD = ("HUYỆN ỦY CHÂU THÀNH\nSố: 07-HD/HU\nChâu Thành, ngày 04 tháng 5 năm 2027\n\nHƯỚNG DẪN\n"
        "Rà soát quy hoạch cán bộ\n\n")


@pytest.mark.parametrize("tail, issuer", [
    ("của Chính phủ cộng thêm thời gian công tác còn lại của cán bộ.", "Chính phủ"),
    ("của Bộ Chính trị những điểm mới trong công tác cán bộ.", "Bộ Chính trị"),
    ("của Ban Bí thư các tiêu chí đánh giá được áp dụng.", "Ban Bí thư"),
    ("của Thủ tướng Chính phủ mức hỗ trợ được tính lại.", "Thủ tướng Chính phủ"),
    ("của Bộ Nội vụ thời hạn nâng lương được giữ nguyên.", "Bộ Nội vụ"),
    ("của Ban Chấp hành Trung ương Đảng khóa XIII.", "Ban Chấp hành Trung ương Đảng khóa XIII"),
    ("của Chính phủ nước Cộng hòa Pháp.", "Chính phủ nước Cộng hòa Pháp"),
    ("của Ủy ban nhân dân tỉnh Long An.", "Ủy ban nhân dân tỉnh Long An"),
])
def test_a_central_issuer_ends_before_running_words(tail, issuer):
    ext = extract(HEAD + "Tính theo Nghị định số 61/2024/NĐ-CP ngày 10/6/2024 " + tail + "\n")
    (c,) = [c for c in ext.citations if c.number == "61/2024/NĐ-CP"]
    assert c.issuer == issuer


def test_a_markdown_emphasis_after_the_issuer_is_no_part_of_it():
    ext = extract(HEAD + "Theo Nghị định số 61/2024/NĐ-CP ngày 10/6/2024 của Chính phủ *(trừ cán bộ biệt phái)*.\n")
    assert [c.issuer for c in ext.citations if c.number == "61/2024/NĐ-CP"] == ["Chính phủ"]
