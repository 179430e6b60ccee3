"""Metadata of new layouts, session 30 (meta30): kinds read from authored28's misses (spent at the start of session 30).

- An office-holder's title printed alone above the body it heads ("CHỦ TỊCH" / "ỦY BAN NHÂN DÂN" / "TỈNH …") is one
  issuer, the officer of that body: the title is no parent body.
- A stray bare "Số" a legacy OCR read above the motto gives no number: the header's own "Số …" below it does.
- A place name the capitals print with "I" ("XÃ IA PA") and the place line reads with a small "l" ("la Pa, ngày …"):
  in mixed case the two glyphs are one to OCR, the capitals' reading is the place.

Documents written for these tests in that style (no real document of /work/shared/realdocs prints these layouts).
"""

from __future__ import annotations

import pytest

from vanban.extract import extract
from vanban.text import fold


def _doc(header: str, number: str = "Số: 12/QĐ-CTUBND", place_line: str = "An Bình, ngày 05 tháng 02 năm 2027",
         motto: str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc") -> str:
    blocks = (header, motto, number, place_line, "QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác chuyển đổi số năm 2027",
              "Điều 1. Thành lập Tổ công tác chuyển đổi số của tỉnh.",
              "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
              "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.", "CHỦ TỊCH", "Phạm Đình Toàn")
    return "\n\n".join(blocks) + "\n"


# (header lines, issuer, parent): a title alone above its body names the officer; a body above a body stays a parent
_TITLE_HEADERS = [
    ("CHỦ TỊCH\nỦY BAN NHÂN DÂN\nTỈNH AN BÌNH", "Chủ tịch Ủy ban nhân dân tỉnh An Bình", None),
    ("GIÁM ĐỐC\nSỞ TÀI CHÍNH TỈNH AN BÌNH", "Giám đốc Sở Tài chính tỉnh An Bình", None),
    ("CHỦ TỊCH ỦY BAN\nNHÂN DÂN\nTỈNH AN BÌNH", "Chủ tịch Ủy ban nhân dân tỉnh An Bình", None),
    ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSỞ TÀI CHÍNH", "Sở Tài chính", "Ủy ban nhân dân tỉnh An Bình"),
]


@pytest.mark.parametrize(("header", "issuer", "parent"), _TITLE_HEADERS)
def test_an_office_holders_title_above_its_body_is_one_issuer(header, issuer, parent):
    md = extract(_doc(header)).metadata
    assert fold(md.issuer) == fold(issuer)
    assert (fold(md.parent_issuer) if md.parent_issuer else None) == (fold(parent) if parent else None)


def test_a_stray_bare_number_label_above_the_motto_leaves_the_number_below():
    # a legacy OCR of a Party header: the number's label read twice, once alone in the left column's gap
    text = _doc("ĐẢNG BỘ TỈNH AN BÌNH\nĐẢNG ỦY XÃ TÂN PHÚ\n\nSố", number="Số 07-NQ/ĐU",
                motto="ĐẢNG CỘNG SẢN VIỆT NAM", place_line="Tân Phú, ngày 05 tháng 02 năm 2027")
    md = extract(text.replace("QUYẾT ĐỊNH\nVề việc", "NGHỊ QUYẾT\nVề")).metadata
    assert md.number == "07-NQ/ĐU"


def test_a_blank_number_stays_blank():
    md = extract(_doc("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH", number="Số:")).metadata
    assert md.number is None


def test_the_capitals_capital_i_over_the_place_lines_small_l():
    text = _doc("ĐẢNG BỘ TỈNH AN BÌNH\nĐẢNG ỦY XÃ IA PA", number="Số 07-NQ/ĐU", motto="ĐẢNG CỘNG SẢN VIỆT NAM",
                place_line="la Pa, ngày 05 tháng 02 năm 2027")
    md = extract(text.replace("QUYẾT ĐỊNH\nVề việc", "NGHỊ QUYẾT\nVề")).metadata
    assert md.place == "Ia Pa"
    assert fold(md.issuer) == fold("Đảng ủy xã Ia Pa")


def test_a_place_one_letter_apart_otherwise_keeps_the_place_lines_reading():
    """The capitals lose marks and letters more often: a letter other than I/l leaves the place line's reading."""
    text = _doc("ỦY BAN NHÂN DÂN\nPHƯỜNG HỒNG HÁT", number="Số: 12/QĐ-UBND",
                place_line="Hồng Hải, ngày 05 tháng 02 năm 2027")
    md = extract(text).metadata
    assert md.place == "Hồng Hải"
    assert fold(md.issuer) == fold("Ủy ban nhân dân phường Hồng Hải")
