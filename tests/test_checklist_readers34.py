"""The checklist as office staff read it (session 33's newcomer, items 2–5), through the real parts: the ``vanban``
command by click's runner, python-docx reading the Word phiếu, Datasette's test client for the site.

The plan is written for these tests in the kind of a commune's exercise plan: a timetable of the exercise's two days
with their hours, a task dated in prose, a weekly briefing. What a careful reader expects of it:

* the JSON lists the CSV's rows in the CSV's order, each with the CSV's TT ("I (1)", "II.1");
* every date for readers (Markdown, the Word phiếu, the CSV's "Thời hạn", the page's meeting line) is dd/mm/yyyy —
  the weekly briefing "(từ 07/01/2028)", never "(từ 2028-01-07)"; ISO stays only where programs read it (the CSV's
  "Hạn (yyyy-mm-dd)", the JSON). The plan is for 2028, issued 15/11/2027: its weekly briefing first meets on the
  first Friday of its year, 07/01/2028 (plan_periods.meetings_in_plan, session 34);
* a timetable row at 8 giờ 00 on 08/3/2028 keeps its hour in the CSV's and the phiếu's "Thời hạn";
* a Word file saved under a .pdf name is read as the Word file it is, said in one line;
* the weekly briefing is listed once, under "Lịch họp định kỳ", not also as a task row (item 1).
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from fixtures.render import render_docx
from site_client import get
from vanban.archive import Archive
from vanban.cli import cli
from vanban.conveyor import process_file
from vanban.export.reader_days import day_written, hour_written, reader_day, reader_hour, reader_when
from vanban.ingest import load
from vanban.web.server import datasette_app

PLAN = """| ỦY BAN NHÂN DÂN XÃ HÒA BÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
|---|---|
| Số: 12/KH-UBND | Độc lập - Tự do - Hạnh phúc |
| | Hòa Bình, ngày 15 tháng 11 năm 2027 |

**KẾ HOẠCH**

**Diễn tập phòng cháy, chữa cháy tại khu dân cư năm 2028**

**I. LỊCH TRÌNH DIỄN TẬP**

| Ngày | Giờ | Nội dung công việc | Đơn vị chủ trì |
|---|---|---|---|
| 08/3/2028 | 8 giờ 00 | Khai mạc, phổ biến kịch bản diễn tập | Công an xã |
| 09/3/2028 | 13 giờ 30 | Thực hành dập tắt đám cháy giả định tại chợ | Đội dân phòng thôn Đông |

**II. TỔ CHỨC THỰC HIỆN**

1. Công an xã xây dựng kịch bản diễn tập, trình Chủ tịch UBND xã trước ngày 20/02/2028.

2. Ban Chỉ đạo diễn tập xã họp giao ban vào chiều thứ Sáu hằng tuần.

| Nơi nhận: <br>- Lưu: VT. | TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH<br><br>Trần Văn Lực |
|---|---|
"""

ISO_DAY = re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d\b")


@pytest.fixture(scope="module")
def plan(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("readers34")
    path = folder / "kh12.md"
    path.write_text(PLAN, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def outputs(plan) -> dict[str, Path]:
    """The plan's checklist in every format from one ``vanban checklist`` run."""
    out = {fmt: plan.parent / f"phieu.{fmt}" for fmt in ("md", "csv", "json", "docx")}
    args = ["checklist", str(plan), "--jobs", "1"] + [x for p in out.values() for x in ("-o", str(p))]
    done = CliRunner().invoke(cli, args)
    assert done.exit_code == 0, done.output
    return out


def _csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))[1:]


def _tasks(rows: list[list[str]]) -> list[list[str]]:
    return [r for r in rows if not r[1].startswith("Lịch họp định kỳ")]


# --- 2. one order, one TT ----------------------------------------------------------------------------------------

def test_the_json_has_the_csvs_tt_and_order(outputs):
    rows = _tasks(_csv_rows(outputs["csv"].read_text(encoding="utf-8")))
    items = json.loads(outputs["json"].read_text(encoding="utf-8"))["items"]
    assert [i["tt"] for i in items] == [r[0] for r in rows] == ["I (1)", "I (2)", "II.1"]
    assert [i["what"].lower()[:20] for i in items] == [r[1].lower()[:20] for r in rows]
    assert [i["date"] for i in items[:3]] == ["2028-03-08", "2028-03-09", "2028-02-20"]  # data: ISO


def test_the_sites_json_has_the_tt_and_order_of_its_csv(plan):
    db = plan.parent / "archive.db"
    with Archive(db) as a:
        doc = a.store(process_file(plan, jobs=1))
    ds = datasette_app(db)
    items = json.loads(get(ds, f"/-/vanban/checklist/{doc}.json").text)["items"]
    rows = _tasks(_csv_rows(get(ds, f"/-/vanban/checklist/{doc}.csv").text))
    assert [i["tt"] for i in items] == [r[0] for r in rows] and len(items) == 3
    page = get(ds, f"/archive/documents/{doc}").text
    assert "chiều thứ Sáu hằng tuần (từ 07/01/2028)" in page and "(từ 2028-01-07)" not in page


