"""Metadata (header, title, signature, recipients) of real documents in legacy-OCR and scanned form.

Material, all real OCR output of tuning documents (none of the bench's held-out five):

* ``fixtures/legacy_meta/*.eng.txt``: lines copied verbatim from ``bench/.cache/realdocs-ocr``
  (the document rendered and read by ``tesseract -l eng``, which loses the marks as the legacy
  engines did); the tests restore them page by page as ingest does (``correct_text``);
* ``fixtures/realdocs/NAME.eng.txt``: whole documents of the same kind (with their labels);
* ``fixtures/scan_pages/NAME.pages.json``: vanban's own OCR of the scanned form (Tesseract ``vie``,
  text and line geometry per page, ``bench/.cache/realdocs-scan``).

Expected values are the hand-written labels (``realdocs/labeled``, ``bench/gold/tune``,
``bench/gold/spent``), compared as ``bench/extract.py`` does: number, type, date exact; names
and titles under the loose key (ratio ≥ 85 for OCR-garbled letters); recipients one by one
(ratio ≥ 80). Each test names the kind of OCR damage it stands for.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from vanban.extract import extract
from vanban.extract.folded import loose_key
from vanban.structure import build_structure

from ocr_forms import legacy_text, scan_pages

FIX = Path(__file__).parent / "fixtures"
META = FIX / "legacy_meta"


def _legacy(raw: str) -> str:
    """The legacy form as ingest stores it: each page restored."""
    return legacy_text(raw)


def _meta(name: str):
    return extract(_legacy((META / name).read_text(encoding="utf-8"))).metadata


def _scan_meta(stem: str):
    """Metadata of the scanned form: each page's OCR restored, structure from its line geometry."""
    pages = scan_pages(FIX / "scan_pages" / f"{stem}.pages.json")
    return extract("\f".join(p.text for p in pages), structure=build_structure(pages)).metadata


def _close(a: str | None, b: str | None, cutoff: float = 85.0) -> bool:
    if a is None or b is None:
        return a is None and b is None
    ka, kb = loose_key(a), loose_key(b)
    return ka == kb or fuzz.ratio(ka, kb) >= cutoff


def _same_recipients(gold: list[str], got) -> bool:
    return len(gold) == len(got) and all(_close(a, b, 80) for a, b in zip(gold, got))


# --- header: số ký hiệu -------------------------------------------------------------------

@pytest.mark.parametrize("name, number", [
    ("631-TB-VPCP.head.eng.txt", "631/TB-VPCP"),          # "S06: 631/TB-VPCP"
    ("86-2025-QD-UBND.head.eng.txt", "86/2025/QĐ-UBND"),  # "S60:" / "86/2025/QD-UBND"
    ("70-2025-NQ-HDND.head.eng.txt", "70/2025/NQ-HĐND"),  # "S6:" / "" / "70/2025/NQ-HDND"
    ("11298-VPCP-KTTH.head.eng.txt", "11298/VPCP-KTTH"),  # "S06: 11298/VPCP-KTTH"
])
def test_number_line_as_eng_ocr_reads_so(name, number):
    """Kind: "Số:" read as "S06:"/"S60:"/"S6:", the symbol on its line or one blank line below."""
    assert _meta(name).number == number


@pytest.mark.parametrize("name, number", [
    ("226-CD-TTg.head.eng.txt", "226/CĐ-TTg"),
    ("229-CD-TTg.head.eng.txt", "229/CĐ-TTg"),
])
def test_cong_dien_code_gets_its_d_back(name, number):
    """Kind: the Công điện code "CĐ" read "CD" (eng OCR has no Đ); restoration repairs it, while
    "NĐ-CP" keeps its "CP" (Chính phủ) and "05-NQ/CB" its "CB" (Chi bộ)."""
    from vanban.symbols import normalize_symbol

    assert _meta(name).number == number
    assert normalize_symbol("181/2024/ND-CP") == "181/2024/NĐ-CP"
    assert normalize_symbol("05-NQ/CB") == "05-NQ/CB"


