"""Tables of figures by row as legacy OCR prints them, a cell a line (session 36, ocr36):

* the header's names stand on consecutive lines, so no blank-line rhythm shows the header: two columns named with their
  unit in parentheses ("Mức quà (đồng/suất)", "Thành tiền (đồng)", "Tài liệu tồn đọng (mét giá)") under a number
  column make the header a table's (vanban.structure.vocab.UNIT_COL), as column words make a task table's;
* a row OCR glued two cells of ("Gia đình chính sách …" / "20", no blank line between) comes a cell short, and the
  sums' row "Tổng cộng" opens where the row still wants a cell: the row is read again, the sums' row is the last;
* a header cell alone on its line is restored as a known header ("Thén" is "Thôn", "SO suat" is "Số suất",
  vanban/ocr/restore/lexicon/table_heads.txt), so the quota and gift readers find their tables;
* a row's cell with a note in parentheses ("Chi bộ ấp Tân Phú (đại hội điểm)") names no column.

The documents are written for this test in the style of a xã's plans (names, figures and dates invented); the OCR
glyphs are those Tesseract ``-l eng`` writes for marked letters.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.ocr.restore import restore
from vanban.structure import structure_of_text
from vanban.structure.stacked import _unit_col
from vanban.structure.plan_tables import PLAN

_GIFTS = """ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH
Số 88/KH-UBND
Hòa Bình, ngày 02 tháng 01 năm 2028
KẾ HOẠCH
Thăm hỏi, tặng quà Tết Nguyên đán Mậu Thân năm 2028
I. MỨC QUÀ VÀ ĐỐI TƯỢNG
Quà của xã

TT
Đối tượng
Số suất
Mức quà (đồng/suất)
Thành tiền (đồng)

1

Hộ nghèo
45

300.000

13.500.000

2

Người cao tuổi neo đơn
18
300.000
5.400.000

3

Trẻ em mồ côi
9

500.000
4.500.000

4
Gia đình có công có hoàn cảnh khó khăn
12

Tổng cộng

84

27.400.000

(Bằng chữ: Hai mươi bảy triệu bốn trăm nghìn đồng)
II. TỔ CHỨC THỰC HIỆN
Công chức Văn hóa - Xã hội lập danh sách, trình UBND xã trước ngày 15/01/2028.
"""


def _rows(text: str) -> list[list[str]]:
    tables = [t for t in structure_of_text(text).tables if t.role != PLAN]  # the plan reader's second Table aside
    assert len(tables) == 1
    return [[c.text.strip() for c in r] for r in tables[0].rows]


def _gifts(row4: str, total: str) -> str:
    """The gift plan with row 4's lines and the sums' figure written as given."""
    return _GIFTS.replace("4\nGia đình có công có hoàn cảnh khó khăn\n12\n", row4).replace("84\n\n27.400.000", total)


def test_a_gift_table_whose_names_stand_on_consecutive_lines():
    gifts = _gifts("4\nGia đình có công có hoàn cảnh khó khăn\n12\n\n700.000\n\n8.400.000\n", "84\n\n35.800.000")
    rows = _rows(gifts)
    assert rows[0] == ["TT", "Đối tượng", "Số suất", "Mức quà (đồng/suất)", "Thành tiền (đồng)"]
    assert rows[1] == ["1", "Hộ nghèo", "45", "300.000", "13.500.000"]
    assert rows[4] == ["4", "Gia đình có công có hoàn cảnh khó khăn", "12", "700.000", "8.400.000"]
    assert rows[5][1:3] == ["Tổng cộng", "84"] and len(rows) == 6  # the note in words under it is no row
    counts = {t.min for t in extract(gifts).targets if t.unit and t.unit.startswith("suất")}
    assert {45, 18, 9, 12} <= counts


def test_a_row_glued_short_before_the_sums_row():
    # row 4: its name and its count one paragraph (no blank line between), then the sums' row where a cell is due
    rows = _rows(_gifts("4\n\nGia đình có công có hoàn cảnh khó khăn\n12\n\n500.000\n\n6.000.000\n",
                        "84\n\n29.400.000"))
    assert rows[4] == ["4", "Gia đình có công có hoàn cảnh khó khăn", "12", "500.000", "6.000.000"]
    assert rows[5][1] == "Tổng cộng" and rows[5][2] == "84"
    assert not any("Bằng chữ" in c for r in rows for c in r)


_ARCHIVE = """ỦY BAN NHÂN DÂN
PHƯỜNG AN KHÁNH
Số 51/KH-UBND
An Khánh, ngày 10 tháng 3 năm 2028
KẾ HOẠCH
Chỉnh lý tài liệu tồn đọng năm 2028
Các phòng, đơn vị chỉnh lý, giao nộp tài liệu theo bảng sau:

