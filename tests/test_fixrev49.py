"""Session 49's review findings on its merges (fixrev49, issues #9 and #10): each test's values are read from the
text it writes in the documents' own style, never from vanban's output."""

from __future__ import annotations

from vanban.symbols import fix_code


def test_a_doubled_d_is_a_party_code_only_in_a_party_symbol():
    # "Công văn số 1520/BXDD-KHTC" of the Bộ Xây dựng scanned: its last D doubled, the ministry's BXD as printed
    assert fix_code("BXDD", "state") == "BXD"
    # "Báo cáo số 41-BC/BXDD" of a Ban Xây dựng Đảng: the Đ lost its stroke
    assert fix_code("BXDD", "party") == "BXDĐ"
    assert fix_code("BXDD") == "BXDĐ"  # a code alone gets every repair


def test_a_superscript_in_a_row_s_first_cell_is_no_row_number():
    from vanban.ocr.wrapped_rows import wrapped_rows
    # a scan's unit column's "m²" split so that its "²" opens a row: no number, nothing raised, nothing joined
    page = ("| TT | Nội dung | Đơn vị |\n|---|---|---|\n| ² | Diện tích sân chơi | m |\n"
            "| 1 | Trồng cây xanh trên các tuyến đường | ha |\n")
    assert wrapped_rows(page) == page


def test_a_task_priced_at_its_end_is_no_spending_level():
    from vanban.extract import extract
    text = ("ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\n\nSố: 45/KH-UBND\n\nTân Lập, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
            "Tuyên truyền phòng, chống ma túy năm 2026\n\nII. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Công chức Văn hóa - Xã hội:\n"
            "- Tổ chức 02 lớp tập huấn kỹ năng tuyên truyền cho cộng tác viên các thôn, kinh phí dự kiến: "
            "20.000.000 đồng.\n"
            "- Treo băng rôn, khẩu hiệu tại trụ sở và các nhà văn hóa thôn, kinh phí dự kiến: 5.000.000 đồng.\n\n"
            "2. Công an xã: rà soát, lập danh sách người sử dụng trái phép chất ma túy trên địa bàn.\n")
    owners = [o.who or "" for o in extract(text).obligations]
    assert any("Văn hóa - Xã hội" in o for o in owners), owners


def test_a_role_s_level_under_its_heading_is_no_task():
    from vanban.extract.obligations import _level_item
    assert _level_item("a) thu ky (khong qua 02 nguoi): muc 400.000 dong/nguoi/buoi")
    assert _level_item("a) muc 1.500.000 dong/nguoi/buoi")
    assert not _level_item("- to chuc 02 lop tap huan cho cong tac vien, kinh phi du kien: 20.000.000 dong.")


def test_a_typed_plan_s_far_year_stays_as_printed():
    from vanban.extract import extract
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\n\nSố: 210/KH-UBND\n\nBình Phước, ngày 15 tháng 7 năm 2025\n\nKẾ HOẠCH\n"
            "Phát triển hạ tầng số giai đoạn 2025 - 2045\n\nII. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Sở Khoa học và Công nghệ hoàn thành việc số hóa toàn bộ hồ sơ lưu trữ trước ngày 31/12/2045.\n")
    assert [d.latest for d in extract(text).deadlines] == ["2045-12-31"]


def test_every_administrative_level_is_read_alike():
    from vanban.extract.assignment_words import RULE_IN_NAME
    from vanban.extract.listed_counts import WHOLE_AREA_OPEN_RE
    from vanban.extract.subjects import is_self
    # a đặc khu's and a quận's Ủy ban named by their level in their own letter
    assert is_self("Ủy ban nhân dân đặc khu", "ỦY BAN NHÂN DÂN ĐẶC KHU CÔN ĐẢO")
    assert is_self("Ủy ban nhân dân quận", "ỦY BAN NHÂN DÂN QUẬN HẢI CHÂU")
    assert not is_self("Ủy ban nhân dân quận", "ỦY BAN NHÂN DÂN HUYỆN CÔN ĐẢO")
    # a name a scan broke with a dash: "Ủy ban nhân dân - đặc khu Phú Quốc"
    assert RULE_IN_NAME.search("uy ban nhan dan - dac khu phu quoc")
    # "Mỗi thôn thành lập 01 tổ (toàn đặc khu 12 tổ)", "…; toàn quận có 14 đội"
    assert WHOLE_AREA_OPEN_RE.search("moi thon thanh lap 01 to (toan dac khu ")
    assert WHOLE_AREA_OPEN_RE.search("moi to dan pho thanh lap 01 doi; toan quan co ")
    assert WHOLE_AREA_OPEN_RE.search("moi khom thanh lap 01 doi (toan phuong ")


def test_a_caption_s_unit_label_in_its_short_form_and_a_share():
    from vanban.extract.caption_units import caption_unit
    assert caption_unit("Bảng 2. Diện tích gieo trồng vụ Đông ĐVT: ha") == "ha"
    assert caption_unit("(ĐVT: triệu đồng)") == "triệu đồng"
    assert caption_unit("Tỷ lệ hộ dân sử dụng nước sạch Đơn vị tính: %") == "%"
    # the bodies a line hands work to, no unit
    assert caption_unit("3. Phân công các đơn vị: UBND xã") is None
    assert caption_unit("Giao từng đơn vị: Công an xã") is None
