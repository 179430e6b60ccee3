"""The document as a list of lines with their geometry, whatever the input kind.

Inputs with geometry (DOCX, PDF words, OCR boxes, Markdown tables) carry one
:class:`LineGeometry` per line; plain and legacy-OCR text carries none, and
its geometry is read here from the characters: indentation, and the wide
gaps (3+ spaces or a tab) that separate the two columns of a header or a
signature block laid out side by side. Offsets are into the document text
(pages joined with "\\f").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vanban.ingest import md_pipe_tables
from vanban.models import LineGeometry, Page
from vanban.structure.mend import page_continues, upper_ratio  # noqa: F401 - upper_ratio is read from here
from vanban.text import fold

#: the gap between two cells of a line (a tab, or three spaces or more): where a line laid out as columns is cut, here
#: and in :mod:`.header_cells`
GAP = re.compile(r"\t+|\s{3,}")


@dataclass
class Seg:
    """A run of a line between wide gaps (a column of a side-by-side layout)."""

    start: int
    end: int
    text: str
    view: str
    col: int  # 0, 1, … from the left; -1 when the line has one run


@dataclass
class Line:
    index: int
    start: int  # offset of the first non-space character
    end: int  # offset after the last non-space character
    text: str  # stripped original
    view: str  # folded text
    indent: int
    geo: LineGeometry | None
    segs: list[Seg] = field(default_factory=list)
    raw: str = ""  # the line as written (tabs and inner spacing kept)
    piped: bool = False  # a row of a pipe table ("| 1 | Số hóa hồ sơ | Văn phòng |"): ``segs`` are its cells
    rest: bool = False  # (leg51) piped, the rest of the row above that a page break cut: its cells go on that row's

    @property
    def delimited(self) -> bool:
        """Its cells are split by a character (a tab of a flattened Word table, a pipe table's "|"), not by x."""
        return self.piped or "\t" in self.raw

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def cell(self) -> tuple[int, int, int] | None:
        if self.geo is not None and self.geo.table >= 0:
            return (self.geo.table, self.geo.row, self.geo.col)
        return None


def _segments(raw: str, base: int) -> list[Seg]:
    segs = []
    pos = 0
    pieces = []
    for m in GAP.finditer(raw):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, len(raw)))
    for a, b in pieces:
        chunk = raw[a:b]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            t = chunk.strip()
            segs.append(Seg(base + a + lead, base + a + lead + len(t), t, fold(t), 0))
    if len(segs) == 1:
        segs[0].col = -1
    else:
        for i, s in enumerate(segs):
            s.col = i
    return segs


def _pipe_rows(raws: list[str]) -> set[int]:
    """Indices of the lines of the pipe tables of a plain text ("| TT | Nội dung | … |", "|---|---|", rows):
    text copied from a web page or a Markdown editor into a .txt keeps them (:mod:`vanban.ingest.md_pipe_tables`
    finds them as the Markdown reader does)."""
    rows = {k for lo, hi in md_pipe_tables.find_tables(raws) for k in range(lo, hi)}
    # … or typed without the delimiter row, one row a line (its group rows, without pipes, are no rows)
    return rows | {k for lo, hi in md_pipe_tables.find_bare_tables(raws) for k in range(lo, hi)
                   if "|" in raws[k] and md_pipe_tables.holds_words(raws[k])}


def _continued_rows(prev: list[str], prev_piped: set[int], raws: list[str],
                    cut: tuple[int, int, int, int] | None = None) -> set[int]:
    """(ocr42b) Indices of the rows opening a page that go on with the pipe table the page before ended with.

    Why: a task table printed over a page break and read back by legacy OCR gives the next page its rows with no
    header ("| 4 | Chuẩn bị tài liệu … | Ban Chỉ huy … | Trước ngày …" under the "\\f"); a page's rows are found by
    its header (:func:`_pipe_rows`), so those rows were prose, and their units and due dates were lost. They are the
    table's rows when the page before ends on one of its rows (its last line that holds anything) and each has that
    row's number of cells; a blank line may part them (legacy OCR writes one between rows)."""
    held = [k for k in range(len(prev)) if prev[k].strip()]
    if held and held[-1] not in prev_piped and len(held) > 1 and held[-2] in prev_piped \
            and md_pipe_tables.delimiter_scrap(prev[held[-1]]):
        held = held[:-1]  # (leg51) the delimiter row read as noise under a header left at the page's foot
    last = held[-1] if held else None
    if last is None or last not in prev_piped:
        return set()
    width = len(md_pipe_tables.split_row(prev[last]))
    out: set[int] = set()
    skip = -1
    if cut is not None:  # (leg51) the page opens with the rest of a row the break cut: the rows go on under it
        width = len(md_pipe_tables.split_row(prev[cut[0]]))
        skip = cut[2]
        out.add(skip)
    for i, raw in enumerate(raws):
        if i <= skip:
            continue
        if not raw.strip():
            if i and not raws[i - 1].strip():
                break  # two blank lines: the table is over
            continue
        if not (raw.lstrip().startswith("|") and len(md_pipe_tables.split_row(raw)) == width
                and md_pipe_tables.holds_words(raw)):
            break
        out.add(i)
    return out


