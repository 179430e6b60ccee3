"""Issue 9: a borderless table's "STT" header misread ("STET", "STF") still has its TT column read again (scanbl53b).

a51-01-KH-LDLD's task table (bench/gold/authored51, spent; tests/fixtures/a51_01_task_table.json: its cells as the
document prints them) drawn borderless and scanned as bench/tt_scan.py draws it: the page's reading gave its header
"STET" (t52-03-KH-UBND's, tune52: "STF"), so vanban/ocr/serial_column.py never read the column again, the lone
numbers 2 … 7 were lost and every task ran into row 1 (1 of 7 numbers, 0 of 4 cells). A header word in capitals
read as a garbled "STT", alone in its cell, now names the column too; "SỐ" (a count column's head) does not.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from fixtures.columns import word_row

from vanban.ocr.serial_column import _tt_column

HERE = Path(__file__).resolve().parent
_SCAN = {"letter": 17, "space": 15, "height": 34}


def _column(head: str):
    words = word_row(400, (246, head), (395, "Thời gian"), (720, "Nội dung hoạt động"), **_SCAN)
    rows = [[(230.0, 390.0, 380.0, 440.0), (380.0, 390.0, 700.0, 440.0), (700.0, 390.0, 1500.0, 440.0)]]
    return _tt_column(rows, (230.0, 390.0, 1500.0, 900.0), words)


@pytest.mark.parametrize("head", ["STT", "TT", "STET", "STF", "SIT"])
def test_the_tt_header_as_read_names_the_column(head):
    col = _column(head)
    assert col is not None and col[0] == 230.0 and col[3] == 900.0


@pytest.mark.parametrize("head", ["SỐ", "Số", "Stet", "TỔ"])
def test_other_first_headers_name_no_tt_column(head):
    assert _column(head) is None


@pytest.mark.slow
def test_a51_01_task_table_drawn_borderless_keeps_its_row_numbers(tmp_path):
    sys.path.insert(0, str(HERE.parent / "bench"))
    import tt_scan

    table = json.loads((HERE / "fixtures" / "a51_01_task_table.json").read_text(encoding="utf-8"))
    png = tt_scan.draw(table, tmp_path / "a51-01.png", False, sum(map(ord, "a51-01-KH-LDLD")))
    printed, numbers, rows, _cells, _exact = tt_scan.score(table, tt_scan.read(png))
    assert printed == 7
    assert numbers >= 6 and rows >= 7, (numbers, rows)
