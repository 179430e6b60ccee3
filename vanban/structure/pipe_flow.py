"""Pipe tables whose rows OCR broke, spread or ran together ("flowed pipe tables").

Why: a task table typed as a Markdown pipe table ("| STT | Nội dung | Đơn vị chủ trì | … |", a row a line) is read
row by row on clean text (:mod:`vanban.ingest.md_pipe_tables`, :func:`.lines._pipe_rows`), but once its page is
printed and read back by OCR the rows are no longer one a line:

* legacy OCR keeps a row a line, but writes a blank line between rows, wraps a long row over two lines, breaks the
  header where a pipe was lost ("| STT | Nội dung | Đơn vị chủ trì" / "" / "Đơn vị phối hợp | Thời gian |"), turns
  the delimiter row into noise ("an aelentee") and puts a page break inside the table;
* a scan read by layout runs the rows on as one paragraph: "|---|---|| 1 | Xây dựng … | Quý II/2027 | | 2 | Hoàn
  thành … | Công" / "an tỉnh | … | Quý I/2027" / "|I3 | Đầu tư …" (the pipe before a row number read as "I"), and
  may lose the pipes of a quota table's short figures: a row's number run into its figures ("2111127"), the next
  row's number glued to the last figure ("011 14"), two one-digit figures read as one ("| 1 | 12 ||").

Either way a line-by-line reader finds no row and the table's tasks are lost to every extractor. Here the table is
read as a stream of cells: the text from the header to the last pipe line is cut at every "|", and rows are found at
their numbers ("1", "2", … in order; a group row's roman numeral), a number being a row's first cell only where a
row may begin (the first cell, after an empty cell "| |" between two rows, at a line's first pipe, after a pipe
read as a letter, or once the row before has its cells). A row's cells are the cells up to the next row's number,
the empty one closing it left out.

Conservative by construction: only a header row of pipes whose first cell names the number column ("STT", "TT",
:data:`vanban.cellgrid.NUMBER_COL_RE`) followed by two or more short column names opens a table (a name of up to
fifteen words where the delimiter row follows the names, :func:`_long_names`), and at least two numbered rows must
follow; prose has no pipes, so no table is made of prose lines.

Input: the document text (pages joined by "\\f"); output: :class:`vanban.models.Table` (row 0 the header, role
"data"), offsets into that text, each cell's text its span with runs of spaces made one.
"""

from __future__ import annotations

import re
from collections import Counter

from vanban.cellgrid import NUMBER_COL_RE
from vanban.models import Table, TableCell
from vanban.structure import vocab as V
from vanban.structure.mend import upper_ratio
from vanban.structure.round_tables import round_header
from vanban.text import fold

__all__ = ["read_flowed_pipe_tables"]

_LINE = re.compile(r"[^\n\f]*")
_MAX_HEAD_LINES = 3  # a header row broken by OCR runs over this many non-blank lines at most
_MAX_GAP_LINES = 3  # non-blank lines without a pipe inside a table (noise, a wrapped cell): more end the table
_MAX_HEAD_WORDS = 10  # a header cell names a column, it is no sentence ("Tỷ lệ DN tổ chức đối thoại định kỳ": 9, a29-06)
_MAX_LONG_HEAD_WORDS = 15  # (scan47) a column named at length, where the delimiter row vouches for the header (_long_names);
# a sentence of 18 words between pipes stays no name (tests/test_ocr39_table_heads.py)
_MIN_ROWS = 2
# a part's heading in capitals between two tables ("IV. THỜI GIAN TUYỂN SINH", "2. DỰ TOÁN KINH PHÍ"): no wrapped cell
_PART_HEADING = re.compile(r"^(?:[IVXL]{1,5}|\d{1,2})\.\s+\S")
_HEADING_WORDS = 15
_MAX_REST_CELLS = 3  # more column names after the one the page wrapped, before the delimiter row (t31-04's scan)
#: the delimiter row run on inside a line, after a pipe: "| |---|---|"
_RUN_ON_DELIMITER = re.compile(r"\|[ \t]*\|?[ \t]*[-—–_]{3,}")
_MAX_NOISE = 20  # characters of noise between the header and the first row (a delimiter row misread)


#: (ocr39) the unit a column's figures are counted in, in brackets closing its name ("… (người)", "(triệu đồng)", "(%)"):
#: no word of the name — a quota column "Số quần chúng được giới thiệu đi học lớp cảm tình Đảng (người)" is 11 words
#: with it, and the scan's flowed quota table by chi bộ was no table (a37-08)
_HEAD_UNIT_RE = re.compile(r"\s*\([^()\n]{1,20}\)\s*$")


