"""A syllable legacy OCR printed as digits ("16" for lộ / rõ, "14" for lá / là) opening a clause after a comma,
semicolon or colon gets its word readings, as between two words (:func:`vanban.ocr.restore.lone_glyphs._after_mark`).

Why: the readings were offered only right after a word, so "kế hoạch cụ thể, 16 trình thực hiện" kept a figure
where the page printed "lộ trình", and the figure then stood for a count of "trình". The language model decides at
the same channel price as between words: a real count after a list's colon ("gồm: 14 cơ quan") stays a count.
Inputs are vanban's own sentences, written as eng OCR prints them (marks dropped or read as digits).
"""

from __future__ import annotations

from vanban.ocr.correct import correct_text


def _read(raw: str) -> str:
    return correct_text(raw, "image-ocr").text


def test_digit_syllable_after_a_comma_reads_as_its_word():
    out = _read("Cac don vi x4y dung ké hoach cu thé, 16 trinh thuc hién tirng nam va bdo cdo Uy ban nhan dan x4 "
                "vé s6 liéu.")
    assert "cụ thể, lộ trình thực hiện" in out


def test_counts_after_a_colon_stay_figures():
    out = _read("Thanh phan tham dy gém: 14 co quan, don vi cap tinh va dai dién cdc x4, th6n.")
    assert "gồm: 14 cơ quan" in out
    out = _read("Két qua: 14 x4 dat chuan, 16 th6n dat chuan néng thén mdi; s6 hé nghéo gidm.")
    assert "14 xã đạt chuẩn, 16 thôn đạt chuẩn" in out
