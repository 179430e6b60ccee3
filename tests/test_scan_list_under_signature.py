"""(scan48, issue #9) A scanned Nơi nhận list that goes on below the signer's name, and specks between the columns.

Kinds, each met on a real document scanned by session 47's newcomer (rotated, noisy image PDFs of
../shared/realdocs/docs), with a second form of the same kind from another real document:
- the list is longer than the signature beside it, so its last items stand below the two-column region, and a scan
  reads an item's dash there as two specks ("_~ Văn phòng Chủ tịch nước;", 217/CĐ-TTg; "~- Đài THVN, …", 226/CĐ-TTg):
  the items are the list's, not a gap that ends the block (217 kept 4 items of 9);
- below the region an item's dash misread as letters ("sc VPCGP' các PGCN, Trợ lý 11,", 386/NQ-CP): with the archive
  note "- Lưu: …" — the list's last item — a line or two below, the line is an item (386 lost it and the "Lưu");
- the signing level joined to the "Nơi nhận:" line with a speck between ("Nơi nhận: Ặ TM. ỦY BAN NHÂN DÂN", 2568/QĐ-UBND;
  "Nơi nhận: . T/M BAN THƯỜNG VỤ", 24-KH/ĐU's seed): the level, never the first recipient;
- underscores before the deputy's title ("__ PHÓ THỦ TƯỚNG", 386/NQ-CP): a speck, not the delegation's last word.
Lines are the documents' own (as printed; the specks as the scans read them), their x positions those of the scans.
"""

from signature_rows import read_rows
from vanban.models import LineGeometry, Page
from vanban.structure.lines import lines_of
from vanban.structure.signature import read_signature

BODY = LineGeometry(x0=0.10, x1=0.90)
BLANK = LineGeometry()


def _left(x1=0.40):
    return LineGeometry(x0=0.104, x1=x1, table=0, row=0, col=0, column=0)


def _right(x0=0.60, x1=0.77):
    return LineGeometry(x0=x0, x1=x1, table=0, row=0, col=1, column=1)


def _below(x0=0.104, x1=0.40):
    return LineGeometry(x0=x0, x1=x1)


def _read(rows):
    return read_rows(rows, "image-ocr")


def test_217_items_below_the_name_one_dash_read_as_two_specks():
    sig, items = _read([
        ("vực những vấn đề đột xuất, phát sinh./.", _below(x1=0.44)),
        ("", BLANK),
        ("Nơi nhận:", _left(0.19)),
        ("- Như trên;", _left(0.20)),
        ("- Ban Bí thư Trung ương Đảng;", _left(0.38)),
        ("- Thủ tướng, các Phó Thủ tướng CP;", _left(0.42)),
        ("- Văn phòng Trung ương Đảng;", _left(0.38)),
        ("KT. THỦ TƯỚNG", _right()),
        ("PHÓ THỦ TƯỚNG", _right()),
        ("Trần Văn Xuân", _right(0.62, 0.75)),
        ("", BLANK),
        ("_~ Văn phòng Chủ tịch nước;", _below(0.088, 0.35)),
        ("", BLANK),
        ("- Văn phòng Quốc hội;", _below(x1=0.30)),
        ("", BLANK),
        ("- Đài THVN, Đài TNVN, TTXVN;", _below(x1=0.41)),
        ("- VPCP: BTCN, các PCN, Trợ lý TTg,", _below(x1=0.44)),
        ("TGĐ Cổng TTĐT, các Vụ: CN, NC;", _below(x1=0.42)),
        ("- Lưu: Văn thư, NN (2)", _below(x1=0.30)),
    ])
    assert (sig.levels, sig.title, sig.name) == (("KT. THỦ TƯỚNG",), "PHÓ THỦ TƯỚNG", "Trần Văn Xuân")
    assert len(items) == 9
    assert items[4] == "_~ Văn phòng Chủ tịch nước;"
    assert items[7] == "- VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ: CN, NC;"
    assert items[-1] == "- Lưu: Văn thư, NN (2)"


def test_226_a_tilde_before_the_dash_below_the_name():
    sig, items = _read([
        ("Nơi nhận:", _left(0.19)),
        ("- Như trên;", _left(0.20)),
        ("- Thủ tướng, các Phó Thủ tướng CP;", _left(0.42)),
        ("THỦ TƯỚNG", _right(0.64, 0.75)),
        ("Phan Văn Nam", _right(0.62, 0.76)),
        ("~- Đài THVN, Đài TNVN, TTXVN;", _below(0.09, 0.41)),
        ("- VPCP: BTCN, các PCN, các Trợ lý TTg, Cổng TTĐT, các Vụ, Cục: NN, CN, KGVX,", _below(x1=0.88)),
        ("TH;", _below(x1=0.14)),
        ("- Lưu: VT, KTTH (2)", _below(x1=0.30)),
    ])
    assert (sig.title, sig.name) == ("THỦ TƯỚNG", "Phan Văn Nam")
    assert len(items) == 5 and items[2] == "~- Đài THVN, Đài TNVN, TTXVN;" and items[-1] == "- Lưu: VT, KTTH (2)"


