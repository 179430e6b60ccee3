"""The dataclasses passed between pipeline stages, and the errors they raise.

Every stage (ingest → ocr → extract) takes and returns these; the archive
stores them without knowing how they were made. Keep this module free of
imports from the rest of vanban so any stage can depend on it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any


# --- errors -----------------------------------------------------------------


class VanbanError(Exception):
    """Base class of every error vanban reports to the user."""


class InputError(VanbanError):
    """A file cannot be turned into a document (corrupt, empty, encrypted…).

    The message is one line saying the cause; the conveyor prefixes the file
    name and records it in ``ingest_errors``.
    """


class LimitExceeded(InputError):
    """A configured limit (size, pages, pixels, OCR time) was hit."""


class DependencyError(VanbanError):
    """A system tool vanban needs is missing; the message says how to install it."""


# --- ingest -----------------------------------------------------------------


@dataclass(frozen=True)
class Limits:
    """Guards against hostile or broken input; every limit hit is an InputError."""

    max_file_bytes: int = 512 * 1024 * 1024
    #: a text file (.txt, .md) is one page whose restoration, structure and extraction run in one
    #: task: measured through ``vanban ingest`` (one job, 2 shared cores) 0.26 MB in 25 s, 0.57 MB in
    #: 45 s, 1.1 MB in 118 s, 2.3 MB in 238 s (some 100 s a MB) — the 12 MB text of a newcomer ran half an hour with
    #: no progress. The longest real document of the bench is 0.57 MB (a Nghị định), laws stay under
    #: 1 MB: 2 MB is none of theirs and is read in a few minutes (``--max-text-mb`` raises it)
    max_text_bytes: int = 2 * 1024 * 1024
    #: what a DOCX/ODT package may unpack to (:mod:`vanban.ingest.package`): Word's markup runs at
    #: 4–13 bytes per character, and pictures count too
    max_package_bytes: int = 128 * 1024 * 1024
    max_pages: int = 2000
    max_pixels: int = 20_000 * 20_000 // 4  # 100 MP per page
    ocr_timeout: float = 300.0  # seconds per page


@dataclass(frozen=True)
class LineGeometry:
    """Where one line of a page's text sat in its input (the structure stage's input).

    A page's ``lines`` hold one ``LineGeometry`` per ``\n``-separated line of
    its text, in the same order, so the structure stage can read geometry
    that flat text loses: the two columns of a header, DOCX/PDF table cells,
    indentation. Input kinds without geometry (plain text, legacy OCR text,
    Markdown) leave ``lines`` empty and the structure stage reads the text.

    Conventions shared by every geometry reader (docx, PDF words, OCR boxes):
    - each table cell's paragraphs are their own lines, written cell after
      cell, row after row (never zipped across cells), with ``table`` (0-based
      index of the table in the document), ``row`` and ``col`` set;
    - a two-column header/signature region laid out without a table (PDF,
      scan) is written column after column, with ``column`` 0 (left) or 1
      (right) and ``table``/``row``/``col`` as for a one-row table;
    - ``x0``/``x1`` are the line's left/right edge as fractions of the page
      width (0..1), None when unknown; ``bold`` when all its text is bold;
    - ``level`` is the Word numbering level (0-based) of a list paragraph,
      ``label`` its rendered number ("1.", "a)") when Word generates it.
    """

    x0: float | None = None
    x1: float | None = None
    table: int = -1  # -1: not in a table
    row: int = -1
    col: int = -1
    column: int = -1  # -1 full width, 0 left column, 1 right column
    bold: bool = False
    level: int = -1
    label: str | None = None


@dataclass(frozen=True)
class PageSource:
    """One page as ingest found it: either its text, or a raster to OCR.

    ``method`` says where the text comes from: ``txt`` (legacy OCR text),
    ``docx``, ``pdf-text`` (pdfplumber text layer), ``pdf-ocr`` (a PDF page
    rasterised at 300 dpi and OCR'd), ``image-ocr`` (an image file, frame
    ``index`` of a multi-page TIFF) or ``docx-ocr`` (picture ``index`` of a
    DOCX without typed text: a pasted scan, vanban/ingest/docx_media.py).
    """

    number: int  # 1-based page number within the document
    method: str
    text: str | None = None
    path: str | None = None  # file to rasterise / OCR when text is None
    index: int = 0  # page of the PDF or frame of the image, 0-based
    lines: tuple[LineGeometry, ...] = ()  # one per line of ``text`` (see LineGeometry)

    @property
    def needs_ocr(self) -> bool:
        return self.text is None


@dataclass(frozen=True)
class SourceDocument:
    """A file ingest accepted, before OCR: identity plus its pages."""

    path: str
    sha256: str
    kind: str  # txt | docx | pdf | image | doc | rtf | odt (the last three via LibreOffice)
    size: int
    pages: tuple[PageSource, ...]
    encoding: str | None = None  # for text files: the encoding detected
    mtime: float | None = None
    #: one line for the user about how the file was read (e.g. plain text under a .doc name)
    note: str | None = None
    #: the line of ``note`` that says the file's name lies about its kind ("holds a PDF, not a DOCX document as its
    #: .docx name says: read as such (rename it .pdf)", "holds plain text, not a Word 97-2003 document: read as text"),
    #: None when the name is right: the document keeps it as a warning (:func:`vanban.conveyor.extract_document`), so
    #: the archive's page says what the ingest's stderr line said, and ``vanban checklist`` does not say it twice
    name_lie: str | None = None
    #: the line of ``note`` that says a PDF's text layer was unreadable and its pages were read by OCR ("text layer
    #: unreadable (glyph codes of a broken font: …) read by OCR"), None otherwise: a refusal for text that is not
    #: Vietnamese names it (:func:`vanban.conveyor.check_text`) wherever it stands in ``note`` (a name-lie line or a
    #: lost-fonts line may come first)
    layer_unreadable: str | None = None


# --- ocr --------------------------------------------------------------------


@dataclass(frozen=True)
class OcrResult:
    """Tesseract's text for one page and its mean word confidence (0–100).

    ``lines`` holds one LineGeometry per line of ``text`` (from Tesseract's
    word boxes, two-column regions split by x); () when unknown.
    """

    text: str
    confidence: float | None
    seconds: float = 0.0
    lines: tuple[LineGeometry, ...] = ()
    rotation: int = 0  # degrees the scan was turned clockwise to read it upright (0, 90, 180, 270)


@dataclass(frozen=True)
class TokenChoice:
    """Restoration's decision for one token of the input."""

    source: str  # the token as it was in the input
    chosen: str  # the form written to the output
    confidence: float  # posterior-like score in [0, 1]
    alternatives: tuple[tuple[str, float], ...] = ()  # runner-ups, best first
    start: int = 0  # offset of the token in the input
    end: int = 0
    changed: bool = False


