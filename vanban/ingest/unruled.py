"""Tables printed without rules (borderless task tables) found from word positions.

Why: a plan's task table exported from Word without borders (a PDF text layer,
or a scan) has no drawn cells for ``page.find_tables()`` or the OCR rule
finder; read row by row its cells interleave ("Tổ chức quán Các Sở, ban,
Các cơ quan Xong trong") and no task keeps its Đơn vị chủ trì or its Thời
gian. Its columns are still there: the words of one column never cross into
the next, so across the table's rows the x range between two columns stays
empty (a gutter). Here:

* a table opens at a header row naming at least two kinds of task-table
  columns (:data:`HEADER_KINDS`: TT, Nội dung / Tên nhiệm vụ / Chỉ tiêu, Đơn vị chủ trì,
  Phối hợp, Thời gian / Thời hạn, Sản phẩm, Ghi chú) in at least three parts;
* the rows below join it while the x ranges their words cover, merged with
  those of the rows before, still leave the header's gutters empty (opened
  ``GUTTER_HEIGHTS`` word heights wide, kept down to ``KEEP_HEIGHTS``: a cell's
  text wraps at its cell's edge; a word a word space into a gutter goes on the
  left column's line) and no vertical gap over
  ``MAX_GAP_HEIGHTS`` line heights comes between; a full-width paragraph, a
  two-column signature or a new page part ends it;
* the table's rows: when the first column holds text on few lines only (a
  TT column: "1", "2"), or on every line row numbers that go up (a list one
  line a row), each of those lines opens a row; otherwise a row
  ends at a vertical gap wider than ``ROW_GAP_SHARE`` times the usual line
  pitch (the paragraph spacing between cells);
* columns closer than a gutter (a cell's text filling its column: LibreOffice's borderless Word tables leave
  2.7–6 pt, under a word space at times) are told by where their lines start: a gutter whose right edge rows
  start words at keeps down to :data:`ALIGNED_GAP_HEIGHTS` (:func:`_keeps`), and a header gap too narrow for a
  gutter stands for a column when the rows below start words there and no word of theirs crosses it
  (:func:`_split_columns`); a label over its title ("I." / "NÂNG CAO …") is one row, one cell over the columns;
* a table that runs to its page's foot (a page number below it at most) may
  hold its header and one line only; its columns (:class:`Columns`) are
  handed to the next page (:class:`Carry`, the PDF text-layer reader's, one per
  document), where the rows at the top that keep them are the table's
  continuation with no header of its own — the structure stage joins the two
  (:mod:`vanban.structure.continued`), the row the break cut glued whole.
  pdfplumber's own text strategy (``vertical_strategy="text"``) is no help
  here: on a page of prose and a borderless table it makes the whole page one
  table and cuts syllables at its guessed edges ("ỦY BA" / "N N").

The result is the same (rows of cell boxes, table box) a ruled table gives,
so :func:`vanban.ingest.layout.table_block` reads the cells alike. Units are
those of the words (PDF points or image pixels).
"""

from __future__ import annotations

import re
import statistics
from bisect import bisect_left, insort
from dataclasses import dataclass, field, replace

from vanban.ingest.layout import Row, Word, group_rows
from vanban.text import fold