# --- header: issuer, place-date -------------------------------------------------------------

def test_head_word_cut_by_the_line_break_is_one_body():
    """Kind: "VAN" / "PHONG CHiNH PHU" (a narrow header cell): one issuer, no parent "VĂN"."""
    m = _meta("11298-VPCP-KTTH.head.eng.txt")
    assert _close(m.issuer, "Văn phòng Chính phủ") and m.parent_issuer is None, (m.issuer, m.parent_issuer)


def test_last_word_of_the_issuer_wrapped_alone_is_no_body():
    """Kind: "SỞ NÔNG NGHIỆP VÀ MÔI" / "TRƯỜNG" (a17-05 legacy and scanned: the narrow header cell wrapped the
    issuer's last word, and "TRƯỜNG", the head of a school's name, was read as the issuer)."""
    text = ("UBND TỈNH HÀ TĨNH\nSỞ NÔNG NGHIỆP VÀ MÔI\nTRƯỜNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nSố: 1387/QĐ-SNNMT\nHà Tĩnh, ngày 04 tháng 12 năm 2026\n\nQUYẾT ĐỊNH\n"
            "Về việc ban hành quy trình quan trắc môi trường\n")
    m = extract(text).metadata
    assert (m.issuer.lower(), m.parent_issuer.lower()) == ("sở nông nghiệp và môi trường", "ubnd tỉnh hà tĩnh")


def test_place_broken_over_the_date_line():
    """Kind: "Ha" / "NOi, ngay 21 thang 11 nam 2025": the place is "Hà Nội", not "Nội"."""
    m = _meta("226-CD-TTg.head.eng.txt")
    assert (m.place, m.date) == ("Hà Nội", "2025-11-21")


def test_place_date_cell_beside_kinh_gui_in_a_scan():
    """Kind (scan): the header table's left column "Số … / V/v … / Kính gửi:" is read before the
    right one "Hà Nội, ngày 20 tháng 11 năm 2025 / - Bộ trưởng …": the date is the document's,
    never an addressee."""
    m = _scan_meta("11414-VPCP-CN")
    assert (m.place, m.date) == ("Hà Nội", "2025-11-20")
    assert list(m.recipients[:3]) == ["Bộ trưởng Bộ Xây dựng", "Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh",
                                      "Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai"], m.recipients


# --- title block ------------------------------------------------------------------------------

def test_title_line_opening_with_doc_lap_is_no_motto():
    """Kind: a trích yếu line "ĐỘC LẬP TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI (…" read as the motto cut the
    title; it runs to its end over the short lines legacy OCR wraps it into."""
    m = _meta("70-2025-NQ-HDND.head.eng.txt")
    gold = ("Quy định một số nội dung về sử dụng ngân sách để đầu tư xây dựng công trình hạ tầng kỹ thuật khung, "
            "hạ tầng xã hội thiết yếu trong dự án đầu tư xây dựng nhà ở xã hội độc lập trên địa bàn thành phố "
            "Hà Nội (thực hiện điểm b khoản 2 Điều 29 Luật Thủ đô số 39/2024/QH15)")
    assert _close(m.title, gold), m.title


def test_vv_title_across_a_blank_line():
    """Kind: "V/v day nhanh tién d6 Du an dong cao toc" / "" / "Bén Litc - Long Thanh …" / "thudc …"."""
    m = _meta("11414-VPCP-CN.head.eng.txt")
    gold = ("V/v đẩy nhanh tiến độ Dự án đường cao tốc Bến Lức - Long Thành và Dự án đường cao tốc "
            "Biên Hòa - Vũng Tàu giai đoạn 1 thuộc nhiệm vụ của Đoàn kiểm tra số 06")
    assert _close(m.title, gold), m.title
    assert (m.place, m.date) == ("Hà Nội", "2025-11-20")  # "Ha NOi, ngay 20" / "thang 11 nam 2025" ends it


