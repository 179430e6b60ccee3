"""Header metadata of tuning documents in legacy-OCR and scanned form: kinds found by bench/structure_forms.py.

Material, all real OCR output of tuning documents (review sets, tune, fresh2; none held out):

* ``fixtures/legacy_meta/NAME.head.eng.txt``: the first lines of ``bench/.cache/realdocs-ocr/NAME.eng.txt``
  (the document rendered and read by ``tesseract -l eng``), restored page by page as ingest does;
* ``fixtures/scan_pages/NAME.head.pages.json``: the first lines (text and geometry) of page 1 of
  ``bench/.cache/realdocs-scan/NAME.pages.json`` (vanban's Tesseract ``vie`` OCR of the scanned form);
  ``NAME.pages.json``: the whole document.

Expected values are the documents' sidecars (``realdocs/docs/NAME.json``: number, issuer as printed) and the
hand labels (signer's title), never vanban's own rules.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rapidfuzz import fuzz

from vanban.extract import extract
from vanban.ocr.correct import correct_text
from vanban.structure import build_structure, structure_of_text
from vanban.text import fold

from ocr_forms import legacy_text, scan_pages

FIX = Path(__file__).parent / "fixtures"


def _legacy(name: str):
    """(Metadata, printed issuer) of the legacy form: the eng OCR lines restored as ingest does."""
    text = legacy_text((FIX / "legacy_meta" / f"{name}.head.eng.txt").read_text(encoding="utf-8"))
    st = structure_of_text(text)
    return extract(text, structure=st).metadata, st.header.printed_issuer


def _scan(name: str):
    """(Metadata, printed issuer) of the scanned form: each page's OCR restored, structure from its geometry."""
    pages = scan_pages(FIX / "scan_pages" / f"{name}.pages.json")
    st = build_structure(pages)
    return extract("\f".join(p.text for p in pages), structure=st).metadata, st.header.printed_issuer


def _same(a: str | None, b: str) -> bool:
    """Equal as bench/structure.py compares issuers: folded, spaces normalised."""
    return " ".join(fold(a or "").split()) == " ".join(fold(b).split())


@pytest.mark.parametrize("name, number, issuer", [
    # "SO:" / "218/2025/QD-UBND": restoration spells the label "SỞ:", the number on the line below
    ("218-2025-QD-UBND", "218/2025/QĐ-UBND", "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG"),
    # "S6: 5095/SGDDT-CTTTHSSV": restored "Sở: 5095/SGDĐT-…", the symbol on the label's line
    ("5095-SGDDT-CTTTHSSV", "5095/SGDĐT-CTTTHSSV", "UBND THÀNH PHỐ HÀ NỘI – SỞ GIÁO DỤC VÀ ĐÀO TẠO"),
])
def test_so_label_restored_as_so_body(name, number, issuer):
    """Kind: eng OCR's "Số:" restored as "Sở:" — a label (its colon), never a body "Sở …" nor part of the issuer."""
    meta, printed = _legacy(name)
    assert meta.number == number
    assert _same(printed, issuer)


def test_lone_symbol_is_no_issuer_line_legacy():
    """Kind: the "Số:" label lost by OCR, the symbol alone under the issuer ("TỈNH HÀ TĨNH" / "74/2025/QD-UBND")."""
    meta, printed = _legacy("74-2025-QD-UBND_ha-tinh")
    assert meta.number == "74/2025/QĐ-UBND"
    assert _same(printed, "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH")


def test_lone_symbol_is_no_issuer_line_scan():
    """Same kind on a scan: "Số:" read as "B8:", the symbol on the next line of the issuer's column."""
    meta, printed = _scan("44-2025-QD-UBND.head")
    assert meta.number == "44/2025/QĐ-UBND"
    assert _same(printed, "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI")


