"""Header, title, signature and recipient kinds found in the recip9 review round (Quyết định of a UBND,
Bộ and Kiểm toán nhà nước, Thông tư, Nghị định, Cục Thuế / Cục Hải quan letters and Thông báo).

Expected values are hand labels written before vanban ran on these documents
(``bench/gold/review-meta9``, copied to ``fixtures/realdocs/meta``) and the real printed lines of the
documents, never vanban's output. Each whole document is read as published (Markdown, as ingest reads
``.md``) and as copied text (``realdocs/md2plain.py``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vanban.extract import extract
from vanban.ingest import load
from vanban.models import Page
from vanban.structure import build_structure
from vanban.text import fold

META = Path(__file__).parent / "fixtures" / "realdocs" / "meta"
FIELDS = ("number", "type", "issuer", "parent_issuer", "place", "date", "title", "signer_title", "signer_name")


def _md(stem: str):
    src = load(META / f"{stem}.md")
    pages = tuple(Page(number=p.number, method=p.method, raw_text=p.text or "", text=p.text or "",
                       lines=p.lines) for p in src.pages)
    return extract("\f".join(p.text for p in pages), structure=build_structure(pages)).metadata


def _key(s):
    # the labels keep a "V/v" prefix (realdocs/labeled/README.md); vanban's title drops it
    return " ".join(fold(s or "").replace(":", " ").split()).removeprefix("v/v ")


@pytest.mark.parametrize("form", ["md", "plain"])
@pytest.mark.parametrize("stem", [
    "40088-CHQ-GSQL",  # "V/v ghi nhãn hàng" / "hóa" / "" / "Hà" / "Nội, ngày …"; Kính gửi with its "(Đ/c: …)" line
    "37695-TB-CHQ",    # "TL." / "CỤC TRƯỞNG" / "KT. TRƯỞNG" / "BAN NGHIỆP VỤ THUẾ HQ" / "PHÓ TRƯỞNG BAN"
    "5317-CT-CS",      # "V/v … phải nộp bổ" / "sung." ; "Cục QLCS; Vụ PC (BTC)" two addressees; "BAN BAN"
    "5487-CT-CS",      # Kính gửi as a dashed list of two; "Ban PC, NVT - CT" with no closing ";"
    "1760-QD-KTNN",    # a title-only signature (TỔNG KIỂM TOÁN NHÀ NƯỚC); items broken right after their dash
])
def test_metadata_of_published_kinds(stem, form):
    gold = json.loads((META / f"{stem}.labels.json").read_text(encoding="utf-8"))
    m = _md(stem) if form == "md" else extract((META / f"{stem}.txt").read_text(encoding="utf-8")).metadata
    for f in FIELDS:
        assert _key(getattr(m, f)) == _key(gold[f]), f
    levels = m.signer_levels
    assert _key(levels) == _key(gold["signer_authority"])
    assert [_key(r) for r in m.recipients] == [_key(r) for r in gold["recipients"]]


# --- kinds given as the real lines, copied text ----------------------------------------

_CV = """BỘ TÀI
CHÍNH
CỤC HẢI QUAN
--------

CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------


Số: 40088/CHQ-GSQL
V/v ghi nhãn hàng
hóa

{place}

Kính gửi: Hội đồng Kinh doanh Hoa kỳ - ASEAN.
(Đ/c:P. 1031-1033, Pacific Place, 83B Lý Thường Kiệt, Hoàn Kiếm, Hà Nội)
Cục Hải quan trả lời để
Hội đồng Kinh doanh Hoa kỳ - ASEAN biết./.

Nơi nhận:
- Như trên;
- Lưu: VT, GSQL(3b).

