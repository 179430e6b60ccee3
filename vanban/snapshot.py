"""Each input read once: a private copy, hashed as it is copied.

Why (as OCRmyPDF copies its input into a work folder first): the conveyor
used to hash a file, hash it again while loading, then let OCR workers open
it by path, so a file replaced during an ingest was stored with one
version's sha256 and another version's text. Every step after
:func:`snapshot` — loading, OCR workers, shipping to Dask — reads the copy.

A batch's work folder is ``<tmp>/vanban-ingest-<pid>-<random>``; the
folders of killed ingests are swept by the next one (:func:`sweep_work_dirs`).
"""

from __future__ import annotations

import hashlib
import itertools
import os
import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from .ingest import SUPPORTED_SUFFIXES, load
from .models import InputError, LimitExceeded, Limits, SourceDocument
from .text import utf8_name


@dataclass(frozen=True)
class Snapshot:
    """One input read once: its private copy and the sha256 of exactly those bytes.

    Every later step (load, OCR workers, shipping to Dask) reads ``copy``,
    never ``path`` again, so a file replaced during the ingest is stored with
    the text and the hash of one and the same version.
    """

    path: Path  # the input as found (what the archive records)
    copy: Path  # private copy in the batch's work folder
    sha256: str
    mtime: float


def snapshot(path: Path, work_dir: Path, limits: Limits = Limits()) -> Snapshot:
    """Copy ``path`` into ``work_dir`` (OCRmyPDF-style), hashing the bytes as copied.

    Raises InputError / LimitExceeded (from :func:`vanban.ingest.load`'s own
    checks) for a missing, empty, unsupported or oversized file, which is
    then never copied.
    """
    try:
        st = path.stat()
        suspect = (not path.is_file() or st.st_size == 0 or st.st_size > limits.max_file_bytes
                   or path.suffix.lower() not in SUPPORTED_SUFFIXES)
    except OSError:
        suspect = True
    if suspect:
        load(path, limits)  # says why in one line (it raises for each case above)
    folder = work_dir / str(next(_COPY_NAMES))
    folder.mkdir()
    copy = folder / path.name  # same name: the kind is detected from suffix and content
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as src, open(copy, "wb") as dst:
            st = os.fstat(src.fileno())
            copied = 0
            for chunk in iter(lambda: src.read(1 << 20), b""):
                copied += len(chunk)
                if copied > limits.max_file_bytes:  # it grew while being read
                    raise LimitExceeded(
                        f"file too large: over {limits.max_file_bytes} bytes (it grew while read)")
                digest.update(chunk)
                dst.write(chunk)
    except OSError as exc:  # reading the input, or writing its copy (a full disk)
        raise InputError(f"cannot read or copy file ({exc.strerror or exc})") from None
    return Snapshot(path=path, copy=copy, sha256=digest.hexdigest(), mtime=st.st_mtime)


_COPY_NAMES = itertools.count()


def archived_path(path: str | os.PathLike[str]) -> str:
    """The path an input is archived under: absolute, as typed otherwise (no link
    resolved). The key of the file's versions, of its "already stored" check and
    of its ``ingest_errors`` row: all three must agree, or a file typed as a
    relative path is compared with the wrong versions.

    A name whose bytes are not UTF-8 (cp1258 or TCVN3 names from old Windows zips:
    Python holds them as surrogates, which SQLite and UTF-8 files refuse) keeps its
    other characters and writes each such byte as ``\\xNN``: a stable key, and a
    readable one (:func:`vanban.text.utf8_name`)."""
    return utf8_name(os.path.abspath(path))


def load_snapshot(snap: Snapshot, limits: Limits, kind: str | None = None) -> SourceDocument:
    """:func:`vanban.ingest.load` on the private copy, named after the input by
    :func:`archived_path`; ``kind`` is the copy's :func:`~vanban.ingest.detect.check_kind`
    when the caller has it already (the file is not sniffed twice)."""
    source = load(snap.copy, limits, kind=kind)
    return replace(source, path=archived_path(snap.path), mtime=snap.mtime)


def new_work_dir() -> Path:
    """A private (0700) work folder for one batch, named by this process."""
    sweep_work_dirs()
    return Path(tempfile.mkdtemp(prefix=f"{WORK_PREFIX}{os.getpid()}-"))


def discard(snap: Snapshot) -> None:
    """Remove a snapshot's copy once its document is stored or failed."""
    shutil.rmtree(snap.copy.parent, ignore_errors=True)


#: a batch's private work folder: ``<tmp>/vanban-ingest-<pid>-<random>``
WORK_PREFIX = "vanban-ingest-"


def sweep_work_dirs() -> None:
    """Remove the work folders of ingests that were killed (SIGKILL, out of
    memory) and so could not remove their own: their process is gone."""
    for folder in Path(tempfile.gettempdir()).glob(f"{WORK_PREFIX}*-*"):
        pid = folder.name[len(WORK_PREFIX):].split("-", 1)[0]
        try:
            if not pid.isdigit() or folder.stat().st_uid != os.getuid():
                continue
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except OSError:  # alive (another user's, or no permission to ask)
            pass
