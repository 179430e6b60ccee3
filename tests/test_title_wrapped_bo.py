"""A trích yếu in capitals whose "chi bộ" (or "đảng bộ", "cán bộ") wraps after its first syllable: the line opening
"BỘ …" goes on the title; it is no ministry ("BỘ …") enacting under it, which cut the title at "… SINH HOẠT CHI".

Input: a Đảng ủy xã's Báo cáo written here with its header and title as a legacy OCR lays them out (tune18's kind).
"""

from __future__ import annotations

from vanban.extract import extract

_DOC = """ĐẢNG BỘ TỈNH ĐỒNG THÁP
ĐẢNG ỦY XÃ TÂN THUẬN

ĐẢNG CỘNG SẢN VIỆT NAM

Số 81-BC/ĐU
Tân Thuận, ngày 10 tháng 12 năm 2026

BÁO CÁO
KẾT QUẢ THỰC HIỆN CHUYÊN ĐỀ NÂNG CAO CHẤT LƯỢNG SINH HOẠT CHI
BỘ VÀ CÔNG TÁC PHÁT TRIỂN ĐẢNG VIÊN NĂM 2026

Thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy, Đảng ủy xã Tân Thuận báo cáo kết quả như sau:
I. KẾT QUẢ THỰC HIỆN
1. Các chi bộ trực thuộc duy trì sinh hoạt định kỳ hằng tháng.
"""


def test_a_title_wrapped_inside_chi_bo_goes_on():
    assert extract(_DOC).metadata.title.upper() == ("KẾT QUẢ THỰC HIỆN CHUYÊN ĐỀ NÂNG CAO CHẤT LƯỢNG SINH HOẠT CHI BỘ VÀ CÔNG TÁC "
                                            "PHÁT TRIỂN ĐẢNG VIÊN NĂM 2026")


def test_a_ministry_under_a_title_still_ends_it():
    doc = _DOC.replace("SINH HOẠT CHI\nBỘ VÀ CÔNG TÁC PHÁT TRIỂN ĐẢNG VIÊN NĂM 2026",
                       "SINH HOẠT CHI BỘ NĂM 2026\nBỘ TRƯỞNG BỘ NỘI VỤ")
    assert extract(doc).metadata.title.upper() == "KẾT QUẢ THỰC HIỆN CHUYÊN ĐỀ NÂNG CAO CHẤT LƯỢNG SINH HOẠT CHI BỘ NĂM 2026"
