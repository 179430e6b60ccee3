"""Weekly standing meetings are their own fact, not deadlines (vanban.extract.standing_meetings, session 32).

A working rule (Quy chế làm việc) fixes the office's rhythm: "Thường trực … giao ban vào sáng thứ Hai hằng tuần". No
labelled document lists such a meeting among its deadlines (weekly is no recurrence of the labels' README), yet a
clerk wants it in the checklist and the calendar. The text below is written for this test in the style of a commune
Party committee's working rule (issued Tuesday 05/01/2027); the expected values are read from it by hand:

* "Thường trực Đảng ủy hội ý vào 7 giờ 30 sáng thứ Năm hằng tuần" — a meeting: Thursday 07:30, first on 07/01/2027;
* "Họp giao ban cơ quan: tổ chức vào chiều thứ Hai hằng tuần; thành phần gồm …" — a meeting whose attendees are
  written after the time; first Monday 11/01/2027;
* "Văn phòng tổng hợp, báo cáo … trước 16 giờ 00 thứ Sáu hằng tuần" — a report due, a deadline as before;
* "Văn phòng phối hợp với Công an xã tuần tra vào tối thứ Bảy hằng tuần" — "phối hợp" is no "họp": an activity's
  weekly time, a deadline as before.
"""

from __future__ import annotations

import datetime as dt
import io
import sqlite3

import pytest
from icalendar import Calendar
from site_client import get

from vanban.archive import Archive
from vanban.conveyor import process_file
from vanban.export import checklist_file
from vanban.extract import extract
from vanban.export.checklist_text import render_checklist
from vanban.time_of_day import VN_TZ
from vanban.web.server import datasette_app

RULES = """ĐẢNG BỘ XÃ HÒA PHONG
ĐẢNG ỦY XÃ
Số: 07-QC/ĐU
Hòa Phong, ngày 05 tháng 01 năm 2027

QUY CHẾ
Làm việc của Đảng ủy xã nhiệm kỳ 2025 - 2030

Điều 1. Chế độ hội ý, giao ban
1. Ban Chấp hành Đảng bộ xã họp thường lệ mỗi quý một lần; Thường trực Đảng ủy hội ý vào 7 giờ 30 sáng thứ Năm hằng tuần.
2. Họp giao ban cơ quan: tổ chức vào chiều thứ Hai hằng tuần; thành phần gồm Bí thư, các Phó Bí thư, Chánh Văn phòng Đảng ủy.

Điều 2. Chế độ báo cáo
1. Văn phòng Đảng ủy tổng hợp, báo cáo Thường trực tình hình công việc trước 16 giờ 00 thứ Sáu hằng tuần.
2. Văn phòng phối hợp với Công an xã tuần tra vào tối thứ Bảy hằng tuần.
3. Ủy ban kiểm tra hoàn thành kiểm tra chi bộ Thôn 3 trước ngày 30/6/2027.

Nơi nhận:
- Các chi bộ,
- Lưu Văn phòng.

T/M ĐẢNG ỦY
BÍ THƯ

Nguyễn Văn An
"""
WIDE = "tu_ngay=2027-01-01&den_ngay=2027-12-31"


def _ext():
    return extract(RULES, reference_date="2027-01-05")


def test_weekly_meetings_are_meetings_not_deadlines():
    ext = _ext()
    got = [(g.weekday, g.time, g.part_of_day, g.first, g.recurrence, g.who, g.what) for g in ext.meetings]
    assert got == [
        ("thứ Năm", "07:30", "sáng", "2027-01-07", "FREQ=WEEKLY;BYDAY=TH", "Thường trực Đảng ủy", "Hội ý"),
        ("thứ Hai", None, "chiều", "2027-01-11", "FREQ=WEEKLY;BYDAY=MO",
         "Bí thư, các Phó Bí thư, Chánh Văn phòng Đảng ủy", "Họp giao ban cơ quan"),
    ]
    weekly = sorted(d.recurrence for d in ext.deadlines if (d.recurrence or "").startswith("FREQ=WEEKLY"))
    assert weekly == ["FREQ=WEEKLY;BYDAY=FR", "FREQ=WEEKLY;BYDAY=SA"]  # the report due and the patrol stay
    assert "2027-06-30" in [d.date for d in ext.deadlines]


