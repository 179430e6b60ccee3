"""Tell what a file really is from its first bytes, not from its name.

Why: a renamed or truncated file must fail with a clear cause ("binary
content in a .txt file") instead of reaching a parser that crashes on it.
The suffix only says what the user *expects*; the magic bytes decide.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from vanban.models import InputError

#: kinds LibreOffice converts to DOCX (vanban.ingest.office)
OFFICE_KINDS = frozenset({"doc", "rtf", "odt"})
#: suffix → the kind of file vanban expects behind it
SUFFIX_KINDS = {
    ".txt": "txt",
    ".md": "txt",  # Markdown: a text kind (ingest/markdown.py reads its tables)
    ".pdf": "pdf",
    ".docx": "docx",
    ".doc": "doc",  # Word 97-2003, RTF and OpenDocument: converted by LibreOffice
    ".rtf": "rtf",
    ".odt": "odt",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".tif": "image",
    ".tiff": "image",
}
SUPPORTED_SUFFIXES = frozenset(SUFFIX_KINDS)
#: suffix → the kind the archive stores for a file read as its suffix says, where that is narrower than the reading
#: kind: a Markdown file is read as text ("txt": one reader, ingest/markdown.py for its tables) yet is a .md file, and
#: the archive's ``documents.kind`` said "txt" of it (newcomer, session 34)
STORED_KINDS = {".md": ("txt", "md")}


def stored_kind(kind: str, path: str) -> str:
    """The kind the archive stores for a file ``kind`` was read as: "md" for a Markdown file read as text; a file
    read as another kind (a Word document named .md) keeps what it really is."""
    suffix = "." + path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""
    read_as, stored = STORED_KINDS.get(suffix, (None, None))
    return stored if stored and kind == read_as else kind
#: the accepted kinds as a reader is told them, each with its suffixes: every suffix of :data:`SUFFIX_KINDS` once
#: (tests/test_accepted_kinds.py). The upload page lists these, and the README's upload paragraph names the same
#: suffixes: the page said "PDF, ảnh, Word (.docx), .txt" while ingest took .doc, .rtf, .odt and .md too (newcomer,
#: session 32). The names are the page's (Vietnamese).
ACCEPTED_KINDS = (
    ("PDF", (".pdf",)),
    ("ảnh chụp/scan", (".png", ".jpg", ".jpeg", ".tif", ".tiff")),
    ("Word", (".docx", ".doc")),
    ("RTF", (".rtf",)),
    ("OpenDocument", (".odt",)),
    ("tệp chữ, kể cả bảng mã cũ TCVN3/VNI", (".txt", ".md")),
)

# (magic prefix, kind, human name); images of any format are accepted
# behind any image suffix since mis-named scans (.jpg holding a PNG) are common.
_MAGIC = (
    (b"%PDF-", "pdf", "a PDF"),
    (b"\x89PNG\r\n\x1a\n", "image", "a PNG image"),
    (b"\xff\xd8\xff", "image", "a JPEG image"),
    (b"II*\x00", "image", "a TIFF image"),
    (b"MM\x00*", "image", "a TIFF image"),
    (b"II+\x00", "image", "a BigTIFF image"),
    (b"GIF8", "image", "a GIF image"),
    (b"PK\x03\x04", "zip", "a ZIP archive"),
    (b"{\\rtf", "rtf", "an RTF document"),
    (b"\xd0\xcf\x11\xe0", "ole", "a legacy MS Office (.doc/.xls) file"),
    (b"\x7fELF", "binary", "an ELF executable"),
    (b"MZ", "binary", "a Windows executable"),
    (b"\x1f\x8b", "binary", "a gzip archive"),
    (b"7z\xbc\xaf", "binary", "a 7-Zip archive"),
    (b"Rar!", "binary", "a RAR archive"),
)
_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def sniff(head: bytes) -> tuple[str, str]:
    """(kind, description) of a file from its first bytes.

    kind is one of pdf, image, zip, ole, rtf, binary or "text?" (no known magic;
    the text decoder decides). PDFs may carry junk before ``%PDF-`` (allowed
    by readers within the first 1 KiB).
    """
    if head.startswith(_TEXT_BOMS):
        return "text?", "text"
    for magic, kind, name in _MAGIC:
        if head.startswith(magic):
            return kind, name
    if b"%PDF-" in head[:1024]:
        return "pdf", "a PDF"
    return "text?", "text"


def detect_kind(path: Path, head: bytes) -> str:
    """The kind vanban will read ``path`` as: txt, pdf, docx, image, or
    doc / rtf / odt (converted to DOCX by LibreOffice).

    Raises InputError when the suffix is not supported or the content does
    not match the suffix (e.g. a PDF renamed .txt, an executable named .pdf).
    """
    suffix = path.suffix.lower()
    expected = SUFFIX_KINDS.get(suffix)
    if expected is None:
        raise InputError(f"unsupported file type {suffix or '(no suffix)'!r}")
    kind, name = sniff(head)
    if kind == "ole":  # under any name: a password-protected file is said to be one, also as .txt/.pdf
        kind, name = _ole_kind(path, name)
    if expected in OFFICE_KINDS:
        return _office_kind(path, kind, name, suffix, head)
    if kind in ("doc", "rtf") and expected == "docx":
        return kind  # a Word 97 or RTF file renamed .docx: LibreOffice reads it (load says so)
    if kind == "zip" and expected == "docx":
        try:
            with zipfile.ZipFile(path) as zf:
                names = zf.namelist()
        except (zipfile.BadZipFile, OSError):  # a download or copy cut off: no central directory
            raise InputError("corrupt DOCX (a damaged or cut-off ZIP archive)") from None
        if "word/document.xml" in names:
            return "docx"
        if _is_odt(path):
            return "odt"  # a Writer document saved under a Word name: LibreOffice reads it (load says so)
        other = _package_name(path)
        if other:
            raise InputError(f"content is {other}, not a DOCX document as the .docx suffix says")
        raise InputError("not a DOCX document (ZIP archive without word/document.xml)")
    if kind == "text?" and expected == "docx" and is_plain_text(head):
        return "txt"  # a "Save as text" kept its .docx name: read as the text it is, as under .doc (load says so)
    if expected == "txt" and kind != "text?":
        office = _document_kind(path, kind)
        if office:
            return office  # a Word or RTF document saved under a text name: read as what it is (load says so)
        if kind in ("pdf", "image"):
            return kind  # a PDF or a scan saved under a text name: read as what it is, as under a Word name (misnamed)
    if kind == "text?":
        if expected == "txt":
            return "txt"  # textfile decides whether it really is text
        if is_plain_text(head):  # what it is, not only what it is not (a saved web page, a text renamed .pdf)
            found = text_kind(head)
            if found == "plain text":
                return "txt"  # (scan49) read as the text it is, as under a Word name: one rule (load says so)
            # a web page under a PDF or a picture's name is a download that saved the site's page (an error page),
            # never the document: refused, naming it (under a Word name a portal's "Tải về" serves it: read as HTML)
            raise InputError(f"content is {found}, not {_NAMES[expected]} as the {suffix} suffix says")
        raise InputError(f"not {_NAMES[expected]}: content does not start like one")
    if kind == expected:
        return kind
    if expected == "txt":
        raise InputError(f"binary content in a {suffix} file ({name})")
    if (real := _read_by_content(path, kind, expected)) is not None:
        return real  # the name lies, the bytes say what it is: read as that (load says so: misnamed)
    name = CONTENT_NAMES.get(_document_kind(path, kind) or "", name)  # "a Word DOCX document", not "a ZIP archive"
    raise InputError(f"content is {name}, not {_NAMES[expected]} as the {suffix} suffix says")


#: the kinds a PDF, image or DOCX name may hide that ingest reads by their magic bytes, and what a note calls them
_BY_CONTENT = {"pdf": "a PDF", "image": "an image", "docx": "a Word DOCX document", "doc": "a Word 97-2003 document",
               "rtf": "an RTF document", "odt": "an OpenDocument text"}
#: the suffix a note advises for each of them
_SUFFIX_FOR = {"pdf": ".pdf", "image": ".png/.jpg", "docx": ".docx", "doc": ".doc", "rtf": ".rtf", "odt": ".odt"}


def _read_by_content(path: Path, kind: str, expected: str) -> str | None:
    """The kind a file under a PDF, image or DOCX name is read as when its magic bytes say it is another document
    vanban reads (a Word file saved as "ke-hoach.pdf", a scan's PDF named .jpg, a PDF named .docx), else None. Why:
    the session-33 newcomer's DOCX named .pdf was refused, though its bytes leave no doubt; a text or web page under
    such a name (no magic bytes: a saved error page) and anything else stay refused. Under a text name (.txt, .md)
    a PDF or an image is read the same way (:func:`detect_kind`: the session-34 newcomer's PDF named .txt was
    "binary content" while a DOCX named .txt was read)."""
    if expected not in ("pdf", "image", "docx"):
        return None
    real = _document_kind(path, kind) or (kind if kind in ("pdf", "image") else None)
    return real if real in _BY_CONTENT and real != expected else None


def misnamed(path: Path, kind: str) -> str | None:
    """One line when ``path``'s name says another kind than the ``kind`` its bytes were read as ("holds a Word DOCX
    document, not a Word 97-2003 document as its .doc name says: read as such (rename it .docx)"; "holds a PDF, not
    plain text: read as such (rename it .pdf)"); None when the name is right, or when load words the case itself
    (plain text or a web page under a document's name, a Word / RTF / Writer document under a text name).

    The one rule of a wrong name (scan49, session 48's newcomer: a PDF named .docx was read and said, a DOCX named .doc
    read silently, a PDF named .doc refused): the magic bytes decide what a file is; a kind vanban reads is read as
    such under any name and this line says so; anything else is refused in one line (:func:`detect_kind`)."""
    suffix = path.suffix.lower()
    expected = SUFFIX_KINDS.get(suffix)
    if expected is None or kind == expected or kind not in _BY_CONTENT:
        return None
    if expected == "txt":  # a PDF or a scan under a text name (a Word document under one: load's own words)
        return (f"holds {_BY_CONTENT[kind]}, not plain text: read as such (rename it {_SUFFIX_FOR[kind]})"
                if kind in ("pdf", "image") else None)
    return (f"holds {_BY_CONTENT[kind]}, not {promised(suffix)} as its {suffix} name says: read as such "
            f"(rename it {_SUFFIX_FOR[kind]})")


def promised(suffix: str) -> str:
    """What a document suffix promises, as a line says it: "a Word 97-2003 document" for .doc, "a PDF" for .pdf."""
    return OFFICE_NAMES.get(suffix) or _NAMES[SUFFIX_KINDS[suffix]]


#: the parts that name what another Office package is (a ZIP without word/document.xml under a .docx name)
_PACKAGE_PARTS = (("xl/workbook.xml", "an Excel workbook (XLSX)"), ("ppt/presentation.xml", "a PowerPoint deck (PPTX)"))
#: how a saved web page starts (after blanks and a BOM), folded to lower case
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<?xml version")


def _package_name(path: Path) -> str | None:
    """"an Excel workbook (XLSX)" for a ZIP whose parts say which Office package it is (:data:`_PACKAGE_PARTS`),
    else None."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError):
        return None
    return next((name for part, name in _PACKAGE_PARTS if part in names), None)


def text_kind(head: bytes) -> str:
    """"an HTML page" (a download that saved the site's page, an error page, under a .pdf name) or "plain text"."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(_HTML_STARTS[:3]) or (start.startswith(_HTML_STARTS[3]) and b"<html" in start[:1024]):
        return "an HTML page"
    return "plain text"


def check_kind(path: Path) -> str:
    """:func:`detect_kind` of the file at ``path`` from its first bytes: the kind, or
    InputError when its content contradicts its name — asked before a file is
    matched with the archive, so a Word file renamed .pdf is refused in every archive,
    not only in those that do not hold it yet (a newcomer: "skipped as already stored")."""
    with open(path, "rb") as f:
        head = f.read(2048)  # as load reads it
    return detect_kind(path, head)


def _document_kind(path: Path, kind: str) -> str | None:
    """docx / rtf / odt / doc for a document whose content says it is one whatever its name ("a .txt" saved
    from Word, a "Save as RTF" named .txt: the newcomer's docx_named.txt, rtf_named.txt), None for any
    other content. A ZIP must hold ``word/document.xml`` (or be an OpenDocument text) to count: a ZIP of
    anything else under a .txt name stays binary content."""
    if kind in ("rtf", "doc"):
        return kind
    if kind == "zip":
        return "docx" if _is_docx(path) else "odt" if _is_odt(path) else None
    return None


#: the kinds a text name may hide and ingest reads by content, as a note names them
CONTENT_NAMES = {"docx": "a Word DOCX document", "rtf": "an RTF document", "odt": "an OpenDocument text",
                 "doc": "a Word 97-2003 document"}


def _office_kind(path: Path, kind: str, name: str, suffix: str, head: bytes) -> str:
    """doc / rtf / odt for a file LibreOffice can convert. Word's "Save as"
    wrote RTF behind a .doc name often, so .doc accepts RTF too; a DOCX
    behind any of these names is read as the DOCX it is, and plain text
    (a .txt renamed .doc, a "Save as text" kept its name) as text: "txt"."""
    if kind == "doc" or (kind == "ole" and suffix == ".doc"):
        return "doc"  # Word 97-2003 content (a damaged container behind .doc too: LibreOffice tries it)
    real = _document_kind(path, kind) or (kind if kind in ("pdf", "image") else None)
    if real:  # (scan49) any document vanban reads, under any of these names: read as what it is (misnamed says so)
        return real
    if kind == "text?" and is_plain_text(head):
        return "txt"  # a text file saved under a Word name: read as the text it is (ingest says so)
    wanted = OFFICE_NAMES[suffix]
    found = "unrecognised binary data" if kind == "text?" else (kind == "zip" and _package_name(path)) or name
    raise InputError(f"content is {found}, not {wanted} as the {suffix} suffix says")


def _ole_kind(path: Path, name: str) -> tuple[str, str]:
    """("doc", name) for a Word 97-2003 file, ("ole", what it is) for another
    OLE file; InputError for a password-protected one (an encrypted DOCX is
    an OLE file too: it must not be called a legacy .doc)."""
    from vanban.ingest.ole import ENCRYPTED, WORD97, ole_content

    try:
        content, described = ole_content(path)
    except OSError:
        return "ole", name
    if content == ENCRYPTED:
        raise InputError(f"encrypted: {described} (a password is needed to open it; save it without one)")
    return ("doc" if content == WORD97 else "ole"), described


#: what each office suffix promises
OFFICE_NAMES = {".doc": "a Word 97-2003 document", ".rtf": "an RTF document", ".odt": "an OpenDocument text"}
#: C0 controls but \t \n \v \f \r and 0x1A (DOS end-of-file), and DEL — as ingest/textfile.py
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\v\f\r\x1a") + b"\x7f"


def is_plain_text(head: bytes) -> bool:
    """True when a file's first bytes read as text (a BOM, or no NUL and at
    most 1% control bytes); random or binary data has ~10% controls."""
    if head.startswith(_TEXT_BOMS):
        return True
    if not head or b"\x00" in head:
        return False
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls / len(head) <= 0.01


def _is_odt(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            return zf.read("mimetype").strip() == b"application/vnd.oasis.opendocument.text"
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


_NAMES = {"pdf": "a PDF", "docx": "a DOCX document", "image": "a PNG/JPEG/TIFF image", "txt": "a text file"}


def _is_docx(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            return "word/document.xml" in zf.namelist()
    except (zipfile.BadZipFile, OSError):
        return False
