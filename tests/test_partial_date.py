"""A document whose day (or day and month) the clerk left blank for the văn thư to fill in by hand ("Lào Cai,
ngày       tháng 4 năm 2026", the issued Word file an office keeps: case 17) is dated by the parts printed and no
more: "2026-04" (month and year), "2026" (year alone, also when a day stands with its month blank: a day alone
dates nothing). Never an invented day. Read in plain text, on one line, in the DOCX of case 17, stored in the
archive (date and year) and named in the checklist's Word header.

The header is written here in the style of case 17's Kế hoạch of the Sở Công Thương Lào Cai.
"""

from __future__ import annotations

import pathlib
import sqlite3

import pytest

from cli_helpers import run_cli
from vanban.export.checklist_office import header_lines
from vanban.extract import extract

CASES = pathlib.Path(__file__).parent / "fixtures" / "cases"

_DOC = ("UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố:      /KH-SCT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nLào Cai, {date}\n\nKẾ HOẠCH\nKiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật "
        "an toàn vật liệu nổ công nghiệp\n\nCăn cứ Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ;\n"
        "1. Phòng Kỹ thuật an toàn chủ trì kiểm tra 28 đơn vị, hoàn thành trước ngày 30/6/2026.\n")

CASES_OF_BLANKS = [
    ("ngày       tháng 4 năm 2026", "2026-04"),
    ("ngày 15 tháng     năm 2026", "2026"),
    ("ngày       tháng       năm 2026", "2026"),
    ("ngày ..... tháng ..... năm 2026", "2026"),
    ("ngày 07 tháng 4 năm 2026", "2026-04-07"),
]


@pytest.mark.parametrize("printed,want", CASES_OF_BLANKS)
def test_the_parts_printed_date_the_document(printed, want):
    text = _DOC.format(date=printed)
    assert extract(text).metadata.date == want
    one = " ".join(ln.strip() for ln in text.splitlines() if ln.strip())
    assert extract(one).metadata.date == want
    assert extract(text).metadata.place == "Lào Cai"


def test_no_day_is_invented_for_an_impossible_date():
    assert extract(_DOC.format(date="ngày 31 tháng 02 năm 2026")).metadata.date is None


def test_case17_docx_is_dated_by_its_month():
    out = run_cli("extract", str(CASES / "17-docx-blank-number" / "input.docx"), "--format", "json")
    assert out.returncode == 0, out.stderr
    import json

    assert json.loads(out.stdout)["date"] == "2026-04"


def test_checklist_header_names_the_parts_printed():
    meta = extract(_DOC.format(date="ngày       tháng 4 năm 2026")).metadata
    assert header_lines(meta)[0] == "Thực hiện Kế hoạch tháng 4 năm 2026 của SỞ CÔNG THƯƠNG"
    meta = extract(_DOC.format(date="ngày       tháng       năm 2026")).metadata
    assert header_lines(meta)[0] == "Thực hiện Kế hoạch năm 2026 của SỞ CÔNG THƯƠNG"


def test_archive_keeps_the_partial_date_and_its_year(tmp_path):
    src = tmp_path / "ke-hoach-kiem-tra.txt"
    src.write_text(_DOC.format(date="ngày       tháng 4 năm 2026"), encoding="utf-8")
    db = tmp_path / "archive.db"
    out = run_cli("ingest", str(src), "--db", str(db))
    assert out.returncode == 0, out.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("select date, year from documents").fetchall() == [("2026-04", 2026)]
