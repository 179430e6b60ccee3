"""ncfix49b (session 49's newcomer's scans): what a scan misreads in the header and Nơi nhận, checked against the
page's own second print or noted for the clerk. Expected values written from the documents (../shared/realdocs/docs),
not from vanban's output.
"""

import pytest

from vanban.extract import extract


@pytest.mark.parametrize("item", ["Như Điều3, — -", "Như Điều 3", "Như khoản2 Điều 4", "Như trên"])
def test_a_back_reference_is_no_recipient_on_every_form(item):
    # 388/NQ-CP scanned: "- Như Điều3, — -" (the space before the number lost, specks after) was listed
    from vanban.extract.patterns import RECIPIENT_AS_ABOVE_RE
    from vanban.text import fold
    assert RECIPIENT_AS_ABOVE_RE.match(fold(item))


# 4. A garbled issuer noted: every word of a body's name is a word of a name ("BỘ TÀI CHÍNH NẮN", 983/TB-CT scanned;
# "ỦY BAN NHÂN DÂN TU GD MA", 2969/QĐ-UBND scanned, both read by session 49's newcomer); the issuers the documents
# print are not noted (a province's name after its level, a 2025 "THUẾ TỈNH …", a ministry's long name)
@pytest.mark.parametrize("printed,odd", [
    ("BỘ TÀI CHÍNH NẮN", ["NẮN"]),
    ("ỦY BAN NHÂN DÂN TU GD MA", ["GD", "MA"]),
    ("BỘ TÀI CHÍNH – CỤC THUẾ", []),
    ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP", []),
    ("CỤC THUẾ – THUẾ TỈNH VĨNH LONG", []),
    ("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", []),
    ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", []),
    ("VĂN PHÒNG CHÍNH PHỦ", []),
])
def test_a_garbled_issuer_is_noted(printed, odd):
    from vanban.extract.issuer_words import _odd_words, garbled_issuer_note
    assert _odd_words(printed) == odd
    assert bool(garbled_issuer_note(printed)) is bool(odd)


def test_the_note_reaches_the_extraction():
    text = ("BỘ TÀI CHÍNH NẮN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 983/TB-CT\n"
            "Hà Nội, ngày 21 tháng 11 năm 2025\n\nTHÔNG BÁO\nKế hoạch tạm dừng ứng dụng TMS\n\n"
            "Cục Thuế có kế hoạch nâng cấp hệ thống Quản lý thuế tập trung.\n")
    assert any("NẮN" in n for n in extract(text).notes)

