"""A batch into the archive as named steps over one small context (``Batch``),
in the manner of OCRmyPDF's pipeline; each step can be called and tested alone:

    snapshot (read once, hash) → triage (stored? a copy in flight?) → load
    the snapshot → submit (windowed) → finish (collect, assemble, store) →
    release the copies that waited → record failures.

:func:`vanban.conveyor.ingest` builds the context and runs :func:`run_batch`.
Database writes happen only here, in the ingesting process.
"""

from __future__ import annotations

import collections
import logging
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .archive import ArchiveWriteError
from .conveyor import (
    IngestReport,
    MAX_REPORTED_ERRORS,
    assemble,
    check_ocr_available,
    header_lost,
    one_line,
    print_error,
    submit_document,
)
from .models import DependencyError, InputError, Limits, SourceDocument
from .interrupt import interrupt_within
from .ingest.detect import check_kind, misnamed
from .snapshot import Snapshot, archived_path, discard, load_snapshot, snapshot

#: Recording an error in a locked database is tried this many times (each
#: attempt waits SQLite's busy timeout) before the line is only printed.
RECORD_ATTEMPTS = 3


#: a text file longer than this is taken after the other files of its batch (:func:`long_texts_last`)
LONG_TEXT_BYTES = 256 * 1024
#: the suffixes read as one page of text, whatever their length (:mod:`vanban.ingest.textfile`)
TEXT_SUFFIXES = (".txt", ".md")


def long_texts_last(paths: list[Path]) -> list[Path]:
    """``paths`` in their order, but the text files over :data:`LONG_TEXT_BYTES` after the others.

    Why: a text is one page read by one task (restoration, structure and extraction of the whole
    text: some two minutes a megabyte), and documents are stored in the order they were taken, so a
    long text taken first held back the small files queued with it until it was done (a newcomer's
    12 MB text: half an hour before anything else was stored). Taken last, it is read while the
    others are stored; the order stays the same from run to run (the sizes decide, not the clock)."""
    def long_text(p: Path) -> bool:
        try:
            return p.suffix.lower() in TEXT_SUFFIXES and p.stat().st_size > LONG_TEXT_BYTES
        except OSError:  # missing, a dangling link: load says why, in its turn
            return False

    late = [long_text(p) for p in paths]
    return [p for p, x in zip(paths, late) if not x] + [p for p, x in zip(paths, late) if x]


def long_text_note(source: SourceDocument, limits: Limits = Limits()) -> str | None:
    """"a long text (1.1 MB, limit 2 MB): some 1–3 minutes of CPU (several times that on a busy machine) to read" for a
    text over :data:`LONG_TEXT_BYTES`, else None: said when it is taken, since the progress bar counts it as one page
    and shows nothing moving. From the file's size and the limit alone: one file, one line, whatever the load."""
    from .ingest import megabytes, reading_time

    if source.kind != "txt" or source.size <= LONG_TEXT_BYTES:
        return None
    return (f"a long text ({megabytes(source.size)} MB, limit {megabytes(limits.max_text_bytes)} MB): "
            f"{reading_time(source.size)} to read")


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

    def close(self, interrupted: bool = False) -> None:
        """Shut the renewed pool down (the first is closed by its context manager); ``interrupted``: its workers
        are stopped at once first (:func:`vanban.executors.stop_workers`), the pages in flight abandoned."""
        from .executors import stop_workers

        if self.pool is not self.first:
            if interrupted:
                stop_workers(self.pool)
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
    #: called from a pool thread as each task's pages are read (upload progress)
    pages_worked: Callable[[int], Any] | None = None

    def __post_init__(self) -> None:
        if self.say is None:
            self.say = print_error


def triage(batch: Batch, snap: Snapshot) -> str:
    """``"stored"`` (nothing to do), ``"wait"`` (a copy of it is in flight:
    it counts as skipped only if that copy is stored) or ``"process"``.
    Call it after :func:`check_kind`: a content its name contradicts must
    fail even when a copy is stored under another name, or in flight."""
    if snap.sha256 in batch.waiting:
        return "wait"
    if batch.archive.note_file(archived_path(snap.path), snap.sha256) is not None:
        return "stored"  # the latest version at its path, or a copy (now recorded) of a document
    return "process"


