"""Two kinds of authored17 (session 18, issue 10): a block's body named again by its head word with "sẽ", and the days
an event is held.

Texts written for these tests (other places, bodies and dates than a17-07 and a17-09). Expected values read from the
wording with the labels' conventions (``realdocs/labeled/README.md``): a heading naming a body with its tasks below is
one obligation — the body's own "Ban sẽ …" under it is that block's, not a second entry; the running period of a
campaign (or of a fair held over some days) is no deadline, a task's due date in the same paragraph is.
"""

from __future__ import annotations

from vanban.extract import extract

PLAN = """BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY
Số: 88-KH/BTGDVTU
Kon Tum, ngày 03 tháng 12 năm 2026

KẾ HOẠCH
Thi đua "Dân vận khéo" năm 2027

IV. TỔ CHỨC THỰC HIỆN

1. Ban Tuyên giáo và Dân vận Tỉnh ủy

a) Giao Phòng Dân vận hướng dẫn các địa phương đăng ký mô hình.

b) Chủ trì kiểm tra mô hình tại cơ sở.

Ban sẽ tổng hợp kết quả, đề xuất Ban Thường vụ Tỉnh ủy khen thưởng.

2. Đảng ủy các xã, phường gửi danh sách mô hình về Ban Tuyên giáo và Dân vận Tỉnh ủy chậm nhất ngày 20/01/2027.
"""


def test_the_blocks_body_named_again_with_se_is_the_same_assignment():
    got = [(o.who, o.deadline.date if o.deadline else None) for o in extract(PLAN).obligations]
    assert sorted(got) == sorted([("Ban Tuyên giáo và Dân vận Tỉnh ủy", None), ("Phòng Dân vận", None),
                                  ("Đảng ủy các xã, phường", "2027-01-20")])
    ban = next(o for o in extract(PLAN).obligations if o.who == "Ban Tuyên giáo và Dân vận Tỉnh ủy")
    assert "tổng hợp kết quả" in ban.what


NOTICE = """ỦY BAN NHÂN DÂN
XÃ TÂN PHÚ
Số: 41/TB-UBND
Tân Phú, ngày 05 tháng 12 năm 2026

THÔNG BÁO
Kết luận của Chủ tịch UBND xã về công tác chuẩn bị Tết Nguyên đán

1. Công chức Văn hóa - Xã hội rà soát danh sách hộ nghèo để tặng quà Tết, hoàn thành trước ngày 25/01/2027. Tổ chức
hội chợ "Xuân quê hương" từ ngày 01/02/2027 đến ngày 06/02/2027.

2. Công an xã xây dựng phương án bảo đảm an ninh trật tự tại hội chợ, trình Chủ tịch UBND xã trước ngày 20/01/2027.
"""


def test_the_days_a_fair_is_held_are_no_deadline():
    assert [(d.date, d.earliest, d.latest) for d in extract(NOTICE).deadlines] == [
        ("2027-01-25", "2027-01-25", "2027-01-25"), ("2027-01-20", "2027-01-20", "2027-01-20")]
