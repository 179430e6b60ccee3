"""A scan's flowed table whose first column names its units, no number column (ocr40b).

A table of figures per grade, per tổ or per đơn vị opens with the units' own column ("| Đơn vị | Số đoàn viên | … |")
and numbers no row: the flowed reader took only headers opening with a number column (TT, STT, …), so such a table
run onto one line by a scan was no table and its quotas were lost. The delimiter row run on after its names — on the
same line, or after its last name the page wrapped — says a table begins; its rows are then read by the header's
column count, a figure's "}" (a thin rule Tesseract read as a brace) given back as the pipe it was.

Texts written for these tests: a youth union's quotas of volunteer hours per branch.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure.pipe_flow import read_flowed_pipe_tables

_ONE_LINE = ("Giao chỉ tiêu cho các chi đoàn:\n\n"
             "| Chi đoàn | Số đoàn viên | Giờ tình nguyện (tối thiểu) | |---|---|---| | Khu A | 42 | 300 || Khu B | 37 }"
             " 260 || Khu C | 51 | 350 | | Cộng | 130 | 910 |\n\nIII. TỔ CHỨC THỰC HIỆN\n")

_WRAPPED = ("Giao chỉ tiêu cho các chi đoàn:\n\n"
            "| Chi đoàn | Số đoàn viên | Giờ tình nguyện\x0c(tối thiểu) | |---|---|---| | Khu A | 42 | 300 || Khu B | 37 |"
            " 260 || Khu C | 51 | 350 | | Cộng | 130 | 910 |\n\nIII. TỔ CHỨC THỰC HIỆN\n")


def _rows(t):
    return [[c.text for c in row] for row in t.rows]


def test_units_head_with_its_delimiter_is_a_table():
    (t,) = read_flowed_pipe_tables(_ONE_LINE)
    rows = _rows(t)
    assert rows[0] == ["Chi đoàn", "Số đoàn viên", "Giờ tình nguyện (tối thiểu)"]
    assert rows[2] == ["Khu B", "37", "260"]  # the brace read back as a pipe
    assert rows[-1] == ["Cộng", "130", "910"]


def test_units_head_whose_last_name_the_page_wrapped():
    (t,) = read_flowed_pipe_tables(_WRAPPED)
    assert len(t.rows) == 5 and _rows(t)[3] == ["Khu C", "51", "350"]


def test_quotas_of_the_units_table_are_targets():
    got = [(x.min, x.unit) for x in extract(_ONE_LINE).targets]
    assert got == [(300, "giờ"), (260, "giờ"), (350, "giờ"), (910, "giờ")]


def test_names_without_a_delimiter_are_no_table():
    text = "Ghi chú: | Chi đoàn | Số đoàn viên | Giờ tình nguyện | Khu A | 42 | 300 |\n"
    assert read_flowed_pipe_tables(text) == []
