"""A body's block of several long tasks is held whole by the obligation the archive stores, as the checklist lists it.

Found by session 49's newcomer: 96-CD-BXD's "3. Cục Đường bộ Việt Nam" has three bullets (1,258 characters); the
obligation's task was cut at 1,200 characters with "…" and lost the third bullet ("Khẩn trương thành lập các Tổ công
tác …"), Cục Kinh tế - Quản lý đầu tư xây dựng its second, while ``vanban checklist --format md`` listed each bullet:
the archive and the checklist disagreed. The kind is a body's block longer than a display cap, met in some forty
documents of ../shared/realdocs/docs in three layouts: a Công điện's "-" bullets under a numbered body (96-CD-BXD),
a Kế hoạch's lettered items a)–h) under "1. Công an thành phố" (153-KH-UBND, 3,448 characters), a Thông báo's
numbered body with its tasks (659-TB-VPCP). Fixtures: the two documents copied from ../shared/realdocs/docs; the
expected words are read from the documents, each the opening of the block's last task.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from vanban.conveyor import ingest, process_file
from vanban.extract import extract
from vanban.extract.checklist import written_rows
from vanban.text import fold

FIX = Path(__file__).parent / "fixtures" / "block_tasks"


def _whats(name: str, who: str) -> list[str]:
    ext = extract((FIX / name).read_text(encoding="utf-8"))
    return [o.what for o in written_rows(ext) if o.who == who]


@pytest.mark.parametrize(("name", "who", "first", "last"), [
    # a Công điện: three "-" bullets under "3. Cục Đường bộ Việt Nam"
    ("96-CD-BXD.md", "Cục Đường bộ Việt Nam", "Chỉ đạo các Khu Quản lý đường bộ III và IV",
     "Khẩn trương thành lập các Tổ công tác và huy động các chuyên gia có kinh nghiệm"),
    # the same Công điện: two bullets, the first holding a list cut by the writer's own "…"
    ("96-CD-BXD.md", "Cục Kinh tế - Quản lý đầu tư xây dựng", "Chỉ đạo các Ban Quản lý dự án, chủ đầu tư",
     "Tham mưu cho Lãnh đạo Bộ trong việc đôn đốc"),
    # a Kế hoạch: lettered items a)–h) under "1. Công an thành phố"
    ("153-KH-UBND.md", "Công an thành phố", "Tham mưu tổ chức thực hiện và giám sát",
     "Chủ trì triển khai, thực hiện các nhiệm vụ được giao tại các dự án trong Chương trình"),
])
def test_a_bodys_long_block_keeps_its_last_task(name, who, first, last):
    whats = [w for w in _whats(name, who) if w.startswith(first)]
    assert len(whats) == 1
    assert fold(last) in fold(whats[0])
    assert not whats[0].endswith(" …")


def test_the_archive_holds_every_bullet_the_checklist_lists(tmp_path):
    plan = FIX / "96-CD-BXD.md"
    db = tmp_path / "archive.db"
    assert ingest([plan], db, jobs=1, progress=False).stored == 1
    with sqlite3.connect(db) as conn:
        stored = " ".join(w for (w,) in conn.execute("SELECT what FROM obligations WHERE who = ?", ("Cục Đường bộ Việt Nam",)))
    from vanban.export.checklist_office import checklist_files
    from vanban.export.plan_places import PlanPlaces

    doc = process_file(plan, jobs=1)
    md = checklist_files(doc.extraction, ["md"], PlanPlaces.of_document(doc))["md"]
    # each of the three bullets of "3. Cục Đường bộ Việt Nam", as the document opens them
    for opening in ("Chỉ đạo các Khu Quản lý đường bộ III và IV", "Chỉ đạo các đơn vị quản lý đường bộ tập trung",
                    "Khẩn trương thành lập các Tổ công tác"):
        assert fold(opening) in fold(md)
        assert fold(opening) in fold(stored)
