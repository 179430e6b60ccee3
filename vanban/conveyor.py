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

import hashlib
import os
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .executors import default_jobs, open_executor
from .models import (
    Document,
    Extraction,
    InputError,
    Limits,
    OcrResult,
    Page,
    PageSource,
    SourceDocument,
)
from .readable import garbage_spans, without
from .text import english_share, nfc, shown_path, vietnamese_ratio

#: Below this share of well-formed Vietnamese syllables a document is refused
#: as "not Vietnamese" (English scores ~0.3-0.5, legacy OCR of the seeds ~0.9).
MIN_VIETNAMESE_RATIO = 0.6
#: From this share of English function words (and at least :data:`MIN_ENGLISH_WORDS` of them) a text is English
#: prose quoting Vietnamese, refused as "not Vietnamese" (:func:`vanban.text.english_share`: notes 2–6%, real
#: documents at most 0.6%)
MAX_ENGLISH_SHARE, MIN_ENGLISH_WORDS = 0.015, 3


# --- one page, in a worker ---------------------------------------------------


def process_page(page: PageSource, limits: Limits, lang: str = "vie") -> Page:
    """OCR a page when it has no text yet, then correct / restore its text.

    Top-level and picklable: it runs in pool workers and on Dask workers.
    """
    result = None
    if page.needs_ocr:
        from .ocr import ocr_page
        from .ocr.restore import warm_restorer

        warm_restorer()  # the restoration model loads while Tesseract reads the page
        result = ocr_page(page, limits, lang)
    return finish_page(page, result)


def finish_page(page: PageSource, result: OcrResult | None) -> Page:
    """The Page from a page's text or its OCR ``result``: garbage flagged, text corrected / restored."""
    from .ingest.lines import aligned
    from .ocr.correct import correct_text

    confidence, rotation = None, 0
    lines = page.lines
    if result is not None:
        raw, confidence, lines, rotation = result.text, result.confidence, result.lines, result.rotation
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
        rotation=rotation,
        # geometry that no longer matches the text line for line is dropped, never shifted
        lines=lines if aligned(restoration.text, lines) else (),
    )


# --- one document -------------------------------------------------------------


#: what "no text" means for a kind whose pages are no images (a newcomer: a whitespace-only .txt was
#: said to be a "blank page or image without text")
_NO_TEXT = {"txt": "no text found (the file holds only blanks, or one or two letters)",
            "md": "no text found (the file holds only blanks, or one or two letters)"}


def check_text(source: SourceDocument, pages: Iterable[Page]) -> None:
    """Refuse documents with no readable text, or text that is not Vietnamese.

    Judged on the readable part (OCR garbage regions left out, see
    :mod:`vanban.readable`): a plan with a photo read as noise is stored.
    """
    from .ingest.blank import is_blank

    pages = tuple(pages)
    if is_blank("".join(p.text for p in pages)):  # a 1-byte "a" file was stored as a document
        noise = sum(b - a for p in pages for a, b in p.garbage)
        if noise:
            raise InputError(f"no readable text (only OCR garbage: {noise} characters)")
        raise InputError(_NO_TEXT.get(source.kind, "no text found (blank page or image without text)"))
    # judged on the text as read: restoration must not make English look Vietnamese
    read = "\n".join(p.readable_raw_text for p in pages)
    ratio = vietnamese_ratio(read, skip_codes=True)
    if ratio < MIN_VIETNAMESE_RATIO:
        # a garbled text layer OCR'd in vain: the page shows the garbled glyphs too (vanban/ingest/garbled.py)
        unreadable = f"; {source.layer_unreadable}" if source.layer_unreadable else ""
        raise InputError(
            f"not Vietnamese text (only {ratio:.0%} of the words are Vietnamese syllables){unreadable}"
        )
    english, n = english_share(read)  # English prose quoting Vietnamese spans: its syllables score as Vietnamese
    if english >= MAX_ENGLISH_SHARE and n >= MIN_ENGLISH_WORDS:
        raise InputError(f"not Vietnamese text (English prose quoting Vietnamese: {n} English function words, "
                         f"{english:.1%} of the words)")


