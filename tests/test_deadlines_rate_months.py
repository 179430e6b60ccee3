"""A weekly or daily rhythm over named months is a frequency with its span, no deadline in each month (session-37
newcomer: "mỗi tuần 02 lần trong tháng 5 và tháng 10" gave two checklist rows, one per month). The sets label the
months the frequency target's period (a weekly broadcast over two winter months: no deadline); the rhythm may be
written "mỗi tuần N lần", "N lần mỗi tuần" or "N lần/tuần", and every month of the list is the span, not only the
first. A task due in a month with no rhythm before it keeps its deadline. The plan is written for this test."""

from __future__ import annotations

import pytest

from vanban.extract import extract

_PLAN = ("ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA KHÁNH\n\nSố: 52/KH-UBND\n\nHòa Khánh, ngày 12 tháng 3 năm 2031\n\n"
         "KẾ HOẠCH\nTuyên truyền phòng, chống đuối nước cho trẻ em năm 2031\n\n"
         "I. TỔ CHỨC THỰC HIỆN\n\n1. Đài Truyền thanh phường tuyên truyền, phát thông điệp phòng, chống đuối nước {rhythm}.\n"
         "2. Trạm Y tế phường hoàn thành tập huấn sơ cứu cho các khu phố trong tháng 4/2031.\n\n"
         "Nơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nĐỗ Văn Minh\n")


@pytest.mark.parametrize("rhythm", [
    "mỗi tuần 03 lần trong tháng 6 và tháng 7",
    "03 lần mỗi tuần trong tháng 6, tháng 7 và tháng 8",
    "ít nhất 03 lần/tuần trong tháng 6 và tháng 7/2031",
])
def test_months_a_rhythm_runs_over_are_no_deadlines(rhythm):
    ext = extract(_PLAN.format(rhythm=rhythm))
    assert [(d.text, d.who) for d in ext.deadlines] == [("tháng 4/2031", "Trạm Y tế phường")]
    radio = [o for o in ext.obligations if o.who == "Đài Truyền thanh phường"]
    assert len(radio) == 1 and radio[0].deadline is None
