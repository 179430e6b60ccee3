"""Structure stage: a directive's parts, built from the geometry its input has.

``build_structure(pages)`` reads :class:`~vanban.models.Page` objects (text
plus optional :class:`~vanban.models.LineGeometry` per line) into one
:class:`~vanban.models.Structure`: header (issuer with its superior body,
motto, số ký hiệu, place-date), title block (type, trích yếu or V/v),
Kính gửi addressees, preamble (căn cứ), the body as a tree of numbered parts,
tables, the signature block with all its levels, the Nơi nhận list and the
appendices — each with offsets into the document text (pages joined with
"\\f"). Extraction reads this instead of re-detecting sections.

Geometry: :mod:`.lines` turns every input kind into lines (cells from DOCX,
PDF, OCR or Markdown geometry; columns and indentation read from plain text);
:mod:`.header`, :mod:`.body` and :mod:`.signature` classify them.
"""

from __future__ import annotations

from dataclasses import replace

from vanban.models import LineGeometry, Page, Part, Structure
from vanban.structure.columns import read_text_tables
from vanban.structure.figure_tables import quota_grids, read_figure_tables, turned_grids
from vanban.structure import body as B
from vanban.structure.header import read_header
from vanban.structure.header_cells import cell_breaks
from vanban.structure.heading_breaks import heading_breaks, part_heading_breaks
from vanban.structure.inline_items import inline_item_breaks, split_lines
from vanban.structure.layout_runs import layout_breaks
from vanban.structure.lines import lines_of, pages_of_text
from vanban.structure.mend import mend_breaks, part_word_joins
from vanban.structure.name_spellings import name_as_printed
from vanban.structure.pipe_flow import read_flowed_pipe_tables
from vanban.structure.plan_tables import plan_grids, read_plan_tables, superseded
from vanban.structure.paragraphs import is_flat, spread
from vanban.structure.run_on import run_on_breaks, run_on_paragraphs
from vanban.structure.spread import Spread
from vanban.outline import outline
from vanban.structure.signature import (co_signature_body, co_signature_start, find_start, read_signature, recipient_labels,
                                       recipients_below)
from vanban.structure.signature_columns import read_side_by_side
from vanban.structure.stacked import read_stacked_tables
from vanban.text import fold

__all__ = ["build_structure", "structure_of_text", "outline"]


def build_structure(pages: tuple[Page, ...] | list[Page]) -> Structure:
    """The Structure of one document from its pages (geometry used when present).

    Pages without geometry (plain and legacy-OCR text) are read with their
    sentence-breaking blank lines mended (:func:`.mend.mend_breaks`, offsets kept);
    a flat text (paragraphs one newline apart, :func:`.paragraphs.is_flat`) is read
    with a blank line at each paragraph break, its offsets those of the pages'
    text and the breaks read in ``Structure.breaks`` (:func:`_flat_structure`)."""
    if not any(p.lines for p in pages):
        text = "\f".join(p.text for p in pages)
        if run_on_breaks(text):
            return _run_on_structure(text)
        if is_flat(text):
            return _flat_structure(text)
        breaks = _line_breaks(text)
        if breaks:
            return _cells_structure(text, breaks)
        return _build(pages)
    st = _build(pages)
    # a part's heading line over its first paragraph, one newline apart (a DOCX's, a text PDF's): parted as the
    # .txt copy's blank line parts them (:func:`.heading_breaks.part_heading_breaks`)
    joined = "\f".join(p.text for p in pages)
    under = part_heading_breaks(joined, st.body)
    # … and the item labels a scan ran into its paragraph's lines ("… thực hiện a) Phòng Nội vụ huyện …: …. b) …")
    under = tuple(under) + inline_item_breaks(joined)
    return replace(st, breaks=tuple(sorted(set(st.breaks) | set(under)))) if under else st


