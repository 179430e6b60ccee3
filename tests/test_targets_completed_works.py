"""A completion verb before a task's works verb, the count right after ("hoàn thành trồng 500 cây xanh", "hoàn thành
sửa chữa 20 km đường"), is the amount of works the task is to get done — a target, as "phấn đấu trồng 500 cây xanh" is
(a user's finding: the planting gave none, nor the measure without a due time). Moving people is no works: "hoàn thành
di dời 14 hộ dân" stays unread (the labels leave it). Inputs are written for the kind."""

from __future__ import annotations

import pytest

from vanban.extract import extract

HEAD = ("ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\n\nSố: 88/KH-UBND\n\nPhú Lộc, ngày 12 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
        "chỉnh trang cảnh quan nông thôn\n\n")


@pytest.mark.parametrize("sentence, figure, unit", [
    ("Năm 2026, hoàn thành trồng 750 cây bóng mát dọc đường liên thôn.", 750, "cây bóng mát"),
    ("- Hoàn thành trồng mới 1.200 cây phân tán.", 1200, "cây phân tán"),
    ("Trong năm, hoàn thành bê tông hóa 6,5 km đường trục thôn.", 6.5, "km"),
    ("Hoàn thành việc lắp đặt 18 bóng đèn chiếu sáng tại các ngõ xóm.", 18, "bóng đèn chiếu sáng"),
])
def test_completed_works_count_is_a_target(sentence, figure, unit):
    (t,) = extract(HEAD + sentence + "\n").targets
    assert t.min == t.max == figure and t.unit == unit


@pytest.mark.parametrize("sentence", [
    "Xã hoàn thành di dời 09 hộ gia đình khỏi vùng sạt lở chậm nhất ngày 30/9/2026.",
    "Hoàn thành tổ chức 01 hội nghị sơ kết công tác.",
])
def test_completion_without_works_sets_no_target(sentence):
    assert not extract(HEAD + sentence + "\n").targets