def test_sentence_case_title_across_blank_lines():
    """Kind: a trích yếu in small letters cut by legacy OCR's blank lines after a word that waits for its object:
    "… cia Tht tuéng" / "" / "Chinh phu vé …" / "Mui va" / "" / "mua Lé hoi Xuan nam 2027" (t20-03, tune20;
    the title was cut after its first line). Expected: the label's title."""
    m = _meta("t20-03-KH-BO.head.eng.txt")
    gold = ("Triển khai thực hiện Chỉ thị số 36/CT-TTg ngày 02/12/2026 của Thủ tướng Chính phủ về tăng cường bảo đảm "
            "an toàn thực phẩm dịp Tết Nguyên đán Đinh Mùi và mùa Lễ hội Xuân năm 2027")
    assert _close(m.title, gold), m.title
    assert m.number == "2187/KH-BYT"


def test_noi_nhan_read_without_its_space():
    """Kind: the Nơi nhận label read with the space between its words dropped ("__Noinhan: __", t20-08, tune20): the
    label was not known, its list read as the body's last paragraph, the recipients lost. Expected: the label's."""
    m = _meta("t20-08-HD-BTC.noi-nhan.eng.txt")
    gold = ["Thường trực Tỉnh ủy", "Các ban đảng, Văn phòng Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy",
            "Đảng ủy UBND tỉnh, Đảng ủy các cơ quan Đảng tỉnh", "Các đảng ủy xã, phường", "Ủy ban MTTQ Việt Nam tỉnh",
            "Lãnh đạo Ban", "Lưu VT, Phòng TCĐ-ĐV"]
    assert _same_recipients(gold, m.recipients), m.recipients


def test_office_read_on_its_parent_s_place_line():
    """Kind: a scan read the office's own line onto its parent's place ("ỦY BAN NHÂN DÂN THÀNH PH“" / "HẢI PHÒNG VĂN
    PHÒNG", t20-05 scanned, tune20): parent and office were one issuer. Expected: the label's issuer and parent."""
    m = _scan_meta("t20-05-TB-KLUB.head")
    assert _close(m.issuer, "Văn phòng Ủy ban nhân dân thành phố"), m.issuer
    assert _close(m.parent_issuer, "Ủy ban nhân dân thành phố Hải Phòng"), m.parent_issuer


def test_speck_before_an_addressee_s_dash_after_a_blank_line():
    """Kind: a scan's speck read before the dash of a Kính gửi item that a blank line parts from the one above ("~-
    Đảng ủy các cơ quan Đảng tỉnh;", t20-04 scanned, tune20): the list ended there, its last two addressees lost.
    Expected: the label's first five recipients (the Kính gửi list)."""
    m = _scan_meta("t20-04-CV-DONDOC.head")
    gold = ["Các đảng ủy trực thuộc Tỉnh ủy", "Các ban đảng, Ủy ban Kiểm tra Tỉnh ủy", "Đảng ủy Ủy ban nhân dân tỉnh",
            "Đảng ủy các cơ quan Đảng tỉnh", "Đảng ủy Ủy ban Mặt trận Tổ quốc và các đoàn thể tỉnh"]
    assert _same_recipients(gold, m.recipients), m.recipients


# --- addressees of a Công điện ------------------------------------------------------------------

def test_cong_dien_addressees_after_a_speck_before_dien():
    """Kind: "THU TUONG CHINH PHU 4dién:" (a speck before "điện") opens the addressees."""
    m = _meta("229-CD-TTg.head.eng.txt")
    assert list(m.recipients) == ["Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
                                  "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"], m.recipients


def test_addressee_names_announced_by_a_colon_across_a_blank_line():
    """Kind: "- BO trudng" / "cac Bo:" / "" / "Quéc phong, …, Y té." / "" / "- Bi thu …": the colon's
    names are the item's, and the list goes on after its blank lines."""
    m = _meta("226-CD-TTg.head.eng.txt")
    gold = ["Bộ trưởng các Bộ: Quốc phòng, Công an, Tài chính, Nông nghiệp và Môi trường, Y tế",
            "Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, "
            "Quảng Trị, Huế, Đà Nẵng, Quảng Ngãi, Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng"]
    assert _same_recipients(gold, m.recipients), m.recipients


