"""A date of issue whose year lost its last digit on a scan ("Hà Nội, ngày 19 tháng 11 năm 202", 17986/BTC-CT as
session 48's newcomer scanned it: the right column's edge cut the 5). The year is completed only from what the
document says elsewhere — its số ký hiệu's year, else the commonest year of its dates that is no earlier than a year its
"Căn cứ" clauses cite — else the date stays unknown; never a three-digit year (scan49).

Texts written here in a Công văn's and a Quyết định's style.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract
from vanban.structure.header import repaired_year

CONG_VAN = ("BỘ TÀI CHÍNH\n{number}\nV/v Phổ biến Cẩm nang nghiệp vụ thuế\nHà Nội, ngày 19 tháng 11 năm {year}\n\n"
            "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n\n{basis}\n\n"
            "Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh, thành phố chỉ đạo phổ biến Cẩm nang{due}.\n\n"
            "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTrịnh Văn Phong\n")
BASIS = "Căn cứ Nghị định số 122/2025/NĐ-CP ngày 11/6/2025 của Chính phủ quy định về phân cấp trong lĩnh vực thuế;"


def _date(number: str, year: str, basis: str = BASIS, due: str = "") -> str | None:
    return extract(CONG_VAN.format(number=number, year=year, basis=basis, due=due)).metadata.date


def test_the_year_cut_at_the_edge_is_completed_from_the_cited_dates():
    assert _date("Số: 17986/BTC-CT", "202") == "2025-11-19"


def test_the_number_s_year_decides():
    assert _date("Số: 45/2026/QĐ-UBND", "202", basis="Căn cứ Luật Quản lý thuế ngày 13 tháng 6 năm 2019;") \
        == "2026-11-19"


def test_a_later_deadline_does_not_pull_the_year_past_the_cited_ones():
    # two dates of 2025 (the Căn cứ and the trích yếu's) against one deadline in 2026: the commonest
    text_due = " trước ngày 15/01/2026"
    assert _date("Số: 17986/BTC-CT", "202", due=text_due) == "2025-11-19"


def test_no_evidence_leaves_the_date_unknown_never_a_three_digit_year():
    assert _date("Số: 17986/BTC-CT", "202", basis="Thực hiện chỉ đạo của Lãnh đạo Bộ về công tác hỗ trợ cấp xã;") is None


@pytest.mark.parametrize("y, number, view, year", [
    ("202", "45/2025/QĐ-UBND", "", "2025"),
    ("202", None, "can cu nghi dinh so 12/2025/nd-cp ngay 11/6/2025;\ntruoc ngay 15/12/2025", "2025"),
    ("202", None, "can cu nghi dinh so 12/2025/nd-cp ngay 11/6/2025;\nnam 2024 dat 95%; nam 2024 dat 90%", "2025"),
    ("202", None, "can cu luat ngay 13 thang 6 nam 2019", None),
    ("201", None, "ngay 15/12/2025", None),
])
def test_repaired_year_of_three_digits(y, number, view, year):
    assert repaired_year(y, number, view) == year
