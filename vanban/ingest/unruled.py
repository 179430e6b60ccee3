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
from dataclasses import dataclass, replace

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
#: rows under the header row that can still be header lines (wrapped column names)
HEADER_LINES = 3


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
           floor: float | None = None) -> list[tuple[float, float]]:
    """The header's gutters narrowed by the words of ``spans``; a gutter a word crosses
    (or that narrows below ``floor``, default ``min_gap``) is dropped.

    A word inside a gutter less than ``min_gap`` (a word space) right of the gutter's left edge goes on
    the left column's line and pushes that edge right: "Xã Đinh Văn Lâm | Hà" under "Tên xã, phường" is one
    cell, not "Hà" opening the next column (2284/QĐ-UBND's list of xã, its Ghi chú column empty); a word
    further right starts the right column's text and pulls the right edge left."""
    floor = min_gap if floor is None else floor
    out = []
    for g0, g1 in gutters:
        for x0, x1 in spans:
            if x1 <= g0 or x0 >= g1:
                continue
            if x0 - g0 < min_gap and g1 - x1 >= floor:  # the left column's line goes on
                g0 = max(g0, x1)
            elif x0 - g0 >= floor:  # the word sits inside the gutter's right side
                g1 = min(g1, x0)
            else:
                g0 = g1 = 0.0
                break
        if g1 - g0 >= floor:
            out.append((g0, g1))
    return out


@dataclass
class Columns:
    """The columns of a borderless table that runs to its page's foot, handed to the next page: its gutters (x ranges
    no word of it crosses), its words' height, and whether its rows open at the first column's text (a TT column)."""

    gutters: list[tuple[float, float]]
    height: float
    numbered: bool


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
    members, gutters, j = _members(rows, k, [], columns.gutters, h, spans)
    cuts = [(g0 + g1) / 2 for g0, g1 in gutters]
    filled = {sum(1 for c in cuts if (w.x0 + w.x1) / 2 > c) for r in members for w in r.words}
    if not members or len(filled) < 2:
        return None
    first_col = [any((w.x0 + w.x1) / 2 < cuts[0] for w in r.words) for r in members]
    if columns.numbered:  # a row cut by the break goes on first, its number on the page before
        starts = sorted({0, *(n for n, has in enumerate(first_col) if has)})
    else:
        starts = _gap_starts(members, h)
    return (_boxes(members, _span_starts(starts, spans), cuts, spans), j, replace(columns, gutters=gutters))


#: the label of a group row in a task table's first column: "A", "B", "I", "II", "IV." (parts and sections)
_GROUP_LABEL = re.compile(r"^(?:[A-HĐ]|[IVXL]{1,5})[.)]?$")


def _spanning(r: Row, members: list[Row], gutters: list[tuple[float, float]], spans: set[int], h: float) -> bool:
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
    if k in spans and r.top - members[-1].bottom <= 1.0 * h:
        title = sorted(members[-1].words, key=lambda w: w.x0)[1]
        return words[0].x0 >= gutters[0][1] - h and abs(words[0].x0 - title.x0) <= h
    return False


def _members(rows: list[Row], j: int, members: list[Row], gutters: list[tuple[float, float]],
             h: float, spans: set[int] | None = None) -> tuple[list[Row], list[tuple[float, float]], int]:
    """(the table's rows, its gutters narrowed by them, the index after them): ``members`` and the rows from ``j`` on
    while they leave every gutter empty and no gap over :data:`MAX_GAP_HEIGHTS` comes between. A group row whose
    title crosses the gutters (:func:`_spanning`) joins without narrowing them, its index put in ``spans``, when a row
    that keeps them follows; group rows the table ends on are left out."""
    members = list(members)
    spans = set() if spans is None else spans
    held = 0  # trailing group rows not yet followed by a row of the table
    while j < len(rows):
        r = rows[j]
        if members and r.top - members[-1].bottom > MAX_GAP_HEIGHTS * h:
            break
        kept = _keeps(gutters, _spans(r.words), GUTTER_HEIGHTS * h, KEEP_HEIGHTS * h)
        if len(kept) < len(gutters):
            if not _spanning(r, members, gutters, spans, h):
                break
            spans.add(len(members))
            members.append(r)
            held += 1
            j += 1
            continue
        gutters = kept
        members.append(r)
        held = 0
        j += 1
    if held:
        for k in range(len(members) - held, len(members)):
            spans.discard(k)
        members, j = members[:len(members) - held], j - held
    return members, gutters, j


