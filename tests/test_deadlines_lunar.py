"""Lunar dates are deadlines with their solar date, their words kept as written.

Why (issue #10 "Deadlines"): plans around Tết write their due days in the lunar calendar — "hoàn thành việc chi
trả trước ngày 10 tháng Chạp", "báo cáo … chậm nhất là ngày mùng 8 Tết", "trước Rằm tháng Giêng", "vào ngày 15 tháng 7
âm lịch" — and vanban listed them undated (only "trước Tết Nguyên đán" had a date). The solar date comes from the
``lunar_vn`` library (Vietnam's calendar at UTC+7), checked here against dates known independently: the Tết days of
2025–2030 (2030: 2 February in Vietnam, a day before China's) and the agreement with the ``holidays`` library's
Vietnam calendar (Tết, Giỗ Tổ Hùng Vương on 10/3 lunar) for 2024–2031.

Inputs: a commune plan for Tết written for the tests in the style of the newcomers' plan 08/KH-UBND (session 13).
"""

from __future__ import annotations

import datetime as dt

import holidays
import pytest

from vanban.extract import extract
from vanban.extract.checklist import build_checklist
from vanban.extract.holidays_vn import lunar_day, lunar_month, lunar_new_year

TET = {2025: "2025-01-29", 2026: "2026-02-17", 2027: "2027-02-06", 2028: "2028-01-26", 2029: "2029-02-13",
       2030: "2030-02-02"}


@pytest.mark.parametrize("year, day", sorted(TET.items()))
def test_tet_dates_of_vietnam(year, day):
    assert lunar_new_year(year).isoformat() == day


@pytest.mark.parametrize("year", range(2024, 2032))
def test_the_lunar_library_agrees_with_the_holidays_library(year):
    vn = holidays.Vietnam(years=year, language="en_US")
    named = {name: d for d, name in vn.items()}
    assert lunar_day(1, 1, year) == named["Lunar New Year"]
    assert lunar_day(10, 3, year) == named["Hung Kings' Commemoration Day"]


def test_a_lunar_month_as_solar_days():
    assert lunar_month(12, 2025) == (dt.date(2026, 1, 19), dt.date(2026, 2, 16))  # tháng Chạp Ất Tỵ: 29 days
    assert lunar_day(30, 12, 2025) is None


PLAN = """ỦY BAN NHÂN DÂN
XÃ AN BÌNH
Số: 08/KH-UBND
An Bình, ngày 05 tháng 01 năm 2026
KẾ HOẠCH
Tổ chức Tết Nguyên đán Bính Ngọ năm 2026
III. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế hoàn thành việc chi trả trợ cấp trước ngày 10 tháng Chạp.
2. Các thôn báo cáo kết quả về Ủy ban nhân dân xã chậm nhất là ngày mùng 8 Tết.
3. Công chức Văn hóa - Xã hội tổ chức Hội báo xuân, hoàn thành trước Rằm tháng Giêng.
4. Ban Quản lý di tích xã chuẩn bị lễ Vu Lan, hoàn thành trước ngày 15 tháng 7 âm lịch.
5. Trạm Y tế xã tổ chức kiểm tra an toàn thực phẩm trong tháng Chạp.
6. Công an xã bảo đảm an ninh trật tự trước, trong và sau Tết.
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lò Văn Sáng
"""


@pytest.fixture(scope="module")
def plan():
    return extract(PLAN)


def test_lunar_days_are_dated_deadlines_as_written(plan):
    got = {d.text: (d.date, d.earliest, d.latest) for d in plan.deadlines}
    assert got["trước ngày 10 tháng Chạp"][0] == "2026-01-28"  # 10/12 Ất Tỵ, the plan being of 05/01/2026
    assert got["chậm nhất là ngày mùng 8 Tết"][0] == "2026-02-24"
    assert got["hoàn thành trước Rằm tháng Giêng"][0] == "2026-03-03"
    assert got["hoàn thành trước ngày 15 tháng 7 âm lịch"][0] == "2026-08-27"
    assert got["tháng Chạp"][1:] == ("2026-01-19", "2026-02-16")
    assert len(plan.deadlines) == 5  # "trước, trong và sau Tết" names no day


def test_lunar_deadlines_reach_their_tasks(plan):
    items = {i.who: i for i in build_checklist(plan, dt.date(2026, 1, 6))}
    assert items["Phòng Kinh tế"].date == "2026-01-28"
    assert items["Phòng Kinh tế"].what == "hoàn thành việc chi trả trợ cấp"
    assert items["Các thôn"].deadline == "chậm nhất là ngày mùng 8 Tết"
    assert items["Ban Quản lý di tích xã"].date == "2026-08-27"


def test_a_lunar_day_with_its_year():
    ext = extract("KẾ HOẠCH\nSố: 12/KH-UBND\nngày 02 tháng 3 năm 2026\n"
                  "1. Ban Văn hóa xã tổ chức lễ dâng hương trước ngày 10 tháng 3 năm 2027 (âm lịch).\n")
    assert [d.date for d in ext.deadlines] == ["2027-04-16"]  # Giỗ Tổ Hùng Vương 2027


@pytest.mark.parametrize("sentence, due", [
    ("Các thôn hoàn thành việc tặng quà trước Tết.", "trước Tết"),  # "Tết" alone is Tết Nguyên đán
    ("Phòng Kinh tế chi trả trợ cấp trước Tết Âm lịch năm 2027.", "trước Tết Âm lịch năm 2027"),
    ("Các xã hoàn thành sửa chữa nhà ở trước Tết cổ truyền Bính Ngọ.", "trước Tết cổ truyền Bính Ngọ"),
    ("Trường học tổ chức vui chơi trước Tết Trung thu.", None),
    ("Các đơn vị bố trí trực trước Tết Dương lịch.", None),
])
def test_tet_named_without_nguyen_dan(sentence, due):
    """"trước Tết" (Nguyên đán, Âm lịch, cổ truyền) is no dated deadline — the tuning labels leave it undated in all six
    documents that write it (232-CD-TTg, a19-08, a19-10, t17-08, t20-01, t21-06; session 21) — but the task's time as
    written (``due_text``, the checklist's Thời hạn); not other feasts called Tết."""
    from vanban.extract.undated_dues import before_tet
    ext = extract(f"ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 20/KH-UBND\nAn Bình, ngày 01 tháng 12 năm 2025\nKẾ HOẠCH\nChăm lo Tết\n1. {sentence}\n")
    assert [d.date for d in ext.deadlines] == []
    assert before_tet(sentence) == due