# --- 3. dates for readers: dd/mm/yyyy ----------------------------------------------------------------------------

def test_the_word_phieu_writes_its_days_day_first(outputs):
    import docx

    document = docx.Document(str(outputs["docx"]))
    paragraphs = [p.text for p in document.paragraphs]
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert "- Ban Chỉ đạo diễn tập xã: Họp giao ban — chiều thứ Sáu hằng tuần (từ 07/01/2028)" in paragraphs
    assert not [x for x in paragraphs + cells if ISO_DAY.search(x)]


def test_the_markdown_writes_its_days_day_first_and_not_twice(outputs):
    md = outputs["md"].read_text(encoding="utf-8")
    assert not ISO_DAY.search(md)
    assert "**Hạn:** trước ngày 20/02/2028\n" in md  # the words say the day: no "(20/02/2028)" after them
    assert "(từ 07/01/2028)" in md


def test_the_csv_keeps_iso_only_in_its_sorting_column(outputs):
    rows = _csv_rows(outputs["csv"].read_text(encoding="utf-8"))
    assert [r[5] for r in _tasks(rows)[:3]] == ["2028-03-08", "2028-03-09", "2028-02-20"]
    assert not [r for r in rows if ISO_DAY.search(r[4])]


# --- 4. a timetable's hour in "Thời hạn" -------------------------------------------------------------------------

def test_the_exercise_rows_keep_their_hour(outputs):
    import docx

    rows = _tasks(_csv_rows(outputs["csv"].read_text(encoding="utf-8")))
    assert [r[4] for r in rows[:2]] == ["08/3/2028 lúc 8 giờ 00", "09/3/2028 lúc 13 giờ 30"]
    table = docx.Document(str(outputs["docx"])).tables[0]
    assert [r.cells[4].text for r in table.rows[1:3]] == ["08/3/2028 lúc 8 giờ 00", "09/3/2028 lúc 13 giờ 30"]


@pytest.mark.parametrize("iso, hhmm, words", [
    ("2028-03-08", "08:00", "8 giờ 00 ngày 08/03/2028"),
    ("2028-03-08", None, "08/03/2028"),
    ("2028-03", None, "03/2028"),
    (None, "08:00", None),
])
def test_a_day_and_hour_as_a_reader_writes_them(iso, hhmm, words):
    assert reader_when(iso, hhmm) == words


def test_an_hour_the_words_say_already():
    assert hour_written("16:00", "trước 16 giờ hằng ngày")
    assert hour_written("14:30", "nộp trước 14h30 ngày 05/6/2028")
    assert hour_written("14:00", "có mặt lúc 2 giờ chiều ngày 05/6/2028")
    assert not hour_written("08:00", "ngày 05/6/2028")
    assert not hour_written("08:00", "Báo cáo số 18 ngày 05/6/2028")
    assert reader_hour("07:05") == "7 giờ 05" and reader_hour("25:00") is None
    assert day_written(reader_day("2028-06-05"), "trước ngày 5/6/2028") and not day_written("05/06/2028", "5/7/2028")


# --- 5. a Word file under a .pdf name -----------------------------------------------------------------------------

def test_a_docx_named_pdf_is_read_as_the_word_file_it_is(tmp_path):
    text = PLAN.replace("| ", "").replace(" |", "").replace("|---|---|---|---|\n", "").replace("|---|---|\n", "")
    renamed = tmp_path / "ke-hoach-dien-tap.pdf"
    renamed.write_bytes(render_docx(text, tmp_path / "ke-hoach-dien-tap.docx").read_bytes())
    source = load(renamed)
    assert source.kind == "docx"
    assert source.note == ("holds a Word DOCX document, not a PDF as its .pdf name says: read as such "
                           "(rename it .docx)")
    done = CliRunner().invoke(cli, ["checklist", str(renamed), "--jobs", "1", "--format", "md"])
    assert done.exit_code == 0, done.stderr
    said = [line for line in done.stderr.splitlines() if "not a PDF" in line]
    assert len(said) == 1 and said[0].startswith(f"vanban: {renamed}: holds a Word DOCX document")
    assert "kịch bản diễn tập" in done.stdout


def test_a_web_page_under_a_pdf_name_is_still_refused(tmp_path):
    page = tmp_path / "ke-hoach.pdf"
    page.write_text("<!DOCTYPE html><html><body>Không tìm thấy trang</body></html>", encoding="utf-8")
    with pytest.raises(Exception, match="content is an HTML page, not a PDF"):
        load(page)


# --- 1. a standing meeting listed once ----------------------------------------------------------------------------

def test_the_weekly_briefing_is_a_meeting_not_also_a_task(outputs):
    rows = _csv_rows(outputs["csv"].read_text(encoding="utf-8"))
    briefing = [r for r in rows if "giao ban" in r[1].lower()]
    assert [r[1] for r in briefing] == ["Lịch họp định kỳ: Họp giao ban"] and briefing[0][4] == "chiều thứ Sáu hằng tuần"
    md = outputs["md"].read_text(encoding="utf-8")
    assert md.count("giao ban") == 1 and md.split("## Lịch họp định kỳ")[1].count("Họp giao ban") == 1


