"""(scan48, issue #9) Nơi nhận items a scan read with OCR's marks for the printed ones.

Kinds, met on bench/realdocs_scan.py's scans of tune44 / authored46 documents and written here in our own words
after the documents' style (a commune's Kế hoạch, a Đảng ủy's Nghị quyết):
- OCR's ";" for the "," after a title's abbreviation it misread ("- Cl; các PCT UBND xã;", printed "CT, các PCT"):
  one item, as "CT; các PCT" is; a printed ";" before small letters after longer names parts two addressees, as the
  labels have it ("Đảng ủy các xã, phường; đảng ủy trực thuộc Tỉnh ủy", "Các công chức liên quan; thú y viên xã");
- an item's dash read as a colon at the line's start (": Ủy ban MTTQ Việt Nam xã, Hội Nông dân xã,"), under an item
  the page left open with a ",": its own item, not the rest of the one above.
"""

from conftest import make_doc

from vanban.extract import extract

BODY = "I. MỤC ĐÍCH\n\nTổ chức thực hiện tốt các nhiệm vụ của năm.\n"


def _recipients(tail: str, **head) -> list[str]:
    text = make_doc(BODY, **head)
    body_end = text.index("\nTM. ") if "\nTM. " in text else text.index("\nT/M ")
    return list(extract(text[:body_end] + "\n" + tail + text[body_end:]).metadata.recipients)


def test_a_semicolon_read_for_a_comma_after_a_misread_abbreviation():
    got = _recipients("Nơi nhận:\n- Phòng Kinh tế huyện;\n- TT Đảng ủy, HĐND xã;\n- Cl; các PCT UBND xã;\n- Lưu: VT.\n")
    assert got == ["Phòng Kinh tế huyện", "TT Đảng ủy, HĐND xã", "Cl, các PCT UBND xã", "Lưu: VT"]


def test_printed_semicolons_before_small_letters_part_two_addressees():
    """As the labels part them (a17-07: "Đảng ủy các xã, phường; đảng ủy trực thuộc Tỉnh ủy")."""
    got = _recipients("Nơi nhận:\n- Thường trực Tỉnh ủy;\n- Đảng ủy các xã, phường; đảng ủy trực thuộc Tỉnh ủy;\n"
                      "- Lưu: VT.\n", party=True)
    assert got == ["Thường trực Tỉnh ủy", "Đảng ủy các xã, phường", "đảng ủy trực thuộc Tỉnh ủy", "Lưu: VT"]


def test_a_printed_semicolon_between_two_addressees_in_words_stays():
    """"- Các công chức liên quan; thú y viên xã;" (a commune's plan, as tune44's author printed and labelled it): two
    addressees — no list of names or codes before the ";", no misread abbreviation."""
    got = _recipients("Nơi nhận:\n- UBMTTQ xã, Hội Nông dân xã;\n- Các công chức liên quan; thú y viên xã;\n"
                      "- Trưởng các thôn;\n- Lưu: VT, NN.\n")
    assert got == ["UBMTTQ xã, Hội Nông dân xã", "Các công chức liên quan", "thú y viên xã", "Trưởng các thôn",
                   "Lưu: VT, NN"]


def test_items_in_capitals_after_a_semicolon_stay_apart():
    """Two bodies run on one line ("- Sở Tài chính; Sở Nội vụ;"): two items, as before."""
    got = _recipients("Nơi nhận:\n- Sở Tài chính; Sở Nội vụ;\n- Lưu: VT, VP.\n")
    assert got == ["Sở Tài chính", "Sở Nội vụ", "Lưu: VT, VP"]


def test_a_dash_read_as_a_colon_opens_an_item():
    got = _recipients("Nơi nhận:\n- Ban Thường vụ Tỉnh ủy (để báo cáo),\n- Các chi bộ trực thuộc,\n"
                      ": Ủy ban MTTQ Việt Nam xã, Hội Nông dân xã,\n- Lưu Văn phòng Đảng ủy.\n", party=True)
    assert got == ["Ban Thường vụ Tỉnh ủy", "Các chi bộ trực thuộc", "Ủy ban MTTQ Việt Nam xã, Hội Nông dân xã",
                   "Lưu Văn phòng Đảng ủy"]


def test_a_short_body_before_a_semicolon_is_no_misread_title():
    """(fixrev48) "- BCĐ; các thôn;" (a commune's Ban Chỉ đạo, then its villages): two addressees; only a misread
    title's abbreviation ("Cl", "PCl", "GD") takes the small letters after its ";"."""
    got = _recipients("Nơi nhận:\n- Phòng Kinh tế huyện;\n- BCĐ; các thôn;\n- PCl; các thành viên UBND xã;\n"
                      "- Lưu: VT.\n")
    assert got == ["Phòng Kinh tế huyện", "BCĐ", "các thôn", "PCl, các thành viên UBND xã", "Lưu: VT"]
