"""Issue 9: the place of a place-date line (real layouts of provincial and Party plans, 2026).

A number and the place-date copied onto one line with one space ("Số: 77/KH-UBND Tuyên Quang, ngày …", text
copied from a PDF whose two header columns share a baseline): the place never takes the tail of the số ký
hiệu's code. A date whose day and month are both left blank for the clerk still prints its place."""
import pytest

from vanban.extract import extract

BODY = ("\n\nKẾ HOẠCH\nTriển khai thực hiện chuyển đổi số năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\n"
        "Nâng cao hiệu quả quản lý nhà nước trên địa bàn tỉnh.\n")


@pytest.mark.parametrize("header, number, place", [
    ("ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 77/KH-UBND Tuyên Quang, ngày 03 tháng 3 năm 2026", "77/KH-UBND", "Tuyên Quang"),
    ("CHÍNH PHỦ\nSố: 77/KH-CP Hà Nội, ngày 03 tháng 3 năm 2026", "77/KH-CP", "Hà Nội"),
    ("ĐẢNG BỘ TỈNH TUYÊN QUANG\nTỈNH ỦY\nSố 77-KH/TU Tuyên Quang, ngày 03 tháng 3 năm 2026", "77-KH/TU", "Tuyên Quang"),
])
def test_place_is_not_the_number_code_tail(header, number, place):
    m = extract(header + BODY).metadata
    assert (m.number, m.place, m.date) == (number, place, "2026-03-03")


@pytest.mark.parametrize("header, number", [
    ("ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 77/KH-UBND\nTuyên Quang, ngày   tháng   năm 2026", "77/KH-UBND"),
    ("ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố:    /KH-UBND\nTuyên Quang, ngày ... tháng ... năm 2026", None),
])
def test_day_and_month_blank_keeps_the_place(header, number):
    m = extract(header + BODY).metadata
    assert (m.number, m.place, m.date) == (number, "Tuyên Quang", "2026")  # the year printed: a partial date (test_partial_date.py)
