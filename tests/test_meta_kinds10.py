"""Header, signature, recipient and citation kinds found in the rmeta10 review round (Quyết định of a
UBND, Nghị định, Thông tư, Văn bản hợp nhất of the Bộ Quốc phòng, Cục Thuế / Cục Hải quan letters).

Expected values are hand labels written before vanban ran on these documents
(``bench/gold/review-meta10``, copied to ``fixtures/realdocs/meta``) and the real printed lines of the
documents (or their real ``tesseract -l eng`` output, ``fixtures/legacy_meta``), never vanban's output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from vanban.extract import extract
from vanban.extract.folded import loose_key
from vanban.ingest import load
from vanban.models import Page
from vanban.ocr.correct import correct_text
from vanban.structure import build_structure
from vanban.text import fold

from test_legacy_metadata import _scan_meta  # noqa: E402  (the scanned form as the bench reads it)

FIX = Path(__file__).parent / "fixtures"
META = FIX / "realdocs" / "meta"
FIELDS = ("number", "type", "issuer", "parent_issuer", "place", "date", "title", "signer_title", "signer_name")


def _md(stem: str):
    src = load(META / f"{stem}.md")
    pages = tuple(Page(number=p.number, method=p.method, raw_text=p.text or "", text=p.text or "",
                       lines=p.lines) for p in src.pages)
    return extract("\f".join(p.text for p in pages), structure=build_structure(pages))


def _key(s):
    # the labels keep a "V/v" prefix (realdocs/labeled/README.md); vanban's title drops it
    return " ".join(fold(s or "").replace(":", " ").split()).removeprefix("v/v ")


@pytest.mark.parametrize("form", ["md", "plain"])
@pytest.mark.parametrize("stem", [
    "2820-QD-UBND",    # "- Lưu: VT, (TH/MT)." : the archive note's unit codes in parentheses, no purpose
    "37563-CHQ-GSQL",  # "Luật Thuế xuất khẩu, thuế nhập khẩu 107/2016/QH13": a law's number without "số"
    "5649-CT-CS",      # "V/v hóa đơn." : a two-word trích yếu with its full stop
    "1622-QD-UBND",    # a title-only signature (CHỦ TỊCH); "TTHC(nththu)"
])
def test_metadata_of_published_kinds(stem, form):
    gold = json.loads((META / f"{stem}.labels.json").read_text(encoding="utf-8"))
    ext = _md(stem) if form == "md" else extract((META / f"{stem}.txt").read_text(encoding="utf-8"))
    m = ext.metadata
    for f in FIELDS:
        assert _key(getattr(m, f)) == _key(gold[f]), f
    levels = m.signer_levels
    assert _key(levels) == _key(gold["signer_authority"])
    assert [_key(r) for r in m.recipients] == [_key(r) for r in gold["recipients"]]
    if stem == "37563-CHQ-GSQL":  # every numbered law and Thông tư, and the company's letter "công văn số 1025-CVHQ"
        numbers = {_key(c.number) for c in ext.citations if c.number}
        assert {_key(c["number"]) for c in gold["citations"] if c["number"]} - numbers == set()


# --- signature kinds, given as the real lines (copied text) -----------------------------------

_TT = """BỘ CÔNG
THƯƠNG
-------

CỘNG HÒA
XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------


Số:
{number}

Hà Nội,
ngày
02 tháng 12 năm 2025

THÔNG
TƯ

QUY
ĐỊNH PHƯƠNG PHÁP XÁC ĐỊNH GIÁ DỊCH VỤ PHÁT ĐIỆN CỦA NHÀ MÁY THỦY ĐIỆN TÍCH
NĂNG; NỘI DUNG CHÍNH CỦA HỢP ĐỒNG MUA BÁN ĐIỆN

Căn cứ Luật Điện lực số
61/2024/QH15;

Điều 18.
Hiệu lực thi hành

1. Thông tư này có hiệu lực thi hành kể từ
ngày 17 tháng 01 năm 2026./.


