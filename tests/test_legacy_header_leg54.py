"""Two header fields legacy OCR damaged on tune52's t52-03-KH-UBND (session 54, leg54): its Tesseract ``eng`` reading
restored as ingest restores it (``bench/realdocs_ocr.legacy_form``), copied to ``fixtures/leg54/t52-03.legacy.txt``.

1. The trích yếu wrapped inside the country's name it holds ("… NƯỚC CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM" /
   "(09/11) NĂM 2038 …"): the second half is no motto line there (``header._country_name_goes_on``).
2. The place line's unknown name given two other letters by restoration ("Da Khô, ngày 24 tháng 9 năm 2038" under
   "HUYỆN BA KHE", the body saying "huyện Ba Khe" again and again): one place, the issuer's reading
   (``place_reading._outvoted``).
3. (a50-09 scanned) a trích yếu line opening with a body's name and carrying a term or a year is no enacting line
   (``header._TERM_OR_YEAR_RE``).

Expected values are the document's labels (place "Ba Khê", the title as printed), compared folded: legacy OCR prints
no marks, so the letters are what the page gives back.
"""

from pathlib import Path

from vanban.structure import structure_of_text
from vanban.structure.place_reading import agree_place
from vanban.text import fold

FIX = Path(__file__).parent / "fixtures" / "leg54"


def _folded(s: str) -> str:
    return " ".join(fold(s).lower().split())


def test_title_wrapped_inside_the_country_name_goes_on():
    s = structure_of_text((FIX / "t52-03.legacy.txt").read_text(encoding="utf-8"))
    assert _folded(s.title) == _folded("Tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam "
                                       "(09/11) năm 2038 trên địa bàn huyện Ba Khê")


def test_place_line_outvoted_by_the_issuer_name():
    s = structure_of_text((FIX / "t52-03.legacy.txt").read_text(encoding="utf-8"))
    assert _folded(s.header.place) == "ba khe"


def test_two_places_stay_apart():
    # the place line's name stands in the text too: two places, each kept as read
    text = "ỦY BAN NHÂN DÂN HUYỆN BA KHE\nDa Khô, ngày 24 tháng 9 năm 2038\nxã Da Khô và huyện Ba Khe, Ba Khe, Ba Khe\n"
    assert agree_place("ỦY BAN NHÂN DÂN HUYỆN BA KHE", "Da Khô", text) == ("ỦY BAN NHÂN DÂN HUYỆN BA KHE", "Da Khô")
    # the issuer's name said once only: no majority, kept
    text = "ỦY BAN NHÂN DÂN HUYỆN BA KHE\nDa Khô, ngày 24 tháng 9 năm 2038\n"
    assert agree_place("ỦY BAN NHÂN DÂN HUYỆN BA KHE", "Da Khô", text) == ("ỦY BAN NHÂN DÂN HUYỆN BA KHE", "Da Khô")


def test_motto_line_still_ends_a_title_after_its_own_first_half():
    # a title line that does not end in the name's first half: the motto under it is the header's, not the title's
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN BA KHÊ\n\nKẾ HOẠCH\nTổ chức Ngày Pháp luật năm 2038\nCHỦ NGHĨA VIỆT NAM\n\n"
            "Căn cứ Luật Phổ biến, giáo dục pháp luật;\n")
    assert _folded(structure_of_text(text).title) == "to chuc ngay phap luat nam 2038"


def test_title_line_with_a_term_is_no_enacting_line():
    # authored50's a50-09-QD-UBND scanned (bench/realdocs_scan.py, restored as the conveyor restores it): the trích yếu's
    # second line opens with the body's name and carries the term ("Ủy ban nhân dân xã nhiệm kỳ 2036 - 2041"); the
    # enacting line under it names the body alone. Expected: the labels' title.
    s = structure_of_text((FIX / "a50-09-header.scan.txt").read_text(encoding="utf-8"))
    assert s.title == ("Về việc phân công nhiệm vụ cho Chủ tịch, các Phó Chủ tịch và Ủy viên Ủy ban nhân dân xã nhiệm kỳ "
                       "2036 - 2041")
