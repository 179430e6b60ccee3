"""Numbered rounds' windows, a weekly routine's months, a rate's month (obl41b, session 41).

A round listed under its work ("- Đợt 2: từ ngày … đến hết ngày …") is due by its window's last day, "đến hết" or
not, as a numbered step's window is; the months a weekday routine runs over ("trực cả ngày thứ Bảy trong tháng …")
and the month a partial rate is measured over ("đạt trên 70% trong tháng …") set no due date, while a rate of 100%
or a completion in that month does. The texts are written for these tests, not copied from a labelled document.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ AN THẠNH\nSố: 41/KH-UBND\nAn Thạnh, ngày 03 tháng 6 năm 2031\n\nKẾ HOẠCH\n"
         "Phun thuốc diệt muỗi phòng sốt xuất huyết năm 2031\n\n")
_TAIL = "\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Hòa\n"


def _spans(body: str) -> set[tuple[str | None, str | None]]:
    return {(d.earliest, d.latest) for d in extract(_HEAD + body + _TAIL).deadlines}


def test_a_rounds_window_closed_by_den_het_is_its_deadline():
    got = _spans("1. Phun hóa chất diệt muỗi\n\nTrạm Y tế xã tổ chức phun 02 đợt trong quý III/2031:\n\n"
                 "- Đợt 1: từ ngày 15/6 đến hết ngày 30/6/2031;\n\n- Đợt 2 (phun bổ sung): từ ngày 01/9 đến hết ngày "
                 "20/9/2031.")
    assert ("2031-06-15", "2031-06-30") in got and ("2031-09-01", "2031-09-20") in got, got


def test_a_weekday_routines_months_are_no_deadline():
    got = _spans("1. Bộ phận Một cửa bố trí cán bộ trực các ngày thứ Bảy, Chủ nhật trong tháng 7 và tháng 8/2031; "
                 "báo cáo số hồ sơ tiếp nhận trước ngày 05/9/2031.")
    assert ("2031-07-01", "2031-08-31") not in got and ("2031-09-05", "2031-09-05") in got, got


def test_a_second_time_in_a_month_is_due_in_it():
    got = _spans("1. Trạm Y tế xã tập huấn cộng tác viên lần thứ hai trong tháng 10/2031.")
    assert ("2031-10-01", "2031-10-31") in got, got  # "thứ hai" counts the time here, it names no Monday


def test_a_partial_rate_in_a_month_is_its_period_a_full_one_is_due():
    got = _spans("1. Trạm Y tế xã nâng tỷ lệ hộ gia đình được phát tờ rơi đạt trên 70% trong tháng 7/2031.\n\n"
                 "2. Trạm Y tế xã hoàn thành lập sổ theo dõi ca bệnh, bảo đảm tỷ lệ cập nhật đạt 100% trong tháng "
                 "8/2031.")
    assert ("2031-07-01", "2031-07-31") not in got and ("2031-08-01", "2031-08-31") in got, got
