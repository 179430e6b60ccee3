"""Specks glued at a line's start on real scans (ncfix51b, issue #9 on scans): the OCR post-correction
(:func:`vanban.ocr.stray_marks.line_start_specks`, :func:`vanban.ocr.item_marks.bracket_numerals`) and the signer's
name spelt as the page prints it elsewhere (:mod:`vanban.structure.name_spellings`).

The OCR lines are Tesseract ``vie``'s reading of session 51's newcomer's scans of three real documents
(tests/fixtures/ncfix51b/README.md); the right values are the documents' own (``../shared/realdocs/docs``)."""

from __future__ import annotations

import pathlib

import pytest

from vanban.models import Page
from vanban.ocr.correct import correct_text
from vanban.ocr.item_marks import bracket_numerals
from vanban.ocr.stray_marks import line_start_specks
from vanban.structure import build_structure
from vanban.structure.name_spellings import name_as_printed

FIX = pathlib.Path(__file__).parent / "fixtures" / "ncfix51b"


def _structure(name: str):
    return _read(name)[1]


def _read(name: str):
    """(the page's text after post-correction, its Structure) of one fixture."""
    raw = (FIX / name).read_text(encoding="utf-8")
    text = correct_text(raw, "pdf-ocr").text
    return text, build_structure([Page(number=1, method="pdf-ocr", raw_text=raw, text=text)])


@pytest.mark.parametrize("line, want", [
    ("-_ Nơi nhận:", "   Nơi nhận:"),  # 1147-QD-BTGDVTW: the page prints "Nơi nhận:" alone
    ("-_đ) Bộ Công Thương phối hợp", "  đ) Bộ Công Thương phối hợp"),  # 653-TB-VPCP's item mark
    ("-_ Các sở, ban, ngành; UBND các phường xã", "   Các sở, ban, ngành; UBND các phường xã"),  # 179-KH-UBND's cell
    ("_ người sử dụng.", "  người sử dụng."),  # 179-KH-UBND: a wrapped line's rest
    ("'BỘ NỘI VỤ", " BỘ NỘI VỤ"),  # 11208-BNV-KHTC's issuer
    ("'PHÓ CHỦ NHIỆM", " PHÓ CHỦ NHIỆM"),  # 653-TB-VPCP's signer's title
    ("-'TT Nguyễn Thị Hà;", "- TT Nguyễn Thị Hà;"),  # 11208-BNV-KHTC's recipient: its dash kept
])
def test_speck_at_line_start_blanked(line, want):
    assert line_start_specks(line) == want
    assert len(line_start_specks(line)) == len(line)  # one character for one: offsets and line boxes hold


@pytest.mark.parametrize("line", [
    "- Như trên;",  # the page's own dash
    "______________",  # a rule under a header
    "'Hà Nội' là thủ đô",  # a quote that closes on its line
    "'s" , "x -_ y",  # not at a line's start / no capital after the quote
])
def test_page_marks_kept(line):
    assert line_start_specks(line) == line


@pytest.mark.parametrize("line, want", [
    ("(i1) Bộ Công Thương chỉ đạo", "(ii) Bộ Công Thương chỉ đạo"),  # 653-TB-VPCP's second item
    ("(il) Sở Tài chính", "(ii) Sở Tài chính"),
    ("(vl) Sở Y tế", "(vi) Sở Y tế"),
    ("(11) Sở Y tế", "(11) Sở Y tế"),  # an Arabic item
    ("(1) Sở Y tế", "(1) Sở Y tế"),
    ("(iii) Sở Y tế", "(iii) Sở Y tế"),
])
def test_bracket_numerals(line, want):
    assert bracket_numerals(line) == want


def test_recipients_under_specked_label():
    """1147/QĐ-BTGDVTW: five recipients and the archive note under "Nơi nhận:" (the scan read "-_ Nơi nhận:")."""
    text, st = _read("1147-QD-BTGDVTW_scan_end.txt")
    texts = " | ".join(text[p.start:p.end] for p in st.recipients)
    for want in ("Như Điều 3", "Ban Bí thư", "Đ/c Trưởng Ban", "Lãnh đạo Ban", "Các tỉnh ủy, thành ủy"):
        assert want in texts
    assert st.signature.name == "Trần Văn Xuân"


def test_signer_titles_under_specks():
    """653/TB-VPCP: "KT. BỘ TRƯỞNG, CHỦ NHIỆM" over "PHÓ CHỦ NHIỆM" (the scan read "'CHỦ NHIỆM" / "'PHÓ CHỦ NHIỆM")."""
    sig = _structure("653-TB-VPCP_scan_end.txt").signature
    assert sig.title == "PHÓ CHỦ NHIỆM"
    assert "'" not in (sig.authority or "")
    assert sig.name == "Phan Văn Nam"


def test_items_under_specks():
    """653/TB-VPCP: "(ii) Bộ Công Thương …" and "d) Bộ Công Thương …" open items of their own (the scan read "(i1)" and
    "-_đ)"): no item holds the text of the next."""
    text, st = _read("653-TB-VPCP_scan_end.txt")
    assert "\n(ii) Bộ Công Thương chỉ đạo" in text
    assert "\n  đ) Bộ Công Thương phối hợp" in text
    assert any(p.label == "đ)" and text[p.start:p.end].startswith("đ) Bộ Công Thương") for p in st.body)


def test_signer_name_as_printed_elsewhere():
    """11208/BNV-KHTC: the signer is "Đinh Văn Phúc", as its Nơi nhận prints him ("- TT Đinh Văn Phúc;"); the scan
    read the signature "Định Văn Phúc". The header's issuer is "BỘ NỘI VỤ"."""
    st = _structure("11208-BNV-KHTC_scan_head_end.txt")
    assert st.signature.name == "Đinh Văn Phúc"


@pytest.mark.parametrize("name, text, want", [
    ("Định Văn Phúc", "- TT Đinh Văn Phúc;\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nĐịnh Văn Phúc", "Đinh Văn Phúc"),
    # printed nowhere else (179/KH-UBND's scan): never guessed
    ("Định Văn Phúc", "Định kỳ 06 tháng …\nCHỦ TỊCH\nĐịnh Văn Phúc", "Định Văn Phúc"),
    # two other spellings: no one to follow
    ("Lê Văn Hòa", "Lê Văn Hoa; Lê Văn Hỏa\nLê Văn Hòa", "Lê Văn Hòa"),
    # the same tone on another vowel ("Hoà" / "Hòa"): an old and a new spelling, kept
    ("Lê Văn Hoà", "Lê Văn Hòa\nLê Văn Hoà", "Lê Văn Hoà"),
    # the signer's spelling printed twice: the page's own
    ("Lê Văn Hòa", "Lê Văn Hòa; Lê Văn Hoa\nLê Văn Hòa", "Lê Văn Hòa"),
])
def test_name_as_printed(name, text, want):
    assert name_as_printed(name, text) == want
