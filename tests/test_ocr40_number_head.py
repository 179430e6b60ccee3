"""A pipe table's number column head "TT" misread by legacy OCR (session 40, ocr40).

Tesseract ``-l eng`` reads a bold "TT" between pipes as "IT" (a stroke for the first T). Alone in its cell the word
has no context, and the restorer's language model made it "U"; the header "| U | Thôn | Số hộ | …" was then no
quota table's (its first cell names no number column) and every row's quota was lost. The first cell of a pipe row
read as a header (:mod:`vanban.ocr.restore.cell_heads`) is the number column's head when it is "TT" one stroke
glyph off.

Texts written for these tests: a commune's plan to fit rooftop solar panels and rain tanks, per thôn.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.ocr.correct import correct_text

_LEGACY = """UY BAN NHAN DAN XA DONG LAM

KE HOACH
Lap dat dién mat trdi mai nha nam 2030

II. CHI TIEU

Giao chi tiéu cho cac thén nhu sau:

| IT | Thon | S6 h6 | Hé lap mdi (hé) | Be chira nudc mua (be) |

| 1 | Thon Bai Soi | 215 | 14 | 9 |

| 2 | Thon Go Mit | 180 | 11 | 7 |

| 3 | Thon Suoi Cat | 240 | 16 | 12 |

III. TO CHUC THUC HIEN
"""


def test_misread_number_head_is_read_as_tt():
    text = correct_text(_LEGACY, "image-ocr").text
    head = next(ln for ln in text.splitlines() if ln.startswith("| ") and "Thôn |" in ln)
    assert head.startswith("| TT |")


def test_quota_table_under_a_misread_number_head_keeps_its_rows():
    text = correct_text(_LEGACY, "image-ocr").text
    figures = {t.min for t in extract(text).targets}
    assert {14, 11, 16, 9, 7, 12} <= figures


def test_it_in_prose_or_a_data_row_is_left_alone():
    prose = "Phong IT cua xa\n\nung dung cong nghé thong tin\n"
    assert "IT" in correct_text(prose, "image-ocr").text
    row = ("| TT | Thon | S6 h6 |\n\n| IT | Thon Bai Soi | 215 |\n")
    out = correct_text(row, "image-ocr").text
    assert "| TT | Thôn |" in out and "| TT | Thôn Bãi" not in out