@dataclass(frozen=True)
class Restoration:
    """Restored text plus the per-token decisions that produced it."""

    text: str
    tokens: tuple[TokenChoice, ...] = ()

    @property
    def changed_count(self) -> int:
        return sum(1 for t in self.tokens if t.changed)


class DeferredRestoration(Restoration):
    """A :class:`Restoration` whose per-token records are made when first read.

    Why: the records (each word's local posterior and ranked alternatives) were a fifth of
    a short line's restoration time, and what ingest stores and ``vanban restore`` prints
    is the text alone; ``--json``, the unit pass of table cells and the glyph rules' offset
    mapping read them, and get the same records, made then. ``make()`` returns the tuple
    of records (called once; the restorer's lattice it reads is kept until then). Equal to,
    hashed and pickled as the plain :class:`Restoration` with the same text and records."""

    def __init__(self, text: str, tokens: tuple[TokenChoice, ...] = (), *, make=None):
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "_tokens", None if make is not None else tuple(tokens))
        object.__setattr__(self, "_make", make)

    @property
    def tokens(self) -> tuple[TokenChoice, ...]:  # type: ignore[override]
        got = self._tokens
        if got is None:
            got = tuple(self._make())
            object.__setattr__(self, "_tokens", got)
            object.__setattr__(self, "_make", None)  # (the lattice it held can go)
        return got

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Restoration):
            return (self.text, self.tokens) == (other.text, other.tokens)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.text, self.tokens))

    def __reduce__(self):
        return (Restoration, (self.text, self.tokens))