def test_checklist_lists_them_under_their_own_heading():
    md = render_checklist(_ext(), "md", today=dt.date(2027, 1, 6))
    tail = md.split("## Lịch họp định kỳ", 1)[1]
    assert "- Thường trực Đảng ủy: Hội ý — 7 giờ 30 sáng thứ Năm hằng tuần (từ 07/01/2027)" in tail
    assert "Họp giao ban cơ quan — chiều thứ Hai hằng tuần" in tail
    assert "hội ý" not in md.split("## Lịch họp định kỳ", 1)[0].lower()  # no task row of the meeting


def test_word_phieu_has_the_meeting_lines():
    from docx import Document

    body = checklist_file(_ext(), "docx", today=dt.date(2027, 1, 6))
    paragraphs = [p.text for p in Document(io.BytesIO(body)).paragraphs]
    at = paragraphs.index("Lịch họp định kỳ:")
    assert paragraphs[at + 1] == "- Thường trực Đảng ủy: Hội ý — 7 giờ 30 sáng thứ Năm hằng tuần (từ 07/01/2027)"


def test_checklist_calendar_keeps_weekly_events():
    events = {str(e["summary"]): e for e in
              Calendar.from_ical(render_checklist(_ext(), "ics", today=dt.date(2027, 1, 6))).walk("VEVENT")}
    hoi_y = events["Thường trực Đảng ủy: Hội ý"]
    assert hoi_y["RRULE"].to_ical() == b"FREQ=WEEKLY;BYDAY=TH"
    assert hoi_y.decoded("DTSTART") == dt.datetime(2027, 1, 7, 7, 30, tzinfo=VN_TZ)
    giao_ban = events["Bí thư, các Phó Bí thư, Chánh Văn phòng Đảng ủy: Họp giao ban cơ quan"]
    assert giao_ban.decoded("DTSTART") == dt.date(2027, 1, 11)  # no clock: an all-day event, weekly
    assert giao_ban["RRULE"].to_ical() == b"FREQ=WEEKLY;BYDAY=MO"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("meetings")
    (folder / "qc07.txt").write_text(RULES, encoding="utf-8")
    with Archive(folder / "archive.db") as a:
        doc_id = a.store(process_file(folder / "qc07.txt", jobs=1))
    return folder / "archive.db", doc_id


def test_archive_stores_meetings_in_their_own_table(site):
    db, doc_id = site
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select weekday, time, first, recurrence, who from standing_meetings "
                            "where document_id = ? order by id", [doc_id]).fetchall()
        weekly_deadlines = conn.execute("select recurrence from deadlines where document_id = ? "
                                        "and recurrence like 'FREQ=WEEKLY%' order by recurrence", [doc_id]).fetchall()
    assert rows == [("thứ Năm", "07:30", "2027-01-07", "FREQ=WEEKLY;BYDAY=TH", "Thường trực Đảng ủy"),
                    ("thứ Hai", None, "2027-01-11", "FREQ=WEEKLY;BYDAY=MO",
                     "Bí thư, các Phó Bí thư, Chánh Văn phòng Đảng ủy")]
    assert weekly_deadlines == [("FREQ=WEEKLY;BYDAY=FR",), ("FREQ=WEEKLY;BYDAY=SA",)]


def test_document_page_and_downloads_show_the_meetings(site):
    db, doc_id = site
    ds = datasette_app(db)
    page = get(ds, f"/archive/documents/{doc_id}").text
    assert "Lịch họp định kỳ:" in page
    assert "Thường trực Đảng ủy: Hội ý — 7 giờ 30 sáng thứ Năm hằng tuần" in page
    md = get(ds, f"/-/vanban/checklist/{doc_id}.md").text
    assert "## Lịch họp định kỳ" in md
    ics = Calendar.from_ical(get(ds, f"/-/vanban/checklist/{doc_id}.ics").content)
    rules = {str(e["summary"]): e["RRULE"].to_ical() for e in ics.walk("VEVENT") if e.get("RRULE")}
    assert rules["Thường trực Đảng ủy: Hội ý"] == b"FREQ=WEEKLY;BYDAY=TH"


