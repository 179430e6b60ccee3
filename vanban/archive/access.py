"""Why an archive (or a file vanban keeps beside it) cannot be written where it lies.

Why: SQLite says "unable to open database file" for every cause alike — a read-only
file system, a folder the user may not write (SQLite keeps its WAL and shared-memory
files beside the database, so even reading a WAL archive there fails), a read-only file.
A newcomer read "not a vanban archive" or "cannot open archive" for an archive that is one
and only cannot be written. The commands that write (ingest, reindex, watch, account add,
lm learn) name the real cause with :func:`write_blocker`, once, before the path's message.
"""

from __future__ import annotations

import os

__all__ = ["write_blocker"]


def write_blocker(path: str | os.PathLike[str]) -> str | None:
    """Why ``path`` (an archive, or a file to create beside one) cannot be written, as words
    to follow "cannot be written: " — or None when nothing stops a write (or the folder is
    missing: another error names that). Checks, in order: the folder's file system mounted
    read-only (``statvfs`` ``ST_RDONLY``), the file itself read-only, the folder not writable
    (``os.access``; as root only a read-only mount stops a write)."""
    full = os.path.abspath(os.fspath(path))
    folder = os.path.dirname(full) or os.sep
    if not os.path.isdir(folder):
        return None
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return f"its folder {folder} is on a read-only file system"
    except (OSError, AttributeError):  # no statvfs (Windows): os.access below still tells
        pass
    if os.path.exists(full) and not os.access(full, os.W_OK):
        return "the file is read-only"
    if not os.access(folder, os.W_OK | os.X_OK):
        why = " (SQLite writes its journal there)" if full.endswith((".db", ".sqlite", ".sqlite3")) else ""
        return f"its folder {folder} is read-only{why}"
    return None
