"""One task, one checklist row: no row whose task another row of the same sentence already holds.

A newcomer's plans gave two rows for one task (the `vanban checklist` of their k.txt and b.txt):

* "Các thôn báo cáo nhanh trước ngày 10/01/2026 và báo cáo chính thức trước ngày 20/01/2026." listed
  "báo cáo nhanh và báo cáo chính thức — Hạn: 10/01" beside "báo cáo chính thức — Hạn: 20/01": the first row's
  task keeps the second's, joined by "và";
* "Ban Chỉ huy Quân sự xã tổ chức lễ giao nhận quân trong tháng 02/2026, hoàn thành trước 15/02/2026." listed the
  same task twice, due 15/02 and due in February: two dates of one task are one row.
"""

from __future__ import annotations

import datetime as dt

from vanban.extract import extract
from vanban.extract.checklist import build_checklist

TODAY = dt.date(2026, 1, 1)

HEAD = """ỦY BAN NHÂN DÂN
XÃ TÂN PHÚ
Số: 14/KH-UBND
Tân Phú, ngày 05 tháng 01 năm 2026
KẾ HOẠCH
Tổ chức các hoạt động dịp Tết Nguyên đán Bính Ngọ năm 2026
II. TỔ CHỨC THỰC HIỆN
"""
TAIL = """Nơi nhận:
- Lưu: VP.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lò Văn Tâm
"""


def _rows(items: str) -> list[tuple[str, str, str | None]]:
    return [(i.who, i.what, i.deadline) for i in build_checklist(extract(HEAD + items + TAIL), TODAY)]


def test_two_tasks_joined_by_va_each_with_its_date_are_two_rows() -> None:
    rows = _rows("1. Các thôn báo cáo nhanh trước ngày 10/01/2026 và báo cáo chính thức trước ngày 20/01/2026.\n"
                 "2. Hội Cựu chiến binh xã rà soát danh sách hội viên trước ngày 15/01/2026, tổng hợp danh sách "
                 "hội viên có hoàn cảnh khó khăn trước ngày 25/01/2026.\n")
    tasks = {(what, when) for who, what, when in rows}
    assert ("báo cáo nhanh", "trước ngày 10/01/2026") in tasks
    assert ("báo cáo chính thức", "trước ngày 20/01/2026") in tasks
    assert ("rà soát danh sách hội viên", "trước ngày 15/01/2026") in tasks
    assert len(rows) == 4, rows


def test_two_dates_of_one_task_are_one_row() -> None:
    rows = _rows("1. Ban Chỉ huy Quân sự xã tổ chức lễ giao nhận quân trong tháng 02/2026, hoàn thành trước 15/02/2026.\n"
                 "2. Trạm Y tế xã tổ chức tiêm chủng cho trẻ em trong tháng 3/2026, hoàn thành trước ngày 25/3/2026.\n")
    assert [when for who, what, when in rows if who == "Ban Chỉ huy Quân sự xã"] == ["hoàn thành trước 15/02/2026"]
    assert [when for who, what, when in rows if who == "Trạm Y tế xã"] == ["hoàn thành trước ngày 25/3/2026"]
