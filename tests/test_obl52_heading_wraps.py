"""Session 52 (obl52): a scanned item's first printed line is no heading of its own when it fills the page's measure
and closes nothing; a heading line over its paragraph still gets its paragraph break (structure.heading_breaks).

Input: the real 1026-KH-UBND as scanned (Tesseract ``vie``, the excerpt in tests/fixtures/scan_ocr) and headings in a
DOCX's layout written in the documents' style; expected values read from the documents (1026-KH-UBND's labels name no
"Trung ương và Chính phủ": the Ủy ban proposes to them, they are charged nothing).
"""
from pathlib import Path

from vanban.models import Part
from vanban.structure.heading_breaks import part_heading_breaks

SCAN = (Path(__file__).parent / "fixtures" / "scan_ocr" / "1026-KH-UBND-excerpt.txt").read_text()


def _item(text: str, first_line: str) -> Part:
    start = text.index(first_line)
    label, heading = first_line.split(" ", 1)
    end = text.find("\n\n", start)
    return Part("item", start, end if end > 0 else len(text), label=label, heading=heading, level=4)


def test_scanned_sentence_wrapped_after_its_first_line_gets_no_break():
    item = _item(SCAN, "3. Thường xuyên rà soát, kịp thời tham mưu, trao đổi, đề xuất các bộ, ban, ngành")
    assert part_heading_breaks(SCAN, [item]) == ()


def test_heading_lines_over_their_paragraph_keep_their_break():
    lines = ["1. Sở Khoa học và Công nghệ chủ trì theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này trên địa "
             "bàn toàn tỉnh và tổng hợp kết quả báo cáo Ủy ban nhân dân tỉnh theo quy định.",
             "VII. CHẾ ĐỘ BÁO CÁO",
             "Các cơ quan, đơn vị được giao nhiệm vụ có trách nhiệm gửi báo cáo kết quả thực hiện trước ngày 15/11 "
             "hằng năm về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh theo quy định.",
             "3. Trách nhiệm của Ủy ban nhân dân các xã, phường trên địa bàn tỉnh",
             "Ủy ban nhân dân các xã, phường xây dựng kế hoạch cụ thể của địa phương và báo cáo kết quả thực hiện về "
             "Sở Y tế trước ngày 15/6 hằng năm để tổng hợp."]
    text = "\n".join(lines)
    for k in (1, 3):
        item = Part("item", text.index(lines[k]), text.index(lines[k + 1]) + len(lines[k + 1]),
                    label=lines[k].split(" ", 1)[0], heading=lines[k].split(" ", 1)[1], level=2)
        assert part_heading_breaks(text, [item]) == (text.index(lines[k + 1]),)
