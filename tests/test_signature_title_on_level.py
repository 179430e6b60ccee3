"""A scan reads the signer's title onto its level's line ("T/M ỦY BAN KIỂM TRA CHỦ NHIỆM", "T/L BAN THƯỜNG VỤ CHÁNH
VĂN PHÒNG"): the level ends where the title starts, so the authority is the body signed for and the title the post.

Documents written here in the style of a Ủy ban Kiểm tra Đảng ủy xã's plan and a Văn phòng Đảng ủy phường's notice
(tune18's kinds), the signature block on the lines a scan gives it.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = """ĐẢNG ỦY XÃ TÂN AN
ỦY BAN KIỂM TRA
*
Số 11-KH/UBKTĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Tân An, ngày 08 tháng 12 năm 2026

KẾ HOẠCH
Kiểm tra, giám sát năm 2027

I. MỤC ĐÍCH, YÊU CẦU
1. Kiểm tra việc chấp hành Điều lệ Đảng của các chi bộ trực thuộc.

Nơi nhận:
- Ban Thường vụ Đảng ủy xã (b/c),
- Các chi bộ trực thuộc,
- Lưu UBKT.

"""


def test_a_title_read_onto_the_level_line_is_set_apart():
    ext = extract(_HEAD + "T/M ỦY BAN KIỂM TRA CHỦ NHIỆM\n\nNguyễn Thị Hạnh\n")
    assert (ext.metadata.signer_authority, ext.metadata.signer_title) == ("T/M ỦY BAN KIỂM TRA", "CHỦ NHIỆM")
    assert ext.metadata.signer_name == "Nguyễn Thị Hạnh"


def test_an_office_head_title_read_onto_the_level_line():
    ext = extract(_HEAD + "T/L BAN THƯỜNG VỤ CHÁNH VĂN PHÒNG\n\nLê Văn Tâm\n")
    assert (ext.metadata.signer_authority, ext.metadata.signer_title) == ("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG")
    ext = extract(_HEAD + "T/L BAN THƯỜNG VỤ PHÓ CHÁNH VĂN PHÒNG\n\nLê Văn Tâm\n")
    assert (ext.metadata.signer_authority, ext.metadata.signer_title) == ("T/L BAN THƯỜNG VỤ", "PHÓ CHÁNH VĂN PHÒNG")


def test_a_level_that_is_a_post_is_not_cut():
    # "KT. CHỦ TỊCH" signs for the Chủ tịch: a level alone, the deputy's title on the next line
    ext = extract(_HEAD + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Tâm\n")
    assert ext.metadata.signer_authority == "KT. CHỦ TỊCH"
    assert ext.metadata.signer_title == "PHÓ CHỦ TỊCH"


def test_a_level_and_its_title_on_two_lines_stay_as_they_are():
    ext = extract(_HEAD + "T/M ỦY BAN KIỂM TRA\nCHỦ NHIỆM\n\nNguyễn Thị Hạnh\n")
    assert (ext.metadata.signer_authority, ext.metadata.signer_title) == ("T/M ỦY BAN KIỂM TRA", "CHỦ NHIỆM")
