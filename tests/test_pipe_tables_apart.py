"""Two pipe tables one under the other, prose between them, are two tables (ddl47).

Kind: a plan typed in Markdown prints a table, a paragraph under it (the source of its money, the day its gifts must be
handed over), a numbered sub-heading and a lead-in line, then a second table whose header names no number column
("| Nội dung | Số lượng | … | Thời gian hoàn thành |"). The flowed-table reader (:mod:`vanban.structure.pipe_flow`)
allowed three lines of prose inside a table and ended one only at a header it knew by its number column, so it read the
second table's rows as the first's and the prose between as a cell: the paragraph's due date ("… xong trước ngày
26/7/2035") was then dropped as a table cell restating the prose (a45-03's labels list it). A pipe line that a
delimiter row follows is a header: the table before ends there.

The text is written here in the style of a UBND phường's plan for 27/7; the expected values are read from it.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure.pipe_flow import read_flowed_pipe_tables

HEAD = """ỦY BAN NHÂN DÂN
PHƯỜNG TÂN AN
Số: 52/KH-UBND
Tân An, ngày 10 tháng 6 năm 2035

KẾ HOẠCH
Tổ chức các hoạt động tri ân người có công năm 2035

Thực hiện Kế hoạch số 118/KH-UBND ngày 02/6/2035 của Ủy ban nhân dân thị xã, Ủy ban nhân dân phường ban hành Kế hoạch
như sau:

I. NỘI DUNG HOẠT ĐỘNG

1. Thăm, tặng quà

"""
TABLES = """| TT | Đối tượng | Mức quà (đồng/suất) | Số suất | Thành tiền (đồng) |
|---|---|---|---|---|
| 1 | Thương binh có tỷ lệ tổn thương cơ thể từ 81% trở lên | 1.000.000 | 8 | 8.000.000 |
| 2 | Thân nhân liệt sĩ | 500.000 | 20 | 10.000.000 |
| | Cộng | | 28 | 18.000.000 |

Nguồn kinh phí: ngân sách phường năm 2035; các khu phố trao quà đến tận tay đối tượng xong trước ngày 24/7/2035.

3. Sửa chữa nhà ở cho người có công

Từ nguồn Quỹ "Đền ơn đáp nghĩa" phường, thực hiện:

| Nội dung | Số lượng | Mức hỗ trợ (đồng) | Thành tiền (đồng) | Thời gian hoàn thành |
|---|---|---|---|---|
| Sửa chữa nhà ở cho người có công (khu phố 2) | 02 nhà | 30.000.000/nhà | 60.000.000 | Chậm nhất ngày 20/7/2035 |
| Tặng sổ tiết kiệm cho thân nhân liệt sĩ | 03 sổ | 5.000.000/sổ | 15.000.000 | Trao tại Lễ kỷ niệm ngày 26/7/2035 |
| **Tổng cộng** | | | **75.000.000** | |

4. Các hoạt động tri ân

- Gặp mặt người có công tiêu biểu: 08 giờ 00 ngày 24/7/2035 tại Hội trường Ủy ban nhân dân phường.
"""


def test_the_first_table_ends_before_the_prose():
    text = HEAD + TABLES
    tables = read_flowed_pipe_tables(text)
    assert len(tables) == 1  # the second header names no number column: another reader's (its due column)
    first = tables[0]
    assert text[first.start:first.end].startswith("| TT | Đối tượng")
    assert "Nguồn kinh phí" not in text[first.start:first.end]
    assert [r[1].text for r in first.rows[1:3]] == ["Thương binh có tỷ lệ tổn thương cơ thể từ 81% trở lên",
                                                    "Thân nhân liệt sĩ"]


def test_the_prose_due_date_between_the_tables_is_kept():
    # read inside the first table, the paragraph's "xong trước ngày 24/7/2035" was a cell restating the meeting's day
    # below and was dropped; it is the khu phố's own due day, and the meeting is another event on that day
    dues = [(d.text, d.date) for d in extract(HEAD + TABLES).deadlines]
    assert ("xong trước ngày 24/7/2035", "2035-07-24") in dues
    assert sum(1 for _, day in dues if day == "2035-07-24") == 2
    assert ("Chậm nhất ngày 20/7/2035", "2035-07-20") in dues  # the second table's due cell


def test_a_table_with_a_wrapped_cell_is_still_one_table():
    # prose-like lines without pipes inside a table (a cell the page wrapped) and no delimiter row below a pipe line:
    # the table goes on
    text = HEAD + ("| TT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
                   "| 1 | Rà soát danh sách đối tượng | Phòng Văn hóa - Xã hội | Trước ngày 30/6/2035 |\n"
                   "tặng quà\n"
                   "| 2 | Tổ chức thăm, tặng quà | Đoàn lãnh đạo phường | Từ ngày 20/7 đến ngày 25/7/2035 |\n")
    tables = read_flowed_pipe_tables(text)
    assert len(tables) == 1 and len(tables[0].rows) == 3