#: kinds of column names of a task table (folded); a header row names two kinds or more
HEADER_KINDS = (
    re.compile(r"(?<![a-z])s?tt(?![a-z])"),
    # a target table names its content column "Chỉ tiêu" (144/KH-UBND's and 0134/KH-UBND's Phụ lục, 2629/QĐ-TTg's,
    # 2954/QĐ-UBND's): with "Chủ trì" it opens the table when a scan reads its "TT" as something else ("ý M")
    re.compile(r"noi dung|nhiem vu|cong viec|ten (?:nhiem vu|de an|nhiem)|ten$|(?<![a-z])chi tieu(?![a-z])"),
    re.compile(r"chu tri|thuc hien|co quan|don vi|phu trach"),
    re.compile(r"phoi hop"),
    re.compile(r"thoi (?:gian|han)|tien do|hoan thanh"),
    re.compile(r"san pham|ket qua"),
    re.compile(r"ghi chu|kinh phi"),
)
#: the label of a table's total row, no number in its TT column (folded, the second column's text): "Tổng cộng",
#: "Tổng số", "Cộng", "Cộng lớp 1" — not a task's words that begin so ("Tổng hợp", "Tổng kết", "cộng đồng", "cộng tác",
#: "Cộng hòa")
TOTAL_LABEL = re.compile(r"^(?:tong cong|tong so|tong$|cong(?!\s+(?:dong|tac|san|hoa|huong|don)(?![a-z])))(?![a-z])")
#: two columns are parted by an empty x range this many word heights wide
#: (cell padding ≈ 0.8 em on Word exports; word spaces ≈ 0.3 em)
GUTTER_HEIGHTS = 0.6
#: a header's gutter stays one while the rows below narrow it to this many word heights: a cell's text wraps at its
#: cell's right edge, so the gutter's width comes down to the two cells' paddings, as narrow as 2-3 pt a side
#: (tables set tight to fit the page; a Word table made from HTML keeps its 3 px: 4-5 pt in all, 0.33-0.42 of a
#: 12 pt word's height, 144/KH-UBND's Phụ lục so rendered); only gutters a header opened are kept so, and a word a
#: word space into one goes on the left column's line (:func:`_keeps`)
KEEP_HEIGHTS = 0.3
#: a header row is cut into parts at gaps this many word heights wide
PART_HEIGHTS = 0.7
#: a vertical gap over this many line heights ends the table
MAX_GAP_HEIGHTS = 4.0
#: a row of a table without a TT column ends at a gap this many times the line pitch
ROW_GAP_SHARE = 1.4
#: in a numbered table, a line with no number that opens a row of its own (a row under a merged first cell) stands
#: below a gap at least this share of the gaps above the numbered rows
MERGED_GAP_SHARE = 0.7
#: … and at least this many times the leading between a cell's lines
MERGED_LEAD_TIMES = 2.0
#: rows under the header row that can still be header lines (wrapped column names)
HEADER_LINES = 3
#: a word starts at a column's start when its left edge is this many word heights from it (Word aligns a column's
#: lines to the point; the text layer rounds)
ALIGN_HEIGHTS = 0.06
#: a column start is one when this many rows of the table so far start a word there
ALIGN_ROWS = 2
#: next to a column start, two columns may be parted by an empty x range this many word heights wide only (a cell
#: whose text fills it, and Word's padding of 2–3 pt: less than a word space, 0.25 em)
ALIGNED_GAP_HEIGHTS = 0.12
#: a column start found inside a column (:func:`_split_columns`) has this many rows of the table starting a word there
SPLIT_ROWS = 3


def _kinds(text: str) -> int:
    v = fold(text)
    return sum(1 for rx in HEADER_KINDS if rx.search(v))


def _spans(words: list[Word]) -> list[tuple[float, float]]:
    return sorted((w.x0, w.x1) for w in words)


def _gutters(spans: list[tuple[float, float]], min_gap: float) -> list[tuple[float, float]]:
    """Empty x ranges at least ``min_gap`` wide between the merged ``spans``."""
    out = []
    end = None
    for x0, x1 in sorted(spans):
        if end is not None and x0 - end >= min_gap:
            out.append((end, x0))
        end = x1 if end is None else max(end, x1)
    return out


def _parts(row: Row) -> int:
    return len(row.segments(PART_HEIGHTS))


def _keeps(gutters: list[tuple[float, float]], spans: list[tuple[float, float]], min_gap: float,
           starts: Starts | None = None, h: float = 0.0, floor: float | None = None,
           row: list[float] = ()) -> list[tuple[float, float]]:
    """The header's gutters narrowed by the words of ``spans``; a gutter a word crosses
    (or that narrows below ``floor``, default ``min_gap``) is dropped.

    A word inside a gutter less than ``min_gap`` (a word space) right of the gutter's left edge goes on
    the left column's line and pushes that edge right: "Xã Đinh Văn Lâm | Hà" under "Tên xã, phường" is one
    cell, not "Hà" opening the next column (2284/QĐ-UBND's list of xã, its Ghi chú column empty); a word
    further right starts the right column's text and pulls the right edge left.

    ``starts``: the x where the table's rows start words (left edges; ``row``: those of the row read), ``h`` the
    word height. A gutter whose right
    edge is a column start (:func:`_aligned`: :data:`ALIGN_ROWS` rows start a word there) may narrow down to
    :data:`ALIGNED_GAP_HEIGHTS` (below ``floor``): a cell whose text fills its column leaves only the padding before
    the next column (2.7 pt on 179/KH-UBND's Phụ lục exported from a borderless Word table, under a word space), and
    what tells the columns apart there is that every line of the next column starts at the same x."""
    floor = min_gap if floor is None else floor
    out = []
    tol = ALIGN_HEIGHTS * h
    narrow = ALIGNED_GAP_HEIGHTS * h
    starts = Starts() if starts is None else starts
    for g0, g1 in gutters:
        aligned = h > 0 and _aligned(g1, starts, tol, row)
        for x0, x1 in spans:
            if x1 <= g0 or x0 >= g1 or (aligned and x0 >= g1 - tol):
                continue
            # an aligned gutter keeps down to the padding, any other down to ``floor``
            least = min(floor, narrow) if aligned else floor
            if x0 - g0 < min_gap and g1 - x1 >= least:  # the left column's line goes on
                g0 = max(g0, x1)
            elif x0 - g0 >= floor:  # the word sits inside the gutter's right side
                g1 = min(g1, x0)
                aligned = aligned and _aligned(g1, starts, tol, row)
            else:
                g0 = g1 = 0.0
                break
        if g1 - g0 >= floor or (aligned and g1 - g0 >= narrow):
            out.append((g0, g1))
    return out


