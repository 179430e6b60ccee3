"""A department's own office "Văn phòng Sở" alone in a table's cell, as eng OCR leaves it ("Van phong S&"): the model,
with no word after it, read "Văn phòng Số" and the rows lost their body (vanban.ocr.restore.office_heads). Inputs
written for this test in eng OCR's glyphs; expected values from reading them."""

from __future__ import annotations

from vanban.ocr.restore import restore
from vanban.ocr.restore.decode import get_restorer
from vanban.ocr.restore.office_heads import office_snaps
from vanban.ocr.restore.tokens import WordIndex, scan

TABLE = """TT

Noi dung cong viéc

Don vi chu tri

1

Téng hop bao cao tinh hinh sau xuat tudn

Van phong S&

2

Cap nhat s6 liéu dién tich gieo trong

Phong Trong trot
"""


def _snaps(text: str) -> dict[str, str]:
    toks = list(scan(text))
    gen = get_restorer()
    cands = {i: gen._word_candidates(t.text, "restore") for i, t in enumerate(toks) if t.kind == "word"}
    return {toks[i].text: f for i, f in office_snaps(text, toks, cands, WordIndex(toks)).items()}


def test_the_office_of_the_department_in_a_cell():
    assert "\nVăn phòng Sở\n" in restore(TABLE).text


def test_only_a_capital_after_the_office_and_no_number_on_its_line():
    assert _snaps("Van phong S&\n\n2\n\nKé") == {"S&": "sở"}
    assert _snaps("Van phong Sd, Phong Lam nghiép") == {"Sd": "sở"}
    assert _snaps("Van phong S6 2 cla Tinh") == {}  # an office with its number
    assert _snaps("van phong s6 hoa") == {}  # "văn phòng số hóa": no capital