def _head_words(cell: str) -> int:
    """How many words name a header cell's column, the unit in brackets closing it (:data:`_HEAD_UNIT_RE`) left out."""
    return len(_HEAD_UNIT_RE.sub("", cell).split())


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each line, a header's pipe read as a letter after the number column's name given back
    (:func:`_head_pipe`)."""
    return [(m.start(), m.end(), _head_pipe(m.group(0))) for m in _LINE.finditer(text)]


def _head_pipe(s: str) -> str:
    """``s`` with the pipe after the number column's name given back where OCR read it as a letter glued to the name
    ("| TTỊ Thời gian | Giờ/buổi |" → "| TT| Thời gian | Giờ/buổi |"), or the pipe before it read as a bracket ("[ TT |
    Nhóm tiêu chí |" → "| TT | Nhóm tiêu chí |"): the line keeps its length, offsets into the text stay right; any
    other line as it is."""
    view = fold(s) if "|" in s else ""
    m = V.PIPE_HEAD_LOST_PIPE_RE.match(view) or V.PIPE_HEAD_LOST_OPENING_RE.match(view) if len(view) == len(s) else None
    return s[:m.start("lost")] + "|" + s[m.end("lost"):] if m else s


def _cells(s: str) -> list[str]:
    """The cells of a piped line, its opening and closing pipes left out."""
    parts = [p.strip() for p in s.strip().split("|")]
    if parts and not parts[0]:
        parts = parts[1:]
    if parts and not parts[-1]:
        parts = parts[:-1]
    return parts


def _head_names(cells: list[str], max_words: int = _MAX_HEAD_WORDS) -> bool:
    """A header row: the number column first (or the steps' column of a timetable of steps, :data:`_STEP_COL_RE`, or the date column of a timetable, :data:`_DATE_COL_RE`, or the period
    column of a calendar numbered by its months or quarters, :data:`vocab.STACKED_PERIOD_COL`: "| Tháng | Ngày tiếp |
    Người chủ trì tiếp |" over "| 01 | 17/01/2028 | …", a Kế hoạch tiếp công dân's year, t31-03, the period's number
    the row's), then two or more short column names (``max_words`` each at most: :func:`_long_names` allows more)."""
    return len(cells) >= 3 and bool(NUMBER_COL_RE.match(fold(cells[0]).strip(" *."))
                                    or _STEP_COL_RE.match(fold(cells[0]).strip(" *."))
                                    or V.STACKED_PERIOD_COL.match(fold(cells[0]).strip(" *."))
                                    or round_header(cells)
                                    or _DATE_COL_RE.match(fold(cells[0]).strip(" *."))) and \
        all(c and _head_words(c) <= max_words for c in cells[1:])


def _long_names(run: list[str], cells: list[str], lines, k: int) -> bool:
    """(scan47) A numbered header one of whose columns is named at length — what it counts, its scope and its date
    ("| STT | Thôn | Người nghiện, người sử dụng trái phép chất ma túy đang quản lý (31/12/2034) | Chỉ tiêu cai nghiện
    năm 2035 (người) | …", 13 words; "Vị trí thửa đất (tờ bản đồ, số thửa, địa chỉ)", 11): more words than
    :data:`_MAX_HEAD_WORDS` lets a column's name have, and a scan's flowed table of quotas per thôn was no table (its
    rows, each thôn's quotas, lost to every extractor; tune45's t45-01). Such a line is a header where the delimiter
    row says a table begins right after it — on the same line after its names, on the next line, or after the names
    the page wrapped there (:func:`_head_rest`) —, each name at most :data:`_MAX_LONG_HEAD_WORDS` words and no
    sentence (no ". " or ";" inside; a clause of 18 words, "Các đơn vị rà soát toàn bộ hồ sơ … và báo cáo", is none)."""
    if not _head_names(run, _MAX_LONG_HEAD_WORDS) or any(re.search(r"\.\s|;", c) for c in run):
        return False
    rest = [c for c in cells[len(run):] if c]
    if rest:
        return bool(V.PIPE_DELIMITER_RE.match(rest[0]))
    j = k + 1
    while j < len(lines) and not lines[j][2].strip():
        j += 1
    if j < len(lines) and V.PIPE_DELIMITER_LINE_RE.match(lines[j][2].strip()):
        return True
    return lines[k][2].rstrip().endswith("|") and _head_rest(lines, k) is not None


#: (scan47t) the words a row's own name may put between the column's noun and its number, folded: "Đoàn số 1" under
#: "Đoàn kiểm tra", "Tổ công tác số 2" under "Tổ công tác", "Bước thứ 3" under "Bước"
_NAMED_ROW_TAIL = r"(?:\s+[a-z]+){0,2}?\s+(?:(?:so|thu)\s+)?(?P<n>\d{1,2})"
_MAX_NAMED_COL_WORDS = 4


def _named_row_re(cells: list[str]) -> re.Pattern | None:
    """(scan47t) The pattern (folded, fullmatched) of a row's first cell in a table whose rows the first column's noun
    numbers — "| Bước | Nội dung | Thời gian | Cơ quan chịu trách nhiệm |" over "| Bước 1 | …", "| Đoàn kiểm tra | Thời
    gian | Đối tượng, cơ sở kiểm tra | Đơn vị chủ trì |" over "| Đoàn số 1 | …", "| Đợt | Địa bàn | … |" over "| Đợt 2
    | …": the noun, a word or two of the row's own name, "số"/"thứ", the number (a round's own words after it, "Đợt
    1 (hưởng ứng …)", "– Lễ hội …", allowed). None where the first column is a number column ("STT": its rows are
    bare numbers) or names more than :data:`_MAX_NAMED_COL_WORDS` words."""
    if len(cells) < 3:
        return None
    head = fold(cells[0]).strip(" *.:")
    words = head.split()
    if not words or len(words) > _MAX_NAMED_COL_WORDS or NUMBER_COL_RE.match(head) or not words[0].isalpha():
        return None
    return re.compile(re.escape(words[0]) + _NAMED_ROW_TAIL + r"(?:\s*[(:\u2013\u2014-].*)?")


def _named_first_row(run: list[str], cells: list[str], lines, k: int) -> bool:
    """(scan47t) A header of short names whose first row, right after the delimiter row, is named by the first
    column's noun and the number 1 (:func:`_named_row_re`: "| Đoàn kiểm tra | … |" ⏎ "|---|---|---|---| | Đoàn số 1 |
    …", a scan's flowed inspection table, the delimiter row on the line under the names, so no units-headed header
    :func:`_delimited_names` knows): no number column, yet the rows number themselves. The delimiter row must stand
    between (the names are a header, not piped prose), and the first row must be numbered 1. Its rows are then read
    as a units-headed table's, count by count (:func:`_counted_rows`: a row it cannot read leaves the whole table to
    the prose reader)."""
    named = _named_row_re(run)
    if named is None or not all(c and _head_words(c) <= _MAX_HEAD_WORDS for c in run):
        return False
    after = "|".join(cells[len(run):])
    j = k + 1
    while j < len(lines) and j <= k + 3 and after.count("|") < 8:
        after += "|" + lines[j][2]
        j += 1
    seen_rule = False
    for c in after.split("|"):
        c = c.strip()
        if not c:
            continue
        if V.PIPE_DELIMITER_RE.match(c):
            seen_rule = True
            continue
        m = named.fullmatch(fold(c).strip(" *.:"))
        return seen_rule and bool(m) and m.group("n") in ("1", "01")
    return False


#: a round's cell opening its row in such a schedule (folded): "Đợt 1 – Lễ hội Xuân hồng", "Lần 2", "Đợt thứ 3"
_ROUND_ROW_RE = re.compile(r"(?:dot|lan)\s+(?:thu\s+)?(?P<n>\d{1,2})(?!\d)")


#: the number column of a timetable of steps, folded: "Bước" over rows "1", "2", … (a plan's steps, each with the
#: unit that does it and its time: a scan runs the rows on and the steps' units and dates were lost, t37-03)
_STEP_COL_RE = re.compile(r"^buoc$")
#: the first column of a timetable without row numbers, folded: "Ngày", "Thời gian", "Ngày, tháng"
_DATE_COL_RE = re.compile(r"^(?:ngay|thoi gian|thoi han|ngay,? thang|ngay thang nam)$")
#: a timetable row's first cell: a date or a span of dates ("Trước ngày 10/4/2027", "Từ ngày 15/4 đến …", "20/5/2027");
#: (ocr43b) or a period of a year, a quarter or a month ("Quý IV/2033 (tháng 11)", "Quý 1V/2033" as a scan reads it,
#: "Tháng 9/2034"): a schedule of meetings by quarter ran on by a scan lost every row, its dates and who chairs them
_DATED_CELL_RE = re.compile(r"\b\d{1,2}/\d{1,2}\b|\bngay \d{1,2}\b|\bquy\s*(?:[ivxl1]{1,4}|\d)\s*/\s*\d{4}\b"
                            r"|\bthang\s*\d{1,2}\b|^\d{1,2}\s*/\s*(?:19|20)\d{2}$")


def _misread_delimiter(s: str) -> bool:
    """(form52) A delimiter row legacy OCR misread, dashes with a glyph or two among them ("-----[---F---", the pipes
    between its cells read as "[" and "F"): short, at least half its characters dashes, no word in it."""
    return len(s) <= _MAX_NOISE and s.count("-") * 2 >= len(s) and not re.search(r"[^\W\d_]{2}", s)


def _dated_rows(tokens, n: int) -> list[list[tuple[int, int, str]]]:
    """The rows of a timetable's token stream (its header's first column the date, no row numbers): a scan runs the
    rows on ("| Trước ngày 10/4/2027 | | Hoàn thành … | Các trường THCS | | Từ ngày 15/4 …", a29-03), so a row is
    the ``n`` cells after the empty cell that closes the row before, its first cell a date. Every row must read so
    (an empty cell inside a row moves no row: each holds exactly ``n`` cells), else no row is read."""
    k = 0
    while k < len(tokens) and (not tokens[k][2] or _misread_delimiter(tokens[k][2])):
        k += 1  # the delimiter row (or its noise, "|-----[---F---|") and the empty cell before the first row
    rows = []
    while k < len(tokens):
        cells = tokens[k:k + n]
        if len(cells) < n or not _DATED_CELL_RE.search(fold(cells[0][2])):
            return []
        rows.append([(a, b, s) for a, b, s, _x in cells])
        k += n
        if k < len(tokens) and tokens[k][2]:
            return []  # the row goes on past its n cells: not read by count
        k += 1
    return rows


def _counted_rows(tokens, n: int) -> list[list[tuple[int, int, str]]]:
    """The rows of a units-headed table's token stream (:func:`_delimited_names`: its first column names the row, a
    grade, a village, no row number to follow): each row is the ``n`` cells after the empty cell that closes the row
    before, as :func:`_dated_rows` reads a timetable's, a figure's bracket read back as its pipe first
    (:func:`_bracket_pipes`).

    (ocr41b) A row one cell short whose two last figures a scan read as one run of digits ("| TDP 1 | 64 | 18 | 82 |
    5195 ||" for "… | 51 | 95 |") is split where the full rows' figures of those two columns are each of one width
    (:func:`_glued_figures`: t40-10's scan, two such rows cost the whole table of percentages per tổ dân phố). Every
    row must read so, else no row is read (a total row whose first cell is empty, "| | Tổng cộng | 40 | |", leaves an
    inspection timetable to the prose reader, which dates its rows as the clean text's table is dated, a39-03's scan)."""
    k = 0
    while k < len(tokens) and not tokens[k][2]:
        k += 1  # the delimiter row and the empty cell before the first row
    cells = _bracket_pipes([(a, b, s) for a, b, s, _x in tokens[k:]])
    runs, cur = [], []
    for c in cells:
        if c[2]:
            cur.append(c)
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    full = [r for r in runs if len(r) == n]
    rows = [r if len(r) == n else _glued_figures(r, full, n) or _lost_word_pipe(r, full, n) for r in runs]
    rows = [r for r in rows if r is not None]
    return rows if len(rows) == len(runs) else []


def _glued_figures(row, full, n: int):
    """``row`` (one cell short of ``n``) with a run of digits split into the two figures the table's full rows hold in
    those two columns, each column's figures all of one width there, a total row's sums left aside ("5195" under
    columns of two-digit figures: 51, 95); None when no one cell splits so."""
    if len(row) != n - 1 or len(full) < 2:
        return None

    units = [r for r in full if not V.TOTAL_ROW_RE.match(fold(r[0][2]).strip(" *"))]  # a total's sums are wider
    if len(units) < 2:
        return None

    def width(col: int) -> int | None:
        ws = {len(r[col][2]) if r[col][2].isdigit() else None for r in units}
        return ws.pop() if len(ws) == 1 else None

    hits = []
    for k in range(1, len(row)):
        a, _b, s = row[k]
        w1, w2 = width(k), width(k + 1) if k + 1 < n else None
        if s.isdigit() and w1 and w2 and len(s) == w1 + w2:
            hits.append(row[:k] + [(a, a + w1, s[:w1]), (a + w1, a + w1 + w2, s[w1:])] + row[k + 1:])
    return hits[0] if len(hits) == 1 else None


#: a cell of words: two letters in a run ("Trụ sở UBND xã", "24/24 giờ, luân phiên theo tuần"), not a figure alone
_WORDS_CELL_RE = re.compile(r"[^\W\d_]{2}")


def _lost_word_pipe(row, full, n: int):
    """(leg51) ``row``, one cell short of ``n`` in a table of words, as read: its last cell holds two columns' text.

    Why: a scan lost the pipe between two cells of words, "… 24/24 giờ khi cấp dự báo cấp V | Chòi canh lửa …" read
    "cấp vị Chòi canh lửa" (the pipe glued to the V read as "Ị", t50-03's duty roster), and one row short of its
    cells cost the whole roster (:func:`_counted_rows` reads every row or none), its units with it. In a table whose
    every cell after the first holds words in every full row (a roster, a list of units and their places), a lost
    pipe joins two neighbours' words and puts no figure under a wrong head: the row keeps its first cell (the unit)
    and its cells in their columns up to the join, the last column left empty. A table with a figure column keeps the
    all-or-nothing rule (an inspection timetable's total row "| | Tổng cộng | 40 | |", a39-03's scan)."""
    if len(row) != n - 1 or len(full) < 2 or n < 3:
        return None
    if not all(_WORDS_CELL_RE.search(c[2]) for r in full for c in r[1:]):
        return None
    if not all(_WORDS_CELL_RE.search(c[2]) for c in row):
        return None
    at = row[-1][1]
    return row + [(at, at, "")]


def _head_run(cells: list[str]) -> list[str]:
    """The header's cells of a line that may run on into the delimiter row and the first rows (a scan's flowed
    table): the cells up to the first empty one, delimiter or row number."""
    out = []
    for c in cells:
        if not c or V.PIPE_DELIMITER_RE.match(c) or (out and V.PIPE_ROW_NUMBER_RE.fullmatch(c)):
            break
        glued = V.PIPE_HEAD_GLUED_DELIMITER_RE.match(c) if out else None
        if glued:  # "Thời gian hoàn thành LI---I---": the last name, the delimiter row glued to it
            out.append(glued.group("name"))
            break
        out.append(c)
    return out


def _delimited_names(run: list[str], cells: list[str], lines, k: int) -> bool:
    """A header whose first column is no number column ("| Khối | Số lớp | …", "| Đơn vị | Số hộ | …": the units
    themselves number the rows) is still a header when the delimiter row runs on after its names: on the same line (a
    scan flows the whole table onto one line) or after its last names that the page wrapped onto the next line
    (:func:`_head_rest`). The delimiter row says a table begins there; without it a line of such names could be any
    piped text.

    (form52) A column named at length (up to :data:`_MAX_LONG_HEAD_WORDS` words, no sentence: what it counts and its
    scope, "| Chi bộ | Số quần chúng ưu tú đã học lớp nhận thức về Đảng | Chỉ tiêu kết nạp năm 2038 |", 11 words) is a
    name too where the delimiter row runs on after the names on the same line, as :func:`_long_names` allows in a
    numbered header: a scan's flowed quota table per chi bộ was no table, its nine rows lost (tune51's t51-07)."""
    if len(run) < 3 or not all(run):
        return False
    long = not all(_head_words(c) <= _MAX_HEAD_WORDS for c in run)
    if long and (not all(_head_words(c) <= _MAX_LONG_HEAD_WORDS for c in run)
                 or any(re.search(r"\.\s|;", c) for c in run)):
        return False
    rest = [c for c in cells[len(run):] if c]
    if rest:
        return bool(V.PIPE_DELIMITER_RE.match(rest[0]))
    return not long and _head_rest(lines, k) is not None


def _header(lines, k) -> tuple[int, int, list[list[str]]] | None:
    """(index of the header's last line, offset where the rows begin, the header's cells line by line) of a header
    opening at line ``k``."""
    a, _b, first = lines[k]
    if first.count("|") < 2:
        return None
    cells = _cells(first)
    run = _head_run(cells)
    if not (_head_names(run) or _delimited_names(run, cells, lines, k) or _short_before_tail(run, cells, first, lines, k)
            or _long_names(run, cells, lines, k) or _named_first_row(run, cells, lines, k)):
        return None
    if len(run) < len(cells):  # the line runs on past the header: the rows begin at the pipe closing its last cell
        at = a + first.index("|")
        for _ in range(len(run) + 1):
            at = first.index("|", at - a) + a + 1
        return k, at - 1, [run]
    parts, end = [first], k
    j = k + 1
    while not parts[-1].rstrip().endswith("|") and j < len(lines) and len(parts) < _MAX_HEAD_LINES:
        s = lines[j][2]
        if s.strip():
            if V.PIPE_ROW_START_RE.match(s.strip()) or V.PIPE_DELIMITER_LINE_RE.match(s.strip()):
                break  # the first row or the delimiter row: the header's closing pipe went onto the next line
            if _RUN_ON_DELIMITER.search(s):
                # the header's last names wrapped, the delimiter row and the first rows run on after them on the same
                # line ("… | Hộ có nhà" ⏎ "ở (%) | Ghi chú | |---|---| | 1 | …"): no more header lines (the rows would be
                # taken for names, a row's closing pipe for the header's); :func:`_head_rest` reads its names
                break
            parts.append(s)
            end = j
        j += 1
    if len(parts) > 1 and not parts[-1].rstrip().endswith("|"):
        if (rest := _head_rest(lines, end)) is not None:
            # (ocr42b) a header the page wrapped twice, its last names on the line the delimiter row runs on from
            j, at = rest
            return j, at, [p.strip().strip("|").split("|") for p in parts] + [lines[j][2][:at - lines[j][0]].split("|")]
        parts, end = [first], k  # no closing pipe within reach: the header is its first line
    if len(parts) == 1 and (rest := _head_rest(lines, k)) is not None:
        j, at = rest
        return j, at, [[c for c in first.strip().strip("|").split("|")], lines[j][2][:at - lines[j][0]].split("|")]
    if len(parts) == 1 and not first.rstrip().endswith("|") and (tail := _head_tail_before(lines, k)) is not None:
        return k, lines[k][1], [[c for c in first.strip().strip("|").split("|")], tail]
    return end, lines[end][1], [[c for c in p.strip().strip("|").split("|")] for p in parts]


def _short_before_tail(run: list[str], cells: list[str], first: str, lines, k) -> bool:
    """(ocr41b) A header the page wrapped right after its second cell, its other names read above it by legacy OCR
    ("Hình thức | Bộ phận | Thời gian |" ⏎ "" ⏎ "| TT | Đơn vị được kiểm tra" ⏎ "" ⏎ <the delimiter row as noise>): the
    first line alone names one column after the number column, short of the two :func:`_head_names` asks, and the
    table was no table (its units and due dates lost to every extractor). It opens a header when the line holds only
    those cells, has no closing pipe, and the line above it is the tail :func:`_head_tail_before` reads, the whole
    then naming a header."""
    if len(run) != 2 or len(cells) != 2 or first.rstrip().endswith("|"):
        return False
    tail = _head_tail_before(lines, k)
    return tail is not None and _head_names(run + tail)


def _tail_names(cells: list[str]) -> bool:
    """True when each cell reads as a wrapped header's column name: a few words, letters, no digit (a row's cells
    hold figures and dates) — the test :func:`_head_tail_before` and :func:`_head_tail_after` share."""
    return all(c and _head_words(c) <= _MAX_HEAD_WORDS and re.search(r"[^\W\d_]{2}", c) and not re.search(r"\d", c)
               for c in cells)


def _head_tail_before(lines, k) -> list[str] | None:
    """(ocr39) The header's last column names that legacy OCR read before its first line: a header the page wrapped
    ("| TT | Nội dung công việc | Đơn vị chủ trì" ⏎ "Đơn vị phối hợp | Thời gian |") whose wrapped line Tesseract
    put above it ("Đơn vị phối hợp | Thời gian |" ⏎ "" ⏎ "| TT | …", a37-07 legacy: the due column had no name and
    its rows' dates were lost). The first line has no closing pipe and no line after it closes the header; the line
    just above it (a blank line between at most) opens with no pipe, closes with one and holds only short names."""
    j = k - 1
    while j >= 0 and not lines[j][2].strip() and k - j <= 2:
        j -= 1
    if j < 0 or k - j > 3:
        return None
    s = lines[j][2].strip()
    if s.startswith("|") or not s.endswith("|") or s.count("|") < 2:
        return None
    names = [c.strip() for c in s[:-1].split("|")]
    return names if _tail_names(names) else None


def _head_tail_after(text: str, rows, names: list[str]) -> list[str] | None:
    """(ocr39b) The header's last column names that legacy OCR read under the table's last row: a header the page
    wrapped ("| TT | Nội dung công việc | Đơn vị chủ trì" ⏎ "Đơn vị phối hợp | Thời gian hoàn thành |") whose wrapped
    line Tesseract put after the rows, read as a last row of empty cells and the names (t38-03 legacy: the due
    column had no name and its bare "Tháng 10/2031" was lost). The header's names end in as many empty ones as
    the last row has names; that row's first cell opens its line with no pipe, each name a few words with no digit
    (the twin of :func:`_head_tail_before`)."""
    k = len(names) - len([c for c in names if c.strip()]) if names else 0
    if not rows or not k or any(c.strip() for c in names[len(names) - k:]) or not all(c.strip() for c in names[:-k]):
        return None
    last = rows[-1]
    if len(last) != len(names) or any(c[2] for c in last[:-k]):
        return None
    tail = [c[2] for c in last[-k:]]
    if not _tail_names(tail):
        return None
    at = last[-k][0]
    if text[max(text.rfind("\n", 0, at), 0):at].strip(" \n"):
        return None  # a pipe (or words) before the first name on its line: a row's cells, not the header's tail
    return tail


def _head_rest(lines, k) -> tuple[int, int] | None:
    """(line, offset of the pipe that closes it) of the header's last column name that the page wrapped onto the next
    line, before the delimiter row the rows run on from: "| TT | Đơn vị | … | Thời hạn theo Công văn số 1247-CV/VPTU |"
    ⏎ "Thời hạn gửi mới | |---|---|---|---|---| | 1 | Đảng ủy phường …" (a scan's flowed table, a29-10: the due
    column lost its name and its rows their deadlines). The first line closes with its pipe, so it reads as a whole
    header; a name (no pipe before it, a few words) closed by a pipe that the delimiter follows is its last cell.
    The first line may end inside a name, the rest of it and the next names wrapped, after a blank line: "| TT | … |
    Lớp 6: Số học" ⏎ "" ⏎ "sinh | Địa bàn tuyển sinh | |---|…| | 1 | Trường …" (t31-04's scan): each stretch up to
    the delimiter is a few words, and the names are joined where the page broke them (:func:`_head_cells`)."""
    j = k + 1
    while j < len(lines) and not lines[j][2].strip():
        j += 1
    # (a line's end leaves an empty match of :data:`_LINE` behind it: the blank lines between are those that start
    # elsewhere; one is allowed, the page's wrap of a header cell read as a paragraph's end)
    if j >= len(lines) or sum(1 for x in lines[k + 1:j] if x[0] != lines[k][1]) > 1:
        return None
    start, _end, s = lines[j]
    m = re.match(r"[ \t]*([^|\s][^|]*?(?:\|[^|]*?){0,%d})[ \t]*\|(?=[ \t]*\|?[ \t]*[-—–_]{3,})" % _MAX_REST_CELLS, s)
    names = m.group(1).split("|") if m else []
    if not m or any(_head_words(c) > _MAX_HEAD_WORDS or not re.search(r"[^\W\d_]{2}", c) for c in names):
        return None  # (the delimiter row's first cells read as noise, "~—|---|", are no name)
    return j, start + m.end() - 1


def _head_count(text: str, h0: int, a: int) -> int:
    """How many columns the header between offsets ``h0`` and ``a`` (where the rows begin) names, its text cut at its
    pipes: a line break inside a name stays inside it ("| … | Điểm đã" ⏎ "" ⏎ "có | Điểm mới | Đợt | |---|…").

    Why (ocr40): the rows are found by the header's column count (a number opens a row once the row before has its
    cells); read off the header's first line alone, a header the page wrapped counted two columns short, and each row
    of a scan's quota table ran two cells into the next, the number of a figure cell ("3") taken for the next row's
    (a38-10 scan: the quota table by tổ dân phố lost its last columns)."""
    return len([c for c in text[h0:a].split("|") if c.strip()])


def _head_cells(parts: list[list[str]], n: int) -> list[str]:
    """The header's cell names for ``n`` columns: a line break read as a lost pipe where that gives ``n`` cells,
    else as a break inside a cell."""
    as_cells = [c.strip() for p in parts for c in p if c.strip()]
    if len(as_cells) == n:
        return as_cells
    joined = [re.sub(r"\s+", " ", c).strip() for c in " ".join("|".join(p) for p in parts).split("|")]
    joined = [c for c in joined if c]
    return (joined + [""] * n)[:n] if len(joined) < n else joined[:n - 1] + [" ".join(joined[n - 1:])]


def _extent(lines, start: int) -> int:
    """Index of the last line of the table whose body opens at line ``start``: the last pipe line before more than
    :data:`_MAX_GAP_LINES` non-blank lines without a pipe, or a heading of the next part."""
    last, gap = None, 0
    for j in range(start, len(lines)):
        s = lines[j][2].strip()
        if not s:
            continue
        if "|" in s:
            cells = _cells(s)
            run = _head_run(cells)
            if last is not None and gap and (_head_names(run) or _delimited_names(run, cells, lines, j)
                                             or _delimiter_below(lines, j)):
                break  # the next table's header (its line may run on into its rows: a scan's flowed table, t31-04);
                # (ocr43b) a units-headed one too, its delimiter row run on after its names: two prize tables one
                # under the other, each under its own caption ("1. Giải toàn đoàn", "2. Giải tiết mục"), were read
                # as one stream of cells and the first lost every row; (ddl47) any header with the delimiter row on
                # the line below it, whatever its first column names
            last, gap = j, 0
            continue
        if last is not None and _part_heading(s):
            break  # "IV. THỜI GIAN TUYỂN SINH" under the last row: the next table's part (its header run on with its rows
            # was not seen as one, t31-04's scan: the rows of the two tables read as one table, the second's lost)
        if last is not None and _item_heading(s) and _prose_next(lines, j):
            break  # (obl47) "3. Nhà tình nghĩa, sổ tiết kiệm tình nghĩa" / "Từ nguồn Quỹ … thực hiện:" under a gift table
            # and its note: the plan's next item, in sentence case, over prose — the table ended above it (a45-03: the
            # item, its lead-in and the next table, whose header has no number column, were read as rows of the first)
        gap += 1
        if gap > _MAX_GAP_LINES or last is None and gap > 1:
            break
    return last if last is not None else -1


#: a delimiter row alone on its line ("|---|---|---|", "| :--- | ---: |"): only dashes, colons, pipes and spaces
_DELIMITER_ROW_RE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|){2,}[ \t]*(?::?-{3,}:?)?[ \t]*$")


def _delimiter_below(lines, j: int) -> bool:
    """(ddl47) The pipe line ``j`` is a table's header row: the next non-blank line is a delimiter row alone. Two pipe
    tables one under the other with prose between them ("| TT | Đối tượng | Mức quà (đồng/suất) | … |" / its rows /
    "Nguồn kinh phí: … xong trước ngày 26/7/2035." / "3. Nhà tình nghĩa, sổ tiết kiệm tình nghĩa" / "Từ nguồn Quỹ …
    thực hiện:" / "| Nội dung | Số lượng | … | Thời gian hoàn thành |" / "|---|---|…"): three lines of prose are within
    :data:`_MAX_GAP_LINES`, and a second header whose first column names no number ("Nội dung") was read as rows of
    the first table, which then held the prose between — its dated sentence read as a table cell that the prose
    restated (a45-03). A Markdown header is the one pipe line a delimiter row follows."""
    for k in range(j + 1, min(j + 3, len(lines))):
        s = lines[k][2]
        if s.strip():
            return bool(_DELIMITER_ROW_RE.match(s))
    return False


def _item_heading(s: str) -> bool:
    """A numbered item's heading line in any case: its label, then a few words with no closing stop ("3. Nhà tình
    nghĩa, sổ tiết kiệm tình nghĩa", "2. Kinh phí"); a row's wrapped cell ends a sentence or runs on with a pipe."""
    return bool(_PART_HEADING.match(s)) and len(s.split()) <= _HEADING_WORDS and "|" not in s \
        and sum(c.isalpha() for c in s) >= 4 and not s.rstrip(" *").endswith((".", ";", ","))


def _prose_next(lines, j: int) -> bool:
    """The next non-blank line after line ``j`` has no pipe: prose under a heading, no row of a table."""
    for k in range(j + 1, len(lines)):
        nxt = lines[k][2].strip()
        if nxt:
            return "|" not in nxt
    return False


def _part_heading(s: str) -> bool:
    """A part's heading line: its label, then words in capitals ("IV. THỜI GIAN TUYỂN SINH")."""
    return bool(_PART_HEADING.match(s)) and len(s.split()) <= _HEADING_WORDS \
        and sum(c.isalpha() for c in s) >= 4 and upper_ratio(s) > 0.9


def _tokens(text: str, a: int, b: int) -> list[tuple[int, int, str, bool]]:
    """(start, end, text, at a line's first pipe) of each stretch between two pipes of ``text[a:b]``, stripped, a
    delimiter row's dashes made empty."""
    out = []
    cuts = [a - 1] + [a + i for i, ch in enumerate(text[a:b]) if ch == "|"] + [b]
    for x, y in zip(cuts, cuts[1:]):
        raw = text[x + 1:y]
        lead = len(raw) - len(raw.lstrip())
        s = raw.strip()
        line_start = x < a or not text[max(text.rfind("\n", 0, x), text.rfind("\f", 0, x)) + 1:x].strip()
        if V.PIPE_DELIMITER_RE.match(s):
            s = ""
        out.append((x + 1 + lead, x + 1 + lead + len(s), re.sub(r"\s+", " ", s), line_start))
    return out


def _number(s: str, rounds: bool = False, row_name: re.Pattern | None = None) -> tuple[str, int, bool] | None:
    """("arabic" | "roman", value, a lost pipe read before it) of a row's number cell, else None; with ``rounds``, a
    round's cell is its row's number ("Đợt 2 – Hành trình Đỏ": 2, :data:`_ROUND_ROW_RE`; a bare "2" too); with ``row_name`` (the rows
    numbered by the first column's noun, :func:`_named_row_re`) such a cell is too ("Bước 3", "Đoàn số 2"), as is a
    bare number."""
    if rounds:
        r = _ROUND_ROW_RE.match(fold(s))
        if r:
            return "arabic", int(r.group("n")), False
        # (leg55) the rounds numbered bare ("| Đợt | Thời gian | … |" over "| 1 | 15/9 - 19/9/2037 | …", a50-05's and
        # t50-05's schedules scanned: every dated row lost): the number alone is the round's, never a roman or letter
        m = V.PIPE_ROW_NUMBER_RE.fullmatch(s)
        return ("arabic", int(m.group("n")), bool(m.group("lost"))) if m and m.group("n") else None
    if row_name is not None and (r := row_name.fullmatch(fold(s).strip(" *.:"))):
        return "arabic", int(r.group("n")), False
    m = V.PIPE_ROW_NUMBER_RE.fullmatch(s)
    if not m:
        g = _GROUP_LETTER_RE.fullmatch(s)
        return ("letter", ord(g.group(1)) - ord("A") + 1, False) if g else None
    if m.group("n"):
        return "arabic", int(m.group("n")), bool(m.group("lost"))
    return "roman", 0, bool(m.group("lost"))


#: a Roman numeral up to XXXIX, as :func:`_misread_roman` checks one spelt from its look-alikes
_ROMAN_VALID_RE = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")


def _misread_roman(s: str) -> bool:
    """(scan47) ``s`` is a group row's Roman numeral a scan read with look-alike strokes (:data:`vocab.PIPE_ROMAN_MISREAD_RE`:
    "HI" for III, "1V" for IV): its H two strokes, its 1 and l one, it spells a numeral."""
    if not V.PIPE_ROMAN_MISREAD_RE.fullmatch(s):
        return False
    spelt = s.replace("H", "II").replace("1", "I").replace("l", "I")
    return bool(spelt) and bool(_ROMAN_VALID_RE.fullmatch(spelt))


#: (ocr41b) a group row's capital letter ("| A | Lớp 1 | 13 | 402 |", then "| 1 | Trường … |" — the rows of each group
#: numbered from 1 again, as under a roman numeral's group): I, V, X are roman numerals, read as such
_GROUP_LETTER_RE = re.compile(r"([A-HJ-UWYZ])\s?[.)]?")

#: a cell of figures (no letters) that ends in a number standing apart: the next row's number glued to them; (ocr42)
#: the pipe before that number read as one or two stroke glyphs at a line's start ("133 | 6" ⏎ "I[9 | Yên Phú": the
#: row's closing pipe lost at the wrap, the next row's opening one read "I[")
_GLUED_NUMBER_RE = re.compile(r"^(?P<pre>\d[\d\W]*?)\s+[Il\[\]!]{0,2}(?P<n>\d{1,3})$")
#: (ocr42) a row's number whose opening pipe a scan read as a "1" glued to it ("| 182 | 8 |12 | Trung Lộc |" for
#: "… | 8 || 2 | …"): group "n" the number
_ONE_PIPE_NUMBER_RE = re.compile(r"^1(?P<n>\d{1,2})$")


#: (tbl53b) a total row's label behind a stroke glyph standing apart, its empty number cell's pipes read as that glyph
#: ("1 Cộng" for "| | Cộng"): the glyph and the space after it
_STROKE_TOTAL_RE = re.compile(r"^[1lI!]\s+(?=[^\W\d_])")


def _one_pipe_number(s: str, expected: int, cur, n_head: int, nxt: str) -> bool:
    """(ocr42) ``s`` is the next row's number ``expected`` whose opening pipe a scan read as a "1" glued before it
    ("12" for "|2" after row 1): the row before has all its cells, no empty cell parts them (the two pipes between the
    rows read as one and a "1"), and a name follows. A row's cell of "12" after a full row, a name after it, is no
    figure of that row."""
    m = _ONE_PIPE_NUMBER_RE.fullmatch(s)
    return bool(m and int(m.group("n")) == expected and cur is not None
                and len([t for t in cur if t[2]]) >= n_head and re.search(r"[^\W\d_]{2}", nxt))


def _total_row(s: str, cur, n_head: int) -> bool:
    """``s`` opens a total row (or a group's subtotal, :func:`vocab.subtotal_row`) after the row ``cur``: the row has its
    cells — (ocr42) or one short where one cell holds two figures apart, a pipe between them lost ("| 152 7| | |
    Cộng |", :func:`_lost_space_pipes` parts them later)."""
    have = len([t for t in cur if t[2]])
    if have < n_head and not (have == n_head - 1 and any(_FIGURE_RUN_RE.fullmatch(t[2]) for t in cur[1:])):
        return False
    return bool(V.TOTAL_ROW_RE.match(fold(s).strip(" *")) or V.subtotal_row(s))


def _lost_first_group(tokens, i: int, n_head: int, rounds: bool, row_name: re.Pattern | None) -> bool:
    """(scan50t) Token ``i``, before any row, is the name of the table's first group row whose Roman numeral a scan
    lost: "| I |" in bold read as one more pipe ("|---|---| | | Công tác chỉ đạo, điều hành | ||||| 1 | Ban hành …",
    t49-03's appendix of tasks; t45-04's "| 1| Quy mô dân số …" is the numeral read as a digit, the rule in
    :func:`_rows`). Without it the name was taken for noise before the first row, longer than any, and the whole
    table was lost. The token is a name (letters, a heading's few words, no total row: "| | TỔNG THU (A + B) | 18.450
    |" is the budget table's total, a48-08) after an empty cell, and the group's other cells are empty up to row 1's
    number (a group row with its figures, "| | TỔNG CHI NGÂN SÁCH XÃ | 16.872 || 1| Chi đầu tư …", may be a total
    over groups whose own numerals the scan read as digits: no group is guessed there)."""
    s = tokens[i][2]
    if (i == 0 or tokens[i - 1][2] or rounds or row_name is not None or not re.search(r"[^\W\d_]{2}", s)
            or _head_words(s) > _MAX_LONG_HEAD_WORDS or V.TOTAL_ROW_RE.match(fold(s).strip(" *")) or V.subtotal_row(s)):
        return False
    for j in range(i + 1, min(len(tokens), i + n_head + 2)):
        t = tokens[j][2]
        if (_number(t) or ())[:2] == ("arabic", 1):
            return not tokens[j - 1][2]
        if t:
            return False
    return False


def _rows(tokens, n_head: int, rounds: bool = False,
          row_name: re.Pattern | None = None) -> list[list[tuple[int, int, str]]]:
    """The rows of the token stream, each its cells (a row's number first, or with ``rounds`` its round's cell, with
    ``row_name`` its cell naming the row by the column's noun and its number, :func:`_number`), the closing empty cell
    left out."""
    rows: list[list] = []
    expected = 1
    letters = 0  # the last group letter read (A = 1)
    cur: list | None = None
    for i, (a, b, s, line_start) in enumerate(tokens):
        num = _number(s, rounds, row_name)
        named_next = i + 1 < len(tokens) and re.search(r"[^\W\d_]{2}", tokens[i + 1][2])
        if (num is None and not rounds and named_next and (i == 0 or not tokens[i - 1][2] or line_start)
                and _misread_roman(s)):
            num = ("roman", 0, False)  # (scan47) "| | HI | Chất lượng dân số |": a group's III read with look-alikes
        if (num is not None and num[:2] == ("arabic", 1) and expected != 1 and i > 0 and not tokens[i - 1][2]
                and named_next and cur is not None and cur[0][3] == "arabic" and cur[0][2] == "1" and len(cur) >= 2
                and re.search(r"[^\W\d_]{2}", cur[1][2]) and len([t for t in cur if t[2]]) < n_head):
            # (scan47) a group row's "I" read as the digit 1 ("| 1| Quy mô dân số, mức sinh | | | | | 1 | Tỷ lệ sinh
            # con thứ 3 …", t45-04's scan): the row before, numbered 1, its name and some cells empty, was the group
            # row, and this 1 opens the group's first row (as under any Roman numeral)
            cur[0] = (*cur[0][:3], "roman")
        named = V.PIPE_NUMBER_GLUED_NAME_RE.match(s) if num is None and (i == 0 or not tokens[i - 1][2]) else None
        if named and int(named.group("n")) == expected and (cur is None or len([t for t in cur if t[2]]) >= n_head - 1):
            # (tgt35b) the row's number run into its first words, the pipe between lost ("| | 1 Thôn Làng Bát | 32 |",
            # a scan's flowed table, t34-10): the number opens the row, the words are its next cell
            if cur is not None:
                rows.append(cur)
            cur = [(a, a + len(named.group("n")), named.group("n"), "arabic"), (a + named.end(), b, s[named.end():], "")]
            expected += 1
            continue
        glued = _GLUED_NUMBER_RE.match(s) if num is None and cur is not None else None
        if (glued and int(glued.group("n")) == expected and i + 1 < len(tokens)
                and re.search(r"[^\W\d_]{2}", tokens[i + 1][2]) and len([t for t in cur if t[2]]) >= n_head - 2):
            # the next row's number run into the last figure of this one, the pipe between them lost ("| 2 | 2 |" ⏎
            # "011 14 | Chi bộ Cơ quan …", a scan's quota table, t31-05): the figures close this row, the number
            # opens the next (its name follows)
            pre = glued.group("pre")
            cur.append((a, a + len(pre), pre, ""))
            rows.append(cur)
            cur = [(b - len(glued.group("n")), b, glued.group("n"), "arabic")]
            expected += 1
            continue
        if (num is not None and i > 0 and tokens[i - 1][2] and i + 1 < len(tokens)
                and _one_pipe_number(s, expected, cur, n_head, tokens[i + 1][2])):
            # (ocr42) "12" for "|2": the row before full, its number's pipe read as a 1
            rows.append(cur)
            cur = [(b - len(str(expected)), b, str(expected), "arabic")]
            expected += 1
            continue
        if num is not None:
            kind, value, lost = num
            prev_empty = i > 0 and not tokens[i - 1][2]
            # (a row OCR lost whole — a legacy line Tesseract skipped — leaves its number out: the next number is the
            # next row where it opens a line after a closed row whose cells are all there)
            # (or a row whose pipes OCR lost, its number run into its figures — "| 6 | Chi bộ … |" ⏎ "2111127 | Chi
            # bộ thôn … | 3 | 2 | 1 | 3 || 8 | …", a scan's quota table, t31-05 —: the row before then holds more
            # than a row's cells, and the next number after the empty cell closing it opens the next row)
            full = cur is not None and len([t for t in cur if t[2]]) >= n_head
            skipped = (kind == "arabic" and value == expected + 1 and prev_empty and cur is not None
                       and (line_start and full or len([t for t in cur if t[2]]) > n_head))
            # (ocr41b) a group's letter is due in the letters' order (A, then B …: a cell "C" among a row's figures opens
            # no group), and the numbers start again from 1 under it, as under a roman numeral (t40-06's scan: "B"
            # and its rows "1", "2" were run into the row above, the table's second group lost)
            due = (kind == "roman" or (kind == "letter" and value == letters + 1) or (kind == "arabic" and value == expected)
                   or skipped or (value == 1 and rows and rows[-1][0][3] == "roman")
                   or (kind == "arabic" and value == 1 and cur is not None and cur[0][3] in ("roman", "letter")))
            may_open = cur is None or prev_empty or lost or line_start or len([t for t in cur if t[2]]) >= n_head - 1
            # (the row before's last figure that reads as the next number, its row's own number after the empty
            # cell between them: "| 3 | Tổ dân phố Tân Chính | 245 | 47 | 04 | |4 | Tổ dân phố Thạc Gián 1 | …", a
            # scan's quota table, a29-09: "04" is row 3's count, "4" row 4's number)
            later = (not prev_empty and cur is not None and i + 2 < len(tokens) and not tokens[i + 1][2]
                     and (_number(tokens[i + 2][2], rounds, row_name) or ())[:2] == (kind, value))
            if due and may_open and not later and (cur is not None or not rows):
                if cur is not None:
                    rows.append(cur)
                cur = [(a, b, s if not lost else str(value), kind)]
                expected = value + 1 if kind == "arabic" else expected
                letters = value if kind == "letter" else letters
                continue
        glyph = _STROKE_TOTAL_RE.match(s) if cur is not None and i > 0 and tokens[i - 1][2] else None
        if glyph and _total_row(s[glyph.end():], cur, n_head):
            # (tbl53b) the total row's empty number cell and the pipes around it read as one pipe and a stroke glyph
            # glued to the label ("| 3 | 88 |1 Cộng | 15 | 483 |", a51-10's scan): the row before closes, the total
            # opens with an empty number cell and its label
            rows.append(cur)
            cur = [(a, a, "", ""), (a + glyph.end(), b, s[glyph.end():], "")]
            continue
        if (cur is not None and i > 1 and not tokens[i - 1][2]
                and (not tokens[i - 2][2] or len([t for t in cur if t[2]]) >= n_head) and _total_row(s, cur, n_head)):
            # the total row under the last one, its number cell empty: "… | 47 | 04| | | Tổng cộng | 3.218 | 645 |";
            # (ocr42b) one empty cell is enough after a row that has all its cells — a scan that wrapped the line
            # before the total's name lost the pipe opening that line ("| 46 | 4 ||" ⏎ "Cộng | 500 | …")
            rows.append(cur)
            cur = [(tokens[i - 1][0], tokens[i - 1][0], "", "")]
        if cur is None and not rows and _lost_first_group(tokens, i, n_head, rounds, row_name):
            # (scan50t) the first row a group's, its numeral lost ("|---| | | Công tác chỉ đạo, điều hành | ||||| 1 |"):
            # an empty number cell opens it, so row 1 opens under it as under any group
            cur = [(tokens[i - 1][0], tokens[i - 1][0], "", "roman"), (a, b, s, "")]
            continue
        if cur is None:
            if len(s) > _MAX_NOISE:
                return []  # text before the first row that is no row number: not this kind of table
            continue  # the delimiter row as OCR reads it ("an aelentee")
        cur.append((a, b, s, ""))
    if cur is not None:
        rows.append(cur)
    out = []
    for r in rows:
        while len(r) > 1 and not r[-1][2]:
            r = r[:-1]
        out.append([(a, b, s) for a, b, s, _k in r])
    return out


def _lost_heads(text: str, rows: list[list[tuple[int, int, str]]], n: int) -> list[list[tuple[int, int, str]]]:
    """``rows`` with the tail of a row whose head OCR lost split off as a row of its own: a row that has its ``n``
    cells, then more after a blank line ("… | Đoàn giám sát số 2 của Ủy ban Kiểm tra Đảng ủy xã |" / "" / "xã |
    Trước ngày 10/6/2027 | Ủy ban Kiểm tra Đảng ủy xã |", legacy OCR that skipped the line "| 6 | Sơ kết … | Ủy ban
    Kiểm tra Đảng ủy"): the tail is the lost row's last cells, set under the table's last columns (its number and
    first cells empty), not more text of the row above."""
    out = []
    for r in rows:
        if len(r) > n and re.search(r"\n[ \t]*\n", text[r[n - 1][1]:r[n][0]]) and sum(1 for c in r[n:] if c[2]) >= 2:
            tail = r[n:][-n + 1:]
            at = tail[0][0]
            out += [r[:n], [(at, at, "")] * (n - len(tail)) + tail]
            continue
        out.append(r)
    return out


def _lost_digit_pipes(rows: list[list[tuple[int, int, str]]], n: int) -> list[list[tuple[int, int, str]]]:
    """``rows`` with a cell of digits split one digit a cell where OCR lost the thin pipes between one-digit figures
    ("| 2 | 1 | 12 ||" for "| 2 | 1 | 1 | 2 |", a scan's quota table of a few admissions a unit, t31-05): the row is
    ``m`` cells short, that cell its only run of ``m + 1`` digits, and the columns it spreads over hold one-digit
    figures in every full row of the table, so a count of ten or more is no figure those columns hold.

    (ocr40) The columns are read one by one, not the table whole, where each holds figures of one kind (all one digit,
    or all of more: no column mixes them): a quota table by tổ dân phố counts its households in hundreds beside
    one-digit quotas ("| 347 | 4 | 512 |" for "| 347 | 4 | 5 | 1 | 2 |", "| 276 | 2 | 4 | 02 |", a38-10
    scan), and its rows lost the quotas the glued run held."""
    full = [r for r in rows if len(r) == n and r[0][2]]
    if len(full) < 2:
        return rows

    def one_digit(col: int) -> bool:
        return all(re.fullmatch(r"\d", r[col][2]) for r in full)

    # a column whose figures are some one digit, some more, counts past ten where a quota may: no column is sure
    for col in range(2, n):
        small = [bool(re.fullmatch(r"\d", r[col][2])) for r in full if re.fullmatch(r"\d[\d.,]*", r[col][2])]
        if any(small) and not all(small):
            return rows

    out = []
    for r in rows:
        m = n - len(r)
        # (a run in a column of larger counts, "347" hộ, is that column's own figure)
        runs = [k for k, c in enumerate(r) if k >= 2 and m >= 1 and re.fullmatch(r"\d{%d}" % (m + 1), c[2])
                and k + m < n and one_digit(k)]
        if r[0][2] and len(runs) == 1 and all(one_digit(col) for col in range(runs[0], runs[0] + m + 1)):
            a, _b, s = r[runs[0]]
            r = r[:runs[0]] + [(a + d, a + d + 1, s[d]) for d in range(m + 1)] + r[runs[0] + 1:]
        out.append(r)
    return out


#: figures standing apart in one cell ("13 402"): each its own
_FIGURE_RUN_RE = re.compile(r"\d[\d.,]*%?(?:[ \t]+\d[\d.,]*%?)+")
_FIGURE_RE = re.compile(r"\d[\d.,]*%?")


def _lost_space_pipes(text: str, rows: list[list[tuple[int, int, str]]], n: int) -> list[list[tuple[int, int, str]]]:
    """(ocr41b) ``rows`` with a cell of figures standing apart split one figure a cell where a scan lost the pipe
    between two figure columns ("| A | Lớp 1 |13 402 ||" for "| A | Lớp 1 | 13 | 402 | |", a group row of a quota
    table by school, t40-06's scan): the row is short of the header's ``n`` cells, the cell its only one of figures
    apart, and the table's full rows hold a figure in each column the split puts one in — a figure alone is what
    those columns hold, so two of them in one cell are two columns' (the classes and the pupils of the group lost)."""
    full = [r for r in rows if len(r) == n and r[0][2]]
    if len(full) < 2:
        return rows
    out = []
    for r in rows:
        runs = [k for k, c in enumerate(r) if k >= 1 and _FIGURE_RUN_RE.fullmatch(c[2])] if r[0][2] and len(r) < n else []
        if len(runs) == 1:
            k = runs[0]
            a, b, _s = r[k]
            figs = list(_FIGURE_RE.finditer(text, a, b))
            if len(r) + len(figs) - 1 <= n and all(_FIGURE_RE.fullmatch(f[c][2]) for f in full
                                                   for c in range(k, k + len(figs))):
                r = r[:k] + [(m.start(), m.end(), m.group()) for m in figs] + r[k + 1:]
        out.append(r)
    return out


#: a cell's last line that is a figure alone ("Khu phố 2" ⏎ "80": the pipe between lost at the page's wrap)
_WRAPPED_FIGURE_RE = re.compile(r"\n[ \t]*(?P<f>\d[\d.,]*)[ \t]*$")


def _lost_wrap_pipes(text: str, rows: list[list[tuple[int, int, str]]], n: int) -> list[list[tuple[int, int, str]]]:
    """(ocr39) ``rows`` with a row one cell short split where a cell's text wraps onto a line that is a figure alone:
    a scan runs a quota table on and the pipe before a row's figure fell at the line's end ("| 2 | Khu phố 2" ⏎ "80 |
    3 | …", a37-09 scan: the unit's quota read as part of its name, the target lost). Only where the table's full rows
    hold a figure in the column the split puts it in, and the part before has letters (a name, not a number wrapped)."""
    full = [r for r in rows if len(r) == n and r[0][2]]
    out = []
    for r in rows:
        if r[0][2] and len(r) == n - 1 and len(full) >= 2:
            for k in range(1, len(r)):
                a, b, s = r[k]
                m = _WRAPPED_FIGURE_RE.search(text[a:b]) or _wrapped_name(text[a:b], full, k)
                if not m or not re.search(r"[^\W\d_]{2}", text[a:a + m.start()]):
                    continue
                if m.re is _WRAPPED_FIGURE_RE and not all(re.fullmatch(r"\d[\d.,]*", f[k + 1][2]) for f in full):
                    continue
                head = text[a:a + m.start()].rstrip()
                r = r[:k] + [(a, a + len(head), re.sub(r"\s+", " ", head).strip()),
                             (a + m.start("f"), a + m.end("f"), m.group("f"))] + r[k + 1:]
                break
        out.append(r)
    return out


#: a cell's last line, after a line break (a blank line between or not), that opens with a word: the next cell's
_WRAPPED_LINE_RE = re.compile(r"\n[ \t]*(?:\n[ \t]*)?(?P<f>[^\W\d_][^\n]*?)[ \t]*$")


def _wrapped_name(cell: str, full: list[list[tuple[int, int, str]]], k: int) -> re.Match | None:
    """(ocr40) The last line of a row's cell ``k`` when it is the next column's cell whose pipe legacy OCR lost at the
    line's end ("| 4 | Công ty … | Bánh đa vừng Tân Lập" ⏎ "" ⏎ "Xóm Bãi |" ⏎ "" ⏎ "Đánh giá mới | 3 sao | …": the
    product and its address one cell, each cell after it a column to the left, the aimed "3 sao" under the wrong
    head): it opens with the first word of most of the full rows' cells in column ``k + 1`` ("Xóm", "Thôn", "Tổ"), a
    word that opens none of theirs in column ``k``. A wrap inside a name ("… Yên" ⏎ "Trường") opens with no such word."""
    m = _WRAPPED_LINE_RE.search(cell)
    if not m or len(full) < 2 or k + 1 >= len(full[0]):
        return None
    word = fold(m.group("f").split()[0])
    firsts = [fold(f[k + 1][2].split()[0]) if f[k + 1][2].split() else "" for f in full]
    own = {fold(f[k][2].split()[0]) for f in full if f[k][2].split()}
    return m if 2 * firsts.count(word) > len(full) and firsts.count(word) >= 2 and word not in own else None


#: a figure cell holding a pipe read as a bracket: between two figures ("80 [95": "| 80 | 95 |") or after its figure
#: ("55 [", the row's closing pipe); (scan47) or the two pipes between two rows after the row's last figure, both read
#: as brackets ("| 18 | 500.000 [ [ 6 | Người có công …": the closing pipe and the next row's opening one; the amount
#: per gift of that row was no figure, t45-03's scan)
_BRACKET_PIPE_RE = re.compile(r"^(?P<a>\d[\d.,]*)\s*(?:[\[\]{}](?:\s*(?P<b>\d[\d.,]*))?|[\[\]{}]\s*[\[\]{}])$")
#: (ocr42b) a name cell then a figure, the pipe between read as a bracket: the row's name wrapped and the next line
#: opens with the pipe before its first figure ("| 1 | Tổ dân phố Đông" ⏎ "[85 | 45 |": "Tổ dân phố Đông [85")
_NAME_BRACKET_FIGURE_RE = re.compile(r"^(?P<a>[^\[\]{}]*[^\W\d_][^\[\]{}]*?)\s*[\[\]{}]\s*(?P<b>\d[\d.,]*%?)$")


def _bracket_pipes(row: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``row`` with a figure cell's bracket read back as the pipe it was: a scan's table of percentages per village
    prints its thin pipes close to the figures and Tesseract reads some as "[" or "]" ("| 512 |80 [95 | 60 |"), so two
    figures made one cell the row lost both of, and a row's last figure took the closing pipe ("55 ["); (ocr42b) a
    row's name and its first figure made one cell where the name wrapped and the pipe opening the next line was read
    as a bracket (:data:`_NAME_BRACKET_FIGURE_RE`)."""
    out = []
    for a, b, s in row:
        m = _BRACKET_PIPE_RE.match(s) or _NAME_BRACKET_FIGURE_RE.match(s)
        if not m:
            out.append((a, b, s))
            continue
        out.append((a, a + m.end("a"), m.group("a")))
        if m.group("b"):
            out.append((a + m.start("b"), b, m.group("b")))
    return out


def _fit(row: list[tuple[int, int, str]], n: int) -> list[tuple[int, int, str]]:
    """``row`` made ``n`` cells: empty cells dropped where there are too many, the overflow joined to the last cell,
    a short row filled with empty cells at its end."""
    if len(row) > n:
        kept = [c for c in row if c[2]]
        row = kept if len(kept) >= n else row[:n]
    if len(row) > n:
        tail = row[n - 1:]
        row = row[:n - 1] + [(tail[0][0], tail[-1][1], " ".join(c[2] for c in tail))]
    at = row[-1][1]
    return row + [(at, at, "")] * (n - len(row))


def read_flowed_pipe_tables(text: str) -> list[Table]:
    """The flowed pipe tables of ``text`` (see the module's docstring), in text order."""
    lines = _lines(text)
    out: list[Table] = []
    k = 0
    while k < len(lines):
        head = _header(lines, k) if "|" in lines[k][2] else None
        if head is None:
            k += 1
            continue
        head_end, a, parts = head
        last = _extent(lines, head_end if a < lines[head_end][1] else head_end + 1)  # a run-on header line holds rows
        if last < 0:
            k = head_end + 1
            continue
        b = lines[last][1]
        first_cells = _head_run(_cells(lines[k][2]))
        if len(parts) == 2 and head_end == k and not _head_names(first_cells, _MAX_LONG_HEAD_WORDS):
            first_cells = first_cells + [c.strip() for c in parts[1]]  # a header's tail read above it (_short_before_tail)
        tokens = _tokens(text, a, b)
        dated = _DATE_COL_RE.match(fold(first_cells[0]).strip(" *."))
        n_head = max(len(first_cells), _head_count(text, lines[k][0], a))
        row_name = None if round_header(first_cells) else _named_row_re(first_cells)
        if dated:
            rows = _dated_rows(tokens, len(first_cells))
        elif not _head_names(first_cells, _MAX_LONG_HEAD_WORDS):  # a units-headed table (:func:`_delimited_names`): no row numbers to follow
            rows = _counted_rows(tokens, n_head)  # (also one :func:`_named_first_row` opened: "| Đoàn số 1 | …")
        else:
            rows = _rows(tokens, n_head, round_header(first_cells), row_name)
            if len(rows) < _MIN_ROWS and _STEP_COL_RE.match(fold(first_cells[0]).strip(" *.")):
                # (obl51) "| Bước | Nội dung | Thời gian | Đơn vị thực hiện |" over steps named, not numbered ("| Đăng ký
                # | … | Từ 01/3 đến 31/3/2037 | Ban Công tác Mặt trận các thôn | | Tổng hợp đăng ký | …", a49-08's
                # scan: six dated rows lost): each row the n cells after the empty cell closing the row before
                rows = _counted_rows(tokens, n_head)
            if len(rows) < _MIN_ROWS and V.STACKED_PERIOD_COL.match(fold(first_cells[0]).strip(" *.")):
                # (form52) a calendar whose period column names each row's month with its year ("| Tháng | Ngày
                # tiếp | Người tiếp | Địa điểm |" over "| 7/2038 | Thứ Hai, ngày 12/7/2038; … |", a Thông báo lịch
                # tiếp công dân): no bare month number to follow, so its rows are read as a timetable's, by count
                rows = _dated_rows(tokens, len(first_cells))
        rows = [_bracket_pipes(r) for r in rows if sum(1 for c in r if c[2]) >= 2]
        if len(rows) < _MIN_ROWS:
            k = head_end + 1
            continue
        n = Counter(len(r) for r in rows).most_common(1)[0][0]
        n = max(n, len(first_cells))
        rows = _lost_space_pipes(text, _lost_wrap_pipes(text, _lost_digit_pipes(_lost_heads(text, rows, n), n), n), n)
        names = _head_cells(parts, n)
        if (tail := _head_tail_after(text, rows, names)) is not None:
            names, rows = names[:n - len(tail)] + tail, rows[:-1]
        h0, h1 = lines[k][0], lines[head_end][1]
        head_row = tuple(TableCell(c, h0, h1) for c in names)
        body = tuple(tuple(TableCell(s, x, y) for x, y, s in _fit(r, n)) for r in rows)
        end = max(c.end for row in body for c in row)
        out.append(Table(h0 + len(lines[k][2]) - len(lines[k][2].lstrip()), end, (head_row,) + body, tuple(names),
                         "data"))
        k = last + 1
    return out
