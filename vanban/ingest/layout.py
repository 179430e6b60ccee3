"""Lines from positioned words: rows, two-column regions, and ruled tables' cells.

Why: a PDF text layer and Tesseract both give words with boxes, and the
two-column parts of a directive (issuer | national motto, số | place and
date, Nơi nhận | signer) sit side by side on the same y. Read row by row,
the columns interleave ("ĐẢNG BỘ XÃ HÒA BÌNH ĐẢNG CỘNG SẢN VIỆT NAM") and
the issuer and the motto run together. Here the words of one page become
lines in reading order, and each two-column region is written column
after column (left column, then right column) with ``column`` 0/1 and
``table``/``row``/``col`` as for a one-row table (see ``LineGeometry``).

Used by the PDF text-layer reader (pdf_lines.py, units: points) and the
OCR stage (ocr/tesseract.py, units: pixels); only ratios of the units
matter.

How a region is found (measured on rendered headers, bench/geometry.py):
a row whose words fall in exactly two groups separated by a gap wider than
``GAP_HEIGHTS`` times the row's word height opens a region (three groups
and more are the cells of an unruled table, not two columns); the rows below
join it while each of their groups stays on one side of the gap and lines
up (left edge or centre) with a line of that side (a short line under the
issuer, the signer's name below the blank signing space); it ends at the
first row that does not (the centred title, a full-width body line) or
after a vertical gap over ``MAX_ROW_GAP`` line heights. Beside a region a
row may also part at a narrower gap (``NARROW_GAP_HEIGHTS``) when a part
lines up with its column: a long issuer name that nearly touches the
motto; such a row just above the region joins it too.

Ruled tables (cell boxes from pdfplumber, or from the rules on a scanned
page: ocr/rules.py) take the words inside them first: each cell's words
become its lines (``table_block``), cell after cell, row after row.
"""

from __future__ import annotations

import dataclasses
import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field

from vanban.models import LineGeometry
from vanban.symbol_codes import CODE_TYPES
from vanban.text import fold, fold_flat

#: a horizontal gap this many word heights wide separates two columns
GAP_HEIGHTS = 2.0
#: beside a region, a gap this many word heights wide can still part two
#: cells whose text nearly touches (cell padding ≈ 0.8 em; word spaces ≈ 0.3 em)
NARROW_GAP_HEIGHTS = 0.7
#: rows above a region's first wide-gap row join it only this close (line heights)
MAX_ROW_GAP_ABOVE = 1.5
#: a row this close below the region's last row (word heights from bottom to
#: top) follows without a blank paragraph: paragraph and cell spacing of
#: Word tables stay under it (measured ≤ 2.6 on LibreOffice exports), an
#: empty paragraph goes over (≥ 3.4)
CLOSE_GAP_HEIGHTS = 3.0
#: both parts of a row that opens a region hold at least this many letters
#: (a header cell or "Nơi nhận:"; not the "1" of a table's TT column)
MIN_OPENING_LETTERS = 4
#: a row with two groups among rows of three and more, this many rows away
#: or fewer, is a table's row, not a two-column region
TABLE_REACH = 3
#: a region ends after a vertical gap of more than this many line heights
#: (the blank signing space above the signer's name is 3–5 lines)
MAX_ROW_GAP = 7.0
#: characters OCR makes of a table rule
RULE_GLYPHS = "|[]"
#: ... and of a ruled table's top or bottom border: a word of these alone on the table's edge is the border
#: ("_" read on the top rule of 144/KH-UBND's Phụ lục where it goes on, on the next page, as a scan: the line
#: stood between the two parts and the part after the break was no longer taken as the same table)
BORDER_GLYPHS = RULE_GLYPHS + "_—–-‗"
#: a word on a table's border: its centre within this share of the page's median word height of the border
EDGE_HEIGHTS = 0.3
#: a two-column region is page body set in two columns (not a header, a signature, a table) when each
#: column holds at least this many lines ...
BODY_MIN_LINES = 3
#: ... at least this share of them of BODY_MIN_WORDS words or more (running text, not cells) ...
BODY_LONG_SHARE = 0.5
BODY_MIN_WORDS = 4
#: ... this share of its letters lowercase (sentences, not an issuer's or a signer's capitals) ...
BODY_LOWER_SHARE = 0.7
#: ... a line that ends a sentence, and the shorter column has at least this share of the longer's
#: lines (the gutter runs the whole body height, not a cell beside a tall one)
BODY_LINE_RATIO = 0.5
#: what ends a sentence at a line's end
SENTENCE_ENDS = (".", "!", "?", ";")
#: a row beside a region parts at the right column's edge when the gap there is this many times
#: every other word gap of the row (see _Region._at_gutter)
GUTTER_GAP_SHARE = 1.5
#: a lone line joins a column when its left edge or centre is within this
#: many word heights of a line of that column
ALIGN_HEIGHTS = 1.5
#: left edges match within this share of that tolerance (flush-left text
#: starts at the same x; centred lines of similar widths only nearly do)
EDGE_SHARE = 0.25
#: a column is flush-left when two of its lines start within this share of
#: the tolerance of each other and end further apart than twice that
FLUSH_SHARE = 0.1


