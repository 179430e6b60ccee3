"""Header and signature words a scan damaged, read as the closed vocabulary of issuers and acronyms spells them
(scan47, issue #9 on scans).

Session 46's newcomer scanned 1490/QĐ-UBND (../shared/realdocs/docs, rendered, rotated, noised); Tesseract ``vie``
printed its issuer "ỦY BAN NHÂN ." / "ĐẪN”" / "TĨNH BAC NINH", its trích yếu "… CỦA ĐUBND TỈNH …" and its signer's
name beside the first item "- Như Điều 4; An Phan Văn Nam". Three kinds:

* an issuer's head phrase with marks misread (:mod:`vanban.structure.issuer_heads`): a run of words that folds to
  "ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "ĐẢNG ỦY" … is that phrase; a quote glued to a word in capitals is a speck;
* a state body's acronym with a glyph before it or a mark on its first letter, on a page that spells it intact
  (:mod:`vanban.ocr.state_acronyms`);
* a name joined to an item with a word before its family name (:func:`vanban.structure.signature._speck_word_off`).

Each on the newcomer's lines (copied as Tesseract printed them) and on other forms written in the documents' style;
the values are what the documents print.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract
from vanban.ocr.state_acronyms import state_acronyms
from vanban.structure.issuer_heads import snap_heads

_REST = ("Số: 1490/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
         "Bắc Ninh, ngày 18 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n\nVỀ VIỆC PHÊ DUYỆT QUY TRÌNH NỘI BỘ\n\n"
         "Điều 1. Phê duyệt quy trình.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\n")


def test_the_newcomers_1490_issuer():
    m = extract("ỦY BAN NHÂN .\nĐẪN”\nTỈNH BẮC NINH\n" + _REST).metadata
    assert m.issuer == "ỦY BAN NHÂN DÂN TỈNH BẮC NINH"


@pytest.mark.parametrize("read, meant", [
    ("ỦY BAN NHÂN DẪN TỈNH BẮC NINH", "ỦY BAN NHÂN DÂN TỈNH BẮC NINH"),
    ("HỘI ĐỒNG NHÂN ĐÂN THÀNH PHỐ HÀ NỘI", "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI"),
    ("UY BAN NHAN DAN XÃ TÂN PHONG", "ỦY BAN NHÂN DÂN XÃ TÂN PHONG"),
    ("ĐẢNG ƯY PHƯỜNG LONG BIÊN", "ĐẢNG ỦY PHƯỜNG LONG BIÊN"),
    ("BAN CHẤP HÁNH ĐOÀN TỈNH NINH BÌNH", "BAN CHẤP HÀNH ĐOÀN TỈNH NINH BÌNH"),
    ("ỦY BAN NHÂN DÂN” TỈNH LÀO CAI", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"),
    # (ncfix52a) the tax offices renamed in 2025: 1539/VLO-QLDN3 scanned by session 52's newcomer; 3257/TNI-QLDN1
    ("THUÊ TỈNH VĨNH LONG", "THUẾ TỈNH VĨNH LONG"),
    ("THUE TINH TÂY NINH", "THUẾ TỈNH TÂY NINH"),
    ("CỤC THUÊ", "CỤC THUẾ"),
])
def test_a_head_phrase_with_marks_misread(read, meant):
    assert snap_heads(read) == meant


@pytest.mark.parametrize("line", [
    "ỦY BAN NHÂN DÂN TỈNH BẮC NINH",       # spelt right
    "TỈNH UỶ LÀO CAI",                      # the tone on the other vowel, as printed: the same spelling
    "ỦY BAN NHÂN DẦU TỈNH X",               # a letter differs: not the phrase
    "Ủy ban nhân dẫn",                      # not in capitals: no header line
    'CÔNG TY CỔ PHẦN "SÔNG ĐÀ"',             # a quote the line opened stays
])
def test_other_lines_are_left(line):
    assert snap_heads(line) == line


def test_the_newcomers_1490_acronym():
    page = "Số: 1490/QĐ-UBND\n\nHÀNH CHÍNH THUỘC THẨM QUYỀN QUYẾT ĐỊNH CỦA ĐUBND\nTỈNH TRONG LĨNH VỰC ĐẦU TƯ"
    assert "CỦA UBND\nTỈNH" in state_acronyms(page)


@pytest.mark.parametrize("read, meant", [
    ("Giao ƯBND các xã thực hiện; UBND tỉnh chỉ đạo.", "Giao UBND các xã thực hiện; UBND tỉnh chỉ đạo."),
    ("Thường trực ĐHĐND xã; Thường trực HĐND huyện", "Thường trực HĐND xã; Thường trực HĐND huyện"),
    ("Ban Thường trực ĐMTTQ xã phối hợp với MTTQ thôn", "Ban Thường trực MTTQ xã phối hợp với MTTQ thôn"),
])
def test_an_acronym_with_a_glyph_before_it(read, meant):
    assert state_acronyms(read) == meant


@pytest.mark.parametrize("text", [
    "ĐUBND xã chưa có",                 # the page never spells UBND intact: left
    "Số: 12/QĐ-UBND; THUBND tỉnh",      # two letters before it: no speck
    "Số: 12/QĐ-UBND; ĐUBNDX",           # more letters after it: another word
])
def test_other_tokens_are_left(text):
    assert state_acronyms(text) == text


_SIGNED = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n" + _REST + "KT. CHỦ TỊCH\n\nNơi nhận: PHÓ CHỦ TỊCH\n\n{item}\n"
           "- Cục KSTTHC (VP Chính phủ);\n- Lưu: VT, TTPVHCC.\n")


@pytest.mark.parametrize("item, name", [
    ("- Như Điều 4; An Phan Văn Nam", "Phan Văn Nam"),          # 1490/QĐ-UBND scanned: the seal read "An"
    ("- Như Điều 4; Vn Nguyễn Thị Hoa", "Nguyễn Thị Hoa"),
    ("- Như Điều 4; Khương Văn Minh", "Khương Văn Minh"),       # a family name missing from the list stays
    ("- Như Điều 4; Hà Thị Lan", "Hà Thị Lan"),
])
def test_a_joined_name_without_the_word_before_its_family_name(item, name):
    m = extract(_SIGNED.format(item=item)).metadata
    assert m.signer_name == name
    assert not any(name in r for r in m.recipients)