{sig}
Dương Văn Lộc
"""


@pytest.mark.parametrize("place", [
    "Hà\nNội, ngày 03 tháng 12 năm 2025",  # 40088/CHQ-GSQL: the place name wrapped before its date
    "Hà Nội, ngày 03 tháng 12 năm 2025",   # 39365/CHQ-GSQL: the trích yếu's wrapped word "hóa" above it
])
def test_vv_title_ends_before_a_wrapped_place_name(place):
    m = extract(_CV.format(place=place, sig="TL.\nCỤC TRƯỞNG\nKT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ\nPHÓ TRƯỞNG BAN")).metadata
    assert (m.title, m.place, m.date) == ("ghi nhãn hàng hóa", "Hà Nội", "2025-12-03")
    assert list(m.recipients) == ["Hội đồng Kinh doanh Hoa kỳ - ASEAN", "Lưu: VT, GSQL(3b)"]


@pytest.mark.parametrize("sig,want", [
    # 37695/TB-CHQ: the delegation's body wrapped after "TRƯỞNG", the signer's own title under it
    ("TL.\nCỤC TRƯỞNG\nKT. TRƯỞNG\nBAN NGHIỆP VỤ THUẾ HQ\nPHÓ TRƯỞNG BAN",
     ("TL. CỤC TRƯỞNG", "KT. TRƯỞNG BAN NGHIỆP VỤ THUẾ HQ", "PHÓ TRƯỞNG BAN")),
    # 5664/CT-CS: wrapped after its comma
    ("TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN CHÍNH SÁCH,\nTHUẾ QUỐC TẾ\nPHÓ TRƯỞNG BAN",
     ("TL. CỤC TRƯỞNG", "KT. TRƯỞNG BAN CHÍNH SÁCH, THUẾ QUỐC TẾ", "PHÓ TRƯỞNG BAN")),
    # 3891/QĐ-BTC: a Cục signs for the Bộ
    ("TL. BỘ TRƯỞNG\nKT. CỤC TRƯỞNG CỤC HẢI QUAN\nPHÓ CỤC TRƯỞNG",
     ("TL. BỘ TRƯỞNG", "KT. CỤC TRƯỞNG CỤC HẢI QUAN", "PHÓ CỤC TRƯỞNG")),
])
def test_delegation_wrapped_above_the_signers_title(sig, want):
    m = extract(_CV.format(place="Hà Nội, ngày 03 tháng 12 năm 2025", sig=sig)).metadata
    assert (m.signer_authority, m.signer_delegation, m.signer_title, m.signer_name) == (*want, "Dương Văn Lộc")


_QD = """ỦY BAN NHÂN DÂN
TỈNH ĐỒNG THÁP
--------

CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------


Số:
138/2025/QĐ-UBND

Đồng Tháp,
ngày 25 tháng 11 năm 2025

QUYẾT ĐỊNH
BAN HÀNH QUY CHẾ TIẾP NHẬN, LUÂN CHUYỂN HỒ SƠ THỦ TỤC HÀNH CHÍNH TRONG LĨNH VỰC ĐẤT ĐAI
Căn cứ Luật Tổ chức chính
quyền địa phương số 72/2025/QH15;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế.
Điều 3. Tổ chức thực hiện
Chánh Văn phòng Ủy ban nhân dân tỉnh căn cứ Quyết định thi hành./.