@dataclass(frozen=True)
class Word:
    """A word and its box (any unit; y grows downwards).

    ``group`` ties words a reader already knows to share a line (Tesseract's
    block/paragraph/line): they stay in one row even when a punctuation
    box ("-", "*") is much smaller than the words beside it.
    """

    x0: float
    x1: float
    top: float
    bottom: float
    text: str
    bold: bool = False
    group: object = None
    #: the word as the reader glued it when this is a part of it (vanban/ingest/pdf_lines.py ``split_glued``: two
    #: letters a table's column gap apart); the parts stand only inside a borderless table (:func:`tables_and_rows`)
    whole: Word | None = field(default=None, compare=False, repr=False)

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1e-6)


@dataclass
class Segment:
    """Words of one row that sit together (no wide gap between them)."""

    words: list[Word]

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def bold(self) -> bool:
        return all(w.bold for w in self.words)


@dataclass
class Row:
    words: list[Word] = field(default_factory=list)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def height(self) -> float:
        return statistics.median(w.height for w in self.words)

    def segments(self, gap_heights: float = GAP_HEIGHTS) -> list[Segment]:
        """The row's words left to right, cut at gaps wider than ``gap_heights`` word heights."""
        words = sorted(self.words, key=lambda w: w.x0)
        gap = gap_heights * self.height
        out = [Segment([words[0]])]
        for w in words[1:]:
            if w.x0 - out[-1].x1 > gap:
                out.append(Segment([w]))
            else:
                out[-1].words.append(w)
        return out


def _units(words: list[Word]) -> list[tuple[float, float, list[Word]]]:
    """Words as (top, bottom, words) units: one per ``group``, one per ungrouped word.

    A unit's span is the median top and bottom of its words.
    """
    grouped: dict[object, list[Word]] = {}
    units: list[tuple[float, float, list[Word]]] = []
    for w in words:
        if w.group is None:
            units.append((w.top, w.bottom, [w]))
        else:
            grouped.setdefault(w.group, []).append(w)
    for ws in grouped.values():
        units.append((statistics.median(w.top for w in ws), statistics.median(w.bottom for w in ws), ws))
    return units


def group_rows(words: list[Word]) -> list[Row]:
    """Words clustered into rows, top to bottom.

    A unit (see :func:`_units`) joins a row when its vertical centre lies
    within the span of the row's first unit.
    """
    rows: list[tuple[float, float, Row]] = []
    for top, bottom, ws in sorted(_units(words), key=lambda u: (u[0] + u[1]) / 2):
        centre = (top + bottom) / 2
        for r_top, r_bottom, row in reversed(rows[-3:]):
            if r_top <= centre <= r_bottom:
                row.words.extend(ws)
                break
        else:
            rows.append((top, bottom, Row(list(ws))))
    return [row for _, _, row in rows]


@dataclass
class Block:
    """Lines that stay together in reading order: a plain line, a region or a table."""

    top: float
    lines: list[tuple[str, LineGeometry]]
    tabular: bool = False  # gets a table index when the page is numbered
    group: object = None  # the reader's group of the block's first word (Word.group)


def _frac(x: float, width: float) -> float:
    return round(min(1.0, max(0.0, x / width)), 4)


def _line(seg_or_segs: list[Segment], width: float, **geo) -> tuple[str, LineGeometry]:
    text = " ".join(s.text for s in seg_or_segs)
    return text, LineGeometry(
        x0=_frac(seg_or_segs[0].x0, width), x1=_frac(max(s.x1 for s in seg_or_segs), width),
        bold=all(s.bold for s in seg_or_segs), **geo,
    )


def _aligned(seg: Segment, column: list[list[Segment]], tol: float, by_edge: bool, by_centre: bool = True) -> bool:
    """True when ``seg`` shares the centre or the left edge of a line in ``column``."""
    centre = (seg.x0 + seg.x1) / 2
    for segs in column:
        x0, x1 = segs[0].x0, max(s.x1 for s in segs)
        if (by_centre and abs(centre - (x0 + x1) / 2) <= tol) or (by_edge and abs(seg.x0 - x0) <= tol * EDGE_SHARE):
            return True
    return False


