"""A Công điện whose sender ("THỦ TƯỚNG CHÍNH PHỦ điện:") is wrapped over a line break under the trích yếu.

A newcomer's 226/CĐ-TTg, copied from the web page, reads "… TẠI KHU VỰC TRUNG BỘ" / "THỦ" / "TƯỚNG CHÍNH PHỦ điện:":
the title took the "THỦ" of the sender ("… TẠI KHU VỰC TRUNG BỘ THỦ"). The sender opens where the fewest words in
capitals before "điện:" start with a sender's head, on the line before too; the title ends there, also inside a
line ("… TRUNG BỘ THỦ" / "TƯỚNG CHÍNH PHỦ điện:").
"""

from __future__ import annotations

import pytest

from vanban.extract import extract

HEAD = """THỦ TƯỚNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 226/CĐ-TTg
Hà Nội, ngày 21 tháng 11 năm 2025

CÔNG ĐIỆN
VỀ VIỆC TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ VÀ SỬ DỤNG HÀNG DỰ TRỮ QUỐC GIA ĐỂ HỖ
{tail}

- Bộ trưởng các Bộ: Quốc phòng, Công an, Tài chính, Nông nghiệp và Môi trường, Y tế;
- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Quảng Trị, Huế.

Để tăng cường công tác quản lý hàng dự trữ quốc gia, Thủ tướng Chính phủ yêu cầu:
1. Bộ Tài chính rà soát các mặt hàng dự trữ quốc gia, báo cáo Thủ tướng Chính phủ trước ngày 30/11/2025.

Nơi nhận:
- Như trên;
- Lưu: VT, KTTH.
THỦ TƯỚNG
Phạm Minh Chính
"""
TITLE = ("VỀ VIỆC TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ VÀ SỬ DỤNG HÀNG DỰ TRỮ QUỐC GIA ĐỂ HỖ TRỢ, ỨNG PHÓ MƯA, LŨ TẠI KHU VỰC "
         "TRUNG BỘ")


@pytest.mark.parametrize("tail", [
    "TRỢ, ỨNG PHÓ MƯA, LŨ TẠI KHU VỰC TRUNG BỘ\nTHỦ\nTƯỚNG CHÍNH PHỦ điện:",
    "TRỢ, ỨNG PHÓ MƯA, LŨ TẠI KHU VỰC TRUNG BỘ THỦ\nTƯỚNG CHÍNH PHỦ điện:",
    "TRỢ, ỨNG PHÓ MƯA, LŨ TẠI KHU VỰC TRUNG BỘ\nTHỦ TƯỚNG CHÍNH PHỦ điện:",  # unwrapped, as before
])
def test_the_title_ends_where_the_wrapped_sender_opens(tail: str) -> None:
    assert extract(HEAD.format(tail=tail)).metadata.title.upper() == TITLE  # its end (its case: title_case)
