"""Session 45 (ocr45b): kinds the legacy-OCR form (Tesseract ``-l eng``, then restoration) loses that the clean text
reads, each in text written for these tests: a bound "trở lên" / "trở về trước" after a figure and its unit, the
range's "từ" before it, a trade's role "<field> viên", the text's own table "bảng trên", a frequency's "lần" printed
with a slash for its l, a member list's "Bà" and family name, and a programme item whose hour wraps to the next line."""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.report import extraction_to_json
from vanban.ocr.glyphs import legacy_glyphs
from vanban.ocr.restore.bound_words import bound_snaps
from vanban.ocr.restore.person_names import name_snaps
from vanban.ocr.restore.role_words import role_snaps
from vanban.ocr.restore.table_refs import table_ref_snaps
from vanban.ocr.restore.tokens import WordIndex, scan


def _snaps(fn, text: str) -> dict[str, str]:
    toks = list(scan(text))
    got = fn(text, toks, WordIndex(toks))
    return {toks[i].text: form for i, form in got.items()}


def _member_snaps(text: str) -> dict[str, str]:
    toks = list(scan(text))
    return {toks[i].text: form for i, form in name_snaps(text, toks).items()}


# --- a figure's bound after the figure's unit, and the range's "từ" ---------------------------------------------------

def test_the_bound_after_a_figure_and_its_unit_is_tro_len_and_its_range_opens_with_tu():
    got = _snaps(bound_snaps, "Hộ nuôi lợn tir 50 con tré lén phải đăng ký")
    assert got == {"tir": "từ", "tré": "trở", "lén": "lên"}


def test_a_year_bound_tro_ve_truoc_after_the_figure():
    got = _snaps(bound_snaps, "| Sinh năm 1958 tre vé trudc | 12 |")
    assert got == {"tre": "trở", "vé": "về"}


def test_a_bound_three_words_after_the_figure_is_left_to_the_model():
    # more words than a unit's between the figure and "tre": no bound of that figure
    assert _snaps(bound_snaps, "có 40 thanh niên tình nguyện tre lén đường") == {}


def test_a_count_of_children_is_not_a_bound_without_its_len():
    assert _snaps(bound_snaps, "tiêm cho 120 tre vé sinh") == {}


# --- a trade's role "<field> viên" -----------------------------------------------------------------------------------

def test_a_field_before_vien_is_the_role_not_an_institute():
    assert _snaps(role_snaps, "3. Giao khuyen nong vién xa") == {"khuyen": "khuyến", "nong": "nông", "vién": "viên"}


def test_an_institute_named_first_is_no_role():
    assert _snaps(role_snaps, "Vien Kiem sat nhan dan huyen") == {}


# --- the text's own table ------------------------------------------------------------------------------------------

def test_bang_before_a_place_word_or_its_number_is_the_table():
    assert _snaps(table_ref_snaps, "phân bổ theo bang dưới đây") == {"bang": "bảng"}
    assert _snaps(table_ref_snaps, "chi tiết tại bang số 2") == {"bang": "bảng"}


def test_bang_elsewhere_is_left_to_the_model():
    assert _snaps(table_ref_snaps, "đoàn công tác tại bang Victoria") == {}


# --- a frequency's "lần" printed "/an" --------------------------------------------------------------------------------

def test_a_frequency_lan_printed_with_a_slash_after_a_wrapped_count():
    assert legacy_glyphs("phát thanh ít nhất 03\n/an/thang trong đợt") == "phát thanh ít nhất 03\nlan/thang trong đợt"


def test_a_slash_not_after_a_count_is_kept():
    assert legacy_glyphs("đồng/an/toàn") == "đồng/an/toàn"


# --- a member list's honorific and family name ----------------------------------------------------------------------

def test_a_member_item_ba_before_a_family_name_is_ba():
    got = _member_snaps("- Ba Dang Thi Mai, Phó Chủ tịch Hội Nông dân xã;")
    assert got == {"Ba": "bà", "Dang": "đặng", "Thi": "thị"}


def test_a_place_after_ba_is_no_member():
    assert _member_snaps("- Ba Dinh, Ha Noi") == {}
    assert _member_snaps("Trong đó Ba Dang Thi Mai, cán bộ") == {}


# --- a programme item whose hour wraps to the next line --------------------------------------------------------------

_PLAN = """ỦY BAN NHÂN DÂN XÃ AN PHÚ
Số: 41/KH-UBND
An Phú, ngày 02 tháng 3 năm 2031

KẾ HOẠCH
Tổ chức Ngày hội đọc sách năm 2031

II. NỘI DUNG

- Khai mạc Ngày hội đọc sách và trao giải cuộc thi kể chuyện theo sách cấp xã: 8
giờ 00 ngày 21/4/2031, tại Nhà văn hóa xã.
"""


def test_an_items_hour_wrapped_after_its_figure_still_dates_the_event():
    deadlines = extraction_to_json(extract(_PLAN))["deadlines"]
    assert any(d.get("date") == "2031-04-21" for d in deadlines)


# --- a quarter's "II" read "11" in prose after a table whose rows run to a later quarter --------------------------------

def test_a_prose_quarter_after_a_table_row_of_a_later_quarter_is_still_its_numeral():
    from vanban.ocr.quarter_digits import quarter_digits
    page = ("| 3 | Tổng kết mô hình | Trong quy IV/2031 |\n\n"
            "Kiểm tra định kỳ hằng quý, bắt đầu từ quy 11/2031.")
    assert quarter_digits(page).endswith("từ quy II/2031.")


def test_a_table_row_quarter_after_a_later_rows_quarter_stays_as_read():
    from vanban.ocr.quarter_digits import quarter_digits
    page = "| 1 | Khảo sát | Quý IV/2031 |\n| 2 | Báo cáo | Quý 11/2031 |"
    assert quarter_digits(page) == page