def take(batch: Batch, path: Path) -> None:
    """Snapshot one input and send its work to the pool (or settle it at once)."""
    from concurrent.futures.process import BrokenProcessPool

    snap = None
    try:
        snap = snapshot(path, batch.work_dir, batch.limits)
        kind = check_kind(snap.copy)  # before triage (its docstring); load reuses it
        verdict = triage(batch, snap)
        if verdict != "process":
            if (lie := misnamed(Path(path), kind)) is not None:  # a copy under a lying name: said, as load says it
                logging.getLogger("vanban").warning("vanban: %s: %s", path, lie)
            discard(snap)
            if verdict == "wait":
                batch.waiting[snap.sha256].append(path)
            else:
                batch.report.skipped += 1
                batch.files_done(1)
            return
        source = load_snapshot(snap, batch.limits, kind)
        if source.note:  # how the file was read, not an error: stderr only
            logging.getLogger("vanban").warning("vanban: %s: %s", path, source.note)
        if (long := long_text_note(source, batch.limits)) is not None:
            logging.getLogger("vanban").warning("vanban: %s: %s", path, long)
        if not batch.ocr_checked and any(p.needs_ocr for p in source.pages):
            check_ocr_available(source, batch.lang)
            batch.ocr_checked = True
        try:
            futures = submit_document(batch.engine.pool, source, batch.limits, batch.lang)
        except BrokenProcessPool:  # a worker died between two documents
            recover(batch)
            futures = submit_document(batch.engine.pool, source, batch.limits, batch.lang)
        batch.pages_added(len(source.pages))
        if batch.pages_worked is not None:
            per_task = len(source.pages) // max(1, len(futures))  # a text document is one task
            for f in futures:
                f.add_done_callback(lambda _f, n=per_task: batch.pages_worked(n))
        batch.waiting[snap.sha256] = []
        batch.in_flight.append(InFlight(snap, source, futures))
    except (DependencyError, ArchiveWriteError):  # nothing later can work: the batch stops
        raise
    except Exception as exc:  # one bad file never stops the batch
        if snap is not None:
            discard(snap)
        if (interrupt := interrupt_within(exc)) is not None:  # Ctrl-C wrapped by Python: the batch stops
            raise interrupt from None
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
        # a degraded scan's lost date or issuer: a warning line, as for a text (the same rule that wrote the note)
        if document.extraction and (lost := header_lost(document.pages, document.extraction)):
            logging.getLogger("vanban").warning("vanban: warning: %s: %s", item.snap.path, lost)
        if batch.archive.last_created:
            batch.report.stored += 1
        else:  # another ingest running beside this one stored it first
            batch.report.skipped += 1
        batch.report.pages += len(document.pages)
        batch.pages_done(len(document.pages))
        batch.files_done(1)
    except (DependencyError, ArchiveWriteError):  # nothing later can work: the batch stops
        raise
    except Exception as exc:  # one bad file never stops the batch
        if (interrupt := interrupt_within(exc)) is not None:  # Ctrl-C wrapped by Python: the batch stops
            discard(item.snap)
            raise interrupt from None
        record_failure(batch, item.snap.path, exc, item.snap.sha256)
    discard(item.snap)
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
        for path in copies:  # each copy's path is recorded (``copies``), so it outlives the original
            try:
                if batch.archive.note_file(archived_path(path), sha256) is None:
                    raise InputError("its copy was stored but could not be recorded under this name")
            except ArchiveWriteError:
                raise
            except Exception as exc:  # noqa: BLE001 - a locked archive must not end the batch
                record_failure(batch, path, exc, sha256)
                continue
            batch.report.skipped += 1
            batch.files_done(1)
    else:
        batch.todo.extendleft(reversed(copies))


