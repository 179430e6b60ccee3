"""Deadline wordings of ward plans that were read as nothing (issue 10, "Deadlines"; session-14 newcomer).

"vào tuần đầu tiên của tháng 12/2026" is days 1–7 of the month, "tuần cuối cùng của tháng 6" its last seven days;
"Hạn chót nộp báo cáo sơ kết là ngày 20/7/2026" is a deadline label closed by "là" instead of a colon; "định kỳ thứ
Sáu hằng tuần báo cáo" a weekly due day whose report verb comes after it. The plan is written for this test in the
style of a ward's Kế hoạch.
"""

from __future__ import annotations

from vanban.extract import extract

_PLAN = """ỦY BAN NHÂN DÂN
PHƯỜNG BỒ ĐỀ
Số: 88/KH-UBND
Bồ Đề, ngày 05 tháng 01 năm 2026

KẾ HOẠCH
Thực hiện công tác dân vận năm 2026

1. Văn phòng HĐND - UBND phường tổ chức hội nghị sơ kết vào tuần đầu tiên của tháng 12/2026.
2. Các tổ dân phố tổng hợp kết quả vào tuần cuối cùng của tháng 6.
3. Hạn chót nộp báo cáo sơ kết là ngày 20/7/2026.
4. Công an phường định kỳ thứ Sáu hằng tuần báo cáo tình hình an ninh trật tự.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
"""


def test_week_edges_label_with_la_and_a_weekly_day_after_dinh_ky():
    got = [(d.earliest, d.latest, d.recurrence) for d in extract(_PLAN).deadlines]
    assert got == [("2026-12-01", "2026-12-07", None), ("2026-06-24", "2026-06-30", None),
                   ("2026-07-20", "2026-07-20", None), ("2026-01-09", "2026-01-09", "FREQ=WEEKLY;BYDAY=FR")]
