"""A column named by its unit in brackets ("Thành tiền (đồng)", vanban.structure.vocab.UNIT_COL) against an indicator
row whose name ends in its acronym in brackets ("Chỉ số hài lòng của người dân (SIPAS)"): the acronym spells out the name
before it, no unit, so the row is not read into the header of a table printed without a number column.

The table is written here as a page copy of an HĐND's Nghị quyết on a year's plan gives it (cells one blank line
apart, rows two: realdocs/md2plain.py), its header "Chỉ tiêu | ĐVT | Mục tiêu năm 2028" with no "STT".
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text
from vanban.structure.stacked import _unit_col

_DOC = """HỘI ĐỒNG NHÂN DÂN
TỈNH QUẢNG TRỊ

Số: 61/NQ-HĐND

Quảng Trị, ngày 10 tháng 12 năm 2027

NGHỊ QUYẾT
VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2028

HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG TRỊ

QUYẾT NGHỊ:

Điều 1. Các chỉ tiêu chủ yếu năm 2028

Chỉ tiêu

ĐVT

Mục tiêu năm 2028


Chỉ số hài lòng của người dân (SIPAS)

%

Từ 85 trở lên


Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)

Bậc

Tăng 3 bậc


Thu hút vốn đầu tư trực tiếp nước ngoài (FDI)

Triệu USD

150


Điều 2. Tổ chức thực hiện

Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.

Nơi nhận:
- Thường trực Tỉnh ủy;
- Lưu: VT.

CHỦ TỊCH
Lê Văn Hòa
"""


def test_an_acronym_in_brackets_names_no_unit_column():
    assert not _unit_col("Tốc độ tăng năng suất lao động (NSLĐ)")
    assert not _unit_col("Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)")


def test_a_unit_in_capitals_or_a_currency_code_still_names_one():
    assert _unit_col("THÀNH TIỀN (ĐỒNG)")  # a header printed in capitals throughout
    assert _unit_col("Thành tiền (VNĐ)") and _unit_col("Giá trị xuất khẩu (USD)")
    assert _unit_col("Diện tích trồng mới (ha)")


def test_the_header_ends_before_the_first_indicator_row():
    (t,) = [t for t in structure_of_text(_DOC).tables if t.role == "data"]
    assert t.header == ("Chỉ tiêu", "ĐVT", "Mục tiêu năm 2028")
    assert [r[0].text for r in t.rows[1:]] == ["Chỉ số hài lòng của người dân (SIPAS)",
                                                "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)",
                                                "Thu hút vốn đầu tư trực tiếp nước ngoài (FDI)"]


def test_the_rows_are_targets():
    got = [(t.min, t.max, t.unit) for t in extract(_DOC).targets]
    assert (85.0, None, "%") in got and (150.0, 150.0, "triệu USD") in got
