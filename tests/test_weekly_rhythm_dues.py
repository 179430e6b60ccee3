"""A body's block that sets a dated task and a weekly report said without its hour ("báo cáo tiến độ … vào thứ Năm hằng
tuần; hoàn thành … trước ngày 15/5/2028") is dated by its task: the stored row of the weekly report keeps "thứ Năm
hằng tuần" in words, no date, so the block is not dated by the first Thursday after the document. (ddl50t) A weekly
time with its hour ("trước 15 giờ 00 thứ Sáu hằng tuần") dates no block either: a weekly duty is listed apart from the
deadlines (vanban.extract.weekly_duties), and the checklist still lists each weekly duty with its rule and next day.

The plan is written for this test in the style of a phường's plan for a survey; the expected dates are as written.
"""

from __future__ import annotations

import datetime as dt

from vanban.extract import extract
from vanban.extract.checklist import build_checklist, written_rows
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
    assert not any(ob.deadline and "WEEKLY" in (ob.deadline.recurrence or "") for ob in rows)


def test_a_weekly_time_with_its_hour_dates_no_block():
    # (ddl50t) a weekly duty is no deadline (vanban.extract.weekly_duties: the labels' README has no weekly
    # recurrence and most sets leave weekly reports out), so a block whose only time is weekly is undated
    ext = extract(_DOC)
    assert _blocks(written_rows(ext))["Văn phòng HĐND và UBND phường"] is None
    assert [(d.who, d.date, d.recurrence) for d in ext.weekly] == [
        ("Phòng Kinh tế phường", "2028-03-09", "FREQ=WEEKLY;BYDAY=TH"),
        ("Văn phòng HĐND và UBND phường", "2028-03-10", "FREQ=WEEKLY;BYDAY=FR")]
    assert not [d for d in ext.deadlines if "WEEKLY" in (d.recurrence or "")]


def test_the_checklist_keeps_the_weekly_duties():
    items = build_checklist(extract(_DOC), dt.date(2028, 3, 6))
    weekly = {(it.who, it.recurrence, it.next_due) for it in items if "WEEKLY" in (it.recurrence or "")}
    # (each weekly in the plan's year, 2028: plan_periods.as_planned, as the checklist reads every series)
    assert weekly == {("Phòng Kinh tế phường", "FREQ=WEEKLY;UNTIL=20281231;BYDAY=TH", "2028-03-09"),
                      ("Văn phòng HĐND và UBND phường", "FREQ=WEEKLY;UNTIL=20281231;BYDAY=FR", "2028-03-10")}


def test_weekly_rhythm_reader():
    rule = "FREQ=WEEKLY;BYDAY=FR"
    assert weekly_rhythm(Deadline(text="vào thứ Sáu hằng tuần", date="2028-03-10", earliest="2028-03-10", latest="2028-03-10", recurrence=rule))
    assert weekly_rhythm(Deadline(text="hằng tuần vào thứ Sáu", date="2028-03-10", earliest="2028-03-10", latest="2028-03-10", recurrence=rule))
    assert not weekly_rhythm(Deadline(text="trước 16 giờ 00 ngày thứ Sáu hằng tuần", date="2028-03-10", earliest="2028-03-10", latest="2028-03-10", recurrence=rule))
    assert not weekly_rhythm(Deadline(text="trước ngày 15/5/2028", date="2028-05-15", earliest="2028-05-15", latest="2028-05-15"))
