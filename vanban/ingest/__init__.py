"""Ingest: find input files and turn each into a SourceDocument.

``discover`` walks files and folders; ``load`` identifies a file by its
content (not only its suffix), checks it against ``Limits`` and returns its
pages — with text where the file has it (txt, docx, a PDF text layer), or
as ``PageSource(path, index)`` references the OCR stage rasterises in a
worker process. Every bad input raises ``InputError`` with a one-line cause.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from vanban import charsets
from vanban.ingest.blank import is_blank
from vanban.ingest.detect import (CONTENT_NAMES, OFFICE_KINDS, OFFICE_NAMES, SUPPORTED_SUFFIXES, detect_kind, misnamed, promised,
                                  text_kind)
from vanban.models import InputError, LimitExceeded, Limits, SourceDocument

__all__ = ["discover", "load", "refuse_unread", "is_blank", "SUPPORTED_SUFFIXES"]

_CHUNK = 1 << 20


def _hidden(name: str) -> bool:
    return name.startswith(".") or name.startswith("~$")  # ~$ = Office lock files


def discover(paths: Iterable[str | os.PathLike[str]], left_out: list[Path] | None = None,
             own: Callable[[Path], bool] | None = None) -> Iterator[Path]:
    """Input files under ``paths`` (files or folders), sorted, each once.

    ``own``: the archive's own files (its database, ``-wal``/``-shm``/journal, error log,
    adaptation layer: :func:`vanban.conveyor.archive_own_file`), skipped in a folder silently,
    neither input nor "left out" (a newcomer's ``vanban ingest DIR`` into ``DIR/x.db`` said
    "1 file of other types left out (.db)").

    Folders are walked recursively; hidden files/folders and unsupported
    suffixes are skipped there (those of unsupported suffixes are appended to
    ``left_out`` when given, so the batch can say how many it left out); a
    supported name that is no readable file (a dangling link, a FIFO) is yielded,
    to fail with its reason. A file named explicitly is always yielded
    (even a missing or unsupported one) so that ``load`` reports why it
    cannot be read instead of it vanishing silently.
    """
    found: dict[str, Path] = {}
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = [d for d in dirs if not _hidden(d)]
                for name in files:
                    if _hidden(name) or (own is not None and own(Path(root) / name)):
                        continue
                    if Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
                        if left_out is not None:
                            left_out.append(Path(root) / name)
                        continue
                    f = Path(root) / name  # a dangling link or a FIFO too: load says why it fails
                    found.setdefault(_key(f), f)
        else:
            found.setdefault(_key(p), p)
    yield from sorted(found.values(), key=lambda f: str(f))


#: what reading a text costs through ``vanban ingest`` (restoration, structure, extraction of one page) in CPU
#: seconds a megabyte, measured: a 1.82 MB text took 2 min 23 s of CPU (session 32's newcomer). The wall clock is
#: that on an idle core, and several times it on a busy machine: the same text took 16 min 47 s at load 11–13 on 2
#: cores; an 850 KB text of one line repeated took 42 s of CPU and 6 min 38 s at load 19–22 (session 56)
TEXT_CPU_SECONDS_PER_MB = 80


def megabytes(size: int) -> str:
    """"12", "2.3", "0.016": ``size`` bytes in MB, three figures at most."""
    return f"{size / 2**20:.3g}"


def reading_time(size: int) -> str:
    """"a minute or so of CPU", "some 2–5 minutes of CPU": what reading a text of ``size`` bytes costs, from its size
    alone (:data:`TEXT_CPU_SECONDS_PER_MB`; the high end twice the low: texts differ), and that a busy machine takes
    several times it.

    Why from the size alone: the range was scaled by the load average when the line was printed, so one file got
    "some 1–4 minutes" in one run and "some 1–12 minutes (the machine is busy)" in the next (session 55's newcomer);
    the same file now gets the same line, and the wall clock on a busy machine is said, not guessed."""
    low = size / 2**20 * TEXT_CPU_SECONDS_PER_MB / 60
    high = low * 2.0
    cpu = "a minute or so" if high <= 1.5 else f"some {max(1, round(low))}–{max(2, round(high))} minutes"
    return f"{cpu} of CPU (several times that on a busy machine)"


def too_long_text(size: int, limits: Limits) -> str:
    """The one line a text over ``limits.max_text_bytes`` is refused with: its size, the limit, why
    the limit is where it is and what to do — the same line for the same file on any machine, at any load
    (:func:`reading_time`). Why: a 12 MB text ran half an hour with no progress (a text is one page to the progress
    bar) and held back the files queued with it (session 31)."""
    return (f"text file too large: {megabytes(size)} MB of text > limit {megabytes(limits.max_text_bytes)} MB (no directive or law is that long; "
            f"it would take {reading_time(size)} to read): split it, "
            f"or raise --max-text-mb")


def _key(p: Path) -> str:
    try:
        return str(p.resolve())
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13); load says why it fails
        return str(p.absolute())


def refuse_unread(name: str, size: int, limits: Limits = Limits()) -> None:
    """Refuse a file by its name and size alone, before a byte is read: a type ingest
    does not read, an empty file, a file over ``limits.max_file_bytes`` (InputError /
    LimitExceeded, one line, in that order).

    Why one function: ``vanban ingest`` (through :func:`load`) and the upload page (a file
    that arrived empty, :mod:`vanban.web.upload`) must give one file the same cause; an
    empty ``.exe`` is an unsupported type both ways, an empty ``.pdf`` an empty file.
    """
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(f"unsupported file type {suffix or '(no suffix)'!r}")
    if size == 0:
        raise InputError("empty file")
    if size > limits.max_file_bytes:
        raise LimitExceeded(f"file too large: {size} bytes > limit {limits.max_file_bytes} bytes")


def load(path: str | os.PathLike[str], limits: Limits = Limits(), kind: str | None = None) -> SourceDocument:
    """Identify, hash and split ``path`` into pages (no OCR happens here).

    ``kind``: what :func:`~vanban.ingest.detect.detect_kind` said of this very
    file, when the caller asked already (the batch does, before it matches the
    file with the archive); None: ask here.

    Raises InputError (one line, the cause) for missing, empty, corrupt,
    encrypted, mis-named or unsupported files; LimitExceeded for files over
    ``limits`` (bytes, pages, pixels).
    """
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})") from None
    if p.is_dir():  # the newcomer's `vanban extract <folder>` (session 44): say what it is and what reads a folder
        raise InputError("a folder, not a file — vanban ingest reads a folder")
    if not p.is_file():
        raise InputError("not a regular file")
    refuse_unread(p.name, st.st_size, limits)
    try:
        sha, head, data = _read(p, keep=p.suffix.lower() in (".txt", ".md"))
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})") from None
    kind = kind or detect_kind(p, head)
    encoding = note = unreadable = None
    # a Word/RTF document named .txt or .md: read by its content, and said (renaming it is the user's call)
    name_lie = (f"holds {CONTENT_NAMES[kind]}, not plain text: read as such (rename it {_SUFFIX_OF[kind]})"
                if kind in CONTENT_NAMES and p.suffix.lower() in (".txt", ".md") else None)
    if kind == "txt" and p.suffix.lower() in WORD_NAMES and text_kind(head) == "an HTML page":
        # a web page saved under a Word name ("Tải về" of a portal, the newcomer's .doc of session 46): read as the
        # page it is — its text and tables, through LibreOffice's HTML filter — never as its markup
        kind = "html"
        name_lie = f"holds an HTML page (a saved web page), not {WORD_NAMES[p.suffix.lower()]}: read as HTML"
    if kind == "txt":
        from vanban.ingest import textfile

        if st.st_size > limits.max_text_bytes:
            raise LimitExceeded(too_long_text(st.st_size, limits))
        if p.suffix.lower() not in (".txt", ".md"):  # plain text under a document's name (Word, PDF, picture)
            pages, encoding, note = _renamed_text(p)  # note: the damage it read around, if any
            name_lie = f"holds plain text, not {promised(p.suffix.lower())}: read as text"
        else:
            pages, encoding, note = textfile.read_pages(data)
        if p.suffix.lower() == ".md":
            from vanban.ingest import markdown

            pages = markdown.read_pages("\f".join(pg.text or "" for pg in pages))
    elif kind == "pdf":
        from vanban.ingest import pdf

        pages = pdf.read_pages(p, limits)
        pages, lost = _lost_fonts(pages)  # a text layer printed from a .VnTime/VNI document
        if lost:
            encoding, note = _with_lost(None, lost), _lost_note(lost)
        pages, unreadable = pdf.ocr_garbled(p, pages, limits)  # a broken font's shifted glyph codes
        note = "; ".join(filter(None, (note, unreadable))) or None
    elif kind == "docx":
        from vanban.ingest import docxfile, legacy_fonts
        from vanban.ingest.package import check_package

        check_package(p, limits)
        pages = docxfile.read_pages(p)
        encoding = legacy_fonts.file_encoding(p)
        pages, lost = _lost_fonts(pages)
        if lost:  # legacy bytes under a Unicode font name: converted, and said
            encoding = _with_lost(encoding, lost)
            note = _lost_note(lost)
        from vanban.ingest.docx_media import with_scanned_pages

        pages, scanned = with_scanned_pages(p, pages, limits)  # scans pasted in as pictures?
        from vanban.ingest.docx_header_picture import with_header_picture

        pages, header = with_header_picture(p, pages, limits)  # the header pasted in as a picture?
        note = "; ".join(filter(None, (scanned or note, header))) or None
    elif kind in OFFICE_KINDS or kind == "html":
        from vanban.ingest import docxfile, legacy_fonts, office
        from vanban.ingest.package import check_package

        if kind == "odt":
            check_package(p, limits)
        with office.converted_docx(p, kind) as converted:
            check_package(converted, limits)
            pages = docxfile.read_pages(converted)
            encoding = legacy_fonts.file_encoding(converted)
            from vanban.ingest.docx_media import with_scanned_pages

            pages, scanned = with_scanned_pages(converted, pages, limits, source=p)  # a .doc of pasted scans
            from vanban.ingest.docx_header_picture import with_header_picture

            pages, header = with_header_picture(converted, pages, limits, source=p)  # its header a picture?
            scanned = "; ".join(filter(None, (scanned, header))) or None
            if scanned:
                from vanban.ingest.docx_media import keep_conversion

                keep_conversion(p, converted)  # the OCR of its pictures in this process needs no second conversion
        pages, lost = _lost_fonts(pages)
        if lost:
            encoding = _with_lost(encoding, lost)
            note = _lost_note(lost)
        note = f"{note}; {scanned}" if note and scanned else scanned or note
    else:
        from vanban.ingest import image

        pages = image.read_pages(p, limits)
    name_lie = name_lie or misnamed(p, kind)  # a Word file named .pdf, a PDF named .docx: read as what it is, and said
    if name_lie:
        note = "; ".join(filter(None, (name_lie, note)))
    pages = _visible(pages)
    if len(pages) > limits.max_pages:
        raise LimitExceeded(f"too many pages: {len(pages)} > limit {limits.max_pages}")
    return SourceDocument(
        # the absolute path: it keys a file's versions in the archive, and two
        # different plan.txt read from two folders are two documents
        path=os.path.abspath(p),
        sha256=sha,
        kind=kind,
        size=st.st_size,
        pages=tuple(pages),
        encoding=encoding,
        mtime=st.st_mtime,
        note=note,
        name_lie=name_lie,
        layer_unreadable=unreadable,
    )


def _visible(pages):
    """The pages with their text rid of the characters a reader cannot see (zero-width
    spaces, soft hyphens…: :func:`vanban.text.without_invisible`); one line in, one line
    out, so the line geometry stays. After the lost-font pass: in TCVN3 bytes read under
    a Unicode font, byte 0xAD is "ư", a soft hyphen only until converted."""
    from dataclasses import replace

    from vanban.text import without_invisible

    return tuple(replace(pg, text=without_invisible(pg.text)) if pg.text else pg for pg in pages)


def _lost_fonts(pages):
    """(pages, charset key or None): :func:`legacy_fonts.lost_font_text` over
    the text of each page that has text (a DOCX, a PDF text layer); the line
    geometry stays (one line in, one line out)."""
    from dataclasses import replace

    from vanban.ingest.legacy_fonts import lost_font_text

    out, found = [], None
    for page in pages:
        text, lost = lost_font_text(page.text or "")
        found = found or lost
        out.append(replace(page, text=text) if lost else page)
    return tuple(out), found


def _with_lost(encoding: str | None, lost: str) -> str:
    """"tcvn3 fonts" / "tcvn3+vni fonts": the legacy-font encoding with ``lost`` added."""
    keys = set(encoding.removesuffix(" fonts").split("+")) if encoding else set()
    return "+".join(sorted(keys | {lost})) + " fonts"


#: the suffix a document read by its content should carry
_SUFFIX_OF = {"docx": ".docx", "rtf": ".rtf", "odt": ".odt", "doc": ".doc"}
#: the Word-like names plain text may be saved under, and what each promises
WORD_NAMES = {**OFFICE_NAMES, ".docx": "a DOCX document"}


def _lost_note(lost: str) -> str:
    return f"text in {charsets.CHARSET_NAMES[lost]} bytes under a Unicode font name: converted"


def _renamed_text(p: Path):
    """(pages, encoding, note) of a plain text file named .doc/.rtf/.odt/.docx."""
    from vanban.ingest import textfile

    suffix = p.suffix.lower()
    try:
        read = textfile.read_pages(p.read_bytes())
    except InputError as exc:
        raise InputError(f"content is neither {promised(suffix)} nor plain text ({exc})") from None
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})") from None
    words = " ".join(pg.text or "" for pg in read[0]).split()
    if len(words) < MIN_RENAMED_TEXT_WORDS:
        shown = " ".join(words)
        shown = shown if len(shown) <= 40 else shown[:39] + "…"
        raise InputError(f"holds only {len(words)} word{'s' if len(words) != 1 else ''} of plain text "
                         f"({shown!r}), not {promised(suffix)}: not a document, nothing archived")
    return read


#: Fewer words than this in plain text under a Word/RTF/ODT name is no document: the
#: suffix is wrong AND the text too thin to be one (a placeholder, a failed download —
#: found by a newcomer: a 9-byte "not a doc" stored as a document with no metadata).
#: LibreOffice opens any plain text named .doc with its Text filter, so its reading
#: cannot tell; real text of a document's length (a trích yếu line and more) is stored.
MIN_RENAMED_TEXT_WORDS = 6


def _read(p: Path, keep: bool) -> tuple[str, bytes, bytes]:
    """sha256 hex, first 2 KiB, and (for text files) all the bytes."""
    h = hashlib.sha256()
    head = b""
    chunks: list[bytes] = []
    with open(p, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            if not head:
                head = chunk[:2048]
            h.update(chunk)
            if keep:
                chunks.append(chunk)
    if not head:
        raise InputError("empty file")
    return h.hexdigest(), head, b"".join(chunks)