def test_a_task_that_shares_a_sentence_with_a_meeting_stays():
    from vanban.export.checklist_office import with_plan_targets
    from vanban.extract import extract
    from vanban.extract.checklist import build_checklist

    text = ("UBND XÃ HÒA BÌNH\nSố: 13/KH-UBND\nHòa Bình, ngày 15 tháng 11 năm 2027\nKẾ HOẠCH\nPhòng chống dịch năm 2028\n"
            "1. Trạm Y tế xã họp giao ban vào sáng thứ Hai hằng tuần và báo cáo UBND xã trước ngày 30/6/2028.\n")
    ext = extract(text)
    items, _ = with_plan_targets(build_checklist(ext), None, ext.targets, meetings=ext.meetings)
    assert any(it.date == "2028-06-30" for it in items)


def test_a_pdf_named_png_is_read_as_the_pdf_it_is(tmp_path):
    from fixtures.render import render_text_pdf

    text = "UBND XÃ HÒA BÌNH\nSố: 14/TB-UBND\nHòa Bình, ngày 15 tháng 11 năm 2027\nTHÔNG BÁO\nLịch tiếp công dân tháng 12\n"
    scan = tmp_path / "thong-bao.png"
    scan.write_bytes(render_text_pdf(text, tmp_path / "thong-bao.pdf").read_bytes())
    source = load(scan)
    assert source.kind == "pdf" and source.note.startswith("holds a PDF, not a PNG/JPEG/TIFF image as its .png name")


# --- 1. a reception calendar printed as a table of who receives and when --------------------------------------------

CALENDAR = """| ỦY BAN NHÂN DÂN PHƯỜNG AN LẠC | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
|---|---|
| Số: 08/KH-UBND | Độc lập - Tự do - Hạnh phúc |
| | An Lạc, ngày 20 tháng 11 năm 2027 |

**KẾ HOẠCH**

**Tiếp công dân năm 2028**

**1. Lịch tiếp công dân của lãnh đạo phường**

| STT | Lãnh đạo tiếp | Thời gian tiếp | Nơi tiếp |
|---|---|---|---|
| 1 | Chủ tịch UBND phường | Ngày 05 hằng tháng | Phòng tiếp công dân phường |
| 2 | Phó Chủ tịch UBND phường | Sáng thứ Tư hằng tuần | Phòng tiếp công dân phường |

**2. Tổ chức thực hiện**

Văn phòng HĐND và UBND phường thông báo lịch tiếp công dân trên loa truyền thanh trước ngày 25/12/2027.
"""


def test_a_reception_calendar_table_gives_each_row_its_holder(tmp_path):
    path = tmp_path / "kh08.md"
    path.write_text(CALENDAR, encoding="utf-8")
    out = tmp_path / "kh08.csv"
    done = CliRunner().invoke(cli, ["checklist", str(path), "--jobs", "1", "-o", str(out)])
    assert done.exit_code == 0, done.output
    rows = _csv_rows(out.read_text(encoding="utf-8"))
    monthly = [r for r in rows if "hằng tháng" in r[4]]
    # the task the calendar's name ("1. Lịch tiếp công dân của lãnh đạo phường"), without its "Lịch"
    assert [(r[1], r[2]) for r in monthly] == [("Tiếp công dân của lãnh đạo phường", "Chủ tịch UBND phường")]
    assert not [r for r in rows if "Lãnh đạo tiếp" in r[1] or "STT" in r[1]]  # the header row is no task
    weekly = [r for r in rows if "hằng tuần" in r[4]]
    assert [(r[1], r[2]) for r in weekly] == [("Lịch họp định kỳ: Tiếp công dân của lãnh đạo phường",
                                                "Phó Chủ tịch UBND phường")]
    assert weekly[0][7].startswith("2 Phó Chủ tịch UBND phường Sáng thứ Tư hằng tuần")


def test_an_items_label_before_its_colon_is_no_meetings_body():
    from vanban.extract import extract

    text = ("UBND PHƯỜNG AN LẠC\nSố: 09/KH-UBND\nAn Lạc, ngày 20 tháng 11 năm 2027\nKẾ HOẠCH\nTiếp công dân năm 2028\n"
            "1. Lịch tiếp dân: Chủ tịch UBND phường tiếp công dân vào chiều thứ Ba hằng tuần tại Phòng tiếp dân.\n"
            "2. Giao ban: Thường trực UBND phường họp giao ban vào 8 giờ sáng thứ Hai hằng tuần.\n"
            "3. Họp giao ban Ban Chỉ đạo: sáng thứ Sáu hằng tuần.\n")
    got = {(g.who, g.what, g.weekday) for g in extract(text).meetings}
    assert ("Chủ tịch UBND phường", "Tiếp công dân", "thứ Ba") in got
    assert ("Thường trực UBND phường", "Họp giao ban", "thứ Hai") in got
    assert not [g for g in got if g[0] in ("Lịch tiếp dân", "Lịch", "Giao ban")]