def _left_aligned(column: list[list[Segment]], tol: float) -> bool:
    """Two lines of ``column`` start at the same x and end apart (a flush-left column;
    centred lines that nearly share their start also nearly share their end)."""
    spans = sorted((segs[0].x0, max(s.x1 for s in segs)) for segs in column)
    return any(
        b[0] - a[0] <= tol * FLUSH_SHARE and abs(b[1] - a[1]) > 2 * tol * FLUSH_SHARE
        for k, a in enumerate(spans) for b in spans[k + 1:]
    )


def _side(seg: Segment, columns: list[list[list[Segment]]], left_edge: float, right_edge: float, tol: float,
          close: bool = False) -> int | None:
    """0/1 when ``seg`` fits the left/right column of a region, None if it does not.

    It fits a side when it stays clear of the other side and is aligned
    with a line of that side: by its centre (unless the side is flush-left),
    or by its left edge (unless the side is centred) when no blank paragraph
    comes between (``close``: the Nơi nhận list, a wrapped "CỘNG HÒA XÃ HỘI
    CHỦ NGHĨA / VIỆT NAM") or below a flush-left right column (the signer's
    name).
    A title after a blank line, centred on the page or flush-left under
    the left column, fits neither.
    """
    sides = []
    for side, clear in ((0, seg.x1 <= right_edge), (1, seg.x0 >= left_edge)):
        flush = _left_aligned(columns[side], tol)
        # a flush-left column matches by its edge only (similar lengths give similar
        # centres), a centred one by its centre only (a shared edge is chance); a
        # one-line column by either. The edge counts without a blank paragraph
        # between, or below a flush-left right column (the signer's name after the
        # blank signing space)
        by_edge = (flush or len(columns[side]) == 1) and (close or (side == 1 and flush))
        if clear and _aligned(seg, columns[side], tol, by_edge=by_edge, by_centre=not flush):
            sides.append(side)
    if len(sides) == 2:
        return 0 if (seg.x0 + seg.x1) / 2 < (left_edge + right_edge) / 2 else 1
    return sides[0] if sides else None


def _split(segs: list[Segment]) -> tuple[list[Segment], list[Segment]]:
    """Two-or-more segments cut at the widest gap: (left part, right part)."""
    gaps = [segs[k + 1].x0 - segs[k].x1 for k in range(len(segs) - 1)]
    k = gaps.index(max(gaps)) + 1
    return segs[:k], segs[k:]


