"""A department's short name written with "&" whose letters after the "&" OCR misread (vanban.ocr.short_names).

Expected names: as offices write them (Sở KH&CN = Sở Khoa học và Công nghệ, Sở NN&MT = Sở Nông nghiệp và Môi
trường); the misreadings are those Tesseract vie made on scanned pages (617-KH-UBND's Phụ lục, bench/realdocs_scan.py).
"""

from vanban.abbreviations import ABBREVIATIONS, joined_ampersand
from vanban.ocr.correct import correct_text
from vanban.ocr.short_names import SHORT_NAMES, short_names
from vanban.text import fold


def test_every_short_name_is_a_known_abbreviation():
    for name in SHORT_NAMES:
        assert fold(joined_ampersand(name)).lower() in ABBREVIATIONS, name


def test_misread_tails_put_back():
    assert short_names("Sở KH&ŒN; Sở KH&CŒN, Sở KH&CGN") == "Sở KH&CN; Sở KH&CN, Sở KH&CN"
    assert short_names("Chủ trì: Sở NN&MIT.") == "Chủ trì: Sở NN&MT."


def test_right_names_and_strangers_left():
    for text in ("Sở KH&CN", "Sở GD&ĐT", "DD&CN", "Sở KH&ĐN", "R&D", "A&B", "Sở KH&Cn"):
        assert short_names(text) == text  # right, unknown head, two names equally near, small letters


def test_scanned_page_keeps_the_body_and_offsets():
    page = "4\n\nXây dựng Bộ tiêu chí đánh giá mức độ chuyển đổi số doanh nghiệp.\n\nSở KH&CŒN\n\nCác sở, ban, ngành tỉnh\n"
    res = correct_text(page, "image-ocr")
    assert "Sở KH&CN\n" in res.text
    for t in res.tokens:
        assert page[t.start:t.end] == t.source
