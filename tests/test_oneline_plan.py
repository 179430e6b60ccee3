"""A whole document pasted as ONE line, its parts one space apart (what pasting from some web pages or PDF viewers
gives): the structure stage finds the line breaks it needs (vanban/structure/run_on.py) and reads the header, the
type and trích yếu, the addressees, the signature and the Nơi nhận as from the document laid out.

Texts: the plain text (``realdocs/md2plain.py``) of three tuning-set documents in tests/fixtures/oneline/ — a plan
(153-KH-UBND), a Công điện (96/CĐ-BXD) and a Công văn (11208/BNV-KHTC) — joined here into one line. Expected values
read from the documents (their sidecars and their signature and Nơi nhận blocks).
"""

from __future__ import annotations

import pathlib
import re

import pytest

from vanban.extract import extract
from vanban.structure import structure_of_text
from vanban.structure.run_on import run_on_breaks

FIX = pathlib.Path(__file__).parent / "fixtures" / "oneline"


def _oneline(name: str) -> str:
    text = (FIX / name).read_text(encoding="utf-8")
    return " ".join(ln.strip() for ln in re.split(r"[\n\f]", text) if ln.strip())


EXPECTED = {
    "153-KH-UBND.txt": dict(number="153/KH-UBND", type="Kế hoạch", issuer="ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
                            place="Cần Thơ", date="2025-11-17", signer_authority="TM. ỦY BAN NHÂN DÂN",
                            signer_title="CHỦ TỊCH", signer_name="Trần Văn Xuân",
                            title="TRIỂN KHAI, THỰC HIỆN CÁC DỰ ÁN, TIỂU DỰ ÁN THUỘC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA "
                                  "PHÒNG, CHỐNG MA TÚY ĐẾN NĂM 2030 TRÊN ĐỊA BÀN THÀNH PHỐ"),
    "96-CD-BXD.txt": dict(number="96/CĐ-BXD", type="Công điện", issuer="BỘ XÂY DỰNG", place="Hà Nội", date="2025-11-22",
                          signer_title="THỨ TRƯỞNG", signer_name="Ngô Văn Khánh",
                          title="VỀ VIỆC TẬP TRUNG ỨNG PHÓ VÀ KỊP THỜI KHẮC PHỤC HẬU QUẢ MƯA LŨ ĐẶC BIỆT LỚN TẠI "
                                "KHU VỰC TRUNG BỘ"),
    "11208-BNV-KHTC.txt": dict(number="11208/BNV-KHTC", type="Công văn", issuer="BỘ NỘI VỤ", parent_issuer=None,
                               date="2025-11-26", signer_title="THỨ TRƯỞNG", signer_name="Đinh Văn Phúc"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_document_on_one_line_keeps_its_metadata(name):
    md = extract(_oneline(name)).metadata
    for field, want in EXPECTED[name].items():
        assert getattr(md, field) == want, field


def test_recipients_of_a_plan_on_one_line():
    md = extract(_oneline("153-KH-UBND.txt")).metadata
    assert "Văn phòng Chính phủ" in md.recipients
    assert "Chi cục Hải quan khu vực XIX" in md.recipients
    assert not any("Trần Văn Xuân" in r or "CHỦ TỊCH" in r for r in md.recipients)


def test_addressees_of_a_cong_dien_end_where_its_body_opens():
    """"… - Sở Xây dựng các tỉnh, thành phố: Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng. Triển khai chỉ đạo …": the
    body's first sentence is no part of the last addressee."""
    md = extract(_oneline("96-CD-BXD.txt")).metadata
    assert "Sở Xây dựng các tỉnh, thành phố: Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng" in md.recipients


def test_body_items_on_one_line_are_parts():
    st = structure_of_text(_oneline("153-KH-UBND.txt"))
    text = _oneline("153-KH-UBND.txt")
    heads = [text[p.start:p.end].split()[0] for p in st.body]
    assert heads[:1] == ["I."]
    assert st.breaks and all(0 < b < len(text) for b in st.breaks)


@pytest.mark.parametrize("line", [
    # a long sentence citing a date and a signing level is no document on one line
    "Thực hiện Quyết định số 7619/QĐ-BCA ngày 08 tháng 9 năm 2025 của Bộ Công an phê duyệt Chương trình mục tiêu "
    "quốc gia phòng, chống ma túy đến năm 2030, Ủy ban nhân dân thành phố ban hành Kế hoạch triển khai thực hiện.",
    "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
])
def test_a_line_of_one_part_is_left_alone(line):
    assert run_on_breaks(line + "\n" + line) == ()
