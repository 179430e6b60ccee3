"""Obligations: kinds of wording found on real documents labelled before vanban's output was read.

Each input is the real wording of the named document of ``realdocs/docs`` (branch roblig11's
review, ``bench/gold/review-oblig11``), cut to the part that shows the kind, with its line breaks as
published; the expected bodies are those a careful reader lists (``realdocs/labeled/README.md``
conventions), not vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
         "Số: 3851/QĐ-UBND\n\nNghệ An, ngày 26 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n"
         "Ban hành danh mục thủ tục hành chính\n\nQUYẾT ĐỊNH:\n")
_TAIL = ("Điều 4. Hiệu lực và trách nhiệm thi hành\nQuyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
         "Nơi nhận:\n- Như Điều 4;\n- Lưu: VT, KSTT(N).\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLương Văn Tài\n")

# 3851-QD-UBND, Điều 3 as published: item 3's first line ends in "căn cứ nội dung", its object on the next line
_DIEU_3 = (
    "Điều 3. Tổ chức thực hiện\n"
    "1. Giao Văn phòng Ủy ban nhân dân tỉnh chủ trì,\n"
    "phối hợp với các cơ quan, đơn vị có liên quan tổ chức triển khai, hướng dẫn,\n"
    "đôn đốc, kiểm tra, giám sát việc thực hiện Quyết định này.\n"
    "2. Trong quá trình thực hiện, nếu có khó khăn,\n"
    "vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Văn phòng UBND tỉnh để\n"
    "tổng hợp, tham mưu Chủ tịch UBND tỉnh xem xét, điều chỉnh, bổ sung kịp thời.\n"
    "3. Các cơ quan, đơn vị, địa phương căn cứ nội dung\n"
    "Quyết định để triển khai thực hiện nghiêm túc, đầy đủ, đảm bảo quyền lợi của\n"
    "người dân, doanh nghiệp trong tiếp cận dịch vụ công.\n")


def _parts(parts):
    for p in parts:
        yield p
        yield from _parts(p.children)


def test_line_ending_in_a_preposition_of_basis_is_no_heading():
    """"3. Các cơ quan, đơn vị, địa phương căn cứ nội dung" / "Quyết định để …": "căn cứ" waits for its object,
    so the first line is the start of the item's sentence, not a heading naming a body with its tasks below."""
    text = _HEAD + _DIEU_3 + _TAIL
    items = [p for p in _parts(structure_of_text(text).body)
             if p.kind == "item" and text[p.start:p.end].lstrip().startswith("3. Các cơ quan")]
    assert len(items) == 1
    assert items[0].heading is None


def test_closing_formula_wrapped_after_can_cu_is_no_obligation():
    """The item is the closing formula "căn cứ nội dung Quyết định để triển khai thực hiện nghiêm túc" (as in
    3769/3771-QD-UBND, where the line breaks elsewhere): only the Văn phòng's assignment of item 1 remains."""
    assert [o.who for o in extract(_HEAD + _DIEU_3 + _TAIL).obligations] == ["Văn phòng Ủy ban nhân dân tỉnh"]
