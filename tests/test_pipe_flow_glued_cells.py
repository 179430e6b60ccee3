"""A scan's flowed pipe table whose header's last name has the delimiter row glued to it ("… | Thời hạn LI---I---|---|
…", the pipe read as letters) and whose first row's number runs into its first words ("| | 1 Tổ dân phố Hòa Bình | 15 |",
the pipe lost): the rows are read as the clean table's (tgt35b, session 35; t34-10's scan lost a table of hectares and
trees per thôn so). The text below is written for this test in the layout such a scan gives, not copied from a
labelled document."""

from __future__ import annotations

from vanban.structure.pipe_flow import read_flowed_pipe_tables

_SCAN = ("Chỉ tiêu giao cho các tổ dân phố:\n\n"
         "| STT | Tổ dân phố | Cây xanh trồng mới (cây) | Thời hạn LI---I---|---|---|---| | 1 Tổ dân phố Hòa Bình | 150 | "
         "Trước ngày 30/6/2030 | | 2 | Tổ dân phố Tân Lập | 120 | Trước ngày 30/6/2030 | | 3 | Tổ dân phố Đồng Tâm | 90 |\n"
         "Trước ngày 31/7/2030 | | | Cộng | 360 | |\n\nIII. TỔ CHỨC THỰC HIỆN\n")


def test_glued_delimiter_and_glued_row_number_keep_the_rows():
    tables = read_flowed_pipe_tables(_SCAN)
    assert len(tables) == 1, tables
    t = tables[0]
    assert t.header == ("STT", "Tổ dân phố", "Cây xanh trồng mới (cây)", "Thời hạn"), t.header
    rows = [[c.text for c in r] for r in t.rows[1:]]
    assert rows[0] == ["1", "Tổ dân phố Hòa Bình", "150", "Trước ngày 30/6/2030"], rows
    assert [r[2] for r in rows[:3]] == ["150", "120", "90"], rows


def test_a_figure_cell_after_an_empty_cell_is_no_row_number():
    text = ("| STT | Tổ dân phố | Số hộ | Ghi chú |\n|---|---|---|---|\n| 1 | Tổ 1 | 45 | |\n| 2 | Tổ 2 | 38 | |\n")
    tables = read_flowed_pipe_tables(text)
    assert all([c.text for c in r][0] in ("STT", "1", "2") for t in tables for r in t.rows), tables