def _gap_starts(members: list[Row], h: float) -> list[int]:
    """The rows of a table without a TT column: a row ends at a gap wider than the usual line pitch."""
    pitches = [members[k + 1].top - members[k].top for k in range(len(members) - 1)]
    pitch = statistics.median(pitches) if pitches else h
    return [0] + [k + 1 for k, p in enumerate(pitches) if p > ROW_GAP_SHARE * pitch]


def _boxes(members: list[Row], starts: list[int], cuts: list[float],
           spans: set[int] = frozenset()) -> tuple[list, tuple]:
    """(rows of cell boxes, table box) of the table of ``members``, its rows opening at ``starts``, its columns
    parted at ``cuts``. A row that opens at a group row (``spans``: their indices) is its label's cell and one
    merged cell over the columns its title covers (None for the columns it covers, as a ruled table's merged cell)."""
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
    if _kinds(" ".join(w.text for w in head.words)) < 2 and _kinds(" ".join(w.text for r in band for w in r.words)) < 2:
        return None
    gutters = _gutters(_spans(head.words), min_gap)
    if len(gutters) < 2:
        return None
    spans: set[int] = set()
    members, gutters, j = _members(rows, i + 1, [head], gutters, h, spans)
    # a header and one line at the page's foot: the table goes on over the page break (:class:`Carry`)
    if len(members) < 3 and not (len(members) == 2 and _at_foot(rows, j)):
        return None
    cuts = [(g0 + g1) / 2 for g0, g1 in gutters]

    def col_of(w: Word) -> int:
        cx = (w.x0 + w.x1) / 2
        return sum(1 for c in cuts if cx > c)

    # table rows: lines with text in the first column open a row (a TT column), or gaps do
    first_col = [any(col_of(w) == 0 for w in r.words) for r in members]
    starts: list[int]
    # counted over the data lines: the header's "TT" is no row's number (a one-row table, its task wrapped on two
    # lines under "TT": one number in two lines, 1 ≤ 0.6 × 2; with the header counted, 2 > 0.6 × 3 lost the table)
    numbered = first_col[0] and (sum(first_col[1:]) <= 0.6 * (len(members) - 1) or _serials(
        [" ".join(w.text for w in r.words if col_of(w) == 0) for r, has in zip(members[1:], first_col[1:]) if has]))
    if len(members) == 2:
        starts, numbered = [0, 1], first_col[0] and first_col[1]
    elif numbered:
        starts = [k for k, has in enumerate(first_col) if has]
    else:
        starts = _gap_starts(members, h)
    if len(starts) < 2:
        return None
    # the header band ends where the first data row starts
    return (_boxes(members, _span_starts(starts, spans), cuts, spans), Columns(gutters, h, bool(numbered))), j


#: a row's serial number in a table's first column: "1", "12.", "a)", "IV"
_SERIAL = re.compile(r"^(?:\d{1,3}|[a-zđ]|[IVXL]{1,5})[.)]?$")


def _serials(cells: list[str]) -> bool:
    """Every first-column cell of the table's lines is a serial number that goes up: a list printed one line a row
    ("1 | Xã Đam Rông 1", "2 | Xã Cát Tiên 3", … under "Stt | Tên xã, phường | Ghi chú"). Its rows are as many as its
    numbers, though every line holds one; by gaps it was one row (its line pitch even), so no table."""
    nums = [int(c.rstrip(".)")) for c in cells if _SERIAL.match(c) and c.rstrip(".)").isdigit()]
    return len(cells) >= 3 and len(nums) >= 0.8 * len(cells) and all(b > a for a, b in zip(nums, nums[1:]))


def _span_starts(starts: list[int], spans: set[int]) -> list[int]:
    """``starts`` with each group row (``spans``) opening a row of its own: a table without a TT column cuts its
    rows at gaps only, and a group row printed close under the task before it would join that task."""
    return sorted(set(starts) | {k for k in spans if k - 1 not in spans})
