"""Scanned pages pasted into a DOCX: the pictures a Word file shows, to OCR.

Why: offices send a signed plan as a Word file holding nothing but the
scan of each page (Insert → Picture, to attach it to a mail). Read as text
such a file is empty, and vanban said "no text found (blank page or image
without text)" of a document full of text. When a DOCX has no typed text,
each page-sized picture its body shows becomes a ``docx-ocr`` page, OCR'd
like an image file (:func:`picture` gives the OCR stage its bytes). A typed
caption or stamp line above the scan ("BẢN SAO", "Văn bản đính kèm") is no
typed document: under :data:`CAPTION_WORDS` words of typed text, the
pictures are read too, after that text (before, such a file was stored as
its caption alone, the scan silently left out; found by a newcomer). A typed
document whose appendix (phụ lục) or annex is a pasted scan has its
page-sized pictures read as well, as pages after the typed text: the
appendix's tasks and deadlines were missing from extraction and search
(found by a newcomer).

Which pictures: those ``word/document.xml`` embeds (DrawingML ``r:embed``,
VML ``v:imagedata r:id``), in document order, each once; a picture under
:data:`MIN_PAGE_PIXELS` (a logo, a seal, a signature) is no page.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from pathlib import Path

from vanban.images import open_image
from vanban.models import InputError, LimitExceeded, Limits, PageSource

#: a picture smaller than this is a logo or a seal, not a page: a page
#: scanned at 100 dpi is 827 × 1169 ≈ 970 000 px
MIN_PAGE_PIXELS = 500_000
#: typed text of fewer words is a caption or a stamp ("BẢN SAO"), not the
#: document itself (one typed line of a page holds 10-15 words)
CAPTION_WORDS = 10
#: raster formats Pillow reads that Word embeds for a scan
_PICTURE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif", ".bmp")
#: a picture's reference in a part's XML (a DrawingML blip's r:embed, a VML imagedata's r:id): its relationship id;
#: read here for the body's pictures and by :mod:`.docx_header_picture` for the header's
EMBED_RE = re.compile(rb'<a:blip\b[^>]*?\br:embed="([^"]+)"|<v:imagedata\b[^>]*?\br:id="([^"]+)"')
_REL_RE = re.compile(rb"<Relationship\b([^>]*)/?>")
_ATTR_RE = re.compile(rb'\b(Id|Target|TargetMode)="([^"]*)"')


def shown_pictures(zf: zipfile.ZipFile) -> list[str]:
    """ZIP member names of the raster pictures the document body shows, in
    document order, each once (linked, external pictures left out)."""
    try:
        body = zf.read("word/document.xml")
    except KeyError:
        return []
    targets = body_targets(zf)
    members = set(zf.namelist())
    names: list[str] = []
    for m in EMBED_RE.finditer(body):
        name = targets.get(m.group(1) or m.group(2))
        if name in members and name.lower().endswith(_PICTURE_SUFFIXES) and name not in names:
            names.append(name)
    return names


def body_targets(zf: zipfile.ZipFile) -> dict[bytes, str]:
    """Relationship id → ZIP member name of the document body's internal relationships (pictures among them)."""
    try:
        rels_xml = zf.read("word/_rels/document.xml.rels")
    except KeyError:
        return {}
    targets: dict[bytes, str] = {}
    for rel in _REL_RE.finditer(rels_xml):
        attrs = dict(_ATTR_RE.findall(rel.group(1)))
        if attrs.get(b"TargetMode") == b"External" or b"Id" not in attrs or b"Target" not in attrs:
            continue
        target = attrs[b"Target"].decode("utf-8", "replace")
        name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("word", target))
        targets[attrs[b"Id"]] = name
    return targets


#: beside typed text, a picture is a page only when shaped like one: its short
#: side at least this share of its long side (A4 0.71 upright or landscape); a
#: letterhead banner or a strip of a signature block is not
MIN_PAGE_SHAPE = 0.5


def scanned_pages(path: Path, limits: Limits = Limits(), source: Path | None = None, *,
                  page_shaped: bool = False) -> tuple[PageSource, ...]:
    """One ``docx-ocr`` PageSource per page-sized picture of the DOCX at
    ``path`` (``index`` = its place in :func:`shown_pictures`), () when it
    shows none; the pages name ``source`` (the Word 97 / RTF / ODT file
    ``path`` was converted from) when given; ``page_shaped``: only pictures
    of :data:`MIN_PAGE_SHAPE` proportions. Raises LimitExceeded for a picture over ``limits.max_pixels``
    or more pictures than ``limits.max_pages``; a picture Pillow cannot read
    is passed over (Word shows a placeholder for it too)."""
    pages: list[PageSource] = []
    with zipfile.ZipFile(path) as zf:
        for index, name in enumerate(shown_pictures(zf)):
            try:
                im = open_image(io.BytesIO(zf.read(name)), limits.max_pixels)
            except LimitExceeded as exc:  # before InputError, its base class: a bomb is no blank file
                raise LimitExceeded(f"picture {name}: {exc}") from None
            except InputError:
                continue
            with im:
                if im.width * im.height < MIN_PAGE_PIXELS:
                    continue
                if page_shaped and min(im.size) < MIN_PAGE_SHAPE * max(im.size):
                    continue
            pages.append(PageSource(len(pages) + 1, "docx-ocr", path=str(source or path), index=index))
            if len(pages) > limits.max_pages:
                raise LimitExceeded(f"too many pictures of pages: more than the limit {limits.max_pages}")
    return tuple(pages)


