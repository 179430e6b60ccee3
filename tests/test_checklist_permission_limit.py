"""A permission under a condition that states a limit ("Trường hợp …, X có thể kéo dài … nhưng không quá N ngày làm
việc") is the extension a body may grant to the task before it, not a task of its own: the checklist keeps it in that
task's row (45-HD/BTCTW's readers list one duty "xem xét, phê duyệt … trong 30 ngày …; kéo dài không quá 15 ngày",
a newcomer saw the permission as a second row of its own, session 26). The text is our own phrasing of the kind."""

from __future__ import annotations

import datetime as dt

from vanban.extract import extract
from vanban.extract.checklist import build_checklist
from vanban.extract.task_text import permission_part

DOC = """ỦY BAN NHÂN DÂN TỈNH HÀ NAM
Số: 21/HD-UBND
Hà Nam, ngày 05 tháng 3 năm 2027

HƯỚNG DẪN
Thẩm định hồ sơ đề nghị công nhận danh hiệu văn hóa

1. Trong thời hạn 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, Sở Văn hóa, Thể thao và Du lịch phải thẩm định, trình Ủy ban nhân dân tỉnh quyết định công nhận; trường hợp hồ sơ phức tạp, Sở Văn hóa, Thể thao và Du lịch có thể kéo dài thời gian thẩm định nhưng không quá 10 ngày làm việc.

2. Ủy ban nhân dân cấp xã lập hồ sơ đề nghị, gửi Sở Văn hóa, Thể thao và Du lịch trước ngày 30/6/2027.
"""


def _rows(body: str):
    items = build_checklist(extract(DOC), today=dt.date(2027, 3, 10))
    return [i for i in items if i.who.lower().startswith(body.lower())]


def test_the_permitted_extension_stays_in_the_tasks_row():
    rows = _rows("Sở Văn hóa")
    assert len(rows) == 1, [(r.what, r.deadline) for r in rows]
    assert "thẩm định" in rows[0].what and "kéo dài" in rows[0].what


def test_a_task_with_its_own_limit_is_no_permission():
    assert not permission_part("Phối hợp xử lý vi phạm trong thời hạn 10 ngày kể từ ngày nhận được phản ánh", "Công an xã")
    assert not permission_part("Trường hợp hồ sơ chưa đầy đủ, Sở Nội vụ phải thông báo bằng văn bản trong 05 ngày", "Sở Nội vụ")


def test_a_permission_under_a_condition_is_one():
    assert permission_part("trường hợp cần thiết, cấp có thẩm quyền có thể kéo dài thời gian nhưng không quá 15 ngày làm việc",
                           "cấp có thẩm quyền")
    assert permission_part("Nếu hồ sơ phức tạp, được phép kéo dài thêm 10 ngày", None)