def test_head_word_cut_by_a_blank_line():
    """Kind: OCR breaks the issuer inside "ỦY BAN" with a blank line ("CHU TICH UY" / "" / "BAN NHAN DAN")."""
    meta, printed = _legacy("144-2025-QD-CTUBND")
    assert meta.number == "144/2025/QĐ-CTUBND"
    assert _same(printed, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP")


@pytest.mark.parametrize("name, issuer", [
    ("70-2025-NQ-HDND.head", "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI"),  # "HỘI ĐỒNG NHÂNDÂN"
    ("1594-QD-TTPVHCC.head", "UBND THÀNH PHỐ HÀ NỘI – TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"),  # "UBND THÀNH PHỐHÀ"
])
def test_issuer_words_run_together(name, issuer):
    """Kind: a scan's OCR runs two words of the issuer together; the printed issuer parts them again."""
    _, printed = _scan(name)
    assert _same(printed, issuer)
    assert "NHÂNDÂN" not in printed and "PHỐHÀ" not in printed


def test_speck_after_the_issuer():
    """Kind: a speck read between the issuer and the motto on one line ("KIỂM TOÁN NHÀ NƯỚC ˆ CỘNG HÒA …")."""
    meta, printed = _scan("1760-QD-KTNN")
    assert printed == "KIỂM TOÁN NHÀ NƯỚC"
    assert meta.number == "1760/QĐ-KTNN"


def test_deputy_title_garbled_under_kt_level():
    """Kind: the deputy's own title under "KT. TRƯỞNG BAN …" garbled by the scan ("PHúUƯUỬẾG BẾN"): who signs
    for the principal is the principal's deputy (label of 5331/CT-CS, review-meta7: "PHÓ TRƯỞNG BAN")."""
    meta, _ = _scan("5331-CT-CS")
    assert meta.signer_title == "PHÓ TRƯỞNG BAN"
    assert meta.signer_name == "Hoàng Thị Cúc"


def test_signature_split_by_a_page_break():
    """Kind: the level at a page's foot ("KT. CHỦ TỊCH"), the "Nơi nhận:" | "PHÓ CHỦ TỊCH" / name table on the
    next page (2904/QĐ-UBND scanned: its first lines, its last, and the next page's table). The label's cell is the
    list's: the items are recipients and the title and name beside them the signer's (label, fresh2)."""
    meta, _ = _scan("2904-QD-UBND.sig")
    assert meta.signer_title == "PHÓ CHỦ TỊCH"
    assert meta.signer_name == "Mai Thị Thoa"
    assert meta.recipients[:2] == ("Cục Kiểm soát TTHC, VPCP", "Chủ tịch, các PCT UBND tỉnh")
    assert meta.recipients[-1] == "Lưu: VT, HCC3"


def test_deputy_title_garbled_with_a_speck():
    """The same kind with a speck inside the garbled word ("PH“ƯƯƯỬẾG EẾN", 5387/CT-CS scanned; label, fresh2)."""
    meta, _ = _scan("5387-CT-CS")
    assert meta.signer_title == "PHÓ TRƯỞNG BAN"
    assert meta.signer_name == "Nguyễn Thị Vân"


def _key(s: str | None) -> str:
    return " ".join(fold(s or "").replace(",", " ").split())


# the published trích yếu (realdocs/docs/NAME.md, and the label of 130/2025/TT-BQP, fresh2)
_TITLE_385 = ("VỀ VIỆC KÝ HIỆP ĐỊNH VẬN CHUYỂN HÀNG KHÔNG GIỮA CHÍNH PHỦ CÁC QUỐC GIA THÀNH VIÊN HIỆP HỘI CÁC QUỐC GIA "
              "ĐÔNG NAM Á VÀ CHÍNH PHỦ NEW ZEALAND VÀ NGHỊ ĐỊNH THƯ 1 CỦA HIỆP ĐỊNH VẬN CHUYỂN HÀNG KHÔNG GIỮA CHÍNH PHỦ "
              "CÁC QUỐC GIA THÀNH VIÊN HIỆP HỘI CÁC QUỐC GIA ĐÔNG NAM Á VÀ CHÍNH PHỦ NEW ZEALAND VỀ CÁC QUYỀN VẬN CHUYỂN "
              "3, 4 VÀ 5 GIỮA CÁC BÊN")
_TITLE_130 = ("Sửa đổi, bổ sung một số điều của Thông tư số 67/2024/TT-BQP ngày 14 tháng 10 năm 2024 của Bộ trưởng Bộ Quốc "
              "phòng quy định trình tự, thủ tục chứng nhận chất lượng an toàn kỹ thuật và bảo vệ môi trường xe cơ giới "
              "nhập khẩu, sản xuất, lắp ráp thuộc phạm vi quản lý của Bộ Quốc phòng")


@pytest.mark.parametrize("name, title", [
    ("385-NQ-CP.head", _TITLE_385),  # "… GIỮA" / "CHÍNH PHỦ CÁC QUỐC GIA …"
    ("130-2025-TT-BQP.head", _TITLE_130),  # "… CỦA BỘ TRƯỞNG" / "BỘ QUỐC PHÒNG QUY ĐỊNH …"
])
def test_title_line_opening_with_a_body_after_a_connector(name, title):
    """Kind: a scan wraps the trích yếu so that a line opens with a body's name ("CHÍNH PHỦ …", "BỘ QUỐC PHÒNG …")
    right after a connector ("GIỮA", "CỦA BỘ TRƯỞNG"): the title goes on; the enacting "CHÍNH PHỦ" still ends it."""
    meta, _ = _scan(name)
    got = _key(meta.title)
    assert fuzz.ratio(got, _key(title)) >= 95  # "SỬA ĐỐI, BỐ SUNG": the scan's own misread letters are kept
    assert got.endswith(_key(title)[-40:])  # to the title's last words, the enacting "CHÍNH PHỦ" left out


@pytest.mark.parametrize("name, tail", [
    ("3565-QD-UBND", "CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ THÀNH PHỐ HUẾ"),  # "… NĂM 2025 CỦA" / "CHỦ TỊCH UBND THÀNH PHỐ VỀ VIỆC …"
    ("3617-QD-UBND", "DANH MỤC THỦ TỤC HÀNH CHÍNH"),  # "VỀ VIỆC ỦY QUYỀN CHO" / "CHÁNH VĂN PHÒNG ỦY BAN …"
])
def test_title_line_opening_with_an_authority_after_a_connector(name, tail):
    """Kind: a trích yếu line ending with "CỦA" / "CHO" goes on, though the next line opens with an authority's title
    ("CHỦ TỊCH …", "CHÁNH VĂN PHÒNG …") and the Căn cứ lines follow: the published plain text (md2plain) of the
    documents' first lines. The enacting "CHỦ TỊCH ỦY BAN NHÂN DÂN …" line below still ends the title."""
    text = (FIX / "plain_heads" / f"{name}.head.txt").read_text(encoding="utf-8")
    meta = extract(text).metadata
    assert _key(meta.title).endswith(_key(tail))


def test_office_with_its_units_restored_in_capitals():
    """Kind: the office whose units a Nơi nhận item lists ("- Bộ KHCN: Bộ trưởng và các Thứ trưởng; các cơ quan, đơn vị
    thuộc Bộ; Cổng thông tin điện tử" as published) read by eng OCR as "BO KHCN:" and restored in capitals "BỘ KHCN:":
    still one recipient with its units (34/2025/TT-BKHCN, review-rules7: header and closing lines)."""
    raw = (FIX / "legacy_meta" / "34-2025-TT-BKHCN.noi-nhan.eng.txt").read_text(encoding="utf-8")
    meta = extract(correct_text(raw, "image-ocr").text).metadata
    office = [r for r in meta.recipients if fold(r).startswith("bo khcn:")]
    assert len(office) == 1
    assert fold(office[0]).endswith("cong thong tin dien tu")
    assert not any(fold(r).startswith(("cac co quan, don vi thuoc bo", "cong thong tin dien tu")) for r in meta.recipients)


def test_vv_label_misread_legacy():
    """Kind: the "V/v" label misread under the số ký hiệu of a letter: eng OCR's "VIN:" (restored "VẪN:") alone, the
    subject on the next line (5331/CT-CS; label, review-meta7: "V/v: Chính sách thuế TNCN")."""
    meta, _ = _legacy("5331-CT-CS")
    assert meta.type == "Công văn"
    assert meta.title == "Chính sách thuế TNCN"


def test_vv_label_misread_scan():
    """Same kind on a scan: "V/ kê khai trị giá hải quan" (the second v lost; published "V/v kê khai trị giá hải
    quan", 37413/CHQ-NVTHQ, review-oblig4)."""
    meta, _ = _scan("37413-CHQ-NVTHQ.head")
    assert meta.type == "Công văn"
    assert meta.title == "kê khai trị giá hải quan"


def test_issuer_lost_named_by_the_enacting_sentence():
    """Kind: the header's issuer lost by OCR (08/2025/NQ-CP: the page opens with the motto); the preamble's enacting
    sentence "Chính phủ ban hành Nghị quyết về việc …" names the body (sidecar: issuer "Chính phủ")."""
    meta, printed = _legacy("08-2025-NQ-CP")
    assert meta.number == "08/2025/NQ-CP"
    assert fold(meta.issuer) == "chinh phu"
    assert printed is None  # no issuer line was printed in what OCR read


def test_deputy_title_read_well_is_kept():
    """The rule above reads a garbled title only: "K/T TRƯỞNG BAN" / "PHÓ TRƯỞNG BAN THƯỜNG TRỰC" as printed in
    45-HD/BTCTW (realdocs/labeled; signature lines of the published text) keeps the deputy's full title."""
    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TỔ CHỨC\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 45-HD/BTCTW\n\n"
            "HƯỚNG DẪN\n\n…\n\nNơi nhận:\n- Lưu VP, Vụ CB.\n\nK/T TRƯỞNG\nBAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\nĐỗ Văn Khải\n")
    meta = extract(text).metadata
    assert meta.signer_title == "PHÓ TRƯỞNG BAN THƯỜNG TRỰC"
    assert meta.signer_name == "Đỗ Văn Khải"
