"""The size of an outbreak a food-safety plan bounds, "từ 30 người mắc trở lên", as eng OCR leaves it ("ngu@i mac tré
1én"): the model read "người mặc" (people wearing), the commoner pair, and the bound's case count lost its word
(vanban.ocr.restore.bound_words). Inputs written for this test in eng OCR's glyphs; expected values from reading them."""

from __future__ import annotations

from vanban.ocr.restore import restore
from vanban.ocr.restore.bound_words import bound_snaps
from vanban.ocr.restore.tokens import WordIndex, scan

PLAN = """2. Chi tiéu
- Khong dé xay ra vu ng6 déc thuc pham cap tinh tir 50 ngu@i mac tré 1én tai cac bép an tap thé.
- 100% co s@ kinh doanh dich vu an uéng dugc kiém tra it nhat 01 lan/nam.
"""


def test_the_case_count_before_its_bound():
    assert "từ 50 người mắc trở lên" in restore(PLAN).text


def test_only_right_before_the_bound():
    for text, want in (("50 nguoi mac tro len", {2: "mắc"}), ("nguoi mac ao tro len", {})):
        toks = list(scan(text))
        got = {i: f for i, f in bound_snaps(text, toks, WordIndex(toks)).items() if f == "mắc"}
        assert got == want
