"""A whole document pasted as ONE line, its parts one space apart (what pasting from some web pages or PDF viewers
gives): the structure stage finds the line breaks it needs (vanban/structure/run_on.py) and reads the header, the
type and trích yếu, the addressees, the signature and the Nơi nhận as from the document laid out.

Texts: the plain text (``realdocs/md2plain.py``) of three tuning-set documents in tests/fixtures/oneline/ — a plan
(153-KH-UBND), a Công điện (96/CĐ-BXD) and a Công văn (11208/BNV-KHTC) — joined here into one line. Expected values
read from the documents (their sidecars and their signature and Nơi nhận blocks).
"""

from __future__ import annotations

import pathlib
import re

import pytest

from vanban.extract import extract
from vanban.structure import structure_of_text
from vanban.structure.run_on import run_on_breaks

FIX = pathlib.Path(__file__).parent / "fixtures" / "oneline"


def _oneline(name: str) -> str:
    text = (FIX / name).read_text(encoding="utf-8")
    return " ".join(ln.strip() for ln in re.split(r"[\n\f]", text) if ln.strip())


EXPECTED = {
    "153-KH-UBND.txt": dict(number="153/KH-UBND", type="Kế hoạch", issuer="ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
                            place="Cần Thơ", date="2025-11-17", signer_authority="TM. ỦY BAN NHÂN DÂN",
                            signer_title="CHỦ TỊCH", signer_name="Trần Văn Xuân",
                            title="TRIỂN KHAI, THỰC HIỆN CÁC DỰ ÁN, TIỂU DỰ ÁN THUỘC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA "
                                  "PHÒNG, CHỐNG MA TÚY ĐẾN NĂM 2030 TRÊN ĐỊA BÀN THÀNH PHỐ"),
    "96-CD-BXD.txt": dict(number="96/CĐ-BXD", type="Công điện", issuer="BỘ XÂY DỰNG", place="Hà Nội", date="2025-11-22",
                          signer_title="THỨ TRƯỞNG", signer_name="Ngô Văn Khánh",
                          title="VỀ VIỆC TẬP TRUNG ỨNG PHÓ VÀ KỊP THỜI KHẮC PHỤC HẬU QUẢ MƯA LŨ ĐẶC BIỆT LỚN TẠI "
                                "KHU VỰC TRUNG BỘ"),
    "11208-BNV-KHTC.txt": dict(number="11208/BNV-KHTC", type="Công văn", issuer="BỘ NỘI VỤ", parent_issuer=None,
                               date="2025-11-26", signer_title="THỨ TRƯỞNG", signer_name="Đinh Văn Phúc"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_document_on_one_line_keeps_its_metadata(name):
    md = extract(_oneline(name)).metadata
    for field, want in EXPECTED[name].items():
        got = getattr(md, field)
        if field == "title":  # where the trích yếu ends, whatever its case (sentence case: vanban.extract.title_case)
            got, want = got and got.upper(), want.upper()
        assert got == want, field


def test_recipients_of_a_plan_on_one_line():
    md = extract(_oneline("153-KH-UBND.txt")).metadata
    assert "Văn phòng Chính phủ" in md.recipients
    assert "Chi cục Hải quan khu vực XIX" in md.recipients
    assert not any("Trần Văn Xuân" in r or "CHỦ TỊCH" in r for r in md.recipients)


def test_addressees_of_a_cong_dien_end_where_its_body_opens():
    """"… - Sở Xây dựng các tỉnh, thành phố: Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng. Triển khai chỉ đạo …": the
    body's first sentence is no part of the last addressee."""
    md = extract(_oneline("96-CD-BXD.txt")).metadata
    assert "Sở Xây dựng các tỉnh, thành phố: Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng" in md.recipients


def test_kinds_of_the_run_on_line():
    """Kinds met on the tuning documents, in their wording: the type line past a header's rule ("… năm 2025 * KẾT LUẬN"),
    "__Nơi nhận: __" underlined, its items with no mark between them, the addressees' end with no full stop
    ("… thuộc Chính phủ Xét báo cáo …"), a trích yếu in capitals then the body's first sentence ("… ĐẮK LẮK Do hậu
    quả …"), a Quyết định's enacting authority under its trích yếu in capitals."""
    line = ("BAN CHẤP HÀNH TRUNG ƯƠNG * ĐẢNG CỘNG SẢN VIỆT NAM --------------- Số 221-KL/TW Hà Nội, ngày 28 tháng 11 năm "
            "2025 KẾT LUẬN CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ TÌNH HÌNH HOẠT ĐỘNG CỦA CHÍNH QUYỀN ĐỊA PHƯƠNG 2 CẤP ----- Tại "
            "phiên họp ngày 28/11/2025, Bộ Chính trị, Ban Bí thư kết luận như sau: 1. Cơ bản thống nhất với Báo cáo. "
            "__Nơi nhận: __ - Các cơ quan, ban đảng Trung ương - Lưu Văn phòng Trung ương Đảng. T/M BỘ CHÍNH TRỊ Bùi Văn Kiên")
    md = extract(line).metadata
    assert (md.type, md.number, md.date) == ("Kết luận", "221-KL/TW", "2025-11-28")
    assert md.title.startswith("Của Bộ Chính trị, Ban Bí thư") and md.title.endswith("2 cấp")
    assert md.signer_authority == "T/M BỘ CHÍNH TRỊ" and md.signer_name == "Bùi Văn Kiên"
    assert "Các cơ quan, ban đảng Trung ương" in md.recipients
    line = ("VĂN PHÒNG CHÍNH PHỦ -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- "
            "Số: 11298/VPCP-KTTH V/v: động lực tăng trưởng kinh tế năm 2025 Hà Nội, ngày 17 tháng 11 năm 2025 Kính gửi: "
            "Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ Xét báo cáo của Bộ Tài chính, Phó Thủ "
            "tướng Chính phủ có ý kiến như sau: Các Bộ nghiên cứu các nội dung nêu trên./. Nơi nhận: - Như trên; - Lưu: "
            "VT, KTTH. KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM Nguyễn Văn Sinh")
    md = extract(line).metadata
    assert md.recipients[0] == "Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ"
    assert md.title == "động lực tăng trưởng kinh tế năm 2025" and md.place == "Hà Nội"
    line = ("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            "--------------- Số: 0130/KH-UBND Đắk Lắk, ngày 24 tháng 11 năm 2025 KẾ HOẠCH KHẮC PHỤC MÔI TRƯỜNG SAU LỤT "
            "BÃO TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK Do hậu quả mưa lớn kéo dài, nhiều địa phương bị ngập sâu. I. MỤC ĐÍCH "
            "1. Khắc phục kịp thời./. Nơi nhận: - Như trên; - Lưu: VT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH "
            "Trần Văn Xuân")
    md = extract(line).metadata
    assert md.title.upper() == "KHẮC PHỤC MÔI TRƯỜNG SAU LỤT BÃO TRÊN ĐỊA BÀN TỈNH ĐẮK LẮK"
    assert (md.signer_title, md.signer_name) == ("PHÓ CHỦ TỊCH", "Trần Văn Xuân")
    line = ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            "--------------- Số: 2815/QĐ-UBND Đồng Nai, ngày 20 tháng 11 năm 2025 QUYẾT ĐỊNH VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH "
            "CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐỒNG NAI CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH "
            "ĐỒNG NAI Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025; QUYẾT ĐỊNH: Điều 1. Công bố "
            "kèm theo Quyết định này thủ tục hành chính. Điều 2. Quyết định này có hiệu lực kể từ ngày ký./. Nơi nhận: "
            "- Như Điều 2; - Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hồ Văn Hà")
    md = extract(line).metadata
    assert md.title.upper().endswith("CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐỒNG NAI")
    assert md.type == "Quyết định" and md.signer_authority == "KT. CHỦ TỊCH" and md.signer_title == "PHÓ CHỦ TỊCH"


def test_body_items_on_one_line_are_parts():
    st = structure_of_text(_oneline("153-KH-UBND.txt"))
    text = _oneline("153-KH-UBND.txt")
    heads = [text[p.start:p.end].split()[0] for p in st.body]
    assert heads[:1] == ["I."]
    assert st.breaks and all(0 < b < len(text) for b in st.breaks)


@pytest.mark.parametrize("line", [
    # a long sentence citing a date and a signing level is no document on one line
    "Thực hiện Quyết định số 7619/QĐ-BCA ngày 08 tháng 9 năm 2025 của Bộ Công an phê duyệt Chương trình mục tiêu "
    "quốc gia phòng, chống ma túy đến năm 2030, Ủy ban nhân dân thành phố ban hành Kế hoạch triển khai thực hiện.",
    "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
])
def test_a_line_of_one_part_is_left_alone(line):
    assert run_on_breaks(line + "\n" + line) == ()


def test_noi_nhan_items_on_one_line():
    """Items with no mark between them part at their dash ("- Văn phòng Chính phủ - Bộ Công an (qua Cục A03);",
    1026-KH-UBND); a unit named with its parent after a dash stays one item ("- Cục Kiểm tra văn bản & QLXLVPHC - Bộ
    Tư pháp;", "- Ban Thi đua - Khen thưởng Trung ương;")."""
    line = ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            "--------------- Số: 79/2025/QĐ-UBND Bắc Ninh, ngày 12 tháng 11 năm 2025 QUYẾT ĐỊNH BAN HÀNH QUY CHẾ QUẢN LÝ "
            "THƯ ĐIỆN TỬ CÔNG VỤ ỦY BAN NHÂN DÂN TỈNH BẮC NINH Căn cứ Luật Tổ chức chính quyền địa phương; QUYẾT ĐỊNH: "
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế./. Nơi nhận: - Văn phòng Chính phủ - Bộ Công an (qua Cục "
            "A03); - Cục Kiểm tra văn bản & QLXLVPHC - Bộ Tư pháp; - Ban Thi đua - Khen thưởng Trung ương; - Lưu: VT. "
            "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Vương Quốc Tuấn")
    md = extract(line).metadata
    assert "Văn phòng Chính phủ" in md.recipients and "Bộ Công an (qua Cục A03)" in md.recipients
    assert "Cục Kiểm tra văn bản & QLXLVPHC - Bộ Tư pháp" in md.recipients
    assert "Ban Thi đua - Khen thưởng Trung ương" in md.recipients
    assert (md.signer_title, md.signer_name) == ("CHỦ TỊCH", "Vương Quốc Tuấn")


def test_party_rule_on_one_line():
    """383-QĐ/TW's kinds: the motto's words inside the trích yếu ("QUY ĐỊNH VỀ PHÔNG LƯU TRỮ ĐẢNG CỘNG SẢN VIỆT NAM")
    are no header cell, the basis opens with its dash ("----- - Căn cứ Điều lệ Đảng;"), "T/M BAN BÍ THƯ" is a level
    and its body (no signer's title); "THÔNG BÁO KẾT LUẬN PHIÊN HỌP …" (624/TB-VPCP) is a Thông báo whose trích yếu
    opens with "KẾT LUẬN"."""
    line = ("BAN CHẤP HÀNH TRUNG ƯƠNG * ĐẢNG CỘNG SẢN VIỆT NAM --------------- Số 383-QĐ/TW Hà Nội, ngày 19 tháng 11 năm "
            "2025 * QUY ĐỊNH VỀ PHÔNG LƯU TRỮ ĐẢNG CỘNG SẢN VIỆT NAM ----- - Căn cứ Điều lệ Đảng; - Căn cứ Luật Lưu trữ số "
            "33/2024/QH15, ngày 21/6/2024 của Quốc hội khoá XV; - Xét đề nghị của Chánh Văn phòng Trung ương Đảng, Ban Bí "
            "thư quy định về Phông lưu trữ Đảng Cộng sản Việt Nam như sau: Điều 1. Phông lưu trữ gồm toàn bộ tài liệu lưu "
            "trữ của Đảng./. Nơi nhận: - Như Điều 2, - Lưu Văn phòng Trung ương Đảng. T/M BAN BÍ THƯ Trần Cẩm Tú")
    md = extract(line).metadata
    assert (md.type, md.title.upper()) == ("Quy định", "VỀ PHÔNG LƯU TRỮ ĐẢNG CỘNG SẢN VIỆT NAM")
    assert (md.signer_authority, md.signer_title, md.signer_name) == ("T/M BAN BÍ THƯ", None, "Trần Cẩm Tú")
    line = ("VĂN PHÒNG CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- "
            "Số: 624/TB-VPCP Hà Nội, ngày 16 tháng 11 năm 2025 THÔNG BÁO KẾT LUẬN PHIÊN HỌP LẦN THỨ NĂM CỦA BAN CHỈ ĐẠO "
            "CỦA CHÍNH PHỦ VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ Ngày 15 tháng 11 năm 2025, tại Trụ sở Chính phủ, Thủ tướng "
            "Chính phủ chủ trì Phiên họp lần thứ năm. Nơi nhận: - Thủ tướng, các Phó Thủ tướng; - Lưu: VT, KGVX. "
            "KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM Phan Văn Nam")
    md = extract(line).metadata
    assert md.type == "Thông báo" and md.title.upper().startswith("KẾT LUẬN PHIÊN HỌP LẦN THỨ NĂM")
