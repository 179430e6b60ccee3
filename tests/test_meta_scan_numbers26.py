"""Header số ký hiệu that a scan's OCR damaged (session 26, tune26's scan form).

* A Party document's header star ("*" under the issuer's name) read on the number's line: "* Số 38-KH/ĐU" is
  38-KH/ĐU, not none.
* A state number whose "/" the scan read as a dot before a known type code: "Số: 45.NQ-HĐND" is 45/NQ-HĐND; a dot
  inside a number that no type code follows ("Số: 3.2025") stays unread.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure.header import _number

_PARTY_SCAN = """ĐẢNG BỘ TỈNH LÂM ĐỒNG
ĐẢNG ỦY XÃ ĐAM RÔNG
* Số 38-KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Đam Rông, ngày 10 tháng 12 năm 2026

KẾ HOẠCH
thực hiện công tác kiểm tra, giám sát năm 2027

Các chi bộ trực thuộc tổ chức quán triệt Kế hoạch này, báo cáo kết quả về Đảng ủy xã trước ngày 15/01/2027.
"""

_HDND_SCAN = """HỘI ĐỒNG NHÂN DÂN
XÃ TÂN LẬP
Số: 45.NQ-HĐND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Lập, ngày 18 tháng 12 năm 2026

NGHỊ QUYẾT
Về kế hoạch phát triển kinh tế - xã hội năm 2027

HỘI ĐỒNG NHÂN DÂN XÃ TÂN LẬP
"""


def test_party_star_before_number():
    assert extract(_PARTY_SCAN).metadata.number == "38-KH/ĐU"


def test_slash_read_as_dot_before_type_code():
    assert extract(_HDND_SCAN).metadata.number == "45/NQ-HĐND"
    assert _number("Số: 15CT-UBND") == "15/CT-UBND"


def test_dot_without_type_code_stays_unread():
    assert _number("Số: 3.2025") is None
    assert _number("Số: /KH-UBND") is None
