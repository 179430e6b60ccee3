"""The conveyor: runs the stages in order — ingest → OCR → restoration →
extraction → archive — for one file or a whole batch.

Stages know nothing of each other; this module is the only place that calls
them in sequence. Page work (Tesseract, restoration) goes to an executor so
pages of several documents are processed in parallel, while documents are
finished and stored one at a time, in order, in this process: one SQLite
transaction per document, so a crash never leaves half a document and a
re-run stores exactly what is missing.
"""

from __future__ import annotations

import collections
import hashlib
import itertools
import os
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from .executors import open_executor
from .models import (
    DependencyError,
    Document,
    Extraction,
    InputError,
    LimitExceeded,
    Limits,
    Page,
    PageSource,
    SourceDocument,
)
from .readable import garbage_spans, without
from .text import nfc, vietnamese_ratio

#: Below this share of well-formed Vietnamese syllables a document is refused
#: as "not Vietnamese" (English scores ~0.3-0.5, legacy OCR of the seeds ~0.9).
MIN_VIETNAMESE_RATIO = 0.6


# --- one page, in a worker ---------------------------------------------------


def process_page(page: PageSource, limits: Limits, lang: str = "vie") -> Page:
    """OCR a page when it has no text yet, then correct / restore its text.

    Top-level and picklable: it runs in pool workers and on Dask workers.
    """
    from .ocr import ocr_page
    from .ocr.correct import correct_text

    confidence = None
    if page.needs_ocr:
        result = ocr_page(page, limits, lang)
        raw, confidence = result.text, result.confidence
    else:
        raw = page.text or ""
    raw = nfc(raw)
    garbage = garbage_spans(raw)  # a photo or stamp read as letters: flagged, not restored
    readable = without(raw, garbage)
    restoration = correct_text(readable, page.method)
    return Page(
        number=page.number,
        method=page.method,
        raw_text=raw,
        text=restoration.text,
        confidence=confidence,
        restored=restoration.text != readable,
        garbage=garbage,
    )


# --- one document -------------------------------------------------------------


def check_text(source: SourceDocument, pages: Iterable[Page]) -> None:
    """Refuse documents with no readable text, or text that is not Vietnamese.

    Judged on the readable part (OCR garbage regions left out, see
    :mod:`vanban.readable`): a plan with a photo read as noise is stored.
    """
    pages = tuple(pages)
    if not "".join(p.text for p in pages).strip():
        noise = sum(b - a for p in pages for a, b in p.garbage)
        if noise:
            raise InputError(f"no readable text (only OCR garbage: {noise} characters)")
        raise InputError("no text found (blank page or image without text)")
    # judged on the text as read: restoration must not make English look Vietnamese
    ratio = vietnamese_ratio("\n".join(p.readable_raw_text for p in pages))
    if ratio < MIN_VIETNAMESE_RATIO:
        raise InputError(
            f"not Vietnamese text (only {ratio:.0%} of the words are Vietnamese syllables)"
        )


def extract_document(source: SourceDocument, pages: tuple[Page, ...]) -> Document:
    """Check the text and run extraction over the whole document."""
    from .extract import extract

    check_text(source, pages)
    doc = Document(source=source, pages=pages)
    extraction: Extraction = extract(doc.text)
    return Document(source=source, pages=pages, extraction=extraction)


def process_file(
    path: str | Path,
    *,
    jobs: int | None = None,
    executor: str = "process",
    scheduler: str | None = None,
    limits: Limits = Limits(),
    lang: str = "vie",
) -> Document:
    """Run every stage but the archive on one file (``vanban text/extract``)."""
    from .ingest import load

    source = load(Path(path), limits)
    _check_ocr_available(source, lang)
    with open_executor(executor, jobs, scheduler) as pool:
        futures = submit_document(pool, source, limits, lang)
        return assemble(source, [f.result() for f in futures])


def _check_ocr_available(source: SourceDocument, lang: str) -> None:
    if any(p.needs_ocr for p in source.pages):
        from .ocr import check_tesseract

        check_tesseract(lang)


# --- a batch into the archive ---------------------------------------------------
#
# ``ingest`` is a loop over named steps sharing one small context (``Batch``),
# in the manner of OCRmyPDF's pipeline; each step can be called and tested
# alone:
#
#   discover → snapshot (read once, hash) → triage (stored? a copy in flight?)
#   → load the snapshot → submit (windowed) → finish (collect, assemble,
#   store) → release the copies that waited → record failures.

