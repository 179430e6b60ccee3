"""A relative time limit written in one of a body's a)–d) tasks is that task's time in the checklist (issue 9/10;
both newcomer runs of session 14: "d) Phối hợp … trong thời hạn 10 ngày kể từ ngày nhận được phản ánh" under
"2. Công an phường" gave one row for a)–d) with an empty Thời hạn and the limit as a Chỉ tiêu). Written for this
test in a ward plan's style."""

from __future__ import annotations

import datetime as dt

from vanban.extract import extract
from vanban.extract.checklist import build_checklist

_PLAN = """ỦY BAN NHÂN DÂN
PHƯỜNG BỒ ĐỀ
Số: 45/KH-UBND
Bồ Đề, ngày 05 tháng 01 năm 2026

KẾ HOẠCH
Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026

IV. TỔ CHỨC THỰC HIỆN
2. Công an phường
a) Bảo đảm an ninh, trật tự tại các điểm tổ chức Ngày hội Đại đoàn kết;
b) Phối hợp với Phòng Kinh tế xử lý vi phạm trật tự đô thị trong thời hạn 10 ngày kể từ ngày nhận được phản ánh.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
"""


def test_the_limit_is_its_own_tasks_time():
    items = build_checklist(extract(_PLAN), today=dt.date(2026, 1, 6))
    rows = sorted((i.who, i.what, i.deadline, i.targets) for i in items)
    assert rows == [
        ("Công an phường", "Bảo đảm an ninh, trật tự tại các điểm tổ chức Ngày hội Đại đoàn kết", None, None),
        ("Công an phường", "Phối hợp với Phòng Kinh tế xử lý vi phạm trật tự đô thị",
         "trong thời hạn 10 ngày kể từ ngày nhận được phản ánh", None)]
