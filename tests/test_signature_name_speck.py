"""A colon a scan glues to the end of the signer's name.

Why (found by session 52's newcomer): 0129/KH-UBND scanned and read by vanban's own OCR
printed the Nơi nhận list beside the signature block, and the name line read
"Hoàng Thị Cúc:" (the list's colon): the signer was lost. No name ends in a colon or a
semicolon. The 0129 fixture is the newcomer's OCR of the scan (its header and its last
page); 623/TB-VPCP's block is the document's own (../shared/realdocs/docs), read beside its
Nơi nhận as the 0129 scan was (a blank line between the lines read), with the colon speck.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.extract import extract

FIX = Path(__file__).parent / "fixtures" / "scan_sig"

TB_623 = """VĂN PHÒNG CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 623/TB-VPCP
Hà Nội, ngày 15 tháng 11 năm 2025
THÔNG BÁO
KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ LÊ VĂN CẢNH TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH ĐẮK LẮK
Văn phòng Chính phủ thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.

Nơi nhận:
- TTgCP, các PTTgCP (để b/c);

KT. BỘ TRƯỞNG, CHỦ NHIỆM

- Các Bộ: TC, XD, NV, GDĐT, NNMT, DTTG;

PHÓ CHỦ NHIỆM

- Tỉnh ủy, HĐND, UBND tỉnh Đắk Lắk;

Hoàng Văn Đạt:

- Lưu: VT, QHĐP (2b)Q.Cường.
"""


def test_the_newcomers_0129_scan_keeps_its_signer() -> None:
    md = extract((FIX / "0129-KH-UBND_scan_head_sig.txt").read_text(encoding="utf-8")).metadata
    assert (md.signer_title, md.signer_name) == ("PHÓ CHỦ TỊCH", "Hoàng Thị Cúc")


def test_a_colon_after_the_name_in_another_block_is_a_speck() -> None:
    md = extract(TB_623).metadata
    assert md.signer_name == "Hoàng Văn Đạt"


@pytest.mark.parametrize("line", ["Nơi nhận:", "Kính gửi:"])
def test_a_label_with_its_colon_is_no_name(line: str) -> None:
    from vanban.structure.signature import _NAME_SPECK_RE, _is_name

    assert not _is_name(_NAME_SPECK_RE.sub("", line))
