"""The ``vanban`` command: a thin click layer over the Python API.

Every command parses options, calls one function of the package and prints
its result; nothing here is needed to use vanban from Python.
"""

from __future__ import annotations

import functools
import json
import math
import os
import sqlite3
import sys
from pathlib import Path
from typing import NoReturn

import click

from .interrupt import InterruptibleGroup
from .models import DependencyError, Limits, VanbanError, to_dict

DEFAULT_DB = "archive.db"


class FiniteFloatRange(click.FloatRange):
    """click's FloatRange without NaN and infinity: a comparison with NaN is
    always false, so ``--settle nan`` never let a file settle and ``--max-file-mb
    nan`` / ``inf`` ended in a traceback (int(nan)); found by a newcomer."""

    name = "float range"  # the help reads as before

    def convert(self, value, param, ctx):
        rv = super().convert(value, param, ctx)
        if not math.isfinite(rv):
            self.fail(f"{value!r} is not a finite number.", param, ctx)
        return rv


#: the most OCR worker processes one command starts: a process pool forks all
#: its workers at the first page, so a typo (``--jobs 100000``) forked until
#: the machine stalled (load 98 on 2 cores; found by a newcomer)
MAX_JOBS = 256
JOBS = click.IntRange(min=1, max=MAX_JOBS)


class TypedDay(click.ParamType):
    """A day as ISO or as a Vietnamese clerk writes it (20/11/2026), read by
    :func:`vanban.typed_day.typed_day` like the web pages' date boxes (``vn_date``):
    the value is the ISO day (str); anything else is a usage error saying why
    (:func:`vanban.typed_day.day_fault`: the forms, or the day the calendar lacks)."""

    name = "day"

    def convert(self, value, param, ctx):
        from .typed_day import day_fault, typed_day

        day = typed_day(value)
        if day is None:  # the wrong form, or a day the calendar lacks ("2027-02-30"): said as the web pages say it
            self.fail(f"{value!r} is no day: {day_fault(value).en}.", param, ctx)
        return day


DAY = TypedDay()


def limits_options(fn):
    """Options for the limits that guard against hostile input."""

    @click.option("--max-pages", type=click.IntRange(min=1), default=Limits.max_pages, show_default=True,
                  help="Refuse documents with more pages.")
    @click.option("--max-pixels", type=click.IntRange(min=1), default=Limits.max_pixels, show_default=True,
                  help="Refuse page images larger than this (decompression bombs).")
    @click.option("--max-file-mb", type=FiniteFloatRange(min=0, min_open=True, max=2**20),  # ≤ 1 TiB
                  default=Limits.max_file_bytes / 2**20,
                  show_default=True, help="Refuse larger files.")
    @click.option("--max-text-mb", type=FiniteFloatRange(min=0, min_open=True, max=2**20),
                  default=Limits.max_text_bytes / 2**20, show_default=True,
                  help="Refuse longer text files (.txt, .md): a text is read as one page, "
                       "about 1.3 CPU minutes a MB, several times that on a busy machine.")
    @click.option("--ocr-timeout", type=FiniteFloatRange(min=0, min_open=True, max=86400), default=Limits.ocr_timeout,
                  show_default=True,
                  help="Seconds of Tesseract per page before giving up.")
    @functools.wraps(fn)
    def wrapper(*args, max_pages, max_pixels, max_file_mb, max_text_mb, ocr_timeout, **kwargs):
        limits = Limits(
            max_file_bytes=int(max_file_mb * 2**20),
            max_text_bytes=int(max_text_mb * 2**20),
            max_pages=max_pages,
            max_pixels=max_pixels,
            ocr_timeout=ocr_timeout,
        )
        return fn(*args, limits=limits, **kwargs)

    return wrapper


def engine_options(fn):
    """Options choosing where page OCR runs."""

    @click.option("-j", "--jobs", type=JOBS, default=None,
                  help="Worker processes for page OCR [default: all cores].")
    @click.option("--executor", type=click.Choice(["process", "dask"]), default="process",
                  show_default=True, help="Process pool, or a Dask cluster.")
    @click.option("--scheduler", default=None, metavar="tcp://HOST:8786",
                  help="Dask scheduler address (implies --executor dask); none = LocalCluster.")
    @click.option("--lang", default="vie", show_default=True, callback=_check_lang,
                  help="Tesseract language(s), e.g. vie or vie+eng.")
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        if kwargs.get("scheduler") is not None:  # was silently ignored by the process pool
            source = click.get_current_context().get_parameter_source("executor")
            if source is click.core.ParameterSource.DEFAULT:
                kwargs["executor"] = "dask"
            elif kwargs["executor"] != "dask":
                _fail(f"--scheduler names a Dask scheduler: it needs --executor dask, "
                      f"not --executor {kwargs['executor']}", 2)
        return fn(*args, **kwargs)

    return wrapper


