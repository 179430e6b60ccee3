"""A scan's item can open on a blank line (a page number "22" below it): the wrapped-title check must say no, not
fail on a line with no words (a Tesseract page of a Kế hoạch crashed the whole document's structure, session 34)."""

from vanban.structure.body import _wrapped_title


def test_blank_first_line_is_no_wrapped_title():
    assert _wrapped_title("", "22") is False
    assert _wrapped_title(" * ", "thường xuyên") is False


def test_title_cut_after_a_conjunction_still_wraps():
    assert _wrapped_title("5. Các chủ đầu tư xây dựng và", "kinh doanh hạ tầng Khu công nghiệp") is True
