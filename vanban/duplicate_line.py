"""The one line the consume folder prints for a file whose exact content the archive already holds.

Why: a clerk drops a file byte-identical to a document stored before; the watcher said "-> document 1 (already
stored)", and when that content was an **older** version of a file the archive has since stored again edited (v1 →
v2 at one path), document 1 was that superseded version: the line read as if the old text were the archive's
current one, and named it by a bare id. The line says what the clerk needs to file it away: it is a duplicate (no
row was added), of which document — its số ký hiệu and the file it came from — and, for an older version, which
version the archive holds now.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .text import shown_path

__all__ = ["duplicate_line"]


def _row(conn: sqlite3.Connection, document_id: int):
    return conn.execute("SELECT id, number, path, version FROM documents WHERE id = ?", [document_id]).fetchone()


def _current(conn: sqlite3.Connection, document_id: int):
    """The newest version of the file ``document_id`` is a version of (following ``supersedes_id``), or None when it
    is that version itself."""
    newest, seen = document_id, {document_id}
    while True:
        nxt = conn.execute("SELECT id FROM documents WHERE supersedes_id = ? ORDER BY id DESC LIMIT 1",
                           [newest]).fetchone()
        if nxt is None or nxt[0] in seen:
            break
        newest = nxt[0]
        seen.add(newest)
    return None if newest == document_id else _row(conn, newest)


def duplicate_line(db_path: str | Path, name: str, document_id: int) -> str:
    """"copy.txt: duplicate of document 3, 24-KH/ĐU, from /kho/24-KH.txt — not stored again"; for an older version:
    "… from /kho/24-KH.txt (version 1; the archive holds version 2, document 4) — not stored again". ``name``: the
    dropped file's name as the folder shows it."""
    uri = "file:" + str(Path(db_path).resolve()) + "?mode=ro"
    with sqlite3.connect(uri, uri=True, timeout=30) as conn:
        row = _row(conn, document_id)
        if row is None:
            return f"{shown_path(name)}: duplicate of document {document_id} — not stored again"
        current = _current(conn, document_id)
    _, number, path, version = row
    what = f"document {document_id}, {number}" if number else f"document {document_id} (no số ký hiệu read)"
    older = (f" (version {version}; the archive holds version {current[3]}, document {current[0]})"
             if current is not None else "")
    return f"{shown_path(name)}: duplicate of {what}, from {shown_path(path)}{older} — not stored again"
