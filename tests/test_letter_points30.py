"""A Công văn whose every point restates the body its intro named (issue #10, obligations on real wording).

"Sở X đề nghị Ủy ban nhân dân các xã, phường (sau đây gọi là UBND cấp xã) và Cục Y thực hiện một số nội dung
sau:" over "1. Về … ⏎ a) UBND cấp xã …", "2. Về tình hình … ⏎ a) UBND cấp xã …", "3. Cục Y ⏎ …": each point
that opens with the body's short name is an assignment block of its own (realdocs/labeled/README.md: one entry per
body per assignment block; a body assigned in two blocks gets two entries), due at the earliest date still to come in
that point. A point titled "Về tình hình …" that asks a body to act by a date is a request, not a report of results.
The letter's closing courtesy to the two bodies, followed by whom to call, is no obligation.

A review point — "Về tình hình thực hiện …" opening with what the issuer saw ("Qua theo dõi, … còn 14 trường …") —
stays a report: no obligation is read from it. A letter whose points open with their verbs and name the body again
in one point only asks its intro's body once (tests/test_intro_alias_block.py).

The letters are written for this test in the style of a provincial department's guidance to the communes.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract

_HEAD = """ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
SỞ GIÁO DỤC VÀ ĐÀO TẠO

Số: 1187/SGDĐT-KHTC
V/v báo cáo cơ sở vật chất trường học và kiểm kê thiết bị năm 2026

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Quảng Trị, ngày 20 tháng 11 năm 2026

Kính gửi:
- Ủy ban nhân dân các xã, phường;
- Cục Thống kê tỉnh.

Thực hiện Công văn số 902/UBND-VX ngày 10/11/2026 của UBND tỉnh, Sở Giáo dục và Đào tạo đề nghị Ủy ban nhân dân các
xã, phường (sau đây gọi là UBND cấp xã) và Cục Thống kê tỉnh thực hiện một số nội dung sau:

1. Về kiểm kê thiết bị dạy học

a) UBND cấp xã chỉ đạo các trường mầm non, tiểu học, trung học cơ sở kiểm kê toàn bộ thiết bị dạy học hiện có.

b) Biên bản kiểm kê gửi về Sở Giáo dục và Đào tạo trước ngày 20/12/2026.

2. Về tình hình sử dụng phòng học

a) UBND cấp xã rà soát, thống kê số phòng học xuống cấp trên địa bàn theo Biểu số 01, gửi về Sở chậm nhất ngày
10/12/2026.

b) Từ tháng 01/2027, UBND cấp xã cập nhật số phòng học được sửa chữa vào phần mềm quản lý cơ sở vật chất.

3. Cục Thống kê tỉnh

a) Cung cấp số liệu dân số trong độ tuổi đi học của các xã, phường năm 2026, gửi Sở trước ngày 15/12/2026.

b) Phối hợp với UBND cấp xã đối chiếu số liệu trẻ em trong độ tuổi mầm non trên địa bàn.

4. Về bàn giao trường học sau sắp xếp

a) UBND cấp xã tiếp nhận hồ sơ đất đai của các điểm trường dôi dư, lập phương án sử dụng, gửi Sở trong quý I/2027.

b) Đối với điểm trường chưa có phương án, UBND cấp xã báo cáo rõ lý do trong báo cáo quý.

Sở Giáo dục và Đào tạo đề nghị UBND cấp xã, Cục Thống kê tỉnh quan tâm, chỉ đạo thực hiện
đúng thời hạn. Thông tin chi tiết liên hệ Phòng Kế hoạch - Tài chính, Sở Giáo dục và Đào tạo, điện thoại
0233.3852.xxx./.

Nơi nhận:
- Như trên;
- UBND tỉnh (b/c);
- Lưu: VT, KHTC.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Trần Văn Hòa
"""

# the same letter with a review point: what the issuer saw, no request
_REVIEW = _HEAD.replace("""2. Về tình hình sử dụng phòng học

