"""A task whose time is a month or a quarter written after it ("vào tháng 7/2026", "trong tháng 6/2026", "trong quý
III/2026") is listed with that time, under its body, once.

Why (issue #10 "Deadlines", the checklist of issue #9): commune plans time their reviews so — "Ủy ban nhân dân xã sơ
kết 6 tháng vào tháng 7/2026, tổng kết năm vào tháng 12/2026" — and the checklist read the body of "Ban Chỉ đạo xã
tổng kết, đánh giá kết quả …" as "Ban Chỉ đạo xã tổng kết, đánh giá kết quả" ("sơ kết" / "tổng kết" were no verbs),
cut "sơ kết việc thực hiện" to "sơ kết việc" (a trailing "thực hiện" read as the date's cue) and listed the July
task as "sơ kết 6 tháng, tổng kết năm vào tháng 12/2026 — Hạn: tháng 7/2026" beside the December row of its own.

Inputs: plans written for the tests in the style of the newcomers' plan 13/KH-UBND (session 13).
"""

from __future__ import annotations

import datetime as dt

import pytest

from vanban.extract import extract
from vanban.extract.checklist import build_checklist

TODAY = dt.date(2026, 1, 6)

PLAN = """ỦY BAN NHÂN DÂN
XÃ TÂN PHÚ
Số: 14/KH-UBND
Tân Phú, ngày 05 tháng 01 năm 2026
KẾ HOẠCH
Thực hiện công tác dân vận năm 2026
IV. TỔ CHỨC THỰC HIỆN
1. Ủy ban nhân dân xã sơ kết 6 tháng vào tháng 7/2026, tổng kết năm vào tháng 12/2026.
2. Ban Chỉ đạo xã tổng kết, đánh giá kết quả thực hiện Chương trình giai đoạn 2021-2025 trong quý III/2026.
3. Công chức Văn hóa - Xã hội sơ kết việc thực hiện vào tháng 7/2026.
4. Đảng ủy xã sơ kết giữa nhiệm kỳ vào tháng 10/2026 và tổng kết nhiệm kỳ vào tháng 9/2027.
5. Ủy ban Mặt trận Tổ quốc xã chủ trì tổ chức Hội nghị đối thoại với Nhân dân trong tháng 6/2026.
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lò Văn Tâm
"""


@pytest.fixture(scope="module")
def items():
    return [(i.who, i.what, i.deadline, i.earliest, i.latest) for i in build_checklist(extract(PLAN), TODAY)]


def test_each_review_is_listed_with_its_month(items):
    assert ("Ủy ban nhân dân xã", "sơ kết 6 tháng", "tháng 7/2026", "2026-07-01", "2026-07-31") in items
    assert ("Ủy ban nhân dân xã", "tổng kết năm", "tháng 12/2026", "2026-12-01", "2026-12-31") in items
    assert ("Đảng ủy xã", "sơ kết giữa nhiệm kỳ", "tháng 10/2026", "2026-10-01", "2026-10-31") in items
    assert ("Đảng ủy xã", "tổng kết nhiệm kỳ", "tháng 9/2027", "2027-09-01", "2027-09-30") in items
    assert ("Ủy ban Mặt trận Tổ quốc xã", "chủ trì tổ chức Hội nghị đối thoại với Nhân dân", "tháng 6/2026",
            "2026-06-01", "2026-06-30") in items


def test_the_body_ends_before_its_review_verb(items):
    assert ("Ban Chỉ đạo xã", "tổng kết, đánh giá kết quả thực hiện Chương trình giai đoạn 2021-2025", "quý III/2026",
            "2026-07-01", "2026-09-30") in items


def test_a_task_ending_in_thuc_hien_keeps_it(items):
    assert ("Công chức Văn hóa - Xã hội", "sơ kết việc thực hiện", "tháng 7/2026", "2026-07-01", "2026-07-31") in items


def test_no_row_carries_another_rows_task(items):
    assert len(items) == 7
    assert not [i for i in items if "tháng" in i[1] and "/20" in i[1]]  # no date left in a task's words
