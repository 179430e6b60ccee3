"""``nhiem_vu_cua`` lists a body's task once, with every deadline its text gives it.

Found by a newcomer: a Quy chế làm việc whose "Điều 3. Trách nhiệm của Văn phòng Đảng
ủy" holds two dated items was listed twice for "van phong dang uy": the obligation
(both items, the earlier deadline) and the other item's deadline as a row of its own
with an empty id. Real parts: the conveyor, archive.db, Datasette's own client.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import quote

from site_client import get_json

from vanban.conveyor import ingest
from vanban.web.server import datasette_app

QUY_CHE = Path(__file__).parent / "fixtures" / "newcomer15" / "05-QC-DU_quy_che_lam_viec.txt"


def _served(tmp_path: Path, name: str, text: str):
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    db = tmp_path / "archive.db"
    report = ingest([src], db, jobs=1, progress=False)
    assert report.failed == 0, report.errors
    return datasette_app(db)


def _tasks(ds, who: str) -> list[dict]:
    return get_json(ds, "/archive/nhiem_vu_cua.json?_shape=array&don_vi=" + quote(who))


def test_a_task_with_two_dated_items_is_one_row_naming_both_deadlines(tmp_path):
    ds = _served(tmp_path, "qc.txt", QUY_CHE.read_text(encoding="utf-8"))
    rows = _tasks(ds, "van phong dang uy")
    assert len(rows) == 1 and rows[0]["id"] is not None, rows
    assert rows[0]["so_ky_hieu"] == "05-QC/ĐU"
    assert rows[0]["thoi_han"] == "trước ngày 30/11/2026; trước ngày 20 hằng tháng"


def test_a_deadline_of_another_body_inside_a_task_keeps_its_own_row(tmp_path):
    """Only the body's own deadlines join its task's row: one the same text gives
    another body stays that body's row (id empty)."""
    text = QUY_CHE.read_text(encoding="utf-8").replace(
        "gửi Huyện ủy trước ngày 20 hằng tháng.\n",
        "gửi Huyện ủy trước ngày 20 hằng tháng.\n"
        "Ủy ban Kiểm tra Đảng ủy kiểm tra việc thực hiện, báo cáo trước ngày 25/11/2026.\n")
    ds = _served(tmp_path, "qc.txt", text)
    (office,) = _tasks(ds, "van phong dang uy")
    assert "25/11/2026" not in office["thoi_han"]
    control = _tasks(ds, "uy ban kiem tra")
    assert [(r["id"], r["thoi_han"], r["han"]) for r in control] == [(None, "trước ngày 25/11/2026", "2026-11-25")]
