"""Issue 9 on scans: a numbered list printed as a borderless Word table, one line a row, read through real Tesseract.

2284/QĐ-UBND's list of xã (../shared/realdocs/docs/2284-QD-UBND.md: "Stt | Tên xã, phường | Ghi chú", its Ghi chú
column empty) drawn borderless by tests/fixtures/ruled_scan.py (the newcomers' recipe, ``ruled=False``), scanned
and read by vanban's own pipeline. Its rows were read as prose lines (no table: by gaps the even line pitch made it
one row, and a name running past the header's "Tên xã, phường" narrowed the gutter to a word space); each numbered
line is a row of the table, its name in the second column. Slow (one OCR'd page): ``pytest -m slow``. Tesseract's
page layout misread the Stt column's lone digits ('1' lost, '2' … '6' read 'k2', 'C2', '+', 'ƠI', 'Œ'), so the lines
did not number the rows; the column is now read again alone (vanban/ocr/serial_column.py, scanbl53). The geometry
itself is tested in tests/test_unruled_scan52.py on word boxes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixtures.ruled_scan import draw_lines, draw_table, page, scanned  # noqa: E402

from vanban.conveyor import process_file  # noqa: E402

#: the list's first rows, as the document prints them
XA = ["Xã Đam Rông 1", "Xã Cát Tiên 3", "Xã Bảo Lâm 5", "Xã Đinh Văn Lâm Hà", "Xã Đạ Huoai 3", "Xã Cát Tiên 2",
      "Xã Phú Sơn Lâm Hà", "Xã Đạ Tẻh"]


@pytest.mark.slow
def test_a_borderless_numbered_list_is_a_table_of_its_rows_2284_qd_ubnd(tmp_path):
    im, d = page(1500)
    y = draw_lines(d, 110, [("bold", "DANH SÁCH XÃ, PHƯỜNG MIỀN NÚI TRÊN ĐỊA BÀN TỈNH LÂM ĐỒNG"),
                            ("italic", "(Ban hành kèm theo Quyết định số 2284/QĐ-UBND ngày 25/11/2025 của UBND tỉnh "
                                       "Lâm Đồng)")])
    rows = [[[("bold", "Stt")], [("bold", "Tên xã, phường")], [("bold", "Ghi chú")]]]
    rows += [[[("regular", str(k + 1))], [("regular", name)], [("regular", "")]] for k, name in enumerate(XA)]
    draw_table(d, y + 20, [120, 360, 859], rows, ruled=False)
    doc = process_file(scanned(im, tmp_path / "danh_sach.png", seed=2284), jobs=1)
    lines = [(t, g) for p in doc.pages for t, g in zip(p.text.split("\n"), p.lines)]
    tables = {g.table for _, g in lines if g.table is not None and g.table >= 0}
    listed = [tb for tb in tables if sum(1 for t, g in lines if g.table == tb and g.col == 0) >= len(XA)]
    assert listed, "\n".join(f"{g.table}/{g.row}/{g.col} {t}" for t, g in lines)
    firsts = [t.strip() for t, g in lines if g.table == listed[0] and g.col == 0]
    assert firsts[-len(XA):] == [str(k + 1) for k in range(len(XA))], firsts
