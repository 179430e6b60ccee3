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
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .executors import open_executor
from .models import (
    DependencyError,
    Document,
    Extraction,
    InputError,
    Limits,
    Page,
    PageSource,
    SourceDocument,
)
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
    restoration = correct_text(raw, page.method)
    return Page(
        number=page.number,
        method=page.method,
        raw_text=raw,
        text=restoration.text,
        confidence=confidence,
        restored=restoration.text != raw,
        # geometry stays valid while restoration keeps the lines (it changes words only)
        lines=page.lines if restoration.text.count("\n") == raw.count("\n") else (),
    )


# --- one document -------------------------------------------------------------


def check_text(source: SourceDocument, pages: Iterable[Page]) -> None:
    """Refuse documents with no text, or text that is not Vietnamese."""
    pages = tuple(pages)
    if not "".join(p.text for p in pages).strip():
        raise InputError("no text found (blank page or image without text)")
    # judged on the text as read: restoration must not make English look Vietnamese
    ratio = vietnamese_ratio("\n".join(p.raw_text for p in pages))
    if ratio < MIN_VIETNAMESE_RATIO:
        raise InputError(
            f"not Vietnamese text (only {ratio:.0%} of the words are Vietnamese syllables)"
        )


def extract_document(source: SourceDocument, pages: tuple[Page, ...]) -> Document:
    """Check the text and run extraction over the whole document."""
    from .extract import extract
    from .structure import build_structure

    check_text(source, pages)
    doc = Document(source=source, pages=pages)
    extraction: Extraction = extract(doc.text, structure=build_structure(pages))
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

#: The report keeps the first errors only (every one is in ``ingest_errors``
#: and on stderr): a batch of millions must not grow in memory.
MAX_REPORTED_ERRORS = 1000


@dataclass
class IngestReport:
    """What a batch did: counts, and the one-line error of (the first) failed files."""

    stored: int = 0
    skipped: int = 0  # already in the archive (same sha256)
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


def process_shipped_page(page: PageSource, data: bytes, suffix: str, sha256: str,
                         limits: Limits, lang: str = "vie") -> Page:
    """:func:`process_page` on a worker that cannot read the input file by path.

    A remote Dask worker receives the file's bytes (sent once per document)
    and keeps them in a small cache of files named by their hash, so the
    pages of one document are written to its disk once.
    """
    import dataclasses
    import os
    import tempfile

    cache = Path(tempfile.gettempdir()) / "vanban-shipped"
    cache.mkdir(exist_ok=True)
    local = cache / f"{sha256}{suffix}"
    if not local.exists():
        part = local.with_name(f"{local.name}.{os.getpid()}.part")
        part.write_bytes(data)
        os.replace(part, local)
        # keep the few most recent files: the cache must not fill the worker's disk
        try:
            files = [p for p in cache.iterdir() if not p.name.endswith(".part")]
            for stale in sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)[8:]:
                stale.unlink(missing_ok=True)
        except OSError:  # another worker pruned at the same time
            pass
    return process_page(dataclasses.replace(page, path=str(local)), limits, lang)


def submit_document(pool, source: SourceDocument, limits: Limits, lang: str) -> list:
    """Send a document's work to ``pool``: one task for a text document, one
    per page for a scan (its bytes shipped along to remote workers)."""
    if not any(p.needs_ocr for p in source.pages):
        return [pool.submit(process_text_document, source, limits, lang)]
    if getattr(pool, "remote", False):  # workers elsewhere cannot open the file by its path here
        data = pool.share(Path(source.path).read_bytes())
        suffix = Path(source.path).suffix.lower()
        return [pool.submit(process_shipped_page, p, data, suffix, source.sha256, limits, lang)
                for p in source.pages]
    return [pool.submit(process_page, p, limits, lang) for p in source.pages]


