"""A fact read in a table's cell is quoted by its row in ``vanban extract --format json`` (``extract.row_sentences``).

Found by the session-21 newcomer: in a schedule table with no full stop between its cells, the deadline "Năm 2026"
of row 3 was quoted by the whole flattened table (header and every row), the deadline of row 1 by its date cell alone
("Tháng 6/2026"). The plan below is written for this test in the style of a commune's plan (a DOCX table made with
python-docx, read by the DOCX reader, stored in SQLite by ``vanban ingest``); the expected quotes are its rows as a
reader reads them, and ``start``/``end`` point into the text the archive stores."""

from __future__ import annotations

import json
import sqlite3

from click.testing import CliRunner
from docx import Document

from vanban.cli import cli

ROWS = [
    ("TT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian thực hiện"),
    ("1", "Rà soát, cập nhật dữ liệu dân cư trên hệ thống", "Công an xã", "Tháng 6/2026"),
    ("2", "Tổ chức tập huấn kỹ năng số cho cán bộ, công chức", "Văn phòng HĐND và UBND xã", "Quý III/2026"),
    ("3", "Xây dựng mô hình thôn thông minh thí điểm", "Phòng Văn hóa - Xã hội", "Năm 2026"),
    ("4", "Báo cáo kết quả thực hiện về UBND huyện", "Phòng Kinh tế", "Trước ngày 10/12/2026"),
]


def _plan(path):
    doc = Document()
    for line in ("ỦY BAN NHÂN DÂN XÃ AN HÒA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 "Số: 45/KH-UBND", "An Hòa, ngày 10 tháng 3 năm 2026", "KẾ HOẠCH",
                 "Triển khai chuyển đổi số trên địa bàn xã năm 2026", "I. MỤC ĐÍCH, YÊU CẦU",
                 "Đẩy mạnh chuyển đổi số trong các cơ quan, đơn vị trên địa bàn xã.", "II. NHIỆM VỤ CỤ THỂ"):
        doc.add_paragraph(line)
    table = doc.add_table(rows=len(ROWS), cols=4)
    for r, row in enumerate(ROWS):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for line in ("III. TỔ CHỨC THỰC HIỆN", "Các đơn vị căn cứ nhiệm vụ được giao triển khai thực hiện.",
                 "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Bình"):
        doc.add_paragraph(line)
    doc.save(path)
    return path


def test_a_table_cells_facts_are_quoted_by_their_row_with_offsets_into_the_stored_text(tmp_path):
    plan = _plan(tmp_path / "45-KH-UBND.docx")
    db = tmp_path / "archive.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(plan), "--db", str(db), "-j", "1"]).exit_code == 0
    got = runner.invoke(cli, ["extract", str(plan), "-j", "1"])
    assert got.exit_code == 0, got.output
    out = json.loads(got.stdout)
    with sqlite3.connect(db) as conn:
        (stored,) = conn.execute("SELECT text FROM documents").fetchone()
    rows = {" ".join(r) for r in ROWS[1:]}
    dated = [d for d in out["deadlines"] if d["text"] in {r[3] for r in ROWS[1:]}]
    assert {d["text"] for d in dated} == {r[3] for r in ROWS[1:]}
    for d in dated:
        row = next(" ".join(r) for r in ROWS[1:] if r[3] == d["text"])
        assert d["sentence"] == row  # the row, never the table nor the date cell alone
        assert stored[d["start"]:d["end"]] == d["text"]
    tasks = [o for o in out["obligations"] if o["sentence"] in rows]
    assert len(tasks) == 4
    for o in tasks:
        assert o["what"] in stored[o["start"]:o["end"]]
        if o["deadline"]:
            assert o["deadline"]["sentence"] == o["sentence"]
    assert all("Thời gian thực hiện" not in (f["sentence"] or "") for k in ("deadlines", "targets", "obligations")
               for f in out[k])  # the header is in no row's quote
