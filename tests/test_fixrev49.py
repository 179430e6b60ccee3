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
