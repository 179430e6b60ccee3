"""A task table's group rows in the phiếu giao việc: every task row listed, cited under its group's title.

Why: commune plans lay their tasks out in one table whose group rows ("I. Công tác tuyên truyền" spanning all the
columns, then rows 1 and 2 under it) say what the tasks below are about; a newcomer's phiếu (session 17) lost that
title. The plan is written for this test (``fixtures/docx_layouts.GROUPED_TASKS``); the expected rows, dates and
groups are read from the table, not from vanban's output.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixtures.docx_layouts import GROUPED_PLAN_HEAD, GROUPED_PLAN_TAIL, GROUPED_TASKS, grouped_task_table  # noqa: E402

from vanban.conveyor import process_file  # noqa: E402
from vanban.export import PlanPlaces, checklist_csv  # noqa: E402
from vanban.extract.checklist import build_checklist  # noqa: E402

TODAY = dt.date(2026, 3, 15)
#: (TT, lead, due day, group) of each task row, as the table prints them
EXPECTED = [
    ("1", "Văn phòng Đảng ủy", "2026-03-25", "Công tác tuyên truyền"),
    ("2", "Ban Xây dựng Đảng", "2026-04-30", "Công tác tuyên truyền"),
    ("3", "Ủy ban nhân dân xã", "2026-05-31", "Tổ chức các hoạt động kỷ niệm"),
    ("4", "Đoàn Thanh niên xã", "2026-09-30", "Tổ chức các hoạt động kỷ niệm"),
]


def _pipe_plan(path: Path) -> Path:
    """The same plan typed in a .txt with a pipe table, its group rows' other cells left empty."""
    rows = ["| " + " | ".join(c or "" for c in row) + " |" for row in GROUPED_TASKS]
    rows.insert(1, "|---|---|---|---|---|")
    path.write_text("\n".join(GROUPED_PLAN_HEAD) + "\n\n" + "\n".join(rows) + "\n\n" + "\n".join(GROUPED_PLAN_TAIL)
                    + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module", params=["docx, group row one cell", "docx, numeral in its own cell", "txt, pipe table"])
def plan(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("grouped")
    if request.param.startswith("txt"):
        path = _pipe_plan(tmp / "46-KH-DU.txt")
    else:
        path = grouped_task_table(tmp / "46-KH-DU.docx", merge_label="one cell" in request.param)
    return process_file(path, jobs=1)


def _phieu(doc) -> list[dict[str, str]]:
    items = build_checklist(doc.extraction, TODAY)
    text = checklist_csv(items, PlanPlaces.of_document(doc), doc.extraction.targets)
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def test_every_task_row_is_listed_under_its_group(plan):
    rows = [r for r in _phieu(plan) if "bảng, dòng" in r["Căn cứ / nguồn"].lower()]
    got = [(r["TT"], r["Đơn vị chủ trì"], r["Hạn (yyyy-mm-dd)"], r["Căn cứ / nguồn"]) for r in rows]
    # the TT carries the part the table stands in, "II. NHIỆM VỤ CỤ THỂ" (session 32), before the table's row number
    assert [(tt, lead, due) for tt, lead, due, _ in got] == [(f"II.{tt}", lead, due) for tt, lead, due, _ in EXPECTED]
    for (*_, source), (tt, _, _, group) in zip(got, EXPECTED):
        # the table follows "II. NHIỆM VỤ CỤ THỂ" (session 31: cited under the part whose heading it follows)
        assert source.startswith(f"Mục II, bảng, dòng {tt} ({group})"), source


def test_group_rows_are_no_tasks(plan):
    whats = [o.what for o in plan.extraction.obligations]
    assert not any(w.startswith(("Công tác tuyên truyền", "Tổ chức các hoạt động kỷ niệm")) for w in whats)
    assert len([o for o in plan.extraction.obligations if o.partners]) == 4
