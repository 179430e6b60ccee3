"""OCR forms, session 44 (ocr44): kinds read from what the legacy and scanned forms of authored42 / tune42 lost.

- Eng OCR's "6" inside a word stands for an o vowel with a mark drawn above it (ô, ố, ổ, ộ, ó, ở …), never for
  another vowel nor for a bare o, ơ, ọ or ợ: restoration no longer reads "m6" (mộ) as "mà" or "mẹ", nor "S6" (Số)
  as "Sợ", where the context favours those — a rate's unit "đồng/mộ" and a count column's head "Số mộ" were lost.
- A "®" inside a word is eng OCR's print of the horn of ư before ờ ("phu®dng", "ngu®di"), or of the ờ itself before
  a final consonant ("phu®ng"): read so before restoration, not kept to split the word ("phú®nó").
- A rate's unit with a glyph for its marked vowel ("(đồng/m@)", Tesseract vie on a column head) is written as the page
  prints the same rate intact ("… đồng/mộ"); with no twin, or two, it stays as read; an e-mail address is no rate.
- An unnumbered work programme that opens a ";"-item after a blank line (OCR printed a gap between the lines of a căn
  cứ paragraph) is cited as it is after a line break; an item of a list that cites nothing stays out either way.
- An addressee wrapped over two lines whose second line runs on into the body's first sentence ("… thuộc" / "Ủy ban
  nhân dân tỉnh Xét đề nghị của …", as a scan prints a letter whose Kính gửi paragraph flows on) ends before "Xét".

Inputs written for these tests in the documents' style (the damaged spelling as eng OCR prints it).
"""

from __future__ import annotations

import re

import pytest

from vanban.extract import extract
from vanban.ocr.correct import correct_text
from vanban.ocr.glyphs import legacy_glyphs
from vanban.ocr.restore.candidates import _six_misfit
from vanban.ocr.stray_marks import echoed_rate_units
from vanban.text import fold


def _restored(raw: str) -> str:
    return correct_text(raw, "image-ocr").text


@pytest.mark.parametrize("form, cost", [("mộ", 0.0), ("mở", 0.0), ("có", 0.0), ("mợ", 2.0), ("so", 2.0),
                                        ("mà", 5.0), ("mẹ", 5.0)])
def test_six_fits_only_an_o_with_a_mark_above(form, cost):
    assert _six_misfit(form) == cost


def test_six_read_as_an_o_vowel_in_a_rate_and_a_count_head():
    text = _restored("Moi ho chuyen nghia trang duoc thuong 1.500.000 déng/m6 néu hoan thanh som; "
                     "bang ké S6 m6 phai chuyen theo tung thon.")
    assert "đồng/mộ" in text
    head = re.search(r"(\w+) (\w+) phải chuyển", text)
    assert head and head.group(1) == "Số" and fold(head.group(2)) == "mo"  # the count's noun an o vowel, never "mà"


@pytest.mark.parametrize("raw, want", [
    ("Cong an phu®dng", "Cong an phudng"),
    ("y kién ngu®di dan", "y kién ngudi dan"),
    ("UBND phu®ng lap danh sach", "UBND phuong lap danh sach"),
])
def test_registered_sign_inside_a_word(raw, want):
    assert legacy_glyphs(raw) == want


def test_registered_sign_after_a_name_kept():
    assert legacy_glyphs("cai dat Windows® tai phong may") == "cai dat Windows® tai phong may"


def test_word_with_registered_sign_restored_whole():
    assert "phường" in _restored("Giao UBND phu®ng chuan bi noi dung tra loi cu tri.")


def test_rate_unit_with_a_glyph_read_from_its_twin_on_the_page():
    page = "| STT | Hộ | Mức thu (đồng/h@/tháng) |\nMỗi hộ đóng 20.000 đồng/hộ/tháng."
    assert echoed_rate_units(page) == "| STT | Hộ | Mức thu (đồng/hộ/tháng) |\nMỗi hộ đóng 20.000 đồng/hộ/tháng."


@pytest.mark.parametrize("page", [
    "Mức thu (đồng/h@) theo quy định.",  # no twin on the page
    "Mức thu (đồng/h@); 5.000 đồng/hộ và 8.000 đồng/hồ",  # two twins: no choice
    "Gửi về hộp thư so.tc@gmail.com trước ngày 10/5.",
])
def test_rate_unit_with_a_glyph_and_no_single_twin_stays(page):
    assert echoed_rate_units(page) == page


_HEAD = "\n".join(("ỦY BAN NHÂN DÂN", "XÃ TÂN HIỆP", "Số: 31/KH-UBND", "Tân Hiệp, ngày 04 tháng 5 năm 2031", "",
                   "KẾ HOẠCH", "Tổ chức ngày hội đọc sách năm 2031", "", ""))


def _types(body: str) -> list[tuple[str, str | None]]:
    return [(c.type, c.number) for c in extract(f"{_HEAD}{body}\n").citations]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_programme_item_after_a_line_gap(gap):
    body = ("Căn cứ Kế hoạch số 22/KH-UBND ngày 01/4/2031 của UBND huyện về phát triển văn hóa đọc;" + gap +
            "Chương trình công tác năm 2031 của UBND xã ban hành kèm theo Quyết định số 05/QĐ-UBND ngày 08/01/2031 "
            "của Chủ tịch UBND xã, UBND xã ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n1. Khuyến khích đọc sách.")
    assert ("Chương trình", None) in _types(body)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_programme_item_of_a_list_that_cites_nothing_stays_out(gap):
    body = ("II. NHIỆM VỤ\n1. Văn phòng xây dựng lịch trực tháng 6;" + gap +
            "Chương trình công tác năm 2031 của UBND xã được rà soát, bổ sung trước ngày 15/6/2031.")
    assert ("Chương trình", None) not in _types(body)


_LETTER = """ỦY BAN NHÂN DÂN
TỈNH AN BÌNH
Số: 812/UBND-NC
V/v bố trí biên chế năm 2031
An Bình, ngày 05 tháng 3 năm 2031

Kính gửi: Giám đốc các sở, Thủ trưởng các cơ quan chuyên môn thuộc
Ủy ban nhân dân tỉnh Xét đề nghị của Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày
02/3/2031, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:

Các sở rà soát biên chế, báo cáo Sở Nội vụ trước ngày 20/3/2031.

Nơi nhận:
- Như trên;
- Lưu: VT, NC.
"""


def test_wrapped_addressee_ends_where_the_body_runs_on():
    r = extract(_LETTER)
    assert r.metadata.recipients[0] == "Giám đốc các sở, Thủ trưởng các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh"
    assert [c.number for c in r.citations] == ["45/TTr-SNV"]