def test_site_calendar_feed_has_the_weekly_meetings(site):
    db, _ = site
    feed = Calendar.from_ical(get(datasette_app(db), f"/archive/lich_han.ics?{WIDE}").content)
    meetings = [e for e in feed.walk("VEVENT") if "Lịch họp định kỳ" in str(e.get("description", ""))]
    assert sorted(str(e["summary"]) for e in meetings) == [
        "Họp giao ban cơ quan — Bí thư, các Phó Bí thư, Chánh Văn phòng Đảng ủy", "Hội ý — Thường trực Đảng ủy"]
    first = {str(e["summary"]): e.decoded("DTSTART") for e in meetings}
    # a meeting with its clock is timed, as in the checklist's .ics; one without (chiều thứ Hai) all-day
    assert first["Hội ý — Thường trực Đảng ủy"] == dt.datetime(2027, 1, 7, 7, 30, tzinfo=VN_TZ)
    assert first["Họp giao ban cơ quan — Bí thư, các Phó Bí thư, Chánh Văn phòng Đảng ủy"] == dt.date(2027, 1, 11)
    assert all(e["RRULE"].to_ical().startswith(b"FREQ=WEEKLY;BYDAY=") for e in meetings)


# The rhythm first (session 32's newcomer: "Hằng tuần, vào chiều thứ Sáu, Ban Chỉ đạo xã họp giao ban …" was a task row
# "Hạn: Hằng tuần" and no meeting). Written for this test as a commune plan's "Tổ chức thực hiện" (Monday 04/01/2027):
# the body before "họp" is who; "giao ban … vào sáng thứ Ba hằng tuần" is the kind in its usual order; the monthly
# "giao ban với các thôn vào ngày 20 hằng tháng" is no weekly standing meeting and stays a recurring row; a broadcast
# "phát … hằng tuần vào sáng thứ Bảy" (the rhythm after its verb) is neither a meeting nor a due time.
PLAN = """ỦY BAN NHÂN DÂN
XÃ AN THẠNH
Số: 03/KH-UBND
An Thạnh, ngày 04 tháng 01 năm 2027

KẾ HOẠCH
Phòng, chống dịch tả lợn châu Phi năm 2027

III. TỔ CHỨC THỰC HIỆN
1. Hằng tuần, vào chiều thứ Sáu, Ban Chỉ đạo phòng chống dịch xã họp giao ban để nắm tình hình và chỉ đạo các thôn.
2. Tổ giúp việc giao ban với cán bộ thú y vào sáng thứ Ba hằng tuần.
3. Ủy ban nhân dân xã giao ban với các thôn vào ngày 20 hằng tháng.
4. Cán bộ thú y xã báo cáo kết quả tiêm phòng trước ngày 15/4/2027.
5. Đài truyền thanh xã phát bản tin phòng dịch hằng tuần vào sáng thứ Bảy.

Nơi nhận:
- Các thôn,
- Lưu VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trần Văn Hòa
"""


def test_rhythm_first_meeting_is_a_meeting_with_its_body():
    ext = extract(PLAN, reference_date="2027-01-04")
    got = [(g.weekday, g.part_of_day, g.first, g.recurrence, g.who, g.what) for g in ext.meetings]
    assert sorted(got) == sorted([
        ("thứ Sáu", "chiều", "2027-01-08", "FREQ=WEEKLY;BYDAY=FR", "Ban Chỉ đạo phòng chống dịch xã", "Họp giao ban"),
        ("thứ Ba", "sáng", "2027-01-05", "FREQ=WEEKLY;BYDAY=TU", "Tổ giúp việc", "Giao ban với cán bộ thú y"),
    ])
    assert not any((d.recurrence or "").startswith("FREQ=WEEKLY") for d in ext.deadlines)
    assert "FREQ=MONTHLY;BYMONTHDAY=20" in [d.recurrence for d in ext.deadlines]  # monthly: not this kind

    md = render_checklist(ext, "md", today=dt.date(2027, 1, 4))
    rows, meetings = md.split("## Lịch họp định kỳ", 1)
    assert "- Ban Chỉ đạo phòng chống dịch xã: Họp giao ban — chiều thứ Sáu hằng tuần (từ 08/01/2027)" in meetings
    assert "- Tổ giúp việc: Giao ban với cán bộ thú y — sáng thứ Ba hằng tuần (từ 05/01/2027)" in meetings
    assert "Hằng tuần" not in rows and "thứ Sáu" not in rows  # no task row of the weekly meeting
    assert "giao ban với các thôn" in rows and "ngày 20 hằng tháng" in rows