# --- Nơi nhận and signature ----------------------------------------------------------------------

def test_item_rest_below_a_blank_line_keeps_the_list_and_the_signature():
    """Kind: "- Ban Thi dua - Khen thudng Trung wong" / "" / "(b/c);": the item's rest, not the end of
    the list (which lost the eleven items below and the three-level signature)."""
    m = _meta("0124-KH-UBND.noi-nhan.eng.txt")
    gold = ["Ban Thi đua - Khen thưởng Trung ương", "TT. Tỉnh ủy", "TT. HĐND tỉnh", "CT, PCT UBND tỉnh",
            "Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể tỉnh", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
            "Các Sở, ban, ngành", "UBND các xã, phường", "Chánh, các PCVP UBND tỉnh",
            "Báo và Phát thanh, Truyền hình Đắk Lắk", "Các phòng, Ban, TT thuộc VP. UBND tỉnh", "Lưu: VT, NV (V-10b)"]
    assert _same_recipients(gold, m.recipients), m.recipients
    assert (m.signer_authority, m.signer_delegation, m.signer_title) == ("KT. CHỦ TỊCH", None, "PHÓ CHỦ TỊCH")


def test_item_dash_read_as_underscore():
    """Kind: "_ TT HDND, UBND, UBMTTQVN cac xa, …" (the dash read as "_") is one more item."""
    m = _meta("72-2025-NQ-HDND.noi-nhan.eng.txt")
    assert len(m.recipients) == 20 and m.recipients[-1] == "Lưu: VT", m.recipients
    assert m.recipients[15].startswith("TT HĐND, UBND"), m.recipients  # the "_" is no part of it
    assert _close(m.recipients[15], "TT HĐND, UBND, UBMTTQVN các xã, phường thuộc Thành phố"), m.recipients
    assert m.signer_title == "CHỦ TỊCH"


def test_office_units_below_a_blank_line_are_no_signer_title():
    """Kind: "- VPCP: BTCN, …" / "" / "Thu ky cha PTTgCP Le Van Canh;" / "" / "cac Vu: CN, KTTH, …;": the
    office's units go on its item; they became the signer's title."""
    m = _meta("623-TB-VPCP.noi-nhan.eng.txt")
    assert m.signer_title == "PHÓ CHỦ NHIỆM"
    vpcp = next(r for r in m.recipients if r.startswith("VPCP"))
    assert vpcp.endswith("các Vụ: CN, KTTH, NN, TCCV, KGVX"), m.recipients
    assert len(m.recipients) == 5


def test_codes_a_colon_announces_on_the_next_page():
    """Kind: "- VPCP: …, cdc" / "Vu, Cuc:" / page break / "TH, KTTH, NN, PL, QHDP, QHQT;": the codes end
    the item (they were read as the signer's title)."""
    m = _meta("627-TB-VPCP.noi-nhan.eng.txt")
    assert m.signer_title == "PHÓ CHỦ NHIỆM"
    gold = ["Thủ tướng, các Phó Thủ tướng", "Các Thành viên Ban Chỉ đạo", "Các bộ, cơ quan ngang bộ, cơ quan thuộc CP",
            "Kiểm toán Nhà nước",
            "UBND các tỉnh, thành phố: Hồ Chí Minh, Hà Nội, Đà Nẵng, Hải Phòng, Cần Thơ, Tuyên Quang, Thái Nguyên, "
            "Phú Thọ, Sơn La, Lạng Sơn, Cao Bằng, Hưng Yên, Bắc Ninh, Ninh Bình, Thanh Hóa, Nghệ An, Hà Tĩnh, "
            "Quảng Trị, Quảng Ngãi, Gia Lai, Khánh Hòa, Đắk Lắk, Lâm Đồng, Tây Ninh, Đồng Nai, Vĩnh Long, Đồng Tháp, "
            "An Giang, Cà Mau",
            "Các Tập đoàn, TCT: EVN, VEC, ACV, VATM",
            "VPCP: BTCN, các PCN, Trợ lý, Thư ký TTg, PTTg, TGĐ Cổng TTĐT CP, các Vụ, Cục: TH, KTTH, NN, PL, QHĐP, QHQT",
            "Lưu: VT, CN (2). nvv"]
    assert _same_recipients(gold, m.recipients), m.recipients


