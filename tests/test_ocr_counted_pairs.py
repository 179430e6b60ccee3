"""A count's two-syllable noun that legacy OCR wrote whole stays that noun (:mod:`vanban.ocr.restore.page_counts`).

"Ban Chấp hành 15 đồng chí" reaches eng OCR as "15 dong chi"; the language model read "dòng chữ" (lines of text) where
the clause ends after it, and a congress plan's body sizes lost their unit. "chữ" would reach OCR as "chu", never
"chi": after a count, "dong chi" is "đồng chí". Texts written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("read, meant", [
    ("Ban Chap hanh khéa III gom 15 dong chi.", "15 đồng chí."),
    ("Ban Thuong vu 05 dong\nchi, trong dé 01 Chu tich.", "05 đồng\nchí,"),
    ("Uy ban Kiém tra 03 dong chi; Ban Thuong vu 04 dong chi.", "03 đồng chí; Ban Thường vụ 04 đồng chí."),
])
def test_comrades_after_a_count_survive_legacy_ocr(read, meant):
    from vanban.ocr.glyphs import legacy_glyphs
    from vanban.ocr.restore import restore

    assert meant in restore(legacy_glyphs(read), "restore").text


def test_lines_of_text_printed_so_stay_lines():
    from vanban.ocr.glyphs import legacy_glyphs
    from vanban.ocr.restore import restore

    assert "05 dòng chữ" in restore(legacy_glyphs("Bang tin gom 05 dong chu in dam."), "restore").text
