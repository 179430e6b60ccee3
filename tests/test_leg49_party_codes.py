"""A Party code whose Đ lost its stroke is that code again, never another valid code (leg49, issue #10): "BXDD" is
Ban Xây dựng Đảng's "BXDĐ", not the ministry's "BXD" with a doubled last glyph. Inputs written here in the style of a
xã Đảng ủy's Kết luận; expected values read from the symbols as printed."""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.report import extraction_to_json
from vanban.symbols import fix_code


def test_a_stroke_lost_d_is_the_party_code_not_a_doubled_glyph():
    assert fix_code("BXDD", "party") == "BXDĐ"
    assert fix_code("BXDP", "party") == "BXDĐ"
    assert fix_code("BCSD", "party") == "BCSĐ"
    assert fix_code("TWDTN", "party") == "TWĐTN"


def test_valid_codes_and_a_real_doubled_glyph_keep_their_reading():
    assert fix_code("BXD", "state") == "BXD"  # Bộ Xây dựng as printed
    assert fix_code("BYTT", "state") == "BYT"  # a scan's doubled T: no Đ-code reads so
    assert fix_code("BXDĐ", "party") == "BXDĐ"


def test_cited_report_of_the_ban_keeps_its_issuer_code():
    text = ("ĐẢNG BỘ XÃ AN HÒA\nĐẢNG ỦY XÃ\n\nSố 05-KL/ĐU\n\nAn Hòa, ngày 20 tháng 4 năm 2031\n\nKẾT LUẬN\n"
            "về công tác phát triển đảng viên quý I năm 2031\n\n"
            "Xét Báo cáo số 41-BC/BXDD, ngày 12/4/2031 của Ban Xây dựng Đảng, Ban Thường vụ Đảng ủy kết luận như sau:\n")
    numbers = [c["number"] for c in extraction_to_json(extract(text))["citations"]]
    assert "41-BC/BXDĐ" in numbers