def _aligned(x: float, starts: Starts, tol: float, row: list[float] = ()) -> bool:
    """``x`` is a column's start: :data:`ALIGN_ROWS` of the rows' word starts (``starts``, and ``row``'s: the row
    read, :func:`_row_starts`) lie within ``tol`` of it."""
    return starts.near(x, tol) + sum(1 for s in row if abs(s - x) <= tol) >= ALIGN_ROWS


class Starts:
    """The x where a table's rows start words, sorted, each with how many times (counted up to :data:`ALIGN_ROWS`:
    :func:`_aligned` asks no more).

    Why: a Phụ lục of a hundred pages printed without rules is one table carried over every page (:class:`Carry`);
    scanning every start it gathered per gutter per row cost the square of its length (review 52). A look-up here is
    a bisection and a few neighbours, an insertion one bisection."""

    def __init__(self, xs: list[float] = ()) -> None:
        self._xs: list[float] = []
        self._n: dict[float, int] = {}
        self.add(xs)

    def add(self, xs) -> None:
        for x in xs:
            n = self._n.get(x)
            if n is None:
                insort(self._xs, x)
                self._n[x] = 1
            elif n < ALIGN_ROWS:
                self._n[x] = n + 1

    def near(self, x: float, tol: float) -> int:
        """How many starts lie within ``tol`` of ``x``, counted up to :data:`ALIGN_ROWS`."""
        i, got = bisect_left(self._xs, x - tol), 0
        while i < len(self._xs) and self._xs[i] <= x + tol and got < ALIGN_ROWS:
            got += self._n[self._xs[i]]
            i += 1
        return got

    def copy(self) -> Starts:
        out = Starts()
        out._xs, out._n = list(self._xs), dict(self._n)
        return out


def _row_starts(r: Row) -> list[float]:
    """The left edges of a row's words (two words of one row at one x are as rare as two columns' starts there)."""
    return [w.x0 for w in r.words]


@dataclass
class Columns:
    """The columns of a borderless table that runs to its page's foot, handed to the next page: its gutters (x ranges
    no word of it crosses), its words' height, and whether its rows open at the first column's text (a TT column)."""

    gutters: list[tuple[float, float]]
    height: float
    numbered: bool
    #: the x where its rows started words (:func:`_keeps`' column starts)
    starts: Starts = field(default_factory=Starts)
    #: its header band's rows (:func:`_split_columns` reads the next page's rows under them)
    band: list[Row] = field(default_factory=list)
    #: the vertical gap above its numbered rows (:func:`_merged_starts`), None when it showed none
    row_gap: float | None = None


@dataclass
class Carry:
    """What one page of a document hands the next: the :class:`Columns` of a table left open at its foot, or None.
    A long task table printed without rules runs over the page break with no header row on the next page (Word
    repeats none unless told); read page by page, its rows there were read as prose ("2 Số hóa hồ sơ, kết Trung tâm
    Phục Trước 30/6/2027", the session-35 newcomer's plan) and its first page, a header and one row, as no table."""

    columns: Columns | None = None


def unruled_tables(words: list[Word], carry: Carry | None = None) -> list[tuple[list, tuple]]:
    """Borderless tables of a page's words as (rows of cell boxes, table box); see the module doc. With ``carry`` (one
    per document, its pages in order): the rows at the page's top that keep the columns of the table the page before
    left open are that table's continuation, and a table this page leaves open is handed on."""
    rows = group_rows(words)
    out: list[tuple[list, tuple]] = []
    i = 0
    opened = carry.columns if carry is not None else None
    if carry is not None:
        carry.columns = None
    if opened is not None and (found := _continued_at(rows, opened)) is not None:
        table, i, columns = found
        out.append(table)
        if carry is not None and _at_foot(rows, i):
            carry.columns = columns
    while i < len(rows):
        found = _table_at(rows, i)
        if found is None:
            i += 1
            continue
        (table, columns), i = found
        out.append(table)
        if carry is not None and _at_foot(rows, i):
            carry.columns = columns
    return out


#: a printed page number, alone on its row ("2", "- 2 -", "Trang 2")
_FOLIO = re.compile(r"^(?:trang\s*)?[-–]?\s*\d{1,3}\s*[-–]?$", re.IGNORECASE)


def _folio(row: Row) -> bool:
    return bool(_FOLIO.match(" ".join(w.text for w in row.words)))


