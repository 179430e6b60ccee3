"""A Party header whose two lines a scan wrapped inside the second line's head (ocr48t): the scan's cell broke
"ĐẢNG BỘ TỈNH NGHỆ AN" / "HUYỆN ỦY HÒA VÂN" as "ĐẢNG BỘ TỈNH NGHỆ AN HUYỆN" / "ỦY HÒA VÂN" and "ĐẢNG ỦY XÃ PHÚ THỊNH" /
"ỦY BAN KIỂM TRA" as "ĐẢNG ỦY XÃ PHÚ THỊNH ỦY BAN" / "KIỂM TRA" (t47-06, t47-08 scanned), so the header reader read
one body and no parent. Each document here is written for the test in the style of the Party headers the gold sets
print (t43-08 "ĐẢNG ỦY XÃ TÂN LẬP" / "BAN XÂY DỰNG ĐẢNG", a15-03 "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG" / "ĐẢNG ỦY PHƯỜNG …",
t26-08 "ĐẢNG BỘ TỈNH QUẢNG NGÃI" / "ỦY BAN KIỂM TRA"); the expected names are the labels' conventions (the committee
the issuer, the Đảng bộ or Đảng ủy above it the parent), not vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.text import fold

_TAIL = ("\n\n1. Các chi bộ triển khai thực hiện trước ngày 31/3/2027.\n\n"
         "Nơi nhận:\n- Như trên;\n- Lưu: VP.\n\n")


def _md(header: str, sign: str):
    return extract(header + _TAIL + sign).metadata


def _pair(md):
    return fold(md.issuer), fold(md.parent_issuer or "")


def test_district_committee_wrapped_inside_its_head_under_its_dang_bo():
    md = _md("ĐẢNG BỘ TỈNH NGHỆ AN HUYỆN\nỦY QUỲNH LƯU\n%\nSố 52-KL/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
             "Quỳnh Lưu, ngày 14 tháng 3 năm 2027\n\nKẾT LUẬN\nCỦA BAN THƯỜNG VỤ HUYỆN ỦY VỀ CÔNG TÁC CÁN BỘ",
             "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nHồ Văn Nam\n")
    assert _pair(md) == (fold("Huyện ủy Quỳnh Lưu"), fold("Đảng bộ tỉnh Nghệ An"))


def test_city_district_committee_wrapped_inside_its_head():
    md = _md("ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG QUẬN\nỦY LÊ CHÂN\nSố 18-CT/QU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
             "Lê Chân, ngày 09 tháng 02 năm 2027\n\nCHỈ THỊ\nVỀ TĂNG CƯỜNG CÔNG TÁC DÂN VẬN",
             "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nVũ Thị Lan\n")
    assert _pair(md) == (fold("Quận ủy Lê Chân"), fold("Đảng bộ thành phố Hải Phòng"))


def test_inspection_committee_wrapped_under_a_xa_dang_uy():
    md = _md("ĐẢNG ỦY XÃ YÊN THÀNH ỦY BAN\nKIỂM TRA\nloi\nSố 03-KH/UBKTĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
             "Yên Thành, ngày 10 tháng 01 năm 2027\n\nKẾ HOẠCH\nKIỂM TRA, GIÁM SÁT NĂM 2027",
             "T/M ỦY BAN KIỂM TRA\nCHỦ NHIỆM\n\nNguyễn Văn Hùng\n")
    assert _pair(md) == (fold("Ủy ban Kiểm tra"), fold("Đảng ủy xã Yên Thành"))


def test_a_xa_dang_uy_ban_wrapped_inside_its_name():
    md = _md("ĐẢNG ỦY XÃ TÂN LẬP BAN XÂY\nDỰNG ĐẢNG\nSố 07-HD/BXDĐ\nĐẢNG CỘNG SẢN VIỆT NAM\n"
             "Tân Lập, ngày 20 tháng 02 năm 2027\n\nHƯỚNG DẪN\nTỔ CHỨC SINH HOẠT CHI BỘ THEO CHUYÊN ĐỀ",
             "T/M BAN XÂY DỰNG ĐẢNG\nTRƯỞNG BAN\n\nLê Văn Tâm\n")
    assert _pair(md) == (fold("Ban Xây dựng Đảng"), fold("Đảng ủy xã Tân Lập"))


def test_a_place_ending_in_thanh_is_no_committees_head():
    # "HẠC THÀNH ỦY BAN": the place's last word and the committee's head read across — the Ủy ban Kiểm tra is the body
    md = _md("ĐẢNG BỘ TỈNH THANH HÓA\nĐẢNG ỦY PHƯỜNG HẠC THÀNH ỦY BAN\nKIỂM TRA\nSố 09-KH/UBKTĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
             "Hạc Thành, ngày 12 tháng 01 năm 2027\n\nKẾ HOẠCH\nGIÁM SÁT CHUYÊN ĐỀ NĂM 2027",
             "T/M ỦY BAN KIỂM TRA\nCHỦ NHIỆM\n\nTrịnh Văn Đức\n")
    assert fold(md.issuer) == fold("Ủy ban Kiểm tra")
    assert fold(md.parent_issuer).endswith(fold("Đảng ủy phường Hạc Thành"))