#: The report keeps the first errors only (every one is in ``ingest_errors``
#: and on stderr): a batch of millions must not grow in memory.
MAX_REPORTED_ERRORS = 1000

#: Recording an error in a locked database is tried this many times (each
#: attempt waits SQLite's busy timeout) before the line is only printed.
RECORD_ATTEMPTS = 3


@dataclass
class IngestReport:
    """What a batch did: counts, and the one-line error of (the first) failed files."""

    stored: int = 0
    skipped: int = 0  # already in the archive (same sha256), or a copy of a file stored in this batch
    failed: int = 0
    pages: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _one_line(exc: BaseException) -> str:
    message = " ".join(str(exc).split()) or type(exc).__name__
    if not isinstance(exc, InputError):
        message = f"{type(exc).__name__}: {message}"
    return message


def process_text_document(source: SourceDocument, limits: Limits, lang: str = "vie") -> Document:
    """Pages and extraction of a document that needs no OCR, in ONE worker task.

    Why: for text files extraction costs as much as restoration; run in the
    ingesting process it would make that one process the bottleneck of a
    batch, while here every worker extracts in parallel.
    """
    pages = tuple(process_page(p, limits, lang) for p in source.pages)
    return extract_document(source, pages)


#: Shipped files this worker process keeps (sha256 -> its private copy).
_SHIPPED: dict[str, Path] = {}
_SHIPPED_KEEP = 8
_SHIPPED_LOCK = threading.Lock()


def process_shipped_page(page: PageSource, data: bytes, suffix: str, sha256: str,
                         limits: Limits, lang: str = "vie") -> Page:
    """:func:`process_page` on a worker that cannot read the input file by path.

    A remote Dask worker receives the file's bytes (sent once per document)
    and writes them once into a directory private to this worker process
    (``mkdtemp``: mode 0700, a fresh name), after checking that they hash to
    ``sha256``; the few most recent files are kept for the next pages.
    Why private: a shared ``/tmp`` name can be planted, swapped or pruned by
    another process between a check and a use.
    """
    import dataclasses

    with _SHIPPED_LOCK:
        local = _SHIPPED.get(sha256)
        if local is None:
            if hashlib.sha256(data).hexdigest() != sha256:
                raise InputError("the file's bytes arrived damaged on the worker (sha256 differs)")
            folder = _shipped_dir()
            local = folder / f"{sha256}{suffix}"
            local.write_bytes(data)
            _SHIPPED[sha256] = local
            while len(_SHIPPED) > _SHIPPED_KEEP:  # oldest first: dicts keep insertion order
                _SHIPPED.pop(next(iter(_SHIPPED))).unlink(missing_ok=True)
    return process_page(dataclasses.replace(page, path=str(local)), limits, lang)


_SHIPPED_DIR: list[Path] = []


def _shipped_dir() -> Path:
    if not _SHIPPED_DIR:
        import atexit
        import shutil
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="vanban-shipped-"))
        atexit.register(shutil.rmtree, folder, True)
        _SHIPPED_DIR.append(folder)
    return _SHIPPED_DIR[0]


def submit_document(pool, source: SourceDocument, limits: Limits, lang: str) -> list:
    """Send a document's work to ``pool``: one task for a text document, one
    per page for a scan (its bytes shipped along to remote workers)."""
    if not any(p.needs_ocr for p in source.pages):
        return [pool.submit(process_text_document, source, limits, lang)]
    if getattr(pool, "remote", False):  # workers elsewhere cannot open the file by its path here
        # the bytes the pages were loaded from (the snapshot), not the input path again
        read_from = Path(next(p.path for p in source.pages if p.path))
        data = pool.share(read_from.read_bytes())
        suffix = Path(source.path).suffix.lower()
        return [pool.submit(process_shipped_page, p, data, suffix, source.sha256, limits, lang)
                for p in source.pages]
    return [pool.submit(process_page, p, limits, lang) for p in source.pages]


def assemble(source: SourceDocument, results: list) -> Document:
    """The document from the results of :func:`submit_document`'s tasks."""
    if len(results) == 1 and isinstance(results[0], Document):
        return results[0]
    return extract_document(source, tuple(results))


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
    from .ingest import SUPPORTED_SUFFIXES, load

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


def load_snapshot(snap: Snapshot, limits: Limits) -> SourceDocument:
    """:func:`vanban.ingest.load` on the private copy, named after the input."""
    import dataclasses

    from .ingest import load

    source = load(snap.copy, limits)
    return dataclasses.replace(source, path=str(snap.path), mtime=snap.mtime)