def record_failure(batch: Batch, path: Path, exc: BaseException | str, sha: str | None) -> None:
    """One line for the user and a row in ``ingest_errors``; never raises.

    A programming error (anything but InputError) also leaves its traceback
    in the batch's log file, which the line names. A locked database is
    retried; if the row still cannot be written the line says so, and the
    batch goes on.
    """
    message = exc if isinstance(exc, str) else one_line(exc)
    if isinstance(exc, BaseException) and not isinstance(exc, InputError) and batch.log_path:
        where = write_traceback(batch.log_path, path, exc)
        if where:
            message = f"{message} (traceback in {where})"
    report = batch.report
    report.failed += 1
    if len(report.errors) < MAX_REPORTED_ERRORS:
        report.errors.append((str(path), message))
    batch.say(str(path), record_refusal(batch.archive, path, message, sha, count=True))
    batch.files_done(1)


def record_refusal(archive, path: str | Path, message: str, sha: str | None = None, count: bool = False) -> str:
    """A refused file's row in ``ingest_errors`` (under :func:`archived_path`); returns the
    reason as the user's one line says it. Never raises.

    Why one function: a bad file is refused the same way whichever way it came in —
    ``vanban ingest`` (:func:`record_failure`) and the upload page (a file refused before
    the conveyor saw it: empty, too large, none chosen) both write their row here, with
    the same key and the same retries when the served archive's writer holds the lock.
    """
    problem, again = _record_error_row(archive, str(path), message, sha)
    if problem:
        return f"{message} (not recorded in ingest_errors: {problem})"
    return f"{message} ({again})" if again and count else message  # (``count``: the CLI's line says a re-run's attempt)


def _record_error_row(archive, path: str, message: str, sha: str | None) -> tuple[str | None, str | None]:
    """Write the error row, retrying a busy database: (the cause if it failed, what the line says of a file refused
    before — "refused 2 times, first at 2026-12-06 12:10:03 UTC" — or None)."""
    cause = None
    for attempt in range(RECORD_ATTEMPTS):
        try:
            tried, since = archive.record_error(archived_path(path), message, sha)
            return None, (f"refused {tried} times, first at {since}" if tried > 1 else None)
        except sqlite3.OperationalError as exc:  # locked / busy: wait and retry
            cause = " ".join(str(exc).split())
            time.sleep(0.2 * (attempt + 1))
        except Exception as exc:  # noqa: BLE001 - a damaged archive must not end the batch
            return one_line(exc), None
    return cause, None


def write_traceback(log_path: Path, path: Path, exc: BaseException) -> Path | None:
    """Append ``exc``'s traceback (with a worker's remote one) to ``log_path``."""
    import datetime
    import traceback

    try:
        with open(log_path, "a", encoding="utf-8") as fh:
            stamp = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
            fh.write(f"--- {stamp} {archived_path(path)}\n")
            fh.write("".join(traceback.format_exception(exc)))
        return log_path
    except OSError:
        return None


def error_log_path(db_path: str | Path) -> Path:
    """Where a batch into ``db_path`` keeps tracebacks: ``archive.errors.log`` beside it."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.stem + ".errors.log")


def run_batch(batch: Batch) -> None:
    """Take inputs while the window has room, else finish the oldest document.

    An archive that cannot be written (a full disk) stops the batch with
    :class:`ArchiveWriteError`, its one line saying what was done before: the
    file being stored is not at fault, so it gets no ``ingest_errors`` row, and a
    re-run once there is room stores exactly what is missing."""
    try:
        while batch.todo or batch.in_flight:
            if batch.todo and len(batch.in_flight) < batch.engine.window:
                take(batch, batch.todo.popleft())
            else:
                finish(batch, batch.in_flight.popleft())
    except ArchiveWriteError as exc:
        r = batch.report
        raise ArchiveWriteError(
            f"{exc}; stopped after {r.stored} stored, {r.skipped} skipped, {r.failed} failed: run the "
            f"same command again once the archive can be written (what is stored is skipped)") from exc
