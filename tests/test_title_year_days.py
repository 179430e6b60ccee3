"""A day printed without its year in a year's plan signed before that year (``extract.title_year``).

The session-34 newcomer: "sơ kết … trước 15/6 và tổng kết năm trước 15/12" in a plan for 2027 of 12/2026 dated the
year's review 15/12/2026. A yearless day of a year's plan falls in the plan's year; the nearer reading stays for a day
within the plan's own work printed in the signing year (a call-up plan's steps before its year) and for a range's
first day whose end prints its year; a day before the signing day is never the answer.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: {n}/KH-UBND\nTân Lập, ngày {day}\n\nKẾ HOẠCH\n{title}\n\n"


def _days(text: str) -> dict[str, str | None]:
    return {d.text: d.date or d.earliest for d in extract(text).deadlines}


def test_a_review_day_of_a_years_plan_is_that_years():
    text = HEAD.format(n=40, day="05 tháng 12 năm 2026", title="Phát triển phong trào thể dục thể thao năm 2027") + (
        "1. Các thôn sơ kết phong trào trước ngày 20/6 và tổng kết năm trước ngày 18/12.\n")
    days = _days(text)
    assert days["trước ngày 20/6"] == "2027-06-20" and days["trước ngày 18/12"] == "2027-12-18"


def test_a_day_before_the_signing_is_never_the_answer():
    text = HEAD.format(n=41, day="22 tháng 12 năm 2026", title="Công tác dân vận năm 2027") + (
        "1. Các chi hội đăng ký chỉ tiêu trước ngày 30/12/2026.\n"
        "2. Các chi hội tổng kết công tác năm trước ngày 15/12.\n")
    days = _days(text)
    assert days["trước ngày 30/12/2026"] == "2026-12-30"
    assert days["trước ngày 15/12"] == "2027-12-15"  # 15/12/2026 is a week before the plan was signed


def test_the_plans_own_work_in_the_signing_year_keeps_a_near_day():
    text = HEAD.format(n=42, day="12 tháng 10 năm 2027", title="Tuyển chọn và gọi công dân nhập ngũ năm 2028") + (
        "1. Hội đồng nghĩa vụ quân sự xã tổ chức sơ tuyển sức khỏe trước ngày 25/11.\n"
        "2. Ban Chỉ huy quân sự xã lập hồ sơ công dân từ ngày 01/12 đến ngày 12/12/2027.\n"
        "3. Hội đồng nghĩa vụ quân sự xã tổ chức giao nhận quân trước ngày 20/02.\n")
    days = _days(text)
    assert days["trước ngày 25/11"] == "2027-11-25"
    assert days["trước ngày 20/02"] == "2028-02-20"
    ranged = [d for d in extract(text).deadlines if "01/12" in d.text]
    assert [(d.earliest, d.latest) for d in ranged] == [("2027-12-01", "2027-12-12")]