def _check_lang(ctx, param, value: str) -> str:
    """Tesseract language codes joined by "+" ("vie", "vie+eng", "chi_sim"): anything else
    (a path, spaces) is refused before it reaches Tesseract or an apt command line."""
    import re

    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*(?:\+[A-Za-z][A-Za-z0-9_]*)*", value):
        raise click.BadParameter(f"{value!r} is not a Tesseract language code (e.g. vie, vie+eng)")
    return value


def _fail(message: str, code: int = 1) -> NoReturn:
    click.echo(f"vanban: {message}", err=True)
    sys.exit(code)


def _fail_db(db, exc: Exception) -> None:
    """:func:`_fail` with the archive's path once: before the message unless it names it already."""
    message = str(exc)
    _fail(message if os.fspath(db) in message else f"{db}: {message}")


def _new_archive(db: Path) -> None:
    """Create the empty archive (its schema) at ``db`` when no file is there yet: a first `vanban serve --db NEW.db`
    or `vanban account add … --db NEW.db` starts a new archive, as `vanban ingest` does (the session-18 newcomer was
    told the file "does not exist"). A folder that is not there is still a mistyped path."""
    if db.exists():
        return
    if not db.resolve().parent.is_dir():
        _fail(f"{db}: no such folder {db.resolve().parent}")
    from .archive.schema import connect, ensure_schema

    try:
        archive = connect(str(db))
        try:
            ensure_schema(archive)
        finally:
            archive.conn.close()
    except (VanbanError, OSError, sqlite3.Error) as exc:
        _fail_db(db, exc)
    click.echo(f"vanban: {db}: created an empty archive", err=True)


def _process(path, jobs, executor, scheduler, limits, lang, extract=True, json_refusal=False):
    """The file read by the conveyor, or one line on stderr and exit; ``json_refusal``: the refusal is
    also a JSON object on stdout (``{"file", "error"}``), so a consumer parsing stdout reads why, not nothing."""
    from .conveyor import process_file

    try:
        doc = process_file(path, jobs=jobs, executor=executor, scheduler=scheduler,
                           limits=limits, lang=lang, extract=extract)
        if doc.source.note:
            click.echo(f"vanban: {path}: {doc.source.note}", err=True)
        return doc
    except VanbanError as exc:
        if isinstance(exc, DependencyError):
            _refuse(path, str(exc), json_refusal, line=str(exc), code=2)
        _refuse(path, str(exc), json_refusal)


def _refuse(path, error: str, json_refusal: bool, line: str | None = None, code: int = 1) -> NoReturn:
    """One line on stderr (``line``, else "FILE: error") and exit ``code``; with ``json_refusal`` the refusal is also
    a JSON object on stdout (``{"file", "error"}``), so a consumer parsing stdout reads why, not nothing."""
    if json_refusal:
        click.echo(json.dumps({"file": str(path), "error": error}, ensure_ascii=False, indent=2))
    _fail(line if line is not None else f"{path}: {error}", code)


@click.group(cls=InterruptibleGroup)
@click.version_option(package_name="vanban")
def cli() -> None:
    """vanban — archive of Vietnamese Party and state directives.

    OCR, diacritic restoration, extraction of deadlines and obligations,
    diacritic-insensitive search and a Datasette browser.
    """
    # vanban does no linear algebra: the thread pool OpenBLAS starts when numpy
    # is imported only costs CPU (~15 ms a process); a user's own setting stands
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(path_type=Path))
@engine_options
@limits_options
@click.option("--progress/--no-progress", default=None,
              help="Progress bars [default: when stderr is a terminal].")