TT
Phòng, đơn vị
Tài liệu tồn đọng (mét giá)
Hồ sơ năm 2027 nộp lưu (hồ sơ)

Thời hạn giao nộp

1

Văn phòng HĐND và UBND phường
12,5

640

Trước ngày 30/6/2028

2

Phòng Kinh tế
8,0

410

Trước ngày 30/6/2028

3

Phòng Văn hóa - Xã hội
6,5

350

Trước ngày 31/7/2028

Tổng cộng
27,0
1.400
"""


def test_a_task_table_with_figure_columns_named_by_their_units():
    rows = _rows(_ARCHIVE)
    assert rows[0][2:4] == ["Tài liệu tồn đọng (mét giá)", "Hồ sơ năm 2027 nộp lưu (hồ sơ)"]
    assert rows[3] == ["3", "Phòng Văn hóa - Xã hội", "6,5", "350", "Trước ngày 31/7/2028"]


def test_a_unit_column_is_a_short_name_of_common_words():
    assert _unit_col("Thành tiền (đồng)") and _unit_col("Hồ sơ năm 2027 nộp lưu (hồ sơ)")
    assert not _unit_col("Chi bộ ấp Tân Phú (đại hội điểm)")  # a row's cell: a proper name with a note
    assert not _unit_col("Kinh phí năm 2028 là 120 (triệu đồng)")  # a figure in the name: prose


def test_a_figure_table_whose_row_numbers_ocr_lost_is_not_read_from_them():
    # rows 1 and 3 lost their numbers: a table of figures is read by its cells' rhythm or not at all, never
    # loosely from its numbers (the rows would run on into the text below it)
    text = """KẾ HOẠCH
Trồng rừng năm 2028
2. Chỉ tiêu giao cho các thôn

TT
Thôn
Trồng rừng (ha)

Trồng cây phân tán (cây)

Nà Lầu
12
3.000
2

Khau Vai
9

2.500

Bản Phố
7
1.500
III. TỔ CHỨC THỰC HIỆN
1. Thời vụ
- Trồng rừng từ tháng 7 đến tháng 9/2028.
"""
    for t in structure_of_text(text).tables:
        assert not any("THỰC HIỆN" in c.text or "Thời vụ" in c.text for r in t.rows for c in r)


def test_header_cells_alone_on_their_lines_restore_as_known_heads():
    quota = "2. Chi tiéu giao cho cac th6n\nTT\nThén\nTréng rirng (ha)\n1\nNa Lau\n12\n"
    assert restore(quota).text.splitlines()[2] == "Thôn"
    gifts = "TT\nDoi twong\nSO suat\nMifc qua (d6ng/suat)\n"
    assert restore(gifts).text.splitlines()[2] == "Số suất"


def test_a_lone_six_after_a_count_is_the_noun_it_counts():
    # (the restorer's lone_glyphs) "ổ" of "ổ nhóm" read as a "6" right after the count: two bare numbers in a row are
    # no prose; the count of a time unit and an article's number keep their digits
    text = "2. Phan dau triét pha it nhat 02 6 nhém cd bac, lé dé trong nam 2028.\n"
    assert "02 ổ nhóm" in restore(text).text
    assert "03 6 tháng" in restore("Trong 03 6 thang dau nam 2028, cac xa bao cao két qua.\n").text