class _Region:
    """A two-column region being grown: its columns' lines and the gutter between them."""

    def __init__(self, left: list[Segment], right: list[Segment], bottom: float):
        self.columns: list[list[list[Segment]]] = [[left], [right]]
        self.left_edge = max(s.x1 for s in left)  # right end of the left column
        self.right_edge = min(s.x0 for s in right)  # left end of the right column
        self.bottom = bottom  # of the last row added below

    def _add(self, side: int, segs: list[Segment], first: bool) -> None:
        if first:
            self.columns[side].insert(0, segs)
        else:
            self.columns[side].append(segs)
        if side == 0:
            self.left_edge = max(self.left_edge, max(s.x1 for s in segs))
        else:
            self.right_edge = min(self.right_edge, segs[0].x0)

    def fit(self, row: Row, first: bool = False) -> bool:
        """Add ``row`` (at the end, or ``first``) if it belongs to the region.

        A row above the region (``first``) joins only in two parts: a lone
        line there is more often the end of the text before a signature.
        """
        added = self._fit(row, first)
        if added and not first:
            self.bottom = row.bottom
        return added

    def _fit(self, row: Row, first: bool) -> bool:
        segs = _solid(row.segments())  # "; ¬ - — VIỆT NAM": the specks left of the motto's line are dropped
        tol = ALIGN_HEIGHTS * statistics.median(w.height for sg in segs for w in sg.words)  # specks are low
        if len(segs) == 1 and not first:
            close = row.top - self.bottom <= CLOSE_GAP_HEIGHTS * row.height
            side = _side(segs[0], self.columns, self.left_edge, self.right_edge, tol, close)
            bare = _without_leading_specks(segs[0])
            if side is None and bare is not None:  # "— VIỆT NAM": a speck before the motto's second line
                side = _side(bare, self.columns, self.left_edge, self.right_edge, tol, close)
                segs = [bare]
            if side is not None:
                self._add(side, segs, first)
                return True
        # two parts: at a wide gap, or at a narrow one (cells whose text nearly
        # touches) when a part lines up with its column
        for gap_heights in (GAP_HEIGHTS, NARROW_GAP_HEIGHTS):
            segs = _solid(row.segments(gap_heights))
            for k in sorted(range(1, len(segs)), key=lambda k: segs[k].x0 - segs[k - 1].x1, reverse=True):
                left, right = segs[:k], segs[k:]
                if max(s.x1 for s in left) > self.right_edge + tol or right[0].x0 < self.left_edge - tol:
                    continue
                if gap_heights == GAP_HEIGHTS and len(segs) == 2 or (
                    _aligned(_joined(left), self.columns[0], tol, by_edge=True)
                    or _aligned(_joined(right), self.columns[1], tol, by_edge=True)
                ):
                    self._add(0, left, first)
                    self._add(1, right, first)
                    return True
        if not first and row.top - self.bottom <= CLOSE_GAP_HEIGHTS * row.height:
            parts = self._at_gutter(row, tol)
            if parts is not None:
                self._add(0, parts[0], first)
                self._add(1, parts[1], first)
                return True
        return False

    def _at_gutter(self, row: Row, tol: float) -> tuple[list[Segment], list[Segment]] | None:
        """A row whose two cells touch closer than a narrow gap, parted where the right column starts.

        Why: a Nơi nhận line that fills its cell ("- Lưu: VT, GSQL (03b).") ends a word space or two
        before a flush-left signer column's edge, and the signer's name on the same row ran on after it
        ("- Lưu: VT, GSQL (03b). Lương Văn Tài": 37951/CHQ-GSQL as a LibreOffice text PDF); the region
        ended there and the signer's name and title were lost. The row parts when one of its word gaps
        is clearly the widest (:data:`GUTTER_GAP_SHARE` times every other one: a justified body line's
        gaps are alike), the word after it starts on the right column's left edge (a flush-left column of
        two lines and more) and the word before it ends left of that edge; the left part lines up with
        the left column by its edge and the right part ends within the right column's width.
        """
        right_col = self.columns[1]
        if len(right_col) < 2 or not _left_aligned(right_col, tol):
            return None
        words = sorted(row.words, key=lambda w: w.x0)
        gaps = [words[k].x0 - words[k - 1].x1 for k in range(1, len(words))]
        edge_tol = tol * EDGE_SHARE
        for k in range(1, len(words)):
            gap = gaps[k - 1]
            if gap <= 0 or abs(words[k].x0 - self.right_edge) > edge_tol or words[k - 1].x1 > self.right_edge:
                continue
            if any(g * GUTTER_GAP_SHARE > gap for j, g in enumerate(gaps) if j != k - 1):
                continue
            left, right = Segment(words[:k]), Segment(words[k:])
            if right.x1 > max(max(s.x1 for s in segs) for segs in right_col) + tol:
                continue
            if _aligned(left, self.columns[0], tol, by_edge=True, by_centre=False):
                return [left], [right]
        return None

    def label_below(self, row: Row) -> bool:
        """``row`` lies in the left column under a label that column holds alone ("Kính gửi:" beside the
        addressees), so it is the body after the region, not the label's next line.

        Why: the body's first line "Xét đề nghị của Bộ Xây dựng tại văn bản số" (its next word, a long số ký
        hiệu, wrapped) ended left of the addressees' column and was read as the label's second line, then the
        addressees came after it: it became an addressee and the căn cứ of its sentence a mention (11414/VPCP-CN
        as a text PDF and a scan, a newcomer's, session 53)."""
        label = self.columns[0]
        if len(label) != 1 or not fold_flat(_joined(label[0]).text).startswith(_LABEL_OPENINGS):
            return False
        return max(w.x1 for w in row.words) < self.right_edge

    def lines(self, width: float) -> list[tuple[str, LineGeometry]]:
        return [_line(s, width, row=0, col=c, column=c) for c in (0, 1) for s in self.columns[c]]

    def body_lines(self, width: float) -> list[tuple[str, LineGeometry]]:
        """The columns' lines as plain running text: left column top to bottom, then the right one."""
        return [_line(s, width) for c in (0, 1) for s in self.columns[c]]

    def is_body(self) -> bool:
        """True when the region is page body set in two columns (see :func:`prose_columns`)."""
        return prose_columns([[_joined(segs).text for segs in column] for column in self.columns])


def _prose(lines: list[str]) -> bool:
    """One column's lines read as running text (see BODY_* above)."""
    if len(lines) < BODY_MIN_LINES:
        return False
    if sum(len(t.split()) >= BODY_MIN_WORDS for t in lines) < BODY_LONG_SHARE * len(lines):
        return False
    letters = [ch for t in lines for ch in t if ch.isalpha()]
    if sum(ch.islower() for ch in letters) < BODY_LOWER_SHARE * len(letters):
        return False
    return any(t.rstrip().endswith(SENTENCE_ENDS) for t in lines)


