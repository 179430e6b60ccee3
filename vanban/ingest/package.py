"""Size check of ZIP packages (DOCX, ODT) before anything unpacks them.

Why: a DOCX is a ZIP archive, and a few megabytes can hold a
``word/document.xml`` of hundreds of megabytes (a generated or hostile file).
python-docx / lxml would hold it and its tree in memory and work for
minutes, then fail far from the cause; the sizes the archive declares say
it at once, in one line.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from vanban.models import InputError, LimitExceeded, Limits


def check_package(path: Path, limits: Limits = Limits()) -> None:
    """LimitExceeded when the ZIP package at ``path`` unpacks to more than
    ``limits.max_package_bytes`` (128 MB: far above any directive, far below what takes lxml
    minutes and gigabytes; its largest part named);
    InputError when it is no readable ZIP archive."""
    limit = limits.max_package_bytes
    try:
        with zipfile.ZipFile(path) as zf:
            members = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise InputError(f"corrupt ZIP package ({' '.join(str(exc).split())[:100]})") from None
    total = sum(m.file_size for m in members)
    if total > limit:
        biggest = max(members, key=lambda m: m.file_size)
        raise LimitExceeded(
            f"document too large to read: {biggest.filename} unpacks to {biggest.file_size / 2**20:.0f} MB "
            f"({total / 2**20:.0f} MB in all) > limit {limit / 2**20:.0f} MB"
        )