@dataclass
class InFlight:
    """A document whose page work is running."""

    snap: Snapshot
    source: SourceDocument
    futures: list


class Engine:
    """The executor of a batch, renewed when a dead worker breaks a process pool."""

    def __init__(self, pool, jobs: int):
        self.first = self.pool = pool
        self.jobs = jobs

    def renew(self) -> None:
        from .executors import PoolExecutor

        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = PoolExecutor(self.jobs)

    def close(self) -> None:
        if self.pool is not self.first:  # the first is closed by its context manager
            self.pool.shutdown(wait=True, cancel_futures=True)

    @property
    def window(self) -> int:
        """Documents kept in flight: two per worker thread, read afresh (a
        Dask cluster grows as workers join), so memory stays flat."""
        return max(2, self.pool.capacity * 2)


@dataclass
class Batch:
    """The context every batch step reads and updates."""

    archive: Any  # vanban.archive.Archive
    engine: Engine
    work_dir: Path
    limits: Limits = Limits()
    lang: str = "vie"
    say: Callable[[str, str], None] = None  # type: ignore[assignment]
    log_path: Path | None = None  # tracebacks of programming errors
    report: IngestReport = field(default_factory=IngestReport)
    todo: collections.deque = field(default_factory=collections.deque)  # paths to take
    in_flight: collections.deque = field(default_factory=collections.deque)  # InFlight
    waiting: dict = field(default_factory=dict)  # sha256 in flight -> later copies (paths)
    ocr_checked: bool = False
    files_done: Callable[[int], Any] = lambda n: None
    pages_added: Callable[[int], Any] = lambda n: None
    pages_done: Callable[[int], Any] = lambda n: None

    def __post_init__(self) -> None:
        if self.say is None:
            self.say = _print_error


def triage(batch: Batch, snap: Snapshot) -> str:
    """``"stored"`` (nothing to do), ``"wait"`` (a copy of it is in flight:
    it counts as skipped only if that copy is stored) or ``"process"``."""
    if snap.sha256 in batch.waiting:
        return "wait"
    if batch.archive.is_current(str(snap.path), snap.sha256):
        return "stored"
    return "process"


def take(batch: Batch, path: Path) -> None:
    """Snapshot one input and send its work to the pool (or settle it at once)."""
    from concurrent.futures.process import BrokenProcessPool

    snap = None
    try:
        snap = snapshot(path, batch.work_dir, batch.limits)
        verdict = triage(batch, snap)
        if verdict != "process":
            _discard(snap)
            if verdict == "wait":
                batch.waiting[snap.sha256].append(path)
            else:
                batch.report.skipped += 1
                batch.files_done(1)
            return
        source = load_snapshot(snap, batch.limits)
        if not batch.ocr_checked and any(p.needs_ocr for p in source.pages):
            _check_ocr_available(source, batch.lang)
            batch.ocr_checked = True
        try:
            futures = submit_document(batch.engine.pool, source, batch.limits, batch.lang)
        except BrokenProcessPool:  # a worker died between two documents
            recover(batch)
            futures = submit_document(batch.engine.pool, source, batch.limits, batch.lang)
        batch.pages_added(len(source.pages))
        batch.waiting[snap.sha256] = []
        batch.in_flight.append(InFlight(snap, source, futures))
    except DependencyError:
        raise
    except Exception as exc:  # one bad file never stops the batch
        if snap is not None:
            _discard(snap)
        record_failure(batch, path, exc, snap.sha256 if snap else None)


def finish(batch: Batch, item: InFlight, careful: bool = False) -> None:
    """Wait for a document's results, assemble and store it (one transaction).

    A dead worker (BrokenProcessPool) lost the work of every document in
    flight: they are redone one at a time (``careful``), so a file that
    kills workers fails alone.
    """
    from concurrent.futures.process import BrokenProcessPool

    stored = False
    try:
        try:
            results = [f.result() for f in item.futures]
        except BrokenProcessPool:
            if careful:  # broke again with this file alone: it is the cause
                batch.engine.renew()
                raise InputError(
                    "a worker process died reading this file (crash or out of memory)"
                ) from None
            batch.in_flight.appendleft(item)
            recover(batch)
            return
        document = assemble(item.source, results)
        batch.archive.store(document)
        stored = True
        batch.report.stored += 1
        batch.report.pages += len(document.pages)
        batch.pages_done(len(document.pages))
        batch.files_done(1)
    except DependencyError:
        raise
    except Exception as exc:  # one bad file never stops the batch
        record_failure(batch, item.snap.path, exc, item.snap.sha256)
    _discard(item.snap)
    release_copies(batch, item.snap.sha256, stored)


