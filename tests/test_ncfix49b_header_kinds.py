"""ncfix49b (session 49's newcomer, real documents of ../shared/realdocs/docs in four forms).

1. A Kính gửi list's first item read above its label. The kind: a Công văn's header table puts "Kính gửi:" in a cell
   beside the list's cell; the label is centred in its cell's height, so a text PDF read line by line (pdftotext,
   pdfplumber) prints the list's first item (two items: one; four: two) before the label, right under the V/v. The
   trích yếu ran on into it ("… Quốc hội Khóa XV - Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh", 9476/BNNMT-CNTY text PDF)
   and the item was lost from the addressees. The same table in 5487/CT-CS, 11414/VPCP-CN and 5095/SGDĐT-CTTTHSSV
   (their .md in ../shared/realdocs/docs): the texts below are those headers in the text PDF's reading order.
2. An abbreviation in a trích yếu printed in capitals ("… LƯU TRỮ CSDL ỨNG DỤNG …", 983/TB-CT) that the body never
   writes again was lowered to "csdl": a word in capitals that is no Vietnamese syllable keeps its capitals.
Expected values written from the documents, not from vanban's output.
"""

import pytest

from vanban.extract import extract

CASES = [
    (  # 9476/BNNMT-CNTY, as pdftotext read its text PDF
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nBỘ NÔNG NGHIỆP VÀ\nNAM\nMÔI TRƯỜNG\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 9476 /BNNMT-CNTY\nHà Nội, ngày 24 tháng 11 năm 2025\nV/v trả lời bổ sung kiến nghị của cử tri gửi\n"
        "trước Kỳ họp thứ 10, Quốc hội Khóa XV\n- Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh;\nKính gửi:\n"
        "- Ủy ban Dân nguyện và Giám sát Quốc hội.\nBộ Nông nghiệp và Môi trường nhận được kiến nghị của cử tri tỉnh "
        "Hà Tĩnh do Ủy ban Dân\nnguyện và Giám sát Quốc hội khóa XV chuyển đến.\n",
        "trả lời bổ sung kiến nghị của cử tri gửi trước Kỳ họp thứ 10, Quốc hội Khóa XV",
        ("Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh", "Ủy ban Dân nguyện và Giám sát Quốc hội"),
    ),
    (  # 5487/CT-CS
        "BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC THUẾ\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 5487/CT-CS\nHà Nội, ngày 03 tháng 12 năm 2025\nV/v chính sách thuế GTGT\n"
        "- Thuế tỉnh Bắc Ninh;\nKính gửi:\n- Thuế tỉnh Khánh Hóa.\n"
        "Cục Thuế nhận được công văn số 5581/BNI-QLDN1 ngày\n14/10/2025 của Thuế tỉnh Bắc Ninh về chính sách thuế "
        "GTGT. Về vấn đề này, Cục\nThuế có ý kiến như sau:\n",
        "chính sách thuế GTGT",
        ("Thuế tỉnh Bắc Ninh", "Thuế tỉnh Khánh Hóa"),
    ),
    (  # 11414/VPCP-CN: three items, the label beside the second
        "VĂN PHÒNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 11414/VPCP-CN\nHà Nội, ngày 20 tháng 11 năm 2025\nV/v đẩy nhanh tiến độ Dự án đường cao tốc\n"
        "Bến Lức - Long Thành\n- Bộ trưởng Bộ Xây dựng;\n"
        "Kính gửi: - Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh;\n- Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai.\n"
        "Xét đề nghị của Bộ Xây dựng tại văn bản số\n308/BC-BXD ngày 13 tháng 11 năm 2025 về kết quả tháo gỡ các khó "
        "khăn, vướng mắc.\n",
        "đẩy nhanh tiến độ Dự án đường cao tốc Bến Lức - Long Thành",
        ("Bộ trưởng Bộ Xây dựng", "Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh",
         "Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai"),
    ),
]


@pytest.mark.parametrize("text,title,first", CASES, ids=["9476", "5487", "11414"])
def test_a_kinh_gui_item_above_its_label(text, title, first):
    meta = extract(text).metadata
    assert meta.title == title
    assert meta.recipients[:len(first)] == first


