"""A count the document repeats as the name of the things it is about is no target (issue #10, the session-48 newcomer
on 637/TB-VPCP; the spent set's labels: "'02 công trình' counts the projects").

Written for this test in a Thông báo kết luận's style: "03 tuyến đường" is printed six times (the title, the meeting, the report, the praise, the aims) for the three roads the
meeting is about — no goal; a plan's goal printed once ("hoàn thành 02 cầu dân sinh") stays a target, and so does a
single thing printed often ("01 mô hình" of a commune's plan, each its own goal).
"""

from __future__ import annotations

from vanban.extract import extract

_NOTICE = """VĂN PHÒNG CHÍNH PHỦ

Số: 712/TB-VPCP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 09 tháng 12 năm 2026

THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về tiến độ 03 tuyến đường kết nối vùng

Ngày 02 tháng 12 năm 2026, Phó Thủ tướng Chính phủ chủ trì cuộc họp về tiến độ 03 tuyến đường kết nối vùng. Sau khi
nghe Bộ Xây dựng báo cáo tiến độ 03 tuyến đường, ý kiến của các cơ quan, Phó Thủ tướng Chính phủ kết luận như sau:

1. Ghi nhận cố gắng của Bộ Xây dựng và các địa phương; đến nay tại 03 tuyến đường đã có chuyển biến rõ rệt.

2. Để bảo đảm chất lượng, tiến độ hoàn thành 03 tuyến đường, phấn đấu thông xe 03 tuyến đường trước ngày 30
tháng 6 năm 2027 và phấn đấu hoàn thành 02 cầu dân sinh trên tuyến trong quý I năm 2027, yêu cầu Bộ Xây dựng chỉ đạo
các nhà thầu tập trung nhân lực, thiết bị, hoàn thành các hạng mục còn lại.

Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.

Nơi nhận:
- Bộ Xây dựng;
- Lưu: VT, CN.

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM

Trần Văn Sơn
"""


def test_a_count_repeated_as_the_subject_is_no_target():
    targets = extract(_NOTICE).targets
    assert not any("tuyến đường" in (t.text or "") for t in targets)


def test_a_count_printed_once_stays_a_target():
    targets = extract(_NOTICE).targets
    bridges = [t for t in targets if "cầu dân sinh" in (t.text or "") or (t.unit or "").startswith("cầu")]
    assert len(bridges) == 1 and bridges[0].min == bridges[0].max == 2
