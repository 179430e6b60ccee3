"""A DOCX holding only a task table: its column headers are no issuing body.

Found by a newcomer: a document that is one task table (header row "STT |
Nội dung | Đơn vị chủ trì | Thời hạn") was stored with issuer 'STT'. The
issuer stays empty (the table names no body in a header's place); the
input is a Word file made with python-docx, in both header casings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_helpers import run_cli, table

ROWS = [
    ("1", "Rà soát, cập nhật danh mục thủ tục hành chính", "Văn phòng UBND tỉnh", "Tháng 3/2026"),
    ("2", "Triển khai chữ ký số cho cán bộ, công chức", "Sở Khoa học và Công nghệ", "Quý II/2026"),
]


def _table_docx(path: Path, header: tuple[str, ...]) -> Path:
    import docx

    d = docx.Document()
    t = d.add_table(rows=1 + len(ROWS), cols=len(header))
    for r, row in zip(t.rows, [header, *ROWS]):
        for c, v in zip(r.cells, row):
            c.text = v
    d.save(str(path))
    return path


@pytest.mark.parametrize("header", [
    ("STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"),
    ("TT", "NỘI DUNG", "ĐƠN VỊ CHỦ TRÌ", "THỜI GIAN"),
])
def test_a_column_header_is_not_the_issuer(header: tuple[str, ...], tmp_path: Path) -> None:
    src = _table_docx(tmp_path / "bang_nhiem_vu.docx", header)
    db = tmp_path / "a.db"
    r = run_cli("ingest", str(src), "--db", str(db))
    assert r.returncode == 0, r.stderr
    [(issuer, text)] = table(db, "select issuer, text from documents")
    assert "Sở Khoa học và Công nghệ" in text
    assert issuer is None
