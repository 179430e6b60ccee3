"""A quarter's year a scan read far past the page's years (scan47t, issue #10 on scans; vanban.ocr.glyphs.far_years).

The kind: a plan's task due "trong quý III/2036" read "quý III/2056" (the 3's open top closed) — a deadline twenty
years after a plan of 2036, which no plan sets. A dated day's or month's year had that repair ("27/7/2052" on a page of
2032); a quarter's Roman numeral before the slash was no date to it. The same evidence is asked of a quarter: its year
:data:`glyphs.FAR_YEARS` past every other year of the page and one look-alike digit off one of them. Where the page
names a far year of its own (a vision "đến năm 2050") or no year sits one look-alike digit off, the year is kept as
read. Pages written here in the documents' style.
"""

from vanban.ocr.correct import prepared
from vanban.ocr.glyphs import far_years


def test_a_quarter_twenty_years_out_is_the_page_year_a_digit_off():
    page = ("Kế hoạch chuyển đổi số năm 2033 của xã.\n- Phủ sóng di động các thôn vùng sâu, hoàn thành trong quý"
            " III/2053.\n- Báo cáo kết quả trước ngày 15/12/2033.\n")
    assert far_years(page) == page.replace("III/2053", "III/2033")


def test_a_fourth_quarter_in_capitals():
    page = "KẾ HOẠCH NĂM 2038\nHoàn thành số hóa hồ sơ trong QUÝ IV/2058.\n"
    assert far_years(page) == page.replace("IV/2058", "IV/2038")


def test_a_quarter_near_a_vision_year_is_kept():
    page = "Năm 2036; tầm nhìn đến năm 2050. Hoàn thành trong quý II/2056."
    assert far_years(page) == page


def test_a_roman_numeral_without_quý_is_kept():
    page = "Năm 2036. Đại hội lần thứ III/2056 của Hội."
    assert far_years(page) == page


def test_the_quarter_is_mended_before_restoring_a_scanned_page():
    raw = "Ke hoach nam 2034 cua phuong.\nHoan thanh trong quy III/2054.\n"
    assert "III/2034" in prepared(raw, "pdf-ocr")[0]