def _at_foot(rows: list[Row], j: int) -> bool:
    """Rows ``j`` on hold nothing but a page number: a table that ends before them runs to the page's foot."""
    return all(_folio(r) for r in rows[j:])


def _continued_at(rows: list[Row], columns: Columns) -> tuple[tuple[list, tuple], int, Columns] | None:
    """(table, index after it, its columns) of the rows at the page's top (a page number above them passed over) that
    keep every gutter of ``columns``; None when they do not, or fill one column only (a short prose line)."""
    k = 0
    while k < len(rows) and _folio(rows[k]):
        k += 1
    h = columns.height
    spans: set[int] = set()
    wide: set[int] = set()
    members, gutters, j = _members(rows, k, [], columns.gutters, h, spans, wide, columns.starts.copy())
    if members and columns.band:
        n = len(columns.band)
        shifted = {x + n for x in spans}
        shifted_wide = {x + n for x in wide}
        gutters = _split_columns(columns.band + members, n, gutters, shifted, h, shifted_wide)
        spans |= {x - n for x in shifted if x >= n}
        wide |= {x - n for x in shifted_wide if x >= n}
    cuts = [(g0 + g1) / 2 for g0, g1 in gutters]
    filled = {sum(1 for c in cuts if (w.x0 + w.x1) / 2 > c) for r in members for w in r.words}
    if not members or len(filled) < 2:
        return None
    first_col = [any((w.x0 + w.x1) / 2 < cuts[0] for w in r.words) for r in members]
    # a TT column: numbered on the page before, or here (its header and one line there, a wrapped header name
    # maybe: 179/KH-UBND's Phụ lục printed without rules, "Thời gian" / "thực hiện" over the break)
    numbered = columns.numbered or 2 <= sum(first_col) <= 0.6 * len(members)
    starts_seen = columns.starts.copy()
    starts_seen.add(_member_starts(members, spans))
    row_gap = columns.row_gap
    if numbered:  # a row cut by the break goes on first, its number on the page before
        starts = sorted({0, *(n for n, has in enumerate(first_col) if has)})
        starts, row_gap = _merged_starts(members, starts, 0, lambda w: sum(1 for c in cuts if (w.x0 + w.x1) / 2 > c),
                                         row_gap)
    else:
        starts = _gap_starts(members, h)
    return (_boxes(members, _span_starts(starts, spans, wide), cuts, spans, wide), j,
            replace(columns, gutters=gutters, numbered=bool(numbered), starts=starts_seen, row_gap=row_gap))


#: the label of a group row in a task table's first column: "A", "B", "I", "II", "IV." (parts and sections)
_GROUP_LABEL = re.compile(r"^(?:[A-HĐ]|[IVXL]{1,5})[.)]?$")


def _spanning(r: Row, members: list[Row], gutters: list[tuple[float, float]], spans: set[int], h: float,
              wide: set[int]) -> bool:
    """``r`` is a group row whose title runs over the columns right of its label (a merged cell: "A | PHÁT TRIỂN NỀN
    MÓNG CHO KINH TẾ SỐ …", "II | Phát triển hạ tầng"), or that title's next line.

    Why: a task table printed without rules parts its sections by such rows; their text crosses the gutters the
    task rows keep, so the table ended at the first one and every row below was read as prose, its cells
    interleaved ("1.1 Rà soát, xây dựng, sửa Sở Tư pháp Các sở, ban, 2026 -": 179/KH-UBND's Phụ lục as a
    borderless text PDF, the session-51 newcomer's). A label alone in the first column (:data:`_GROUP_LABEL`) with
    the title starting in the second column opens one; a line right under it (line pitch) that starts where its
    title starts and has nothing in the first column goes on with it."""
    if not members or not gutters:
        return False
    words = sorted(r.words, key=lambda w: w.x0)
    first_cut = gutters[0][0]
    if len(words) >= 2 and _GROUP_LABEL.match(words[0].text) and words[0].x1 <= first_cut \
            and words[1].x0 >= gutters[0][1] - h:
        return True
    k = len(members) - 1
    if r.top - members[-1].bottom > 1.0 * h:
        return False
    above = sorted(members[-1].words, key=lambda w: w.x0)
    labelled = len(above) >= 2 and _GROUP_LABEL.match(above[0].text) and above[0].x1 <= first_cut \
        and above[1].x0 >= gutters[0][1] - h
    if k in spans or labelled:  # the title's next line; the first line may have kept the gutters
        if k not in wide and len(above) < 2:
            return False
        title = above[0] if k in wide else above[1]
        if k not in spans and abs(words[0].x0 - title.x0) <= h and words[0].x0 >= gutters[0][1] - h:
            spans.add(k)
            return True
        return abs(words[0].x0 - title.x0) <= h and (k in wide or words[0].x0 >= gutters[0][1] - h)
    if _GROUP_LABEL.match(above[0].text) and above[0].x1 <= first_cut and abs(words[0].x0 - above[0].x0) <= h \
            and not _GROUP_LABEL.match(words[0].text) and not words[0].text[:1].isdigit():
        # the label, maybe with the title's first word, on its line, the title under it from the first column over
        # the next ones: one cell over the whole row ("I." / "NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY", "II. HOÀN" /
        # "THIỆN CƠ CHẾ, CHÍNH SÁCH …": 617/KH-UBND's Phụ lục)
        spans.add(k)
        wide.add(k)
        return True
    return False


