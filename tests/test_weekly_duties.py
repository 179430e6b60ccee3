"""Weekly duties are listed apart from the deadlines (vanban.extract.weekly_duties), the checklist keeps them.

Why: the labels' README allows no weekly recurrence, and session 50's count of the older sets found weekly reports
left out of the deadlines in 34 documents, dated in 11 (the last in authored44). The forms below are the ones met in
the sets — an hour before the weekday ("trước 15 giờ thứ Năm hằng tuần", t49-09, a25-08, a35-10), the weekday after
"hằng tuần" ("báo cáo … hằng tuần vào thứ Sáu", t27-02, t39-02), the rhythm opening the clause ("Hằng tuần, vào thứ
Sáu, tổng hợp …", a40-10, a44-07) — in a plan written for this test in a phường's style; the expected days are the
first Thursday or Friday on or after the document's date (Thursday 05/3/2037), as written.
"""

from __future__ import annotations

import datetime as dt

from vanban.extract import extract
from vanban.extract.checklist import build_checklist, written_rows
from vanban.extract.report import extraction_to_json
from vanban.extract.weekly_duties import is_weekly, weekly_duties
from vanban.models import Deadline, Span

_DOC = """ỦY BAN NHÂN DÂN
PHƯỜNG TÂN AN

Số: 44/KH-UBND
Tân An, ngày 05 tháng 3 năm 2037

KẾ HOẠCH
Phòng, chống dịch bệnh tay chân miệng trên địa bàn phường năm 2037

IV. TỔ CHỨC THỰC HIỆN

1. Trạm Y tế phường

- Xây dựng kế hoạch giám sát tại các trường mầm non, gửi UBND phường trước ngày 12/3/2037.

- Tổng hợp số liệu ca bệnh, báo cáo UBND phường trước 15 giờ thứ Năm hằng tuần; báo cáo tổng kết năm trước ngày 10/12/2037.

2. Các trường mầm non trên địa bàn

Báo cáo danh sách trẻ nghỉ học do ốm về Trạm Y tế phường hằng tuần vào thứ Sáu.

3. Công chức Văn hóa - xã hội

Hằng tuần, vào thứ Sáu, tổng hợp tin bài tuyên truyền, báo cáo Chủ tịch UBND phường.

4. Ban Chỉ đạo phường

Thường trực Ban Chỉ đạo giao ban vào sáng thứ Hai hằng tuần.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Hòa
"""


def test_weekly_duties_are_no_deadlines():
    ext = extract(_DOC)
    assert not [d for d in ext.deadlines if is_weekly(d)]
    assert [d.date for d in ext.deadlines if not d.past] == ["2037-03-12", "2037-12-10"]


def test_each_weekly_duty_keeps_its_first_day_rule_and_body():
    got = [(d.who, d.date, d.recurrence) for d in extract(_DOC).weekly]
    assert got == [("Trạm Y tế phường", "2037-03-05", "FREQ=WEEKLY;BYDAY=TH"),
                   ("Các trường mầm non trên địa bàn", "2037-03-06", "FREQ=WEEKLY;BYDAY=FR"),
                   ("Công chức Văn hóa - xã hội", "2037-03-06", "FREQ=WEEKLY;BYDAY=FR")]


def test_a_standing_meeting_stays_a_meeting():
    ext = extract(_DOC)
    assert [g.weekday for g in ext.meetings] == ["thứ Hai"]
    assert not [d for d in ext.weekly if "MO" in (d.recurrence or "")]


def test_the_body_is_due_on_its_first_dated_task_not_its_weekly_report():
    rows = written_rows(extract(_DOC))
    first = min((ob.deadline.date for ob in rows if ob.who == "Trạm Y tế phường" and ob.deadline), default=None)
    assert first == "2037-03-12"  # not the first Thursday (05/3), the labels' obligation date


def test_the_checklist_and_the_json_keep_the_weekly_duties():
    ext = extract(_DOC)
    items = build_checklist(ext, dt.date(2037, 3, 9))
    weekly = sorted((it.who, it.next_due) for it in items if "WEEKLY" in (it.recurrence or ""))
    assert weekly == [("Các trường mầm non trên địa bàn", "2037-03-13"), ("Công chức Văn hóa - xã hội", "2037-03-13"),
                      ("Trạm Y tế phường", "2037-03-12")]
    js = extraction_to_json(ext)
    assert [d["recurrence"] for d in js["weekly"]] == ["FREQ=WEEKLY;BYDAY=TH", "FREQ=WEEKLY;BYDAY=FR",
                                                       "FREQ=WEEKLY;BYDAY=FR"]
    assert not [d for d in js["deadlines"] if "WEEKLY" in (d["recurrence"] or "")]


def _d(rule: str | None, start: int) -> Deadline:
    return Deadline(text="t", date="2037-03-05", earliest="2037-03-05", latest="2037-03-05", recurrence=rule,
                    span=Span(start, start + 1, "t"))


def test_weekly_duties_leaves_a_tables_weekly_time_to_the_calendar_reader():
    a, b, c = _d("FREQ=WEEKLY;BYDAY=TH", 10), _d("FREQ=WEEKLY;UNTIL=20371231;BYDAY=FR", 200), _d("FREQ=MONTHLY;BYMONTHDAY=25", 20)
    assert weekly_duties([a, b, c]) == ([c], [a, b])
    assert weekly_duties([a, b, c], [(150, 300)]) == ([b, c], [a])
