"""A report cycle that opens the sentence before its subject ("Định kỳ sáu tháng, Phòng X báo cáo …", "Hằng quý, Văn
phòng tổng hợp …") is the task's time as written, as the same cycle after the subject is ("Phòng X định kỳ sáu tháng
báo cáo …"): the checklist's "when" was empty. Still no deadline (the labels date no cycle without its day). Inputs are
written for the kind."""

from __future__ import annotations

import datetime as dt

import pytest

from vanban.extract import extract
from vanban.extract.checklist import build_checklist

TODAY = dt.date(2026, 3, 1)
HEAD = ("ỦY BAN NHÂN DÂN\nXÃ HƯNG ĐẠO\n\nSố: 45/KH-UBND\n\nHưng Đạo, ngày 16 tháng 02 năm 2026\n\nKẾ HOẠCH\n"
        "bảo vệ thực vật vụ Đông Xuân\n\n")
TAIL = "\n\nNơi nhận:\n- Lưu: VT.\n\nCHỦ TỊCH\nLê Văn Tường\n"


@pytest.mark.parametrize("body, when, who, next_due", [
    ("Định kỳ sáu tháng, Phòng Kinh tế gửi báo cáo về Ủy ban nhân dân xã.", "Định kỳ sáu tháng", "Phòng Kinh tế",
     "2026-06-30"),
    ("Hằng quý, Trạm Khuyến nông tổng hợp diễn biến sâu bệnh, báo cáo Chủ tịch Ủy ban nhân dân xã.", "Hằng quý",
     "Trạm Khuyến nông", "2026-03-31"),
    ("Hằng năm, Ban Chỉ huy Quân sự xã báo cáo kết quả huấn luyện về Ủy ban nhân dân xã.", "Hằng năm",
     "Ban Chỉ huy Quân sự xã", "2026-12-31"),
])
def test_cycle_before_the_subject_is_the_tasks_time(body, when, who, next_due):
    ext = extract(HEAD + body + TAIL)
    assert not ext.deadlines
    (ob,) = ext.obligations
    assert ob.who == who and ob.deadline is None and ob.due_text == when
    (row,) = build_checklist(ext, TODAY)
    assert row.deadline == when and row.next_due == next_due


def test_a_dated_cycle_keeps_its_deadline():
    ext = extract(HEAD + "Hằng quý, Phòng Kinh tế báo cáo Ủy ban nhân dân xã trước ngày 20 của tháng cuối quý." + TAIL)
    (ob,) = ext.obligations
    assert ob.deadline is not None and ob.due_text is None
