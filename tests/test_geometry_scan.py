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
    cells: dict[tuple[int, int], str] = {}
    for t, g in lines:
        if g.table == 1:
            cells[(g.row, g.col)] = f"{cells.get((g.row, g.col), '')} {t}".strip()
    assert sorted(cells) == [(r, c) for r in range(4) for c in range(5)]
    assert [cells[(0, c)] for c in range(5)] == list(TASKS[0])
    assert [cells[(r, 2)] for r in range(1, 4)] == [row[2] for row in TASKS[1:]]  # Đơn vị chủ trì
    assert cells[(2, 4)] == "Trước ngày 30/6/2026"
    # the header above the table is its own region (table 0), both columns
    assert {g.column for _, g in lines if g.table == 0} == {0, 1}
    assert column_of(lines, "ĐẢNG CỘNG SẢN VIỆT NAM") == (0, 1)