#: the Nơi nhận of 653-TB-VPCP as labelled (bench/gold/tune)
_RECIPIENTS_653 = ["Thủ tướng, PTTg Trịnh Văn Phong", "Các Bộ: CT, XD", "UBND các tỉnh, TP: Hồ Chí Minh, Đồng Nai",
                   "Các Tập đoàn: EVN, PVN",
                   "VPCP: BTCN, PCN Phan Văn Nam, PCN Phạm Văn Bảo; Trợ lý TTgCP; Cổng TTĐT, các Vụ: TH, QHĐP",
                   "Lưu: VT,CN (2)"]


def test_scan_semicolon_inside_a_list_of_codes():
    """Kind (scan): "- Các Bộ: CT;, XD;" — Tesseract's ";" for the printed "," cut the list in two."""
    m = _scan_meta("653-TB-VPCP")
    assert _same_recipients(_RECIPIENTS_653, m.recipients), m.recipients


def test_scan_signer_name_on_an_item_line_and_items_across_blank_lines():
    """Kinds (scan): the Công điện's addressees one blank line apart; "TH; Phan Văn Nam" — the
    signer's name, read onto the last item's line, is the signer's and no recipient."""
    m = _scan_meta("226-CD-TTg")
    gold = ["Bộ trưởng các Bộ: Quốc phòng, Công an, Tài chính, Nông nghiệp và Môi trường, Y tế",
            "Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, "
            "Quảng Trị, Huế, Đà Nẵng, Quảng Ngãi, Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng",
            "Thủ tướng, các Phó Thủ tướng CP", "Đài THVN, Đài TNVN, TTXVN",
            "VPCP: BTCN, các PCN, các Trợ lý TTg, Cổng TTĐT, các Vụ, Cục: NN, CN, KGVX, TH", "Lưu: VT, KTTH (2)"]
    assert _same_recipients(gold, m.recipients), m.recipients
    assert m.signer_name == "Phan Văn Nam"


def test_scan_items_run_on_one_line():
    """Kind (scan): "- Bí thư …: Gia Lai, - Đăk Lắk và Khánh" / "Hòa; - Các Bộ: …" — items run together
    and a wrapped addressee line; "Các Tập đoàn: EVN, VNPT; Viettel;" one item."""
    m = _scan_meta("223-CD-TTg")
    gold = ["Bí thư tỉnh ủy, Chủ tịch Ủy ban nhân dân các tỉnh: Gia Lai, Đắk Lắk và Khánh Hòa",
            "Các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường, Xây dựng, Công Thương, Giáo dục và Đào tạo, "
            "Y tế, Tài chính",
            "Ban Bí thư Trung ương Đảng", "Thủ tướng, các Phó Thủ tướng CP", "Văn phòng Trung ương Đảng",
            "Văn phòng Chủ tịch nước", "Văn phòng Quốc hội", "Văn phòng Tổng Bí thư", "Đài THVN, Đài TNVN, TTXVN",
            "Các Tập đoàn: EVN, VNPT, Viettel", "VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ: CN, NC",
            "Lưu: Văn thư, NN (2) Tuynh"]
    assert _same_recipients(gold, m.recipients), m.recipients


# --- whole documents ---------------------------------------------------------------------------------

_FIELDS_EXACT = ("number", "type", "date")
_FIELDS_LOOSE = ("issuer", "parent_issuer", "place", "title", "signer_authority", "signer_title")


