"""One writer for a served archive: uploads and the consume folder queue here.

Why a queue: SQLite takes one writer at a time, and two conveyors on one
machine would fight for its cores. The upload page and ``vanban watch`` hand
files to an :class:`Intake`; its single thread runs the ordinary conveyor
(:func:`vanban.conveyor.ingest`: same limits, one transaction per document,
same dedupe by sha256, a row in ``ingest_errors`` for a bad file) on one
file at a time and keeps a :class:`Job` per file whose page counts the
upload page polls. Browsing is unaffected: Datasette reads through its own
read-only connections (WAL), so new documents appear without a restart.
"""

from __future__ import annotations

import itertools
import queue
import sqlite3
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from .models import Limits
from .text import shown_path

__all__ = ["Job", "Intake", "ingest_one"]

#: Finished jobs kept for their progress page; older ones are forgotten.
KEEP_JOBS = 500


@dataclass
class Job:
    """One file on its way into the archive.

    ``state`` is ``queued`` → ``reading`` → ``done`` | ``failed``;
    ``pages_done``/``pages_total`` count pages read (OCR'd) so far;
    ``document_id`` is the archived document (the existing one when the same
    content was stored before, then ``existing`` is True); ``error`` is the
    one-line reason of a failure, as stored in ``ingest_errors``.
    """

    id: str
    name: str
    path: str
    state: str = "queued"
    pages_done: int = 0
    pages_total: int = 0
    document_id: int | None = None
    stored_path: str | None = None  # the path the archive holds for that document
    existing: bool = False
    error: str | None = None
    started: float | None = None
    finished: float | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    @property
    def finished_ok(self) -> bool:
        return self.state == "done"


def _document_for(db_path: str | Path, path: str) -> tuple[int | None, str | None]:
    """(id, stored path) of the document holding the file's current content: the
    latest version holding it (a content that came back, v1 → v2 → v1, is stored
    twice, and the first row is superseded)."""
    from .conveyor import file_sha256

    sha = file_sha256(Path(path))
    uri = "file:" + str(Path(db_path).resolve()) + "?mode=ro"
    with sqlite3.connect(uri, uri=True, timeout=30) as conn:
        row = conn.execute(
            "SELECT id, path FROM documents d WHERE sha256 = ? ORDER BY "
            "EXISTS (SELECT 1 FROM documents n WHERE n.supersedes_id = d.id), id DESC LIMIT 1",
            [sha]).fetchone()
    return (row[0], row[1]) if row else (None, None)


def ingest_one(job: Job, db_path: str | Path, *, limits: Limits = Limits(),
               jobs: int | None = None, lang: str = "vie") -> Job:
    """Run the conveyor on ``job.path`` and fill in the job's outcome. Never raises
    for a bad file (the reason goes to ``job.error`` and ``ingest_errors``)."""
    from .conveyor import ingest

    def on_page(done: int, total: int) -> None:
        job.pages_done, job.pages_total = done, total

    job.state, job.started = "reading", time.time()
    try:
        report = ingest([Path(job.path)], db_path, jobs=jobs, limits=limits, lang=lang,
                        progress=False, on_error=lambda _p, _m: None, on_page=on_page)
        if report.failed:
            job.error = report.errors[0][1] if report.errors else "không lưu được"
        else:
            job.document_id, job.stored_path = _document_for(db_path, job.path)
            job.existing = bool(report.skipped)
            if job.document_id is None:
                job.error = "the file was read but no document was stored"
    except Exception as exc:  # a missing dependency, an unreadable archive
        job.error = " ".join(str(exc).split()) or type(exc).__name__
    job.state = "failed" if job.error else "done"
    job.finished = time.time()
    return job


class Intake:
    """A single background writer into ``db_path``.

    >>> intake = Intake("archive.db")              # doctest: +SKIP
    >>> job = intake.submit("uploads/ke-hoach.pdf")
    >>> intake.get(job.id).state                   # 'queued', 'reading', 'done'…
    """

    def __init__(self, db_path: str | Path, *, limits: Limits = Limits(),
                 jobs: int | None = None, lang: str = "vie"):
        self.db_path = str(db_path)
        self.limits, self.jobs, self.lang = limits, jobs, lang
        self._then: dict[str, object] = {}  # job id -> called with the finished Job
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._jobs: dict[str, Job] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="vanban-intake", daemon=True)
        self._thread.start()

    def submit(self, path: str | Path, name: str | None = None, then=None) -> Job:
        """Queue one file; returns its :class:`Job` at once. ``then(job)`` runs in
        the writer thread when the job has finished (moving or removing the file)."""
        with self._lock:
            job = Job(id=f"{int(time.time())}-{next(self._ids)}", name=name or Path(path).name,
                      path=str(path))
            self._jobs[job.id] = job
            if then is not None:
                self._then[job.id] = then
            while len(self._jobs) > KEEP_JOBS:
                self._jobs.pop(next(iter(self._jobs)))
        self._queue.put(job)
        return job

    def get(self, job_id: str) -> Job | None:
        return self._jobs.get(job_id)

    def wait(self, job: Job, timeout: float | None = None) -> Job:
        """Block until ``job`` has finished (tests, the command line)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while job.state in ("queued", "reading"):
            if deadline is not None and time.monotonic() > deadline:
                break
            time.sleep(0.1)
        return job

    def close(self, timeout: float | None = None) -> None:
        """Stop after the file being read (queued files are left for next time)."""
        while True:
            try:
                self._queue.get_nowait()
            except queue.Empty:
                break
        self._queue.put(None)
        self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            ingest_one(job, self.db_path, limits=self.limits, jobs=self.jobs, lang=self.lang)
            then = self._then.pop(job.id, None)
            if then is not None:
                try:
                    then(job)
                except Exception as exc:  # a full disk while moving a file must not stop the writer
                    print(f"vanban: {shown_path(job.path)}: {exc}", flush=True)
