"""Header, title, signature and recipient kinds of Quyết định (UBND), Nghị quyết (HĐND),
Thông tư and the Cục Thuế / Cục Hải quan letters and Thông báo, on real published lines.

Expected values are hand labels written before vanban ran on these documents
(``bench/gold/review-meta7``, copied to ``fixtures/realdocs/meta``), never vanban's output.
Each document is read as published (Markdown, as ingest reads ``.md``) and as copied text
(``realdocs/md2plain.py``).
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
FIELDS = ("number", "type", "place", "date", "title", "signer_title", "signer_name")


def _md(stem: str):
    src = load(META / f"{stem}.md")
    pages = tuple(Page(number=p.number, method=p.method, raw_text=p.text or "", text=p.text or "",
                       lines=p.lines) for p in src.pages)
    return extract("\f".join(p.text for p in pages), structure=build_structure(pages)).metadata


def _plain(stem: str):
    return extract((META / f"{stem}.txt").read_text(encoding="utf-8")).metadata


def _key(s):
    return " ".join(fold(s or "").replace(":", " ").split())


def _title_key(s):
    # the labels keep a "V/v" prefix (realdocs/labeled/README.md); vanban's title drops it
    return _key(s).removeprefix("v/v ")


@pytest.mark.parametrize("form", ["md", "plain"])
@pytest.mark.parametrize("stem", [
    "2828-QD-UBND",    # "Như Điều 2;", "(để đăng tin)", "Sở Tư pháp; Sở Xây dựng;", "Thành phố Hồ Chí" / "Minh, ngày"
    "38273-CHQ-GSQL",  # "**Kính" / "gửi:** Công ty …." with its "(đ/c: …)" line; TL. / KT. TRƯỞNG BAN … / PHÓ TRƯỞNG BAN
    "37698-TB-CHQ",    # "Hà" / "Nội, ngày"; "**TL." / "CỤC TRƯỞNG**"; company "(đ/c: …)" in Nơi nhận; CỤC TRƯỞNG CỤC HẢI QUAN under the title
    "37700-TB-CHQ",    # "**KT." / "TRƯỞNG BAN …"; a street address in parentheses after the company
    "5331-CT-CS",      # Kính gửi a person with "(Địa chỉ: …;" / "Số ĐT: …)" below; "PCTrg … (để b/c)"
])
def test_metadata_of_published_kinds(stem, form):
    gold = json.loads((META / f"{stem}.labels.json").read_text(encoding="utf-8"))
    m = _md(stem) if form == "md" else _plain(stem)
    for f in FIELDS:
        key = _title_key if f == "title" else _key
        assert key(getattr(m, f)) == key(gold[f]), f
    levels = m.signer_levels
    assert _key(levels) == _key(gold["signer_authority"])
    assert [_key(r) for r in m.recipients] == [_key(r) for r in gold["recipients"]]


# --- kinds given as the real lines, copied text ----------------------------------------

_QD_HEAD = """ỦY BAN NHÂN DÂN
TỈNH BẮC NINH
-------

CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 1521/QĐ-UBND

Bắc Ninh, ngày 22
tháng 11 năm 2025

QUYẾT ĐỊNH
VỀ VIỆC CHUẨN HÓA DANH MỤC THỦ TỤC HÀNH CHÍNH ĐẶC THÙ THỰC HIỆN
TRÊN ĐỊA BÀN TỈNH BẮC NINH
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH
Căn cứ Luật Tổ chức chính
quyền địa phương số 72/2025/QH15 ngày 16/6/2025;
QUYẾT ĐỊNH:
Điều 1. Chuẩn hóa danh mục thủ tục hành chính đặc thù.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""


def test_qd_title_in_capitals_ends_at_the_enacting_authority():
    """1521/QĐ-UBND: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH" under a trích yếu in capitals."""
    m = extract(_QD_HEAD).metadata
    assert _key(m.title) == _key("Về việc chuẩn hóa danh mục thủ tục hành chính đặc thù thực hiện "
                                 "trên địa bàn tỉnh Bắc Ninh")


