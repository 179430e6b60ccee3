"""Text of a Word (.docx) file with its geometry: paragraphs and table cells in order.

Why tables: Vietnamese administrative documents lay their two-column
header (issuer | national motto, số ký hiệu | place and date, V/v … |
place and date) and the signature block (Nơi nhận | signer) out as
borderless tables, and task lists as ruled tables. Each cell's paragraphs
become lines of their own, cell after cell and row after row, with
``table``/``row``/``col`` set, so the structure stage sees the V/v cell
apart from the place-date cell and Nơi nhận apart from the signer (zipping
the columns line by line glued them together).

Lines, in document order (see ``LineGeometry`` in vanban/models.py):

* a body paragraph: one line (a Word soft break starts another line with
  the same geometry); empty paragraphs stay as empty lines; ``x0``/``x1``
  from the page margins and the paragraph's indents when it is left- or
  justify-aligned;
* a table: for each row (``row``), each cell left to right (``col`` = the
  cell's first grid column; a horizontally merged cell once, a vertically
  merged cell only in its first row), the cell's non-empty paragraphs and
  its nested tables in their order (a nested table has its own ``table``
  index, numbered in document order, and its own rows and columns);
  ``x0``/``x1`` are the cell's edges from the table grid;
* a Word list paragraph: its rendered label ("1.", "a)", "-") and a space
  before the text, ``level`` and ``label`` set (docx_numbering.py);
* a text box: its paragraphs (and tables) right after the paragraph it is
  anchored in, with that paragraph's cell geometry;
* ``bold`` when every run with text is bold (direct, character style or
  paragraph style).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from docx.oxml.ns import qn

from vanban.ingest.docx_numbering import Numbering, num_pr
from vanban.ingest.lines import Line, join_lines
from vanban.models import InputError, LineGeometry, PageSource
from vanban.text import CAPITAL

#: a signing level glued to the end of the paragraph before it ("- Lưu Văn phòng Tỉnh ủy.K/T CHÁNH VĂN PHÒNG"): a
#: Word 97 .doc whose side-by-side Nơi nhận | signature table LibreOffice read as paragraphs keeps the left cell's
#: last paragraph and the right cell's first one as one, its cell mark dropped; the level starts a line of its own
_GLUED_LEVEL = re.compile(rf"(?<=[.,;:)\w])(?=(?:K/T|T/M|KT\.|TM\.|TL\.|TUQ\.)\s?[A-ZĐ][{CAPITAL}]+\s)")

#: A4 in twips with 2 cm margins: used when a file declares no page size
_DEFAULT_PAGE = (11906, 1134, 1134)
_TWIPS_PER_EMU = 1 / 635
#: tables nested deeper than this are read as their cell's paragraphs
MAX_NESTING = 8


#: containers whose runs are not part of the paragraph's visible text: deleted
#: or moved-away revisions, a text box's own paragraphs, the legacy copy of
#: a drawing (mc:Fallback repeats mc:Choice)
_HIDDEN = {qn("w:del"), qn("w:moveFrom"), qn("w:txbxContent"), qn("w:p"),
           "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}


def visible_runs(paragraph):
    """The paragraph's runs as they print, in order (python-docx Run objects).

    Unlike ``paragraph.runs`` this includes runs inside tracked insertions,
    inline content controls, smart tags, simple fields and hyperlinks, and
    leaves out tracked deletions.
    """
    from docx.text.run import Run

    p = paragraph._p
    for r in p.iter(qn("w:r")):
        node, hidden = r.getparent(), False
        while node is not None and node is not p:
            if node.tag in _HIDDEN:
                hidden = True
                break
            node = node.getparent()
        if not hidden:
            yield Run(r, paragraph)


def paragraph_text(paragraph) -> str:
    """The text of one Word paragraph as it reads (its visible runs).

    The single place DOCX text is read from runs: a reader of legacy
    fonts (.VnTime, VNI-Times) converts runs here. Soft line breaks come
    back as "\n" and tabs as "\t"; the label of a numbered paragraph is not
    included (see :class:`Numbering`). Runs in legacy fonts (.VnTime,
    VNI-Times) are converted to Unicode by :mod:`vanban.ingest.legacy_fonts`.
    """
    from vanban.ingest.legacy_fonts import paragraph_text as converted

    return converted(paragraph, runs=visible_runs(paragraph))


@dataclass
class _Page:
    """Page width and left/right margins in twips (from the first section)."""

    width: float
    left: float
    right: float

    def frac(self, twips: float) -> float:
        return round(min(1.0, max(0.0, twips / self.width)), 4)


@dataclass
class _Reader:
    doc: object
    numbering: Numbering
    page: _Page
    lines: list[Line] = field(default_factory=list)
    tables: int = 0
    depth: int = 0  # tables nested around the cell being read

    # --- paragraphs ---------------------------------------------------------

    def paragraph(self, p_el, cell: LineGeometry | None = None) -> None:
        """The paragraph's line, then the content of the text boxes anchored in it."""
        self._paragraph_line(p_el, cell)
        for box in _text_boxes(p_el):
            self._nested(box, cell, self.page.left)

    def _paragraph_line(self, p_el, cell: LineGeometry | None) -> None:
        from docx.text.paragraph import Paragraph

        para = Paragraph(p_el, self.doc)
        text = paragraph_text(para)
        level, label = -1, None
        found = num_pr(para)
        if found is not None:
            label = self.numbering.label(*found)
            level = found[1]
        if cell is not None and not text.strip():
            return  # blank paragraphs of a cell carry no line
        if label and text.strip():
            text = f"{label} {text.lstrip()}"
        elif cell is not None:
            text = text.strip()
        try:
            bold = _all_bold(para)
        except (ValueError, KeyError, TypeError):  # a run property python-docx cannot map: not bold
            bold = False
        if cell is not None:
            geo = LineGeometry(x0=cell.x0, x1=cell.x1, table=cell.table, row=cell.row, col=cell.col,
                               bold=bold, level=level, label=label)
        else:
            try:
                x0, x1 = self._edges(para)
            except (ValueError, KeyError, TypeError):  # an indent python-docx cannot parse: edges unknown
                x0, x1 = None, None
            geo = LineGeometry(x0=x0, x1=x1, bold=bold, level=level, label=label)
        for piece in _GLUED_LEVEL.split(text) if cell is None else (text,):
            self.lines.append((piece, geo))

    def _edges(self, para) -> tuple[float | None, float | None]:
        fmt = para.paragraph_format
        align = _alignment(para)
        left = _twips(fmt.left_indent if fmt.left_indent is not None else _style_attr(para, "left_indent"))
        first = _twips(fmt.first_line_indent if fmt.first_line_indent is not None else _style_attr(para, "first_line_indent"))
        right = _twips(fmt.right_indent if fmt.right_indent is not None else _style_attr(para, "right_indent"))
        x1 = self.page.frac(self.page.width - self.page.right - right)
        if align in (None, "left", "justify"):
            return self.page.frac(self.page.left + max(0.0, left + first)), x1
        if align == "right":
            return None, x1
        return None, None  # centred or distributed: the edges depend on the text's width

    # --- tables -------------------------------------------------------------

    def table(self, tbl_el, left: float) -> None:
        index = self.tables
        self.tables += 1
        grid = [_twips_attr(gc, "w:w") for gc in tbl_el.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")]
        above: dict[int, object] = {}  # grid column → the first part of a vertically merged cell
        for r, tr in enumerate(tbl_el.findall(qn("w:tr"))):
            col = _grid_before(tr)
            for tc in _row_cells(tr):
                span = _cell_span(tc)
                merged = _vmerge_continues(tc)
                if not merged:
                    above[col] = tc
                elif len(grid) >= MERGED_REPEAT_MIN_COLUMNS and _short_cell(above.get(col)):
                    # a task table's unit or deadline cell merged over several rows ("Phòng Văn hóa - Thông tin"
                    # for tasks I.1 and I.2): each row is read with it, as the printed table reads
                    tc, merged = above[col], False
                if not merged:
                    known = bool(grid) and col + span <= len(grid)
                    x0 = left + sum(grid[:col]) if known else None
                    x1 = left + sum(grid[: col + span]) if known else None
                    cell = LineGeometry(
                        x0=self.page.frac(x0) if x0 is not None else None,
                        x1=self.page.frac(x1) if x1 is not None else None,
                        table=index, row=r, col=col,
                    )
                    self.cell(tc, cell, x0 if x0 is not None else left)
                col += span

    def cell(self, tc, geo: LineGeometry, left: float) -> None:
        self._nested(tc, geo, left)

    def _nested(self, el, geo: LineGeometry | None, left: float) -> None:
        """The paragraphs and tables of ``el`` (a table cell, a text box), one nesting level down; past
        :data:`MAX_NESTING` (hostile nesting) every paragraph below ``el`` as one flat line, in document
        order, each once (not a text box's fallback copy: when a cell and the text boxes in it were each
        read flat, a box's text came three times). ``left``: the page x (twips) nested tables start at."""
        self.depth += 1
        try:
            if self.depth > MAX_NESTING:
                for p_el in el.iter(qn("w:p")):
                    if not _in_fallback(p_el, el):
                        self._paragraph_line(p_el, geo)
                return
            for child in _content(el):
                if child.tag == qn("w:p"):
                    self.paragraph(child, geo)
                elif child.tag == qn("w:tbl"):
                    self.table(child, left)
        finally:
            self.depth -= 1

    def body(self) -> None:
        for child in _content(self.doc.element.body):
            if child.tag == qn("w:p"):
                self.paragraph(child)
            elif child.tag == qn("w:tbl"):
                self.table(child, self.page.left)


def _content(parent):
    """Paragraph and table elements of a body or cell in order (content controls opened)."""
    for child in parent.iterchildren():
        if child.tag in (qn("w:p"), qn("w:tbl")):
            yield child
        elif child.tag == qn("w:sdt"):
            inner = child.find(qn("w:sdtContent"))
            if inner is not None:
                yield from _content(inner)


#: the copy of a drawing (a text box) Word writes for readers without DrawingML: never read
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _in_fallback(el, top) -> bool:
    """``el`` lies in an mc:Fallback copy below ``top``."""
    node = el.getparent()
    while node is not None and node is not top:
        if node.tag == _FALLBACK:
            return True
        node = node.getparent()
    return False


def _text_boxes(p_el):
    """Text boxes anchored in a paragraph (each once: not the mc:Fallback copy,
    not a box inside another box or inside another paragraph)."""
    for box in p_el.iter(qn("w:txbxContent")):
        node, own = box.getparent(), True
        while node is not None and node is not p_el:
            if node.tag in (_FALLBACK, qn("w:txbxContent"), qn("w:p")):
                own = False
                break
            node = node.getparent()
        if own:
            yield box


def _row_cells(tr):
    for child in tr.iterchildren():
        if child.tag == qn("w:tc"):
            yield child
        elif child.tag == qn("w:sdt"):
            inner = child.find(qn("w:sdtContent"))
            if inner is not None:
                yield from (c for c in inner.iterchildren() if c.tag == qn("w:tc"))


def _tc_pr(tc, name: str):
    pr = tc.find(qn("w:tcPr"))
    return pr.find(qn(name)) if pr is not None else None


def _cell_span(tc) -> int:
    el = _tc_pr(tc, "w:gridSpan")
    try:
        return max(1, int(el.get(qn("w:val")))) if el is not None else 1
    except (TypeError, ValueError):
        return 1


#: a vertically merged cell is repeated on each of its rows only in a table this wide (a task table: STT, Nội dung,
#: Đơn vị chủ trì, …), never in the two-column header or signature tables, whose merged cells hold whole blocks
MERGED_REPEAT_MIN_COLUMNS = 4
MERGED_REPEAT_MAX_WORDS = 15


def _short_cell(tc) -> bool:
    """A merged cell worth repeating: one short paragraph (a unit's name, a date), not a block of text."""
    if tc is None:
        return False
    paras = ["".join(t.text or "" for t in p.iter(qn("w:t"))).strip() for p in tc.iter(qn("w:p"))]
    paras = [p for p in paras if p]
    return len(paras) == 1 and len(paras[0].split()) <= MERGED_REPEAT_MAX_WORDS


def _vmerge_continues(tc) -> bool:
    """True for the lower parts of a vertically merged cell (text sits in the first)."""
    el = _tc_pr(tc, "w:vMerge")
    return el is not None and el.get(qn("w:val")) != "restart"


def _grid_before(tr) -> int:
    pr = tr.find(qn("w:trPr"))
    el = pr.find(qn("w:gridBefore")) if pr is not None else None
    try:
        return int(el.get(qn("w:val"))) if el is not None else 0
    except (TypeError, ValueError):
        return 0


def _twips_attr(el, name: str) -> float:
    try:
        return float(el.get(qn(name)))
    except (TypeError, ValueError):
        return 0.0


def _twips(length) -> float:
    """A python-docx Length (EMU) in twips; 0 for None."""
    return float(length) * _TWIPS_PER_EMU if length is not None else 0.0


#: w:jc values (ECMA-376 transitional and strict, Word 2010+, LibreOffice) to the
#: four alignments geometry tells apart; python-docx's enum knows only the
#: transitional ones and raises on "start"/"end" (what LibreOffice writes)
_JC = {
    "left": "left", "start": "left",
    "right": "right", "end": "right",
    "center": "center",
    "both": "justify", "justify": "justify", "mediumKashida": "justify",
    "highKashida": "justify", "lowKashida": "justify", "thaiDistribute": "distribute",
    "distribute": "distribute",
}


def _jc_of(pPr) -> str | None:
    """The alignment a ``w:pPr`` sets (left/right/center/justify/distribute), None when unset or unknown."""
    el = pPr.find(qn("w:jc")) if pPr is not None else None
    return _JC.get(el.get(qn("w:val"))) if el is not None else None


def _style_chain(para):
    """The paragraph's style and the styles it is based on, nearest first (at most 20: a
    style loop in a damaged file ends the walk); nothing when the style cannot be read."""
    try:
        style = para.style
    except (KeyError, ValueError, AttributeError):
        return
    for _ in range(20):
        if style is None:
            return
        yield style
        style = style.base_style


def _alignment(para) -> str | None:
    """The paragraph's alignment, direct or inherited from its style chain.

    Read from the raw ``w:jc`` value so that values python-docx cannot map
    (``start``/``end`` from LibreOffice, strict OOXML) never end the document:
    start → left, end → right (left-to-right text), both → justify.
    """
    found = _jc_of(para._p.pPr)
    if found is not None:
        return found
    return next((jc for jc in (_jc_of(st.element.pPr) for st in _style_chain(para)) if jc is not None), None)


def _style_attr(para, name: str):
    """A paragraph-format attribute inherited from the paragraph's style chain."""
    values = (getattr(st.paragraph_format, name, None) for st in _style_chain(para))
    return next((v for v in values if v is not None), None)


def _style_bold(style) -> bool | None:
    for _ in range(20):
        if style is None:
            return None
        value = style.font.bold
        if value is not None:
            return value
        style = style.base_style
    return None


def _all_bold(para) -> bool:
    """True when every run with text is bold (run, its character style, the paragraph style)."""
    try:
        para_bold = _style_bold(para.style)
    except (KeyError, ValueError, AttributeError):
        para_bold = None
    seen = False
    for run in visible_runs(para):
        r_el = run._r
        if not run.text.strip():
            continue
        seen = True
        bold = run.bold
        if bold is None:
            try:
                bold = _style_bold(run.style) if r_el.rPr is not None and r_el.rPr.rStyle is not None else None
            except (KeyError, ValueError, AttributeError):
                bold = None
        if bold is None:
            bold = para_bold
        if not bold:
            return False
    return seen


def _page_of(doc) -> _Page:
    try:
        s = doc.sections[0]
        width = _twips(s.page_width) or _DEFAULT_PAGE[0]
        return _Page(width, _twips(s.left_margin) if s.left_margin is not None else _DEFAULT_PAGE[1],
                     _twips(s.right_margin) if s.right_margin is not None else _DEFAULT_PAGE[2])
    except (IndexError, AttributeError, ValueError, TypeError):
        return _Page(*_DEFAULT_PAGE)


def read_lines(doc) -> list[Line]:
    """Lines of a python-docx Document in reading order, each with its geometry."""
    reader = _Reader(doc, Numbering.from_document(doc), _page_of(doc))
    reader.body()
    return reader.lines


def _missing_part(exc: KeyError) -> str:
    """What a KeyError of python-docx means to a user, in one line: a package whose main document relationship
    (".../officeDocument") is missing is no Word document at all (a renamed Excel or PowerPoint file, a ZIP);
    any other missing part is a damaged package. Never the library's message ("no relationship of type '…' in
    collection", quoted and cut mid-word before)."""
    said = " ".join(str(exc.args[0] if exc.args else "").split())
    if "officeDocument" in said:
        return "not a Word document: no main document part"
    return "a part of the Word package is missing"


def _said(exc: Exception) -> str:
    """An error's message on one line, at most 120 characters cut at a word, its quotes balanced."""
    said = " ".join(str(exc).split())
    if len(said) > 120:
        said = said[:120].rsplit(" ", 1)[0] + " …"
    for q in ("'", '"'):
        if said.count(q) % 2:
            said = said.replace(q, "")
    return said or type(exc).__name__


def read_pages(path: Path) -> tuple[PageSource, ...]:
    """The whole document as one ``docx`` page (Word has no fixed pages).

    The page's ``lines`` hold one LineGeometry per line of its text.
    """
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        doc = docx.Document(str(path))
    except PackageNotFoundError:
        raise InputError("corrupt DOCX (not a Word package)") from None
    except KeyError as exc:  # a relationship or part the package names but lacks: python-docx's words are no user's
        raise InputError(f"corrupt DOCX ({_missing_part(exc)})") from None
    except (ValueError, OSError) as exc:  # zipfile / XML errors: say what broke
        raise InputError(f"corrupt DOCX ({_said(exc)})") from None
    except Exception:  # noqa: BLE001 - python-docx's internals tripping on a malformed part
        raise InputError("corrupt DOCX (a part of the Word package is malformed)") from None
    text, lines = join_lines(read_lines(doc))
    return (PageSource(1, "docx", text=text, lines=lines),)

