"""A blank line legacy OCR put between a sentence's bracketed aside and its due day — "… về UBND tỉnh (qua Sở" /
"Nông nghiệp và Môi trường)" / "" / "trước ngày 05/12/2037. …" — is no paragraph break: a paragraph never opens on
"trước ngày <day>" in small letters (leg49t; tune48's t48-10 legacy lost the report's due day so,
:func:`vanban.structure.mend.mend_breaks`). Text written here in a xã plan's closing paragraph style."""

from __future__ import annotations

import pytest

from vanban.extract import extract
from vanban.structure.mend import mend_breaks

HEAD = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\n\nSố: 12/KH-UBND\n\nAn Phú, ngày 22 tháng 01 năm 2037\n\nKẾ HOẠCH\n"
        "Phòng, chống dịch bệnh gia súc, gia cầm năm 2037\n\nV. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Giao Phòng Kinh tế chủ trì tổ chức tiêm phòng.\n\n")


@pytest.mark.parametrize("aside, due, day", [
    ("về UBND tỉnh (qua Sở\nNông nghiệp và Môi trường)", "trước ngày 05/12/2037", "2037-12-05"),
    ("về Huyện ủy (qua Văn phòng Huyện ủy)", "chậm nhất ngày 15/6/2037", "2037-06-15"),
])
def test_the_due_day_after_an_aside_s_bracket_stays_the_sentence_s(aside, due, day):
    body = f"UBND xã báo cáo kết quả thực hiện Kế hoạch {aside}\n\n{due}. Yêu cầu các thôn nghiêm túc thực hiện./.\n"
    text = HEAD + body
    assert "\n\n" + due not in mend_breaks(text)
    assert [(o.who, o.deadline.date if o.deadline else None) for o in extract(text).obligations if o.who == "UBND xã"] \
        == [("UBND xã", day)]


def test_a_bracket_before_other_words_keeps_its_break():
    text = "3. Kinh phí (nguồn ngân sách xã)\n\nthực hiện theo dự toán được duyệt.\n"
    assert mend_breaks(text) == text
    text = "3. Báo cáo (qua Văn phòng)\n\nTrước ngày 20/12/2037, các thôn tổng hợp kết quả.\n"
    assert mend_breaks(text) == text
