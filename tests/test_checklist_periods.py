"""Checklist rows of a body's several tasks: each report period's date with its own task, no undated row repeating
dated ones, and a relative limit as its own task's time (issue 10, "Deadlines":
"định kỳ 6 tháng (trước ngày 05/6) và hằng năm (trước ngày 05/12)" — two deadlines, each with the real task).

Both newcomer runs of session 14 saw 45/KH-UBND's item IV.4 give the 05/12 deadline the task "báo cáo kết quả 6
tháng" (so the checklist dropped it as a second date of the same task) and an extra undated row holding all its
tasks. The plan is written for this test in that ward plan's style.
"""

from __future__ import annotations

import datetime as dt

from vanban.extract import extract
from vanban.extract.checklist import build_checklist

_HEAD = """ỦY BAN NHÂN DÂN
PHƯỜNG BỒ ĐỀ
Số: 45/KH-UBND
Bồ Đề, ngày 05 tháng 01 năm 2026

KẾ HOẠCH
Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026

IV. TỔ CHỨC THỰC HIỆN
"""
_TAIL = """
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
"""
_PLAN = _HEAD + """4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường chỉ đạo Ban Công tác Mặt trận các tổ dân phố tổ chức Ngày hội \
Đại đoàn kết toàn dân tộc, hoàn thành trước ngày 18/11/2026; báo cáo kết quả 6 tháng (trước ngày 05/6) và hằng năm \
(trước ngày 05/12).
""" + _TAIL


def test_the_yearly_date_has_the_yearly_task():
    tasks = {d.text: d.what for d in extract(_PLAN).deadlines}
    assert tasks["trước ngày 05/6"] == "báo cáo kết quả 6 tháng"
    assert tasks["trước ngày 05/12"] == "báo cáo kết quả hằng năm"


def test_three_dated_rows_and_no_undated_repeat():
    items = build_checklist(extract(_PLAN), today=dt.date(2026, 1, 6))
    rows = sorted((i.what, i.date) for i in items)
    assert rows == [("báo cáo kết quả 6 tháng", "2026-06-05"), ("báo cáo kết quả hằng năm", "2026-12-05"),
                    ("chỉ đạo Ban Công tác Mặt trận các tổ dân phố tổ chức Ngày hội Đại đoàn kết toàn dân tộc",
                     "2026-11-18")]


def test_a_relative_limit_is_its_own_tasks_time():
    # "d) Phối hợp … trong thời hạn 10 ngày kể từ ngày nhận được phản ánh" under "2. Công an phường" gave one row
    # for a)–d) with an empty Thời hạn and the limit as a Chỉ tiêu
    plan = _HEAD + ("2. Công an phường\na) Bảo đảm an ninh, trật tự tại các điểm tổ chức Ngày hội Đại đoàn kết;\n"
                    "b) Phối hợp với Phòng Kinh tế xử lý vi phạm trật tự đô thị trong thời hạn 10 ngày kể từ ngày nhận "
                    "được phản ánh.\n") + _TAIL
    items = build_checklist(extract(plan), today=dt.date(2026, 1, 6))
    rows = sorted((i.who, i.what, i.deadline, i.targets) for i in items)
    assert rows == [
        ("Công an phường", "Bảo đảm an ninh, trật tự tại các điểm tổ chức Ngày hội Đại đoàn kết", None, None),
        ("Công an phường", "Phối hợp với Phòng Kinh tế xử lý vi phạm trật tự đô thị",
         "trong thời hạn 10 ngày kể từ ngày nhận được phản ánh", None)]


def test_a_pair_of_days_of_one_task_keeps_both_days_and_the_whole_task():
    # the end newcomer's kh70 I.6: one row kept (31/12), its task ending in "… cả năm và". Two yearly rows until
    # session 47; the labels read the pair as one 6-monthly deadline (a45-08, a17-10 and 19 of 20 such pairs in the
    # older sets, ddl47): one row, its Hạn the two days as printed, its rule due on both (the calendar's two events)
    plan = _HEAD + ("6. Phòng Văn hóa - Xã hội tổng hợp báo cáo 6 tháng và cả năm, trước ngày 30/6 và 31/12 hằng "
                    "năm.\n") + _TAIL
    items = build_checklist(extract(plan), today=dt.date(2026, 1, 6))
    assert [(i.what, i.deadline, i.date) for i in items] == [
        ("tổng hợp báo cáo 6 tháng và cả năm", "trước ngày 30/6 và 31/12 hằng năm", "2026-06-30")]
    assert "BYMONTH=6,12" in items[0].recurrence and "BYMONTHDAY=-1" in items[0].recurrence
