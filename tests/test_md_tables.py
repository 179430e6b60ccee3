"""Tables of Markdown documents as published (vanban.ingest.markdown + structure.body.tables).

Fixtures (tests/fixtures/md_tables/, see its README) are raw excerpts of real published
documents of ../shared/realdocs: each cell on its own lines between ``|`` lines, two ``|`` lines
between rows, an empty cell one more ``|`` line, a group row written as one merged cell. The
expected rows were read by hand from the raw Markdown (``cat -A``), not from vanban; the plain
form of the same excerpt (``md2plain.py``: every ``|`` line blank) is read by the stacked-cell
reader, an independent peer the Markdown reader must agree with.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from vanban.extract import extract
from vanban.ingest.markdown import markdown_to_text
from vanban.models import Page
from vanban.structure import build_structure, structure_of_text

FIX = Path(__file__).parent / "fixtures" / "md_tables"


def _md(name: str):
    text, geo = markdown_to_text((FIX / name).read_text(encoding="utf-8"))
    return text, build_structure([Page(1, "md", text, text, lines=geo)])


def _rows(table) -> list[list[str]]:
    return [[c.text for c in row] for row in table.rows]


def _data(st):
    return [t for t in st.tables if t.role == "data"]


def test_header_table_two_columns_two_rows():
    # 624/TB-VPCP: "| VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA … || Số: 624/TB-VPCP | Hà Nội, ngày 16 …|" then the title
    text, st = _md("624-TB-VPCP.head.md")
    (head,) = st.tables
    assert head.role == "header"
    rows = _rows(head)
    assert [len(r) for r in rows] == [2, 2]
    assert rows[0][0].startswith("VĂN PHÒNG CHÍNH PHỦ") and rows[0][1].startswith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert rows[1] == ["Số: 624/TB-VPCP", "Hà Nội, ngày 16 tháng 11 năm 2025"]
    assert "THÔNG BÁO" not in " ".join(" ".join(r) for r in rows)  # the title after the table's last "|"


def test_signature_table_then_appendix_task_table():
    # 624/TB-VPCP: Nơi nhận | signature, then "PHỤ LỤC I" right after the closing "|" (no blank
    # line), the task table of 9 rows, the heading of table 2 and table 2's column names
    text, st = _md("624-TB-VPCP.sig-pl1.md")
    sig = [t for t in st.tables if t.role == "signature"]
    assert len(sig) == 1 and len(sig[0].rows) == 1 and len(sig[0].rows[0]) == 2
    assert sig[0].rows[0][0].text.startswith("Nơi nhận:")
    assert sig[0].rows[0][1].text.startswith("KT. BỘ TRƯỞNG")
    cells = " ".join(c.text for t in st.tables for row in t.rows for c in row)
    assert "PHỤ LỤC" not in cells and "Các nhiệm vụ về chuyển đổi số quá hạn" not in cells
    tasks = _data(st)[0]
    assert tasks.header == ("STT", "Nhiệm vụ", "Văn bản giao nhiệm vụ", "Cơ quan chủ trì thực hiện",
                            "Thời hạn hoàn thành")
    rows = _rows(tasks)[1:]
    assert [r[0] for r in rows] == [f"{i}." for i in range(1, 10)]
    assert rows[0][2:] == ["Thông báo số 07-TB/CQTTBCĐ ngày 15/10/2025", "Các cơ quan Trung ương và địa phương",
                           "18/10/2025"]
    assert rows[1][2:] == ["Nghị quyết số 71/NQ-CP", "Các bộ, ngành", "30/06/2025"]
    assert rows[8][3:] == ["Các bộ, ngành, địa phương", "30/09/2025"]
    assert _rows(_data(st)[1]) == [["STT", "Nhiệm vụ", "Văn bản giao nhiệm vụ", "Cơ quan chủ trì thực hiện",
                                    "Thời hạn hoàn thành"]]


def test_task_table_rows_are_obligations_with_deadlines():
    text, st = _md("624-TB-VPCP.sig-pl1.md")
    t = _data(st)[0]
    ex = extract(text, structure=st)
    got = [(o.who, o.deadline and (o.deadline.date or o.deadline.latest)) for o in ex.obligations
           if o.span and t.start <= o.span.start <= t.end]
    d = dt.date
    want = [("Các cơ quan Trung ương và địa phương", d(2025, 10, 18)), ("Các bộ, ngành", d(2025, 6, 30))] + \
        [("Bộ Tài chính", d(2025, 5, 31))] * 3 + [("Bộ Tài chính", d(2025, 10, 31)), ("Bộ Tài chính", d(2025, 5, 31)),
                                                  ("Bộ Tài chính", d(2025, 9, 30)),
                                                  ("Các bộ, ngành, địa phương", d(2025, 9, 30))]
    assert [(w, x if isinstance(x, dt.date) else dt.date.fromisoformat(str(x))) for w, x in got] == want


def test_group_rows_with_empty_cells_written_out():
    # 2629/QĐ-TTg Phụ lục I: "| I | Giai đoạn 2025-2027 | | | |" (five "|" lines after the heading)
    _, st = _md("2629-QD-TTg.pl1.md")
    (t,) = _data(st)
    rows = _rows(t)
    assert rows[0] == ["TT", "Chỉ tiêu", "Đơn vị", "Kết quả", "Cơ quan chủ trì theo dõi, đánh giá"]
    assert rows[1] == ["I", "Giai đoạn 2025-2027", "", "", ""]
    assert rows[2] == ["I.1", "Cung cấp dịch vụ số bao trùm, thông minh", "", "", ""]
    assert rows[3][0] == "1" and rows[3][2:] == ["%", "100%", "Văn phòng Chính phủ"]
    assert rows[5][2:] == ["%", "95%", "Bộ Khoa học và Công nghệ"]
    assert rows[6][0] == "I.2" and rows[6][2:] == ["", "", ""]
    assert all(len(r) == 5 for r in rows) and len(rows) == 8


def test_empty_first_cell_keeps_its_column():
    # 144/KH-UBND Phụ lục: "| | I. Kinh tế số | |": the number cell left empty
    _, st = _md("144-KH-UBND.pl.md")
    (t,) = _data(st)
    rows = _rows(t)
    assert t.header == ("TT", "Chỉ tiêu", "Chủ trì")
    assert rows[1] == ["", "I. Kinh tế số", ""]
    assert rows[2] == ["1", "Kinh tế số chiếm 45% GRDP tỉnh.", "Sở Tài chính"]
    assert rows[8] == ["", "II. Xã hội số", ""]
    assert rows[9][0] == "1" and rows[9][2] == "Sở Khoa học và Công nghệ"
    assert len(rows) == 11


def test_group_row_written_as_one_merged_cell():
    # 179/KH-UBND: "| A | PHÁT TRIỂN … || I | Hoàn thiện thể chế || 1.1 | …" in a six-column table:
    # the merged group rows have two cells, and the row number after them opens the next row
    _, st = _md("179-KH-UBND.a.md")
    (t,) = _data(st)
    rows = _rows(t)
    assert len(t.header) == 6 and t.header[2] == "Đơn vị thực hiện"
    assert [r[0] for r in rows[1:]] == ["A", "I", "1.1", "II", "2.1"]
    assert rows[1][1] == "PHÁT TRIỂN NỀN MÓNG CHO KINH TẾ SỐ VÀ XÃ HỘI SỐ" and rows[1][2:] == [""] * 4
    assert rows[3][2:5] == ["Sở Tư pháp", "Các sở, ban, ngành; UBND các phường, xã", "2026 - 2030"]
    assert rows[5][2] == "Sở Khoa học và Công nghệ"


def test_rows_wider_than_the_column_names():
    # 179/KH-UBND part B: group rows, then five column names (the number column named above, on
    # another page), then rows of six cells: each row stays whole; the column names are the table's
    # header, one column right (the number column unnamed), the group rows kept under it
    _, st = _md("179-KH-UBND.b1.md")
    (t,) = _data(st)
    rows = _rows(t)
    assert t.header == ("", "Nội dung", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm đầu ra")
    assert [r[0] for r in rows] == ["", "B", "I", "1.1", "1.2"]
    assert rows[3][2:] == ["Sở Nông nghiệp và Môi trường", "Các sở, ban, ngành; UBND các phường xã",
                           "2026 - 2030", "Kế hoạch"]
    assert rows[4][5] == "Nền tảng ứng dụng"


def test_group_row_of_bold_blanks_and_a_last_cell_cut_by_the_page_end():
    # 624/TB-VPCP Phụ lục II: "| ** ** | Nhiệm vụ giao Bộ trưởng … | ** ** | …" (cells holding only
    # emphasis marks), and the document ends inside row 18: its "Kết quả" cell has no closing "|"
    _, st = _md("624-TB-VPCP.pl2.md")
    (t,) = _data(st)
    rows = _rows(t)
    assert t.header == ("STT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Kết quả thực hiện", "Tiến độ")
    assert rows[1] == ["", "Nhiệm vụ giao Bộ trưởng Bộ Khoa học và Công nghệ chỉ đạo", "", "", "", ""]
    assert rows[2][0] == "1" and rows[2][2:4] == ["Bộ Khoa học và Công nghệ", "10/10/2025"]
    assert rows[2][5] == "Đã hoàn thành quá hạn"
    last = rows[-1]
    assert last[0] == "18" and last[2:4] == ["Bộ Nội vụ", "31/10/2025"]
    assert last[4].startswith("Phối hợp với Bộ Khoa học và Công nghệ tham mưu") and last[5] == ""


@pytest.mark.parametrize("name", ["624-TB-VPCP.pl2.md", "624-TB-VPCP.sig-pl1.md", "2629-QD-TTg.pl1.md", "144-KH-UBND.pl.md"])
def test_agrees_with_the_stacked_reader_of_the_plain_text(name):
    """The plain text (the Markdown reader's text is md2plain's) read by structure.stacked gives
    the same task-table rows, empty cells in the same columns."""
    text, st = _md(name)
    plain = [t for t in structure_of_text(text).tables if t.role == "data" and t.header]
    mine = [t for t in _data(st) if t.header]
    assert [_rows(t) for t in mine] == [_rows(t) for t in plain]