def test_qd_title_only_signature_and_nhu_dieu():
    """1948/QĐ-UBND: "- Như điều 4;" is a back-reference; the block prints only "CHỦ TỊCH"."""
    text = _QD_HEAD + """Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như điều 4;
- Cục KSTTHC, Văn phòng Chính phủ;
- Bộ Nông nghiệp và Môi trường;
- Chủ tịch, các PCT UBND tỉnh;
- VP UBND tỉnh: LĐVP, TTTT, KT, TTPVHCC;
- Viễn thông Cao Bằng;
- Lưu: VT, TTPVHCC.

CHỦ TỊCH
Lý Văn Mạnh
"""
    m = extract(text).metadata
    assert (m.signer_authority, m.signer_title, m.signer_name) == (None, "CHỦ TỊCH", "Lý Văn Mạnh")
    assert list(m.recipients) == ["Cục KSTTHC, Văn phòng Chính phủ", "Bộ Nông nghiệp và Môi trường",
                                  "Chủ tịch, các PCT UBND tỉnh", "VP UBND tỉnh: LĐVP, TTTT, KT, TTPVHCC",
                                  "Viễn thông Cao Bằng", "Lưu: VT, TTPVHCC"]


def test_tt_recipient_naming_a_ministry_portal_is_no_motto():
    """56/2025/TT-BCT: "- Cổng thông tin điện tử Chính phủ; Cổng thông tin điện tử Bộ Công Thương;"
    ("tử Bộ" folds like the motto's "tự do") ended the block: the signer was lost."""
    text = """BỘ CÔNG THƯƠNG
-------

CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 56/2025/TT-BCT

Hà Nội, ngày 28
tháng 11 năm 2025

THÔNG TƯ
QUY ĐỊNH VỀ QUY TRÌNH KIỂM TRA CHUYÊN NGÀNH CÔNG THƯƠNG

Căn cứ Luật Thanh tra số 84/2025/QH15;
Điều 1. Phạm vi điều chỉnh
Thông tư này quy định quy trình kiểm tra chuyên ngành công thương./.

Nơi nhận:
- Văn phòng Chính phủ;
- Viện Kiểm sát nhân dân tối cao; Tòa án nhân dân tối cao;
- Lãnh đạo Bộ;
- Cổng thông tin điện tử Chính phủ; Cổng thông tin điện tử Bộ Công Thương;
- Công báo;
- Lưu: VT, VPB (05b).

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lương Thị Quyên
"""
    m = extract(text).metadata
    assert (m.signer_authority, m.signer_title, m.signer_name) == ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Lương Thị Quyên")
    assert list(m.recipients) == ["Văn phòng Chính phủ", "Viện Kiểm sát nhân dân tối cao", "Tòa án nhân dân tối cao",
                                  "Lãnh đạo Bộ", "Cổng thông tin điện tử Chính phủ",
                                  "Cổng thông tin điện tử Bộ Công Thương", "Công báo", "Lưu: VT, VPB (05b)"]


def test_recipient_lines_with_semicolons_one_body_or_several():
    """A ministry listing its units or the ministries' short names stays one item ("Các Bộ: TC; NN&MT",
    34/2025/NQ-HĐND; "Bộ KHCN: …; …; …", 33/2025/TT-BKHCN); bodies of their own after ";" split
    ("Các Sở: …; Ban quản lý …; Thuế tỉnh …", "Chánh, PCVP UBND tỉnh; Cổng TTĐT tỉnh", 2512/QĐ-UBND)."""
    text = _QD_HEAD + """Điều 3. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Các Bộ: TC; NN&MT;
- Các Sở: Xây dựng, Tài chính; Ban quản lý Khu KTCK Đồng Đăng - LS; Thuế tỉnh
Lạng Sơn;
- Chánh, PCVP UBND tỉnh; Cổng TTĐT tỉnh;
- Bộ KHCN: Bộ trưởng và các Thứ trưởng; các cơ quan, đơn vị thuộc Bộ; Cổng
Thông tin điện tử;
- Lưu: VT, TTPVHCC(TTPL).

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Dương Văn Lộc
"""
    m = extract(text).metadata
    assert (m.signer_authority, m.signer_title, m.signer_name) == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Dương Văn Lộc")
    assert list(m.recipients) == [
        "Các Bộ: TC; NN&MT", "Các Sở: Xây dựng, Tài chính", "Ban quản lý Khu KTCK Đồng Đăng - LS",
        "Thuế tỉnh Lạng Sơn", "Chánh, PCVP UBND tỉnh", "Cổng TTĐT tỉnh",
        "Bộ KHCN: Bộ trưởng và các Thứ trưởng; các cơ quan, đơn vị thuộc Bộ; Cổng Thông tin điện tử",
        "Lưu: VT, TTPVHCC(TTPL)"]


