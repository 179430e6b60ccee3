"""Header: the Đoàn's organisation line "ĐOÀN TNCS HỒ CHÍ MINH" stands in its documents' right column where a Party
document prints "ĐẢNG CỘNG SẢN VIỆT NAM" (session-37 newcomer: a Đoàn plan's issuer read from that line). Below or
beside the body's name it is the motto — the issuer is the body, its superior line (a Huyện đoàn) the parent, as the
sets label every Đoàn header (the organisation line is never the parent there). Above the body (a right column read
first) it stays the parent, as before. The headers are written for this test, not copied from a document.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract
from vanban.text import fold

_BODY = ("KẾ HOẠCH\nRa quân hưởng ứng Tháng hành động vì môi trường năm 2031\n\n"
         "1. Các chi đoàn ấp đăng ký công trình thanh niên trước ngày 20/6/2031.\n\n"
         "Nơi nhận:\n- Thành đoàn;\n- Lưu VP.\n\nTM. BAN CHẤP HÀNH\nPHÓ BÍ THƯ\n\nTrần Thị Hoa\n")


def _meta(header: str):
    return extract(header + "\n\n" + _BODY).metadata


@pytest.mark.parametrize("header", [
    # the columns side by side on one line (a PDF's text layer, a plain text typed so)
    "THÀNH ĐOÀN CẦN THƠ          ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN PHƯỜNG AN BÌNH\n***\n"
    "Số: 07-KH/ĐTN          An Bình, ngày 02 tháng 6 năm 2031",
    # the right column's line read under the left column's two
    "THÀNH ĐOÀN CẦN THƠ\nBCH ĐOÀN PHƯỜNG AN BÌNH\nĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 07-KH/ĐTN\n"
    "An Bình, ngày 02 tháng 6 năm 2031",
])
def test_the_organisation_line_under_or_beside_the_body_is_no_issuer(header):
    md = _meta(header)
    assert fold(md.issuer) == fold("BCH Đoàn phường An Bình")
    assert fold(md.parent_issuer) == fold("Thành đoàn Cần Thơ")


def test_beside_a_lone_body_it_is_no_parent_either():
    md = _meta("BAN CHẤP HÀNH ĐOÀN XÃ VĨNH HẬU     ĐOÀN TNCS HỒ CHÍ MINH\n***\n"
               "Số: 15-KH/ĐTN          Vĩnh Hậu, ngày 02 tháng 6 năm 2031")
    assert fold(md.issuer) == fold("Ban Chấp hành Đoàn xã Vĩnh Hậu")
    assert md.parent_issuer is None


def test_a_body_named_with_the_organisation_keeps_its_whole_name():
    md = _meta("BCH ĐOÀN TNCS HỒ CHÍ MINH TỈNH HẬU GIANG\n***\nSố: 30-KH/TĐTN\n"
               "Hậu Giang, ngày 02 tháng 6 năm 2031")
    assert fold(md.issuer) == fold("BCH Đoàn TNCS Hồ Chí Minh tỉnh Hậu Giang")


def test_above_the_body_it_stays_the_parent():
    md = _meta("ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN XÃ VĨNH HẬU\n***\nSố: 15-KH/ĐTN\nVĩnh Hậu, ngày 02 tháng 6 năm 2031")
    assert fold(md.issuer) == fold("BCH Đoàn xã Vĩnh Hậu")
    assert fold(md.parent_issuer) == fold("Đoàn TNCS Hồ Chí Minh")
