"""A scanned page whose body is set in two columns of running text is read, not failed (scanbl53).

Why: the OCR stage puts a blank line between two blocks of the page when Tesseract starts a paragraph, comparing
the reader's groups (block, paragraph) of the blocks' first words; a page body set in two columns
(``vanban.ingest.layout.blocks_from_rows``' body region) is a block of no group, and the page failed with a
TypeError. Met on authored51's t51-01-KH-LDLD timetable ("STT | Thời gian | Nội dung hoạt động | Đơn vị chủ trì |
Đơn vị phối hợp") drawn borderless and scanned (bench/tt_scan.py): its rows, no longer a table where a word ran
across a gutter, were read as two columns of text. The words here are written as Tesseract gives them: a line above,
then two columns of sentences side by side.
"""

from __future__ import annotations

from vanban.ocr.tesseract import data_to_lines

_LEFT = ["các chi bộ thực hiện nghiêm túc việc học tập nghị quyết.",
         "các đoàn thể tuyên truyền sâu rộng trong nhân dân.",
         "các thôn rà soát và lập danh sách hộ nghèo.",
         "các trường tổ chức ngoại khóa cho học sinh."]
_RIGHT = ["các xã báo cáo kết quả về ủy ban huyện đúng hạn.",
          "các phòng chuyên môn theo dõi và đôn đốc thực hiện.",
          "công an xã bảo đảm an ninh trật tự tại địa bàn.",
          "trạm y tế kiểm tra vệ sinh an toàn thực phẩm."]


def _data() -> dict:
    keys = ("level", "page_num", "block_num", "par_num", "line_num", "word_num", "left", "top", "width", "height",
            "conf", "text")
    data: dict = {k: [] for k in keys}

    def put(x: int, top: int, text: str, block: int, line: int) -> None:
        for k, w in enumerate(text.split()):
            for key, v in zip(keys, (5, 1, block, 1, line, k + 1, x, top, 17 * len(w), 34, 95, w)):
                data[key].append(v)
            x += 17 * len(w) + 15

    put(200, 200, "Kế hoạch phối hợp thực hiện trong tháng", 1, 1)
    for n, (a, b) in enumerate(zip(_LEFT, _RIGHT)):
        put(200, 300 + 60 * n, a, 2, n + 1)
        put(1300, 300 + 60 * n, b, 3, n + 1)
    return data


def test_a_body_in_two_columns_is_read_column_after_column():
    text, lines, _ = data_to_lines(_data(), 2400)
    got = [t for t in text.split("\n") if t.strip()]
    assert got[0] == "Kế hoạch phối hợp thực hiện trong tháng"
    assert got[1:] == _LEFT + _RIGHT