def prose_columns(columns: list[list[str]]) -> bool:
    """True when both columns of a region (each its lines' text, top to bottom) are running text.

    Why: a page whose body is set in two columns forms one two-column region, like a header
    (issuer | motto) or a signature (Nơi nhận | signer); kept as a one-row table, the structure
    read the body as a data table row and every task in it was lost (newcomer's twocol.pdf). A
    header or signature column holds capitals, short lines and no sentence; a body column holds
    lines of running, mostly lowercase text with sentence ends, and the gutter runs the height of
    both columns (line counts of the same order).
    """
    left, right = columns
    if not (_prose(left) and _prose(right)):
        return False
    return min(len(left), len(right)) >= BODY_LINE_RATIO * max(len(left), len(right))


def _in_table(rows: list[Row], i: int) -> bool:
    """Row ``i`` sits among rows of three groups and more (an unruled table), within
    TABLE_REACH rows that follow each other at line spacing."""
    for step in (-1, 1):
        k = i
        for _ in range(TABLE_REACH):
            j = k + step
            if not 0 <= j < len(rows):
                break
            upper, lower = (rows[j], rows[k]) if step < 0 else (rows[k], rows[j])
            if lower.top - upper.bottom > CLOSE_GAP_HEIGHTS * rows[i].height:
                break
            if len(_cells(rows[j])) >= 3:
                return True
            k = j
    return False


#: words a clerk's blank follows or precedes in a header ("Số:      /KH-SCT",
#: "ngày      tháng 4 năm 2026"): the gap is a blank to fill in, not a cell border
_BLANK_BEFORE = ("số:", "số", "ngày", "tháng", "năm")
_BLANK_AFTER = ("/", "tháng", "năm")


#: folded openings of a row that starts the body under a header, never a header cell's line: "Kính gửi:"
#: written flush left under the số / trích yếu cell lines up with that cell and was read as its last lines
#: (a python-docx header table of left-aligned cells, LibreOffice PDF: the addressees before the date)
_BODY_OPENINGS = ("kinh gui",)
#: folded labels a two-column region holds alone in its left column, their values on the right: "Kính gửi:" beside
#: the addressees (a left-column line under it is the body's; see _Region.label_below)
_LABEL_OPENINGS = ("kinh gui",)
#: folded openings of a row that starts an appendix after the signature ("PHỤ LỤC", "Phụ lục I"): written flush
#: left on the signature's page a blank paragraph under the Nơi nhận list, it lines up with that list and was
#: read as its last line, so the whole Nơi nhận | signer region came after "PHỤ LỤC" and the signer was lost
#: (newcomer's kh45: text-layer PDF and scan alike)
_PART_OPENINGS = ("phu luc",)


#: folded openings of a signature block's parts: the Nơi nhận list and the signer's authority ("TM. ỦY BAN NHÂN
#: DÂN", "KT. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ", "Q. GIÁM ĐỐC", "TL. BỘ TRƯỞNG")
_SIGNATURE_OPENINGS = ("noi nhan", "tm.", "tm ", "t/m", "kt.", "kt ", "k/t", "tl.", "t/l", "q.", "ktl.", "tuq.")


def _opens_signature(row: Row) -> bool:
    """A part of the row opens the signature block (see _SIGNATURE_OPENINGS).

    Why: a body set in two columns is a two-column region, and the Nơi nhận | signer rows a
    blank paragraph below line up with its columns: they joined the body (the newcomer's
    twocol.pdf as the signature's page) and the signer was lost in running text."""
    return any(fold_flat(seg.text).startswith(_SIGNATURE_OPENINGS) for seg in _solid(row.segments()))


def _opens_body(row: Row) -> bool:
    """The row's first words open the body ("Kính gửi:") or an appendix ("PHỤ LỤC"), so a region
    above it ends there."""
    return fold_flat(row.segments()[0].text).startswith(_BODY_OPENINGS + _PART_OPENINGS)


#: folded type names a title's first line holds alone, in capitals ("THÔNG BÁO", "KẾ HOẠCH", "QUYẾT ĐỊNH")
_TITLE_TYPES = frozenset(fold(t) for t in CODE_TYPES.values())


def _opens_title(row: Row) -> bool:
    """The row is a title's type line alone, in capitals ("THÔNG BÁO"), so a header region above it ends there.

    Why: a header typed with spaces and its title set flush left (a plain text file made into a PDF: the
    session-17 newcomer's 08_TB_ket_luan.pdf) has its title lines on the header's left edge; they joined the
    left column, the right column (motto, place and date) came after the title, and the title read was the
    body's first paragraph."""
    segs = _solid(row.segments())
    text = " ".join(segs[0].text.split()) if len(segs) == 1 else ""
    return text.isupper() and fold(text) in _TITLE_TYPES


#: marks that stand alone on purpose (the star under a Party issuer), never a speck
_MARKS_KEPT = ("*",)
#: a list line's marks ("- Như trên;"): kept before a line's words
_LIST_MARKS = ("-", "–", "+", "•")