def test_a_v_v_line_that_is_no_list_item_stays_in_the_title():
    # 5095/SGDĐT-CTTTHSSV's V/v wraps over two lines; no dash opens its second line: the title keeps it
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 5095/SGDĐT-CTTTHSSV\n"
            "V/v tăng cường các biện pháp cấp bách về\nkiểm soát ô nhiễm môi trường không khí\n"
            "Hà Nội, ngày 05 tháng 12 năm 2025\n\nKính gửi:\n- UBND các xã, phường;\n"
            "- Các đơn vị, cơ sở giáo dục trực thuộc.\n\nThực hiện Công văn số 6356/UBND-NNMT ngày 01/12/2025.\n")
    meta = extract(text).metadata
    assert meta.title == "tăng cường các biện pháp cấp bách về kiểm soát ô nhiễm môi trường không khí"
    assert meta.recipients[:2] == ("UBND các xã, phường", "Các đơn vị, cơ sở giáo dục trực thuộc")


def test_an_abbreviation_in_a_capital_title_keeps_its_capitals():
    # 983/TB-CT: the body writes "TMS" and "hệ thống máy chủ" but never "CSDL"
    text = ("BỘ TÀI CHÍNH\nCỤC THUẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 983/TB-CT\nHà Nội, ngày 21 tháng 11 năm 2025\n\nTHÔNG BÁO\nKẾ HOẠCH TẠM DỪNG\n"
            "ỨNG DỤNG TMS PHỤC VỤ VIỆC CHUYỂN ĐỔI HỆ THỐNG MÁY CHỦ VÀ LƯU TRỮ CSDL\n\n"
            "Cục Thuế có kế hoạch nâng cấp hệ thống máy chủ của ứng dụng TMS từ 18h00 ngày 22/11/2025.\n")
    assert extract(text).metadata.title == ("Kế hoạch tạm dừng ứng dụng TMS phục vụ việc chuyển đổi hệ thống máy chủ "
                                            "và lưu trữ CSDL")


@pytest.mark.parametrize("word,abbr", [("CSDL", True), ("GRDP", True), ("PCCC", True), ("HĐND", True),
                                       ("NGHIÊNG", False), ("KHUYẾN", False), ("ĐẮK", False), ("QUYỀN", False),
                                       ("TRƯỜNG", False), ("GIỮA", False)])
def test_abbreviation_is_no_syllable(word, abbr):
    from vanban.extract.title_case import _abbreviation
    assert _abbreviation(word) is abbr


# 3. A signer's title in capitals and the name on one line: the signature cell's lines flowed into one paragraph (a
# DOCX converted from HTML, 96/CĐ-BXD: "KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG Ngô Văn Khánh"); the tails of 11414/VPCP-CN,
# 5487/CT-CS and 0204/KH-UBND flowed the same way
SIG_HEAD = ("BỘ XÂY DỰNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 96/CĐ-BXD\n"
            "Hà Nội, ngày 21 tháng 11 năm 2025\n\nCÔNG ĐIỆN\nVề việc chủ động ứng phó với mưa lũ\n\n"
            "1. Các đơn vị tổ chức trực ban và thực hiện nghiêm túc chế độ báo cáo./.\n\n"
            "Nơi nhận:\n- Như trên;\n- Văn phòng Chính phủ;\n- Lưu: VT, VT&ATGT.\n")


@pytest.mark.parametrize("tail,levels,title,name", [
    ("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG Ngô Văn Khánh\n", ("KT. BỘ TRƯỞNG",), "THỨ TRƯỞNG", "Ngô Văn Khánh"),
    ("KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM Phạm Văn Bảo\n", None, "PHÓ CHỦ NHIỆM", "Phạm Văn Bảo"),
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH Cao Văn Vĩnh\n", ("KT. CHỦ TỊCH",), "PHÓ CHỦ TỊCH", "Cao Văn Vĩnh"),
    ("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNgô Văn Khánh\n", ("KT. BỘ TRƯỞNG",), "THỨ TRƯỞNG", "Ngô Văn Khánh"),
])
def test_a_title_and_its_name_on_one_line(tail, levels, title, name):
    sig = extract(SIG_HEAD + tail).structure.signature
    assert sig is not None
    if levels is not None:
        assert sig.levels == levels
    assert (sig.title, sig.name) == (title, name)

