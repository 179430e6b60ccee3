"""Write a file so that readers see the old content or the new, never half.

Why: the learned layer and the model are read by every later ingest; a
crash, a full disk or a kill while writing them in place would leave a
truncated file that breaks every run after it. The bytes go to a ``*.part``
file beside the target (same file system), are flushed to disk (fsync),
then ``os.replace`` swaps it in atomically and the folder entry is synced.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import IO, Iterator


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "wb") -> Iterator[IO]:
    """Open ``path.<pid>.part`` for writing; on success it replaces ``path``.

    ``mode``: "wb" or "w" (UTF-8). On an exception the part file is removed
    and ``path`` is untouched.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(f"{target.name}.{os.getpid()}.part")
    kwargs = {} if "b" in mode else {"encoding": "utf-8"}
    try:
        with open(part, mode, **kwargs) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    _sync_dir(target.parent)


def _sync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)
