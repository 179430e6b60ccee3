"""Every dated row reaches every export alike: md, csv, docx and ics (newcomer run, session 28).

The kind: a report cycle named without its day ("báo cáo kết quả định kỳ hằng quý về Thường trực Đảng ủy") is next
due at the end of the quarter it reports on. The page said "lần tới 2026-12-31" while the CSV's "Hạn (yyyy-mm-dd)"
cell was empty and the calendar had no event for it (8 events for 9 dated rows). The plan is written for this test
(``tests/fixtures/newcomer28/kh31_so_hoa_ho_so.txt``), its days read by hand: on 4 December 2026 the quarterly
report is next due on 31/12/2026 (quý IV), the monthly one on 20/12/2026, the one-off task on 31/03/2026.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

import icalendar
import pytest
from conftest import ROOT

from vanban.conveyor import process_file
from vanban.export import PlanPlaces, checklist_csv, checklist_docx
from vanban.export.checklist_text import render_checklist
from vanban.export.reader_days import day_written, reader_day
from vanban.extract.checklist import build_checklist

PLAN = ROOT / "tests/fixtures/newcomer28/kh31_so_hoa_ho_so.txt"
TODAY = dt.date(2026, 12, 4)
#: task words → the day every export must give it (read by hand)
DUE = {"rà soát danh mục": "2026-03-31", "định kỳ hằng quý": "2026-12-31", "trước ngày 20 hằng tháng": "2026-12-20"}


@pytest.fixture(scope="module")
def plan():
    doc = process_file(PLAN, jobs=1)
    return doc, build_checklist(doc.extraction, TODAY)


def _key(text: str) -> str:
    found = [k for k in DUE if k in text.lower()]
    assert len(found) == 1, text
    return found[0]


def test_csv_gives_every_dated_row_its_day(plan):
    doc, items = plan
    rows = list(csv.DictReader(io.StringIO(checklist_csv(items, PlanPlaces.of_document(doc))[1:], newline="")))
    got = {_key(r["Nội dung công việc"] + " " + r["Thời hạn"]): r["Hạn (yyyy-mm-dd)"] for r in rows}
    assert got == DUE
    quarterly = next(r for r in rows if "hằng quý" in r["Thời hạn"])
    assert "quý IV/2026" in quarterly["Thời hạn"] and "31/12/2026" in quarterly["Thời hạn"]


def test_docx_says_the_quarter_a_cycle_is_next_due_for(plan):
    import docx
    doc, items = plan
    data = checklist_docx(items, doc.extraction.metadata, PlanPlaces.of_document(doc))
    cells = [[c.text for c in r.cells] for t in docx.Document(io.BytesIO(data)).tables for r in t.rows]
    quarterly = [c for c in cells if any("hằng quý" in x for x in c)]
    assert len(quarterly) == 1 and any("31/12/2026" in x for x in quarterly[0])


def test_md_and_ics_give_the_same_days(plan):
    doc, items = plan
    md = render_checklist(doc.extraction, "md", items=items)
    for key, day in DUE.items():  # the md writes its days as a reader does (dd/mm/yyyy), the words' own or added
        assert any(day_written(reader_day(day), line) for line in md.splitlines()), (key, day)
    cal = icalendar.Calendar.from_ical(render_checklist(doc.extraction, "ics", items=items))
    events = list(cal.walk("VEVENT"))
    assert len(events) == len(DUE)  # one event a dated row, the report cycle included
    quarterly = next(e for e in events if "Thường trực" in str(e["summary"]))
    assert quarterly["dtstart"].dt == dt.date(2026, 12, 31)
    rule = quarterly["rrule"]
    assert rule["FREQ"] == ["YEARLY"] and rule["BYMONTH"] == [3, 6, 9, 12] and rule["BYMONTHDAY"] == [-1]