_NQ = """HỘI ĐỒNG NHÂN DÂN
TỈNH VĨNH LONG
-------

CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 22/2025/NQ-HĐND

Vĩnh Long, ngày 18 tháng 11 năm 2025

NGHỊ QUYẾT
QUY ĐỊNH NỘI DUNG, MỨC CHI ĐỂ TỔ CHỨC CÁC KỲ THI, CUỘC
THI, HỘI THI TRONG LĨNH VỰC GIÁO DỤC VÀ ĐÀO TẠO TRÊN ĐỊA BÀN TỈNH VĨNH LONG
HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH LONG
KHÓA X, KỲ HỌP CHUYÊN ĐỀ LẦN THỨ BA
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
QUYẾT NGHỊ:
Điều 1. Phạm vi điều chỉnh.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Vĩnh Long khóa X thông qua ngày 18 tháng 11 năm 2025.

Nơi nhận:
- Ủy ban Thường vụ Quốc hội;
- Chính phủ;
- Tỉnh ủy, HĐND,
UBND, UBMTTQVN tỉnh;
- Lưu: VT.

{sig}
Cao Văn Vĩnh
"""


@pytest.mark.parametrize("sig,want", [
    ("CHỦ TỊCH", (None, None, "CHỦ TỊCH")),  # 22/2025/NQ-HĐND as printed: a title-only block
    ("TM. HỘI ĐỒNG NHÂN DÂN\nCHỦ TỊCH", ("TM. HỘI ĐỒNG NHÂN DÂN", None, "CHỦ TỊCH")),
    ("TM. HỘI ĐỒNG NHÂN\nDÂN\nCHỦ TỊCH", ("TM. HỘI ĐỒNG NHÂN DÂN", None, "CHỦ TỊCH")),  # the cell wrapped
    ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")),
    ("TL.\nCỤC TRƯỞNG\nKT.\nTRƯỞNG BAN NGHIỆP VỤ THUẾ HQ\nPHÓ TRƯỞNG BAN",  # 37700/TB-CHQ, bold runs wrapped
     ("TL. CỤC TRƯỞNG", "KT. TRƯỞNG BAN NGHIỆP VỤ THUẾ HQ", "PHÓ TRƯỞNG BAN")),
])
def test_signature_levels_of_hdnd_ubnd_and_cuc(sig, want):
    m = extract(_NQ.format(sig=sig)).metadata
    assert (m.signer_authority, m.signer_delegation, m.signer_title) == want
    assert m.signer_name == "Cao Văn Vĩnh"
    assert list(m.recipients) == ["Ủy ban Thường vụ Quốc hội", "Chính phủ", "Tỉnh ủy, HĐND, UBND, UBMTTQVN tỉnh", "Lưu: VT"]
    assert _key(m.title) == _key("Quy định nội dung, mức chi để tổ chức các kỳ thi, cuộc thi, hội thi trong lĩnh vực "
                                 "giáo dục và đào tạo trên địa bàn tỉnh Vĩnh Long")


def test_title_line_opening_with_doc_lap_is_no_motto():
    """70/2025/NQ-HĐND: "… NHÀ Ở XÃ HỘI" / "ĐỘC LẬP TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI (THỰC HIỆN …)" — the
    trích yếu goes on; only "Độc lập - Tự do - Hạnh phúc" is the motto."""
    text = _NQ.format(sig="CHỦ TỊCH").replace(
        "QUY ĐỊNH NỘI DUNG, MỨC CHI ĐỂ TỔ CHỨC CÁC KỲ THI, CUỘC\n"
        "THI, HỘI THI TRONG LĨNH VỰC GIÁO DỤC VÀ ĐÀO TẠO TRÊN ĐỊA BÀN TỈNH VĨNH LONG\n",
        "QUY ĐỊNH MỘT SỐ NỘI DUNG VỀ SỬ DỤNG NGÂN SÁCH ĐỂ ĐẦU TƯ XÂY DỰNG CÔNG TRÌNH HẠ TẦNG\n"
        "KỸ THUẬT KHUNG, HẠ TẦNG XÃ HỘI THIẾT YẾU TRONG DỰ ÁN ĐẦU TƯ XÂY DỰNG NHÀ Ở XÃ HỘI\n"
        "ĐỘC LẬP TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI (THỰC HIỆN ĐIỂM B KHOẢN 2 ĐIỀU 29\n"
        "LUẬT THỦ ĐÔ SỐ 39/2024/QH15)\n")
    m = extract(text).metadata
    assert _key(m.title).endswith(_key("độc lập trên địa bàn thành phố Hà Nội (thực hiện điểm b khoản 2 "
                                       "Điều 29 Luật Thủ đô số 39/2024/QH15)"))


def test_units_after_colon_and_purpose_notes():
    """1627/QĐ-UBND: "- VPUB: + CVP, các PCVP (đ/b);" / "+ Cổng TTĐT tỉnh (đưa tin);"."""
    text = _QD_HEAD + """Điều 3. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Các PCT UBND tỉnh;
- VPUB: + CVP, các PCVP (đ/b);
+ Cổng TTĐT tỉnh (đưa tin);
- Lưu: VT, KTTHVTD.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Xuân
"""
    m = extract(text).metadata
    assert list(m.recipients) == ["Các PCT UBND tỉnh", "VPUB: CVP, các PCVP", "Cổng TTĐT tỉnh", "Lưu: VT, KTTHVTD"]


