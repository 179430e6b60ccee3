"""A checklist row's task ends where the next duty with its own deadline begins, also read back from the archive.

Found by a newcomer on the demo archive: the Word table of 18-KH/ĐU downloaded from the site had in row 1 "căn cứ Kế
hoạch này …, gửi về Ban Xây dựng Đảng; báo cáo sơ kết 6 tháng và báo cáo năm trước ngày 25 tháng 11 hằng năm", due
20/02/2026, and rows 2 and 3 listed the two reports again. The archive keeps one obligation per assignment (the
labels' convention) and its rows carry no offsets: the checklist now finds the further tasks of the row by its
sentence and ";"-clauses (checklist._written_in), as ``vanban checklist`` does by offsets.
"""

from __future__ import annotations

import csv
import io
import sqlite3

import docx
import pytest
from site_client import get

from vanban.extract import extract
from vanban.extract.checklist import build_checklist
from vanban.models import Metadata
from vanban.web import downloads as D
from vanban.web.server import datasette_app

CHI_BO = ("4. Các chi bộ trực thuộc căn cứ Kế hoạch này xây dựng chương trình hành động phù hợp với thực tế, gửi về Ban "
          "Xây dựng Đảng trước ngày 20/02/2026; báo cáo sơ kết 6 tháng trước ngày 15/6/2026 và báo cáo năm trước ngày 25 "
          "tháng 11 hằng năm.")
HEAD = "ĐẢNG ỦY XÃ HÒA BÌNH\nSố 18-KH/ĐU\nHòa Bình, ngày 12 tháng 01 năm 2026\nKẾ HOẠCH\nchuyển đổi số năm 2026\n\nIV. TỔ CHỨC THỰC HIỆN\n"


def _archived_rows(db, doc_id):
    with sqlite3.connect(db) as c:
        c.row_factory = sqlite3.Row
        rows = [[dict(r) for r in c.execute(sql, [doc_id])] for sql in (D._OBLIGATIONS_SQL, D._DEADLINES_SQL, D._TARGETS_SQL)]
    return build_checklist(D.extraction_of(Metadata(), *rows))


@pytest.mark.parametrize("sentence, tasks", [
    (CHI_BO, [("căn cứ Kế hoạch này xây dựng chương trình hành động phù hợp với thực tế, gửi về Ban Xây dựng Đảng",
               "trước ngày 20/02/2026"),
              ("báo cáo sơ kết 6 tháng", "trước ngày 15/6/2026"), ("báo cáo năm", "trước ngày 25 tháng 11 hằng năm")]),
    ("1. Phòng Văn hóa - Xã hội chủ trì rà soát danh sách hộ nghèo, gửi Ủy ban nhân dân xã trước ngày 15/3/2026; tổ "
     "chức kiểm tra việc chi trả trợ cấp trước ngày 30/9/2026.",
     [("chủ trì rà soát danh sách hộ nghèo, gửi Ủy ban nhân dân xã", "trước ngày 15/3/2026"),
      ("tổ chức kiểm tra việc chi trả trợ cấp", "trước ngày 30/9/2026")]),
])
def test_archive_rows_give_the_checklist_of_the_extraction(tmp_path, sentence, tasks):
    from vanban.archive import Archive
    from vanban.conveyor import process_file

    plan = tmp_path / "plan.txt"
    # a task no body is named for: its deadline is a row of its own, read back from the archive too
    plan.write_text(HEAD + sentence + "\n5. Hoàn thành việc số hóa hồ sơ lưu trữ trước ngày 30/10/2026.\n", encoding="utf-8")
    doc = process_file(plan, jobs=1)
    tasks = tasks + [("Hoàn thành việc số hóa hồ sơ lưu trữ", "trước ngày 30/10/2026")]
    direct = [(it.what, it.deadline) for it in build_checklist(doc.extraction)]
    assert direct == tasks
    with Archive(tmp_path / "a.db") as archive:
        doc_id = archive.store(doc)
    assert [(it.what, it.deadline) for it in _archived_rows(tmp_path / "a.db", doc_id)] == tasks


def test_the_demo_plans_word_table_on_the_site(samples_archive):
    ds = datasette_app(samples_archive)
    with sqlite3.connect(samples_archive) as c:
        doc_id = next(i for i, p in c.execute("select id, path from documents") if "18-KH-DU" in p)
    r = get(ds, f"/-/vanban/checklist/{doc_id}.docx")
    assert r.status_code == 200
    table = docx.Document(io.BytesIO(r.content)).tables[0]
    head = [c.text for c in table.rows[0].cells]
    what, who, due = head.index("Nội dung công việc"), head.index("Đơn vị chủ trì"), head.index("Thời hạn")
    # "Thời hạn" as written, before the day it resolves to ("(15/06/2026)") or a rule's words (" — lặp lại …")
    chi_bo = [(row.cells[what].text, row.cells[due].text.split(" (")[0].split(" — ")[0]) for row in table.rows[1:]
              if row.cells[who].text == "Các chi bộ trực thuộc"]
    assert chi_bo == [  # the phiếu writes each task from a capital
        ("Căn cứ Kế hoạch này xây dựng chương trình hành động phù hợp với thực tế, gửi về Ban Xây dựng Đảng",
         "trước ngày 20/02/2026"),
        ("Báo cáo sơ kết 6 tháng", "trước ngày 15/6/2026"),
        ("Báo cáo năm", "trước ngày 25 tháng 11 hằng năm")]
    csv_rows = list(csv.reader(io.StringIO(get(ds, f"/-/vanban/checklist/{doc_id}.csv").content.decode("utf-8-sig"))))
    assert sum(1 for row in csv_rows if "Báo cáo năm" in " ".join(row[:3])) == 1


def test_extract_keeps_one_obligation_per_assignment():
    """The labels' convention stays: one obligation for the chi bộ, dated by its earliest deadline."""
    ext = extract(HEAD + CHI_BO + "\n")
    chi_bo = [o for o in ext.obligations if o.who == "Các chi bộ trực thuộc"]
    assert len(chi_bo) == 1 and chi_bo[0].deadline.date == "2026-02-20"