def _members(rows: list[Row], j: int, members: list[Row], gutters: list[tuple[float, float]],
             h: float, spans: set[int] | None = None, wide: set[int] | None = None,
             starts: Starts | None = None) -> tuple[list[Row], list[tuple[float, float]], int]:
    """(the table's rows, its gutters narrowed by them, the index after them): ``members`` and the rows from ``j`` on
    while they leave every gutter empty and no gap over :data:`MAX_GAP_HEIGHTS` comes between. A group row whose
    title crosses the gutters (:func:`_spanning`) joins without narrowing them, its index put in ``spans``, when a row
    that keeps them follows; group rows the table ends on are left out. ``starts`` (the column starts of the table
    so far, a page before) gets those of the rows that join."""
    members = list(members)
    spans = set() if spans is None else spans
    wide = set() if wide is None else wide
    starts = Starts() if starts is None else starts
    starts.add(x for k, m in enumerate(members) if k not in spans for x in _row_starts(m))
    held = 0  # trailing group rows not yet followed by a row of the table
    while j < len(rows):
        r = rows[j]
        if members and r.top - members[-1].bottom > MAX_GAP_HEIGHTS * h:
            break
        kept = _keeps(gutters, _spans(r.words), GUTTER_HEIGHTS * h, starts, h, KEEP_HEIGHTS * h, _row_starts(r))
        if len(kept) < len(gutters):
            if not _spanning(r, members, gutters, spans, h, wide):
                break
            spans.add(len(members))
            if len(members) - 1 in wide:
                wide.add(len(members))
            members.append(r)
            held += 1
            j += 1
            continue
        gutters = kept
        members.append(r)
        starts.add(_row_starts(r))
        held = 0
        j += 1
    if held:
        for k in range(len(members) - held, len(members)):
            spans.discard(k)
            wide.discard(k)
        members, j = members[:len(members) - held], j - held
        if len(members) - 1 in wide:  # a label whose title the table ended on: a row of its own again
            spans.discard(len(members) - 1)
            wide.discard(len(members) - 1)
    return members, gutters, j


def _gap_starts(members: list[Row], h: float) -> list[int]:
    """The rows of a table without a TT column: a row ends at a gap wider than the usual line pitch."""
    pitches = [members[k + 1].top - members[k].top for k in range(len(members) - 1)]
    pitch = statistics.median(pitches) if pitches else h
    return [0] + [k + 1 for k, p in enumerate(pitches) if p > ROW_GAP_SHARE * pitch]


def _boxes(members: list[Row], starts: list[int], cuts: list[float],
           spans: set[int] = frozenset(), wide: set[int] = frozenset()) -> tuple[list, tuple]:
    """(rows of cell boxes, table box) of the table of ``members``, its rows opening at ``starts``, its columns
    parted at ``cuts``. A row that opens at a group row (``spans``: their indices) is its label's cell and one
    merged cell over the columns its title covers (None for the columns it covers, as a ruled table's merged cell);
    one that opens at a label alone on its line with the title under it (``wide``) is one merged cell from the
    first column on."""
    left = min(w.x0 for r in members for w in r.words)
    right = max(w.x1 for r in members for w in r.words)
    edges = [left - 1.0] + cuts + [right + 1.0]
    bounds = starts + [len(members)]
    boxes = []
    for a, b in zip(bounds, bounds[1:]):
        top = min(w.top for r in members[a:b] for w in r.words) - 0.5
        bottom = max(w.bottom for r in members[a:b] for w in r.words) + 0.5
        row = [(edges[c], top, edges[c + 1], bottom) for c in range(len(edges) - 1)]
        if len(row) > 2 and a in spans:
            end = max(w.x1 for r in members[a:b] for w in r.words)
            last = min(len(row) - 1, sum(1 for c in cuts if c < end))
            if a in wide:
                row = [(edges[0], top, edges[last + 1], bottom)] + [None] * last + row[last + 1:]
            else:
                row = [row[0], (edges[1], top, edges[last + 1], bottom)] + [None] * (last - 1) + row[last + 1:]
        boxes.append(row)
    return boxes, (edges[0], boxes[0][0][1], edges[-1], boxes[-1][0][3])


