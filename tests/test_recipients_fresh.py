"""Nơi nhận kinds read from the misses of bench/gold/fresh (hand labels; a spent tuning set since session 8)."""

from __future__ import annotations

from vanban.extract import extract


def test_a_group_label_listing_its_ministries_by_field_is_one_recipient():
    # 65/2025/NQ-HĐND Hà Nội: "Các Bộ: Tài chính; Văn hóa, Thể thao và Du lịch, Tư pháp" — the ";" parts the members of
    # the group "Các Bộ", whose head word they leave to the label; a unit naming its own Bộ stays apart
    text = ("\nHỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n-------\n\nSố: 65/2025/NQ-HĐND\n\nHà Nội, ngày 27 tháng 11 năm 2025\n\n"
            "NGHỊ QUYẾT\nQUY ĐỊNH CHÍNH SÁCH HỖ TRỢ\n\nĐiều 1. Phạm vi điều chỉnh\n\n"
            "Nơi nhận:\n- Chính phủ;\n- Các Bộ: Tài chính; Văn hóa, Thể thao và Du lịch, Tư pháp;\n"
            "- Cục KTVB&QLXLVPHC - Bộ Tư pháp;\n- Lưu: VT.\n\nCHỦ TỊCH\nPhùng Thị Hồng Hà\n")
    assert extract(text).metadata.recipients == (
        "Chính phủ", "Các Bộ: Tài chính; Văn hóa, Thể thao và Du lịch, Tư pháp", "Cục KTVB&QLXLVPHC - Bộ Tư pháp", "Lưu: VT")
