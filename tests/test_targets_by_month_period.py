"""A target to reach by a month named before it in its clause ("phấn đấu đến cuối tháng 10/2026 có ít nhất 70% giao
dịch được thanh toán trực tuyến", 18-KH/ĐU as a newcomer read it, session 26) has that month as its period, not the
plan's year — as "đến năm 2030 đạt 80%" has "năm 2030" (issue 10). Our own phrasing of the kind."""

from __future__ import annotations

from vanban.extract import extract

DOC = """ĐẢNG ỦY XÃ HÒA AN
Số: 07-KH/ĐU
Hòa An, ngày 10 tháng 01 năm 2027

KẾ HOẠCH
Phát triển nước sạch nông thôn năm 2027

1. Vận động Nhân dân lắp đặt đồng hồ nước; phấn đấu đến hết tháng 9/2027 có ít nhất 85% hộ gia đình sử dụng nước sạch.
2. Phấn đấu 100% trường học có công trình vệ sinh đạt chuẩn.
"""


def _periods():
    return {t.min: t.period for t in extract(DOC).targets}


def test_the_month_before_the_figure_is_its_period():
    assert _periods()[85.0] == "hết tháng 9/2027"


def test_a_figure_without_one_keeps_the_plans_year():
    assert _periods()[100.0] == "năm 2027"
