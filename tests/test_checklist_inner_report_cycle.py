"""A report cycle written after the report's verb in one ";"-task of a longer row keeps the report's cycle.

The session-25 newcomer's demo plan 18-KH/ĐU, row IV.2: "Đảng ủy Ủy ban nhân dân xã lãnh đạo Ủy ban nhân dân xã xây
dựng kế hoạch cụ thể, bố trí kinh phí …; báo cáo kết quả định kỳ hằng quý về Thường trực Đảng ủy." listed one row
with no Hạn: the quarterly report lost its cycle (a cycle opening its task, "…; định kỳ hằng quý tổng hợp, báo cáo …",
already had its row). The report is now a row of its own, its Hạn the cycle as written, the other task the row it was.
A report named by its period ("báo cáo sơ kết 6 tháng đầu năm") is no cycle: the row stays one.
"""

from __future__ import annotations

import datetime as dt

from vanban.extract import extract
from vanban.extract.checklist import build_checklist

TODAY = dt.date(2026, 3, 1)
HEAD = ("ĐẢNG ỦY XÃ HÒA BÌNH\nSố 18-KH/ĐU\nHòa Bình, ngày 12 tháng 01 năm 2026\nKẾ HOẠCH\nchuyển đổi số năm 2026\n\n"
        "IV. TỔ CHỨC THỰC HIỆN\n\n")


def _rows(body: str, who: str):
    return sorted((it.what, it.deadline) for it in build_checklist(extract(HEAD + body), TODAY) if it.who == who)


def test_a_report_cycle_after_its_verb_in_a_later_task_is_its_rows_time():
    body = ("2. Đảng ủy Ủy ban nhân dân xã lãnh đạo Ủy ban nhân dân xã xây dựng kế hoạch cụ thể, bố trí kinh phí thực "
            "hiện các nhiệm vụ về chính quyền số và kinh tế số; báo cáo kết quả định kỳ hằng quý về Thường trực Đảng "
            "ủy.\n")
    assert _rows(body, "Đảng ủy Ủy ban nhân dân xã") == [
        ("báo cáo kết quả về Thường trực Đảng ủy", "định kỳ hằng quý"),
        ("lãnh đạo Ủy ban nhân dân xã xây dựng kế hoạch cụ thể, bố trí kinh phí thực hiện các nhiệm vụ về chính quyền "
         "số và kinh tế số", None),
    ]


def test_a_report_named_by_its_period_is_no_cycle():
    body = ("2. Đảng ủy Ủy ban nhân dân xã lãnh đạo Ủy ban nhân dân xã xây dựng kế hoạch cụ thể, bố trí kinh phí thực "
            "hiện các nhiệm vụ về chính quyền số; báo cáo sơ kết 6 tháng đầu năm về Thường trực Đảng ủy.\n")
    rows = _rows(body, "Đảng ủy Ủy ban nhân dân xã")
    assert len(rows) == 1 and rows[0][1] is None
