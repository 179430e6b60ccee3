"""A quota table by unit whose legacy OCR lost cells (tg24): Tesseract drops a figure of one digit alone on its line,
and at times a row's number and name with its cells, so the figures left under one name are more or fewer than the
kinds; each goes back to the column whose size it fits (vanban.structure.quota_realign.realign). And the cell "Ít
nhất 01 mô hình/đơn vị" (a unit per unit charged) is a figure with its own unit, no next unit's name; a thousands' dot
read as a comma ("3,000 lượt") is three thousand.

The Phụ lục is written for these tests in the style of a Đoàn xã's plan (a22-04's kind, not its text); the expected
targets are the figures of the table as written, before the damage.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.indicator_cells import quota_cells
from vanban.extract.numbers import parse_number
from vanban.structure import structure_of_text

_HEAD = """ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN XÃ TÂN LẬP
Số: 21-KH/ĐTN
Tân Lập, ngày 08 tháng 01 năm 2027
KẾ HOẠCH
Thực hiện công tác Đoàn và phong trào thanh thiếu nhi năm 2027

Các chi đoàn phấn đấu hoàn thành các chỉ tiêu giao tại Phụ lục kèm theo.
TM. BAN CHẤP HÀNH
BÍ THƯ
Lê Văn Nam
PHỤ LỤC
CHỈ TIÊU PHONG TRÀO NĂM 2027 GIAO CHO CÁC CHI ĐOÀN
(Kèm theo Kế hoạch số 21-KH/ĐTN ngày 08/01/2027 của BCH Đoàn xã)
STT
Đơn vị
Công trình thanh niên (công trình)
Mô hình thanh niên phát triển kinh tế (mô hình)
Cây xanh trồng mới (cây)
"""

# the table as printed: 1 | An Phú | 12 | 3 | 2.500 — 2 | Bình Minh | 10 | 2 | 3.000 — 3 | Cát Lâm | 8 | 4 | 1.800 —
# 4 | Trường THCS | 15 | 1 | 4.200 — 5 | còn lại | 20 | Ít nhất 01 mô hình/đơn vị | 6.500 — Tổng cộng | 65 | | 18.000
_CLEAN = _HEAD + """1
Chi đoàn thôn An Phú
12
3
2.500
2
Chi đoàn thôn Bình Minh
10
2
3.000
3
Chi đoàn thôn Cát Lâm
8
4
1.800
4
Chi đoàn Trường THCS Tân Lập
15
1
4.200
5
Các chi đoàn còn lại
20
Ít nhất 01 mô hình/đơn vị
6.500
Tổng cộng
65

18.000
"""

# legacy OCR: row 1's "3" lost, row 2 lost but its trees ("3.000"), row 4's "1" lost, blank lines where it pleased
_LEGACY = (_CLEAN.replace("12\n3\n2.500\n2\nChi đoàn thôn Bình Minh\n10\n2\n3.000\n", "12\n\n2.500\n\n3.000\n")
           .replace("8\n4\n", "8\n\n4\n").replace("15\n1\n4.200", "15\n\n4.200")
           .replace("Tổng cộng\n65\n", "Tổng cộng\n\n65\n"))
assert _LEGACY.count("\n3.000\n") == 1 and "Bình Minh" not in _LEGACY and "15\n\n4.200" in _LEGACY


def _got(text):
    # the unit a column head names in its parentheses ("Cây xanh trồng mới (cây)" → "cây"; the reader keeps the head's
    # lead when it opens with the unit, "cây xanh trồng mới", which the bench's unit match takes as "cây")
    return [(x.text, x.min, x.max, x.unit.split(" thanh")[0].split(" xanh")[0])
            for x in quota_cells(structure_of_text(text).tables)[0]]


def test_the_clean_table_with_a_per_unit_cell_reads_every_figure_in_its_column():
    assert _got(_CLEAN) == [
        ("12", 12, 12, "công trình"), ("3", 3, 3, "mô hình"), ("2.500", 2500, 2500, "cây"),
        ("10", 10, 10, "công trình"), ("2", 2, 2, "mô hình"), ("3.000", 3000, 3000, "cây"),
        ("8", 8, 8, "công trình"), ("4", 4, 4, "mô hình"), ("1.800", 1800, 1800, "cây"),
        ("15", 15, 15, "công trình"), ("1", 1, 1, "mô hình"), ("4.200", 4200, 4200, "cây"),
        ("20", 20, 20, "công trình"), ("Ít nhất 01 mô hình/đơn vị", 1, None, "mô hình"), ("6.500", 6500, 6500, "cây")]


def test_the_legacy_table_that_lost_cells_and_a_row_puts_each_figure_left_in_its_column():
    assert _got(_LEGACY) == [
        ("12", 12, 12, "công trình"), ("2.500", 2500, 2500, "cây"),
        ("3.000", 3000, 3000, "cây"),  # the lost row's trees: no unit's name left, its column kept
        ("8", 8, 8, "công trình"), ("4", 4, 4, "mô hình"), ("1.800", 1800, 1800, "cây"),
        ("15", 15, 15, "công trình"), ("4.200", 4200, 4200, "cây"),
        ("20", 20, 20, "công trình"), ("Ít nhất 01 mô hình/đơn vị", 1, None, "mô hình"), ("6.500", 6500, 6500, "cây")]
    facts = {(x.min, x.max, x.unit.split()[0]) for x in extract(_LEGACY).targets}
    assert (3000, 3000, "cây") in facts and (4200, 4200, "cây") in facts
    assert not any(x.unit == "mô hình" and (x.min or 0) > 100 for x in extract(_LEGACY).targets)


def test_a_row_of_figures_of_one_size_stays_as_read():
    # the columns' sizes cannot tell a lost cell's column apart: the figures fill the columns left to right, as before
    text = _CLEAN.replace("12\n3\n2.500", "12\n2.500")
    got = _got(text)
    assert ("2.500", 2500, 2500, "cây") in got


def test_a_thousands_dot_read_as_a_comma():
    assert parse_number("3,000") == 3000
    assert parse_number("3,5") == 3.5 and parse_number("3,05") == 3.05 and parse_number("3,0") == 3.0
    assert parse_number("12,000") == 12000