def _table_at(rows: list[Row], i: int) -> tuple[tuple[tuple[list, tuple], Columns], int] | None:
    head = rows[i]
    h = statistics.median(w.height for r in rows[i:i + 4] for w in r.words)
    min_gap = GUTTER_HEIGHTS * h
    if _parts(head) < 3:
        return None
    # the header may wrap ("Tên nhiệm" / "vụ"): its lines are read together
    band = [head]
    for r in rows[i + 1:i + 1 + HEADER_LINES]:
        if r.top - band[-1].bottom > 1.0 * h:
            break
        band.append(r)
    if _kinds(" ".join(w.text for w in head.words)) < 2 and _kinds(" ".join(w.text for r in band for w in r.words)) < 2 \
            and not _numbered_list(rows, i, h):
        return None
    gutters = _gutters(_spans(head.words), min_gap)
    if len(gutters) < 2:
        return None
    spans: set[int] = set()
    wide: set[int] = set()
    members, gutters, j = _members(rows, i + 1, [head], gutters, h, spans, wide)
    # a header and one line at the page's foot: the table goes on over the page break (:class:`Carry`)
    if len(members) < 3 and not (len(members) == 2 and _at_foot(rows, j)):
        return None
    gutters = _split_columns(members, len(band), gutters, spans, h, wide)
    cuts = [(g0 + g1) / 2 for g0, g1 in gutters]

    def col_of(w: Word) -> int:
        cx = (w.x0 + w.x1) / 2
        return sum(1 for c in cuts if cx > c)

    # table rows: lines with text in the first column open a row (a TT column), or gaps do
    first_col = [any(col_of(w) == 0 for w in r.words) for r in members]
    starts: list[int]
    row_gap = None
    # counted over the data lines: the header's "TT" is no row's number (a one-row table, its task wrapped on two
    # lines under "TT": one number in two lines, 1 ≤ 0.6 × 2; with the header counted, 2 > 0.6 × 3 lost the table)
    numbered = first_col[0] and (sum(first_col[1:]) <= 0.6 * (len(members) - 1) or _serials(
        [" ".join(w.text for w in r.words if col_of(w) == 0) for r, has in zip(members[1:], first_col[1:]) if has]))
    if len(members) == 2:
        starts, numbered = [0, 1], first_col[0] and first_col[1]
    elif len(members) <= len(band) and _at_foot(rows, j):
        # the header alone at the page's foot (its names wrapped on three lines, 2597/QĐ-TTg's Phụ lục): the rows
        # are on the next page, which tells whether they are numbered (:func:`_continued_at`)
        starts, numbered = [0], False
    elif numbered:
        starts = [k for k, has in enumerate(first_col) if has or (k >= len(band) and _total_line(members[k], col_of))]
        starts, row_gap = _merged_starts(members, starts, len(band), col_of)
    else:
        starts = _gap_starts(members, h)
    if len(starts) < 2 and not (starts == [0] and _at_foot(rows, j)):
        return None
    # the header band ends where the first data row starts
    return (_boxes(members, _span_starts(starts, spans, wide), cuts, spans, wide),
            Columns(gutters, h, bool(numbered), Starts(_member_starts(members, spans)), members[:len(band)], row_gap)), j


def _merged_starts(members: list[Row], starts: list[int], band_n: int, col_of,
                   row_gap: float | None = None) -> tuple[list[int], float | None]:
    """``starts`` (the lines of a numbered table that open a row: those with a word in its first column) with the
    rows written under a merged first cell: a line below a vertical gap as wide as those above the numbered rows
    (:data:`MERGED_GAP_SHARE` of their median; ``row_gap``, the page before's, when this page shows none) that
    starts words in two columns right of the first. With the gap the line above ended every cell, and two cells
    opening on one line are a row's, not a cell's second paragraph. Returns the starts and the gap measured.

    Why: a Ban Thường vụ's Chương trình công tác năm ("Tháng | Nội dung | Cơ quan chủ trì chuẩn bị | Cơ quan phối
    hợp") merges "Tháng 01" over the month's two or three rows, and a TTHC list ("TT | Mã số | Tên thủ tục | … | Cơ
    quan thực hiện") its number over a procedure's variants; printed without rules, the rows opened at the month or
    the number only, so a month's two tasks were one row naming both lead bodies ("Ủy ban Kiểm tra Huyện ủy Ủy ban
    nhân dân huyện", a54-10-CTr-HU rendered borderless by LibreOffice)."""
    gaps = [members[k].top - members[k - 1].bottom for k in starts if k >= band_n and k > 0]
    if gaps:
        row_gap = statistics.median(gaps)
    if row_gap is None or row_gap <= 0:
        return starts, row_gap
    # the leading between a cell's lines: a row's gap is its cell paddings more (Chromium's 3 px a side: 6 pt
    # against 1.5; LibreOffice's Word table: 14 against 4), a cell's wrapped line never so far below the one above
    leads = [members[k].top - members[k - 1].bottom for k in range(max(band_n, 1), len(members)) if k not in starts]
    lead = statistics.median(leads) if leads else 0.0
    seen = set(starts)
    out = list(starts)
    for k in range(max(band_n, 1), len(members)):
        gap = members[k].top - members[k - 1].bottom
        if k in seen or gap < MERGED_GAP_SHARE * row_gap or gap <= MERGED_LEAD_TIMES * lead:
            continue
        if len({col_of(w) for w in members[k].words} - {0}) >= 2:
            out.append(k)
    return sorted(out), row_gap


