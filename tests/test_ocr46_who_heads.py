"""A task table's who-column head, alone between pipes in legacy OCR, reads as that head (session 46, ocr46).

Kind: eng OCR (Tesseract ``-l eng``) draws the hook of "ủ" as a stroke of its own, an "i" after the u ("Chui thé"
for Chủ thể, "Chui tich" for Chủ tịch, "cui" for của: 6 times in the sets' eng OCR); a header cell has no context
for the language model, which read "Chửi thề" (to swear), and the OCOP table's column of who must file — and its
rows' obligations — were lost (a44-04 legacy). The head words of :mod:`vanban.ocr.restore.cell_heads` now fit a
syllable with that extra i, and ``lexicon/table_heads.txt`` holds the who-columns the real documents and the gold
sets head their tables with: "Chủ thể", "Đơn vị", "Chi bộ", "Chi hội".

Header rows: eng OCR of the a44-04, t44-04, t44-06 and t44-08 tables (bench/realdocs_ocr.py), expected cells from the
documents' headers. The plan is written for this test in the style of a commune's OCOP plan.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract
from vanban.ocr.correct import correct_text
from vanban.ocr.restore.cell_heads import _syllable_fits


def test_hook_drawn_as_an_i_fits_the_head_syllable():
    assert _syllable_fits("Chui", "chu")
    assert _syllable_fits("Chu", "chu")
    assert not _syllable_fits("Chui", "cha")
    assert not _syllable_fits("Chai", "chu")  # an i after another vowel is no hook of ủ


@pytest.mark.parametrize("row, cell", [
    ("| TT | Tén san phaém | Chui thé | Loai danh gia | Hang sao dy kién | Thoi gian hoan", "| Chủ thể |"),
    ("| TT | Tén san pham | Chu thé | Hinh thifc | Hang sao du kién | Thi gian hoan thién", "| Chủ thể |"),
    ("| TT | Chi b6 | S6 dang vién hién co | Quan ching wu tu dua di boi dung | Chi ti€u", "| Chi bộ |"),
    ("| TT | Don vi | Ké hoach nam 2034 (GCN) | Da cap dén 31/10/2034 | Ty 1é (%) | H6", "| Đơn vị |"),
])
def test_legacy_header_row_keeps_its_who_column(row, cell):
    out = correct_text("PHU LUC\n\n" + row + "\n", "image-ocr").text
    assert cell in out


_PLAN = """UY BAN NHAN DAN XA DONG TIEN

KE HOACH
Phat trién san pham OCOP nam 2031

III. DANH MUC SAN PHAM DANG KY DANH GIA

| TT | Tén san phaém | Chui thé | Hang sao dy kién | Thoi han nép hé so |

| 1 | Mién dong Déng Tién | HTX Néng nghiép Déng Tién | 3 sao | Truéc 30/4/2031 |

| 2 | Tra hoa vang | Hé kinh doanh Tran Van Binh | 3 sao | Truéc 15/5/2031 |

| 3 | Nuéc mam cét | Céng ty TNHH Thuy san Bién Xanh | 4 sao | Truéc 30/5/2031 |

IV. TO CHUC THUC HIEN
"""


def test_ocop_table_rows_keep_who_must_file():
    text = correct_text(_PLAN, "image-ocr").text
    head = next(ln for ln in text.splitlines() if ln.startswith("| TT"))
    assert "| Chủ thể |" in head
    rows = {(" ".join(o.who.split()[:3]), str(o.deadline.date)) for o in extract(text).obligations if o.deadline}
    assert {("HTX Nông nghiệp", "2031-04-30"), ("Hộ kinh doanh", "2031-05-15"), ("Công ty TNHH", "2031-05-30")} <= rows
