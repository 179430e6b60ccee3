"""``nhiem_vu_cua`` lists each of a body's tasks once, one row per due date.

Found by a newcomer: a Quy chế làm việc whose "Điều 3. Trách nhiệm của Văn phòng Đảng
ủy" holds two dated items was listed as the obligation (both items' text, the earlier
deadline, id 69) and the other item's deadline as a row of its own (id empty) — the
first item's task twice. Real parts: the conveyor, archive.db, Datasette's own client.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from site_client import get_json

from vanban.conveyor import ingest
from vanban.text import fold
from vanban.web.server import datasette_app
from vanban.web.task_rows import tasks_without

QUY_CHE = Path(__file__).parent / "fixtures" / "newcomer15" / "05-QC-DU_quy_che_lam_viec.txt"
PROGRAMME, REPORT = "tham mưu chương trình công tác toàn khóa", "tổng hợp báo cáo định kỳ hằng tháng"


def _served(tmp_path: Path, text: str):
    src = tmp_path / "qc.txt"
    src.write_text(text, encoding="utf-8")
    db = tmp_path / "archive.db"
    report = ingest([src], db, jobs=1, progress=False)
    assert report.failed == 0, report.errors
    return datasette_app(db)


def _tasks(ds, who: str) -> list[dict]:
    return get_json(ds, "/archive/nhiem_vu_cua.json?_shape=array&don_vi=" + quote(who))


def _rows_naming(rows: list[dict], task: str) -> list[dict]:
    return [r for r in rows if fold(task) in fold(r["nhiem_vu"] or "")]


def test_two_dated_items_of_one_article_are_two_rows_each_task_once(tmp_path):
    rows = _tasks(_served(tmp_path, QUY_CHE.read_text(encoding="utf-8")), "van phong dang uy")
    assert {r["so_ky_hieu"] for r in rows} == {"05-QC/ĐU"}
    assert sorted(r["han"] for r in rows) == ["2026-11-20", "2026-11-30"]  # a row per due date, as designed
    (programme,) = _rows_naming(rows, PROGRAMME)
    (report,) = _rows_naming(rows, REPORT)
    assert programme["thoi_han"] == "trước ngày 30/11/2026"
    assert report["thoi_han"] == "trước ngày 20 hằng tháng" and report["id"] is not None


def test_another_bodys_deadline_leaves_the_task_row_whole(tmp_path):
    """Only the body's own other rows are taken out: a deadline the text gives another
    body is that body's row, and the office's rows still list both its items, each once (one row per task
    with its own due date since session 18: the undated one and the monthly one)."""
    text = QUY_CHE.read_text(encoding="utf-8").replace(
        "1. Văn phòng Đảng ủy tham mưu chương trình công tác toàn khóa, trình Ban Thường vụ trước ngày 30/11/2026.",
        "1. Văn phòng Đảng ủy tham mưu chương trình công tác toàn khóa, trình Ban Thường vụ.")
    text = text.replace("gửi Huyện ủy trước ngày 20 hằng tháng.\n", "gửi Huyện ủy trước ngày 20 hằng tháng.\n"
                        "Ủy ban Kiểm tra Đảng ủy kiểm tra việc thực hiện, báo cáo trước ngày 25/11/2026.\n")
    ds = _served(tmp_path, text)
    office = _tasks(ds, "van phong dang uy")
    (programme,) = _rows_naming(office, PROGRAMME)
    (report,) = _rows_naming(office, REPORT)
    assert programme["han"] is None and report["thoi_han"] == "trước ngày 20 hằng tháng"
    assert [r["han"] for r in _tasks(ds, "uy ban kiem tra")] == ["2026-11-25"]


def test_tasks_without_never_leaves_a_row_empty():
    what = "Văn phòng Đảng ủy tham mưu chương trình công tác toàn khóa; tổng hợp báo cáo"
    assert tasks_without(what, "tham mưu chương trình công tác toàn khóa") == "tổng hợp báo cáo"
    assert tasks_without(what, "tham mưu chương trình công tác toàn khóa\x1ftổng hợp báo cáo") == what
    assert tasks_without(what, None) == what