@dataclass(frozen=True)
class Page:
    """A page after OCR and restoration: what the archive stores per page."""

    number: int
    method: str
    raw_text: str  # text as read (text layer, OCR output, legacy file)
    text: str  # restored / corrected text that search and extraction read
    confidence: float | None = None  # Tesseract mean word confidence
    restored: bool = False  # True when restoration changed anything
    lines: tuple[LineGeometry, ...] = ()  # one per line of ``text``; () = no geometry
    # (start, end) spans of ``raw_text`` judged OCR garbage (vanban.readable):
    # kept as read, out of ``text``, extraction, search and snippets
    garbage: tuple[tuple[int, int], ...] = ()
    rotation: int = 0  # degrees a scan was turned clockwise to read it upright (vanban.ocr.orientation)

    @property
    def readable_raw_text(self) -> str:
        """``raw_text`` without its garbage spans (line breaks kept)."""
        return blank_spans(self.raw_text, self.garbage)


def blank_spans(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """``text`` with each ``(start, end)`` span emptied but its line breaks kept."""
    if not spans:
        return text
    out, at = [], 0
    for a, b in spans:
        out.append(text[at:a])
        out.append("\n" * text.count("\n", a, b))
        at = b
    out.append(text[at:])
    return "".join(out)


# --- extraction -------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """Where a fact was found: offsets in the document text and its sentence."""

    start: int
    end: int
    sentence: str


@dataclass(frozen=True)
class Metadata:
    number: str | None = None  # số và ký hiệu, e.g. "24-KH/ĐU", "05/QĐ-UBND"
    type: str | None = None  # Kế hoạch, Nghị quyết, … (from the title line)
    issuer: str | None = None  # "ĐẢNG ỦY PHƯỜNG LONG BIÊN"
    parent_issuer: str | None = None  # "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI"
    place: str | None = None  # "Long Biên"
    date: str | None = None  # ISO 8601
    title: str | None = None  # trích yếu
    signer_authority: str | None = None  # thẩm quyền ký, first level: "T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH"
    signer_delegation: str | None = None  # second level of a deputy's block: "KT. CHỦ TỊCH" under "TM. ỦY BAN NHÂN DÂN"
    signer_title: str | None = None  # "PHÓ BÍ THƯ"
    signer_name: str | None = None
    recipients: tuple[str, ...] = ()

    @property
    def signer_levels(self) -> str | None:
        """Authority and delegation as printed one above the other, joined by
        " / " ("TM. CHÍNH PHỦ / KT. THỦ TƯỚNG"): the labelled gold's form."""
        levels = (self.signer_authority, self.signer_delegation)
        return " / ".join(x for x in levels if x) or None


@dataclass(frozen=True)
class Citation:
    """A reference to another document, e.g. "Nghị quyết số 25-NQ/TW"."""

    text: str  # the reference as written
    number: str | None  # normalised symbol ("25-NQ/TW") or None for named laws
    type: str | None  # Nghị quyết, Kết luận, Luật, …
    date: str | None = None
    issuer: str | None = None
    relation: str = "mentions"  # "can_cu" (legal basis) or "mentions"
    name: str | None = None  # e.g. "Luật Thực hiện dân chủ ở cơ sở"
    span: Span | None = None


@dataclass(frozen=True)
class Deadline:
    text: str  # the date expression as written
    date: str | None  # exact ISO date when the text gives one
    earliest: str | None  # interval for partial dates ("cuối tháng 10/2025")
    latest: str | None
    recurrence: str | None = None  # iCalendar RRULE, e.g. "FREQ=YEARLY"
    what: str | None = None
    who: str | None = None
    span: Span | None = None
    past: bool = False  # already passed on the document's own date (a reminder recalls it)
    time: str | None = None  # "16:00": the hour of day written with the date ("trước 16 giờ 00 ngày 27/10/2026")


@dataclass(frozen=True)
class StandingMeeting:
    """A meeting the document fixes every week ("Thường trực Đảng ủy giao ban vào sáng thứ Hai hằng tuần"): the
    office's rhythm, not a task due. A careful reader (and every labelled document) lists no weekly meeting among
    the deadlines; the checklist lists it under "Lịch họp định kỳ" and the ``.ics`` feed keeps it as a weekly event
    (:mod:`vanban.extract.standing_meetings`)."""

    text: str  # the time as written: "8 giờ sáng thứ Hai hằng tuần"
    weekday: str  # "thứ Hai" … "Chủ nhật"
    recurrence: str  # iCalendar RRULE: "FREQ=WEEKLY;BYDAY=MO"
    first: str | None = None  # ISO day of the first meeting on or after the document's date (None without one)
    time: str | None = None  # "08:00" when a clock is written
    part_of_day: str | None = None  # "sáng" | "chiều" | "tối" | "trưa" when written
    what: str | None = None  # "Giao ban", "Họp giao ban Lãnh đạo Sở"
    who: str | None = None  # "Thường trực Đảng ủy"; "thành phần gồm …" when the clause names no one before
    span: Span | None = None


@dataclass(frozen=True)
class Target:
    text: str
    min: float | None
    max: float | None
    unit: str | None = None
    scope: str | None = None  # who / where the target applies
    period: str | None = None  # "mỗi năm", "giai đoạn 2026 - 2031"
    span: Span | None = None
    baseline: str | None = None  # mốc so sánh: "năm 2025" of "tăng 10% so với năm 2025" (vanban.extract.baselines)


@dataclass(frozen=True)
class Obligation:
    who: str | None
    what: str
    deadline: Deadline | None = None
    targets: tuple[Target, ...] = ()
    span: Span | None = None
    partners: str | None = None  # đơn vị phối hợp: "Văn phòng Đảng ủy" (the task's words or its table column)
    # the task's time as written when it gives no calendar date and ``deadline`` is None: a relative time limit
    # ("trong thời hạn 07 ngày kể từ ngày nhận được Kế hoạch này"), a due cell "Thường xuyên" (vanban.extract.undated_dues)
    due_text: str | None = None
    # the assignment the row was read from, numbered in document order: a body's block with several tasks of their own
    # dates ("2. Ban cán sự đảng … ⏎ - … trước ngày 30/9/2027. ⏎ - … trước ngày 15 tháng 12 hằng năm.") is one row per
    # task (vanban.extract.checklist.task_rows), all of one block; the labels count the block once
    block: int | None = None


@dataclass(frozen=True)
class Extraction:
    metadata: Metadata = field(default_factory=Metadata)
    citations: tuple[Citation, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    targets: tuple[Target, ...] = ()
    obligations: tuple[Obligation, ...] = ()
    meetings: tuple[StandingMeeting, ...] = ()  # weekly standing meetings (lịch họp định kỳ), no deadlines
    structure: "Structure | None" = None  # the parts the facts were read from
    notes: tuple[str, ...] = ()  # what the reader should check by eye ("impossible date '31/02/2026': …")


# --- the document -----------------------------------------------------------


@dataclass(frozen=True)
class Document:
    """A processed document: what the conveyor hands to the archive."""

    source: SourceDocument
    pages: tuple[Page, ...]
    extraction: Extraction | None = None

    @property
    def raw_text(self) -> str:
        """The text as read, pages joined by form feeds, without OCR garbage."""
        return "\f".join(p.readable_raw_text for p in self.pages)

    @property
    def text(self) -> str:
        return "\f".join(p.text for p in self.pages)

    @property
    def confidence(self) -> float | None:
        scores = [p.confidence for p in self.pages if p.confidence is not None]
        return sum(scores) / len(scores) if scores else None


def to_dict(obj: Any) -> Any:
    """A dataclass tree as plain JSON-ready dicts/lists (tuples become lists)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


# --- structure --------------------------------------------------------------


@dataclass(frozen=True)
class Part:
    """One part of a document with its offsets into the document text.

    Offsets are half-open ``[start, end)`` into the text of all pages joined
    with "\\f" (``Document.text``). ``kind`` names the part: ``issuer``,
    ``motto``, ``number``, ``place_date``, ``type``, ``title``, ``addressee``,
    ``basis`` (căn cứ / thực hiện / theo đề nghị), ``item`` (a numbered or
    bulleted part of the body), ``paragraph``, ``recipient`` (one Nơi nhận
    line), ``appendix``. ``label`` is the item's number as printed ("I.",
    "1.", "1.1.", "a)", "-", "+", "Điều 3."); ``heading`` the item's heading
    (its own text when it has sub-items, or its words before a colon);
    ``level`` the depth rank of the label (0 Phần/Chương … 9 "+").
    """

    kind: str
    start: int
    end: int
    label: str | None = None
    heading: str | None = None
    level: int = 0
    children: tuple["Part", ...] = ()


@dataclass(frozen=True)
class TableCell:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Table:
    """A table as rows of cells; ``header`` the column names when row 0 names them.

    ``role``: ``header`` (the issuer | motto layout table), ``signature``
    (Nơi nhận | signature), ``data`` (any other, e.g. a task table); ``quota`` and
    ``by_year``: a table of figures printed a cell a line (a Phụ lục giao chỉ tiêu by unit,
    an indicator table by year: :mod:`vanban.structure.figure_tables`), read by the target
    extractor alone — a data table of the page's geometry may hold the same cells.
    ``caption``: the lines above the header that name the table, where its reader needs them
    (a quota table's "PHÂN BỔ CHỈ TIÊU … NĂM 2027": the targets' period).
    """

    start: int
    end: int
    rows: tuple[tuple[TableCell, ...], ...]
    header: tuple[str, ...] = ()
    role: str = "data"
    in_appendix: bool = False
    caption: str = ""


@dataclass(frozen=True)
class DocHeader:
    """The header block: issuing body (with its superior), motto, number, place-date.

    ``printed_issuer`` is the issuer lines as printed, bodies joined with
    " – " ("BAN CHẤP HÀNH TRUNG ƯƠNG – BAN TỔ CHỨC"); ``issuer`` the issuing
    body's name (Party central bodies named as they name themselves: "BAN TỔ
    CHỨC TRUNG ƯƠNG"), ``parent_issuer`` the body printed above it.
    """

    issuer: str | None = None
    parent_issuer: str | None = None
    printed_issuer: str | None = None
    number: str | None = None  # None when left blank for the clerk ("Số:   /KH-SCT")
    place: str | None = None
    date: str | None = None  # ISO; the parts printed when the clerk left blanks: "2026-04", "2026"
    parts: tuple[Part, ...] = ()  # issuer lines, motto, number, place_date, in text order


@dataclass(frozen=True)
class SignatureBlock:
    """Signature: authority levels as printed (TM./KT./TL./TUQ., T/M, K/T …), the
    signer's own title and name."""

    start: int
    end: int
    levels: tuple[str, ...] = ()  # ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH")
    title: str | None = None  # "PHÓ CHỦ TỊCH"
    name: str | None = None
    #: the other signatures of a joint document (văn bản liên tịch), printed beside or below this one,
    #: in reading order: "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN / BÍ THƯ" | "SỞ GIÁO DỤC VÀ ĐÀO TẠO / KT. GIÁM ĐỐC / …"
    co_signers: tuple["SignatureBlock", ...] = ()

    @property
    def authority(self) -> str | None:
        return " / ".join(self.levels) or None


@dataclass(frozen=True)
class Structure:
    """A directive's parts, each with offsets into the document text."""

    header: DocHeader = field(default_factory=DocHeader)
    type: str | None = None  # from the title line: "Kế hoạch", "Chương trình hành động" …
    title: str | None = None  # trích yếu (or the V/v line of a Công văn)
    title_parts: tuple[Part, ...] = ()  # type line and trích yếu lines
    addressees: tuple[Part, ...] = ()  # Kính gửi items
    preamble: tuple[Part, ...] = ()  # căn cứ / thực hiện / theo đề nghị paragraphs
    body_start: int = 0
    body_end: int = 0
    body: tuple[Part, ...] = ()  # tree of items
    tables: tuple[Table, ...] = ()
    signature: SignatureBlock | None = None
    recipients: tuple[Part, ...] = ()  # Nơi nhận items
    # the lines that open a Nơi nhận list, as the structure stage judged them (vanban.structure.signature
    # .opens_recipients): the signature's own label and any a reader left in the body (legacy OCR reading the closing
    # block's two columns one after the other); a table's column named "Nơi nhận" is none. The later stages read this
    # answer instead of matching the label again.
    recipient_labels: tuple[Part, ...] = ()
    appendices: tuple[Part, ...] = ()  # after the signature; children: their items
    # offsets into the document text before which the structure stage read a paragraph break that
    # no blank line shows (a flat text, vanban.structure.paragraphs): one newline each, an offset
    # repeated for more (a table's rows); () when the text was read as it is. Extraction reads the
    # text with these breaks written in (vanban.structure.spread.Spread.at).
    breaks: tuple[int, ...] = ()