Nơi nhận:
- Như Điều 3;
{items}
- Lưu: VT, KSTT (Ánh, Duyên).

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đinh Văn Phúc
"""


@pytest.mark.parametrize("items,want", [
    # 138/2025/QĐ-UBND: the units the VPUB's colon opened go on, undashed, after its ";"
    ("- UBND tỉnh: CT và các PCT;\n- VPUB: CVP, các PCVP;\nPhòng KT, TTPVHCC;\n- Các Ban HĐND tỉnh;",
     ["UBND tỉnh: CT và các PCT", "VPUB: CVP, các PCVP; Phòng KT, TTPVHCC", "Các Ban HĐND tỉnh"]),
    # the same as legacy OCR reads it: a blank line after every line
    ("- UBND tỉnh: CT và các PCT;\n\n- VPUB: CVP, các PCVP;\n\nPhòng KT, TTPVHCC;\n\n- Các Ban HĐND tỉnh;\n",
     ["UBND tỉnh: CT và các PCT", "VPUB: CVP, các PCVP; Phòng KT, TTPVHCC", "Các Ban HĐND tỉnh"]),
    # 2843/QĐ-UBND: the Thường trực UBND's members by title after its colon
    ("- TTUB: CT; các PCT;\n- VPUB: CPVP;\n- Trung tâm PVHCC;", ["TTUB: CT; các PCT", "VPUB: CPVP", "Trung tâm PVHCC"]),
    # 97/2025/QĐ-UBND and 3891/QĐ-BTC: two bodies on one line, no colon: two recipients
    ("- TT Tỉnh ủy; TT HĐND tỉnh;\n- Thủ tướng Chính phủ; các Phó TTCP;",
     ["TT Tỉnh ủy", "TT HĐND tỉnh", "Thủ tướng Chính phủ", "các Phó TTCP"]),
])
def test_units_of_one_body_and_bodies_apart(items, want):
    m = extract(_QD.format(items=items)).metadata
    assert list(m.recipients) == [*want, "Lưu: VT, KSTT (Ánh, Duyên)"]
    assert (m.signer_authority, m.signer_delegation, m.signer_title, m.signer_name) == (
        "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đinh Văn Phúc")


def test_addressee_name_closed_after_a_blank_line():
    """39365/CHQ-GSQL as legacy OCR reads it (bench/gold/review-meta7b): "Kính" / "gửi: Công ty TNHH" /
    "" / "Tokokosen." — the company's name goes on past the blank line; its address is no addressee."""
    text = _CV.format(place="Hà Nội, ngày 02 tháng 12 năm 2025", sig="TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ\n"
                      "PHÓ TRƯỞNG BAN").replace(
        "Kính gửi: Hội đồng Kinh doanh Hoa kỳ - ASEAN.\n(Đ/c:P. 1031-1033, Pacific Place, 83B Lý Thường Kiệt, Hoàn Kiếm, Hà Nội)\n",
        "Kính\n\ngửi: Công ty TNHH\n\nTokokosen.\n\n(Địa chỉ: Phòng 11.05 tòa nhà Plascher Tower, 562 N nguyễn Văn Cử, phường Bồ\n"
        "Đề, thành phố Hà Nội)\n\nTrả lời công văn số\n\n01-10/2025/CV-TKV của Công ty TNHH Tokokosen về việc vùng mắc chính sách\n")
    m = extract(text).metadata
    assert list(m.recipients) == ["Công ty TNHH Tokokosen", "Lưu: VT, GSQL(3b)"]


def test_place_name_wrapped_across_a_blank_line():
    """40088/CHQ-GSQL as legacy OCR reads it: "V/v ghi nhãn hàng" / "" / "hóa" / "" / "Hà" / "" / "Nội, ngày …"."""
    text = _CV.format(place="Hà\n\nNội, ngày 03 tháng 12 năm 2025", sig="TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ\n"
                      "PHÓ TRƯỞNG BAN").replace("V/v ghi nhãn hàng\nhóa\n", "V/v ghi nhãn hàng\n\nhóa\n")
    m = extract(text).metadata
    assert (m.title, m.place, m.date) == ("ghi nhãn hàng hóa", "Hà Nội", "2025-12-03")