@pytest.mark.parametrize("stem", ["221-KL-TW", "223-CD-TTg", "659-TB-VPCP"])
def test_legacy_documents_metadata_as_labelled(stem):
    """Every header, title and signature field of three whole legacy-OCR documents as labelled:
    221-KL-TW (Nơi nhận items broken by blank lines, "T/M BỘ CHÍNH" / "TRỊ"), 223-CD-TTg ("CD"),
    659-TB-VPCP (a nine-line trích yếu)."""
    folder = FIX / "realdocs"
    gold = json.loads((folder / f"{stem}.labels.json").read_text(encoding="utf-8"))
    m = extract(_legacy((folder / f"{stem}.eng.txt").read_text(encoding="utf-8"))).metadata
    got = {k: getattr(m, k) for k in _FIELDS_EXACT + _FIELDS_LOOSE}
    got["signer_authority"] = m.signer_levels
    miss = [k for k in _FIELDS_EXACT if gold.get(k) != got[k]]
    miss += [k for k in _FIELDS_LOOSE if not _close(gold.get(k), got[k])]
    assert not miss, {k: (gold.get(k), got[k]) for k in miss}
    assert _same_recipients(gold["recipients"], m.recipients), m.recipients


def test_publication_purpose_is_no_part_of_a_recipient():
    """Kind: "(dva tin)" — "(đưa tin)", for publication — and "(d/b)" are purposes, dropped like "(b/c)".
    ("- Như Điều 2;" is a back-reference like "Như trên" and is not listed, as the label of 1627-QD-UBND
    and bench/gold/tune/README.md have it.)"""
    m = _meta("1627-QD-UBND.noi-nhan.eng.txt")
    gold = ["Văn phòng Chính phủ", "Bộ Tài chính", "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh", "Các PCT UBND tỉnh",
            "VP: Tỉnh ủy, HĐND tỉnh, Đoàn ĐBQH tỉnh", "VPUB: CVP, các PCVP", "Cổng TTĐT tỉnh", "Lưu: VT, KTTHVTD"]
    assert _same_recipients(gold, m.recipients), m.recipients
    assert (m.signer_authority, m.signer_title) == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")


def test_office_unit_cong_ttdt_as_restoration_spells_it():
    """Kind: "…; Cong" / "TTDT, cac Vu: TH, QHDP;" — restoration writes "Công TTĐT" (the unit Cổng
    thông tin điện tử): still one of the office's units after its ";", not a recipient of its own."""
    m = _meta("653-TB-VPCP.noi-nhan.eng.txt")
    assert _same_recipients(_RECIPIENTS_653, m.recipients), m.recipients


def test_scan_noi_nhan_run_on_with_a_comma_for_a_semicolon():
    """Kind (scan): "Nơi nhận: - Như trên; - Thủ tướng Chính phủ,-" / "Phó TTg Dương Văn Lộc; - Bộ Tài
    chính; -" / …: the items run on in the cell, one ";" read as ","; outside a colon's list a "," before
    an item mark ends the item."""
    m = _scan_meta("11298-VPCP-KTTH")
    assert list(m.recipients[1:]) == ["Thủ tướng Chính phủ", "Phó TTg Dương Văn Lộc", "Bộ Tài chính",
                                      "VPCP: BTCN, PCN Trần Thị Bình", "Lưu: VT, KTTH (02)"], m.recipients


