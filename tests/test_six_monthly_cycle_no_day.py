"""A six-monthly report cycle with no day ("định kỳ 6 tháng báo cáo …", "báo cáo định kỳ 6 tháng, hằng năm …",
"6 tháng/lần") is no deadline — the cases 01/02 expect their plan's one dated deadline only, and the labels date no
"định kỳ" without its day — yet it is the task's time as written, whole, and the checklist's next period is the half
year's: the comma listing the cycles ("6 tháng, hằng năm") cut the year's cycle off as a clause of its own, and
"6 tháng/lần" was no cycle at all. Inputs are written for the kind."""

from __future__ import annotations

import datetime as dt

import pytest

from vanban.extract import extract
from vanban.extract.checklist import build_checklist

TODAY = dt.date(2026, 3, 1)
HEAD = ("ỦY BAN NHÂN DÂN\nXÃ TÂN HIỆP\n\nSố: 27/KH-UBND\n\nTân Hiệp, ngày 20 tháng 02 năm 2026\n\nKẾ HOẠCH\n"
        "phát triển chăn nuôi an toàn sinh học\n\n")
TAIL = "\n\nNơi nhận:\n- Lưu: VT.\n\nCHỦ TỊCH\nĐỗ Minh Khoa\n"


@pytest.mark.parametrize("body, when", [
    ("Trạm Thú y tổng hợp, báo cáo định kỳ 6 tháng, hằng năm về Ủy ban nhân dân xã.", "định kỳ 6 tháng, hằng năm"),
    ("Trạm Thú y báo cáo định kỳ 6 tháng/lần về Ủy ban nhân dân xã.", "định kỳ 6 tháng/lần"),
    ("Trạm Thú y theo dõi, định kỳ 6 tháng/lần báo cáo Chủ tịch Ủy ban nhân dân xã.", "định kỳ 6 tháng/lần"),
    ("Trạm Thú y theo dõi, định kỳ 6 tháng báo cáo Chủ tịch Ủy ban nhân dân xã.", "định kỳ 6 tháng"),
])
def test_six_monthly_cycle_without_day_is_the_tasks_time_not_a_deadline(body, when):
    ext = extract(HEAD + body + TAIL)
    assert not ext.deadlines
    (ob,) = ext.obligations
    assert ob.deadline is None and ob.due_text == when
    (row,) = build_checklist(ext, TODAY)
    assert row.deadline == when and row.next_due == "2026-06-30"