def test_386_an_item_whose_dash_was_read_as_letters_before_the_archive_note():
    sig, items = _read([
        ("Nơi nhận:", _left(0.19)),
        ("- Như Điều 4;", _left(0.22)),
        ("- Các đồng chí TVCP;", _left(0.30)),
        ("- Văn phòng Quốc hội;", _left(0.30)),
        ("- Ủy ban KTTC của QH;", _left(0.32)),
        ("TM. CHÍNH PHỦ", _right()),
        ("KT. THỦ TƯỚNG", _right()),
        ("__ PHÓ THỦ TƯỚNG", _right(0.58, 0.78)),
        ("Dương Văn Lộc", _right(0.62, 0.76)),
        ("sc VPCGP' các PGCN, Trợ lý 11,", _below(0.086, 0.37)),
        ("các Vụ: TH, QHĐP, PL;", _below(x1=0.32)),
        ("- Lưu: VT, KTTH (2)", _below(x1=0.29)),
    ])
    assert sig.levels == ("TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG")  # no "__" on the delegation
    assert (sig.title, sig.name) == ("PHÓ THỦ TƯỚNG", "Dương Văn Lộc")
    assert items[-2] == "sc VPCGP' các PGCN, Trợ lý 11, các Vụ: TH, QHĐP, PL;"
    assert items[-1] == "- Lưu: VT, KTTH (2)" and len(items) == 6


def test_228_an_item_read_with_a_rule_for_its_dash_before_the_archive_note():
    _, items = _read([
        ("Nơi nhận:", _left(0.19)),
        ("- Như trên;", _left(0.20)),
        ("KT. THỦ TƯỚNG", _right()),
        ("PHÓ THỦ TƯỚNG", _right()),
        ("- Thủ tướng, các Phó Thủ tướng Chính phủ;", _left(0.45)),
        ("Dương Văn Lộc", _right(0.62, 0.76)),
        ("= VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ: KGVX, NN;", _below(x1=0.80)),
        ("- Lưu: Văn thư, KTTH (2) Nam 15b", _below(x1=0.40)),
    ])
    assert len(items) == 4 and items[2].startswith("= VPCP: BTCN") and items[-1].startswith("- Lưu: Văn thư")


def test_a_line_below_a_closed_list_is_no_item():
    """The archive note came: what follows (the next page's note, a footnote) is the block's end, not an item."""
    _, items = _read([
        ("Nơi nhận:", _left(0.19)),
        ("- Như trên;", _left(0.20)),
        ("- Lưu: VT, KTTH (2)", _left(0.30)),
        ("THỦ TƯỚNG", _right(0.64, 0.75)),
        ("Phan Văn Nam", _right(0.62, 0.76)),
        ("Các công điện: số 217/CĐ-TTg ngày 16/11/2025;", _below(x1=0.60)),
        ("- Lưu: bản sao", _below(x1=0.30)),
    ])
    assert items == ["- Như trên;", "- Lưu: VT, KTTH (2)"]


def test_2568_a_speck_between_the_label_and_the_level_on_its_line():
    """The two columns read row by row into one line each (2568/QĐ-UBND scanned)."""
    sig, items = _read([
        ("các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này kể từ ngày ký./.", BODY),
        ("", BLANK),
        ("Nơi nhận: Ặ TM. ỦY BAN NHÂN DÂN", LineGeometry(x0=0.105, x1=0.81)),
        ("- Như Điều 4; CHỦ TỊCH", LineGeometry(x0=0.105, x1=0.74)),
        ("", BLANK),
        ("- TT. TU, HĐND, UBND TP; Trần Văn Xuân", LineGeometry(x0=0.105, x1=0.76)),
        ("- VP.UBND TP (2i, 3B);", _below(x1=0.33)),
        ("", BLANK),
        ("- Cổng thông tin điện tử thành phố;", _below(x1=0.41)),
        ("", BLANK),
        ("- Lưu: VT, CT.", _below(x1=0.24)),
    ])
    assert (sig.levels, sig.title, sig.name) == (("TM. ỦY BAN NHÂN DÂN",), "CHỦ TỊCH", "Trần Văn Xuân")
    assert not any("ỦY BAN" in i for i in items)
    assert items[0].startswith("- Như Điều 4") and items[-1] == "- Lưu: VT, CT." and len(items) == 5


def test_24_kh_du_a_stop_between_the_label_and_the_party_level():
    """24-KH/ĐU's legacy seed, restored: "Nơi nhận:" with the Ban Thường vụ's level on its line, a stop between."""
    text = ("- Ban Tuyên giáo và Dân vận Thành ủy,\n- Thường trực UBND phường,\n- Lưu VPĐU.\n\n"
            "Nơi nhận: . T/M BAN THƯỜNG VỤ\n")
    lines = lines_of([Page(1, "txt", text, text)])
    sig, recips, _ = read_signature(lines, 0, len(lines))
    assert sig.levels == ("T/M BAN THƯỜNG VỤ",)
    assert [" ".join(text[r.start:r.end].split()) for r in recips] == [
        "- Ban Tuyên giáo và Dân vận Thành ủy,", "- Thường trực UBND phường,", "- Lưu VPĐU."]


def test_a_word_after_the_label_is_an_item_not_a_speck():
    """"Nơi nhận: Như trên; TM. …": a word (three letters) before the level is the list's first item's."""
    text = "Nơi nhận: Như trên;\n- Lưu: VT.\n"
    lines = lines_of([Page(1, "txt", text, text)])
    _, recips, _ = read_signature(lines, 0, len(lines))
    assert " ".join(text[recips[0].start:recips[0].end].split()) == "Như trên;"
