"""A recurring deadline in the phiếu (Word) and its CSV: the next due day, not the first occurrence.

A newcomer's December export of 45/KH-UBND (Ủy ban nhân dân phường Ngọc Thụy, 12/3/2026, its item
IV.1 "tổng hợp kết quả báo cáo Ủy ban nhân dân phường trước ngày 20 hằng tháng") sorted that task
under "Hạn (yyyy-mm-dd)" 2026-03-20 while the web page said "lần tới 2026-12-20". The plan is the
newcomer's input (``tests/fixtures/newcomer_plans/kh45_van_hoa_2026.txt``), read by hand: the 20th of each
month, so on 2 December 2026 the next due day is 20 December 2026.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from conftest import ROOT
from dateutil.rrule import MONTHLY, rrule
from site_client import get

from vanban.archive import Archive
from vanban.conveyor import process_file
from vanban.export import CSV_COLUMNS, COLUMNS, PlanPlaces, checklist_csv, checklist_docx
from vanban.extract.checklist import build_checklist
from vanban.web.server import datasette_app

PLAN_45 = ROOT / "tests/fixtures/newcomer_plans/kh45_van_hoa_2026.txt"
DECEMBER = dt.date(2026, 12, 2)
TASK = "tổng hợp kết quả báo cáo"


@pytest.fixture(scope="module")
def plan45():
    return process_file(PLAN_45, jobs=1)


def csv_row(text: str, words: str) -> dict:
    table = list(csv.DictReader(io.StringIO(text[1:], newline="")))
    found = [r for r in table if words in r["Nội dung công việc"].lower()]
    assert len(found) == 1, [r["Nội dung công việc"][:50] for r in table]
    return found[0]


def test_csv_sorts_a_monthly_task_by_its_next_due_day(plan45):
    ext = plan45.extraction
    text = checklist_csv(build_checklist(ext, DECEMBER), PlanPlaces.of_document(plan45), ext.targets)
    row = csv_row(text, TASK)
    assert row["Hạn (yyyy-mm-dd)"] == "2026-12-20"
    # beside it, "Thời hạn" says the rule in words and the same day, not the long-past first one
    assert "lặp lại ngày 20 hằng tháng" in row["Thời hạn"]
    assert "20/12/2026" in row["Thời hạn"] and "20/03/2026" not in row["Thời hạn"]
    assert tuple(next(csv.reader(io.StringIO(text[1:])))) == CSV_COLUMNS


def test_a_recurring_task_due_ahead_keeps_its_first_day(plan45):
    """In March, right after the plan was issued, the next 20th is the first one."""
    ext = plan45.extraction
    row = csv_row(checklist_csv(build_checklist(ext, dt.date(2026, 3, 12))), TASK)
    assert row["Hạn (yyyy-mm-dd)"] == "2026-03-20"


def test_word_phieu_says_the_next_due_day(plan45):
    from docx import Document

    ext = plan45.extraction
    data = checklist_docx(build_checklist(ext, DECEMBER), ext.metadata, PlanPlaces.of_document(plan45), ext.targets)
    table = Document(io.BytesIO(data)).tables[0]
    when = COLUMNS.index("Thời hạn")
    cells = [row.cells[when].text for row in table.rows[1:] if TASK in row.cells[1].text.lower()]
    assert len(cells) == 1 and "20/12/2026" in cells[0] and "20/03/2026" not in cells[0], cells


def test_archive_download_gives_the_next_20th_from_today(plan45, tmp_path):
    db = tmp_path / "archive.db"
    with Archive(db) as a:
        doc_id = a.store(plan45)
    ds = datasette_app(db)
    today = dt.date.today()
    start = max(today, dt.date(2026, 3, 12))
    expected = rrule(MONTHLY, bymonthday=20, dtstart=dt.datetime.combine(start, dt.time()))[0].date()
    row = csv_row(get(ds, f"/-/vanban/checklist/{doc_id}.csv").content.decode("utf-8"), TASK)
    assert row["Hạn (yyyy-mm-dd)"] == expected.isoformat()
