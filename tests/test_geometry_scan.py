"""Scan geometry: Tesseract's word boxes split the two-column header and signature by x,
and a scanned ruled table's rules give its cells.

Real Tesseract (``vie``) on rendered, degraded pages (tests/fixtures/render.py,
render_tables.py) and on the scanned PNG sample; nothing is mocked.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixtures.render import plan_text, render_scan  # noqa: E402
from fixtures.render_tables import render_scan_with_table  # noqa: E402
from test_geometry_pdf import SHORT_PLAN, TASKS  # noqa: E402

from vanban.ingest import load  # noqa: E402
from vanban.ocr import ocr_page  # noqa: E402

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def ocr_lines(path: Path) -> list[tuple[str, object]]:
    out = []
    for page in load(path).pages:
        res = ocr_page(page)
        texts = res.text.split("\n")
        assert len(texts) == len(res.lines), "one LineGeometry per line of the OCR text"
        out += list(zip(texts, res.lines))
    return out


def column_of(lines, text: str) -> tuple[int, int]:
    """(table, column) of the line that is ``text``."""
    found = [(g.table, g.column) for t, g in lines if t == text]
    assert found, f"{text!r} not read as a line of its own"
    return found[0]


def table_cells(lines, table: int = 1) -> dict[tuple[int, int], str]:
    """{(row, col): the cell's lines joined} of the page's ``table``-th region."""
    cells: dict[tuple[int, int], str] = {}
    for t, g in lines:
        if g.table == table:
            cells[(g.row, g.col)] = f"{cells.get((g.row, g.col), '')} {t}".strip()
    return cells


def test_scanned_party_header_and_signature_split_by_x() -> None:
    lines = ocr_lines(SAMPLES / "126-CV-DU_bao_cao_dan_van_kheo_scan.png")
    for text in ("ĐẢNG BỘ TỈNH BẮC NINH", "ĐẢNG ỦY XÃ HÒA BÌNH", "Số 126-CV/ĐU", "V/v báo cáo kết quả phong trào thi đua"):
        assert column_of(lines, text) == (0, 0)
    for text in ("ĐẢNG CỘNG SẢN VIỆT NAM", "Hòa Bình, ngày 20 tháng 10 năm 2025"):
        assert column_of(lines, text) == (0, 1)
    for text in ("Nơi nhận:", "- Như kính gửi,", "- Lưu Văn phòng Đảng ủy."):
        assert column_of(lines, text) == (1, 0)
    for text in ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Hoàng Minh Tuấn"):
        assert column_of(lines, text) == (1, 1)
    # line order kept: the left column, then the right, then the addressees
    texts = [t for t, _ in lines]
    assert texts.index("Số 126-CV/ĐU") < texts.index("ĐẢNG CỘNG SẢN VIỆT NAM") < texts.index("Kính gửi: Các chi bộ, đảng bộ trực thuộc.")
    assert column_of(lines, "Kính gửi: Các chi bộ, đảng bộ trực thuộc.") == (-1, -1)
    left = [g for _, g in lines if g.table == 0 and g.column == 0]
    assert all(g.x1 < 0.5 for g in left) and all((g.row, g.col) == (0, 0) for g in left)


def test_scanned_state_header_split_by_x(tmp_path: Path) -> None:
    src = plan_text("qd_ubnd_xa_to_cong_tac_de_an_06.txt")
    lines = ocr_lines(render_scan(src, tmp_path / "qd.png", seed=5, skew_deg=0.9)[0])
    for text in ("ỦY BAN NHÂN DÂN", "XÃ HÒA BÌNH", "Số: 05/QĐ-UBND"):
        assert column_of(lines, text) == (0, 0)
    for text in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hòa Bình, ngày 08 tháng 01 năm 2026"):
        assert column_of(lines, text) == (0, 1)
    assert column_of(lines, "QUYẾT ĐỊNH") == (-1, -1)  # the centred title is not a column


def test_scanned_ruled_table_gives_cells(tmp_path: Path) -> None:
    png = render_scan_with_table(SHORT_PLAN, TASKS, tmp_path / "t.png", (0.07, 0.38, 0.2, 0.18, 0.17), seed=2)
    lines = ocr_lines(png)
    cells = table_cells(lines)
    assert sorted(cells) == [(r, c) for r in range(4) for c in range(5)]
    assert [cells[(0, c)] for c in range(5)] == list(TASKS[0])
    assert [cells[(r, 2)] for r in range(1, 4)] == [row[2] for row in TASKS[1:]]  # Đơn vị chủ trì
    assert cells[(2, 4)] == "Trước ngày 30/6/2026"
    # the header above the table is its own region (table 0), both columns
    assert {g.column for _, g in lines if g.table == 0} == {0, 1}
    assert column_of(lines, "ĐẢNG CỘNG SẢN VIỆT NAM") == (0, 1)


def test_speckled_scan_keeps_its_table_rules(tmp_path: Path) -> None:
    """Light salt-and-pepper speckle (1–2% of the pixels, JPEG) breaks the drawn rules into pieces:
    the table is still one table of all its rows (no Tesseract: the rules alone)."""
    from PIL import Image

    from vanban.ocr import preprocess
    from vanban.ocr.rules import find_tables

    for seed, share, skew in ((1, 0.01, 0.6), (2, 0.02, -0.9), (3, 0.015, 0.0)):
        jpg = render_scan_with_table(SHORT_PLAN, TASKS, tmp_path / f"t{seed}.jpg", (0.07, 0.38, 0.2, 0.18, 0.17),
                                     seed=seed, skew_deg=skew, speckle=share)
        with Image.open(jpg) as im:
            page, _, _ = preprocess.prepare(im, dpi=300)
        tables = find_tables(page)
        assert [(len(rows), len(rows[0])) for rows, _ in tables] == [(4, 5)], (seed, share)


def test_speckled_scanned_table_gives_cells(tmp_path: Path) -> None:
    """A lightly speckled scan (1% salt-and-pepper, JPEG) reads its task table row by row, cell by cell."""
    jpg = render_scan_with_table(SHORT_PLAN, TASKS, tmp_path / "t.jpg", (0.07, 0.38, 0.2, 0.18, 0.17),
                                 seed=4, skew_deg=0.0, speckle=0.01)
    cells = table_cells(ocr_lines(jpg))
    assert sorted(cells) == [(r, c) for r in range(4) for c in range(5)]
    assert [cells[(r, 2)] for r in range(1, 4)] == [row[2] for row in TASKS[1:]]  # Đơn vị chủ trì
    assert [cells[(r, 4)] for r in (2, 3)] == ["Trước ngày 30/6/2026", "Tháng 12/2026"]  # Thời hạn
    # the specks between the words of a cell are gone (preprocess.drop_specks), not read as "-" or ":"
    assert cells[(1, 3)] == "Các chi bộ trực thuộc" and cells[(3, 1)] == "Sơ kết việc thực hiện Kế hoạch."
