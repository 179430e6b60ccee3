"""A table of figures per thôn with a caption above it: the caption is the table's, the header its header, and each
thôn's row its own quota by its own day (the session-36 newcomer's plan, read as junk rows).

The layout: a plan's "II. CHỈ TIÊU" part, a caption "Bảng 1. Chỉ tiêu … theo thôn" on a line of its own, then a table
Thôn | Số hộ | <the quota> | Thời hạn. The structure read the caption and the header right, but the deadline grammar
read the flattened table, where no full stop parts the caption, the header and the first row: row 1's date took
"Chỉ tiêu … theo thôn Thôn Số hộ Chỉ tiêu Thời hạn Thôn Bắc 420 360" for its task, and the checklist's rows named no
thôn and carried no Chỉ tiêu. A careful reader sees each thôn handed its number of households by its day: one row per
thôn, the thôn the body, its figure the quota, its date the deadline. The plan is this file's own, rendered as a Word
file (python-docx), Markdown and a ruled text PDF (reportlab), each read by the command line's checklist.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import pytest
from captioned_docx import captioned_docx
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixtures.render import PAGE_H, Run, draw_runs, pdf_canvas  # noqa: E402

from vanban.cli import cli  # noqa: E402
from vanban.conveyor import process_file  # noqa: E402

HEAD = ["ỦY BAN NHÂN DÂN XÃ KHÁNH HÒA", "Số: 52/KH-UBND", "Khánh Hòa, ngày 11 tháng 01 năm 2028"]
BODY = [("KẾ HOẠCH", True), ("Phân loại rác thải sinh hoạt tại nguồn năm 2028", False),
        ("I. MỤC ĐÍCH, YÊU CẦU", True), ("1. Hình thành thói quen phân loại rác của người dân.", False),
        ("II. CHỈ TIÊU", True), ("1. Đến hết năm 2028 có 80% số hộ phân loại rác tại nguồn.", False)]
CAPTION = "Bảng 1. Chỉ tiêu số hộ phân loại rác tại nguồn theo thôn"
ROWS = [["Thôn", "Số hộ", "QUOTA", "Thời hạn"],
        ["Thôn Đồng Me", "412", "330", "30/6/2028"],
        ["Thôn Gò Sỏi", "287", "230", "30/6/2028"],
        ["Thôn Bến Đò", "356", "285", "30/9/2028"]]
AFTER = ["III. TỔ CHỨC THỰC HIỆN",
         "1. Các thôn báo cáo kết quả phân loại rác về UBND xã trước ngày 15/12/2028.",
         "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Quốc Dũng"]
#: the quota column's head: a "Chỉ tiêu" with its unit, or the count of what each thôn must bring about
QUOTAS = ["Chỉ tiêu (hộ)", "Số hộ phải phân loại"]


def _rows(quota: str) -> list[list[str]]:
    return [[quota if c == "QUOTA" else c for c in r] for r in ROWS]


def _docx(path: Path, quota: str) -> Path:
    return captioned_docx(path, HEAD, BODY, CAPTION, _rows(quota), AFTER, caption_bold=False)


def _md(path: Path, quota: str) -> Path:
    rows = _rows(quota)
    out = HEAD + [""] + [f"**{t}**" if bold else t for t, bold in BODY] + ["", CAPTION, ""]
    out += ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    out += ["| " + " | ".join(r) + " |" for r in rows[1:]] + [""] + AFTER
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def _pdf(path: Path, quota: str) -> Path:
    """A text PDF, the table ruled (a grid of lines under the cells' words)."""
    c = pdf_canvas(path)
    runs, y = [], 60.0
    for line in HEAD + [t for t, _ in BODY] + [CAPTION]:
        runs.append(Run(70.0, y, line, "regular", 12.0))
        y += 22
    cols, right, edges = [70.0, 190.0, 270.0, 440.0], 540.0, []
    for row in _rows(quota):
        edges.append(y - 5)
        for x, cell in zip(cols, row):
            runs.append(Run(x + 4, y, cell, "regular", 11.0))
        y += 22
    edges.append(y - 5)
    for yy in edges:
        c.line(cols[0], PAGE_H - yy, right, PAGE_H - yy)
    for x in cols + [right]:
        c.line(x, PAGE_H - edges[0], x, PAGE_H - edges[-1])
    y += 12
    for line in AFTER:
        runs.append(Run(70.0, y, line, "regular", 12.0))
        y += 22
    draw_runs(c, runs)
    c.showPage()
    c.save()
    return path


FORMS = {"docx": _docx, "md": _md, "pdf": _pdf}


def _checklist(path: Path) -> list[dict[str, str]]:
    got = CliRunner().invoke(cli, ["checklist", str(path), "--format", "csv", "-o", "-", "-j", "1"])
    assert got.exit_code == 0, got.output
    return list(csv.DictReader(io.StringIO(got.output[got.output.index("TT,"):])))


@pytest.mark.parametrize("quota", QUOTAS)
@pytest.mark.parametrize("form", sorted(FORMS))
def test_each_thon_is_handed_its_quota_by_its_day(tmp_path, form, quota):
    rows = _checklist(FORMS[form](tmp_path / f"52-KH-UBND.{form}", quota))
    got = {r["Đơn vị chủ trì"]: (r["Hạn (yyyy-mm-dd)"], r["Chỉ tiêu"]) for r in rows if r["Đơn vị chủ trì"].startswith("Thôn")}
    assert {k: v[0] for k, v in got.items()} == {
        "Thôn Đồng Me": "2028-06-30", "Thôn Gò Sỏi": "2028-06-30", "Thôn Bến Đò": "2028-09-30"}, rows
    for thon, figure in [("Thôn Đồng Me", "330 hộ"), ("Thôn Gò Sỏi", "230 hộ"), ("Thôn Bến Đò", "285 hộ")]:
        assert figure in got[thon][1], (thon, got[thon])
    for r in rows:  # neither the caption nor the header words glued into a row's task
        assert "Bảng 1" not in r["Nội dung công việc"] and "Thời hạn" not in r["Nội dung công việc"], r


@pytest.mark.parametrize("form", sorted(FORMS))
def test_the_caption_is_the_tables_and_the_header_its_header(tmp_path, form):
    ext = process_file(FORMS[form](tmp_path / f"52-KH-UBND.{form}", QUOTAS[0]), jobs=1).extraction
    (table,) = [t for t in ext.structure.tables if t.role == "data" and "Thôn" in t.header]
    assert table.caption == CAPTION
    assert list(table.header) == _rows(QUOTAS[0])[0]
    first = [d for d in ext.deadlines if d.date == "2028-06-30"][0]
    assert "Thôn Đồng Me" in f"{first.who} {first.what}" and "Bảng" not in first.what and "Thời hạn" not in first.what
