"""Legacy OCR damage to a target's bound and unit (session 24, tg24b, authored23 spent).

Two damage classes a new scanned document has too, the raw lines written for these tests in the style of Tesseract
``eng``'s reading of a Kết luận and a Công văn hỏa tốc on a cold spell; expected forms written by hand:

* the capital Í of "Ít nhất" at an item's opening read as a square bracket ("- [t nhat 90% …"): restored "[t nhất",
  the minimum lost and the figure read as an exact share;
* a metric unit spelt without a vowel after its figure ("100 kg thức ăn"): restoration read its g as legacy OCR's o
  ("100 ko"), the unit lost. No Vietnamese syllable lacks a vowel, so the unit is kept as written.
"""

from __future__ import annotations

import pytest

from vanban.ocr.glyphs import legacy_glyphs
from vanban.ocr.restore import restore


def test_a_bracket_for_the_capital_i_of_it_nhat():
    assert legacy_glyphs("- [t nhat 90% doan vién, hdi vién dugc hoc tap") == "- It nhat 90% doan vién, hdi vién dugc hoc tap"


@pytest.mark.parametrize("raw", ["theo Phu luc [tai muc 2]", "[1] nhat", "xem [a] nhat"])
def test_other_brackets_stay(raw):
    assert legacy_glyphs(raw) == raw


def test_a_vowelless_unit_after_its_figure_is_kept():
    out = restore("van déng mdi hé chan nuéi dy tri it nhat 100 kg thttc an cho mdi con trau, bd").text
    assert "100 kg thức ăn" in out


def test_a_vowelless_unit_in_a_norm_cell_still_kept():
    assert restore("Nhua duong kg 8,113").text.split()[2] == "kg"
