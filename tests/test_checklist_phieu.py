"""The "phiếu giao việc" (Word) and its CSV as an office uses them (newcomer run, session 13):

* "Căn cứ / nguồn" cites the plan's item and page ("Mục IV.4 (Tổ chức thực hiện), tr. 1"),
  never the whole sentence or a run-together table row;
* TT is the plan's own item number ("IV.4 (2)" when one item gives several rows), rows in the plan's order (grouped by unit on request);
* task texts start with a capital, without the item's heading run into them, without "./.";
* the plan's targets (its "CHỈ TIÊU CHỦ YẾU" section) reach the task they belong to;
* the CSV has the due day as yyyy-mm-dd, which Excel sorts;
* ten tasks fit two A4 landscape pages.

The plan is the demo 18-KH/ĐU as text (tests/fixtures/plans), read by hand: its section II
lists the targets ("100% chi bộ trực thuộc sử dụng sổ tay đảng viên điện tử", "ít nhất 90%"),
section III items 1, 2 and 4 carry dated tasks, section IV assigns items 1–4 to bodies.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import subprocess

import pytest
from conftest import ROOT
from site_client import get
from test_checklist_columns import plan18  # noqa: F401 (the demo 18-KH/ĐU as text, processed once)

from vanban.archive import Archive
from vanban.conveyor import process_file
from vanban.export import CSV_COLUMNS, PlanPlaces, checklist_csv, checklist_docx, checklist_rows, with_plan_targets
from vanban.export.checklist_office import task_words
from vanban.export.plan_places import item_number
from vanban.extract.checklist import UNKNOWN_BODY, build_checklist
from vanban.web.server import datasette_app

CASE_19 = ROOT / "tests/fixtures/cases/19-appendix-task-table/input.docx"
TODAY = dt.date(2026, 1, 1)
TT, WHAT, LEAD, WHEN, TARGETS, SOURCE = 0, 1, 2, 4, 5, 6


@pytest.fixture(scope="module")
def rows(plan18):
    ext = plan18.extraction
    places = PlanPlaces.of_document(plan18)
    # the rows ``vanban checklist`` gives: the task sentences no row covers included (with_plan_targets)
    items, _ = with_plan_targets(build_checklist(ext, TODAY), places, ext.targets, TODAY)
    return checklist_rows(items, places, ext.targets)


def only(rows, words):
    found = [r for r in rows if words in r[WHAT]]
    assert len(found) == 1, (words, [r[WHAT][:50] for r in rows])
    return found[0]


def test_source_cites_the_item_and_page_not_the_sentence(rows):
    assert only(rows, "Báo cáo năm")[SOURCE] == "Mục IV.4 (Tổ chức thực hiện), tr. 1"
    assert only(rows, "Mỗi thôn thành lập Tổ công nghệ số")[SOURCE] == \
        "Mục III.4 (Phát triển kinh tế số, xã hội số), tr. 1"
    assert all(len(r[SOURCE]) <= 80 and r[SOURCE].endswith("tr. 1") for r in rows)


def test_tt_is_the_plans_item_number_in_the_plans_order(rows):
    # IV.4 charges its chi bộ with three tasks: told apart as IV.4 (1)–(3) (session 31), a lone row keeps its number
    assert only(rows, "Báo cáo sơ kết 6 tháng")[TT] == "IV.4 (2)"
    assert only(rows, "Tuyên truyền, vận động đoàn viên")[TT] == "IV.3"
    assert only(rows, "Rà soát, nâng cấp đường truyền")[TT] == "III.2 (1)"
    # the rows a body owns first, then those of no body named (session 47: ``ordered``), each in the plan's order
    roman = {"III": 3, "IV": 4}
    for owned in (True, False):
        order = [r[TT].split(" ")[0] for r in rows if (r[LEAD] != UNKNOWN_BODY) == owned]
        keys = [(roman[n.split(".")[0]], int(n.split(".")[1])) for n in order]
        assert keys == sorted(keys), order
    owners = [r[LEAD] != UNKNOWN_BODY for r in rows]
    assert owners == sorted(owners, reverse=True)


def test_rows_grouped_by_unit_on_request(plan18):
    items = build_checklist(plan18.extraction, TODAY)
    grouped = checklist_rows(items, PlanPlaces.of_document(plan18), order="unit")
    leads = [r[LEAD] for r in grouped]
    assert leads.count("Các chi bộ trực thuộc") == 3
    first = leads.index("Các chi bộ trực thuộc")
    assert leads[first:first + 3] == ["Các chi bộ trực thuộc"] * 3


def test_task_text_starts_with_a_capital_without_its_heading(rows):
    assert all(r[WHAT][:1].isupper() for r in rows), [r[WHAT][:30] for r in rows]
    # III.1's heading "Tăng cường sự lãnh đạo …" is the item's title, not the task
    assert only(rows, "quán triệt Nghị quyết số 57-NQ/TW")[WHAT].startswith("Tổ chức học tập")
    # "chủ trì, phối hợp với Văn phòng Đảng ủy" is said by the two unit columns
    assert only(rows, "Ban Thường vụ Đảng ủy theo dõi")[WHAT].startswith("Tham mưu Ban Thường vụ")


@pytest.mark.parametrize("what, heading, partners, task", [
    # 223/CĐ-TTg: the Công điện's closing mark "./." after its last task
    ("kịp thời xuất cấp các phương tiện, trang thiết bị để hỗ trợ khắc phục hậu quả khi có yêu cầu của địa phương./",
     None, None,
     "Kịp thời xuất cấp các phương tiện, trang thiết bị để hỗ trợ khắc phục hậu quả khi có yêu cầu của địa phương"),
    ("báo cáo năm", None, None, "Báo cáo năm"),
    ("chủ trì, phối hợp Công an xã rà soát các điểm đen", None, "Công an xã", "Rà soát các điểm đen"),
    ("Hoàn thiện hạ tầng số Rà soát thiết bị", "Hoàn thiện hạ tầng số", None, "Rà soát thiết bị"),
])
def test_task_words(what, heading, partners, task):
    assert task_words(what, heading, partners) == task


@pytest.mark.parametrize("labels, number", [
    (["IV.", "4."], "IV.4"),
    (["III.", "2.", "a)", "-"], "III.2.a"),
    (["I1I.", "1."], "III.1"),  # a legacy OCR's "III."
    (["Điều 3.", "1."], "Điều 3.1"),
    (["II -", "3."], "II.3"),  # a seed's "II- NỘI DUNG" (the session-19 newcomer's phiếu printed "II -.3")
    (["III-", "1"], "III.1"),
    ([], None),
])
def test_item_numbers(labels, number):
    assert item_number(labels) == number


def test_plans_targets_reach_their_tasks(rows):
    chi_bo = [r for r in rows if r[LEAD] == "Các chi bộ trực thuộc"]
    assert any("100%" in r[TARGETS] and "sổ tay đảng viên" in r[TARGETS] for r in chi_bo)
    # "thực hiện các chỉ tiêu về chính quyền số và kinh tế số" carries the rest of section II
    carrier = only(rows, "thực hiện các chỉ tiêu")
    assert "90%" in carrier[TARGETS] and "80%" in carrier[TARGETS]
    # each target once
    assert sum(r[TARGETS].count("90%") for r in rows) == 1


def test_csv_has_a_sortable_iso_due_day(plan18):
    items = build_checklist(plan18.extraction, TODAY)
    text = checklist_csv(items, PlanPlaces.of_document(plan18), plan18.extraction.targets)
    table = list(csv.reader(io.StringIO(text[1:], newline="")))
    assert tuple(table[0]) == CSV_COLUMNS
    due = CSV_COLUMNS.index("Hạn (yyyy-mm-dd)")
    by_task = {r[WHAT]: r[due] for r in table[1:]}
    assert by_task["Báo cáo sơ kết 6 tháng"] == "2026-06-15"
    assert by_task["Báo cáo năm"] == "2026-11-25"  # next due from TODAY: its first occurrence is still ahead
    assert all(re.fullmatch(r"(\d{4}-\d\d-\d\d)?", r[due]) for r in table[1:])


def test_task_table_rows_are_cited_by_their_row():
    ext = process_file(CASE_19).extraction
    doc = process_file(CASE_19)
    table_rows = checklist_rows(build_checklist(ext, TODAY), PlanPlaces.of_document(doc), ext.targets)
    police = only(table_rows, "tàu cuốc")
    # the Phụ lục's row 3: its TT names the appendix ("PL.3"), a body table's row 3 being "3" (session 18's end newcomer)
    assert police[TT] == "PL.3" and police[SOURCE].startswith("Bảng, dòng 3")
    assert "Công an tỉnh" not in police[SOURCE]  # never the run-together row


def test_thirteen_tasks_fit_two_landscape_pages(plan18, tmp_path):
    ext = plan18.extraction
    items = build_checklist(ext, TODAY)
    assert len(items) == 14  # 10 before session 13's split13 read the two clauses of rows 6–7 it lost; 14 since
    # session 26 (dl26): row IV.2's quarterly report "báo cáo kết quả định kỳ hằng quý" a row of its own
    path = tmp_path / "phieu.docx"
    path.write_bytes(checklist_docx(items, ext.metadata, PlanPlaces.of_document(plan18), ext.targets))
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice not found: apt-get install -y libreoffice-writer-nogui"
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   capture_output=True, timeout=180, env={**__import__("os").environ, "HOME": str(tmp_path)})
    import pypdfium2

    assert len(pypdfium2.PdfDocument(str(tmp_path / "phieu.pdf"))) <= 2


def test_archive_download_numbers_and_cites_as_the_cli(plan18, rows, tmp_path):
    from docx import Document

    db = tmp_path / "archive.db"
    with Archive(db) as a:
        doc_id = a.store(plan18)
    ds = datasette_app(db)
    table = Document(io.BytesIO(get(ds, f"/-/vanban/checklist/{doc_id}.docx").content)).tables[0]
    web = [[c.text for c in row.cells] for row in table.rows[1:]]
    assert [(w[TT], w[SOURCE]) for w in web] == [(r[TT], r[SOURCE]) for r in rows]
    grouped = get(ds, f"/-/vanban/checklist/{doc_id}.csv?order=unit")
    assert grouped.status_code == 200
    assert f'/-/vanban/checklist/{doc_id}.docx?order=unit"' in get(ds, f"/archive/documents/{doc_id}").text
    assert get(ds, f"/-/vanban/checklist/{doc_id}.csv?order=bogus").status_code == 400


def test_no_task_ends_in_the_closing_mark():
    """223/CĐ-TTg (realdocs, tuned set) ends its last task "… khi có yêu cầu của địa phương./."."""
    ext = process_file(ROOT / "tests/fixtures/realdocs/223-CD-TTg.md").extraction
    whats = [i.what for i in build_checklist(ext, TODAY)]
    assert any(w.endswith("khi có yêu cầu của địa phương") for w in whats)
    assert not any(w.rstrip().endswith("/") for w in whats)


def test_figures_are_written_the_vietnamese_way():
    """"1.5 lần" in the phiếu's header (a newcomer, session 13): a decimal comma and a thousands dot."""
    from vanban.extract.checklist import _n

    assert [_n(x) for x in (1.5, 96.5, 1000, 1_000_000, 2, 1234.5)] == ["1,5", "96,5", "1.000", "1.000.000", "2", "1.234,5"]
