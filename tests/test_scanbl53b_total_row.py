"""Issue 9: a numbered table's total row, no number in its TT column, stays a row of its own (scanbl53b).

A plan's per-unit table ends on a total: "| | Tổng cộng | 15 | 10 | | 1.200 |" (a51-04-KH-UBND, bench/gold/authored51,
spent), "| | Tổng cộng | 43 | 18 |" (a51-07-KH-DU), "| | Cộng lớp 1 | 15 | 490 |" (t51-10-KH-PGDDT, tune51). Printed
without rules and scanned, the table's rows open at their numbers only (vanban/ingest/unruled.py), so the total ran
into the last numbered row: "Thôn Suối Đá Tổng cộng", "5 15", "2 10" — and the targets read the total as that
thôn's. The rows are the documents' own; the word boxes are written at a 300 dpi scan's scale
(fixtures.columns.word_row). A page drawn and OCR'd the same way: tests/test_scanbl53b_total_row_scan.py.
"""

from __future__ import annotations

import pytest
from fixtures.columns import word_row

from vanban.ingest.layout import table_block
from vanban.ingest.unruled import unruled_tables

_SCAN = {"letter": 17, "space": 15, "height": 34}
_X = (246, 397, 1000, 1300, 1600, 1950)
_HEAD = ("STT", "Thôn", "Số hộ xây mới", "Số hộ sửa chữa", "Mức hỗ trợ", "Kinh phí")
# a51-04-KH-UBND's table (its "Mức hỗ trợ" cells shortened to one line)
_ROWS = [("1", "Thôn Đông", "3", "2", "60; 30", "240"), ("2", "Thôn Tây", "2", "3", "60; 30", "210"),
         ("3", "Thôn Gò Sim", "4", "1", "60; 30", "270"), ("4", "Thôn An Lạc", "1", "2", "60; 30", "120"),
         ("5", "Thôn Suối Đá", "5", "2", "60; 30", "360"), ("", "Tổng cộng", "15", "10", "", "1.200")]


def _cells(rows, head=_HEAD, x=_X):
    words = word_row(396, *zip(x, head), **_SCAN)
    for n, row in enumerate(rows):
        words += word_row(470 + 72 * n, *[(a, t) for a, t in zip(x, row) if t], **_SCAN)
    tables = unruled_tables(words)
    assert len(tables) == 1, tables
    table, box = tables[0]
    out: dict = {}
    for text, g in table_block(table, box[1], words, 2480).lines:
        out.setdefault(g.row, {})[g.col] = (out.get(g.row, {}).get(g.col, "") + " " + text).strip()
    return [tuple(c.get(k, "") for k in range(len(head))) for _, c in sorted(out.items())]


def test_a_total_row_after_the_numbered_rows_is_its_own_row():
    assert _cells(_ROWS)[1:] == _ROWS


@pytest.mark.parametrize("label", ["Cộng", "Cộng lớp 1", "Tổng số"])
def test_other_total_labels(label):
    rows = [*_ROWS[:-1], ("", label, "15", "10", "", "1.200")]
    assert _cells(rows)[-1] == rows[-1]


def test_a_subtotal_between_numbered_rows_is_its_own_row():
    """t51-10-KH-PGDDT: "Cộng lớp 1" after the first schools, numbered rows going on under it."""
    rows = [*_ROWS[:3], ("", "Cộng", "9", "6", "", "720"), *_ROWS[3:5]]
    assert _cells(rows)[1:] == rows


@pytest.mark.parametrize("line", [("", "Cộng đồng dân cư", "15", "10", "", "1.200"),
                                  ("", "tổng cộng các thôn", "15", "10", "", "1.200"),
                                  ("", "Tổng cộng", "", "", "", "")])
def test_a_task_s_next_line_goes_on_with_its_row(line):
    """A line whose words only begin like a total ("Cộng đồng"), a wrapped line (lower case), or a label with no
    figure right of it is the row above's next line, as before."""
    got = _cells([*_ROWS[:-1], line])
    assert len(got) == 6
    assert got[5][1] == "Thôn Suối Đá " + line[1]