def extract_document(source: SourceDocument, pages: tuple[Page, ...], planned: bool = True) -> Document:
    """Check the text and run extraction over the whole document. ``planned``: the series started and ended in the
    period the plan's title names (:func:`vanban.extract.plan_periods.as_planned`), as every reader of the archive
    takes them; False keeps the extraction's own first occurrence, the labels README's (the bench's scan form
    measures the extraction, as its clean and legacy forms do: a 2032 plan of 11/2031 had its quarterly report
    scored 25/3/2032 on the scan, 25/12/2031 on the text, t38-10)."""
    from .extract import MISSING_HEADER, extract
    from .extract.plan_periods import as_planned
    from .ingest.lines import renumber_tables
    from .structure import build_structure

    check_text(source, pages)
    pages = renumber_tables(pages)  # pages OCR'd apart each count their tables from 0
    pages = _place_spellings(pages)  # "thành phố Đà Năng" on a scan that writes "Đà Nẵng" eight times
    doc = Document(source=source, pages=pages)
    # a flat text (paragraphs one newline apart) is the structure stage's to read: its breaks ride in the Structure
    extraction: Extraction = extract(doc.text, structure=build_structure(pages),
                                     ocr=any("ocr" in (p.method or "") for p in pages))
    # a 2027 plan of 12/2026: its series start in 2027 for every reader (vanban extract, the archive's page,
    # han_sap_toi, the .ics, the checklist); the extraction alone keeps the labels' first occurrence
    if planned:
        extraction = as_planned(extraction)
    little = little_ocr(pages) if MISSING_HEADER in extraction.notes else None
    poor = None if little else poorly_read(pages)
    lost = header_lost(pages, extraction)
    lies = (source.name_lie,) if source.name_lie else ()  # a PDF named .docx: said on its page too, not on stderr alone
    if little or poor or lost or lies:  # why the header is missing: the photo, not the document; a scan read poorly
        from dataclasses import replace

        extraction = replace(extraction, notes=lies + tuple(n for n in (little or poor, lost) if n)
                             + tuple(extraction.notes))
    return Document(source=source, pages=pages, extraction=extraction)


def _place_spellings(pages: tuple[Page, ...]) -> tuple[Page, ...]:
    """The pages with a place's name a scan or a restoration spelt with a mark wrong spelt as the document mostly
    spells it (:mod:`vanban.ocr.place_spellings`: one character for one, so the lines' geometry holds); pages OCR
    read (a confidence) or restoration rewrote are mended, a typed page only counted."""
    from dataclasses import replace

    from .ocr.place_spellings import place_spellings

    texts = place_spellings([p.text for p in pages], [p.confidence is not None or p.restored for p in pages])
    return tuple(p if t == p.text else replace(p, text=t) for p, t in zip(pages, texts))


#: how :func:`header_lost`'s note opens
HEADER_LOST = "OCR did not read"


def header_lost(pages: tuple[Page, ...], extraction: Extraction) -> str | None:
    """"OCR did not read the date and the issuer: check the header against the scan" when OCR read the pages and the
    header gave no date or no issuer, else None. Why: a degraded scan (a faded or skewed header) was stored with its
    date and issuer blank, and nothing told the clerk to look — the document then lists nowhere by date or issuer (the
    session-43 newcomer). Said as a warning line at ingest, in ``vanban extract``'s notes and on the document page
    (``documents.warnings``). A page with no header at all has its own note (``MISSING_HEADER``)."""
    from .extract import MISSING_HEADER

    if MISSING_HEADER in extraction.notes or not any(p.confidence is not None for p in pages):
        return None
    md = extraction.metadata
    lost = [name for name, value in (("date", md.date), ("issuer", md.issuer)) if not value]
    if not lost:
        return None
    return f"{HEADER_LOST} the {' and the '.join(lost)}: check the header against the scan"


