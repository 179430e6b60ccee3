"""A year's plan signed before its year: its series start in its year and end with it, for every reader.

Found by the session-34 newcomer: a "Kế hoạch … năm 2027" of 12/2026 asking for a report "trước ngày 20 hằng tháng"
had it first due 20/12/2026 in ``vanban extract``, on the document's page, in ``han_sap_toi`` and in ``lich_han.ics``
— only the checklist started it in 2027 — and its monthly and weekly rules ran on without an end. One rule
(``plan_periods.as_planned``), read by the conveyor (extract, archive, site) and the checklist; the rules end on
31/12/2027 (``plan_periods.within_period``, an icalendar UNTIL). The extraction itself keeps the labels README's
first occurrence on or after the document's date (the sets' plans label their series so) and ends only a daily rule.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
from icalendar import Calendar
from site_client import get, get_json

from vanban.archive import Archive
from vanban.conveyor import process_file
from vanban.extract import extract
from vanban.extract.checklist import build_checklist
from vanban.web.server import datasette_app

PLAN = """ỦY BAN NHÂN DÂN
PHƯỜNG BÌNH MINH
Số: 88/KH-UBND
Bình Minh, ngày 08 tháng 12 năm 2026

KẾ HOẠCH
Bảo đảm an toàn thực phẩm trên địa bàn phường năm 2027

III. TỔ CHỨC THỰC HIỆN
1. Các tổ dân phố tổng hợp, báo cáo kết quả kiểm tra về Ủy ban nhân dân phường trước ngày 20 hằng tháng.
2. Đoàn kiểm tra liên ngành họp rà soát vào sáng thứ Ba hằng tuần.
3. Trạm Y tế phường sơ kết 6 tháng trước ngày 10/6 và tổng kết năm trước ngày 10/12.
"""


def _monthly(deadlines):
    return next(d for d in deadlines if d.text == "trước ngày 20 hằng tháng")


def test_the_extraction_keeps_the_labels_reading():
    d = _monthly(extract(PLAN).deadlines)
    # the labels README: the first occurrence on or after the document's date
    assert (d.date, d.recurrence) == ("2026-12-20", "FREQ=MONTHLY;BYMONTHDAY=20")


def test_a_yearless_day_of_the_plan_falls_in_its_year():
    days = {d.text: d.date for d in extract(PLAN).deadlines}
    assert days["trước ngày 10/6"] == "2027-06-10"
    assert days["trước ngày 10/12"] == "2027-12-10"  # the year's review, not two days after the signing


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    folder = tmp_path_factory.mktemp("plan_series")
    (folder / "kh88.txt").write_text(PLAN, encoding="utf-8")
    with Archive(folder / "archive.db") as a:
        doc = process_file(folder / "kh88.txt", jobs=1)
        i = a.store(doc)
    return folder, doc, i


def test_the_conveyors_extraction_starts_the_series_in_the_plans_year(stored):
    _, doc, _ = stored
    d = _monthly(doc.extraction.deadlines)
    assert (d.date, d.recurrence) == ("2027-01-20", "FREQ=MONTHLY;UNTIL=20271231;BYMONTHDAY=20")
    owned = [ob.deadline for ob in doc.extraction.obligations if ob.deadline and ob.deadline.text == d.text]
    assert owned and all(o.date == "2027-01-20" for o in owned)


def test_the_checklist_reads_the_same_first_day():
    rows = build_checklist(extract(PLAN), dt.date(2026, 12, 9))
    assert [(r.due, r.recurrence) for r in rows if r.deadline == "trước ngày 20 hằng tháng"] == [
        ("2027-01-20", "FREQ=MONTHLY;UNTIL=20271231;BYMONTHDAY=20")]


def test_vanban_extract_prints_it(stored):
    folder, _, _ = stored
    done = subprocess.run([sys.executable, "-m", "vanban.cli", "extract", str(folder / "kh88.txt")],
                          capture_output=True, text=True, timeout=300)
    got = [d for d in json.loads(done.stdout)["deadlines"] if d["text"] == "trước ngày 20 hằng tháng"]
    assert [d["date"] for d in got] == ["2027-01-20"]


def test_the_site_lists_and_calendars_it_from_the_plans_year(stored):
    folder, _, i = stored
    ds = datasette_app(folder / "archive.db")
    rows = get_json(ds, "/archive/han_sap_toi.json?tu_ngay=09/12/2026&den_ngay=28/02/2027&_shape=array")
    assert [r["han"] for r in rows if r["thoi_han"] == "trước ngày 20 hằng tháng"] == ["2027-01-20"]
    cal = Calendar.from_ical(get(ds, "/archive/lich_han.ics?tu_ngay=2026-12-01&den_ngay=2028-12-31").content)
    events = {str(e["summary"]): e for e in cal.walk("VEVENT") if e.get("rrule")}
    monthly = [e for s, e in events.items() if "báo cáo kết quả kiểm tra" in s]
    assert monthly and monthly[0].decoded("dtstart") == dt.date(2027, 1, 20)
    assert monthly[0]["rrule"]["UNTIL"] == [dt.date(2027, 12, 31)]
    weekly = [e for e in events.values() if e["rrule"]["FREQ"] == ["WEEKLY"]]
    assert weekly and all(e["rrule"]["UNTIL"] == [dt.date(2027, 12, 31)] for e in weekly)
    assert all(e.decoded("dtstart") >= dt.date(2027, 1, 1) for e in weekly)