def _total_line(r: Row, col_of) -> bool:
    """``r``, a line with nothing in a numbered table's TT column, is its total row's: its second column opens with a
    total's label (:data:`TOTAL_LABEL`, capitalised: a cell's first line, no task's wrapped line) and a column right
    of it holds a figure.

    Why: a plan's per-unit table ends on "| | Tổng cộng | 15 | 10 | | 1.200 |" (a51-04-KH-UBND, a51-07-KH-DU,
    a51-10-KH-PGDDT's "Cộng"); printed borderless and scanned, the rows open at their numbers only, so the total joined
    the last numbered row (its unit "Xã X" and "Tổng cộng" one cell, its figures each under the row's), and the targets
    read the total as that unit's."""
    words = sorted(r.words, key=lambda w: w.x0)
    label = [w.text for w in words if col_of(w) == 1]
    if not label or not label[0][:1].isupper() or not TOTAL_LABEL.match(fold(" ".join(label[:2])).strip(" *:.")):
        return False
    return any(col_of(w) >= 2 and any(ch.isdigit() for ch in w.text) for w in words)


#: a header's first part that names a column of row numbers alone
_TT_PART = re.compile(r"^s?tt$")
#: rows under a header looked at for its row numbers (a task wraps on a few lines)
NUMBERED_REACH = 12


def _numbered_list(rows: list[Row], i: int, h: float) -> bool:
    """The header row ``rows[i]`` opens a numbered table whose other columns name no task-table kind: its first part
    is "TT" / "STT" alone, and the lines under it that have a word in that column (left of its second part) open with
    row numbers that go up — at least three (or 1 and 2 over three lines), two thirds of them read as numbers (a scan
    misreads one: "&:" for "3").

    Why: "STT | Trường | Số lớp | Số học sinh" (a51-10-KH-PGDDT, authored51: the schools' classes and pupils) names
    one kind of :data:`HEADER_KINDS` only, so printed without rules it was no table and its rows were read as prose
    lines, a school and its figures in one line (bench/tt_scan.py, borderless scan: 0 of its 7 numbered rows)."""
    segs = rows[i].segments(PART_HEIGHTS)
    if len(segs) < 3 or not _TT_PART.match(fold(segs[0].text).strip(" .:")):
        return False
    firsts = []
    for r in rows[i + 1:i + 1 + NUMBERED_REACH]:
        if r.top - rows[i].bottom > NUMBERED_REACH * 2 * h:
            break
        w = min(r.words, key=lambda w: w.x0)
        if w.x1 <= segs[1].x0 - GUTTER_HEIGHTS * h:
            firsts.append(w.text.rstrip(".)"))
    nums = [int(t) for t in firsts if t.isdigit()]
    # a list of three rows, one number misread ("1", "2", "°)": a51-10-KH-PGDDT's second table), counts from 1
    enough = len(nums) >= 3 or (len(firsts) >= 3 and nums[:1] == [1] and len(nums) == 2)
    return enough and len(nums) >= 2 / 3 * len(firsts) and all(b > a for a, b in zip(nums, nums[1:]))


def _member_starts(members: list[Row], spans: set[int]) -> list[float]:
    return [x for k, m in enumerate(members) if k not in spans for x in _row_starts(m)]


