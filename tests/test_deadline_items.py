"""A task's time on a paragraph of its own under the dashed item it times.

Real lines of 1627/QĐ-UBND (tune set, as published): the checklist listed
rows that were only "Thời hạn hoàn thành: Trước ngày 31/12/2025." — what was
due was the item above (a newcomer's finding). The label may wrap ("Thời" /
"gian hoàn thành: …") as the site's text does.
"""

from __future__ import annotations

from vanban.extract import extract

PLAN = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NINH
Số: 1627/QĐ-UBND
Quảng Ninh, ngày 04 tháng 11 năm 2025
QUYẾT ĐỊNH
Ban hành Kế hoạch tổng kiểm kê tài sản công

3. Sở Tài chính

-
Tham mưu triển khai thực hiện kế hoạch kiểm kê và phân công nhiệm vụ cho các
thành viên Ban Chỉ đạo.

Thời
gian hoàn thành: Tháng 11 - 12/2025.

- Phối
hợp với các cơ quan chuyên môn có liên quan hướng dẫn chỉ tiêu, biểu mẫu kiểm
kê.

Thời
gian hoàn thành: Tháng 12/2025.

4. Đối tượng thực hiện kiểm kê

- Chuẩn bị các điều kiện cần thiết về hồ sơ, thông tin tài sản.

Thời hạn hoàn thành: Trước ngày 31/12/2025.
"""


def test_the_time_label_takes_the_item_above_as_its_task():
    got = {(d.latest or d.date): d.what for d in extract(PLAN).deadlines}
    assert got["2025-12-31"].startswith(("Phối hợp với các cơ quan chuyên môn", "Chuẩn bị các điều kiện"))
    whats = sorted(d.what for d in extract(PLAN).deadlines)
    assert whats == sorted([
        "Tham mưu triển khai thực hiện kế hoạch kiểm kê và phân công nhiệm vụ cho các thành viên Ban Chỉ đạo",
        "Phối hợp với các cơ quan chuyên môn có liên quan hướng dẫn chỉ tiêu, biểu mẫu kiểm kê",
        "Chuẩn bị các điều kiện cần thiết về hồ sơ, thông tin tài sản",
    ])


def test_a_heading_above_is_no_task():
    text = PLAN.replace("- Chuẩn bị các điều kiện cần thiết về hồ sơ, thông tin tài sản.\n\n", "")
    last = [d for d in extract(text).deadlines if d.date == "2025-12-31"]
    assert last and not (last[0].what or "").startswith("4.")