def ingest(paths, db, jobs, executor, scheduler, lang, limits, progress):
    """Ingest files and folders (recursively) into the archive.

    \b
    Example:
      vanban ingest samples/ --db archive.db --jobs 2
    """
    from .archive import ArchiveWriteError
    from .archive.schema import SchemaError
    from .conveyor import ingest as run

    if progress is None:
        progress = sys.stderr.isatty()
    try:
        report = run(paths, db, jobs=jobs, executor=executor, scheduler=scheduler,
                     limits=limits, lang=lang, progress=progress)
    except DependencyError as exc:
        _fail(str(exc), 2)
    except SchemaError as exc:  # --db names another program's database (or a newer archive)
        _fail_db(db, exc)
    except ArchiveWriteError as exc:  # a full disk: the batch stopped, nothing half written
        _fail_db(db, exc)
    click.echo(
        f"{report.stored} stored, {report.skipped} skipped as already stored, "
        f"{report.failed} failed, {report.pages} pages -> {db}"
        + (f"; {report.left_out_summary()}" if report.left_out else ""),
        err=True,
    )
    sys.exit(0 if report.ok else 1)


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--raw", is_flag=True, help="The text as read, before restoration.")
@engine_options
@limits_options
def text(file, raw, jobs, executor, scheduler, lang, limits):
    """Print the text ingest would store for FILE (pages separated by form feeds)."""
    # numpy not yet imported (vanban.cli imports none of it): one file's page images, masks and
    # the restoration model's bigram hash are allocated once and freed at exit, and the transparent
    # huge pages numpy asks for them (madvise) cost the kernel a 2 MB zeroing, on a busy machine a
    # compaction, at each first touch — 0.2-0.3 s of system CPU on a 4-page scan (bench/ocr.py,
    # Tesseract's reads cached), more than the fewer TLB misses give back; a user's own setting stands
    os.environ.setdefault("NUMPY_MADVISE_HUGEPAGE", "0")
    doc = _process(file, jobs, executor, scheduler, limits, lang, extract=False)
    click.echo(doc.raw_text if raw else doc.text)


@cli.command()
@click.argument("file", required=False, type=click.File("rb"))
@click.option("--json", "as_json", is_flag=True,
              help="Per token: chosen form, confidence, alternatives.")
def restore(file, as_json):
    """Restore diacritics of FILE (or stdin), keeping its line breaks.

    The bytes are decoded as ingest decodes a text file (vanban/ingest/textfile.py):
    a byte-order mark (UTF-8, UTF-16), then UTF-8, TCVN3, VNI, VISCII, VIQR or
    Windows-1258, whichever gives the most Vietnamese syllables; binary data is
    refused; line ends come out as \\n."""
    from .ingest.textfile import decode
    from .models import InputError
    from .ocr.correct import restore_in_pieces as run

    stream = file or click.get_binary_stream("stdin")
    data = stream.read()
    try:
        source = decode(data)[0] if data else ""
    except InputError as exc:
        _fail(f"{getattr(stream, 'name', '<stdin>')}: {exc}")
    result = run(source)
    if as_json:
        click.echo(json.dumps(to_dict(result), ensure_ascii=False, indent=2))
    else:
        click.echo(result.text, nl=not result.text.endswith("\n"))


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))  # a missing file, a folder: the conveyor's refusal
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
@engine_options
@limits_options
def extract(file, fmt, jobs, executor, scheduler, lang, limits):
    """Print metadata, citations, deadlines, targets, obligations and the structure (outline of
    the parts with their kinds and offsets) of FILE as JSON."""
    from .extract.report import extraction_to_json

    doc = _process(file, jobs, executor, scheduler, limits, lang, json_refusal=fmt == "json")
    click.echo(json.dumps(extraction_to_json(doc.extraction), ensure_ascii=False, indent=2))


#: the checklist's formats by an output file's suffix (``-o phieu.docx`` without ``--format``)
CHECKLIST_SUFFIXES = {".md": "md", ".csv": "csv", ".json": "json", ".ics": "ics", ".docx": "docx"}


