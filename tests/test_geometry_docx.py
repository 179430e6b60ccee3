"""DOCX geometry: each table cell's paragraphs are their own lines, Word numbering is rendered.

Inputs are the real-layout cases (tests/fixtures/cases/17, 19: built by
their make_inputs.py like the real office files of Trangsct/skill-sct;
cv_vv_row.docx is that script's Công văn) and Word files made with
python-docx (tests/fixtures/docx_layouts.py). Nothing is mocked.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixtures.docx_layouts import nested_merged, numbered_plan  # noqa: E402

from vanban.ingest import load  # noqa: E402

CASES = Path(__file__).resolve().parent / "fixtures" / "cases"


def lines_of(path: Path) -> list[tuple[str, object]]:
    doc = load(path)
    assert len(doc.pages) == 1
    page = doc.pages[0]
    texts = page.text.split("\n")
    assert len(texts) == len(page.lines), "one LineGeometry per line of the page text"
    return list(zip(texts, page.lines))


def cell(lines, table: int, row: int, col: int) -> list[str]:
    return [t for t, g in lines if (g.table, g.row, g.col) == (table, row, col)]


def test_vv_cell_and_place_date_cell_are_separate_cells() -> None:
    lines = lines_of(CASES / "17-docx-blank-number" / "cv_vv_row.docx")
    assert cell(lines, 0, 0, 0) == ["BỘ CÔNG THƯƠNG", "CỤC HÓA CHẤT", "-------"]
    assert cell(lines, 0, 0, 1) == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
    assert cell(lines, 0, 1, 0) == ["Số: 597/HC-QLHC"]
    assert cell(lines, 0, 2, 0) == ["V/v cấp Giấy phép xuất khẩu, nhập khẩu hóa chất cần kiểm soát đặc biệt"]
    assert cell(lines, 0, 2, 1) == ["Hà Nội, ngày 27 tháng 3 năm 2026"]
    # no line mixes two cells (the old reader zipped them with a TAB)
    assert not any("\t" in t for t, _ in lines)
    # header cells: left column on the left half of the page, right column on the right
    left = [g for _, g in lines if g.table == 0 and g.col == 0]
    right = [g for _, g in lines if g.table == 0 and g.col == 1]
    assert all(g.x1 <= 0.5 + 1e-6 for g in left) and all(g.x0 >= 0.5 - 1e-6 for g in right)


def test_noi_nhan_cell_and_signature_cell_are_separate() -> None:
    lines = lines_of(CASES / "17-docx-blank-number" / "input.docx")
    assert cell(lines, 0, 2, 0) == ["Số:           /KH-SCT"]
    assert cell(lines, 0, 2, 1) == ["Lào Cai,  ngày       tháng 4 năm 2026"]
    assert cell(lines, 1, 0, 0) == ["Nơi nhận:", "- Ban Giám đốc Sở;", "- Lưu: VT, QLCN."]
    assert cell(lines, 1, 0, 1) == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn An"]
    texts = [t for t, _ in lines]
    # body paragraphs between the tables keep their order, outside any table
    body = [t for t, g in lines if g.table == -1 and t.strip()]
    assert body[0] == "KẾ HOẠCH" and body[-1].startswith("Phòng Quản lý Công nghiệp")
    assert texts.index("KẾ HOẠCH") > texts.index("Lào Cai,  ngày       tháng 4 năm 2026")
    assert texts.index("Nơi nhận:") > texts.index(body[-1])


def test_appendix_task_table_rows_have_their_columns() -> None:
    lines = lines_of(CASES / "19-appendix-task-table" / "input.docx")
    tables = sorted({g.table for _, g in lines if g.table >= 0})
    assert tables == [0, 1, 2]
    header = [cell(lines, 2, 0, c) for c in range(5)]
    assert header == [["TT"], ["Tên nhiệm vụ"], ["Cơ quan chủ trì"], ["Đơn vị phối hợp"], ["Thời gian thực hiện"]]
    rows = {g.row for _, g in lines if g.table == 2}
    assert rows == {0, 1, 2, 3}
    assert cell(lines, 2, 2, 2) == ["Sở Nông nghiệp và Môi trường"]
    assert cell(lines, 2, 2, 4) == ["Hoàn thành trước ngày 01/01/2030"]
    assert cell(lines, 2, 3, 2) == ["Công an tỉnh"]
    assert cell(lines, 2, 3, 4) == ["Xong trong Quý II/2026"]
    # the appendix table comes after the signature block and the Phụ lục title
    texts = [t for t, _ in lines]
    assert texts.index("Phạm Minh Đức") < texts.index("Phụ lục") < texts.index("TT")
    # cells of a row sit left to right
    xs = [next(g.x0 for _, g in lines if (g.table, g.row, g.col) == (2, 1, c)) for c in range(5)]
    assert xs == sorted(xs) and len(set(xs)) == 5


def test_word_numbering_is_rendered_into_the_text(tmp_path: Path) -> None:
    lines = lines_of(numbered_plan(tmp_path / "num.docx"))
    assert [t for t, _ in lines] == [
        "I. NHIỆM VỤ",
        "1. Sở Khoa học và Công nghệ",
        "a) Chủ trì xây dựng nền tảng số.",
        "b) Hướng dẫn các xã triển khai.",
        "- Báo cáo kết quả hằng quý.",
        "2. Sở Tài chính",
        "a) Bố trí kinh phí.",
        "Đoạn văn thường.",
        "1. Danh sách mới",  # a list restarted with startOverride
    ]
    assert [(g.level, g.label) for _, g in lines] == [
        (3, "I."), (0, "1."), (1, "a)"), (1, "b)"), (2, "-"), (0, "2."), (1, "a)"), (-1, None), (0, "1."),
    ]
    assert [g.bold for _, g in lines][:2] == [True, False]
    assert all(g.table == -1 and g.x0 is not None and g.x0 < g.x1 for _, g in lines)


def test_nested_and_merged_cells_are_read_once(tmp_path: Path) -> None:
    lines = lines_of(nested_merged(tmp_path / "nest.docx"))
    texts = [t for t, _ in lines]
    assert texts == [
        "ĐẢNG BỘ TỈNH LÀO CAI", "ĐẢNG ỦY XÃ HÒA BÌNH",
        "ĐẢNG CỘNG SẢN VIỆT NAM", "Hòa Bình, ngày 08 tháng 01 năm 2026",
        "KẾ HOẠCH CHUNG",
        "Nơi nhận:", "T/M ĐẢNG ỦY",
        "Dòng một", "dòng hai",  # a soft line break: two lines, same geometry
    ]
    geo = dict(lines)
    assert [geo["ĐẢNG BỘ TỈNH LÀO CAI"].bold, geo["ĐẢNG ỦY XÃ HÒA BÌNH"].bold] == [False, True]
    # the nested table gets the next table index, its own rows
    assert (geo["ĐẢNG CỘNG SẢN VIỆT NAM"].table, geo["Hòa Bình, ngày 08 tháng 01 năm 2026"].row) == (1, 1)
    # the merged title cell spans the page: one line, col 0, x from the left to the right edge
    title = geo["KẾ HOẠCH CHUNG"]
    assert (title.table, title.row, title.col) == (0, 1, 0) and title.x1 > 0.8
    assert (geo["T/M ĐẢNG ỦY"].row, geo["T/M ĐẢNG ỦY"].col) == (2, 1)
    assert geo["Dòng một"] == geo["dòng hai"] and geo["Dòng một"].table == -1


def test_deeply_nested_tables_keep_their_text(tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    cell = doc.add_table(rows=1, cols=1).cell(0, 0)
    for depth in range(30):
        cell.text = f"tầng {depth}"
        cell = cell.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = "đáy"
    doc.save(tmp_path / "deep.docx")
    lines = lines_of(tmp_path / "deep.docx")
    assert [t for t, _ in lines] == [f"tầng {d}" for d in range(30)] + ["đáy"]
    assert all(g.table >= 0 for _, g in lines)


def test_deeply_nested_text_boxes_are_read_once(tmp_path: Path) -> None:
    # found while merging the cell and text-box readers' nesting guards: past MAX_NESTING a cell's text was read
    # flat with its text boxes, each box read again flat, and its fallback copy too — "HỘP 9" three times
    from fixtures.docx_layouts import nested_boxes

    lines = lines_of(nested_boxes(tmp_path / "boxes.docx", 30))
    assert [t for t, _ in lines] == [x for d in range(30) for x in (f"tầng {d}", f"HỘP {d}")] + ["đáy"]
    assert all(g.table >= 0 for _, g in lines)


def test_text_in_revisions_content_controls_and_smart_tags_is_read(tmp_path: Path) -> None:
    from fixtures.docx_layouts import revisions_and_controls

    lines = lines_of(revisions_and_controls(tmp_path / "rev.docx"))
    assert [t for t, _ in lines] == ["Số: 215/KH-UBND", "Giao Sở Tài chính bố trí kinh phí trước ngày 30/6/2026."]


def test_a_text_box_is_read_once_after_its_paragraph(tmp_path: Path) -> None:
    from fixtures.docx_layouts import text_box

    lines = lines_of(text_box(tmp_path / "box.docx"))
    assert [t for t, _ in lines] == ["KẾ HOẠCH", "KHẨN", "Triển khai thực hiện Chỉ thị số 11-CT/TU"]
