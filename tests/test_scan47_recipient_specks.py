"""Nơi nhận items that are a scan's specks or the signature's fragments (scan47, issue #9 on scans).

Session 46's newcomer scanned real documents of ../shared/realdocs/docs (rendered, rotated, noised); its Tesseract
lines left three kinds among the recipients:

* a speck after an item's closing ";" ("- Ban Pháp chế; ệ") and a fragment of the signature column that bled into
  the list's ("- Như trên; NT", the "KT" beside it): a piece of one letter, or of two after a ";" with no mark of its
  own, names no one (:func:`vanban.extract.metadata._speck_piece`);
* an item's dash behind a speck read as a bar ("|- Thủ tướng, các Phó Thủ tướng Chính phủ;"): the line was read as
  the rest of the item above (:func:`vanban.structure.signature._dash`);
* a purpose note wrapped onto its own line and read with as few letters as a speck ("- PCTr Bùi Văn Kiên (để" ⏎
  "b/€); :"): skipped as a speck, the item kept "(để" (:func:`vanban.structure.signature._closes_open_bracket`).

Each kind on the newcomer's lines (5608/CT-CS, 228/CĐ-TTg scanned: copied as Tesseract printed them) and on other
forms written in the documents' style; the values are what the documents print.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract

_HEAD = ("BỘ TÀI CHÍNH\nCỤC THUẾ\nSố: 5608/CT-CS\nV/v đơn giá thuê đất\n\nHà Nội, ngày 20 tháng 11 năm 2025\n\n"
         "Kính gửi: Công ty Cổ phần siêu thị Sài Gòn.\n\nCục Thuế trả lời để Công ty được biết./.\n\n")
_SIGN = "TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN BAN CHÍNH SÁCH, THUẾ QUỐC TẾ\nPHÓ TRƯỞNG BAN\n\nNguyễn Thị Vân\n"


def _recipients(items: str, sign: str = _SIGN) -> tuple[str, ...]:
    return extract(_HEAD + items + sign).metadata.recipients


def test_the_newcomers_5608_list():
    """5608/CT-CS scanned: a speck after ";", the purpose wrapped and read "b/€); :", a bar before a dash."""
    items = ("Nơi nhận:\n- Như trên; .\n- PCTr Bùi Văn Kiên (để\nb/€); :\n- Ban Pháp chế; ệ\n-|- Website Cục Thuế;\n"
             "- Lưu: VT, CS (2b).\n")
    assert _recipients(items) == ("Công ty Cổ phần siêu thị Sài Gòn", "PCTr Bùi Văn Kiên", "Ban Pháp chế",
                                  "Website Cục Thuế", "Lưu: VT, CS (2b)")


def test_the_newcomers_228_list():
    """228/CĐ-TTg scanned: the signature's "KT" read beside "Như trên;", the next item's dash behind a bar."""
    items = ("Nơi nhận:\n- Như trên; NT\n|- Thủ tướng, các Phó Thủ tướng Chính phủ;\n"
             "- VPCP: BTCN, các PCN, Trợ lý TTg;\n- Lưu: Văn thư, KTTH (2).\n")
    rec = _recipients(items, "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nDương Văn Lộc\n")
    assert "Thủ tướng, các Phó Thủ tướng Chính phủ" in rec
    assert not any(r.startswith("NT") or r == "NT" for r in rec)


@pytest.mark.parametrize("line, item", [
    ("- Sở Tài chính; ị", "Sở Tài chính"),                      # one letter after the ";"
    ("- Sở Tài chính; TM", "Sở Tài chính"),                     # the level's marker bled beside the item
    ("- Ủy ban nhân dân các xã, phường; ,", "Ủy ban nhân dân các xã, phường"),
])
def test_a_speck_after_the_closing_semicolon_names_no_one(line, item):
    rec = _recipients("Nơi nhận:\n- Như trên;\n" + line + "\n- Lưu: VT, CS.\n")
    assert item in rec
    assert all(sum(c.isalnum() for c in r) > 2 for r in rec)


@pytest.mark.parametrize("wrapped", ["(để\nb/c);", "(để\nb/€);", "(để\nb/e);", "(để biết\nb/€);"])
def test_a_purpose_note_wrapped_with_a_speck_like_rest(wrapped):
    rec = _recipients("Nơi nhận:\n- Như trên;\n- Phó Cục trưởng Trần Văn Bình " + wrapped + "\n- Lưu: VT, CS.\n")
    assert "Phó Cục trưởng Trần Văn Bình" in rec
    assert not any("(" in r and ")" not in r for r in rec)


@pytest.mark.parametrize("bar", ["|- ", "¦- ", "|-"])
def test_an_items_dash_behind_a_bar_opens_an_item(bar):
    rec = _recipients("Nơi nhận:\n- Như trên;\n- Văn phòng Chính phủ;\n" + bar + "Ban Pháp chế;\n- Lưu: VT, CS.\n")
    assert "Văn phòng Chính phủ" in rec and "Ban Pháp chế" in rec


def test_a_short_code_under_its_own_mark_stays():
    """A unit's code under its office, with its own mark ("+ VC"), is an item: only a piece after a ";" is cut."""
    rec = _recipients("Nơi nhận:\n- Như trên;\n- VPUB:\n+ VC;\n- Lưu: VT, CS.\n")
    assert any("VC" in r for r in rec)


# --- addressees a page flowed into one line, the first closed by its full stop ------------------------------------

_CD = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 228/CĐ-TTg\nHà Nội, ngày 25 tháng 11 năm 2025\n\nCÔNG ĐIỆN\nVỀ VIỆC GIẢI QUYẾT "
       "CHÍNH SÁCH, CHI TRẢ CHẾ ĐỘ BẢO HIỂM\n\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n\n{addressees}\n\n"
       "Các Bộ khẩn trương thực hiện ngay./.\n\nNơi nhận:\n- Như trên;\n- Lưu: Văn thư, KTTH.\n\n"
       "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nDương Văn Lộc\n")


@pytest.mark.parametrize("addressees, first, second", [
    # 228/CĐ-TTg scanned by the bench (bench/realdocs_scan.py): the two addressees on one line
    ("- Bộ trưởng các Bộ: Tài chính, Nội vụ, Bộ Y tế. - Bí thư Tỉnh ủy, Thành ủy, Chủ\ntịch Ủy ban nhân dân các tỉnh: "
     "Hà Tĩnh, Quảng Trị.", "Bộ trưởng các Bộ: Tài chính, Nội vụ, Bộ Y tế",
     "Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân dân các tỉnh: Hà Tĩnh, Quảng Trị"),
    ("- Bộ trưởng Bộ Xây dựng. – Chủ tịch Ủy ban nhân dân các tỉnh ven biển.", "Bộ trưởng Bộ Xây dựng",
     "Chủ tịch Ủy ban nhân dân các tỉnh ven biển"),
])
def test_addressees_flowed_into_one_line(addressees, first, second):
    rec = extract(_CD.format(addressees=addressees)).metadata.recipients
    assert rec[:2] == (first, second)


def test_an_abbreviations_stop_before_a_dash_parts_nothing():
    rec = extract(_CD.format(addressees="- Chủ tịch UBND TP. - Hà Nội.")).metadata.recipients
    assert not any(r == "Hà Nội" for r in rec)
