"""A deadline's hour of day (``Deadline.time``, vanban.extract.hours): kept, stored, shown, and a timed calendar event.

Found in session 23 by a newcomer: "trước 16 giờ 00 ngày 27/10/2026" (a storm's công điện), "17 giờ", "8 giờ 30"
lost the hour — the deadline JSON had no time and ``checklist --format ics`` wrote an all-day event. The công điện in
``fixtures/hours`` is written for this test in a Ban Chỉ huy's style; the expected hours are the ones it prints."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from icalendar import Calendar

from vanban.archive import Archive
from vanban.conveyor import process_file
from vanban.export.checklist_text import render_checklist
from vanban.extract.hours import hour_after, hour_before
from vanban.text import fold

STORM = Path(__file__).parent / "fixtures" / "hours" / "15-CD-BCH.txt"


@pytest.mark.parametrize("words, hour", [
    ("báo cáo trước 16 giờ 00 ngày 27/10/2026", "16:00"),
    ("chậm nhất 17 giờ ngày 27/10/2026", "17:00"),
    ("nộp hồ sơ trước 8 giờ 30 phút, ngày 27/10/2026", "08:30"),
    ("gửi về Sở trước 14h30 ngày 27/10/2026", "14:30"),
    ("có mặt trước 2 giờ chiều ngày 27/10/2026", "14:00"),
    ("hoàn thành trước ngày 27/10/2026", None),  # a day alone
    ("Báo cáo số 12 ngày 27/10/2026", None),  # a number, no hour
])
def test_the_hour_before_a_date(words, hour):
    view = fold(words)
    assert hour_before(view, view.index("27/10")) == hour


@pytest.mark.parametrize("words, hour", [
    ("Thời gian: ngày 27/10/2026, lúc 8 giờ 30.", "08:30"),
    ("Hạn nộp: ngày 27/10/2026 (17h00).", "17:00"),
    ("trước ngày 27/10/2026, 03 đơn vị chưa nộp", None),
    ("trước ngày 27/10/2026 để tổng hợp", None),
])
def test_the_hour_after_a_date(words, hour):
    view = fold(words)
    assert hour_after(view, view.index("2026") + 4) == hour


def test_the_hour_is_kept_stored_shown_and_timed_in_the_calendar(tmp_path):
    doc = process_file(STORM, jobs=1)
    ext = doc.extraction
    by_day = {d.date: d.time for d in ext.deadlines if d.date}
    assert by_day["2026-10-27"] == "16:00" and by_day["2026-10-30"] is None
    # the archive stores it
    db = tmp_path / "archive.db"
    with Archive(db) as a:
        a.store(doc)
    rows = sqlite3.connect(db).execute("select date, time from deadlines order by date").fetchall()
    assert ("2026-10-27", "16:00") in rows and ("2026-10-30", None) in rows
    # the checklist shows it
    md = render_checklist(ext, "md", today=dt.date(2026, 10, 26))
    # (its words say the day and the hour: nothing added, no ISO day, session 34)
    assert "**Hạn:** trước 16 giờ 00 ngày 27/10/2026\n" in md and "**Hạn:** trước ngày 30/10/2026\n" in md
    assert "2026-10-" not in md
    # the calendar: a timed event at 16:00 Vietnam time; the day alone stays all-day
    cal = Calendar.from_ical(render_checklist(ext, "ics", today=dt.date(2026, 10, 26)))
    starts = {ev.get("summary").split(":")[0]: ev.decoded("dtstart") for ev in cal.walk("VEVENT")}
    timed = starts["Sở Nông nghiệp và Môi trường"]
    assert isinstance(timed, dt.datetime) and timed.utcoffset() == dt.timedelta(hours=7)
    assert (timed.date(), timed.hour, timed.minute) == (dt.date(2026, 10, 27), 16, 0)
    assert starts["Sở Công Thương"] == dt.date(2026, 10, 30)


def test_the_sites_calendar_feed_times_the_hour(tmp_path):
    from site_client import get

    from vanban.web.server import datasette_app

    db = tmp_path / "archive.db"
    with Archive(db) as a:
        a.store(process_file(STORM, jobs=1))
    body = get(datasette_app(db), "/archive/lich_han.ics?tu_ngay=2026-01-01&den_ngay=2027-12-31").text
    cal = Calendar.from_ical(body)
    starts = sorted(ev.decoded("dtstart").isoformat() for ev in cal.walk("VEVENT"))
    assert "2026-10-27T16:00:00+07:00" in starts and "2026-10-30" in starts