def _build(pages: tuple[Page, ...] | list[Page]) -> Structure:
    """The Structure of pages read as they are (:func:`build_structure` without its flat case)."""
    unmended = [replace(p, text=_unmended(p)) for p in pages]
    pages = [_mended(p) for p in pages]
    text = "\f".join(p.text for p in pages)
    if not text.strip():
        return Structure()
    view = fold(text)
    if len(view) != len(text):  # fold keeps length on NFC text; be safe
        view = "".join((fold(c) or " ")[:1] for c in text)
    lines = lines_of(pages)
    if any(p.lines for p in pages):  # a scan's item labels run into its lines: each item on a line of its own
        lines = split_lines(lines, inline_item_breaks(text))
    text_tables = read_text_tables(lines)  # marks their lines as table lines
    text_tables += _stacked_tables(lines_of(unmended), lines, text)
    text_tables = _flowed_tables(lines, text, text_tables)
    text_tables += read_figure_tables(text)  # quota tables by unit, indicator tables by year: a cell a line
    header, title = read_header(lines, view, text)
    adds, after = B.addressees(lines, title.end_index, len(lines))
    lo = after if adds else title.end_index
    sig_idx = find_start(lines, lo)
    labels = recipient_labels(lines)
    if sig_idx is not None:
        sig, recips, after_sig = read_side_by_side(lines, sig_idx, len(lines)) or \
            _co_signed(lines, *read_signature(lines, sig_idx, len(lines)))
        body_hi = sig_idx
        # a signature table's cells may come before the Nơi nhận label: start at the table
        cell = lines[sig_idx].cell
        if cell is not None:
            while body_hi > lo and (lines[body_hi - 1].blank or (lines[body_hi - 1].cell or (-1,))[0] == cell[0]):
                body_hi -= 1
        if sig is not None and sig.name:  # (ncfix51b) a scan's misread tone, the name as the page prints it elsewhere
            sig = replace(sig, name=name_as_printed(sig.name, text))
    else:
        sig, recips, after_sig, body_hi = None, [], len(lines), len(lines)
    pre, body_lo = B.preamble(lines, lo, body_hi)
    body_start = lines[body_lo].start if body_lo < len(lines) else len(text)
    if pre and pre[-1].end > body_start:  # a basis paragraph that goes on with its main clause: the body opens there
        body_start = len(text) - len(text[pre[-1].end + 1:].lstrip()) if pre[-1].end < len(text) else len(text)
    body_end = lines[body_hi].start if body_hi < len(lines) else len(text)
    sig_end = sig.end if sig else None
    grids = B.tables(lines, sig_end, text, frozenset(p.start for p in labels))
    quotas = quota_grids(grids + text_tables, text, text_tables)
    turned = turned_grids(grids + text_tables, text, text_tables)  # (tgt42a) units as columns, read turned
    plans = read_plan_tables(text, text_tables + quotas + turned)  # (tgt42c) tables of figures per row: the extractor's to sort
    fuller = plan_grids(grids + text_tables, text, text_tables + quotas + turned + plans)  # … the same, a scan's grid
    plans = superseded(plans, fuller) + fuller  # (tgt48) a pipe table whose rows OCR wrapped: the mended reading stands
    return Structure(
        header=header,
        type=title.type,
        title=title.title,
        title_parts=title.parts,
        addressees=tuple(adds),
        preamble=tuple(pre),
        body_start=body_start,
        body_end=max(body_start, body_end),
        body=tuple(_from(B.tree(lines, body_lo, body_hi, text), body_start)),
        tables=tuple(grids) + tuple(replace(t, in_appendix=sig_end is not None and t.start >= sig_end)
                                    for t in text_tables + quotas + turned + plans),
        signature=sig,
        recipients=tuple(recips),
        recipient_labels=tuple(labels),
        appendices=tuple(B.appendices(lines, after_sig, text)) if sig else (),
    )


def _co_signed(lines, sig, recips, after_sig):
    """The signature with the joint document's other signatures (:func:`co_signature_start`) read after it, their
    Nơi nhận items added: (signature, recipient items, index after the last block)."""
    cos = []
    while sig.name is not None and len(cos) < 3:
        at = co_signature_start(lines, after_sig, len(lines))
        if at is None:
            break
        body = co_signature_body(lines, after_sig, at)
        co, more, next_after = read_signature(lines, at, len(lines))
        if co.name is None:
            break
        if body and not co.levels:
            co = replace(co, levels=(body,))  # the body's name printed in place of a level is its authority
        after_sig = next_after
        cos.append(co)
        recips = [*recips, *more]
    if not cos:
        return sig, recips, after_sig
    if not recips and (below := recipients_below(lines, after_sig)) is not None:
        recips, after_sig = below
    return replace(sig, end=max(sig.end, cos[-1].end), co_signers=tuple(cos)), recips, after_sig


def _from(parts: list[Part], start: int) -> list[Part]:
    """The body's parts with the first one opening at ``start``: after the căn cứ its paragraph opens with."""
    return [replace(p, start=start) if p.start < start < p.end else p for p in parts]


_STACKED_TABLE = 2000  # table indices of stacked-cell tables (text tables from 1000, geometry from 0)


