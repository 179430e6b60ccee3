"""A signature whose page carries the header of the document it issues (ocr48t): legacy OCR read that header's
issuer lines between the signer's title and name ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / "ỦY BAN NHÂN DÂN" / "XÃ PHÚ
THỊNH" / "Nguyễn Hữu Phong", t47-07 legacy: a Quyết định with its Quy chế opening on the signature's page), and the
title was read "PHÓ CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ PHÚ THỊNH". The documents are written for the test in the style of a
xã's Quyết định ban hành Quy chế; the expected title is the labels' (the title as printed under its level).
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ YÊN LẠC\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
         "Số: 41/QĐ-UBND\nYên Lạc, ngày 03 tháng 4 năm 2027\n\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA "
         "TỔ CÔNG TÁC\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ YÊN LẠC\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\n"
         "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Tổ công tác.\n\n"
         "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n")
_QUY_CHE = ("CỘNG HÒA XÃ HỘI\n\nCHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nQUY CHẾ\n\nHOẠT ĐỘNG CỦA TỔ CÔNG TÁC\n"
            "(Ban hành kèm theo Quyết định số 41/QĐ-UBND ngày 03/4/2027)\n\nĐiều 1. Phạm vi điều chỉnh\n\n"
            "Quy chế này quy định nhiệm vụ của Tổ công tác.\n")


def _title(sign: str) -> str:
    return extract(_HEAD + sign + _QUY_CHE).metadata.signer_title


def test_attached_header_between_title_and_name_is_no_part_of_the_title():
    assert _title("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nỦY BAN NHÂN DÂN\nXÃ YÊN LẠC\n\nTrần Văn Bình\n") == "PHÓ CHỦ TỊCH"


def test_a_council_header_between_title_and_name_likewise():
    assert _title("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nHỘI ĐỒNG NHÂN DÂN\nPHƯỜNG HÒA BÌNH\n\nLê Thị Mai\n") == "CHỦ TỊCH"


def test_a_title_wrapped_under_its_level_still_goes_on():
    # "PHÓ CHỦ TỊCH THƯỜNG TRỰC" wrapped after "PHÓ CHỦ TỊCH": no body's head, the title's own words
    assert _title("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTHƯỜNG TRỰC\n\nTrần Văn Bình\n") == "PHÓ CHỦ TỊCH THƯỜNG TRỰC"
