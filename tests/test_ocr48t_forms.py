"""Legacy-OCR kinds of session 48's ocr48t, each on a line written for the test in the style of a xã's Quy chế or plan
(the expected words are the printed ones, not vanban's output):

* a frequency's "lần" printed "Jn" or "In" after a count — its l read as J or a capital I, its â dropped ("mỗi tháng
  01 Jn vào tuần cuối", t47-07's legacy form): restored "01 In", the meeting's frequency lost;
* an item's number a scan read as "o." or with a letter's speck glued before it ("o. Trưởng các thôn" for "5.",
  "G6. Trưởng các thôn", t47-03 and t47-05 scanned), put back where the items above and below number it;
* the T of a marked "Tr…" syllable a scan read as a capital I ("Irưởng các thôn", t47-03 scanned).
"""

from __future__ import annotations

from vanban.ocr.correct import correct_text
from vanban.ocr.glyphs import legacy_glyphs, marked_l
from vanban.ocr.item_marks import item_marks


def test_frequency_lan_printed_jn_or_in_after_a_count():
    assert legacy_glyphs("To cong tac hop dinh ky mdi thang 01 Jn vao tuan cuoi") \
        == "To cong tac hop dinh ky mdi thang 01 lan vao tuan cuoi"
    assert legacy_glyphs("so ket 02 In/nam") == "so ket 02 lan/nam"
    assert correct_text("kiem tra dinh ky 02 Jn trong nam", "image-ocr").text.split()[5] == "lần"


def test_i_n_after_a_year_or_a_long_figure_is_no_frequency():
    # "In ấn" (printing) after a year or a sum keeps its word
    assert legacy_glyphs("nam 2026 In an tai lieu") == "nam 2026 In an tai lieu"
    assert legacy_glyphs("kinh phi 1.500 In an") == "kinh phi 1.500 In an"


_TASKS = ("4. Công an xã\n\nGiữ vững an ninh chính trị, trật tự an toàn xã hội.\n\n{mark}. Trưởng các thôn\n\n"
          "Tổ chức họp dân, phổ biến Kế hoạch.\n\n{after}. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã\n")


def test_item_number_read_as_o_between_its_neighbours():
    assert item_marks(_TASKS.format(mark="o", after="6")) == _TASKS.format(mark="5", after="6")


def test_item_number_with_a_letter_glued_before_it():
    assert item_marks(_TASKS.format(mark="G5", after="6")) == _TASKS.format(mark=" 5", after="6")


def test_a_mark_its_neighbours_do_not_prove_is_kept():
    # the next item is no n + 1 (or there is none): the letter is left as read
    for mark, after in (("o", "7"), ("G6", "6"), ("G5", "8")):
        assert item_marks(_TASKS.format(mark=mark, after=after)) == _TASKS.format(mark=mark, after=after)
    text = "1. Mục đích\n\nĐánh giá.\n\no. Trưởng các thôn\n"
    assert item_marks(text) == text


def test_capital_t_of_tr_read_as_i_before_a_marked_vowel():
    assert marked_l("5. Irưởng các thôn") == "5. Trưởng các thôn"
    assert marked_l("Irước ngày 30/4/2036") == "Trước ngày 30/4/2036"
    # a foreign name keeps its I; the l rule still reads "Iần"
    assert marked_l("Iran, Irish; ít nhất 03 Iần") == "Iran, Irish; ít nhất 03 lần"