def test_body_label_then_rhythm_is_one_meeting_and_no_task_row():
    """"Ban …: hằng tuần, vào chiều thứ Sáu, họp giao ban …": the body is the label before the time; the task the
    label makes ("Hạn: hằng tuần") gives way to the meeting's line."""
    plan = PLAN.replace("1. Hằng tuần, vào chiều thứ Sáu, Ban Chỉ đạo phòng chống dịch xã họp giao ban",
                        "1. Ban Chỉ đạo phòng chống dịch xã: hằng tuần, vào chiều thứ Sáu, họp giao ban")
    ext = extract(plan, reference_date="2027-01-04")
    assert ("Ban Chỉ đạo phòng chống dịch xã", "Họp giao ban") in [(g.who, g.what) for g in ext.meetings]
    rows = render_checklist(ext, "md", today=dt.date(2027, 1, 4)).split("## Lịch họp định kỳ", 1)[0]
    assert "hằng tuần" not in rows.lower() and "nắm tình hình" not in rows


def test_a_weekly_time_without_its_day_makes_no_meeting():
    """A weekly rule that names no day (a rhythm written "hằng tuần" alone, read as ``FREQ=WEEKLY``) is no meeting on
    a made-up Sunday: the deadline stays as read, no meeting is made; with its day it is the meeting of that day."""
    from vanban.extract.folded import Folded
    from vanban.extract.standing_meetings import standing_meetings
    from vanban.models import Deadline, Span

    text = "Thường trực Đảng ủy họp giao ban vào sáng thứ Tư hằng tuần."
    at = text.index("sáng")
    span = Span(at, len(text) - 1, text)
    dayless = Deadline("sáng thứ Tư hằng tuần", None, None, None, recurrence="FREQ=WEEKLY", span=span)
    kept, meetings = standing_meetings([dayless], Folded.of(text))
    assert (kept, meetings) == ([dayless], [])

    weekly = Deadline("sáng thứ Tư hằng tuần", "2027-01-06", None, None, recurrence="FREQ=WEEKLY;BYDAY=WE", span=span)
    kept, meetings = standing_meetings([weekly], Folded.of(text))
    assert kept == [] and [(g.weekday, g.part_of_day, g.who, g.what) for g in meetings] == [
        ("thứ Tư", "sáng", "Thường trực Đảng ủy", "Họp giao ban")]


def test_a_meeting_that_names_nobody_is_a_meeting_without_who():
    """"Họp giao ban vào sáng thứ Hai hằng tuần." with no body before it and no attendees after: a meeting whose
    ``who`` is None (the extraction failed on it with an AttributeError before)."""
    text = ("ỦY BAN NHÂN DÂN XÃ AN PHÚ\nSố: 12/TB-UBND\nAn Phú, ngày 04 tháng 01 năm 2027\n\nTHÔNG BÁO\n"
            "Lịch làm việc của cơ quan\n\n1. Họp giao ban vào sáng thứ Hai hằng tuần.\n"
            "2. Văn phòng báo cáo kết quả trước ngày 20/01/2027.\n")
    ext = extract(text, reference_date="2027-01-04")
    assert [(g.weekday, g.part_of_day, g.first, g.who) for g in ext.meetings] == [("thứ Hai", "sáng", "2027-01-04", None)]
