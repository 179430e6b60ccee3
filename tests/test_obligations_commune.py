"""A commune's plan charges its civil-service posts and uses its own verbs (a newcomer's plans, session 13).

"Công chức Văn hóa - Xã hội tổng hợp kết quả" and "Ủy ban nhân dân xã sơ kết 6 tháng" had no đơn vị on the
checklist (or no row at all), "Các thôn thu thập thông tin" read as "Các thôn thu thập" doing "Thông tin".
"""

from __future__ import annotations

from vanban.extract import extract

PLAN = """ỦY BAN NHÂN DÂN
XÃ TÂN PHÚ
Số: 13/KH-UBND
Tân Phú, ngày 05 tháng 01 năm 2026
KẾ HOẠCH
Công tác năm 2026
II. NHIỆM VỤ
1. Ủy ban nhân dân xã sơ kết 6 tháng vào tháng 7/2026.
2. Ủy ban nhân dân xã tổ chức hội nghị tổng kết trước ngày 20/12/2026.
3. Công chức Văn hóa - Xã hội tổng hợp kết quả.
4. Công chức Địa chính - Xây dựng kiểm tra các công trình.
5. Các thôn thu thập thông tin hộ gia đình.
6. Ban Chỉ đạo xã nghiệm thu phiếu điều tra.
Nơi nhận:
- Lưu: VP.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lò Văn Tâm
"""


def test_posts_and_commune_verbs_are_charged():
    got = [(o.who, o.what) for o in extract(PLAN).obligations]
    assert got == [
        ("Ủy ban nhân dân xã", "sơ kết 6 tháng"),
        ("Ủy ban nhân dân xã", "tổ chức hội nghị tổng kết"),
        ("Công chức Văn hóa - Xã hội", "tổng hợp kết quả"),
        ("Công chức Địa chính - Xây dựng", "kiểm tra các công trình"),
        ("Các thôn", "thu thập thông tin hộ gia đình"),
        ("Ban Chỉ đạo xã", "nghiệm thu phiếu điều tra"),
    ]


WARD = """ỦY BAN NHÂN DÂN
PHƯỜNG AN BÌNH
Số: 21/KH-UBND
An Bình, ngày 10 tháng 02 năm 2026
KẾ HOẠCH
Chăm sóc sức khỏe người cao tuổi năm 2026
II. NHIỆM VỤ
1. Trạm Y tế phường chủ trì, phối hợp với các tổ dân phố tổ chức khám sức khỏe cho người cao tuổi.
2. Phòng Văn hóa - Xã hội chủ trì, phối hợp với các trường học trên địa bàn tuyên truyền về dân số.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lò Văn Tâm
"""


def test_a_wards_units_in_lower_case_are_whole_partners():
    """Partners were cut at "các tổ" (task "Dân phố tổ chức khám …") and at "các" (task "Trường học …")."""
    got = [(o.who, o.partners) for o in extract(WARD).obligations]
    assert got == [("Trạm Y tế phường", "các tổ dân phố"), ("Phòng Văn hóa - Xã hội", "các trường học trên địa bàn")]
