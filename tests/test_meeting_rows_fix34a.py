"""A weekly meeting whose rhythm opens its sentence before its body is listed once, as the meeting.

Written for this test as a ward's plan (Monday 11/01/2027): "Hằng tuần, vào sáng thứ Hai, Thường trực Đảng ủy phường
họp giao ban …" — the obligations cut the task after the body ("họp giao ban để thống nhất …"), so the weekly time is
not in the task's words; a clerk lists it under "Lịch họp định kỳ" only. A task of another body in the plan stays.
"""

from __future__ import annotations

import datetime as dt

from vanban.export.checklist_text import render_checklist
from vanban.extract import extract

PLAN = """ĐẢNG ỦY PHƯỜNG BÌNH MINH
Số: 05-KH/ĐU
Bình Minh, ngày 11 tháng 01 năm 2027

KẾ HOẠCH
Công tác tháng 01 năm 2027

II. TỔ CHỨC THỰC HIỆN
1. Hằng tuần, vào sáng thứ Hai, Thường trực Đảng ủy phường họp giao ban để thống nhất chương trình công tác tuần.
2. Văn phòng Đảng ủy tổng hợp báo cáo tháng trước ngày 25/01/2027.

Nơi nhận:
- Lưu VP.

T/M ĐẢNG ỦY
BÍ THƯ
Phạm Văn Tâm
"""


def test_a_rhythm_first_meeting_is_no_task_row_too():
    ext = extract(PLAN, reference_date="2027-01-11")
    assert [(g.who, g.recurrence) for g in ext.meetings] == [("Thường trực Đảng ủy phường", "FREQ=WEEKLY;BYDAY=MO")]
    rows, meetings = render_checklist(ext, "md", today=dt.date(2027, 1, 11)).split("## Lịch họp định kỳ", 1)
    assert "Thường trực Đảng ủy phường: Họp giao ban — sáng thứ Hai hằng tuần" in meetings
    assert "họp giao ban" not in rows.lower()  # not also a task row
    assert "tổng hợp báo cáo tháng" in rows  # another body's task stays
