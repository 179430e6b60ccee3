"""A place-date the right header cell wrapped after its day, read across both columns.

Why (found by session 52's newcomer): a borderless two-column header whose date line
wraps ("Hà Nội, ngày 28" / "tháng 11 năm 2025") is read line by line across the
columns when printed to a text PDF or scanned, so the left cell's "Số …" line falls
between the date's two halves: 221-KL/TW and 2597/QĐ-TTg lost date and place. And a
scan reads the date's ruled fill as "_" ("Hà Nội, ngày 15 _" / "tháng 11 năm 2025 _",
623/TB-VPCP scanned). The headers are those of ../shared/realdocs/docs (221-KL-TW,
2597-QD-TTg, 0124-KH-UBND, 623-TB-VPCP), laid out as the newcomer's PDFs read them.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract

KL_221 = """ĐẢNG
BAN
CỘNG SẢN VIỆT NAM
CHẤP HÀNH TRUNG ƯƠNG
---------------
Hà Nội, ngày 28
Số 221-KL/TW
tháng 11 năm 2025
KẾT LUẬN
CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ TÌNH HÌNH, KẾT QUẢ HOẠT ĐỘNG CỦA BỘ
MÁY HỆ THỐNG CHÍNH TRỊ VÀ CHÍNH QUYỀN ĐỊA PHƯƠNG 2 CẤP
Tại phiên họp ngày 28/11/2025, sau khi nghe Báo cáo của Ban Tổ chức Trung ương về tình hình,
kết quả hoạt động của bộ máy hệ thống chính trị và chính quyền địa phương 2 cấp tháng 11/2025
(Báo cáo số 565-BC/BTCTW, ngày 27/11/2025), Bộ Chính trị, Ban Bí thư kết luận như sau:
"""

QD_2597 = """CỘNG HÒA XÃ HỘI
THỦ TƯỚNG CHÍNH
CHỦ NGHĨA VIỆT NAM
PHỦ
Độc lập - Tự do - Hạnh phúc
-------
---------------
Hà Nội, ngày 27
Số: 2597/QĐ-TTg
tháng 11 năm 2025
QUYẾT ĐỊNH
PHÊ DUYỆT ĐỀ ÁN CHUYỂN ĐỔI SỐ TRONG HOẠT ĐỘNG XÂY DỰNG, QUẢN LÝ,
KHAI THÁC KẾT CẤU HẠ TẦNG XÂY DỰNG
THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 2 năm 2025;
Căn cứ Luật Dữ liệu ngày 30 tháng 11 năm 2024;
"""

# the same header scanned: blank lines between the read lines, a speck before the place
QD_2597_SCAN = """CỘNG HÒA XÃ HỘI

- THỦ TƯỚNG CHÍNH

CHỦ NGHĨA VIỆT NAM

PHỦ

Độc lập - Tự do - Hạnh phúc

-———~———————~—~

` : Hà Nội, ngày 27

Số: 2597/QĐ-TTg
tháng 11 năm 2025

QUYẾT ĐỊNH

PHÊ DUYỆT ĐỀ ÁN CHUYỂN ĐỔI SỐ TRONG HOẠT ĐỘNG XÂY DỰNG, QUẢN LÝ,
KHAI THÁC KẾT CẤU HẠ TẦNG XÂY DỰNG

THỦ TƯỚNG CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 2 năm 2025;
"""

KH_0124 = """ỦY BAN NHÂN DÂN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH ĐẮK LẮK
Độc lập - Tự do - Hạnh phúc
Đắk Lắk, ngày 18
Số: 0124/KH-UBND
tháng 11 năm 2025
KẾ HOẠCH
Triển khai thực hiện nhiệm vụ trên địa bàn tỉnh
Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai như sau:
"""

TB_623_SCAN = """VĂN PHÒNG CHÍNH
PHỦ _
Số: 623/TB-VPCP
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
————=~—————————~
Hà Nội, ngày 15 _
tháng 11 năm 2025 _

THÔNG BÁO

KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ LÊ VĂN CẢNH TẠI BUỔI LÀM VIỆC
VỚI LÃNH ĐẠO TỈNH ĐẮK LẮK

Chiều ngày 09 tháng 11 năm 2025, tại trụ sở Ủy ban nhân dân tỉnh Đắk Lắk, Phó Thủ tướng
Chính phủ Lê Văn Cảnh đã chủ trì buổi làm việc với lãnh đạo tỉnh Đắk Lắk.
"""


@pytest.mark.parametrize("text, number, place, date", [
    (KL_221, "221-KL/TW", "Hà Nội", "2025-11-28"),
    (QD_2597, "2597/QĐ-TTg", "Hà Nội", "2025-11-27"),
    (QD_2597_SCAN, "2597/QĐ-TTg", "Hà Nội", "2025-11-27"),
    (KH_0124, "0124/KH-UBND", "Đắk Lắk", "2025-11-18"),
    (TB_623_SCAN, "623/TB-VPCP", "Hà Nội", "2025-11-15"),
], ids=["221-KL-TW_text_pdf", "2597-QD-TTg_text_pdf", "2597-QD-TTg_scan", "0124-KH-UBND", "623-TB-VPCP_scan_fill"])
def test_a_wrapped_place_date_read_across_columns(text: str, number: str, place: str, date: str) -> None:
    md = extract(text).metadata
    assert (md.number, md.place, md.date) == (number, place, date)


def test_a_body_date_that_wraps_is_no_place_date() -> None:
    """A sentence's "… trước ngày 28" / "tháng 11 năm 2025" under a header with its own date stays out."""
    text = """ỦY BAN NHÂN DÂN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH ĐẮK LẮK
Độc lập - Tự do - Hạnh phúc
Số: 0124/KH-UBND
KẾ HOẠCH
Triển khai thực hiện nhiệm vụ trên địa bàn tỉnh
Các sở, ngành báo cáo kết quả về Sở Nội vụ trước ngày 28
tháng 11 năm 2025 để tổng hợp.
"""
    md = extract(text).metadata
    assert md.date is None and md.place is None


HD_45 = """BAN CHẤP HÀNH
ĐẢNG CỘNG SẢN
TRUNG ƯƠNG
VIỆT NAM
BAN TỔ CHỨC
---------------
Số 45-HD/BTCTW
Hà Nội, ngày 21 tháng 11 năm 2025
HƯỚNG DẪN
MỘT SỐ NỘI DUNG QUY ĐỊNH SỐ 377-QĐ/TW NGÀY 08/10/2025 CỦA BỘ CHÍNH TRỊ
Căn cứ Quy định số 377-QĐ/TW ngày 08/10/2025 của Bộ Chính trị, Ban Tổ chức Trung ương hướng dẫn như sau:
"""


@pytest.mark.parametrize("text, issuer", [
    (KL_221, "BAN CHẤP HÀNH TRUNG ƯƠNG"),  # "ĐẢNG" / "BAN" / "CỘNG SẢN VIỆT NAM" / "CHẤP HÀNH TRUNG ƯƠNG"
    (HD_45, "BAN TỔ CHỨC TRUNG ƯƠNG"),     # 45-HD/BTCTW's cells ("ĐẢNG CỘNG SẢN" / "VIỆT NAM") read across
], ids=["221-KL-TW", "45-HD-BTCTW"])
def test_the_party_motto_read_two_lines_apart_is_no_issuer(text: str, issuer: str) -> None:
    """The right cell's "ĐẢNG CỘNG SẢN VIỆT NAM" wrapped, its halves two read lines apart with the
    issuer's lines between (a borderless header read line by line across both cells)."""
    assert extract(text).metadata.issuer == issuer