def _checklist_outputs(fmts: tuple[str, ...], outputs: tuple[Path, ...]) -> list[tuple[str, Path | None]]:
    """(format, output) pairs of a ``checklist`` call: each ``--format`` with the ``-o`` of its rank (a file whose
    suffix names another format is refused); no ``--format``: each ``-o`` file's suffix says its format (a suffix
    naming no format, or none, is refused: ``-o x.xlsx`` is no Markdown file; ``-o -`` is Markdown on stdout); no
    ``-o``: the one format to stdout."""
    fmts = tuple(f for x in fmts for f in x.split(",") if f)
    bad = [f for f in fmts if f not in CHECKLIST_SUFFIXES.values()]
    if bad:
        _fail(f"--format {bad[0]}: choose from md, csv, json, ics, docx")
    if not outputs:
        if len(fmts) > 1:
            _fail("several formats: give an -o FILE for each (vanban checklist FILE -o phieu.docx -o phieu.csv)")
        return [(fmts[0] if fmts else "md", None)]
    if not fmts:
        for o in outputs:  # "-o x.xlsx" once wrote Markdown into a file Excel then could not open, and exited 0
            if str(o) != "-" and o.suffix.lower() not in CHECKLIST_SUFFIXES:
                kind = f"a {o.suffix} file" if o.suffix else "a file without suffix"
                _fail(f"{o}: the checklist is not written as {kind}; formats known: "
                      f"{', '.join(CHECKLIST_SUFFIXES)} (or --format md|csv|json|ics|docx to choose one)")
        return [(CHECKLIST_SUFFIXES.get(o.suffix.lower(), "md"), o) for o in outputs]
    if len(fmts) != len(outputs):
        _fail(f"{len(fmts)} --format and {len(outputs)} -o: give one --format for each -o, or none (each -o FILE's "
              "suffix then says its format)")
    for fmt, o in zip(fmts, outputs):
        if CHECKLIST_SUFFIXES.get(o.suffix.lower(), fmt) != fmt:
            _fail(f"{o}: a {o.suffix} file for --format {fmt} (the formats pair with the -o files in order)")
    return list(zip(fmts, outputs))


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))  # a missing file, a folder: the conveyor's refusal
@click.option("--format", "fmts", multiple=True, metavar="[md|csv|json|ics|docx]",
              help="md (default), csv, json, ics, docx; repeat it (or 'docx,csv') with an -o for each: the document is "
                   "read once. docx: a Word 'phiếu giao việc' table (needs -o); csv: Excel-ready (UTF-8 BOM). Without "
                   "it, each -o file's suffix says its format.")
@click.option("-o", "--output", "outputs", multiple=True, type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              help="Write to a file instead of stdout ('-': stdout, as click's convention; a .docx goes there as bytes); "
                   "repeat it for several formats.")
@click.option("--order", type=click.Choice(["plan", "unit"]), default="plan", show_default=True,
              help="docx/csv rows: the plan's own order and item numbers (TT), or grouped by đơn vị chủ trì.")
@engine_options
@limits_options
def checklist(file, fmts, outputs, order, jobs, executor, scheduler, lang, limits):
    """The checklist of obligations of a plan: who, what, by when, which target.

    \b
    Examples:
      vanban checklist samples/ke-hoach.pdf --format ics -o deadlines.ics
      vanban checklist samples/ke-hoach.pdf --format docx -o phieu-giao-viec.docx
      vanban checklist samples/ke-hoach.pdf -o phieu.docx -o phieu.csv -o phieu.ics   # read once, three files
    """
    wanted = _checklist_outputs(fmts, outputs)
    for fmt, output in wanted:
        if fmt == "docx" and output is None:
            _fail("--format docx writes a Word file: give -o FILE.docx")
        if fmt == "docx" and str(output) == "-" and sys.stdout.isatty():
            _fail("--format docx -o -: a Word file is no text for the terminal; pipe it or give -o FILE.docx")
        if output is not None and str(output) != "-" and not output.resolve().parent.is_dir():
            _fail(f"{output}: no such folder {output.resolve().parent}")
    for _, output in wanted:  # every destination before any is written: no a.csv left beside a failed ro/b.docx
        unwritable = _unwritable(output)
        if unwritable:
            _fail(f"{output}: cannot write ({unwritable}); nothing written")
    # (left40) a refusal as JSON on stdout where JSON is asked there, as `vanban extract --format json` gives it
    json_out = any(f == "json" and (o is None or str(o) == "-") for f, o in wanted)
    doc = _process(file, jobs, executor, scheduler, limits, lang, json_refusal=json_out)  # read once, whatever the formats
    if _no_plan(doc.extraction):
        _refuse(file, "not a plan or directive: no document header and no obligation, deadline or target to list",
                json_out)
    for note in doc.extraction.notes:  # a date no calendar has: its deadline is not in the list
        if note != doc.source.name_lie:  # a lying file name: said once already, in the source's note (_process)
            click.echo(f"vanban: warning: {file}: {note}", err=True)
    from .export import PlanPlaces, checklist_files

    # every format the same rows and plan targets, read with the plan's parts (its "Mục tiêu", "Chỉ tiêu")
    rendered = checklist_files(doc.extraction, list(dict.fromkeys(f for f, _ in wanted)), PlanPlaces.of_document(doc),
                               order)
    for fmt, output in wanted:
        _write_checklist(rendered[fmt], output)


