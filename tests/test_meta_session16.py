"""Metadata kinds of session 16 (expected values read from the documents by hand).

* A bare "VĂN PHÒNG" under its parent names no body: it is the office of that parent, named as its text names
  it, the place left to the parent ("UBND TỈNH QUẢNG NINH" / "VĂN PHÒNG" → "VĂN PHÒNG UBND TỈNH"; the Đảng ủy
  xã's office of a newcomer's weekly schedule → "VĂN PHÒNG ĐẢNG ỦY XÃ"), as issue 9 has "BAN CHẤP HÀNH TRUNG
  ƯƠNG" / "VĂN PHÒNG" be Văn phòng Trung ương Đảng.
* A recipient's parenthesis naming a unit ("Công an tỉnh (Phòng Cảnh sát PCCC và CNCH)") is part of it; only
  purpose notes ("(để b/c)", "(th)", "(ph)") are dropped — "ph" and "th" as whole words, not the first letters
  of "Phòng …" and "Thanh tra …".
* A scan lost the "/" of the số ký hiệu ("Số: 15CT-UBND"): the number is 15/CT-UBND, not none.
* eng OCR read a Party issuer's "ĐU" as "DBU" ("Số 08-NQ/DBU"): the code is ĐU.
* qd312.pdf (a newcomer's Quyết định with its Kế hoạch attached after the signature): the PDF's table finder read
  the plan's header table as more rows of the signature table, and "ỦY BAN NHÂN DÂN PHƯỜNG HỒNG GAI" joined the
  archive note "Lưu: VT, VP." — the note closed by its full stop is the list's last.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.extract import extract
from vanban.symbols import normalize_symbol

FIXTURES = Path(__file__).parent / "fixtures" / "newcomer15"

_TB_VP = """UBND TỈNH QUẢNG NINH
VĂN PHÒNG
-------
Số: 512/TB-VPUBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 02 tháng 12 năm 2026

THÔNG BÁO
Ý kiến kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về công tác chuẩn bị Tết Nguyên đán năm 2027

Ngày 30/11/2026, đồng chí Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Văn phòng UBND tỉnh thông báo kết luận như sau:
1. Giao Sở Công Thương chủ trì bảo đảm cung ứng hàng hóa thiết yếu, báo cáo trước ngày 20/12/2026.
2. Giao Công an tỉnh tăng cường bảo đảm an ninh trật tự.

Nơi nhận:
- Chủ tịch, các PCT UBND tỉnh (b/c);
- Công an tỉnh (Phòng Cảnh sát PCCC và CNCH);
- Thanh tra tỉnh (Phòng Nghiệp vụ 1) (để th);
- Sở Công Thương (ph);
- Lưu: VT, TH.

KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG

Nguyễn Thị Thu Hằng
"""

_CT_SCAN = """ỦY BAN NHÂN DÂN
TỈNH THANH HÓA
Số: 15CT-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 18 tháng 11 năm 2026

CHỈ THỊ
Về tăng cường công tác phòng cháy, chữa cháy dịp Tết Nguyên đán năm 2027

Để chủ động phòng ngừa cháy, nổ, Chủ tịch UBND tỉnh chỉ thị Giám đốc Công an tỉnh tăng cường kiểm tra an toàn
phòng cháy, chữa cháy tại chợ, trung tâm thương mại, báo cáo kết quả trước ngày 15/01/2027.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Thành
"""

_NQ_LEGACY = """ĐẢNG BỘ TỈNH NGHỆ AN
ĐẢNG ỦY XÃ QUỲNH LƯU

ĐẢNG CỘNG SẢN VIỆT NAM

Số 11-NQ/DBU

Quỳnh Lưu, ngày 12 tháng 11 năm 2026

NGHỊ QUYẾT

VỀ PHÁT TRIỂN KINH TẾ TẬP THỂ GIAI ĐOẠN 2026 - 2030

Ban Chấp hành Đảng bộ xã quyết nghị: phấn đấu đến năm 2030 toàn xã có ít nhất 05 hợp tác xã nông nghiệp.
"""


def test_a_bare_office_under_a_province_is_that_province_s_office():
    m = extract(_TB_VP).metadata
    assert (m.issuer, m.parent_issuer) == ("VĂN PHÒNG UBND TỈNH", "UBND TỈNH QUẢNG NINH")


def test_a_bare_office_under_a_party_committee_is_that_committee_s_office():
    m = extract((FIXTURES / "lich49_lich_cong_tac.txt").read_text(encoding="utf-8")).metadata
    assert (m.issuer, m.parent_issuer) == ("VĂN PHÒNG ĐẢNG ỦY XÃ", "ĐẢNG ỦY XÃ HƯNG ĐẠO")


def test_a_unit_in_parentheses_stays_with_its_recipient():
    m = extract(_TB_VP).metadata
    assert m.recipients == ("Chủ tịch, các PCT UBND tỉnh", "Công an tỉnh (Phòng Cảnh sát PCCC và CNCH)",
                            "Thanh tra tỉnh (Phòng Nghiệp vụ 1)", "Sở Công Thương", "Lưu: VT, TH")


def test_a_number_whose_slash_a_scan_lost():
    assert extract(_CT_SCAN).metadata.number == "15/CT-UBND"


@pytest.mark.parametrize(("read", "printed"), [("08-NQ/DBU", "08-NQ/ĐU"), ("24-KH/DBU", "24-KH/ĐU"),
                                               ("12/DBQH", "12/DBQH"), ("5/DB-UBND", "5/DB-UBND")])
def test_party_committee_code_read_as_dbu(read, printed):
    assert normalize_symbol(read) == printed


def test_a_party_resolution_read_by_eng_ocr_keeps_its_number():
    assert extract(_NQ_LEGACY).metadata.number == "11-NQ/ĐU"


def test_an_attached_plan_s_header_is_no_recipient():
    from vanban.conveyor import process_file

    m = process_file(FIXTURES / "qd312.pdf", jobs=1).extraction.metadata
    assert m.recipients == ("Sở Nội vụ tỉnh", "TT Đảng ủy, TT HĐND phường", "Lưu: VT, VP")
    assert (m.signer_title, m.signer_name) == ("CHỦ TỊCH", "Vũ Quang Minh")


def test_a_dash_read_as_a_tilde_opens_no_recipient():
    """qd312 scanned: "- Như Điều 3;" / "~ Sở Nội vụ tỉnh (b/c);" — the scan read the item's dash as "~"."""
    text = _TB_VP.replace("- Công an tỉnh (Phòng", "~ Công an tỉnh (Phòng")
    assert extract(text).metadata.recipients[1] == "Công an tỉnh (Phòng Cảnh sát PCCC và CNCH)"