Nơi nhận:
-
Văn phòng Tổng Bí thư;
- Các Sở Công Thương;
- Cổng thông tin điện tử Chính phủ; Cổng thông tin điện tử Bộ Công Thương;
- Công báo;
- Lưu: VT, ĐL (10b).

{sig}
"""


@pytest.mark.parametrize("sig,want", [
    # 58/2025/TT-BCT: the level's body cut inside "BỘ TRƯỞNG" ("TRƯỞNG" alone reads as a title)
    ("KT. BỘ\nTRƯỞNG\nTHỨ TRƯỞNG\nMai Văn Sáng", ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Mai Văn Sáng")),
    # the same cut in a Cục's block ("KT. CỤC" / "TRƯỞNG")
    ("KT. CỤC\nTRƯỞNG\nPHÓ CỤC TRƯỞNG\nMai Văn Sáng", ("KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Mai Văn Sáng")),
    # 89/VBHN-BQP: a consolidated text's authentication heading above the level, a rank wrapped before the name
    ("XÁC THỰC VĂN\nBẢN HỢP NHẤT\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nĐại\ntướng Tạ Văn Toại",
     ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Đại tướng Tạ Văn Toại")),
    # 94/VBHN-BQP: the heading wrapped after "VĂN BẢN", the rank on the name's line
    ("XÁC THỰC VĂN BẢN\nHỢP NHẤT\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nThượng tướng Cao Văn Vĩnh",
     ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Thượng tướng Cao Văn Vĩnh")),
    # a whole level and title are no cut: "TL. BỘ TRƯỞNG" / "VỤ TRƯỞNG VỤ PHÁP CHẾ"
    ("TL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ PHÁP CHẾ\nMai Văn Sáng", ("TL. BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ PHÁP CHẾ", "Mai Văn Sáng")),
])
def test_signature_levels_cut_and_headed(sig, want):
    m = extract(_TT.format(number="58/2025/TT-BCT", sig=sig)).metadata
    assert (m.signer_authority, m.signer_title, m.signer_name) == want
    assert m.recipients == ("Văn phòng Tổng Bí thư", "Các Sở Công Thương", "Cổng thông tin điện tử Chính phủ",
                            "Cổng thông tin điện tử Bộ Công Thương", "Công báo", "Lưu: VT, ĐL (10b)")


def test_consolidated_text_keeps_its_type():
    m = extract(_TT.format(number="94/VBHN-BQP", sig="XÁC THỰC VĂN BẢN\nHỢP NHẤT\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n"
                                                    "Thượng tướng Cao Văn Vĩnh")).metadata
    assert (m.number, m.type, m.signer_title) == ("94/VBHN-BQP", "Văn bản hợp nhất", "THỨ TRƯỞNG")


@pytest.mark.parametrize("line,want", [
    ("- Lưu: VT, (TH/MT).", "Lưu: VT, (TH/MT)"),                 # 2820/QĐ-UBND
    ("- Lưu VT, CTTĐT (Tân).", "Lưu VT, CTTĐT (Tân)"),           # 99/2025/QĐ-UBND: no colon, the clerk named
    ("- Lưu: VT, PVHCC (P_03b).", "Lưu: VT, PVHCC (P_03b)"),     # 02200/QĐ-UBND
])
def test_archive_note_keeps_its_parentheses(line, want):
    text = _TT.format(number="58/2025/TT-BCT", sig="KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nMai Văn Sáng")
    text = text.replace("- Lưu: VT, ĐL (10b).", "- Văn phòng Chính phủ (để b/c);\n" + line)
    m = extract(text).metadata
    assert m.recipients[-2:] == ("Văn phòng Chính phủ", want)  # a purpose annotation still goes


def test_law_number_without_so():
    # 37563/CHQ-GSQL: "… khoản 6 Điều 16 Luật Thuế xuất khẩu, thuế nhập khẩu 107/2016/QH13, khoản 1, …"
    text = ("2. Về chính sách thuế xuất khẩu, nhập khẩu: đề nghị Công ty nghiên cứu quy định tại khoản 6 Điều 16 Luật\n"
            "Thuế xuất khẩu, thuế nhập khẩu 107/2016/QH13, khoản 1, khoản 2 Điều 11 Nghị\n"
            "định số 134/2016/NĐ-CP ngày 01/9/2016 của Chính phủ.\n")
    cites = extract(text).citations
    laws = [(c.number, c.type) for c in cites if c.type == "Luật"]
    assert laws == [("107/2016/QH13", "Luật")]  # one law, with its number; no unnumbered twin


def test_lone_symbol_line_is_the_number_in_legacy_ocr():
    # 122/2025/QĐ-UBND as tesseract -l eng read it: the "Số:" label lost, the symbol alone on its line
    raw = (FIX / "legacy_meta" / "122-2025-QD-UBND.head.eng.txt").read_text(encoding="utf-8")
    m = extract(correct_text(raw, "image-ocr").text).metadata
    assert (m.number, m.type, m.date) == ("122/2025/QĐ-UBND", "Quyết định", "2025-11-24")
    assert fold(m.issuer) == fold("Ủy ban nhân dân thành phố Huế")


# --- scanned form: vanban's own OCR of the printed page (fixtures/scan_pages, bench/.cache/realdocs-scan) ---

def _loose(a, b, cutoff):
    return (a is None and b is None) or (a is not None and b is not None and (
        loose_key(a) == loose_key(b) or fuzz.ratio(loose_key(a), loose_key(b)) >= cutoff))


@pytest.mark.parametrize("stem", [
    "1520-QD-UBND",    # "- VPUBND tỉnh: Lãnh đạo, Trung tâm TT; NC;": OCR's ";" for "," inside the colon's units
    "99-2025-QD-UBND",  # "- Cục Kiểm tra văn bản QPPL, - BTP;": a speck read as "," before the parent's code
    "37563-CHQ-GSQL",  # "KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ," / "PHÓ THỐNG BAN": "HQ" read as ","
    "48-2025-QD-UBND",  # "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Phạm Văn Bảo": the block read as one line
    "2820-QD-UBND",    # "… CỦA THỦ TƯỚNG" / "CHÍNH PHỦ VÀ QUYẾT ĐỊNH SỐ 3103/QĐ-BTC …": no enacting line, the title goes on
    "37691-TB-CHQ",    # "- Công ty TNHH Công nghệ Huawei Việt NaKT. TRƯỞNG BAN NGHIỆP VỤ THUẾ HQ": a level glued to an item
    # "Nơi nhận:" | "XÁC THỰC VĂN BẢN HỢP NHẤT" / page break / "548)" (the page number) / "- Lãnh đạo Bộ Quốc phòng;"
    # … "KT. BỘ TRƯỞNG": the block split by a page break (pages 1, 21 and 22 of the scan)
    "94-VBHN-BQP",
])
def test_scanned_signature_and_recipients(stem):
    gold = json.loads((META / f"{stem}.labels.json").read_text(encoding="utf-8"))
    m = _scan_meta(stem)
    assert _loose(m.title, gold["title"], 85)
    assert m.signer_name == gold["signer_name"]
    assert _loose(m.signer_title, gold["signer_title"], 85)
    levels = m.signer_levels
    assert _loose(levels, gold["signer_authority"], 85)
    assert len(m.recipients) == len(gold["recipients"])
    assert all(_loose(a, b, 80) for a, b in zip(m.recipients, gold["recipients"]))


@pytest.mark.parametrize("line,want", [
    ("- TAND TP, VKSND TP; THA TP;", ("TAND TP, VKSND TP", "THA TP")),  # no colon: the ";" splits two addressees
    ("- VPUBND tỉnh: Lãnh đạo, Trung tâm TT; NC;", ("VPUBND tỉnh: Lãnh đạo, Trung tâm TT, NC",)),  # colon's units
    ("- Cục Kiểm tra văn bản QPPL - BTP;", ("Cục Kiểm tra văn bản QPPL - BTP",)),
    ("- Bộ Tài chính,- Bộ Tư pháp;", ("Bộ Tài chính", "Bộ Tư pháp")),    # items run on one line
])
def test_recipient_line_cuts(line, want):
    text = _TT.format(number="58/2025/TT-BCT", sig="KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nMai Văn Sáng")
    m = extract(text.replace("- Các Sở Công Thương;", line)).metadata
    assert m.recipients[1:1 + len(want)] == want


def test_kinh_gui_label_damaged_by_ocr():
    # 5649/CT-CS as tesseract -l eng read it: "Kinh gw: Thué tinh Ha" / "Tinh." (restored "Kinh cụ: …")
    raw = (FIX / "legacy_meta" / "5649-CT-CS.eng.txt").read_text(encoding="utf-8")
    m = extract("\f".join(correct_text(p, "image-ocr").text for p in raw.split("\f"))).metadata
    gold = json.loads((META / "5649-CT-CS.labels.json").read_text(encoding="utf-8"))
    assert len(m.recipients) == len(gold["recipients"])
    assert all(_loose(a, b, 80) for a, b in zip(m.recipients, gold["recipients"]))


@pytest.mark.parametrize("line", ["Kinh phí: 500 triệu đồng.", "Kinh tế: tăng trưởng 8%."])
def test_kinh_words_that_are_no_label(line):
    from vanban.structure import vocab as V  # noqa: PLC0415
    assert not V.KINH_GUI_RE.match(fold(line))


def test_joined_code_without_its_accent():
    # 122/2025/QĐ-UBND as legacy OCR reads it: "… và Nghị định số 79/2025/NDCP ngày 01 tháng 4 năm 2025 …"
    # (printed "79/2025/NĐCP"): the same Nghị định as "79/2025/NĐ-CP" cited above, one citation
    text = ("Nghị định số 79/2025/NĐ-CP của Chính phủ về kiểm tra, rà soát văn bản;\n"
            "Căn cứ Nghị định số 187/2025/NĐ-CP của Chính phủ sửa đổi Nghị định số 78/2025/NĐ-CP và Nghị định\n"
            "số 79/2025/NDCP ngày 01 tháng 4 năm 2025 của Chính phủ;\n")
    numbers = [c.number for c in extract(text).citations]
    assert sorted(numbers) == ["187/2025/NĐ-CP", "78/2025/NĐ-CP", "79/2025/NĐ-CP"]


def test_authentication_heading_in_legacy_ocr():
    # 89/VBHN-BQP as tesseract -l eng read it (its header, then its Nơi nhận and signature): "xAC THUC VAN" / "BAN HOP NHAT" / "KT. BO TRUONG" / "THU TRUONG" /
    # "Dai" / "twéng Ta Van Toai" (the heading's first word in small letters)
    raw = (FIX / "legacy_meta" / "89-VBHN-BQP.noi-nhan.eng.txt").read_text(encoding="utf-8")
    m = extract(correct_text(raw, "image-ocr").text).metadata
    assert (fold(m.signer_authority), fold(m.signer_title)) == ("kt. bo truong", "thu truong")
    assert fold(m.signer_name) == fold("Đại tướng Tạ Văn Toại")
    assert fold(m.recipients[-1]) == fold("Lưu: VT, NCTH, Dien88")


@pytest.mark.parametrize("read,want", [
    ("3574/QĐ-BYTT", "3574/QĐ-BYT"),  # 02200/QĐ-UBND scanned: "… của Bộ trưởng Bộ Y tế", the T doubled by OCR
    ("5/BTTTT", "5/BTTTT"),           # a valid code that ends with a doubled letter stays
    ("12/QĐ-UBNDD", "12/QĐ-UBNDD"),   # the truncated code must be a known ministry's: no guess
])
def test_scan_doubled_last_letter_of_a_ministry_code(read, want):
    from vanban.symbols import normalize_symbol  # noqa: PLC0415
    assert normalize_symbol(read) == want