def _no_plan(ext) -> bool:
    """The text read is no document to make a checklist of: no header at all (extraction's note) and nothing a
    checklist lists (left40: a newcomer's page of prose gave an empty checklist and exit 0, as if a plan had no
    tasks). A document with its header but no tasks keeps its empty checklist: that is an answer about it."""
    from .extract import MISSING_HEADER

    return MISSING_HEADER in ext.notes and not (ext.obligations or ext.deadlines or ext.targets or ext.meetings)


def _unwritable(output: Path | None) -> str | None:
    """Why ``output`` cannot be written, else None ("-" and None are stdout): a folder of that name, a read-only
    file, or a folder the file cannot be made in — checked for every ``-o`` before the document is read."""
    if output is None or str(output) == "-":
        return None
    if output.is_dir():
        return "a folder of that name"
    if output.exists():
        return None if os.access(output, os.W_OK) else "the file is read-only"
    return None if os.access(output.resolve().parent, os.W_OK | os.X_OK) else "its folder is read-only"


def _write_checklist(rendered: str | bytes, output: Path | None) -> None:
    """One rendered checklist to ``output`` (a file; "-" or None: stdout, a .docx as bytes)."""
    to_stdout = output is not None and str(output) == "-"  # click's convention: "-" is stdout, never a file named "-"
    if to_stdout and isinstance(rendered, bytes):
        click.get_binary_stream("stdout").write(rendered)
    elif output and not to_stdout:
        try:
            if isinstance(rendered, bytes):
                output.write_bytes(rendered)
            else:
                output.write_text(rendered, encoding="utf-8", newline="")
        except OSError as e:
            _fail(f"{output}: cannot write ({e.strerror or e})")
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(rendered, nl=not rendered.endswith("\n"))


@cli.command()
@click.argument("query", required=False, default="")
@click.option("--db", default=DEFAULT_DB, show_default=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--type", "doc_type", default=None, help="Document type, e.g. 'Kế hoạch' or KH.")
@click.option("--issuer", default=None, help="Issuing body (diacritics optional).")
@click.option("--from", "date_from", default=None, metavar="YYYY-MM-DD|DD/MM/YYYY", type=DAY)
@click.option("--to", "date_to", default=None, metavar="YYYY-MM-DD|DD/MM/YYYY", type=DAY)
@click.option("--limit", type=click.IntRange(min=1, max=100_000), default=20, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def search(query, db, doc_type, issuer, date_from, date_to, limit, fmt):
    """Search the archive; diacritics, case and đ/d do not matter.

    \b
    QUERY may be left out when a filter is given: then the newest documents
    the filters match are listed.

    \b
    Examples:
      vanban search "dan van kheo"
      vanban search 25-NQ/TW --format json
      vanban search --from 20/11/2025 --to 2025-12-31
    """
    from .archive import ANSI_MARK, BRACKET_MARK, format_hits
    from .archive.search import respelled_message, search_respelled

    if not (query or "").strip() and not (doc_type or issuer or date_from or date_to):
        _fail("search: give a QUERY or a filter (--type, --issuer, --from, --to); "
              "e.g. vanban search \"ke hoach\" or vanban search --from 2025-11-20", code=2)
    if date_from and date_to and date_from > date_to:
        _fail(f"search: --from {date_from} is later than --to {date_to}; nothing could match", code=2)

    color = fmt == "text" and sys.stdout.isatty()
    try:
        hits, respelled, typed_count = search_respelled(db, query, type=doc_type, issuer=issuer,
                   date_from=date_from, date_to=date_to, limit=limit, mark=ANSI_MARK if color else BRACKET_MARK)
    except VanbanError as exc:
        _fail_db(db, exc)
    from .archive.search import WAL_WARNING, unread_wal

    if unread_wal(db):
        click.echo("vanban: warning: " + WAL_WARNING.format(db=db), err=True)
    if not hits and doc_type:
        from .archive.search import types_held

        matched, held = types_held(db, doc_type)
        if not matched:  # a misspelt type ("Nghị lịnh") should not look like "nothing found"
            click.echo(f"vanban: no document of type {doc_type!r} in {db}; types held: "
                       + (", ".join(held) or "none"), err=True)
    if respelled:
        note = respelled_message(query, respelled, typed_count)
    else:  # "KH 12" when no plan 12 is held: said, before the rows of the words and citations it listed instead
        from .archive.search import number_notice

        note = number_notice(db, query, len(hits))
    if note:
        if fmt == "text":
            click.echo(note)
        else:  # the JSON stays a list of hits
            click.echo("vanban: " + note, err=True)
    click.echo(format_hits(hits, fmt))


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path))
def reindex(db):
    """Rebuild the full-text index from the stored documents."""
    from .archive import reindex as run

    try:
        run(db)
    except VanbanError as exc:
        _fail_db(db, exc)
    click.echo(f"reindexed {db}", err=True)


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True,  # created empty when not there yet (_new_archive)
              type=click.Path(dir_okay=False, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(min=0, max=65535), default=8001, show_default=True)
