"""Each report period's date with its own task, and no undated row repeating dated ones (issue 10, "Deadlines":
"định kỳ 6 tháng (trước ngày 05/6) và hằng năm (trước ngày 05/12)" — two deadlines, each with the real task).

Both newcomer runs of session 14 saw 45/KH-UBND's item IV.4 give the 05/12 deadline the task "báo cáo kết quả 6
tháng" (so the checklist dropped it as a second date of the same task) and an extra undated row holding all its
tasks. The plan is written for this test in that ward plan's style.
"""

from __future__ import annotations

import datetime as dt

from vanban.extract import extract
from vanban.extract.checklist import build_checklist

_PLAN = """ỦY BAN NHÂN DÂN
PHƯỜNG BỒ ĐỀ
Số: 45/KH-UBND
Bồ Đề, ngày 05 tháng 01 năm 2026

KẾ HOẠCH
Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026

IV. TỔ CHỨC THỰC HIỆN
4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường chỉ đạo Ban Công tác Mặt trận các tổ dân phố tổ chức Ngày hội \
Đại đoàn kết toàn dân tộc, hoàn thành trước ngày 18/11/2026; báo cáo kết quả 6 tháng (trước ngày 05/6) và hằng năm \
(trước ngày 05/12).

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
"""


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
