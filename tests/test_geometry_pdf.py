"""PDF text-layer geometry: two-column headers/signatures column after column, ruled tables cell by cell.

PDFs are rendered with reportlab from the plan fixtures (tests/fixtures/render.py,
render_tables.py) and read by pdfplumber; nothing is mocked. The ground truth
is the plan text's TAB-separated rows (tests/fixtures/columns.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixtures.columns import cells_in_their_column, two_column_cells  # noqa: E402
from fixtures.render import plan_text, render_text_pdf  # noqa: E402
from fixtures.render_tables import render_text_pdf_with_table  # noqa: E402

from vanban.ingest import load  # noqa: E402

PLANS = sorted(p.name for p in (Path(__file__).resolve().parent / "fixtures" / "plans").glob("*.txt"))

TASKS = [
    ("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành"),
    ("1", "Tổ chức quán triệt Chỉ thị đến cán bộ, đảng viên.", "Ban Tuyên giáo và Dân vận", "Các chi bộ trực thuộc", "Quý II/2026"),
    ("2", "Xây dựng cơ sở dữ liệu đảng viên.", "Văn phòng Đảng ủy", "Ủy ban nhân dân xã", "Trước ngày 30/6/2026"),
    ("3", "Sơ kết việc thực hiện Kế hoạch.", "Ủy ban Kiểm tra Đảng ủy", "Các đoàn thể", "Tháng 12/2026"),
]
SHORT_PLAN = (
    "ĐẢNG BỘ TỈNH BẮC NINH\tĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ HÒA BÌNH\t\n*\t\n"
    "Số 21-KH/ĐU\tHòa Bình, ngày 15 tháng 01 năm 2026\n\n"
    "KẾ HOẠCH\nthực hiện Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy\n\n"
    "Ban Thường vụ Đảng ủy xã ban hành Kế hoạch thực hiện với các nhiệm vụ sau:\n"
)


def page_lines(path: Path) -> list[tuple[str, object]]:
    out = []
    for page in load(path).pages:
        assert page.method == "pdf-text"
        texts = page.text.split("\n")
        assert len(texts) == len(page.lines), "one LineGeometry per line of the page text"
        out += list(zip(texts, page.lines))
    return out


@pytest.mark.parametrize("plan", PLANS)
def test_two_column_header_and_signature_come_column_after_column(plan: str, tmp_path: Path) -> None:
    src = plan_text(plan)
    lines = page_lines(render_text_pdf(src, tmp_path / "p.pdf"))
    good, total = cells_in_their_column(src, lines)
    assert (good, total) == (total, total)
    # and nothing else is in a column: the body line before Nơi nhận, the title stay full width
    cells = [c for c, _ in two_column_cells(src)]
    strays = [t for t, g in lines if g.column >= 0 and not any(" ".join(t.split()) in c for c in cells)]
    assert strays == []
    # the header is the first table: its left column entirely before its right column
    header = [(t, g) for t, g in lines if g.table == 0]
    cols = [g.column for _, g in header]
    assert cols == sorted(cols) and set(cols) == {0, 1}
    assert all((g.row, g.col) == (0, g.column) for _, g in header)
    assert all(g.x1 <= 0.5 for _, g in header if g.column == 0)
    # the title line after the header is full width, not a column
    title = src.split("\n\n")[1].split("\n")[0]
    assert [g.column for t, g in lines if t == title] == [-1]
    # the place-date cell and the number cell are different lines
    assert not any("Số" in t and "ngày" in t and "tháng" in t for t, g in header)


def test_ruled_task_table_cells_are_lines_of_their_cells(tmp_path: Path) -> None:
    pdf = render_text_pdf_with_table(SHORT_PLAN, TASKS, tmp_path / "t.pdf", (0.07, 0.38, 0.2, 0.18, 0.17))
    lines = page_lines(pdf)
    table = {g.table for t, g in lines if t == "TT"}
    assert table == {1}  # after the header region (table 0)
    cells: dict[tuple[int, int], str] = {}
    for t, g in lines:
        if g.table == 1:
            cells[(g.row, g.col)] = f"{cells.get((g.row, g.col), '')} {t}".strip()
    assert sorted(cells) == [(r, c) for r in range(4) for c in range(5)]
    for r, row in enumerate(TASKS):
        assert [cells[(r, c)] for c in range(5)] == list(row)
    # cell edges are the ruled columns, left to right
    x0 = [next(g.x0 for t, g in lines if (g.table, g.row, g.col) == (1, 1, c)) for c in range(5)]
    assert x0 == sorted(x0) and abs(x0[0] - 85 / 595.28) < 0.01
    assert all(g.bold for t, g in lines if g.table == 1 and g.row == 0)
    assert not any(g.bold for t, g in lines if g.table == 1 and g.row > 0)


def test_header_cells_that_nearly_touch_are_still_two_columns(tmp_path: Path) -> None:
    """A long issuer name ends 10 pt before the motto starts (cells filled to their padding)."""
    from fixtures.render import PAGE_W, Run, draw_runs, pdf_canvas, text_width

    def centred(s: str, centre: float, y: float, style: str = "regular", size: float = 12.0) -> Run:
        return Run(centre - text_width(s, style, size) / 2, y, s, style, size)

    issuer = "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH"
    left_c = 70 + text_width(issuer, "regular", 12) / 2
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    motto_x = 70 + text_width(issuer, "regular", 12) + 10
    right_c = motto_x + text_width(motto, "bold", 12) / 2
    runs = [
        Run(70, 60, issuer, "regular", 12), Run(motto_x, 60, motto, "bold", 12),
        centred("SỞ CÔNG THƯƠNG", left_c, 76, "bold"), centred("Độc lập - Tự do - Hạnh phúc", right_c, 76),
        centred("Số: 12/KH-SCT", left_c, 100), centred("Hòa Bình, ngày 10 tháng 3 năm 2026", right_c, 100, "italic"),
        centred("KẾ HOẠCH", PAGE_W / 2, 140, "bold", 14),
        Run(85, 170, "Sở Công Thương xây dựng Kế hoạch kiểm tra an toàn vật liệu nổ công nghiệp như sau:", "regular", 12),
    ]
    c = pdf_canvas(tmp_path / "tight.pdf")
    draw_runs(c, runs)
    c.showPage()
    c.save()
    lines = page_lines(tmp_path / "tight.pdf")
    by_text = {t: g for t, g in lines}
    assert [t for t, g in lines if g.table == 0] == [
        issuer, "SỞ CÔNG THƯƠNG", "Số: 12/KH-SCT", motto, "Độc lập - Tự do - Hạnh phúc", "Hòa Bình, ngày 10 tháng 3 năm 2026",
    ]
    assert (by_text[issuer].column, by_text[motto].column) == (0, 1)
    assert by_text["KẾ HOẠCH"].column == -1


CASES = Path(__file__).resolve().parent / "fixtures" / "cases"


def test_libreoffice_export_of_a_cong_van_keeps_vv_and_place_date_apart() -> None:
    lines = page_lines(CASES / "17-docx-blank-number" / "cv_vv_row.libreoffice.pdf")
    header = [(t, g.column) for t, g in lines if g.table == 0]
    assert [t for t, c in header if c == 0] == [
        "BỘ CÔNG THƯƠNG", "CỤC HÓA CHẤT", "-------", "Số: 597/HC-QLHC",
        "V/v cấp Giấy phép xuất khẩu, nhập", "khẩu hóa chất cần kiểm soát đặc", "biệt",
    ]
    assert [t for t, c in header if c == 1] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
        "Hà Nội, ngày 27 tháng 3 năm 2026",
    ]
    signature = [(t, g.column) for t, g in lines if g.table == 1]
    assert signature == [("Nơi nhận:", 0), ("- Như trên;", 0), ("- Cục trưởng (để báo cáo);", 0), ("- Lưu: VT, QLHC.", 0),
                         ("KT. CỤC TRƯỞNG", 1), ("PHÓ CỤC TRƯỞNG", 1), ("Đỗ Minh Quân", 1)]
    assert all(g.column == -1 for t, g in lines if t.startswith(("Kính gửi", "Trả lời", "Đề nghị")))


def test_libreoffice_export_of_a_plan_keeps_the_title_out_of_the_header() -> None:
    lines = page_lines(CASES / "19-appendix-task-table" / "input.libreoffice.pdf")
    header = [(t, g.column) for t, g in lines if g.table == 0]
    assert header[:3] == [("ỦY BAN NHÂN DÂN", 0), ("TỈNH LÀO CAI", 0), ("Số: 215/KH-UBND", 0)]
    assert ("Lào Cai, ngày 20 tháng 01 năm", 1) in header
    # flush-left like the left column, but after a blank paragraph: the title, not a header cell
    assert [g.column for t, g in lines if t == "KẾ HOẠCH"] == [-1]
    signer = [t for t, g in lines if g.table == 1 and g.column == 1]
    assert signer == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Minh Đức"]
    assert "- Lưu: VT, KT." in [t for t, g in lines if g.table == 1 and g.column == 0]
    # the appendix task table has no rules here: its rows stay plain lines, never a two-column region
    texts = [t for t, _ in lines]
    appendix = lines[texts.index("UBND tỉnh Lào Cai)"):]
    assert [g.column for _, g in appendix] == [-1] * len(appendix)


def test_text_drawn_twice_to_fake_bold_reads_once(tmp_path: Path) -> None:
    from fixtures.render import pdf_canvas

    c = pdf_canvas(tmp_path / "fake-bold.pdf")
    c.setFont("VB-regular", 13)
    for dx in (0.0, 0.3):  # some office tools embolden a title by printing it twice
        c.drawString(250 + dx, 700, "QUYẾT ĐỊNH")
    c.drawString(100, 680, "Về việc thành lập Tổ công tác triển khai Đề án 06 trên địa bàn xã")
    c.showPage()
    c.save()
    assert [t for t, _ in page_lines(tmp_path / "fake-bold.pdf")][0] == "QUYẾT ĐỊNH"


def test_libreoffice_export_of_an_unruled_task_table_gives_cells() -> None:
    """Case 19's appendix table has no borders: its columns come from the x gaps that stay
    empty across rows, its rows from the TT column ("1", "2", "3")."""
    lines = page_lines(CASES / "19-appendix-task-table" / "input.libreoffice.pdf")
    texts = [t for t, _ in lines]
    appendix = lines[texts.index("UBND tỉnh Lào Cai)") + 1:]
    cells: dict[tuple[int, int], str] = {}
    for t, g in appendix:
        assert g.table >= 0, t
        cells[(g.row, g.col)] = (cells.get((g.row, g.col), "") + " " + t).strip()
    assert [cells[(0, c)] for c in range(5)] == ["TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Đơn vị phối hợp",
                                                 "Thời gian thực hiện"]
    assert [cells[(r, 0)] for r in (1, 2, 3)] == ["1", "2", "3"]
    assert cells[(1, 2)] == "Các Sở, ban, ngành; UBND các xã, phường"
    assert cells[(2, 2)] == "Sở Nông nghiệp và Môi trường"
    assert cells[(3, 2)] == "Công an tỉnh"
    assert cells[(2, 4)] == "Hoàn thành trước ngày 01/01/2030"
