"""The archive's bookkeeping and the document page's days (newcomer, session 34).

* ``ingest_errors`` holds one row per path with the latest cause: a file refused twice (the reason of a long text
  words its reading time with the machine's load, so two refusals read differently) got two rows, and the refusal
  of a file stayed after its corrected file was stored at the same path.
* A Markdown file's stored kind is "md", not the "txt" it is read as.
* The document page words its days as its readers do, dd/mm/yyyy (``vanban.export.reader_days``), while the data
  (the row's JSON) keeps ISO.

The notice below is written for these tests in the style of a commune People's Committee notice (dated 15/12/2026,
a report due 31/01/2027, a meeting at 8 giờ 30 on 20/01/2027); the expected values are read from it by hand.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from cli_helpers import run_cli  # noqa: E402
from site_client import get, stored_site  # noqa: E402

from vanban.archive import Archive  # noqa: E402

NOTICE = """ỦY BAN NHÂN DÂN
XÃ ĐÔNG SƠN
Số: 88/TB-UBND
Đông Sơn, ngày 15 tháng 12 năm 2026

THÔNG BÁO
Kết luận của Chủ tịch UBND xã tại cuộc họp rà soát hộ nghèo

1. Các thôn rà soát danh sách hộ nghèo, báo cáo UBND xã trước ngày 31/01/2027.
2. UBND xã họp đánh giá kết quả vào 8 giờ 30 ngày 20/01/2027 tại hội trường.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Tâm
"""


def _errors(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return [(Path(p).name, e) for p, e in conn.execute("select path, error from ingest_errors order by id")]


def test_one_refusal_row_per_path_and_a_stored_file_clears_it(tmp_path: Path) -> None:
    folder, db = tmp_path / "in", tmp_path / "a.db"
    folder.mkdir()
    note = folder / "tb88.md"
    note.write_bytes(b"")
    run_cli("ingest", str(folder), "--db", str(db), "--jobs", "1")
    assert _errors(db) == [("tb88.md", "empty file")]

    note.write_text(NOTICE * 80, encoding="utf-8")  # refused again, for another cause: one row, the latest cause
    run_cli("ingest", str(folder), "--db", str(db), "--jobs", "1", "--max-text-mb", "0.01")
    run_cli("ingest", str(folder), "--db", str(db), "--jobs", "1", "--max-text-mb", "0.02")
    [(name, cause)] = _errors(db)
    assert name == "tb88.md" and cause.startswith("text file too large") and "limit 0.02 MB" in cause

    note.write_text(NOTICE, encoding="utf-8")  # the corrected file, stored: its path has no refusal left
    done = run_cli("ingest", str(folder), "--db", str(db), "--jobs", "1")
    assert done.returncode == 0, done.stderr
    assert _errors(db) == []
    with sqlite3.connect(db) as conn:
        assert conn.execute("select number, kind from documents").fetchall() == [("88/TB-UBND", "md")]


def test_refusals_recorded_twice_for_one_path_are_one_row(tmp_path: Path) -> None:
    with Archive(tmp_path / "a.db") as a:
        a.record_error("/kho/tb.txt", "empty file")
        a.record_error("/kho/tb.txt", "empty file")
        a.record_error("/kho/kh.pdf", "not a PDF: content does not start like one", "ab" * 32)
        a.record_error("/kho/tb.txt", "binary content in a .txt file (a PDF)", "cd" * 32)
        rows = a.conn.execute("select path, sha256, error from ingest_errors order by path").fetchall()
    assert rows == [("/kho/kh.pdf", "ab" * 32, "not a PDF: content does not start like one"),
                    ("/kho/tb.txt", "cd" * 32, "binary content in a .txt file (a PDF)")]


def test_a_text_file_keeps_its_kind_and_a_word_file_named_md_is_docx(tmp_path: Path) -> None:
    from vanban.ingest.detect import stored_kind

    assert stored_kind("txt", "/kho/ke_hoach.md") == "md"
    assert stored_kind("txt", "/kho/KE_HOACH.MD") == "md"
    assert stored_kind("txt", "/kho/ke_hoach.txt") == "txt"
    assert stored_kind("docx", "/kho/ke_hoach.md") == "docx"  # what the file really is


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return stored_site(tmp_path_factory.mktemp("days"), "tb88.txt", NOTICE)


def test_document_page_days_are_day_first(site) -> None:
    ds, doc_id = site
    page = get(ds, f"/archive/documents/{doc_id}").text
    assert "<th>Ngày ban hành</th><td>15/12/2026" in page
    deadlines = page.split("<h2>Thời hạn</h2>", 1)[1].split("</ul>", 1)[0]
    assert "<li>31/01/2027: " in deadlines
    assert "<li>8 giờ 30 ngày 20/01/2027: " in deadlines
    assert "2026-12-15" not in deadlines and "2027-01-31" not in deadlines and "2027-01-20" not in deadlines


def test_document_data_keeps_iso_days(site) -> None:
    ds, doc_id = site
    row = get(ds, f"/archive/documents/{doc_id}.json?_shape=objects").json()["rows"][0]
    assert row["date"] == "2026-12-15"
    due = get(ds, f"/archive/deadlines.json?document_id={doc_id}&_shape=objects").json()["rows"]
    assert {"2027-01-31", "2027-01-20"} <= {d["date"] for d in due}
