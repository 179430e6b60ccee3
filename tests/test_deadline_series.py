"""Two dates of one half-yearly schedule are one recurring deadline (a newcomer's ward plan, session 13).

"Phòng Nội vụ định kỳ 6 tháng (trước ngày 15/6 và 15/12) báo cáo UBND phường" gave a second row "Phòng Nội vụ —
15/12" on the checklist, in Hạn sắp tới and in the calendar feed: 15/12 is the schedule's next occurrence.
"""

from __future__ import annotations

from vanban.extract import extract

PLAN = """ỦY BAN NHÂN DÂN
PHƯỜNG AN BÌNH
Số: 22/KH-UBND
An Bình, ngày 10 tháng 02 năm 2026
KẾ HOẠCH
Công tác dân số năm 2026
II. NHIỆM VỤ
1. Phòng Nội vụ định kỳ 6 tháng (trước ngày 15/6 và 15/12) báo cáo UBND phường.
2. Các tổ dân phố báo cáo trước ngày 15/6/2026 và trước ngày 30/9/2026.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lò Văn Tâm
"""


def test_one_schedule_one_deadline_two_dates_two_deadlines():
    got = [(d.date, d.recurrence) for d in extract(PLAN).deadlines]
    assert got[0] == ("2026-06-15", "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=15")
    assert ("2026-12-15", "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=15") not in got
    # two one-off dates of one sentence stay two deadlines (two printed days six months apart, "trước ngày 15/6/2026
    # và trước ngày 15/12/2026", are the halves of a year, one six-monthly deadline: the labels of t29-04 and a35-05,
    # session 37's obl37a; tests/test_obligations_kinds37a.py)
    assert [d for d in got if d[1] is None] == [("2026-06-15", None), ("2026-09-30", None)]
