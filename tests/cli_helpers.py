"""Shared by the tests that run the real ``vanban`` command: its path, a
Vietnamese plan, and small SQLite readers. A helper module, so tests never
import each other's test modules."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VANBAN = [sys.executable, "-m", "vanban.cli"]

VIETNAMESE_PLAN = """ĐẢNG ỦY XÃ AN PHÚ
Số 07-KH/ĐU
An Phú, ngày 12 tháng 3 năm 2026
KẾ HOẠCH
Tổ chức thực hiện phong trào thi đua "Dân vận khéo" năm 2026
Căn cứ Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng về công tác dân vận,
Ban Thường vụ Đảng ủy xã xây dựng kế hoạch như sau:
Các chi bộ báo cáo kết quả về Văn phòng Đảng ủy trước ngày 25 tháng 11 hằng năm.
"""


def run_cli(*args: str, env: dict | None = None, input: str | None = None):
    return subprocess.run(
        [*VANBAN, *args], capture_output=True, text=True, cwd=ROOT, env=env, input=input,
        timeout=600,
    )


def table(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def archive_content(db: Path) -> list[tuple]:
    """What an archive holds, without ids and timestamps."""
    return table(
        db,
        "select sha256, kind, page_count, raw_text, text, number, type, date, title "
        "from documents order by sha256",
    ) + table(
        db,
        "select d.sha256, p.number, p.method, p.raw_text, p.text, p.confidence "
        "from pages p join documents d on d.id = p.document_id order by d.sha256, p.number",
    )


ENGLISH = ("The committee will review the annual report and publish the results "
           "before the end of the year, together with the budget for next spring.\n") * 4


def sha256_hex(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()