def _foot_header(raws: list[str], nxt_page: str) -> set[int]:
    """(leg51) The header row a page ends with when the pipe table's rows open the next page
    (:func:`md_pipe_tables.foot_header`): a row of the table, as :func:`_continued_rows` reads the next page's."""
    k = md_pipe_tables.foot_header(raws, nxt_page.split("\n")) if nxt_page else None
    return set() if k is None else {k}


def _cut_table(raws: list[str], cut: tuple[int, int, int, int] | None) -> set[int]:
    """(leg51) The rows of the pipe table a page ends with when the break cut its last row
    (:func:`md_pipe_tables.cut_row`): its header and rows down to the cut one, the delimiter scrap left out."""
    if cut is None:
        return set()
    return {k for k in range(cut[0], cut[1] + 1) if raws[k].strip() and not md_pipe_tables.delimiter_scrap(raws[k])}


def _pipe_cells(raw: str, base: int) -> list[Seg]:
    """The cells of a pipe-table row as segments, each with its offsets and its column (the cell's index among
    the row's cells, an empty cell counted and left out; the leading and trailing "|" open and close the row)."""
    bounds = [m.start() for m in re.finditer(r"(?<!\\)\|", raw)]
    if raw.strip().startswith("|"):
        bounds = bounds[1:]
    edges = [raw.index("|") if raw.strip().startswith("|") else -1] + bounds
    if not raw.rstrip().endswith("|"):
        edges.append(len(raw))
    segs = []
    for col, (a, b) in enumerate(zip(edges, edges[1:])):
        chunk = raw[a + 1:b]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            t = chunk.strip()
            segs.append(Seg(base + a + 1 + lead, base + a + 1 + lead + len(t), t, fold(t), col))
    return segs


def lines_of(pages: tuple[Page, ...] | list[Page]) -> list[Line]:
    """Every line of the document, in order, with offsets into ``"\\f".join(texts)``."""
    out: list[Line] = []
    base = 0
    prev: list[str] = []
    prev_piped: set[int] = set()
    prev_cut: tuple[int, int, int, int] | None = None
    for k, page in enumerate(pages):
        nxt_page = pages[k + 1].text if k + 1 < len(pages) else ""
        raws = page.text.split("\n")
        geos = page.lines if len(page.lines) == len(raws) else None
        pos = base
        # a page that ends inside a sentence ("Đơn vị chủ trì tham mưu thực⏎" / "hiện: Sở Tư pháp."
        # on the next page): its trailing newline is no blank line between paragraphs
        cut = page_continues(page.text, nxt_page) if geos is None else False
        nxt_raws = nxt_page.split("\n") if nxt_page else []
        cut = md_pipe_tables.cut_row(raws, nxt_raws) if geos is None and nxt_raws else None
        piped = _pipe_rows(raws) | _continued_rows(prev, prev_piped, raws, prev_cut) | _foot_header(raws, nxt_page) \
            | _cut_table(raws, cut) if geos is None else set()
        rest = prev_cut[2:] if prev_cut is not None and geos is None else None
        prev, prev_piped, prev_cut = raws, piped, cut
        for i, raw in enumerate(raws):
            if cut and i == len(raws) - 1 and not raw.strip():
                pos += len(raw) + 1
                continue
            stripped = raw.strip()
            lead = len(raw) - len(raw.lstrip())
            geo = geos[i] if geos else None
            line = Line(len(out), pos + lead, pos + lead + len(stripped), stripped, fold(stripped),
                        lead, geo, raw=raw)
            if i in piped:
                line.piped, line.segs = True, _pipe_cells(raw, pos)
                if rest is not None and i == rest[0]:  # (leg51) a cut row's rest: its cells in the row's columns
                    line.rest = True
                    for sg in line.segs:
                        sg.col += rest[1]
            elif stripped:
                line.segs = _segments(raw, pos) if geo is None or geo.table < 0 else [
                    Seg(line.start, line.end, stripped, line.view, -1)]
            out.append(line)
            pos += len(raw) + 1
        base += len(page.text) + 1
    return out


def pages_of_text(text: str) -> tuple[Page, ...]:
    """Pages (no geometry) of a document text whose pages are joined with "\\f"."""
    return tuple(Page(number=i, method="txt", raw_text=t, text=t) for i, t in enumerate(text.split("\f"), 1))
