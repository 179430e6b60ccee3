"""A body charged in two bullets of one step ("Bước 1") is one obligation due by the earlier date (session 36, dl36b):
the labels README's "one entry per body per assignment block", the step being the block. The checklist still lists
the second task with its own date. Sentences written for these tests."""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.checklist import task_rows

DOC = ("HỘI ĐỒNG NHÂN DÂN\nXÃ PHÚ LỘC\nSố: 12/KH-HĐND\nPhú Lộc, ngày 01 tháng 10 năm 2029\n\nKẾ HOẠCH\n"
       "Tổ chức kỳ họp cuối năm 2029\n\nII. CÁC BƯỚC TIẾN HÀNH\n\n1. Bước 1 - Chuẩn bị nội dung\n\n"
       "- Văn phòng HĐND xã tổng hợp dự kiến nội dung kỳ họp, trình Thường trực HĐND xã; hoàn thành trước ngày "
       "15/10/2029.\n\n- Chậm nhất ngày 25/10/2029, Văn phòng HĐND xã gửi thông báo nội dung kỳ họp đến các đại biểu."
       "\n\n2. Bước 2 - Tiếp xúc cử tri\n\n- Văn phòng HĐND xã tổng hợp ý kiến cử tri trước ngày 20/11/2029.\n")


def _obs(ex):
    return [(o.who, o.deadline and o.deadline.date) for o in ex.obligations]


def test_one_body_twice_in_one_step_is_one_obligation_due_first():
    got = _obs(extract(DOC))
    assert got.count(("Văn phòng HĐND xã", "2029-10-15")) == 1
    assert ("Văn phòng HĐND xã", "2029-10-25") not in got


def test_the_next_step_is_an_assignment_of_its_own():
    assert ("Văn phòng HĐND xã", "2029-11-20") in _obs(extract(DOC))


def test_the_checklist_keeps_the_second_task_with_its_date():
    days = {o.deadline.date for o in task_rows(extract(DOC)) if o.deadline}
    assert {"2029-10-15", "2029-10-25", "2029-11-20"} <= days