def test_unit_codes_wrapped_after_a_colon_are_no_signer_title():
    """627/TB-VPCP as copied: "- VPCP: …, các Vụ, Cục:" / "TH, KTTH, NN, PL, QHĐP, QHQT;" is the item's rest."""
    text = _QD_HEAD + """Điều 3. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Các Tập đoàn, TCT: EVN, VEC, ACV, VATM;
- VPCP: BTCN, các PCN, Trợ lý, Thư ký TTg, PTTg, TGĐ Cổng TTĐT CP, các Vụ, Cục:
TH, KTTH, NN, PL, QHĐP, QHQT;
- Lưu: VT, CN (2). nvv

KT. BỘ TRƯỞNG,
CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Phan Văn Nam
"""
    m = extract(text).metadata
    assert (m.signer_authority, m.signer_title, m.signer_name) == ("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Phan Văn Nam")
    assert list(m.recipients) == [
        "Các Tập đoàn, TCT: EVN, VEC, ACV, VATM",
        "VPCP: BTCN, các PCN, Trợ lý, Thư ký TTg, PTTg, TGĐ Cổng TTĐT CP, các Vụ, Cục: TH, KTTH, NN, PL, QHĐP, QHQT",
        "Lưu: VT, CN (2). nvv"]


def test_title_in_capitals_goes_on_past_thuc_hien():
    """33/2025/NQ-HĐND: "… ĐỊNH MỨC PHÂN BỔ VỐN NGÂN SÁCH NHÀ NƯỚC" / "THỰC HIỆN CHƯƠNG TRÌNH …" is the
    trích yếu's next line, not a preamble "Thực hiện …"."""
    text = _NQ.format(sig="CHỦ TỊCH").replace(
        "QUY ĐỊNH NỘI DUNG, MỨC CHI ĐỂ TỔ CHỨC CÁC KỲ THI, CUỘC\n"
        "THI, HỘI THI TRONG LĨNH VỰC GIÁO DỤC VÀ ĐÀO TẠO TRÊN ĐỊA BÀN TỈNH VĨNH LONG\n",
        "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH KÈM THEO NGHỊ QUYẾT\n"
        "SỐ 09/2022/NQ-HĐND NGÀY 14 THÁNG 7 NĂM 2022 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH THỪA\n"
        "THIÊN HUẾ QUY ĐỊNH NGUYÊN TẮC, TIÊU CHÍ, ĐỊNH MỨC PHÂN BỔ VỐN NGÂN SÁCH NHÀ NƯỚC\n"
        "THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG GIAI ĐOẠN 2021 -\n"
        "2025 TRÊN ĐỊA BÀN TỈNH THỪA THIÊN HUẾ (NAY LÀ THÀNH PHỐ HUẾ)\n")
    m = extract(text).metadata
    assert _key(m.title).endswith(_key("giai đoạn 2021 - 2025 trên địa bàn tỉnh Thừa Thiên Huế (nay là thành phố Huế)"))


def test_level_tail_on_the_title_line_file_code_and_offices_list():
    """39365/CHQ-GSQL: "KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ" / "VỀ HQ PHÓ TRƯỞNG BAN"; 161/2025/QĐ-UBND:
    "- Lưu: VT, VP10,11." / "HP_VP11_QĐ" (file code, no title); 63/2025/NQ-HĐND: "Các VP: …; UBND TP"."""
    text = _QD_HEAD + """Điều 3. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như trên;
- PCT Đặng Văn Hiếu (để b/c);
- Các VP: Thành ủy, Đoàn ĐBQH và HĐND; UBND TP;
- Lưu: VT, VP10,11.
HP_VP11_QĐ

TL. CỤC TRƯỞNG
KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ
VỀ HQ PHÓ TRƯỞNG BAN
Hoàng Văn Đạt
"""
    m = extract(text).metadata
    assert (m.signer_authority, m.signer_delegation, m.signer_title, m.signer_name) == (
        "TL. CỤC TRƯỞNG", "KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ", "PHÓ TRƯỞNG BAN", "Hoàng Văn Đạt")
    assert list(m.recipients) == ["PCT Đặng Văn Hiếu", "Các VP: Thành ủy, Đoàn ĐBQH và HĐND; UBND TP",
                                  "Lưu: VT, VP10,11. HP_VP11_QĐ"]
