"""Deadlines on real wording, session 19: the kinds tune19 (the blind authored19's twin) showed.

Documents written for these tests in the style of a Đảng ủy xã's Kế hoạch with a Phụ lục table; the expected values
are read from the wording with the labels' conventions (``realdocs/labeled/README.md``: a partial date in a due cell
is the interval of its period; the year a row is for is no due date).
"""

from __future__ import annotations

from test_targets_tune19 import PLAN_WITH_APPENDIX

from vanban.extract import extract


def _deadlines(text: str):
    return [(d.text, d.date, d.earliest, d.latest) for d in extract(text).deadlines]


def test_the_year_column_of_an_appendix_table_gives_no_deadline():
    got = _deadlines(PLAN_WITH_APPENDIX)
    assert ("2027", None, "2027-01-01", "2027-12-31") not in got
    assert ("2028", None, "2028-01-01", "2028-12-31") not in got


def test_the_due_column_of_the_same_table_still_gives_the_rows_deadlines():
    got = {(e, l) for _, _, e, l in _deadlines(PLAN_WITH_APPENDIX)}
    assert ("2027-10-01", "2027-12-31") in got  # "Quý IV/2027"
    assert ("2028-01-01", "2028-12-31") in got  # "Năm 2028" under "Thời gian hoàn thành"
    assert ("2027-02-20", "2027-02-20") in got


CV = ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nSỞ Y TẾ\nSố: 3915/SYT-NVY\nQuảng Ngãi, ngày 10 tháng 12 năm 2026\n\n"
      "V/v phòng, chống dịch bệnh dịp Tết Nguyên đán\n\nKính gửi: Các đơn vị y tế trực thuộc.\n\n")


def test_the_season_before_tet_and_the_duty_over_tet_give_no_deadline():
    text = CV + ("1. Tổ chức chiến dịch truyền thông vào dịp trước Tết Nguyên đán Đinh Mùi.\n"
                 "2. Các đơn vị gửi lịch trực Tết về Sở Y tế chậm nhất ngày 20/01/2027.\n")
    assert [(t, d) for t, d, _, _ in _deadlines(text)] == [("chậm nhất ngày 20/01/2027", "2027-01-20")]


def test_before_tet_is_undated_and_its_year_no_due_year():
    # session 21: the tuning labels leave "trước Tết" undated in all six documents that write it
    text = CV + "1. Các đơn vị hoàn thành việc cấp phát vật tư trước Tết Nguyên đán Đinh Mùi năm 2027.\n"
    assert [d for _, d, _, _ in _deadlines(text)] == []


def test_the_period_supplies_are_for_is_no_deadline():
    # "vắc xin, vật tư … quý I/2027 … chậm nhất ngày 05/01/2027": the quarter says which supply; the due date is the day
    text = CV + ("1. Tiếp nhận, phân bổ vắc xin, sinh phẩm quý I/2027 cho các trung tâm y tế chậm nhất ngày "
                 "06/01/2027.\n")
    assert [(d, e) for _, d, e, _ in _deadlines(text)] == [("2027-01-06", "2027-01-06")]


def test_the_year_a_growth_is_measured_from_is_no_deadline():
    text = CV + "1. Số ca mắc sởi giảm từ 15% đến 20% so với năm 2026.\n"
    assert _deadlines(text) == []