def recover(batch: Batch) -> None:
    """Renew a broken pool and redo every document that was in flight, one at a time."""
    batch.engine.renew()
    redo = list(batch.in_flight)
    batch.in_flight.clear()
    for again in redo:
        futures = submit_document(batch.engine.pool, again.source, batch.limits, batch.lang)
        finish(batch, InFlight(again.snap, again.source, futures), careful=True)


def release_copies(batch: Batch, sha256: str, stored: bool) -> None:
    """Settle the later copies of a document that just finished.

    Stored: they are "skipped as already stored". Failed: nothing of theirs
    is stored, so each goes back to the front of the queue to be tried on
    its own (a timeout or a dead worker need not happen twice).
    """
    copies = batch.waiting.pop(sha256, [])
    if stored:
        batch.report.skipped += len(copies)
        batch.files_done(len(copies))
    else:
        batch.todo.extendleft(reversed(copies))


def record_failure(batch: Batch, path: Path, exc: BaseException | str, sha: str | None) -> None:
    """One line for the user and a row in ``ingest_errors``; never raises.

    A programming error (anything but InputError) also leaves its traceback
    in the batch's log file, which the line names. A locked database is
    retried; if the row still cannot be written the line says so, and the
    batch goes on.
    """
    message = exc if isinstance(exc, str) else _one_line(exc)
    if isinstance(exc, BaseException) and not isinstance(exc, InputError) and batch.log_path:
        where = write_traceback(batch.log_path, path, exc)
        if where:
            message = f"{message} (traceback in {where})"
    report = batch.report
    report.failed += 1
    if len(report.errors) < MAX_REPORTED_ERRORS:
        report.errors.append((str(path), message))
    problem = _record_error_row(batch.archive, str(path), message, sha)
    if problem:
        message = f"{message} (not recorded in ingest_errors: {problem})"
    batch.say(str(path), message)
    batch.files_done(1)


def _record_error_row(archive, path: str, message: str, sha: str | None) -> str | None:
    """Write the error row, retrying a busy database; the cause if it failed."""
    import sqlite3
    import time

    cause = None
    for attempt in range(RECORD_ATTEMPTS):
        try:
            archive.record_error(path, message, sha)
            return None
        except sqlite3.OperationalError as exc:  # locked / busy: wait and retry
            cause = " ".join(str(exc).split())
            time.sleep(0.2 * (attempt + 1))
        except Exception as exc:  # noqa: BLE001 - a damaged archive must not end the batch
            return _one_line(exc)
    return cause


def write_traceback(log_path: Path, path: Path, exc: BaseException) -> Path | None:
    """Append ``exc``'s traceback (with a worker's remote one) to ``log_path``."""
    import datetime
    import traceback

    try:
        with open(log_path, "a", encoding="utf-8") as fh:
            stamp = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
            fh.write(f"--- {stamp} {path}\n")
            fh.write("".join(traceback.format_exception(exc)))
        return log_path
    except OSError:
        return None