@pytest.mark.parametrize("title,authority,want", [
    # 82/2025/NQ-HĐND as scanned: Tesseract's paragraph gaps inside the trích yếu in capitals
    ("VỀ VIỆC QUY ĐỊNH NỘI DUNG CHI, MỨC CHI, THỜI GIAN HỖ\n\nTRỢ KINH PHÍ PHỤC VỤ BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA\n\n"
     "XVI VÀ ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN CÁC CẤP NHIỆM KỲ\n2026 - 2031 CỦA THÀNH PHỐ HÀ NỘI", "",
     "Về việc quy định nội dung chi, mức chi, thời gian hỗ trợ kinh phí phục vụ bầu cử đại biểu Quốc hội khóa XVI và "
     "đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 của thành phố Hà Nội"),
    # 1948/QĐ-UBND as scanned: the gap after a ";", then the enacting authority after another gap
    ("VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH TRONG LĨNH VỰC KHÍ TƯỢNG THỦY VĂN;\n\n"
     "LĨNH VỰC PHÍ, LỆ PHÍ THUỘC THẨM QUYỀN GIẢI QUYẾT\nCỦA SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
     "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG\n\n",
     "Về việc công bố danh mục thủ tục hành chính trong lĩnh vực khí tượng thủy văn; lĩnh vực phí, lệ phí thuộc "
     "thẩm quyền giải quyết của Sở Nông nghiệp và Môi trường"),
])
def test_title_in_capitals_across_scan_gaps(title, authority, want):
    text = f"""ỦY BAN NHÂN DÂN
TỈNH CAO BẰNG
Số: 1948/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cao Bằng, ngày 18 tháng 11 năm 2025

QUYẾT ĐỊNH

{title}

{authority}Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

QUYẾT ĐỊNH:
Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.
"""
    assert _key(extract(text).metadata.title) == _key(want)


# --- scanned form: vanban's own Tesseract vie output with its line geometry ------------------------

def _scan(stem: str):
    """Metadata of the scanned form (tests/fixtures/scan_pages), read as tests/test_legacy_metadata.py reads it."""
    from test_legacy_metadata import _scan_meta  # noqa: PLC0415  (one reader of the scan fixtures)
    return _scan_meta(stem)


