"""A Thông báo kết luận: a heading's period, an estimated result, a task's "xong trước".

A newcomer's 88-TB/ĐU (tests/fixtures/newcomer15/tb88.txt, and without diacritics tb88_nomarks.txt): the heading
"2. Nhiệm vụ trọng tâm tháng 12 năm 2026" became a deadline (task "Nhiệm vụ") listed among the coming ones; the year's
result "tỷ lệ thu ngân sách đạt 112% dự toán" under "1. Về tình hình thực hiện nhiệm vụ năm 2026" was taken as a
target; task 2.2 ended "…năm 2026, xong trước;". Read by hand: four dated tasks (25/12/2026, 31/12/2026, January 2027,
05/12/2026) and three targets (at least 105%, over 90%, 100% of the tổ dân phố).
"""

from __future__ import annotations

import pytest
from conftest import ROOT

from vanban.conveyor import process_file
from vanban.extract import extract

DIR = ROOT / "tests/fixtures/newcomer15"


@pytest.fixture(scope="module", params=["tb88.txt", "tb88_nomarks.txt"])
def tb88(request):
    return process_file(DIR / request.param, jobs=1).extraction


def test_a_headings_period_is_no_deadline(tb88):
    assert sorted(d.latest for d in tb88.deadlines) == ["2026-12-05", "2026-12-25", "2026-12-31", "2027-01-31"]
    assert all((d.what or "").strip().lower() != "nhiệm vụ" for d in tb88.deadlines)


def test_the_years_result_is_no_target(tb88):
    assert sorted(t.text for t in tb88.targets) == ["100%", "trên 90%", "ít nhất 105%"]


def test_the_task_does_not_end_in_its_due_cue(tb88):
    task = next(o for o in tb88.obligations if o.who.startswith("Ban Xây dựng Đảng"))
    assert "xong trước" not in task.what and task.deadline.latest == "2026-12-31"


HEAD = ("ĐẢNG ỦY XÃ PHÚ BÌNH\nSố 90-TB/ĐU\nPhú Bình, ngày 20 tháng 11 năm 2026\n\nTHÔNG BÁO KẾT LUẬN\n"
        "của Ban Thường vụ Đảng ủy xã tại hội nghị giao ban tháng 11 năm 2026\n\n"
        "Ban Thường vụ Đảng ủy xã kết luận như sau:\n\n")


@pytest.mark.parametrize("said", [
    "Ước cả năm, tỷ lệ thu ngân sách đạt 112% dự toán.",
    "Thu ngân sách ước thực hiện cả năm đạt 112% dự toán.",
])
def test_an_estimated_result_is_no_target(said):
    text = HEAD + f"1. Cơ bản thống nhất với báo cáo. {said}\n\n2. Đảng ủy Ủy ban nhân dân xã lãnh đạo phấn đấu thu " \
                  "ngân sách đạt ít nhất 105% dự toán năm 2027.\n"
    assert [t.text for t in extract(text).targets] == ["ít nhất 105%"]


def test_a_heading_keeps_a_deadline_it_states_with_a_due_word():
    text = HEAD + ("1. Nhiệm vụ trọng tâm quý I năm 2027\n1.1. Văn phòng Đảng ủy xã tổng hợp báo cáo trước ngày "
                   "10/01/2027.\n\n2. Hoàn thành trước ngày 31/3/2027 các nội dung sau\n2.1. Các chi bộ kiểm điểm "
                   "đảng viên.\n")
    assert sorted(d.date for d in extract(text).deadlines) == ["2027-01-10", "2027-03-31"]
