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


# 3851-QD-UBND as legacy OCR reads it (Tesseract eng, then vanban's restoration): the label "a)" of item 2's
# first task came back as "á)", and "phường" as "phương"
_DIEU_2_LEGACY = (
    "Điều 2. Trách nhiệm của Sở Tài chính; Ủy ban\n"
    "nhân dân các xã, phường\n"
    "1. Trách nhiệm của Sở Tài chính\n"
    "a) Tổ chức triển khai thực hiện danh mục thủ tục\n"
    "hành chính tiếp nhận và trả kết quả giải quyết thủ tục hành chính không phụ\n"
    "thuộc vào địa giới hành chính trong phạm vi lĩnh vực quản lý;\n"
    "b) Rà soát, đánh giá điều kiện thực hiện tiếp nhận\n"
    "và trả kết quả giải quyết thủ tục hành chính không phụ thuộc vào địa giới hành\n"
    "chính;\n"
    "2. Trách nhiệm của Ủy ban nhân dân các xã, phương\n"
    "á) Tổ chức tiếp nhận hồ sơ và trả kết quả giải\n"
    "quyết thủ tục hành chính của tổ chức, cá nhân không phân biệt cấp chính quyền,\n"
    "địa giới hành chính nơi cư trú, nơi đặt trụ sở hoặc nơi đã cấp các loại giấy\n"
    "tờ cho tổ chức, cá nhân;\n"
    "b) Chuyển hồ sơ đầy đủ, kịp thời đến cơ quan có\n"
    "thẩm quyền giải quyết;\n")


def test_label_letter_toned_by_restoration_still_opens_an_item():
    """"á) Tổ chức tiếp nhận hồ sơ …" under "2. Trách nhiệm của Ủy ban nhân dân các xã, phương": a label letter with
    a tone is still the label "a)", so item 2 keeps its heading and each "Trách nhiệm của …" item is one body."""
    whos = [o.who for o in extract(_HEAD + _DIEU_2_LEGACY + _TAIL).obligations]
    assert whos == ["Sở Tài chính", "Ủy ban nhân dân các xã, phương"]


def test_toned_letter_before_lower_case_is_no_label():
    """A toned one-letter word closing a bracket inside a sentence ("ở) …" before lower-case text) opens no item."""
    from vanban.structure.body import label_of
    from vanban.structure.lines import Line

    def line(t: str) -> Line:
        return Line(index=0, start=0, end=len(t), text=t, view=t, indent=0, geo=None)

    assert label_of(line("á) Tổ chức tiếp nhận hồ sơ")) == ("á)", 7)
    assert label_of(line("ở) và các xã lân cận")) is None
