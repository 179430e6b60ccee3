"""Two kinds of a Công điện's items (session 23's newcomer on 226-CD-TTg and a province's storm Công điện).

1. A body followed by its duty as assigned — "… theo nhiệm vụ được phân công", "… theo chức năng, nhiệm vụ được giao" —
   ends before "theo": the "phân công" / "giao" inside the phrase is no verb of the body's (226-CD-TTg's "Giao Phó Thủ
   tướng Dương Văn Lộc và các Phó Thủ tướng theo nhiệm vụ được phân công chỉ đạo, đôn đốc, kiểm tra …" was cut inside
   the phrase: who "… các Phó Thủ tướng theo nhiệm vụ được"); office holders as well as named bodies.
2. "<body> thông báo, kêu gọi …": "thông báo" (lower case) opens the body's acts and "kêu gọi" is a task verb
   ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh thông báo, kêu gọi các tàu thuyền …" gave no obligation at all).

Material: the Công điện below is written for this test in a UBND tỉnh's style (its items 1–3 those two kinds); the
226-CD-TTg sentence is quoted from the real Công điện (``realdocs/docs``; the tuning label: who "Phó Thủ tướng Dương
Văn Lộc và các Phó Thủ tướng"). Expected bodies and tasks are read from the sentences.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.subjects import subject

CONG_DIEN = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI

Số: 12/CĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Quảng Ngãi, ngày 03 tháng 12 năm 2026

CÔNG ĐIỆN
Về việc chủ động ứng phó với áp thấp nhiệt đới trên Biển Đông

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:

- Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh;
- Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu ven biển.

Để chủ động ứng phó với áp thấp nhiệt đới, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:

1. Bộ Chỉ huy Bộ đội Biên phòng tỉnh thông báo, kêu gọi các tàu thuyền đang hoạt động trên biển di chuyển ra khỏi vùng nguy hiểm, hoàn thành trước 17 giờ ngày 04/12/2026.

2. Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu ven biển theo nhiệm vụ được phân công kiểm tra, hướng dẫn neo đậu tàu thuyền tại khu neo đậu, bảo đảm an toàn.

3. Văn phòng Ủy ban nhân dân tỉnh theo chức năng, nhiệm vụ được giao theo dõi, đôn đốc thực hiện Công điện này.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn Tám
"""


def _obligations():
    return [(o.who, o.what, o.deadline) for o in extract(CONG_DIEN).obligations]


def test_the_office_holders_end_before_their_duty_as_assigned():
    who, what = subject("Phó Thủ tướng Dương Văn Lộc và các Phó Thủ tướng theo nhiệm vụ được phân công chỉ đạo, đôn "
                        "đốc, kiểm tra, các Bộ, cơ quan, địa phương trong quá trình thực hiện Công điện này.")
    assert who == "Phó Thủ tướng Dương Văn Lộc và các Phó Thủ tướng"
    assert what.startswith("theo nhiệm vụ được phân công chỉ đạo, đôn đốc, kiểm tra")


def test_a_body_before_its_duty_as_assigned():
    found = {who: what for who, what, _ in _obligations()}
    assert "Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu ven biển" in found, found
    assert "kiểm tra, hướng dẫn neo đậu tàu thuyền" in found["Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu ven biển"]
    assert "Văn phòng Ủy ban nhân dân tỉnh" in found, found
    assert found["Văn phòng Ủy ban nhân dân tỉnh"].startswith("theo dõi, đôn đốc")


def test_the_border_guard_announces_and_calls():
    (row,) = [o for o in _obligations() if "Biên phòng" in (o[0] or "")]
    who, what, due = row
    assert who == "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"
    assert what.startswith("thông báo, kêu gọi các tàu thuyền")
    assert due is not None and due.date == "2026-12-04" and due.time == "17:00"
