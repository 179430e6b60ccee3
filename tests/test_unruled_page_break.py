"""A task table printed without rules that runs over a page break, in a text PDF (the session-35 newcomer's plan).

Its columns stand apart by white space only, and the page break falls after the header and the first line of row 1:
page 1 held a header and one line (too little for a table, so its words were read as prose) and page 2 held the
rest with no header (no table: "2 Số hóa … Trung tâm Phục …" read as one line). Expected (read from the page by hand):
one table of three rows — the row the break cut joined whole — each row its task, its body and its deadline; the
caption over it no text of the item above; a page whose top is prose after a table that ended at the foot of the
page before stays prose.

The PDF is drawn here with reportlab (real text layer, fonts of tests/fixtures/render.py) and read by vanban's
pdfplumber reader and the command line's checklist.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixtures.render import PAGE_H, Run, draw_runs, pdf_canvas  # noqa: E402

from vanban.cli import cli  # noqa: E402

SIZE = 12.0
LEAD = 15.0
COLS = (85.0, 125.0, 300.0, 440.0)  # TT, Nội dung, Đơn vị chủ trì, Thời hạn

PAGE_1 = [
    "ỦY BAN NHÂN DÂN XÃ PHÚ XUÂN",
    "Số: 09/KH-UBND",
    "Phú Xuân, ngày 06 tháng 01 năm 2028",
    "KẾ HOẠCH",
    "Bảo đảm an toàn thực phẩm năm 2028",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Không để xảy ra ngộ độc thực phẩm đông người trên địa bàn xã.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Trạm Y tế xã chủ trì tổng hợp kết quả kiểm tra, báo cáo UBND xã trước ngày 10/12/2028.",
    "2. Công chức Văn hóa - Xã hội phát tin về an toàn thực phẩm trên đài của xã.",
    "Bảng phân công kiểm tra:",
]
#: the table's rows, each cell its lines; row 1 is cut by the page break after its first line
TABLE = [
    (["TT"], ["Nội dung"], ["Đơn vị chủ trì"], ["Thời hạn"]),
    (["1"], ["Kiểm tra các bếp ăn tập thể", "của trường mầm non"], ["Trạm Y tế xã"], ["Tháng 3/2028"]),
    (["2"], ["Kiểm tra cơ sở giết mổ gia", "súc nhỏ lẻ"], ["Công an xã"], ["Trước 30/6/2028"]),
    (["3"], ["Kiểm tra chợ trung tâm", "dịp Tết Nguyên đán"], ["Ban quản lý chợ"], ["Quý IV/2028"]),
]
AFTER = ["Trên đây là Kế hoạch bảo đảm an toàn thực phẩm năm 2028 của Ủy ban nhân dân xã./.",
         "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đỗ Văn Hải"]


def _draw(path: Path, page_2_prose: bool = False) -> Path:
    c = pdf_canvas(path)
    runs, y = [], 60.0
    for line in PAGE_1:
        runs.append(Run(85.0, y, line, "regular", SIZE))
        y += LEAD * 1.6
    y = PAGE_H - 140.0  # the header and row 1's first line sit at the page's foot
    for row in TABLE[:2]:
        for x, cell in zip(COLS, row):
            runs.append(Run(x, y, cell[0], "regular", SIZE))
        y += LEAD * 1.5
    draw_runs(c, runs)
    c.showPage()
    runs, y = [], 60.0
    if page_2_prose:  # the table ended on page 1; page 2 opens with prose
        runs.append(Run(85.0, y, "(tiếp theo) Các đơn vị báo cáo kết quả thực hiện về Trạm Y tế xã.", "regular", SIZE))
        y += LEAD * 1.6
    else:
        for x, cell in zip(COLS, TABLE[1]):  # row 1's lines left over
            if cell[1:]:
                runs.append(Run(x, y, cell[1], "regular", SIZE))
        y += LEAD * 1.6
        for row in TABLE[2:]:
            for k in range(2):
                for x, cell in zip(COLS, row):
                    if k < len(cell):
                        runs.append(Run(x, y, cell[k], "regular", SIZE))
                y += LEAD
            y += LEAD * 0.6
    y += LEAD
    for line in AFTER:
        runs.append(Run(85.0, y, line, "regular", SIZE))
        y += LEAD * 1.6
    draw_runs(c, runs)
    c.showPage()
    c.save()
    return path


def _rows(path: Path) -> list[dict[str, str]]:
    got = CliRunner().invoke(cli, ["checklist", str(path), "--format", "csv", "-o", "-", "-j", "1"])
    assert got.exit_code == 0, got.output
    return list(csv.DictReader(io.StringIO(got.output[got.output.index("TT,"):])))


@pytest.fixture(scope="module")
def rows(tmp_path_factory) -> list[dict[str, str]]:
    return _rows(_draw(tmp_path_factory.mktemp("unruled") / "09-KH-UBND.pdf"))


def test_the_table_over_the_page_break_is_one_table_of_three_rows(rows):
    got = [(r["TT"], " ".join(r["Nội dung công việc"].split()), r["Đơn vị chủ trì"], r["Hạn (yyyy-mm-dd)"])
           for r in rows if "bảng" in r["TT"]]
    assert got == [
        ("II.bảng.1", "Kiểm tra các bếp ăn tập thể của trường mầm non", "Trạm Y tế xã", "2028-03-31"),
        ("II.bảng.2", "Kiểm tra cơ sở giết mổ gia súc nhỏ lẻ", "Công an xã", "2028-06-30"),
        ("II.bảng.3", "Kiểm tra chợ trung tâm dịp Tết Nguyên đán", "Ban quản lý chợ", "2028-12-31"),
    ], rows


def test_the_caption_is_no_text_of_the_item_above(rows):
    assert not [r for r in rows if "Bảng phân công" in r["Nội dung công việc"]]


def test_prose_at_the_next_pages_top_stays_prose(tmp_path):
    from vanban.ingest import load

    doc = load(_draw(tmp_path / "09b-KH-UBND.pdf", page_2_prose=True))
    page_2 = doc.pages[1]
    assert page_2.text.splitlines()[0].startswith("(tiếp theo) Các đơn vị báo cáo")
    assert all(g.table < 0 for g in page_2.lines[:1])