def _speck(seg: Segment) -> bool:
    """A group of one- or two-glyph marks without a letter or digit (";", "¬", "-", "—"): what a
    scanner's speck or a rule's fragment reads as beside a header line, not a cell of its own."""
    return not any(ch.isalnum() for ch in seg.text) and all(len(w.text) <= 2 for w in seg.words) \
        and seg.text not in _MARKS_KEPT


def _solid(segs: list[Segment]) -> list[Segment]:
    """``segs`` without specks, when something else is left (a row of a rule alone stays as it is)."""
    kept = [s for s in segs if not _speck(s)]
    return kept or segs


def _beside_speck(segs: list[Segment]) -> list[Segment]:
    """A row of two groups, one of them a speck that is no list mark, as its other group alone.

    Why: on a scanned signature block Tesseract read a speck far left of the authority's line as
    "+*" ("+* ⟷ KT. CHỦ TỊCH", the scanned form of 2815/QĐ-UBND); kept, the row was one line
    "+* KT. CHỦ TỊCH" and the signer's authority was lost. A dash far left ("-  Như trên;" with a
    tab) is a list line's mark and stays."""
    if len(segs) != 2:
        return segs
    kept = [s for s in segs if not (_speck(s) and s.text not in _LIST_MARKS)]
    return kept if len(kept) == 1 else segs


def _without_leading_specks(seg: Segment) -> Segment | None:
    """``seg`` from its first word holding a letter or digit on, or None when it opens with one."""
    k = next((i for i, w in enumerate(seg.words) if any(ch.isalnum() for ch in w.text)), 0)
    if any(w.text in _LIST_MARKS for w in seg.words[:k]):
        return None  # "- Như trên;": a list line's dash is its text, never a speck
    return Segment(seg.words[k:]) if k else None


def _cells(row: Row) -> list[Segment]:
    """The row's groups, a group after a clerk's blank joined to the one before.

    Why: a header row "Số:   /KH-SCT      Lào Cai, ngày   tháng 4 năm 2026" is
    two cells with blanks in them; counted by gaps it looks like the four
    cells of an unruled table and would keep the header from parting.
    """
    out: list[Segment] = []
    for seg in _solid(row.segments()):  # a speck beside a header line is no third cell
        if out and (out[-1].words[-1].text.lower() in _BLANK_BEFORE
                    or seg.words[0].text.lower().startswith(_BLANK_AFTER)):
            out[-1] = Segment(out[-1].words + seg.words)
        else:
            out.append(seg)
    return out


def _letters(segs: list[Segment]) -> int:
    return sum(ch.isalpha() for s in segs for ch in s.text)


def _joined(segs: list[Segment]) -> Segment:
    return Segment([w for s in segs for w in s.words])


def blocks_from_rows(rows: list[Row], width: float) -> list[Block]:
    """Plain lines and two-column regions, in reading order (see module doc)."""
    blocks: list[Block] = []
    plain_rows: list[Row] = []  # the rows behind the trailing plain blocks
    i = 0
    while i < len(rows):
        segs = _beside_speck(rows[i].segments())
        if len(segs) != 2:  # one group, or three and more (a table without rules): a plain line
            blocks.append(Block(rows[i].top, [_line(segs, width)], group=segs[0].words[0].group))
            plain_rows.append(rows[i])
            i += 1
            continue
        left, right = _split(segs)
        # "1 | Tổ chức …", or two cells of a table without rules: not two columns
        if min(_letters(left), _letters(right)) < MIN_OPENING_LETTERS or _in_table(rows, i):
            blocks.append(Block(rows[i].top, [_line(segs, width)], group=segs[0].words[0].group))
            plain_rows.append(rows[i])
            i += 1
            continue
        region = _Region(left, right, rows[i].bottom)
        top, last = rows[i].top, rows[i]
        # rows just above that belong to it (a first row whose cells nearly touch)
        while plain_rows and rows[i].top - plain_rows[-1].bottom <= MAX_ROW_GAP_ABOVE * rows[i].height \
                and region.fit(plain_rows[-1], first=True):
            top = plain_rows.pop().top
            blocks.pop()
        plain_rows = []
        i += 1
        while i < len(rows):
            row = rows[i]
            if row.top - last.bottom > MAX_ROW_GAP * row.height or _opens_body(row) or _opens_title(row) or (
                    _opens_signature(row) and region.is_body()) or region.label_below(row) or not region.fit(row):
                break
            last = row
            i += 1
        if region.is_body():
            blocks.append(Block(top, region.body_lines(width)))
        else:
            blocks.append(Block(top, region.lines(width), tabular=True))
    return blocks


