"""`vanban checklist --format docx|csv`: the Word "phiếu giao việc" and the Excel CSV.

Read back with python-docx and the csv module; and the Word file is opened
by LibreOffice (headless, converting it to text), as an office would.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT, SAMPLES

from vanban.export import COLUMNS, CSV_COLUMNS, PlanPlaces, checklist_csv, checklist_file
from vanban.export.checklist_office import split_who
from vanban.extract.checklist import ChecklistItem

PLAN = SAMPLES / "24-KH-DU_dan_van_kheo_long_bien_2026_legacy_ocr.txt"


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "vanban.cli", *map(str, args)], cwd=ROOT,
                          capture_output=True, env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})


@pytest.fixture(scope="module")
def docx_file(tmp_path_factory):
    out = tmp_path_factory.mktemp("ck") / "phieu.docx"
    r = run_cli("checklist", PLAN, "--format", "docx", "-o", out, "--jobs", "1")
    assert r.returncode == 0, r.stderr.decode()
    return out


def test_docx_is_a_task_table_under_a_header_naming_the_plan(docx_file):
    from docx import Document

    doc = Document(str(docx_file))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "PHIẾU GIAO VIỆC" in text
    # the plan's header as printed: "Số 24 -KH/ĐU", "Long Biên, ngày 19 tháng 01 năm 2026"
    assert "Kế hoạch số 24-KH/ĐU ngày 19 tháng 01 năm 2026" in text
    assert "ĐẢNG ỦY PHƯỜNG LONG BIÊN" in text.upper()
    assert "Trích yếu:" in text and "V/v" not in text and "Dân vận khéo" in text
    table = doc.tables[0]
    assert tuple(c.text for c in table.rows[0].cells) == COLUMNS
    body = [[c.text for c in row.cells] for row in table.rows[1:]]
    # TT: the plan's own item numbers ("I1I. TỔ CHỨC THỰC HIỆN" of the legacy OCR is III), in its order
    assert body and all(r[0].startswith("III.") for r in body), [r[0] for r in body]
    assert [r[0] for r in body] == sorted(r[0] for r in body)
    # section III's deadlines: "đăng ký trước 15/3/2026 …, báo cáo kết quả trước 25/9/2026"
    assert any("15/3/2026" in r[4] for r in body) and any("25/9/2026" in r[4] for r in body)


def test_docx_opens_in_libreoffice(docx_file, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice not found: apt-get install -y libreoffice-writer-nogui")
    r = subprocess.run([soffice, "--headless", "--convert-to", "txt:Text", "--outdir", str(tmp_path),
                        str(docx_file)], capture_output=True, timeout=180,
                       env={**__import__("os").environ, "HOME": str(tmp_path)})
    out = tmp_path / "phieu.txt"
    assert out.exists(), r.stderr.decode()
    text = out.read_text(encoding="utf-8-sig")
    assert "PHIẾU GIAO VIỆC" in text and "Nội dung công việc" in text


def test_csv_has_bom_crlf_and_one_row_per_item(tmp_path):
    out = tmp_path / "phieu.csv"
    r = run_cli("checklist", PLAN, "--format", "csv", "-o", out, "--jobs", "1")
    assert r.returncode == 0, r.stderr.decode()
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) > 1 and all(len(r) == len(CSV_COLUMNS) for r in rows)
    # (the row reads "Báo cáo kết quả" since the adjunct "theo biểu mẫu đính kèm" stays with the 15/3 task, session 25)
    assert any("25/9/2026" in r[4] and r[1].lower() == "báo cáo kết quả" and r[5] == "2026-09-25" for r in rows[1:])


def test_docx_needs_an_output_file():
    r = run_cli("checklist", PLAN, "--format", "docx")
    assert r.returncode != 0 and b"-o" in r.stderr


@pytest.mark.parametrize("who,lead,partners", [
    ("Ủy ban nhân dân phường", "Ủy ban nhân dân phường", ""),
    ("Văn phòng Đảng ủy chủ trì, phối hợp với Ban Tuyên giáo", "Văn phòng Đảng ủy", "Ban Tuyên giáo"),
    ("Công an xã phối hợp Ban Chỉ huy quân sự", "Công an xã", "Ban Chỉ huy quân sự"),
    (None, "", ""),
])
def test_lead_and_partner_units(who, lead, partners):
    assert split_who(who) == (lead, partners)


def test_csv_keeps_commas_quotes_and_newlines_in_cells():
    item = ChecklistItem(who="Chi bộ", what='Rà soát, báo cáo "đảng viên"\nmới', deadline=None, date=None,
                         earliest=None, latest=None, recurrence=None, targets=None, source=None)
    rows = list(csv.reader(io.StringIO(checklist_csv([item])[1:], newline="")))
    assert rows[1][1] == 'Rà soát, báo cáo "đảng viên"\nmới'


def test_the_page_downloads_and_the_cli_give_one_checklist(tmp_path):
    """The newcomer run found the web .md with 4 items and the CLI's with 10:
    both now build their items from the obligations and the unclaimed
    deadlines, through the same function."""
    from site_client import get
    from vanban.conveyor import ingest, process_file
    from vanban.extract.checklist import build_checklist
    from vanban.web.server import datasette_app

    seed = SAMPLES / "13-KH-DU_dan_van_kheo_binh_dinh_legacy_ocr.txt"
    db = tmp_path / "archive.db"
    assert ingest([seed], db, jobs=1, progress=False).stored == 1
    doc = process_file(seed, jobs=1)
    # the rows every format gives (session 29: with the plan's task sentences and a row per bullet, read with the
    # plan's parts, which build_checklist alone does not see)
    listed = json.loads(checklist_file(doc.extraction, "json", PlanPlaces.of_document(doc)))["items"]
    cli = [(i["who"], i["what"], i["deadline"], i["next_due"], i["past"]) for i in listed]
    assert len(cli) >= len(build_checklist(doc.extraction))
    served = get(datasette_app(db), "/-/vanban/checklist/1.csv").content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(served)))[1:]
    assert len(rows) == len(cli) > 4
    # every Thời hạn the CLI shows is in the served CSV (dated ones, and undated ones as written: "Hằng năm")
    assert sum(1 for c in cli if c[2]) == sum(1 for r in rows if r[4].strip())
    # an id SQLite cannot hold is an unknown document, not a 500 (found by a newcomer)
    assert get(datasette_app(db), "/-/vanban/checklist/99999999999999999999999.docx").status_code == 404
    md_cli = run_cli("checklist", str(seed), "--format", "md").stdout.decode("utf-8")
    md_web = get(datasette_app(db), "/-/vanban/checklist/1.md").text
    assert md_cli.splitlines()[0] == md_web.splitlines()[0]  # one title
    assert md_cli.count("\n- ") == md_web.count("\n- ")


def test_docx_columns_keep_their_widths_and_sources_stay_short(docx_file, tmp_path):
    """LibreOffice lays a table out by its grid, not its cells' widths: with the grid left at equal
    columns and whole articles in "Căn cứ / nguồn", a newcomer's 10-task phiếu ran to 8 pages."""
    from docx import Document
    from docx.shared import Cm

    from vanban.export.checklist_office import SOURCE_CHARS

    table = Document(str(docx_file)).tables[0]
    grid = [c.width for c in table.columns]
    assert grid[0] < Cm(1.5) and grid[1] > Cm(7)  # STT narrow, the task wide
    assert all(len(row.cells[-1].text) <= SOURCE_CHARS + 2 for row in table.rows[1:])
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    r = subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx_file)],
                       capture_output=True, timeout=180, env={**__import__("os").environ, "HOME": str(tmp_path)})
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(tmp_path / "phieu.pdf"))
    assert len(pdf) <= max(2, (len(table.rows) - 1) // 3), (len(pdf), len(table.rows) - 1, r.stderr[-300:])
