"""Issue 9: a numbered table printed without rules whose columns name no task-table kind (scanbl53).

a51-10-KH-PGDDT (bench/gold/authored51, spent) lists the schools' first-year classes under "STT | Trường | Số lớp |
Số học sinh": only "STT" is one of vanban/ingest/unruled.py's header kinds, so drawn borderless and scanned
(bench/tt_scan.py) it was no table — 0 of its rows — and each school ran into its figures as one prose line. A header
whose first part is "STT" alone, over lines that open with row numbers going up, now opens the table — also when
the scan misread one of them ("&:" for "3"), so that the OCR stage reads the STT column again
(vanban/ocr/serial_column.py) and the table is read with its rows. The rows are the document's own; the word boxes are
written here at a 300 dpi scan's scale (fixtures.columns.word_row).
"""

from __future__ import annotations

from fixtures.columns import word_row

from vanban.ingest.layout import table_block
from vanban.ingest.unruled import unruled_tables

_SCAN = {"letter": 17, "space": 15, "height": 34}
_X = (246, 397, 1300, 1700)
_ROWS = [("1", "Tiểu học Kim Điền", "5", "168"), ("2", "Tiểu học Đông Phú", "4", "131"),
         ("3", "Tiểu học Tây Lộc", "3", "96"), ("4", "Tiểu học Hòa Bình", "3", "88"), ("", "Cộng", "15", "483")]


def _words(head=("STT", "Trường", "Số lớp", "Số học sinh"), rows=_ROWS):
    words = word_row(396, *zip(_X, head), **_SCAN)
    for n, row in enumerate(rows):
        words += word_row(470 + 72 * n, *[(x, t) for x, t in zip(_X, row) if t], **_SCAN)
    return words


def _cells(words):
    tables = unruled_tables(words)
    assert len(tables) == 1, tables
    rows, box = tables[0]
    out: dict = {}
    for text, g in table_block(rows, box[1], words, 2480).lines:
        out.setdefault(g.row, {})[g.col] = (out.get(g.row, {}).get(g.col, "") + " " + text).strip()
    return out


def test_a_numbered_list_of_schools_is_a_table_of_its_rows():
    cells = _cells(_words())
    got = [(c.get(0, ""), c.get(1, ""), c.get(2, ""), c.get(3, "")) for _, c in sorted(cells.items())]
    assert got[0] == ("STT", "Trường", "Số lớp", "Số học sinh")
    assert got[1:] == _ROWS  # the total row, no number, a row of its own (scanbl53b; it had joined row 4)


def test_the_table_opens_with_a_row_number_misread():
    """"3" read "&:" (the borderless scan): three numbers of four still go up, so the table opens."""
    rows = [("&:", *r[1:]) if r[0] == "3" else r for r in _ROWS]
    assert len(unruled_tables(_words(rows=rows))) == 1


def test_a_list_of_three_rows_opens_with_its_third_number_misread():
    """a51-10-KH-PGDDT's second table (lớp 6: three schools), "3" read "°)": "1" and "2" over three lines open it."""
    rows = [("1", "THCS Kim Điền", "6", "252"), ("2", "THCS Đông Phú - Tây Lộc", "5", "208"),
            ("°)", "THCS Hòa Bình", "3", "119"), ("", "Cộng", "14", "579")]
    assert len(unruled_tables(_words(rows=rows))) == 1
    assert unruled_tables(_words(rows=[("2", *r[1:]) if r[0] == "1" else r for r in rows])) == []


def test_lines_under_stt_that_do_not_count_up_are_no_table():
    """The same header over lines opening "a", "b", "c", "d" (no row numbers): no table is made of it."""
    rows = [(m, *r[1:]) for m, r in zip("abcd", _ROWS)]
    assert unruled_tables(_words(rows=rows)) == []
