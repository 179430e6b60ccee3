"""A Party Công văn's "về việc …" trích yếu wrapped before a body's name goes on to its second line.

Found by a newcomer (session 16) on a Công văn of a Văn phòng Tỉnh ủy: "về việc chuẩn bị nội dung Hội nghị" /
"Ban Chấp hành Đảng bộ tỉnh cuối năm 2026" gave the title without its second line, which was taken for an
enacting authority (the "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" line under a Quyết định's title). A Công văn has no
enacting line under its trích yếu, and an enacting line is printed in capitals.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract

HEAD = ("TỈNH ỦY NGHỆ AN                         ĐẢNG CỘNG SẢN VIỆT NAM\nVĂN PHÒNG\n*\n"
        "Số 1587-CV/VPTU                         Nghệ An, ngày 01 tháng 12 năm 2026\n")
BODY = ("\nKính gửi:\n- Các đảng ủy trực thuộc Tỉnh ủy,\n- Đảng ủy Ủy ban nhân dân tỉnh.\n"
        "Văn phòng Tỉnh ủy đề nghị các cơ quan, đơn vị báo cáo kết quả trước ngày 5/12/2026.\n\n"
        "Nơi nhận:                                    K/T CHÁNH VĂN PHÒNG\n"
        "- Như trên,                                  PHÓ CHÁNH VĂN PHÒNG\n- Lưu Văn phòng Tỉnh ủy.\n"
        "                                             Trần Quốc Bảo\n")


@pytest.mark.parametrize("lines, title", [
    ("về việc chuẩn bị nội dung Hội nghị\nBan Chấp hành Đảng bộ tỉnh cuối năm 2026",
     "về việc chuẩn bị nội dung Hội nghị Ban Chấp hành Đảng bộ tỉnh cuối năm 2026"),
    ("V/v góp ý dự thảo báo cáo của\nỦy ban nhân dân tỉnh năm 2026",
     "góp ý dự thảo báo cáo của Ủy ban nhân dân tỉnh năm 2026"),  # the title is kept without its "V/v"
])
def test_the_trich_yeu_goes_on_to_a_body_name(lines, title):
    e = extract(HEAD + lines + "\n" + BODY)
    assert e.metadata.title == title
    assert e.metadata.number == "1587-CV/VPTU"