def assemble(source: SourceDocument, results: list) -> Document:
    """The document from the results of :func:`submit_document`'s tasks."""
    if len(results) == 1 and isinstance(results[0], Document):
        return results[0]
    return extract_document(source, tuple(results))


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
    stays flat however large the batch. Each failing file gets one line
    through ``on_error`` (default: stderr) and a row in ``ingest_errors``;
    the batch goes on. Files whose sha256 is already stored are skipped, so
    a re-run after a crash or a kill stores exactly what is missing.
    """
    from concurrent.futures.process import BrokenProcessPool

    from tqdm import tqdm

    from .archive import Archive
    from .executors import PoolExecutor, default_jobs
    from .ingest import discover, load

    report = IngestReport()
    use_archive_layer(db_path)
    files = list(discover(paths))  # paths only: sorted, each once
    jobs = jobs or default_jobs()
    say = on_error or _print_error

    bar_files = tqdm(total=len(files), unit="file", desc="files", disable=not progress, position=0)
    bar_pages = tqdm(total=0, unit="page", desc="pages", disable=not progress, position=1)

    def fail(path: Path, exc: BaseException | str, sha: str | None, archive: Archive) -> None:
        message = exc if isinstance(exc, str) else _one_line(exc)
        report.failed += 1
        if len(report.errors) < MAX_REPORTED_ERRORS:
            report.errors.append((str(path), message))
        archive.record_error(str(path), message, sha)
        if progress:
            tqdm.write(f"vanban: {path}: {message}", file=sys.stderr)
        else:
            say(str(path), message)

    def submit(pool, source: SourceDocument) -> list:
        return submit_document(pool, source, limits, lang)

    with Archive(db_path) as archive, open_executor(executor, jobs, scheduler) as first_pool:
        engine = {"pool": first_pool}
        in_flight: collections.deque = collections.deque()
        pending: set[str] = set()  # sha256 of documents in flight (same bytes twice)
        window = max(2, first_pool.capacity * 2)

        def renew_pool() -> None:
            """A dead worker breaks a process pool for good: start a new one."""
            engine["pool"].shutdown(wait=True, cancel_futures=True)
            engine["pool"] = PoolExecutor(jobs)

        def recover() -> None:
            """Every document in flight lost its work with the dead worker:
            redo them one at a time, so a file that kills workers fails alone."""
            renew_pool()
            redo = list(in_flight)
            in_flight.clear()
            for again in redo:
                finish((*again[:3], submit(engine["pool"], again[2])), careful=True)

        def finish(item, careful: bool = False) -> None:
            path, sha, source, futures = item
            try:
                try:
                    results = [f.result() for f in futures]
                except BrokenProcessPool:
                    if careful:  # broke again with this file alone: it is the cause
                        renew_pool()
                        raise InputError(
                            "a worker process died reading this file (crash or out of memory)"
                        ) from None
                    in_flight.appendleft(item)
                    recover()
                    return
                document = assemble(source, results)
                archive.store(document)
                report.stored += 1
                report.pages += len(document.pages)
                bar_pages.update(len(document.pages))
            except DependencyError:
                raise
            except Exception as exc:  # one bad file never stops the batch
                fail(path, exc, sha, archive)
            finally:
                pending.discard(sha)
            bar_files.update(1)

        ocr_checked = False
        for path in files:
            sha = None
            try:
                sha = file_sha256(path)
                # an empty file is an error of its own, not a duplicate of another
                if path.stat().st_size and (sha in pending or archive.has(sha)):
                    report.skipped += 1
                    bar_files.update(1)
                    continue
                source = load(path, limits)
                if not ocr_checked and any(p.needs_ocr for p in source.pages):
                    _check_ocr_available(source, lang)
                    ocr_checked = True
                try:
                    futures = submit(engine["pool"], source)
                except BrokenProcessPool:  # a worker died between two documents
                    recover()
                    futures = submit(engine["pool"], source)
                bar_pages.total += len(source.pages)
                bar_pages.refresh()
                pending.add(sha)
                in_flight.append((path, sha, source, futures))
            except DependencyError:
                raise
            except Exception as exc:
                fail(path, exc, sha, archive)
                bar_files.update(1)
            while len(in_flight) >= window:
                finish(in_flight.popleft())
        while in_flight:
            finish(in_flight.popleft())
        if engine["pool"] is not first_pool:
            engine["pool"].shutdown(wait=True, cancel_futures=True)
    bar_pages.close()
    bar_files.close()
    return report


def _print_error(path: str, message: str) -> None:
    print(f"vanban: {path}: {message}", file=sys.stderr)


# --- the archive teaches the restoration model ----------------------------------

#: A page teaches the model only if it was read WITH its marks: restoring a
#: diacritic-poor page and learning from the result would teach the model
#: its own mistakes.
MIN_LEARN_DIACRITIC_RATIO = 0.5


def learn_from_archive(db_path: str | Path) -> tuple[Path, int]:
    """Add the archive's well-accented pages to the model's adaptation layer.

    The layer (``archive.lm-user.npz`` beside the database) is used by later
    ingests into the same archive (:func:`ingest` loads it), so the model
    learns the archive's own names and phrases. Returns (layer path, pages).
    """
    from .archive import Archive
    from .ocr.restore import update_from_texts, user_layer_default_path
    from .text import diacritic_ratio

    with Archive(db_path) as archive:
        rows = archive.conn.execute("select raw_text, text from pages").fetchall()
    texts = [text for raw, text in rows
             if text and diacritic_ratio(raw or "") >= MIN_LEARN_DIACRITIC_RATIO]
    layer = user_layer_default_path(db_path)
    update_from_texts(texts, layer)
    return layer, len(texts)


def use_archive_layer(db_path: str | Path) -> None:
    """Make workers load the archive's adaptation layer, when there is one."""
    import os

    from .ocr.restore import user_layer_default_path

    layer = user_layer_default_path(db_path)
    if layer.exists():
        # this archive's layer, even if an earlier ingest in this process
        # named another archive's (workers start with this environment)
        os.environ["VANBAN_LM_USER"] = str(layer)
