"""A scanned date's year read far past the page's years, one look-alike digit off one of them (vanban.ocr.glyphs.far_years)."""

from vanban.ocr.correct import prepared
from vanban.ocr.glyphs import far_years


def test_a_dated_day_twenty_years_out_is_the_page_year_a_digit_off():
    page = "Kế hoạch năm 2032 của xã.\n- Tổng kết phong trào, trao thưởng vào ngày\n27/7/2052.\n"
    assert far_years(page) == page.replace("27/7/2052", "27/7/2032")


def test_a_month_and_year_with_a_five_for_a_three():
    page = "Giai đoạn 2033 - 2034.\n- Tập huấn cán bộ trong tháng\n04/2054.\n"
    assert far_years(page) == page.replace("04/2054", "04/2034")


def test_a_vision_year_standing_alone_is_kept():
    page = "Quy hoạch đến năm 2030, tầm nhìn đến năm 2050; báo cáo trước 30/6/2030."
    assert far_years(page) == page


def test_a_far_year_two_digits_off_or_near_the_others_is_kept():
    assert far_years("Năm 2030; trong tháng 01/2051.") == "Năm 2030; trong tháng 01/2051."
    assert far_years("Năm 2031; trước 01/6/2035.") == "Năm 2031; trước 01/6/2035."


def test_the_correction_runs_before_restoring_a_scanned_page():
    raw = "Ke hoach nam 2032 cua xa.\nTrao thuong vao ngay\n27/7/2052.\n" 
    assert "27/7/2032" in prepared(raw, "pdf-ocr")[0]


def test_a_letter_read_three_times_as_alternating_look_alikes_is_one_letter():
    from vanban.ocr.glyphs import one_glyph
    assert one_glyph("Công văn số 312/UBÐĐÐND-TH") == "Công văn số 312/UBÐĐÐND-TH".replace("ÐĐÐ", "Đ")
    assert one_glyph("số 77/HĐÐĐND-KT") == "số 77/HĐND-KT"
    assert one_glyph("Đoàn ĐĐÐBQH tỉnh") == "Đoàn ĐĐBQH tỉnh"  # a real double keeps its pair rule
    assert one_glyph("217/CĐÐ-TTg") == "217/CĐ-TTg"
