"""A joint document's bodies each in a cell of their own (session 31, meta31).

Why: a Chương trình phối hợp of a Công an tỉnh and a Tỉnh đoàn prints "BỘ CÔNG AN" / "CÔNG AN TỈNH …" / a rule / "BAN
CHẤP HÀNH ĐOÀN …" / "TỈNH …" / a rule in its header: the rule closes each body's cell, so the Bộ is the Công an tỉnh's
parent, not an issuer (a29-05 read "BỘ CÔNG AN; CÔNG AN TỈNH …", the Tỉnh đoàn lost). Side by side, a bank's
transaction office printed over two lines ("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI" / "PHÒNG GIAO DỊCH HUYỆN …") is one body,
and a signature column that opens with a title or its body's name (no "TM.") is still a signature of its own
(session 30's newcomer: three issuers, the two signers mixed and one lost).

Inputs written for this test in the style of real joint programmes; expected values as a careful reader gives them.
"""

from vanban.extract import extract
from vanban.structure import structure_of_text

RULED = """BỘ CÔNG AN
CÔNG AN TỈNH HÀ TĨNH
-------
BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH
TỈNH HÀ TĨNH
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 07/CTrPH-CAT-TĐ

Hà Tĩnh, ngày 05 tháng 02 năm 2027

CHƯƠNG TRÌNH PHỐI HỢP
Về phòng, chống tội phạm trong thanh thiếu niên năm 2027

I. NỘI DUNG PHỐI HỢP
1. Công an tỉnh cung cấp tài liệu tuyên truyền cho các cơ sở Đoàn trước ngày 31/3/2027.
2. Tỉnh đoàn chỉ đạo các cơ sở Đoàn tổ chức sinh hoạt chuyên đề.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nguyễn Văn Quang

TM. BAN THƯỜNG VỤ TỈNH ĐOÀN
BÍ THƯ
Lê Thị Hồng

Nơi nhận:
- Bộ Công an;
- Trung ương Đoàn;
- Lưu: VT.
"""

SIDE_BY_SIDE = """HỘI LHPN HUYỆN ĐỨC THỌ          NGÂN HÀNG CHÍNH SÁCH XÃ HỘI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                PHÒNG GIAO DỊCH HUYỆN ĐỨC THỌ            Độc lập - Tự do - Hạnh phúc
Số: 04/CTrPH-HPN-NHCSXH                                          Đức Thọ, ngày 15 tháng 3 năm 2027

CHƯƠNG TRÌNH PHỐI HỢP
Về nâng cao chất lượng tín dụng chính sách ủy thác năm 2027

I. TỔ CHỨC THỰC HIỆN
1. Hội Liên hiệp Phụ nữ huyện chỉ đạo Hội Phụ nữ các xã kiện toàn tổ tiết kiệm và vay vốn trước ngày 30/6/2027.
2. Phòng giao dịch Ngân hàng Chính sách xã hội huyện chủ trì tập huấn nghiệp vụ cho cán bộ Hội cơ sở.

TM. BAN THƯỜNG VỤ HỘI LHPN HUYỆN          GIÁM ĐỐC
CHỦ TỊCH
Nguyễn Thị Hằng                           Phạm Văn Toàn

Nơi nhận:
- Hội LHPN tỉnh;
- Lưu: VT.
"""

BODY_NAMED_COLUMN = SIDE_BY_SIDE.replace(
    "TM. BAN THƯỜNG VỤ HỘI LHPN HUYỆN          GIÁM ĐỐC\n",
    "TM. BAN THƯỜNG VỤ HỘI LHPN HUYỆN          NGÂN HÀNG CHÍNH SÁCH XÃ HỘI\n"
    "                                          PHÒNG GIAO DỊCH HUYỆN ĐỨC THỌ\n"
    "                                          GIÁM ĐỐC\n")


def test_a_parent_over_one_of_two_ruled_cells_is_that_bodys_parent():
    h = structure_of_text(RULED).header
    assert h.issuer == "CÔNG AN TỈNH HÀ TĨNH; BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH TỈNH HÀ TĨNH"
    assert h.parent_issuer == "BỘ CÔNG AN"
    md = extract(RULED)
    assert md.metadata.signer_name == "Nguyễn Văn Quang; Lê Thị Hồng"


def test_one_body_without_a_rule_under_it_keeps_its_parent():
    one = RULED.replace("-------\nBAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH\nTỈNH HÀ TĨNH\n", "") \
        .replace("07/CTrPH-CAT-TĐ", "07/KH-CAT").replace("CHƯƠNG TRÌNH PHỐI HỢP", "KẾ HOẠCH")
    h = structure_of_text(one).header
    assert (h.issuer, h.parent_issuer) == ("CÔNG AN TỈNH HÀ TĨNH", "BỘ CÔNG AN")


def test_a_transaction_office_over_two_lines_is_one_issuer():
    h = structure_of_text(SIDE_BY_SIDE).header
    assert h.issuer == "HỘI LHPN HUYỆN ĐỨC THỌ; NGÂN HÀNG CHÍNH SÁCH XÃ HỘI PHÒNG GIAO DỊCH HUYỆN ĐỨC THỌ"
    assert h.parent_issuer is None


def test_a_signature_column_without_a_level_is_its_own_signature():
    md = extract(SIDE_BY_SIDE)
    assert md.metadata.signer_authority == "TM. BAN THƯỜNG VỤ HỘI LHPN HUYỆN"
    assert md.metadata.signer_title == "CHỦ TỊCH; GIÁM ĐỐC"
    assert md.metadata.signer_name == "Nguyễn Thị Hằng; Phạm Văn Toàn"


def test_a_body_printed_in_place_of_a_level_is_the_columns_authority():
    md = extract(BODY_NAMED_COLUMN)
    assert md.metadata.signer_authority == ("TM. BAN THƯỜNG VỤ HỘI LHPN HUYỆN; "
                                            "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI PHÒNG GIAO DỊCH HUYỆN ĐỨC THỌ")
    assert md.metadata.signer_title == "CHỦ TỊCH; GIÁM ĐỐC"
    assert md.metadata.signer_name == "Nguyễn Thị Hằng; Phạm Văn Toàn"
