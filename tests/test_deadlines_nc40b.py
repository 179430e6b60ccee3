"""Dates that tell when something happened, no deadlines (session 40's newcomer, nc40b).

- A Công điện's opening narrates the event it answers: "Trong tháng 10 năm 2031, do bão …, trên địa bàn tỉnh đã xảy ra
  …" — the month it is issued in, so not past, and the checklist listed it as a task of no body (226-CD-TTg).
- A list of legal bases dates the instruments it names by their signing or adoption: "- Hiệp định … được ký tại Viên
  Chăn vào ngày 12/6/2019" — a past day, no deadline (02144-QD-UBND's "Căn cứ pháp lý" column, three deadlines).
  A time limit after such words ("… ký hợp đồng trước ngày …") stays a deadline.

Sentences written for these tests in the style of those documents.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 12/CĐ-UBND\nQuảng Trị, ngày 20 tháng 10 năm 2031"


def _dues(body: str) -> list:
    text = f"{HEAD}\n\nCÔNG ĐIỆN\nVề việc khắc phục hậu quả mưa lũ\n\n{body}\n"
    return [(d.date or d.latest, d.past) for d in extract(text).deadlines]


def test_the_event_a_cong_dien_answers_is_no_deadline():
    body = ("Trong tháng 10 năm 2031, do mưa, lũ lớn tại khu vực miền núi đã xảy ra tình trạng sạt lở đất nghiêm trọng ở "
            "nhiều xã, làm gián đoạn giao thông, ảnh hưởng trực tiếp đến đời sống của Nhân dân.\n\n"
            "Để khắc phục hậu quả, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Ủy ban nhân dân các xã hoàn thành sửa chữa nhà "
            "ở cho các hộ bị thiệt hại trước ngày 30/11/2031.\n")
    assert _dues(body) == [("2031-11-30", False)]


def test_a_month_still_to_come_that_tells_of_damage_stays_when_a_task_is_asked():
    body = ("1. Trong tháng 10 năm 2031, các xã đã xảy ra sạt lở phải hoàn thành di dời các hộ dân ra khỏi vùng nguy "
            "hiểm.\n")
    assert _dues(body) == [("2031-10-31", False)]


def test_the_signing_days_of_a_legal_basis_are_no_deadlines():
    body = ("Căn cứ pháp lý của thủ tục:\n\n- Hiệp định hợp tác thương mại biên giới được ký tại Viên Chăn vào ngày "
            "12/6/2019 và tại Hà Nội vào ngày 20/6/2019; - Nghị định thư sửa đổi do Ủy ban liên hợp thông qua vào ngày "
            "03/3/2030.\n\n"
            "1. Sở Công Thương ký hợp đồng dịch vụ kiểm định trước ngày 15/11/2031.\n")
    assert _dues(body) == [("2031-11-15", False)]