#: a document whose pages all come from OCR and that reads fewer words than this, or at a mean word
#: confidence under :data:`LITTLE_OCR_CONFIDENCE`, is said to be read poorly (a dark or blurred photo):
#: a one-page giấy mời holds some 150 words, its header alone 30
LITTLE_OCR_WORDS = 40
LITTLE_OCR_CONFIDENCE = 50.0


def poorly_read(pages: tuple[Page, ...]) -> str | None:
    """"OCR read page 1 poorly (confidence 70): check the text against the scan" for the pages OCR read at a mean
    word confidence under :data:`vanban.ocr.raw_reading.POORLY_READ`, else None. Why: a speckled scan read at 70
    was stored as a "Công văn số 15/NQ" with garbled text and nothing told the clerk to look at it (the session
    18 newcomer's 12_NQ_scan_noise_only.png)."""
    from .ocr.raw_reading import POORLY_READ

    poor = [p for p in pages if p.confidence is not None and p.confidence < POORLY_READ]
    if not poor:
        return None
    numbers = ", ".join(str(p.number) for p in poor)
    lowest = min(p.confidence for p in poor)
    return f"OCR read page{'s' if len(poor) > 1 else ''} {numbers} poorly (confidence {lowest:.0f}): check the text against the scan"


def little_ocr(pages: tuple[Page, ...]) -> str | None:
    """"OCR read little text: N words at confidence C" when every page was OCR'd and they read little
    (:data:`LITTLE_OCR_WORDS`, :data:`LITTLE_OCR_CONFIDENCE`), else None. Why: of a phone photo read
    almost blank, extraction said only "no document header", as of an excerpt typed without one (said
    only beside that note: a clear crop of a few lines, read well, needs no other word)."""
    if not pages or any(p.confidence is None for p in pages):
        return None
    words = sum(1 for p in pages for w in p.text.split() if any(c.isalpha() for c in w))  # not OCR's ".." and ":"
    confidence = sum(p.confidence for p in pages) / len(pages)
    if words >= LITTLE_OCR_WORDS and confidence >= LITTLE_OCR_CONFIDENCE:
        return None
    return f"OCR read little text: {words} words at confidence {confidence:.0f}"


def process_file(
    path: str | Path,
    *,
    jobs: int | None = None,
    executor: str = "process",
    scheduler: str | None = None,
    limits: Limits = Limits(),
    lang: str = "vie",
    extract: bool = True,
) -> Document:
    """Run every stage but the archive on one file (``vanban text/extract``).

    ``extract=False`` stops after the text checks (``vanban text``: the
    extraction modules are not even imported). With one job and the
    process executor a scan's pages are read by :func:`read_in_order`.
    """
    from .executors import check_engine
    from .ingest import load

    check_engine(executor, scheduler)  # before reading: the fast path below never sees it
    source = load(Path(path), limits)
    needs_ocr = any(p.needs_ocr for p in source.pages)
    if executor == "process" and (jobs or default_jobs()) <= 1 and needs_ocr:
        pages = read_in_order(source.pages, limits, lang)  # checks Tesseract itself
    else:
        check_ocr_available(source, lang)
        with open_executor(executor, jobs, scheduler) as pool:
            if extract:
                return assemble(source, [f.result() for f in submit_document(pool, source, limits, lang)])
            pages = tuple(f.result() for f in [pool.submit(process_page, p, limits, lang) for p in source.pages])
    if extract:
        return extract_document(source, pages)
    check_text(source, pages)
    from .ingest.lines import renumber_tables

    return Document(source=source, pages=renumber_tables(pages))


