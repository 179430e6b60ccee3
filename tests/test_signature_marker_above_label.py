"""An authority marker a scan printed alone, the other column's "Nơi nhận:" read between it and the body it signs for
("T/M" ⏎ "Nơi nhận:" ⏎ "BAN THƯỜNG VỤ" ⏎ "PHÓ BÍ THƯ"): the marker pairs with that body, so the authority is "T/M BAN
THƯỜNG VỤ" and the title "PHÓ BÍ THƯ", as the typed text reads them. Documents in our own wording, the signature block
on the lines a scan gives it.
"""

from __future__ import annotations

from vanban.extract import extract

_PARTY = """ĐẢNG ỦY XÃ PHÚ LỘC
*
Số 31-KH/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Phú Lộc, ngày 16 tháng 11 năm 2026

KẾ HOẠCH
Tổng kết công tác xây dựng Đảng năm 2026

1. Các chi bộ tổ chức kiểm điểm tập thể.

"""

_STATE = """ỦY BAN NHÂN DÂN
XÃ ĐÔNG SƠN

Số: 140/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Sơn, ngày 16 tháng 11 năm 2026

KẾ HOẠCH
Kiểm tra an toàn thực phẩm năm 2027

1. Phòng Văn hóa - Xã hội kiểm tra các cơ sở kinh doanh.

"""


def _signer(text: str) -> tuple:
    m = extract(text).metadata
    return m.signer_authority, m.signer_title, m.signer_name


def test_a_party_marker_above_the_label_pairs_with_its_body():
    tail = "T/M\nNơi nhận:\nBAN THƯỜNG VỤ\n- Chi bộ các thôn,\nPHÓ BÍ THƯ\n- Lưu Văn phòng.\n\nĐỗ Minh Khoa\n"
    assert _signer(_PARTY + tail) == ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Đỗ Minh Khoa")


def test_a_state_marker_above_the_label_pairs_with_its_body():
    tail = "TM.\nNơi nhận:\nỦY BAN NHÂN DÂN\n- Các phòng chuyên môn;\nCHỦ TỊCH\n- Lưu: VT.\n\nPhan Thị Hòa\n"
    assert _signer(_STATE + tail) == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phan Thị Hòa")


def test_the_marker_on_its_body_line_is_unchanged():
    tail = "T/M BAN THƯỜNG VỤ\nNơi nhận:\nPHÓ BÍ THƯ\n- Chi bộ các thôn,\n- Lưu Văn phòng.\n\nĐỗ Minh Khoa\n"
    assert _signer(_PARTY + tail) == ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Đỗ Minh Khoa")