def table_block(rows: list[list[tuple[float, float, float, float] | None]], top: float,
                words: list[Word], width: float) -> Block:
    """A ruled table's words as its cells' lines: cell after cell, row after row.

    ``rows`` hold each row's cell boxes (x0, top, x1, bottom) on the table's
    column grid, None where a merged cell covers the column. A word belongs
    to the cell holding its centre; a cell's words become lines by rows.
    Lines carry ``row``, ``col`` and the cell's ``x0``/``x1`` (``table`` is
    set when the page is numbered).
    """
    lines: list[tuple[str, LineGeometry]] = []
    for r, cells in enumerate(rows):
        for c, box in enumerate(cells):
            if box is None:
                continue
            # OCR reads a rule crossing a word box as "|": not text of the cell
            inside = [w for w in words if inside_box(w, box) and w.text.strip(RULE_GLYPHS)]
            for ws in mend_cell_breaks([sorted(r.words, key=lambda w: w.x0) for r in group_rows(inside)], box):
                lines.append((" ".join(w.text for w in ws), LineGeometry(
                    x0=_frac(float(box[0]), width), x1=_frac(float(box[2]), width),
                    table=0, row=r, col=c, bold=all(w.bold for w in ws),
                )))
    return Block(top, lines, tabular=True)


#: a token a narrow cell broke at its hyphen, its rest on the next line ("Quí IV-" / "2025", "NĐ-" / "CP",
#: "2026-" / "2030"): the hyphen glued to a letter or digit, the rest opening with a digit or a capital
_HYPHEN_CUT = re.compile(r"[0-9A-ZĐIVX]-$")
_HYPHEN_REST = re.compile(r"^[0-9A-ZĐ]")
#: a token too wide for its cell, cut where the cell ends ("KH&C" / "N", "UBN" / "D", "80/2021/NĐ" / "-CP"): a
#: symbol or an abbreviation — capitals, digits and & / . - , no small letter (a Vietnamese syllable is never wider
#: than a cell, so a cut word is one of these); and its rest the same
_CUT_TOKEN = re.compile(r"^(?=.*[A-ZĐ0-9])[A-ZĐ0-9&/.\-]{2,}$")
_CUT_REST = re.compile(r"^[A-ZĐ0-9&/.\-]{1,6}(?=[\s;,.)]|$)")


def mend_cell_breaks(rows: list[list[Word]], box) -> list[list[Word]]:
    """A cell's printed lines (words left to right) with each token the cell's width cut joined again.

    Why: a renderer breaks a token wider than its column inside the token, or at its hyphen, and the reader
    took the break for a space: "Sở KH&C N" (the unit "Sở KH&CN" in a 48-point column, 617-KH-UBND as a text
    PDF), "Quí IV- 2025". A line is cut so when it is one token that reaches the cell's right edge — the room
    left there narrower than the rest's first character — of :data:`_CUT_TOKEN`'s shape and the next line
    opens with the rest (:data:`_CUT_REST`), or when it ends with a hyphen glued to its token and the next line
    opens with a digit or a capital (:data:`_HYPHEN_CUT`). The two words become one, its box theirs.
    """
    out: list[list[Word]] = []
    pad = min((w.x0 for r in rows for w in r), default=box[0]) - float(box[0])
    right = float(box[2]) - max(pad, 0.0)
    for ws in rows:
        prev = out[-1] if out else None
        if prev and ws and _cut(prev, ws[0], right):
            a, b = prev[-1], ws[0]
            glued = Word(a.x0, max(a.x1, b.x1), a.top, b.bottom, a.text + b.text, a.bold and b.bold)
            out[-1] = prev[:-1] + [glued] + ws[1:]
            continue
        out.append(ws)
    return out


def _cut(prev: list[Word], nxt: Word, right: float) -> bool:
    last = prev[-1]
    if _HYPHEN_CUT.search(last.text) and _HYPHEN_REST.match(nxt.text) and len(last.text) > 1:
        return True
    if len(prev) != 1 or not _CUT_TOKEN.match(last.text) or not _CUT_REST.match(nxt.text):
        return False
    char = (nxt.x1 - nxt.x0) / max(len(nxt.text), 1)
    return right - last.x1 < char


def inside_box(w: Word, box) -> bool:
    """The word's centre lies in ``box`` (x0, top, x1, bottom)."""
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    x0, top, x1, bottom = box
    return x0 <= cx <= x1 and top <= cy <= bottom


