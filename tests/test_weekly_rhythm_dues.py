"""A body's block that sets a dated task and a weekly report said without its hour ("báo cáo tiến độ … vào thứ Năm hằng
tuần; hoàn thành … trước ngày 15/5/2028") is dated by its task: the stored row of the weekly report keeps "thứ Năm
hằng tuần" in words, no date, so the block is not dated by the first Thursday after the document. A weekly time with
its hour ("trước 15 giờ 00 thứ Sáu hằng tuần") is a time a report is due by and stays dated; so does a weekly
rhythm alone in its block (vanban.extract.obligation_dues).

The plan is written for this test in the style of a phường's plan for a survey; the expected dates are as written.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.checklist import task_rows, written_rows
from vanban.extract.obligation_dues import weekly_rhythm
from vanban.models import Deadline

_DOC = """ỦY BAN NHÂN DÂN
PHƯỜNG HÒA BÌNH

Số: 41/KH-UBND
Hòa Bình, ngày 05 tháng 3 năm 2028

KẾ HOẠCH
Điều tra cơ sở kinh tế cá thể năm 2028

IV. TỔ CHỨC THỰC HIỆN

1. Phòng Kinh tế phường

- Chủ trì tổ chức điều tra trên địa bàn; phân công công chức phụ trách từng khu phố.

- Tổng hợp, báo cáo tiến độ điều tra về Chi cục Thống kê vào thứ Năm hằng tuần; hoàn thành nhập phiếu điều tra trước ngày 15/5/2028.

2. Văn phòng HĐND và UBND phường

Bảo đảm kinh phí, văn phòng phẩm cho điều tra viên; tổng hợp tình hình, báo cáo UBND phường trước 15 giờ 00 thứ Sáu hằng tuần.
"""


def _blocks(rows):
    """(who, earliest date) of each block, as the labels count them."""
    out = {}
    for ob in rows:
        due = (ob.deadline.date or ob.deadline.latest) if ob.deadline else None
        key = (ob.block, ob.who)
        if key not in out or (due and (out[key] is None or due < out[key])):
            out[key] = due
    return {who: due for (_, who), due in out.items()}


def test_the_block_is_dated_by_its_task_not_the_weekly_report():
    rows = written_rows(extract(_DOC))
    got = _blocks(rows)
    assert got["Phòng Kinh tế phường"] == "2028-05-15"
    weekly = [ob for ob in rows if ob.who == "Phòng Kinh tế phường" and ob.due_text and "thứ Năm" in ob.due_text]
    assert weekly and weekly[0].deadline is None


def test_a_weekly_time_with_its_hour_stays_dated():
    got = _blocks(written_rows(extract(_DOC)))
    assert got["Văn phòng HĐND và UBND phường"] == "2028-03-10"


def test_the_checklist_keeps_the_weekly_date():
    rows = task_rows(extract(_DOC))
    assert any(ob.deadline and ob.deadline.recurrence and "WEEKLY" in ob.deadline.recurrence
               and ob.who == "Phòng Kinh tế phường" for ob in rows)


def test_weekly_rhythm_reader():
    rule = "FREQ=WEEKLY;BYDAY=FR"
    assert weekly_rhythm(Deadline(text="vào thứ Sáu hằng tuần", date="2028-03-10", earliest="2028-03-10", latest="2028-03-10", recurrence=rule))
    assert weekly_rhythm(Deadline(text="hằng tuần vào thứ Sáu", date="2028-03-10", earliest="2028-03-10", latest="2028-03-10", recurrence=rule))
    assert not weekly_rhythm(Deadline(text="trước 16 giờ 00 ngày thứ Sáu hằng tuần", date="2028-03-10", earliest="2028-03-10", latest="2028-03-10", recurrence=rule))
    assert not weekly_rhythm(Deadline(text="trước ngày 15/5/2028", date="2028-05-15", earliest="2028-05-15", latest="2028-05-15"))
