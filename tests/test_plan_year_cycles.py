"""A report cycle named without its day in a plan for the next year starts in that year (plan_periods.series_from).

A plan made in December for the year after ("Kế hoạch … năm 2028" of 04/12/2027) that asks for a report each quarter
("định kỳ hằng quý gửi báo cáo …"): the checklist's next period is the plan's first quarter, not the quarter the plan
was signed in. Sentences in our own wording; periods read by hand from the calendar.
"""

from __future__ import annotations

import datetime as dt

from vanban.export.checklist_text import render_checklist
from vanban.extract import extract
from vanban.extract.checklist import build_checklist
from vanban.extract.plan_periods import series_from

HEAD = ("ỦY BAN NHÂN DÂN\nXÃ HÒA PHÚ\nSố: 88/KH-UBND\nHòa Phú, ngày 04 tháng 12 năm 2027\n\n"
        "KẾ HOẠCH\nPhòng chống thiên tai năm 2028\n\n")
TODAY = dt.date(2027, 12, 6)


def _rows(body: str):
    return [r for r in build_checklist(extract(HEAD + body + "\n"), TODAY) if r.deadline]


def test_a_quarterly_cycle_of_next_years_plan_is_next_due_in_its_first_quarter():
    body = "1. Phòng Kinh tế định kỳ hằng quý gửi báo cáo tình hình về Ủy ban nhân dân xã."
    assert [(r.deadline, r.next_due) for r in _rows(body)] == [("định kỳ hằng quý", "2028-03-31")]
    assert "quý I/2028" in render_checklist(extract(HEAD + body + "\n"), today=TODAY)


def test_a_cycle_that_says_its_start_keeps_it():
    start = series_from("Kế hoạch phòng chống thiên tai năm 2028", dt.date(2027, 12, 4),
                        "Kể từ tháng 12/2027, định kỳ hằng quý báo cáo.")
    assert start == dt.date(2027, 12, 4)


def test_a_plan_issued_within_its_year_runs_from_its_day():
    assert series_from("Kế hoạch năm 2028", dt.date(2028, 2, 10)) == dt.date(2028, 2, 10)
    assert series_from("Kế hoạch năm 2028", dt.date(2027, 12, 4)) == dt.date(2028, 1, 1)
    assert series_from("Báo cáo công tác", dt.date(2027, 12, 4)) == dt.date(2027, 12, 4)
