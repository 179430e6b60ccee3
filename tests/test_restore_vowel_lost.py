"""A token that spells no vowel letter lost it to the OCR: its candidates include the keys one
vowel gives back.

Why: legacy OCR drops a faint vowel ("xác" → "xc", "các" → "cc", "gốc" → "gc"). The confusion
rules only substitute letters ("c" for "e": "xc" → xe), and edit-distance neighbours were searched
for tokens of three letters and more, so "xc dinh" (xác định) was restored "xe dính" (a26-03's
legacy form). Expected readings are the ordinary Vietnamese words the garbles stand for.
"""

from __future__ import annotations

import pytest

from vanban.ocr.restore import get_restorer, restore


@pytest.mark.parametrize("token, word", [("xc", "xác"), ("cc", "các"), ("gc", "gốc"), ("cp", "cấp")])
def test_vowelless_token_offers_the_word_with_its_vowel(token, word):
    forms = [c.form for c in get_restorer().gen(token)]
    assert word in forms


@pytest.mark.parametrize("garbled, expected", [
    ("Cac so, nganh lien quan xc dinh dien tich dat can thu hoi", "xác định diện tích"),
    ("hu6ng dan xdc dinh ngu6n gc dat cho cac hd dan", "nguồn gốc đất"),
])
def test_context_picks_the_restored_vowel(garbled, expected):
    assert expected in restore(garbled).text


def test_a_lone_letter_gets_no_vowel():
    # a list marker ("b)") is never read as a syllable with a vowel put back
    assert all(len(c.form) == 1 for c in get_restorer().gen("b") if c.form.isalpha())


def test_a_token_the_statistics_attest_keeps_its_key_among_guessed_neighbours():
    # legacy OCR writes "được" as "dug" (the hook and the final c merged into one glyph); the
    # whole-token statistics saw it so, and the reading must not be crowded out by edit-distance
    # guesses ("dự", "dụng", "dùng") the statistics never saw ("cơ quan dug giao" → "dự giao")
    forms = [c.form for c in get_restorer().gen("dug")]
    assert "được" in forms
    assert "cơ quan được giao chủ trì" in restore(
        "4. Ddi véi cac nhiém vu chua hoan thanh, Thu trudng cac co quan dug giao chu tri khan trong trién khai").text