def error_log_path(db_path: str | Path) -> Path:
    """Where a batch into ``db_path`` keeps tracebacks: ``archive.errors.log`` beside it."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.stem + ".errors.log")


def _discard(snap: Snapshot) -> None:
    import shutil

    shutil.rmtree(snap.copy.parent, ignore_errors=True)


def run_batch(batch: Batch) -> None:
    """Take inputs while the window has room, else finish the oldest document."""
    while batch.todo or batch.in_flight:
        if batch.todo and len(batch.in_flight) < batch.engine.window:
            take(batch, batch.todo.popleft())
        else:
            finish(batch, batch.in_flight.popleft())


def ingest(
    paths: Iterable[str | Path],
    db_path: str | Path = "archive.db",
    *,
    jobs: int | None = None,
    executor: str = "process",
    scheduler: str | None = None,
    limits: Limits = Limits(),
    lang: str = "vie",
    progress: bool = True,
    on_error: Callable[[str, str], None] | None = None,
) -> IngestReport:
    """Ingest files and folders into the archive at ``db_path``.

    Streams: at most two documents per worker are in flight, so memory
    stays flat however large the batch. Each input is read once into a
    private work folder and hashed as read; everything after reads that
    copy. Each failing file gets one line through ``on_error`` (default:
    stderr, above the progress bars) and a row in ``ingest_errors``; the
    batch goes on. Files whose content is already the latest version at
    their path are skipped, so a re-run after a crash or a kill stores
    exactly what is missing.
    """
    import shutil
    import tempfile

    from tqdm import tqdm

    from .archive import Archive
    from .executors import default_jobs
    from .ingest import discover

    use_archive_layer(db_path)
    files = list(discover(paths))  # paths only: sorted, each once
    jobs = jobs or default_jobs()

    bar_files = tqdm(total=len(files), unit="file", desc="files", disable=not progress, position=0)
    bar_pages = tqdm(total=0, unit="page", desc="pages", disable=not progress, position=1)

    def add_pages(n: int) -> None:
        bar_pages.total += n
        bar_pages.refresh()

    def say(path: str, message: str) -> None:
        if on_error is not None:
            on_error(path, message)
        elif progress:
            tqdm.write(f"vanban: {path}: {message}", file=sys.stderr)
        else:
            _print_error(path, message)

    sweep_work_dirs()
    work_dir = Path(tempfile.mkdtemp(prefix=f"{WORK_PREFIX}{os.getpid()}-"))
    try:
        with Archive(db_path) as archive, \
                open_executor(executor, jobs, scheduler, warn=lambda line: say("(executor)", line)) as pool:
            batch = Batch(archive=archive, engine=Engine(pool, jobs), work_dir=work_dir,
                          limits=limits, lang=lang, say=say, log_path=error_log_path(db_path),
                          files_done=bar_files.update, pages_added=add_pages,
                          pages_done=bar_pages.update)
            batch.todo.extend(files)
            try:
                run_batch(batch)
            finally:
                batch.engine.close()
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)
        bar_pages.close()
        bar_files.close()
    return batch.report


#: a batch's private work folder: ``<tmp>/vanban-ingest-<pid>-<random>``
WORK_PREFIX = "vanban-ingest-"


def sweep_work_dirs() -> None:
    """Remove the work folders of ingests that were killed (SIGKILL, out of
    memory) and so could not remove their own: their process is gone."""
    import shutil
    import tempfile

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


def _print_error(path: str, message: str) -> None:
    print(f"vanban: {path}: {message}", file=sys.stderr)


# --- the archive teaches the restoration model ----------------------------------

#: A page teaches the model only if it was read WITH its marks: restoring a
#: diacritic-poor page and learning from the result would teach the model
#: its own mistakes.
MIN_LEARN_DIACRITIC_RATIO = 0.5


def learn_from_archive(db_path: str | Path) -> tuple[Path, int]:
    """Teach the model's adaptation layer the archive's well-accented pages.

    The layer (``archive.lm-user.npz`` beside the database) is used by later
    ingests into the same archive (:func:`ingest` loads it), so the model
    learns the archive's own names and phrases. Returns (layer path, pages
    in it).

    Idempotent: the layer is rebuilt from the archive's pages, each page
    (by id) counted once however often this runs, and written atomically
    (a ``*.part`` file, fsync, ``os.replace``): a crash keeps the old layer.
    """
    from .archive import Archive
    from .ocr.restore import update_from_texts, user_layer_default_path
    from .text import diacritic_ratio

    layer = user_layer_default_path(db_path)
    fresh = layer.with_name(f"{layer.name}.{os.getpid()}.new")  # a new layer, not added to the old
    counted = 0

    def teaching_pages(rows) -> Iterable[str]:
        nonlocal counted
        for _id, raw, text in rows:
            if text and diacritic_ratio(raw or "") >= MIN_LEARN_DIACRITIC_RATIO:
                counted += 1
                yield text

    try:
        with Archive(db_path) as archive:
            # one content stored twice (v1 → v2 → v1) teaches once
            rows = archive.conn.execute(
                "select id, raw_text, text from pages where document_id in "
                "(select min(id) from documents group by sha256) order by id")
            update_from_texts(teaching_pages(rows), fresh)
        with open(fresh, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(fresh, layer)
    finally:
        fresh.unlink(missing_ok=True)
    return layer, counted


def use_archive_layer(db_path: str | Path) -> None:
    """Make workers load the archive's adaptation layer, when there is one."""
    import os

    from .ocr.restore import user_layer_default_path

    layer = user_layer_default_path(db_path)
    if layer.exists():
        # this archive's layer, even if an earlier ingest in this process
        # named another archive's (workers start with this environment)
        os.environ["VANBAN_LM_USER"] = str(layer)
