"""The l opening a marked syllable that an engine writing marks printed as a capital I ("03 Iần/tuần") is an l again
(:func:`vanban.ocr.glyphs.marked_l`, run by ``correct_text`` on every OCR page).

Why: Tesseract ``vie`` reading a scan drew the l of "lần" as an I; the correct mode keeps what the engine wrote, so a
count's unit read "Iần/tuần" and the target was lost (authored39 scan). No Vietnamese syllable opens with an I before
a marked vowel; a place's "Ia" (bare a) and "Ích" keep theirs. Inputs are vanban's own wording of the kind.
"""

from __future__ import annotations

from vanban.ocr.correct import correct_text
from vanban.ocr.glyphs import marked_l


def test_i_before_a_marked_vowel_inside_a_sentence_is_l():
    assert marked_l("tập huấn ít nhất 02 Iượt mỗi quý, mỗi Iớp 40 học viên") == \
        "tập huấn ít nhất 02 lượt mỗi quý, mỗi lớp 40 học viên"


def test_words_and_names_that_open_with_i_keep_it():
    for text in ("Ích lợi của việc tiêm chủng", "các xã Ia Grai, Ia Pa", "II. NỘI DUNG", "Iần đầu"):
        assert marked_l(text) == text


def test_scan_page_count_gets_its_unit_back():
    page = "- Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể ít nhất 02 Iần/tháng trong mùa lễ hội.\n"
    text = correct_text(page, "pdf-ocr").text
    assert "ít nhất 02 lần/tháng trong" in text
