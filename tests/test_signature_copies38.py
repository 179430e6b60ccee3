"""The count of copies under the archive note ("16 QĐ", "20 bản") is no signer's title (real38: 2568/QĐ-UBND of
bench/gold/fresh3, whose title line sits below the level). Inputs are written for the kind."""

from __future__ import annotations

import pytest

from vanban.extract import extract

_DOC = ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "---------------\n\nSố: 904/QĐ-UBND\n\nLạng Sơn, ngày 14 tháng 10 năm 2026\n\nQUYẾT ĐỊNH\nVề việc ủy quyền ký hợp đồng\n\n"
        "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ủy quyền cho Giám đốc Sở Tài chính ký hợp đồng thuê tài sản.\n\n"
        "Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.\n\n"
        "Nơi nhận:\n- Như Điều 2;\n- Chủ tịch, các PCT UBND tỉnh;\n- Lưu: VT, KT.\n{copies}\n\nTM. ỦY BAN\nNHÂN DÂN\nCHỦ TỊCH\n"
        "Hoàng Văn Minh\n")


@pytest.mark.parametrize("copies", ["12 QĐ", "20 bản", "08 VB"])
def test_the_copies_count_is_no_signer_title(copies):
    m = extract(_DOC.format(copies=copies)).metadata
    assert m.signer_title == "CHỦ TỊCH" and m.signer_name == "Hoàng Văn Minh"