a) UBND cấp xã rà soát, thống kê số phòng học xuống cấp trên địa bàn theo Biểu số 01, gửi về Sở chậm nhất ngày
10/12/2026.

b) Từ tháng 01/2027, UBND cấp xã cập nhật số phòng học được sửa chữa vào phần mềm quản lý cơ sở vật chất.
""", """2. Về tình hình thực hiện kế hoạch năm 2026

Qua theo dõi, đến ngày 31/10/2026 toàn tỉnh còn 14 trường chưa hoàn thành sửa chữa phòng học theo kế hoạch.
""")


@pytest.fixture(scope="module")
def letter():
    return extract(_HEAD).obligations


def _of(obs, who):
    return [o for o in obs if o.who == who]


def test_each_point_naming_the_body_is_one_block(letter):
    ours = _of(letter, "UBND cấp xã")
    assert [str(o.deadline.date if o.deadline.date else o.deadline.latest) for o in ours] == [
        "2026-12-20", "2026-12-10", "2027-03-31"]


def test_a_request_titled_by_the_situation_is_read(letter):
    second = _of(letter, "UBND cấp xã")[1]
    assert "phòng học xuống cấp" in second.what


def test_the_other_body_keeps_its_point(letter):
    centre = _of(letter, "Cục Thống kê tỉnh")
    assert len(centre) == 1 and str(centre[0].deadline.date) == "2026-12-15"


def test_the_closing_courtesy_to_both_bodies_is_none(letter):
    assert not any("quan tâm" in o.what or "liên hệ" in o.what for o in letter)
    assert len(letter) == 4


def test_a_review_point_stays_a_report():
    obs = extract(_REVIEW).obligations
    assert not any("14 trường" in o.what or "Qua theo dõi" in o.what for o in obs)
    assert [str(o.deadline.date if o.deadline.date else o.deadline.latest) for o in _of(obs, "UBND cấp xã")] == [
        "2026-12-20", "2027-03-31"]


_BY_NAME = """ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH

Số: 402/SVHTTDL-KHTC
V/v báo cáo thực trạng thiết chế văn hóa cơ sở

Đồng Tháp, ngày 03 tháng 02 năm 2027

Kính gửi:
- Ủy ban nhân dân các xã, phường;
- Trung tâm Văn hóa - Nghệ thuật tỉnh.

Thực hiện Công văn số 115/UBND-VX ngày 20/01/2027 của UBND tỉnh về việc rà soát thiết chế văn hóa cơ sở;

Để có cơ sở tham mưu UBND tỉnh xây dựng Đề án phát triển thiết chế văn hóa cơ sở, Sở Văn hóa, Thể thao và Du lịch
đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:

1. Nội dung báo cáo

1.1. Hiện trạng nhà văn hóa, khu thể thao xã, phường: diện tích, năm xây dựng, tình trạng sử dụng.

1.2. Nhu cầu đầu tư, sửa chữa giai đoạn 2027 - 2030, theo thứ tự ưu tiên.

2. Phân công thực hiện

a) Ủy ban nhân dân các xã, phường rà soát, điền đầy đủ Biểu mẫu số 01, gửi Sở trước ngày 10/3/2027.

b) Trung tâm Văn hóa - Nghệ thuật tỉnh tổng hợp danh mục thiết chế do Trung tâm quản lý, gửi Sở trước ngày 05/3/2027.

3. Một số yêu cầu

- Số liệu tính đến ngày 31/01/2027.

- Đơn vị tính diện tích là m².

Trân trọng./.

Nơi nhận:
- Như trên;
- Lưu: VT.

GIÁM ĐỐC

Võ Văn Minh
"""


def test_points_listing_what_to_report_are_no_assignment():
    obs = extract(_BY_NAME).obligations
    assert [o.who for o in obs] == ["Ủy ban nhân dân các xã, phường", "Trung tâm Văn hóa - Nghệ thuật tỉnh"]