def _labels(stem: str) -> dict:
    return json.loads((META / f"{stem}.labels.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("stem,first", [
    ("5664-CT-CS", "Ông Đinh Văn Phúc"),  # "Kính gửi: Ông Đinh Văn Phúc Cục Thuế nhận được đơn phản ánh kiến"
    # "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương Triển" / "khai việc phân bổ …" (tune)
    ("11208-BNV-KHTC", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"),
])
def test_scan_body_read_onto_the_addressee_line(stem, first):
    assert _scan(stem).recipients[0] == first


def test_scan_motto_column_after_kinh_gui_and_garbled_title():
    """5487/CT-CS scanned: "Kính gửi:" / "CỘNG HÒA XÃ HỘI …" / "Độc lập - …" / "Hà Nội, ngày …" / "- Thuế tỉnh
    Bắc Ninh;" — the header's right column is no addressee; "PHÓ (JRỠỞNẾ BAN" is PHÓ TRƯỞNG BAN."""
    m, gold = _scan("5487-CT-CS"), _labels("5487-CT-CS")
    assert [_key(r) for r in m.recipients] == [_key(r) for r in gold["recipients"]]
    assert m.signer_title == "PHÓ TRƯỞNG BAN"


def test_scan_item_goes_on_below_the_signature_region():
    """37695/TB-CHQ scanned: the company's item wraps beside the signature, its address ends below the
    two-column region ("đường Phạm Hùng, …" / "Nội);"), then five more items and the signer's name."""
    m, gold = _scan("37695-TB-CHQ"), _labels("37695-TB-CHQ")
    assert [_key(r) for r in m.recipients] == [_key(r) for r in gold["recipients"]]
    assert (m.signer_delegation, m.signer_title, m.signer_name) == (
        "KT. TRƯỞNG BAN NGHIỆP VỤ THUẾ HQ", "PHÓ TRƯỞNG BAN", "Bùi Văn Kiên")


def test_scan_speck_under_a_level_keeps_the_list():
    """5348/CT-CS scanned (bench/gold/review-meta7): "Nơi nhận:" | "TL. CỤC TRƯỞNG", then a speck read as "z"
    below the region: the six items and the deputy's levels still follow."""
    m = _scan("5348-CT-CS")
    assert list(m.recipients) == ["Thuế tỉnh Quảng Trị", "Phó CTr. Bùi Văn Kiên", "Các đơn vị thuộc Bộ: CST, QLKT, DNTN, PC",
                                  "Các đơn vị thuộc CT: NVT, PC", "Website CT", "Lưu: VT, CS"]
    assert (m.signer_authority, m.signer_title, m.signer_name) == ("TL. CỤC TRƯỞNG", "PHÓ TRƯỞNG BAN", "Nguyễn Thị Vân")


def test_legacy_first_item_without_its_dash():
    """37700/TB-CHQ as legacy OCR reads it (bench/gold/review-meta7): the first item under "Nơi nhận:" lost its
    dash; the list, the levels and the name were all lost with it."""
    text = _CV.format(place="Hà Nội, ngày 03 tháng 12 năm 2025", sig="").replace(
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, GSQL(3b).\n\n\nDương Văn Lộc\n",
        "Nơi nhận:\nCông ty TNHH Thương mại Dịch vụ NMT (204 Nó Trang Long, Phường 12, Quận\nBình\n\n"
        "Thạnh, Thành phố Hồ Chí Minh, Việt Nam);\n\n- PCT Nguyễn Thành Hưng (để báo cáo)\n\n"
        "- Chi cục Kiểm định Hải quan;\n\n- Các Chi cục Hải quan khu vực\n\n(để t/hiện);\n\n"
        "- Cổng thông tin điện tử Hải quan (VP);\n\n- Lưu: VT, NVTHQ-PL-Hiệu (3b).\n\nTL. CỤC TRƯỞNG\nKT.\n"
        "TRƯỞNG BAN NGHIỆP VỤ THUẾ HQ\nPHÓ\nTRƯỞNG BAN\n\nBùi Văn Kiên\nok ok\n")
    m = extract(text).metadata
    assert list(m.recipients) == ["Hội đồng Kinh doanh Hoa kỳ - ASEAN", "Công ty TNHH Thương mại Dịch vụ NMT",
                                  "PCT Nguyễn Thành Hưng", "Chi cục Kiểm định Hải quan", "Các Chi cục Hải quan khu vực",
                                  "Cổng thông tin điện tử Hải quan (VP)", "Lưu: VT, NVTHQ-PL-Hiệu (3b)"]
    assert (m.signer_authority, m.signer_delegation, m.signer_title, m.signer_name) == (
        "TL. CỤC TRƯỞNG", "KT. TRƯỞNG BAN NGHIỆP VỤ THUẾ HQ", "PHÓ TRƯỞNG BAN", "Bùi Văn Kiên")


def test_symbol_code_of_the_issuer_itself_is_no_type():
    """5331/CT-CS as legacy OCR reads it: "S06: 5331/CT-CS" / "VẪN:" (the V/v lost) — "CT" is the Cục Thuế's own
    code, not Chỉ thị."""
    text = ("BỘ TÀI CHÍNH\nCỤC THUẾ\n\nCỘNG HÒA XÃ HỘI CHỦ\nNGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "S06: 5331/CT-CS\nVẪN:\nChính sách thuế TNCN\n\nHà Nội, ngày 19 tháng 11\n\nnăm 2025\n\n"
            "Kính gửi: Bà Trần Thị Bình\n\nCục Thuế nhận được câu hỏi mã số 220725-11 của độc giả.\n")
    m = extract(text).metadata
    assert (m.number, m.type, _key(m.issuer)) == ("5331/CT-CS", "Công văn", "cuc thue")


@pytest.mark.parametrize("stem", [
    "2512-QD-UBND",  # "… Thuế tỉnh" | "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" | "Lạng Sơn;" below the region, then more items
    "37700-TB-CHQ",  # "Công ty … (204" | the three levels | "Nơ Trang Long, …," / "Thành phố Hồ Chí Minh, Việt Nam);"
])
def test_scan_item_wrapped_beside_the_signature(stem):
    """Scanned (bench/gold/review-meta7): an item cut by the signature beside it ends below the two-column
    region; its rest is the item's, the signature lines between are not, and the list goes on."""
    m, gold = _scan(stem), _labels(stem)
    assert [_key(r) for r in m.recipients] == [_key(r) for r in gold["recipients"]]


def test_title_and_name_read_on_one_line():
    """34/2025/NQ-HĐND scanned (bench/gold/review-meta7): "- Lưu: VTL." / "" / "CHỦ Tịch Lý Văn Mạnh" — a
    title-only block whose title and name OCR read on one line."""
    text = _QD.format(items="- VP: Lãnh đạo và các CV;").replace(
        "- Lưu: VT, KSTT (Ánh, Duyên).\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐinh Văn Phúc\n",
        "- Lưu: VTL.\n\nCHỦ Tịch Lý Văn Mạnh\n")
    m = extract(text).metadata
    assert (m.signer_authority, m.signer_title, m.signer_name) == (None, "CHỦ TỊCH", "Lý Văn Mạnh")
    assert list(m.recipients) == ["VP: Lãnh đạo và các CV", "Lưu: VTL"]


def test_item_rest_folding_like_the_motto_is_no_next_page():
    """56/2025/TT-BCT scanned: "- Cổng thông tin điện tử Chính phủ; Cổng thông" / "tin điện tử Bộ Công Thương;"
    ("tử Bộ" folds like the motto's "tự do") ended the list there."""
    text = _QD.format(items="- Cổng thông tin điện tử Chính phủ; Cổng thông\ntin điện tử Bộ Công Thương;\n- Công báo;")
    assert list(extract(text).metadata.recipients) == [
        "Cổng thông tin điện tử Chính phủ", "Cổng thông tin điện tử Bộ Công Thương", "Công báo",
        "Lưu: VT, KSTT (Ánh, Duyên)"]


def test_title_line_opening_with_bo_is_no_ministry():
    """34/2025/NQ-HĐND scanned: "… ĐỊNH MỨC PHÂN" / "BỔ VỐN ĐẦU TƯ PHÁT TRIỂN …" — "BỔ" folds like "BỘ"."""
    text = _QD.replace("BAN HÀNH QUY CHẾ TIẾP NHẬN, LUÂN CHUYỂN HỒ SƠ THỦ TỤC HÀNH CHÍNH TRONG LĨNH VỰC ĐẤT ĐAI",
                       "VỀ QUY ĐỊNH NGUYÊN TẮC, TIÊU CHÍ, ĐỊNH MỨC PHÂN\nBỔ VỐN ĐẦU TƯ PHÁT TRIỂN TỪ NGÂN SÁCH NHÀ NƯỚC"
                       ).format(items="- Công báo;")
    assert _key(extract(text).metadata.title) == _key(
        "Về quy định nguyên tắc, tiêu chí, định mức phân bổ vốn đầu tư phát triển từ ngân sách nhà nước")


def test_semicolon_speck_before_a_printed_comma():
    """5615/CT-CS scanned (bench/gold/review-meta7): "- Cục CST;, Vụ PC (BTC);" is the one printed item
    "Cục CST, Vụ PC (BTC)"; a ";" that is printed ("Cục QLCS; Vụ PC (BTC)", 5317/CT-CS) still splits."""
    text = _QD.format(items="- Cục CST;, Vụ PC (BTC);\n- Cục QLCS; Vụ PC (BTC);")
    assert list(extract(text).metadata.recipients)[:3] == ["Cục CST, Vụ PC (BTC)", "Cục QLCS", "Vụ PC (BTC)"]