def _unmended(page: Page) -> str:
    """The page text with the line breaks that mending made spaces back (``raw_text`` holds the
    text before :func:`structure_of_text` mended it; same length, so offsets agree)."""
    raw, t = page.raw_text, page.text
    if page.lines or len(raw) != len(t) or raw == t:
        return t
    return "".join(r if r == "\n" and c == " " else c for r, c in zip(raw, t))


def _stacked_tables(raw_lines, lines, text):
    """Stacked-cell tables (:mod:`.stacked`) read on the unmended lines — their blank lines count
    the cells — with the mended lines they cover marked as table lines (offsets are shared)."""
    out = []
    for i, (table, lo, hi) in enumerate(read_stacked_tables(raw_lines, text)):
        a, b = raw_lines[lo].start, raw_lines[hi].end
        if any(ln.geo is not None and ln.geo.table >= 0 for ln in lines if not ln.blank and a <= ln.start < b):
            continue  # read already (a table laid out with spaces, or with geometry)
        for ln in lines:
            if not ln.blank and a <= ln.start < b:  # an OCR line outside a table keeps its x position
                ln.geo = replace(ln.geo, table=_STACKED_TABLE + i, row=0, col=-2) if ln.geo is not None \
                    else LineGeometry(table=_STACKED_TABLE + i, row=0, col=-2)
        out.append(table)
    return out


_FLOWED_TABLE = 3000  # table indices of flowed pipe tables


def _flowed_tables(lines, text, read):
    """Pipe tables whose rows OCR broke or ran on (:mod:`.pipe_flow`), where no table is read already, their
    lines marked as table lines (an OCR line keeps its x position). A piped line inside it that no table reader
    took (two run-on lines of a scan's flowed rows that happen to look like bare pipe rows, "miệng | Công văn … |" /
    "12/6/2027 | | 6 | Kết quả …") is a fragment of this table, no table of its own: only a table read already
    (its span, or its lines' table mark) keeps the flowed reading out — unless that table is the head of this one
    (:func:`_flowed_head`), which the flowed reading then replaces.

    ``read``: the tables read so far (:func:`read_text_tables`' and the stacked ones); returns them, less the
    replaced ones, followed by the flowed tables."""
    read, out = list(read), []
    for t in read_flowed_pipe_tables(text):
        over = [r for r in read if r.start < t.end and r.end > t.start]
        head = over[0] if len(over) == 1 and _flowed_head(over[0], t) else None
        # the head's lines: its header's (before its span, which is its cells') and its rows'
        own = head.end if head is not None else t.start
        if over and head is None or any(
                not ln.blank and own <= ln.start < t.end and ln.geo is not None and ln.geo.table >= 0 for ln in lines):
            continue
        if head is not None:
            read.remove(head)
        for ln in lines:
            if not ln.blank and t.start <= ln.start < t.end:
                ln.geo = replace(ln.geo, table=_FLOWED_TABLE + len(out), row=0, col=-2) if ln.geo is not None \
                    else LineGeometry(table=_FLOWED_TABLE + len(out), row=0, col=-2)
        out.append(t)
    return read + out


def _flowed_head(read, flowed) -> bool:
    """A pipe table read a row a line that stopped at the first row legacy OCR wrapped over two lines ("| 2 | Ngày
    23/3/2027 | Cả ngày | Tập huấn … an toàn," / "xử trí … | Trung tâm Kiểm soát bệnh tật tỉnh | Bệnh viện Sản Nhi
    Nghệ" / "" / "An |"): the flowed reading of the same header holds it within its span with more rows and as many
    columns. A data table only (a quota table's reading is another)."""
    return (read.role == "data" and flowed.start <= read.start and read.end <= flowed.end
            and len(flowed.rows) > len(read.rows) and len(flowed.rows[0]) == len(read.rows[0]))


def _mended(page: Page) -> Page:
    """The page with its text mended (:func:`.mend.mend_breaks`): text without geometry always;
    an OCR page with its line geometry too, dropping the geometry of the blank lines that
    the mending joins (Tesseract puts a blank line after an indented first line)."""
    if not page.lines:
        return replace(page, text=mend_breaks(page.text))
    if "ocr" not in (page.method or ""):
        return _part_words_joined(page)
    new = mend_breaks(page.text)
    if new == page.text:
        return page
    dropped, line = set(), 0
    for k, ch in enumerate(page.text):
        if ch == "\n":
            if new[k] != "\n":
                dropped.add(line + 1)  # the blank line after it joins this one
            line += 1
    geos = tuple(g for k, g in enumerate(page.lines) if k not in dropped)
    if len(geos) != new.count("\n") + 1:
        return page
    return replace(page, text=new, lines=geos)


