"""A header on one line, its cells apart by runs of spaces (text copied from a PDF), and a text with no header.

Inputs a newcomer found (tests/fixtures/oneline/):
- oneline_header.txt: "ĐẢNG BỘ HUYỆN SƠN HÀ    ĐẢNG ỦY XÃ SƠN TÂN    ĐẢNG CỘNG SẢN VIỆT NAM    Số 07-KH/ĐU    Sơn Tân, ngày …
  KẾ HOẠCH    triển khai …" then the body sentence and the signature on their own lines: the structure stage writes a
  line break before each cell (``Structure.breaks``), so the title, the body and the signer are read; before, the
  whole text after the header line was lost to the header zone (title None, no signer, no deadline).
- one_sentence.txt: a body sentence alone, "… về Văn phòng Đảng ủy trước ngày 30 tháng 4 năm 2024.": no header, its
  date a deadline; before, it was read as the header's place-date ("Văn phòng Đảng ủy trước", 2024-04-30).
"""

from __future__ import annotations

import pathlib

from vanban.extract import extract
from vanban.structure import build_structure, structure_of_text
from vanban.structure.header_cells import cell_breaks
from vanban.structure.lines import pages_of_text

FIX = pathlib.Path(__file__).parent / "fixtures" / "oneline"


def _read(name: str) -> str:
    return (FIX / name).read_text(encoding="utf-8")


def test_oneline_header_is_read_cell_by_cell():
    text = _read("oneline_header.txt")
    st = build_structure(pages_of_text(text))
    ext = extract(text, structure=st)
    m = ext.metadata
    assert (m.number, m.type, m.issuer, m.parent_issuer, m.place, m.date) == (
        "07-KH/ĐU", "Kế hoạch", "ĐẢNG ỦY XÃ SƠN TÂN", "ĐẢNG BỘ HUYỆN SƠN HÀ", "Sơn Tân", "2024-03-15")
    assert m.title == "triển khai công tác dân vận năm 2024"
    assert st.signature is not None and st.signature.name == "Hoàng Văn Tịnh"
    assert [d.date for d in ext.deadlines] == ["2024-04-30"]
    assert [o.who for o in ext.obligations] == ["Các chi bộ trực thuộc"]
    # every span points into the text as given
    body = text[st.body_start:st.body_end]
    assert body.strip().startswith("Các chi bộ trực thuộc") and "T/M" not in body
    title = [p for p in st.title_parts if p.kind == "title"]
    assert [text[p.start:p.end] for p in title] == ["triển khai công tác dân vận năm 2024"]
    assert {text[p.start:p.end] for p in st.header.parts} >= {"Số 07-KH/ĐU", "Sơn Tân, ngày 15 tháng 3 năm 2024"}
    # the breaks: before each cell but the first, and one before the body line (a blank line above it)
    assert st.breaks and all(text[b - 1] in " \n" for b in st.breaks)
    assert structure_of_text(text) == st


def test_two_column_header_keeps_its_lines():
    """A header laid out in two columns (two runs a line) is read as columns (lines.py): no breaks written."""
    text = ("ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "TỈNH LÂM ĐỒNG                Độc lập - Tự do - Hạnh phúc\n\n"
            "Số: 12/KH-UBND               Lâm Đồng, ngày 15 tháng 3 năm 2024\n\n"
            "KẾ HOẠCH\nPhòng, chống thiên tai năm 2024\n")
    assert cell_breaks(text) == ()
    assert structure_of_text(text).breaks == ()


def test_a_table_row_is_no_header_line():
    """Three runs on a line that are no header cells (a table laid out with spaces) are left alone."""
    text = "STT     Nội dung     Thời gian\n1     Tổ chức hội nghị     Tháng 3\n"
    assert cell_breaks(text) == ()


def test_a_sentence_alone_has_no_header():
    text = _read("one_sentence.txt")
    ext = extract(text)
    m = ext.metadata
    assert (m.place, m.date, m.issuer, m.number) == (None, None, None, None)
    assert [d.date for d in ext.deadlines] == ["2024-04-30"]
    assert [o.who for o in ext.obligations] == ["Các chi bộ trực thuộc"]
    st = ext.structure
    assert st.header.parts == () and text[st.body_start:st.body_end].strip() == text.strip()


def test_a_body_date_in_the_header_zone_is_no_place_date():
    """A letter with no type line and no place-date: "… về Văn phòng Ủy ban trước ngày …" in the header zone is a
    sentence's date, never the place-date; a place-date without its comma still is one."""
    head = "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n\nSố: 12/UBND-VP\n\n"
    st = structure_of_text(head + "Các sở, ngành gửi báo cáo về Văn phòng Ủy ban trước ngày 30 tháng 4 năm 2024.\n")
    assert (st.header.place, st.header.date) == (None, None)
    st = structure_of_text(head + "Lâm Đồng ngày 15 tháng 3 năm 2024\n")
    assert (st.header.place, st.header.date) == ("Lâm Đồng", "2024-03-15")


def test_oneline_header_over_a_flat_text():
    """The same header line over a flat body (paragraphs one newline apart): the flat text's paragraph breaks and
    the header's cell breaks are written together."""
    first, *rest = _read("oneline_header.txt").split("\n")
    body = [f"Chi bộ thôn {k} tổ chức học tập nghị quyết cho toàn thể đảng viên trong tháng {k}." for k in range(1, 13)]
    text = "\n".join([first, *body, *rest])
    st = structure_of_text(text)
    assert (st.type, st.title, st.header.number, st.header.place) == (
        "Kế hoạch", "triển khai công tác dân vận năm 2024", "07-KH/ĐU", "Sơn Tân")
    assert st.signature is not None and st.signature.name == "Hoàng Văn Tịnh"
    assert text[st.body_start:st.body_end].strip().startswith("Chi bộ thôn 1 ")


def test_a_long_line_opening_with_its_issuer_and_number_has_a_header():
    """The final newcomer of session 17: a 2.4 MB one-line file opening "ỦY BAN NHÂN DÂN XÃ TÂN LẬP Số: 12/KH-UBND"
    (no motto, no place-date) then its tasks got no number, type nor issuer: the issuing body in capitals before
    the number line is a header's two cells, as a motto and a number line are."""
    text = "ỦY BAN NHÂN DÂN PHƯỜNG HÀ CẦU Số: 31/KH-UBND " + "Các tổ dân phố ra quân tổng vệ sinh trước ngày 20/5/2027, " * 80
    ext = extract(text)
    m = ext.metadata
    assert (m.number, m.type, m.issuer) == ("31/KH-UBND", "Kế hoạch", "ỦY BAN NHÂN DÂN PHƯỜNG HÀ CẦU")
    # … and the body after the số ký hiệu stays the body (no type line: the header ends at the first sentence)
    assert len(ext.deadlines) == 80 and {d.date for d in ext.deadlines} == {"2027-05-20"}
    assert [o.who for o in ext.obligations] == ["Các tổ dân phố"]


def test_a_long_line_with_a_number_alone_is_no_header():
    """A body sentence citing a number ("… theo Kế hoạch Số: 31/KH-UBND …") with no issuer opening the line stays prose."""
    text = "Các tổ dân phố thực hiện theo Số: 31/KH-UBND, " + "ra quân tổng vệ sinh trước ngày 20/5/2027, " * 10
    assert extract(text).metadata.issuer is None
