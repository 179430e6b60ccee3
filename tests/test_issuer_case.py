"""An issuing body printed in capitals, written in the labels' sentence case (:func:`vanban.extract.issuer_case`).

Found by a newcomer (session 20): "CHÍNH PHỦ", "BỘ Y TẾ", "ỦY BAN NHÂN DÂN TỈNH X" came out as printed, where the
labels (``realdocs/labeled``: "Ủy ban nhân dân tỉnh Nghệ An", "Văn phòng Chính phủ", "Ban Chấp hành Trung ương";
``bench/gold/tune19``: "Ủy ban nhân dân tỉnh Lào Cai", "Sở Công Thương tỉnh Hưng Yên", "Hội Liên hiệp Phụ nữ tỉnh
Quảng Trị"; ``tune18``: "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ủy ban Kiểm tra Đảng ủy xã Tân Phú") write them so.
The expected names below are the labels' own (a header's capitals typed from them)."""

from __future__ import annotations

import pytest

from vanban.extract.issuer_case import issuer_case

LABELLED = [
    ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "Ủy ban nhân dân tỉnh Nghệ An"),
    ("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK", "Ủy ban nhân dân tỉnh Đắk Lắk"),
    ("VĂN PHÒNG CHÍNH PHỦ", "Văn phòng Chính phủ"),
    ("THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng Chính phủ"),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG", "Ban Chấp hành Trung ương"),
    ("TỈNH ỦY GIA LAI", "Tỉnh ủy Gia Lai"),
    ("ĐẢNG ỦY PHƯỜNG PHAN ĐÌNH PHÙNG", "Đảng ủy phường Phan Đình Phùng"),
    ("SỞ CÔNG THƯƠNG TỈNH HƯNG YÊN", "Sở Công Thương tỉnh Hưng Yên"),
    ("HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG TRỊ", "Hội Liên hiệp Phụ nữ tỉnh Quảng Trị"),
    ("BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY", "Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    ("ỦY BAN KIỂM TRA ĐẢNG ỦY XÃ TÂN PHÚ", "Ủy ban Kiểm tra Đảng ủy xã Tân Phú"),
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo"),
    ("VĂN PHÒNG ĐẢNG ỦY PHƯỜNG", "Văn phòng Đảng ủy phường"),
    ("HỘI ĐỒNG NHÂN DÂN XÃ TÂN HỘI", "Hội đồng nhân dân xã Tân Hội"),
    ("BAN TỔ CHỨC TỈNH ỦY GIA LAI", "Ban Tổ chức Tỉnh ủy Gia Lai"),
    ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Sở Nông nghiệp và Môi trường"),
    ("BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ",
     "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị"),
    ("CHÍNH PHỦ", "Chính phủ"),
    ("BỘ Y TẾ", "Bộ Y tế"),
    ("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "Bộ Khoa học và Công nghệ"),
]


@pytest.mark.parametrize("printed, written", LABELLED)
def test_a_name_printed_in_capitals_is_written_as_the_labels_write_it(printed, written):
    assert issuer_case(printed) == written


def test_names_the_rules_do_not_read_stay_as_printed():
    """A word no rule reads ("TRƯỜNG", "KHỐI"): the name as printed, rather than cased wrong."""
    assert issuer_case("TRƯỜNG THPT NGUYỄN DU") == "TRƯỜNG THPT NGUYỄN DU"
    assert issuer_case("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH") == "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH"
    assert issuer_case("Sở Y tế") == "Sở Y tế" and issuer_case(None) is None


def test_abbreviations_stay_and_a_place_is_never_one():
    assert issuer_case("UBND TỈNH GIA LAI") == "UBND tỉnh Gia Lai"
    assert issuer_case("ỦY BAN NHÂN DÂN XÃ TỪ SƠN") == "Ủy ban nhân dân xã Từ Sơn"  # "TỪ" is no "TU" (Tỉnh ủy)
    assert issuer_case("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH") == "Bộ Văn hóa, Thể thao và Du lịch"
