"""The flowed-pipe reader ends a table at the next item's heading over prose (session 47, obl47).

A plan's item may hold a pipe table, a note under it, then the next item's heading in sentence case and its lead-in
over a second table ("2. Thăm hỏi, tặng quà" / gift table / "Nguồn kinh phí: …" / "3. Nhà tình nghĩa, sổ tiết kiệm
tình nghĩa" / "Từ nguồn Quỹ … thực hiện:" / a second table whose header has no number column, a45-03). The reader
allowed three lines without a pipe inside a table and stopped only at a heading in capitals, so the note, the heading
and the second table were read as rows of the first: the note's assignment and the second item were lost.
"""

from vanban.structure import structure_of_text
from vanban.structure.pipe_flow import read_flowed_pipe_tables

TEXT = """KẾ HOẠCH

Tổ chức các hoạt động kỷ niệm Ngày Thương binh - Liệt sĩ 27/7

II. NỘI DUNG HOẠT ĐỘNG

1. Thăm hỏi, tặng quà

UBND phường tặng quà các đối tượng theo mức sau:

| TT | Đối tượng | Mức quà (đồng/suất) | Số suất | Thành tiền (đồng) |
|---|---|---|---|---|
| 1 | Thương binh | 500.000 | 12 | 6.000.000 |
| 2 | Thân nhân liệt sĩ | 500.000 | 30 | 15.000.000 |

Nguồn kinh phí: ngân sách phường năm 2035. Các tổ dân phố trao quà đến tận tay đối tượng xong trước ngày 26/7/2035.

2. Nhà tình nghĩa

Từ nguồn Quỹ “Đền ơn đáp nghĩa” phường, thực hiện:

| Nội dung | Số lượng | Mức hỗ trợ (đồng) | Thành tiền (đồng) | Thời gian hoàn thành |
|---|---|---|---|---|
| Sửa chữa nhà ở cho người có công | 02 nhà | 40.000.000/nhà | 80.000.000 | Chậm nhất ngày 20/7/2035 |
| Trao sổ tiết kiệm tình nghĩa | 05 sổ | 5.000.000/sổ | 25.000.000 | Trao tại Lễ kỷ niệm ngày 26/7/2035 |
"""


def test_the_next_items_heading_over_prose_ends_the_table():
    note = TEXT.index("Nguồn kinh phí")
    flowed = read_flowed_pipe_tables(TEXT)
    assert flowed and all(not (t.start < note < t.end) for t in flowed)
    assert not [t for t in structure_of_text(TEXT).tables if t.start < note < t.end]


def test_a_wrapped_cell_or_a_closing_line_does_not_end_it():
    # a numbered line that closes a sentence ("2. Hoàn thành trước ngày 30/6.") or runs on with a pipe is no heading
    text = TEXT.replace("2. Nhà tình nghĩa", "2. Nhà tình nghĩa hoàn thành trước ngày 30/6/2035.")
    from vanban.structure.pipe_flow import _item_heading
    assert not _item_heading("2. Nhà tình nghĩa hoàn thành trước ngày 30/6/2035.")
    assert _item_heading("3. Nhà tình nghĩa, sổ tiết kiệm tình nghĩa")
    assert not _item_heading("| 3. Nhà tình nghĩa | 02 nhà |")
    assert read_flowed_pipe_tables(text)  # still read