def _on_border(w: Word, tables, reach: float) -> bool:
    """A word of :data:`BORDER_GLYPHS` alone lying on a ruled table's border (OCR made it of the rule); a dash
    inside a cell (a "-" for "none") lies a padding and half a line from the border, and stays. ``reach``: how far
    from the border (:data:`EDGE_HEIGHTS` of the page's median word height)."""
    if w.text.strip(BORDER_GLYPHS):
        return False
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    for _rows, (x0, top, x1, bottom) in tables:
        across = x0 - reach <= cx <= x1 + reach
        down = top - reach <= cy <= bottom + reach
        if (across and min(abs(cy - top), abs(cy - bottom)) <= reach) or (
                down and min(abs(cx - x0), abs(cx - x1)) <= reach):
            return True
    return False


def bands(rows: list[Row], cuts: list[float]) -> list[list[Row]]:
    """Rows cut wherever a table top lies between two of them (a region never spans a table)."""
    out: list[list[Row]] = [[]]
    for row in rows:
        if out[-1] and any(out[-1][-1].top < cut <= row.top for cut in cuts):
            out.append([])
        out[-1].append(row)
    return [b for b in out if b]


def tables_and_rows(tables: list[tuple[list, tuple]], words: list[Word], width: float, carry=None) -> list[Block]:
    """Blocks of a page: each ruled table (rows of cell boxes, table box) with the
    words inside it, each task table printed without rules (vanban/ingest/unruled.py;
    ``carry``, its ``Carry``: a table the page before left open goes on here),
    then the remaining words as plain lines and two-column regions.

    Parts of a glued word (``Word.whole``) stand inside a table (ruled or not: two cells' words a column gap apart);
    elsewhere the word is read whole (a "Số:" line or a title printed with letter spacing must not fall apart)."""
    blocks: list[Block] = []
    total: dict[int, int] = {}
    for w in words:
        if w.whole is not None:
            total[id(w.whole)] = total.get(id(w.whole), 0) + 1
    if tables and words:  # the page's median word height once, not once per word
        reach = EDGE_HEIGHTS * statistics.median(x.height for x in words)
        free = [w for w in words if not _on_border(w, tables, reach)]
    else:
        free = words
    tops: list[float] = []
    for rows, box in tables:
        inside = [w for w in free if inside_box(w, box)]
        if not inside:
            continue
        block = table_block(rows, float(box[1]), inside, width)
        if block.lines:
            blocks.append(block)
            tops.append(block.top)
            free = [w for w in free if not inside_box(w, box)]
    from vanban.ingest.unruled import unruled_tables  # noqa: PLC0415 - it builds on this module

    for rows, box in unruled_tables(free, carry):  # task tables printed without rules
        block = table_block(rows, float(box[1]), [w for w in free if inside_box(w, box)], width)
        if block.lines:
            blocks.append(block)
            tops.append(block.top)
            free = [w for w in free if not inside_box(w, box)]
    free = _rejoined(free, total)
    for band in bands(group_rows(free), tops):
        blocks.extend(blocks_from_rows(band, width))
    return blocks


def _rejoined(words: list[Word], total: dict[int, int]) -> list[Word]:
    """``words`` with the parts of a glued word (``Word.whole``) given back as the word whole, once all its parts
    (``total``: how many it has, counted in the page's words) are there; a part a table took leaves the others."""
    if not total:
        return words
    present: dict[int, int] = {}
    for w in words:
        if w.whole is not None:
            present[id(w.whole)] = present.get(id(w.whole), 0) + 1
    out: list[Word] = []
    seen: set[int] = set()
    for w in words:
        whole = w.whole
        if whole is None or present[id(whole)] < total[id(whole)]:
            out.append(w)
        elif id(whole) not in seen:
            seen.add(id(whole))
            out.append(whole)
    return out


def number_tables(blocks: list[Block], first_table: int,
                  blank_between: Callable[[Block, Block], bool] | None = None) -> tuple[list[tuple[str, LineGeometry]], int]:
    """Blocks in reading order as lines, tabular blocks numbered from ``first_table``.

    ``blank_between(previous, block)`` True puts an empty line (no
    geometry) between two blocks. Returns (lines, next free table index).
    """
    lines: list[tuple[str, LineGeometry]] = []
    index = first_table
    previous: Block | None = None
    for block in sorted(blocks, key=lambda b: b.top):
        if previous is not None and blank_between is not None and blank_between(previous, block):
            lines.append(("", LineGeometry()))
        if block.tabular:
            lines.extend((t, dataclasses.replace(g, table=index)) for t, g in block.lines)
            index += 1
        else:
            lines.extend(block.lines)
        previous = block
    return lines, index


def words_to_lines(words: list[Word], width: float, first_table: int = 0) -> tuple[list[tuple[str, LineGeometry]], int]:
    """Lines of a page's free words (no ruled tables), regions numbered from ``first_table``."""
    if not words:
        return [], first_table
    return number_tables(blocks_from_rows(group_rows(words), width), first_table)
