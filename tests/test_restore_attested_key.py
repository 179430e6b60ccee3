"""A garble the OCR was seen to write for one key keeps that key among its readings.

Why: legacy OCR drops the vowel of "đồng" ("ty dng" for "tỷ đồng"); the whole-token statistics saw
"dng" stand for "dong" three times in four, at a price above the confusion rules' cheaper readings
(ông, ăng), whose many tones filled every candidate slot — no context could then choose "đồng" and
an amount lost its unit ("420 tỷ dng"). Expected readings are ordinary Vietnamese amounts in my own
phrasing, not vanban's output.
"""

from __future__ import annotations

import pytest

from vanban.ocr.restore import get_restorer, restore


def test_vowelless_garble_offers_the_key_it_mostly_stood_for():
    forms = [c.form for c in get_restorer().gen("dng")]
    assert "đồng" in forms


@pytest.mark.parametrize("garbled, expected", [
    ("Tong du toan thu ngan sach nam nay la 120 ty dng, tang so voi nam truoc", "120 tỷ đồng"),
    ("- Tong von dau tu toan xa hoi tu 420 ty dng den 450 ty dong.", "420 tỷ đồng đến 450 tỷ đồng"),
])
def test_amount_keeps_its_unit(garbled, expected):
    assert expected in restore(garbled).text