def read_in_order(pages: tuple[PageSource, ...], limits: Limits, lang: str = "vie") -> tuple[Page, ...]:
    """All pages in this process, one Tesseract at a time (``--jobs 1``),
    each page restored while Tesseract reads the next (:mod:`vanban.ocr.serial`)."""
    from .ocr.restore import warm_restorer
    from .ocr.serial import ocr_in_order

    warm_restorer()  # the restoration model loads while Tesseract reads the first page
    return tuple(finish_page(p, r) for p, r in zip(pages, ocr_in_order(pages, limits, lang)))


def check_ocr_available(source: SourceDocument, lang: str) -> None:
    """Fail before any work when ``source`` has a page to OCR and Tesseract (or its ``lang`` data) is missing: the
    single run here and each document of a batch (:mod:`vanban.batch`) ask it."""
    if any(p.needs_ocr for p in source.pages):
        from .ocr import check_tesseract

        check_tesseract(lang)


# --- a batch into the archive ---------------------------------------------------
#
# ``ingest`` runs the named steps of vanban/batch.py over one small context;
# each input is read once (vanban/snapshot.py).

#: The report keeps the first errors only (every one is in ``ingest_errors``
#: and on stderr): a batch of millions must not grow in memory.
MAX_REPORTED_ERRORS = 1000


@dataclass
class IngestReport:
    """What a batch did: counts, and the one-line error of (the first) failed files."""

    stored: int = 0
    skipped: int = 0  # already in the archive (same sha256), or a copy of a file stored in this batch
    failed: int = 0
    pages: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    #: files found in the given folders whose type vanban does not read (.html, .csv, no
    #: suffix): not inputs, so no error row, but counted so none vanishes unsaid
    left_out: list[str] = field(default_factory=list)

    def left_out_summary(self) -> str:
        """``"3 files of other types left out (.csv, .html ×2)"``, or "" when none."""
        if not self.left_out:
            return ""
        import collections

        kinds = collections.Counter(Path(p).suffix.lower() or "no suffix" for p in self.left_out)
        shown = ", ".join(k + (f" ×{n}" if n > 1 else "") for k, n in sorted(kinds.items()))
        many = "file" if len(self.left_out) == 1 else "files"
        return f"{len(self.left_out)} {many} of other types left out ({shown})"

    @property
    def ok(self) -> bool:
        return self.failed == 0


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def one_line(exc: BaseException) -> str:
    """``exc`` said on one line, its kind named unless it is the reader's :class:`InputError`: what a run and a
    batch print for a document that failed."""
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


