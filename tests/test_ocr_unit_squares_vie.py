"""A unit's "m²" that Tesseract ``vie`` read "m?" on a scanned page is made "m²" again on every OCR page, not only on
a page to restore (:func:`vanban.ocr.stray_marks.unit_squares`, run by ``correct_text``'s one-for-one passes). Inputs
written here: a commune's rules for a shop's floor space, as a scan read with its diacritics whole."""

from vanban.ocr.correct import correct_text
from vanban.ocr.stray_marks import unit_squares

RAW = ("Yêu cầu đối với cơ sở kinh doanh:\n"
       "- Mỗi kho chứa hàng có diện tích sàn từ 35 m? trở lên, lối thoát hiểm rộng ít nhất 1,2 m.\n"
       "- Khu vui chơi trẻ em có diện tích từ 150 m?, cách xa nguồn điện.\n")


def test_square_mark_given_back_one_for_one():
    out = unit_squares(RAW)
    assert "từ 35 m² trở lên" in out and "từ 150 m²," in out
    assert len(out) == len(RAW)
    # a question after a word keeps its mark; a unit after no figure too
    assert unit_squares("Có bao nhiêu m? Ai làm?") == "Có bao nhiêu m? Ai làm?"


def test_scanned_page_keeps_the_area_unit():
    # a page of whole diacritics ("correct" mode, no restoration): the square is given back there too
    text = correct_text(RAW, "image-ocr").text
    assert "từ 35 m² trở lên" in text and "150 m²," in text