def with_scanned_pages(path: Path, typed: tuple[PageSource, ...], limits: Limits = Limits(),
                       source: Path | None = None) -> tuple[tuple[PageSource, ...], str | None]:
    """(pages, note): the ``typed`` pages of the DOCX at ``path`` as they are
    (note None) when it shows no page-sized picture; otherwise its typed pages
    that are not blank followed by its :func:`scanned_pages` (a scanned
    appendix after the typed plan: page-shaped pictures only; the scan under
    a typed caption), numbered
    in that order, and a one-line note saying how many pictures OCR reads
    and after what; ``source`` as in :func:`scanned_pages`. Raises what
    :func:`scanned_pages` raises."""
    from dataclasses import replace

    from vanban.ingest.blank import is_blank

    words = sum(len((pg.text or "").split()) for pg in typed)
    scans = scanned_pages(path, limits, source, page_shaped=words >= CAPTION_WORDS)
    if not scans:
        return typed, None
    kept = tuple(pg for pg in typed if not is_blank(pg.text))
    pages = tuple(replace(pg, number=n) for n, pg in enumerate(kept + scans, 1))
    plural = "s" if len(scans) > 1 else ""
    said = "typed text" if words >= CAPTION_WORDS else "a typed caption only" if kept else "no typed text"
    return pages, f"{said}: {len(scans)} picture{plural} of pages read by OCR" + (
        " after it" if words >= CAPTION_WORDS else "")


def picture(path: str | Path, index: int) -> io.BytesIO:
    """The bytes of picture ``index`` of :func:`shown_pictures` of the DOCX at
    ``path`` (or of the DOCX LibreOffice makes of the Word 97 / RTF / ODT file
    at ``path``), as a file object for Pillow; InputError if it is gone."""
    try:
        with zipfile.ZipFile(io.BytesIO(_docx_bytes(Path(path)))) as zf:
            names = shown_pictures(zf)
            return io.BytesIO(zf.read(names[index]))
    except (zipfile.BadZipFile, OSError, KeyError, IndexError) as exc:
        raise InputError(f"picture {index + 1} of the DOCX cannot be read ({exc})") from None


#: (path, size, mtime) → DOCX bytes converted from a Word 97 / RTF / ODT file,
#: the last few: each picture of a scanned .doc is one OCR task, and one
#: LibreOffice conversion serves them all
_CONVERTED: dict[tuple[str, int, float], bytes] = {}
_CONVERTED_KEEP = 2


def keep_conversion(path: Path, converted: Path) -> None:
    """Keep ``converted``, the DOCX LibreOffice made of the Word 97 / RTF / ODT file at ``path`` while ingest
    read it, for :func:`picture`: the OCR of its pictures in the same process (``--jobs 1``, the watcher) then
    converts it no second time (about 1.5 s of LibreOffice per file)."""
    st = path.stat()
    _CONVERTED[(str(path), st.st_size, st.st_mtime)] = Path(converted).read_bytes()
    while len(_CONVERTED) > _CONVERTED_KEEP:
        _CONVERTED.pop(next(iter(_CONVERTED)))


def _docx_bytes(path: Path) -> bytes:
    """The DOCX bytes of ``path``: the file itself when it is a DOCX, else
    LibreOffice's conversion of it (kind told by its content: OLE = Word 97,
    RTF, a ZIP without ``word/document.xml`` = ODT)."""
    data = path.read_bytes()
    if data.startswith(b"PK"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                if "word/document.xml" in zf.namelist():
                    return data
        except zipfile.BadZipFile:
            return data  # the caller says the DOCX cannot be read
    from vanban.ingest import office

    st = path.stat()
    key = (str(path), st.st_size, st.st_mtime)
    if key not in _CONVERTED:
        kind = "rtf" if data.lstrip().startswith(b"{\\rtf") else "odt" if data.startswith(b"PK") else "doc"
        with office.converted_docx(path, kind) as converted:
            keep_conversion(path, converted)
    return _CONVERTED[key]