def _split_columns(members: list[Row], band_n: int, gutters: list[tuple[float, float]], spans: set[int],
                   h: float, wide: set[int] | None = None) -> list[tuple[float, float]]:
    """``gutters`` with those the header's narrow gaps stand for: a gap between two of the header band's words
    (the first ``band_n`` members) narrower than :data:`GUTTER_HEIGHTS` whose x range holds a column start — the
    data rows start words at one x there in :data:`SPLIT_ROWS` rows or more, and no word of theirs crosses it.

    Why: LibreOffice exports a borderless Word table with narrow columns with its header names 5 pt apart
    ("Nhiệm vụ, giải pháp" | "Đơn vị thực hiện", 179/KH-UBND's Phụ lục), under the gutter width, so two columns were
    read as one and every task swallowed its lead unit. Group rows (a label in the first column, or a title line
    under one) may cross the new gutter: their title is a merged cell over the columns, and they join ``spans``."""
    tol = ALIGN_HEIGHTS * h
    narrow = ALIGNED_GAP_HEIGHTS * h
    first_cut = gutters[0][0] if gutters else None
    wide = set() if wide is None else wide
    out = list(gutters)
    for r in members[:band_n]:
        ws = sorted(r.words, key=lambda w: w.x0)
        for a, b in zip(ws, ws[1:]):
            if b.x0 - a.x1 < narrow or any(g0 - tol <= a.x1 and b.x0 <= g1 + tol for g0, g1 in out):
                continue
            data = [(k, m) for k, m in enumerate(members) if k >= band_n and k not in spans]
            xs = [w.x0 for _, m in data for w in m.words if a.x1 - tol <= w.x0 <= b.x0 + tol]
            if not xs:
                continue
            c = max(set(round(x, 1) for x in xs), key=lambda x: sum(1 for y in xs if abs(y - x) <= tol))
            # the header's name starting there too (a left-aligned header) counts as a row
            support = sum(1 for _, m in data if any(abs(w.x0 - c) <= tol for w in m.words)) + (abs(b.x0 - c) <= tol)
            if any(g0 - tol <= c <= g1 + tol for g0, g1 in out):  # a column start known already
                continue
            # a column's left neighbour ends ragged: some row leaves a gutter's width before c (second words of
            # lines that happen to start at one x sit a word space after the first ones, row after row)
            before = [max((w.x1 for w in m.words if w.x1 <= c - narrow / 2 and w.x0 > a.x0 - tol), default=None)
                      for _, m in data if any(abs(w.x0 - c) <= tol for w in m.words)]
            if not any(x is None or c - x >= GUTTER_HEIGHTS * h for x in before):
                continue
            if support < SPLIT_ROWS or any(w.x0 < c - tol and w.x1 > c - narrow / 2 for m in members[:band_n]
                                             for w in m.words):
                continue
            crossing = [k for k, m in data if any(w.x0 < c - tol and w.x1 > c - narrow / 2 for w in m.words)]
            grouped, whole = set(), set()
            for k in crossing:
                ws_k = sorted(members[k].words, key=lambda w: w.x0)
                label = _GROUP_LABEL.match(ws_k[0].text) and (first_cut is None or ws_k[0].x1 <= first_cut)
                under = k - 1 in grouped or k - 1 in spans
                above = sorted(members[k - 1].words, key=lambda w: w.x0)
                lone = _GROUP_LABEL.match(above[0].text) and abs(above[0].x0 - ws_k[0].x0) <= h \
                    and members[k].top - members[k - 1].bottom <= 1.0 * h
                if lone or (k - 1 in wide and abs(above[0].x0 - ws_k[0].x0) <= h):  # a label's title under it
                    whole |= {k - 1, k}
                elif not (label or (under and first_cut is not None and ws_k[0].x0 > first_cut)):
                    break
                grouped.add(k)
            else:
                left = max((w.x1 for m in members for w in m.words if w.x1 <= c - narrow / 2 and w.x1 > a.x0), default=a.x1)
                if c - left < narrow:
                    continue
                spans.update(grouped | whole)
                wide.update(whole)
                out = sorted(out + [(left, c)])
                first_cut = out[0][0]
    return out


#: a row's serial number in a table's first column: "1", "12.", "a)", "IV"
_SERIAL = re.compile(r"^(?:\d{1,3}|[a-zđ]|[IVXL]{1,5})[.)]?$")


def _serials(cells: list[str]) -> bool:
    """Every first-column cell of the table's lines is a serial number that goes up: a list printed one line a row
    ("1 | Xã Đam Rông 1", "2 | Xã Cát Tiên 3", … under "Stt | Tên xã, phường | Ghi chú"). Its rows are as many as its
    numbers, though every line holds one; by gaps it was one row (its line pitch even), so no table."""
    nums = [int(c.rstrip(".)")) for c in cells if _SERIAL.match(c) and c.rstrip(".)").isdigit()]
    return len(cells) >= 3 and len(nums) >= 0.8 * len(cells) and all(b > a for a, b in zip(nums, nums[1:]))


def _span_starts(starts: list[int], spans: set[int], wide: set[int] = frozenset()) -> list[int]:
    """``starts`` with each group row (``spans``) opening a row of its own: a table without a TT column cuts its
    rows at gaps only, and a group row printed close under the task before it would join that task. The title
    lines under a label that opens a whole-row cell (``wide``) open none: they start in the first column."""
    return sorted((set(starts) - {k for k in wide if k - 1 in wide}) | {k for k in spans if k - 1 not in spans})
