"""A task done twice, its two times listed in one row ("Tháng 5/2027 và tháng 9/2027"): two rows of the checklist
(Markdown, CSV, the Word phiếu) and two events of its calendar, from the file and from the archive's served downloads.

Found by the session-31 newcomer: the row kept May only, in the phiếu and the .ics. The plan in
``fixtures/two_rounds`` is written for this test in a xã's style; a window and a deadline inside it stay one row
("trong tháng 02/2027, hoàn thành trước ngày 15/02/2027"), and the obligations stored and scored keep one row, due
first (labels README: a table row with its Đơn vị chủ trì is one obligation, its earliest deadline)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from icalendar import Calendar

from vanban.conveyor import ingest, process_file
from vanban.export.checklist_office import checklist_files
from vanban.export.plan_places import PlanPlaces
from vanban.extract.checklist import build_checklist, written_rows

PLAN = Path(__file__).parent / "fixtures" / "two_rounds" / "41-KH-UBND.md"
TASK = "Tổ chức tiêm bổ sung vắc xin sởi - rubella cho trẻ em"
TODAY = dt.date(2027, 3, 15)


def _events(ics: str | bytes) -> list[tuple[str, dt.date]]:
    cal = Calendar.from_ical(ics)
    return sorted((str(e["summary"]), e.decoded("dtstart")) for e in cal.walk("VEVENT"))


def _csv_rows(text: str) -> list[list[str]]:
    return [r for r in csv.reader(io.StringIO(text.lstrip("\ufeff")))][1:]


def test_both_months_are_rows_and_events_of_the_file():
    doc = process_file(PLAN, jobs=1)
    files = checklist_files(doc.extraction, ["md", "csv", "ics", "docx"], PlanPlaces.of_document(doc), today=TODAY)
    rows = [r for r in _csv_rows(files["csv"]) if r[1] == TASK]
    assert [(r[2], r[4], r[5]) for r in rows] == [("Trạm Y tế xã", "Tháng 5/2027 (31/05/2027)", "2027-05-31"),
                                                  ("Trạm Y tế xã", "tháng 9/2027 (30/09/2027)", "2027-09-30")]
    md = [ln for ln in files["md"].splitlines() if ln.startswith(f"- [ ] {TASK}")]
    assert [ln.split("**Hạn:** ")[1].split(" (")[0] for ln in md] == ["Tháng 5/2027", "tháng 9/2027"]
    days = [day for summary, day in _events(files["ics"]) if TASK[:20] in summary]
    assert days == [dt.date(2027, 5, 31), dt.date(2027, 9, 30)]
    from docx import Document

    cells = [[c.text for c in row.cells] for t in Document(io.BytesIO(files["docx"])).tables for row in t.rows]
    assert sum(1 for row in cells if any(TASK in c for c in row)) == 2
    assert any("Tháng 5/2027" in c for row in cells for c in row) and any("tháng 9/2027" in c for row in cells for c in row)
    # the obligation stored and scored stays one, due first
    stored = [o for o in written_rows(doc.extraction) if o.what.startswith(TASK)]
    assert [o.deadline.text for o in stored] == ["Tháng 5/2027"]


def test_a_window_and_a_deadline_inside_it_stay_one_row(tmp_path):
    text = PLAN.read_text(encoding="utf-8").replace(
        "| Tháng 5/2027 và tháng 9/2027 |", "| Trong tháng 5/2027, hoàn thành trước ngày 20/5/2027 |")
    plan = tmp_path / "kh.md"
    plan.write_text(text, encoding="utf-8")
    items = [i for i in build_checklist(process_file(plan, jobs=1).extraction, TODAY) if i.what == TASK]
    assert [i.due for i in items] == ["2027-05-20"]


def _served(tmp_path, plan: Path, task: str):
    """The archive (``plan`` stored alone) as Datasette serves it, and the rows of ``task`` in its checklist.csv."""
    from site_client import get
    from vanban.web.server import datasette_app

    db = tmp_path / "archive.db"
    assert ingest([plan], db, jobs=1, progress=False).stored == 1
    ds = datasette_app(db)
    csv_page = get(ds, "/-/vanban/checklist/1.csv")
    assert csv_page.status_code == 200
    return ds, [r for r in _csv_rows(csv_page.content.decode("utf-8")) if r[1] == task]


def test_the_served_downloads_of_the_archive_give_both_rounds(tmp_path):
    from site_client import get

    ds, rows = _served(tmp_path, PLAN, TASK)
    assert [r[5] for r in rows] == ["2027-05-31", "2027-09-30"]
    ics = get(ds, "/-/vanban/checklist/1.ics")
    assert ics.status_code == 200
    assert [day for summary, day in _events(ics.content) if TASK[:20] in summary] == [dt.date(2027, 5, 31),
                                                                                        dt.date(2027, 9, 30)]


# session 32's newcomer: a UBND xã plan whose task table has an Đơn vị phối hợp column and bodies named with a dash
# ("Công chức Địa chính - Xây dựng"): the row's source stopped at the dash before its Thời hạn cell, so the two
# months were made one row (September only) and the phối hợp body was lost with May's row
DASHED = Path(__file__).parent / "fixtures" / "two_rounds" / "27-KH-UBND.md"
DRILL = "Diễn tập phương án sơ tán dân ra khỏi vùng trũng thấp"


def test_both_months_keep_the_partner_body_in_a_table_with_a_phoi_hop_column():
    doc = process_file(DASHED, jobs=1)
    files = checklist_files(doc.extraction, ["md", "csv", "ics", "docx"], PlanPlaces.of_document(doc), today=TODAY)
    rows = [r for r in _csv_rows(files["csv"]) if r[1] == DRILL]
    assert [(r[2], r[3], r[5]) for r in rows] == [
        ("Công chức Địa chính - Xây dựng", "Ban Chỉ huy Quân sự xã", "2027-06-30"),
        ("Công chức Địa chính - Xây dựng", "Ban Chỉ huy Quân sự xã", "2027-10-31")]
    md = [ln for ln in files["md"].splitlines() if ln.startswith(f"- [ ] {DRILL}")]
    assert len(md) == 2 and all("**Phối hợp:** Ban Chỉ huy Quân sự xã" in ln for ln in md)
    days = [day for summary, day in _events(files["ics"]) if DRILL[:20] in summary]
    assert days == [dt.date(2027, 6, 30), dt.date(2027, 10, 31)]
    from docx import Document

    cells = [[c.text for c in row.cells] for t in Document(io.BytesIO(files["docx"])).tables for row in t.rows]
    drills = [row for row in cells if any(DRILL in c for c in row)]
    assert len(drills) == 2 and all(any("Ban Chỉ huy Quân sự xã" in c for c in row) for row in drills)
    # the other rows of the table, one time each, stay one row each with their phối hợp
    assert [r[3] for r in _csv_rows(files["csv"]) if r[1].startswith("Kiểm tra, gia cố")] == ["Trưởng các ấp"]
    stored = [o for o in written_rows(doc.extraction) if o.what.startswith(DRILL)]
    assert [(o.deadline.text, o.partners) for o in stored] == [("Tháng 6/2027", "Ban Chỉ huy Quân sự xã")]


def test_the_archive_serves_both_months_with_the_partner_body(tmp_path):
    _, rows = _served(tmp_path, DASHED, DRILL)
    assert [(r[3], r[5]) for r in rows] == [("Ban Chỉ huy Quân sự xã", "2027-06-30"),
                                            ("Ban Chỉ huy Quân sự xã", "2027-10-31")]