@click.option("--allow-sql", is_flag=True, help="Let visitors run their own SQL (off: canned queries only).")
@click.option("--watch", "inbox", default=None, type=click.Path(file_okay=False, path_type=Path),
              help="Also ingest files dropped in this consume folder (see `vanban watch`).")
@click.option("-j", "--jobs", type=JOBS, default=None, help="OCR worker processes for uploads.")
@limits_options
def serve(db, host, port, allow_sql, inbox, jobs, limits):
    """Browse and search the archive in Datasette; signed-in accounts upload.

    Ctrl-C or SIGTERM stops the server (and the consume folder) cleanly.
    Create the first account with `vanban account add NAME`.
    """
    from .web.server import serve as run

    _new_archive(db)
    try:
        sys.exit(run(db, host=host, port=port, allow_sql=allow_sql, watch=inbox,
                     limits=limits, jobs=jobs))
    except VanbanError as exc:
        _fail_db(db, exc)


@cli.command()
@click.argument("inbox", type=click.Path(file_okay=False, path_type=Path))
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(path_type=Path))
@click.option("--settle", type=FiniteFloatRange(min=0, max=3600), default=2.0, show_default=True,
              help="Seconds a file must stop growing before it is taken.")
@click.option("-j", "--jobs", type=JOBS, default=None, help="OCR worker processes.")
@limits_options
def watch(inbox, db, settle, jobs, limits):
    """Ingest every file dropped in INBOX (a consume folder) until Ctrl-C.

    Files move to INBOX/done/ or INBOX/failed/ (with NAME.error.txt).
    """
    from .watch import watch as run

    inbox.mkdir(parents=True, exist_ok=True)
    try:
        sys.exit(run(inbox, db, settle=settle, limits=limits, jobs=jobs))
    except VanbanError as exc:
        _fail_db(db, exc)


@cli.group()
def account() -> None:
    """Accounts that may upload on the served site (archive.accounts.json)."""


@account.command("add")
@click.argument("name")
@click.option("--db", default=DEFAULT_DB, show_default=True,  # created empty when not there yet (_new_archive)
              type=click.Path(dir_okay=False, path_type=Path))
@click.password_option(help="The password (asked twice when not given).")
def account_add(name, db, password):
    """Create account NAME (or set its password); restart `vanban serve` to use it."""
    from .web.accounts import add_account

    _new_archive(db)
    try:
        path = add_account(db, name, password)
    except VanbanError as exc:
        _fail(str(exc))
    click.echo(f"account {name} saved in {path}", err=True)


@cli.group()
def lm() -> None:
    """The diacritic-restoration language model."""


@lm.command("build")
@click.option("--corpora", default="../shared/corpora", show_default=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of accented Vietnamese text (*.txt.gz).")
@click.option("--realdocs", default="../shared/realdocs", show_default=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="Folder of real documents (docs/*.md); 3 of 4 are counted, skipped when missing.")
@click.option("--out", default=None, type=click.Path(dir_okay=False, path_type=Path),
              help="Model file [default: the packaged model].")
def lm_build(corpora, realdocs, out):
    """Build the restoration model reproducibly from corpora, real documents and dictionaries."""
    from .ocr.restore import build_lm

    args = ["--corpora", str(corpora)]
    if realdocs.is_dir():
        args += ["--realdocs", str(realdocs)]
    if out:
        args += ["--out", str(out)]
    sys.exit(build_lm.main(args) or 0)


@lm.command("learn")
@click.option("--db", default=DEFAULT_DB, show_default=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path))
def lm_learn(db):
    """Teach the model the archive's own vocabulary (well-accented pages).

    Counts go to an adaptation layer next to the archive
    (archive.lm-user.npz) that later ingests into the same archive use.
    """
    from .conveyor import learn_from_archive

    try:
        path, count = learn_from_archive(db)
    except VanbanError as exc:
        _fail_db(db, exc)
    click.echo(f"learned from {count} pages -> {path}", err=True)


if __name__ == "__main__":  # pragma: no cover
    cli()