def ingest(
    paths: Iterable[str | Path],
    db_path: str | Path = "archive.db",
    *,
    jobs: int | None = None,
    executor: str = "process",
    scheduler: str | None = None,
    limits: Limits = Limits(),
    lang: str = "vie",
    progress: bool | None = None,
    on_error: Callable[[str, str], None] | None = None,
    on_page: Callable[[int, int], None] | None = None,
) -> IngestReport:
    """Ingest files and folders into the archive at ``db_path``.

    Streams: at most two documents per worker are in flight, so memory
    stays flat however large the batch. Each input is read once into a
    private work folder and hashed as read; everything after reads that
    copy. Each failing file gets one line through ``on_error`` (default:
    stderr, above the progress bars) and a row in ``ingest_errors``; the
    batch goes on. Files whose content is already the latest version at
    their path are skipped, so a re-run after a crash or a kill stores
    exactly what is missing. ``on_page(done, total)`` is called (from a
    pool thread) as each page's work finishes; ``total`` grows as documents
    are opened (upload progress). ``progress``: tqdm bars on stderr
    (default: only when stderr is a terminal).
    """
    import shutil

    from tqdm import tqdm

    from .archive import Archive
    from .batch import Batch, Engine, error_log_path, long_texts_last, run_batch
    from .executors import default_jobs
    from .ingest import discover
    from .snapshot import new_work_dir

    if progress is None:
        progress = sys.stderr.isatty()
    use_archive_layer(db_path)
    left_out: list[Path] = []
    # paths only: sorted, each once; a long text after the others, so it holds none of them back
    files = long_texts_last(list(discover(paths, left_out, own=archive_own_file(db_path))))
    jobs = jobs or default_jobs()

    bar_files = tqdm(total=len(files), unit="file", desc="files", disable=not progress, position=0)
    bar_pages = tqdm(total=0, unit="page", desc="pages", disable=not progress, position=1)

    page_count = {"done": 0, "total": 0}

    def add_pages(n: int) -> None:
        bar_pages.total += n
        bar_pages.refresh()
        if on_page is not None:
            page_count["total"] += n
            on_page(page_count["done"], page_count["total"])

    def pages_worked(n: int) -> None:
        page_count["done"] += n  # a pool runs its callbacks in one thread
        on_page(page_count["done"], page_count["total"])

    def say(path: str, message: str) -> None:
        if on_error is not None:
            on_error(path, message)
        elif progress:
            tqdm.write(f"vanban: {shown_path(path)}: {message}", file=sys.stderr)
        else:
            print_error(path, message)

    work_dir = new_work_dir()
    try:
        # the executor first: a scheduler that cannot be reached fails before the archive exists
        with open_executor(executor, jobs, scheduler, warn=lambda line: say("(executor)", line)) as pool, \
                Archive(db_path) as archive:
            batch = Batch(archive=archive, engine=Engine(pool, jobs), work_dir=work_dir,
                          limits=limits, lang=lang, say=say, log_path=error_log_path(db_path),
                          files_done=bar_files.update, pages_added=add_pages,
                          pages_done=bar_pages.update,
                          pages_worked=pages_worked if on_page is not None else None)
            batch.todo.extend(files)
            interrupted = False
            try:
                run_batch(batch)
            except KeyboardInterrupt:
                interrupted = True
                raise
            finally:
                batch.engine.close(interrupted)
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)
        bar_pages.close()
        bar_files.close()
    batch.report.left_out = [str(p) for p in left_out]
    return batch.report


#: what SQLite keeps beside a database while it is open or after a crash ("archive.db-wal")
_SQLITE_COMPANIONS = ("", "-wal", "-shm", "-journal")


def archive_own_file(db_path: str | Path) -> Callable[[Path], bool]:
    """Whether a file is one of the archive's own: the database and SQLite's companions
    (``archive.db``, ``-wal``, ``-shm``, ``-journal``), the batch's error log
    (``archive.errors.log``), the adaptation layer (``archive.lm-user.npz`` and its
    ``.new``/``.part`` while written). A folder ingest into an archive kept in that folder
    passes over them silently: they are no input, nor "files of other types"."""
    from .batch import error_log_path
    from .ocr.restore import user_layer_default_path

    db = Path(db_path).absolute()
    names = {db.name + c for c in _SQLITE_COMPANIONS}
    prefixes = (error_log_path(db).name, user_layer_default_path(db).name)

    def own(p: Path) -> bool:
        if p.name not in names and not p.name.startswith(prefixes):
            return False
        try:
            return p.absolute().parent.resolve() == db.parent.resolve()
        except (OSError, RuntimeError):
            return False

    return own


def print_error(path: str, message: str) -> None:
    """One error line on stderr, "vanban: PATH: MESSAGE", for a run and for each failed document of a batch."""
    print(f"vanban: {shown_path(path)}: {message}", file=sys.stderr)



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
    from .archive.access import write_blocker
    from .ocr.restore import update_from_texts, user_layer_default_path
    from .text import diacritic_ratio

    layer = user_layer_default_path(db_path)
    blocker = write_blocker(layer)
    if blocker:  # before counting a page: on a read-only share the layer could never be written
        raise InputError(f"{db_path}: cannot write the adaptation layer {layer.name}: {blocker}")
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
        try:
            fresh.unlink(missing_ok=True)
        except OSError:  # the error that stopped the write says more than its cleanup's
            pass
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