@pytest.mark.parametrize("name, printed, authority", [
    ("1949-QD-UBND.head.eng.txt", "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC CHUẨN HÓA TRONG LĨNH VỰC TÀI NGUYÊN "
     "NƯỚC THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG, UBND CẤP XÃ TỈNH CAO BẰNG",
     "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG"),
    ("2634-QD-TTg.head.eng.txt", "VỀ VIỆC PHÊ DUYỆT DANH MỤC CÁC CÔNG TRÌNH, DỰ ÁN QUAN TRỌNG QUỐC GIA, TRỌNG ĐIỂM "
     "NGÀNH NĂNG LƯỢNG", "THỦ TƯỚNG CHÍNH PHỦ"),
])
def test_enacting_authority_under_the_title_ends_it(name, printed, authority):
    """Kind: "NGANH NANG LUONG" / "THU TUONG CHiNH PHU" / "Can cv? …": the authority that enacts the
    Quyết định, with no blank line above it, is no part of the trích yếu (expected: the title as
    published, realdocs/docs/NAME.md)."""
    m = _meta(name)
    assert _close(m.title, printed) and not m.title.endswith(authority), m.title


def test_nothing_goes_on_the_archive_note_after_its_full_stop():
    """Kind: "- Luu: VT, TCCB." / "KT. BO TRUONG" / … / "ok ok" (eng OCR's reading of the seal) / "" /
    "THU TUC HANH CHINH DUOC SUA" (the appendix): the list ends with its "Lưu:" note (expected: the Nơi
    nhận as published, realdocs/docs/3574-QD-BYT.md)."""
    m = _meta("3574-QD-BYT.noi-nhan.eng.txt")
    printed = ["Đ/c Bộ trưởng", "Các đ/c Thứ trưởng", "Văn phòng Chính phủ (Cục Kiểm soát TTHC)",
               "UBND các tỉnh, TP trực thuộc TW", "Cổng Thông tin điện tử, Bộ Y tế", "Sở Y tế các tỉnh, TP trực thuộc TW",
               "Lưu: VT, TCCB"]
    assert _same_recipients(printed, m.recipients), m.recipients
    assert (m.signer_authority, m.signer_title) == ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG THƯỜNG TRỰC")


def test_date_with_a_mark_misread_in_nam():
    """Kind: "thang 12 ném 2025" (eng OCR put an acute on "nam"; restoration keeps "ném", a word of its
    own): still the place-date line (published: "Hà Nội, ngày 02 tháng 12 năm 2025", 2634-QD-TTg)."""
    m = _meta("2634-QD-TTg.head.eng.txt")
    assert (m.place, m.date) == ("Hà Nội", "2025-12-02")


def test_issuer_cell_lost_by_ocr_taken_from_the_enacting_authority():
    """Kind: the header's "BỘ Y TẾ" cell missing from the eng OCR (the page opens with the motto); the
    enacting line "BO TRUONG BO Y TE" under the title names the issuing body (published: "BỘ Y TẾ")."""
    m = _meta("3574-QD-BYT.head.eng.txt")
    assert m.issuer == "BỘ Y TẾ" and m.number == "3574/QĐ-BYT"


def test_title_line_opening_with_thuc_hien_is_no_preamble():
    """Kind: "… CA NHAN" / "THUC HIEN DICH VU CONG" / "TRUC TUYEN …": a wrapped line of a trích yếu in capitals
    that opens with "THỰC HIỆN" goes on the title (the preamble's "Thực hiện …" is never in capitals)."""
    m = _meta("77-2025-NQ-HDND.head.eng.txt")
    printed = ("QUY ĐỊNH NỘI DUNG CHI, MỨC CHI KHUYẾN KHÍCH TỔ CHỨC, CÁ NHÂN THỰC HIỆN DỊCH VỤ CÔNG TRỰC TUYẾN ĐỐI VỚI "
               "CÁC THỦ TỤC HÀNH CHÍNH THUỘC PHẠM VI QUẢN LÝ CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI")
    assert _close(m.title, printed), m.title


def test_authority_tm_printed_with_a_trademark_sign():
    """Kind: "T™." / "UY BAN NHAN DAN" / "CHU TICH" (53/2025/QĐ-UBND): eng OCR printed the M of "TM." as "™";
    the authority was lost and its body became part of the signer's title."""
    m = _meta("53-2025-QD-UBND.noi-nhan.eng.txt")
    assert (m.signer_authority, m.signer_title) == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
