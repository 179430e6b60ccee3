"""A school's table of floors per grade in legacy OCR (ocr40b): its "Khối" head and rows whose opening pipe was lost.

* the grade column's head "Khối" read "Khéi" (the ố's hat and acute drawn as one acute over an e) stood alone in its
  cell, and the language model left it so: a known table head (``lexicon/table_heads.txt``) now, snapped as the others;
* a row's opening pipe read as a stroke glyph glued to the row's number ("17 |5| 178 |" for "| 7 | 5 | 178 |") left the
  row no pipe row, and the quota reader skipped it: the number, the glyph left out, follows the row above's, so the
  glyph is the pipe (a row numbered 17 follows 16 and is read as printed).

Texts written for these tests: a school's reading-corner plan, floors of books and borrowings per grade.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.ocr.correct import correct_text
from vanban.structure.figure_tables import read_figure_tables

_LEGACY_HEAD = ("Chi tiéu cu thé cho cac khéi:\n\n"
                "| Khéi | S6 lop | S6 dau sach géc thu vién (t6i thiéu) | Luot doc tai ch6 (t6i thiéu) |\n")

_ROWS = ("Chỉ tiêu cho các khối:\n\n"
         "| Khối | Số lớp | Số đầu sách (tối thiểu) | Lượt đọc tại chỗ (tối thiểu) |\n\n"
         "~~\n\n"
         "| 10 | 6 | 120 | 300 |\n\n"
         "111 |6| 110 | 280 |\n\n"
         "[12 | 5 | 90 | 250 |\n\n"
         "| Cộng | 17 | 320 | 830 |\n\n"
         "III. TỔ CHỨC THỰC HIỆN\n")


def test_grade_head_misread_is_read_as_khoi():
    text = correct_text(_LEGACY_HEAD, "image-ocr").text
    head = next(ln for ln in text.splitlines() if ln.startswith("| "))
    assert head.startswith("| Khối |")


def test_rows_whose_opening_pipe_was_read_as_a_glyph():
    (t,) = [t for t in read_figure_tables(_ROWS) if t.rows]
    firsts = [[c.text for c in r if c.text][0] for r in t.rows[1:]]
    assert firsts == ["10", "11", "12", "Cộng"]


def test_floors_of_every_grade_are_targets():
    got = sorted(t.min for t in extract(_ROWS).targets if t.unit and t.unit.startswith("lượt"))
    assert got == [250, 280, 300, 830]


def test_a_row_whose_number_does_not_follow_keeps_its_glyph():
    text = _ROWS.replace("111 |6| 110 | 280 |", "115 |6| 110 | 280 |")
    (t,) = [t for t in read_figure_tables(text) if t.rows]
    firsts = [[c.text for c in r if c.text][0] for r in t.rows[1:]]
    assert "15" not in firsts and "11" not in firsts