def _part_words_joined(page: Page) -> Page:
    """A page with geometry (Markdown, Word) with each part's word joined to its number on the next line ("Điều" /
    "2. Sở …", :func:`.mend.part_word_joins`): the joined line keeps the geometry of the line that holds the number
    and the text (the word's own line, a bold "**Điều", is dropped), as a heading printed on one line has it."""
    joins = part_word_joins(page.text)
    if not joins:
        return page
    text, at = list(page.text), set(joins)
    dropped, line = set(), 0
    for k, ch in enumerate(page.text):
        if ch == "\n":
            if k in at:
                text[k] = " "
                dropped.add(line)
            line += 1
    geos = tuple(g for k, g in enumerate(page.lines) if k not in dropped)
    if len(page.lines) != page.text.count("\n") + 1:
        return page
    return replace(page, text="".join(text), lines=geos)


def structure_of_text(text: str) -> Structure:
    """The Structure of a document given as text only (pages joined with "\\f"); a flat text
    as :func:`build_structure` reads it; a text run on one line as a flat text once its lines are found."""
    if run_on_breaks(text):
        return _run_on_structure(text)
    if is_flat(text):
        return _flat_structure(text)
    breaks = _line_breaks(text)
    return _cells_structure(text, breaks) if breaks else _text_structure(text)


def _text_structure(text: str) -> Structure:
    pages = pages_of_text(mend_breaks(text))
    return _build([replace(p, raw_text=raw) for p, raw in zip(pages, text.split("\f"))])


def _flat_structure(text: str) -> Structure:
    """A flat text's Structure: read on the text with a blank line written at each paragraph break
    (:func:`.paragraphs.spread`), every offset moved back to ``text``, the breaks kept in ``breaks``
    (the extraction stage writes them into the text it reads: one decision, made here)."""
    wide = spread(text)
    cells = [b for b in cell_breaks(text) if b not in wide.breaks]  # a header on one line (header_cells)
    if cells:
        wide = Spread.at(text, sorted(wide.breaks + tuple(cells)))
    return replace(wide.remap(_text_structure(wide.text)), breaks=wide.breaks)


def _line_breaks(text: str) -> list[int]:
    """The line breaks a plain text lacks (ascending offsets): before each header cell that stands on one line with
    the others (:func:`.header_cells.cell_breaks`) and under each numbered heading whose blank line OCR lost
    (:func:`.heading_breaks.heading_breaks`); [] when there is none. Read once: the callers test it and
    :func:`_cells_structure` writes it."""
    return sorted(set(cell_breaks(text) + heading_breaks(text) + inline_item_breaks(text)))


def _cells_structure(text: str, breaks: list[int]) -> Structure:
    """The Structure of a text whose header stands on one line, its cells apart by runs of spaces
    (:func:`.header_cells.cell_breaks`), or whose headings lost the blank line under them: read with a line break
    written at each of ``breaks`` (:func:`_line_breaks`), offsets moved back to ``text``, the breaks kept in
    ``breaks`` (as :func:`_flat_structure` keeps a flat text's)."""
    wide = Spread.at(text, breaks)
    return replace(wide.remap(_text_structure(wide.text)), breaks=wide.breaks)


def _run_on_structure(text: str) -> Structure:
    """The Structure of a text with a document run on one line (:func:`.run_on.run_on_breaks`): its line breaks
    written in, the flat text that gives read as a flat text (:func:`_flat_structure`), every offset moved back to
    ``text`` and both kinds of breaks kept in ``breaks``. The layout spaces a PDF viewer's copy keeps in the body
    (:func:`.layout_runs.layout_breaks`) are line breaks too: the wrapped lines, then joined as a flat text's."""
    ons = run_on_breaks(text)
    lined = Spread.at(text, sorted(ons + layout_breaks(text, ons)))
    wide = spread(lined.text)  # one paragraph a line, as a flat text (short or long)
    spread_at = tuple(lined.back(wide.back(a)) for a in wide.added)
    sure = tuple(k for k in run_on_paragraphs(text) if k not in spread_at)  # a paragraph's end spread read as a wrap
    both = Spread.at(text, sorted(lined.breaks + spread_at + sure))
    return replace(both.remap(_text_structure(both.text)), breaks=both.breaks)
