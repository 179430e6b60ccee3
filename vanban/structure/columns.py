"""Tables laid out with spaces (pdftotext -layout, legacy OCR): columns from the header row.

Why: a task table printed as text has no cell borders; its columns are the x
positions (character columns) of the header's words ("TT | Nhiệm vụ | Cơ
quan chủ trì | Thời hạn"), and a row's text is spread over several lines with
its number in the middle (pdftotext centres it). Rows are cut where the task
column starts a new sentence (a capital after a full stop) or at a group row
("I  Các nhiệm vụ cần làm ngay").
"""

from __future__ import annotations

import re

from vanban.models import LineGeometry, Table, TableCell
from vanban.structure import vocab as V
from vanban.structure.header_rows import one_name_short, repeats_header
from vanban.structure.lines import Line, Seg
from vanban.structure.session_heads import session_header
from vanban.structure.round_tables import round_header

_KEYS = (V.TASK_WHAT_COL, V.TASK_BODY_COL, V.TASK_DUE_COL)
_NUM = re.compile(r"^(?:\d{1,3}|[IVXL]{1,5})[.)]?$")
_ROMAN = re.compile(r"^[IVXL]{1,5}[.)]?$")
_MAX_TABLE_LINES = 600  # a text table is read this far at most (keeps a page of look-alike lines linear)
_TEXT_TABLE = 1000  # table indices of text tables start here (geometry tables count from 0)


def _x(ln: Line, start: int) -> int:
    return ln.indent + (start - ln.start)


def _header_at(lines: list[Line], k: int) -> tuple[int, int] | None:
    """(first, last) line of a header block around line ``k``, or None."""
    if len(lines[k].segs) < 2:
        return None
    lo, hi = k, k
    while lo > 0 and not lines[lo - 1].blank and (lines[lo - 1].indent >= 30 or len(lines[lo - 1].segs) > 1) \
            and k - lo < 3:
        lo -= 1
    while hi + 1 < len(lines) and not lines[hi + 1].blank and hi - k < 3:
        nxt = lines[hi + 1]
        if nxt.segs and _NUM.match(nxt.segs[0].text.split()[0]) and nxt.indent < 4:
            break
        if nxt.indent < 30 and len(nxt.segs) < 2:
            break
        hi += 1
    words = " ".join(ln.view for ln in lines[lo:hi + 1])
    indicators = all(rx.search(words) for rx in (V.TASK_TARGET_COL, V.TASK_UNIT_COL, V.PERIOD_COL_WORDS))
    if sum(bool(rx.search(words)) or _named_cell(lines[k], rx) for rx in _KEYS) < 2 and not indicators and not _goals_and_results(lines[k]) \
            and not _round_schedule(lines[k]) and not _grouped_timetable(lines, k) and not _period_schedule(lines, k) \
            and not _session_calendar(lines[k]) and not _means_roster(lines[k]):
        return None  # two task columns, or an indicator table's "Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2027"
    return lo, hi


def _session_calendar(ln: Line) -> bool:
    """``ln`` is a delimited header row of a session calendar: a day column and who holds it, "| Ngày tiếp | Người
    chủ trì tiếp | Địa điểm |" (:func:`.session_heads.session_header`). Only a pipe or tab row of three cells or more."""
    return ln.delimited and len(ln.segs) >= 3 and session_header([sg.text for sg in ln.segs])


def _round_schedule(ln: Line) -> bool:
    """``ln`` is a delimited header row of a schedule of rounds: its first cell the round ("Đợt"), another the day each
    is held ("Ngày tổ chức"; :data:`vocab.ROUND_COL`, :data:`vocab.ROUND_DAY_COL`), no task or body column beside them
    ("Đợt | Ngày tổ chức | Địa điểm | Chỉ tiêu (đơn vị máu)", a blood-donation plan's rounds). Each row dates a round of
    the drive and may set its quota: a table, though it names none of a task table's columns. Only a pipe or tab row:
    its cells are its columns (:func:`round_tables.round_header`)."""
    return ln.delimited and len(ln.segs) >= 3 and round_header([sg.text for sg in ln.segs])


def _means_roster(ln: Line) -> bool:
    """(tgt50t) ``ln`` is a delimited header row of a roster of forces and means: "Lực lượng, phương tiện | Số lượng |
    Ghi chú" (a xã's diễn tập plan, t49-04: "Dân quân cơ động | 32 đồng chí | 01 trung đội"), the item column naming
    the forces or means (:data:`vocab.MEANS_ROSTER_COL`), a count column (:data:`vocab.MEANS_COUNT_COL`) and at most a
    number and a note column beside them. It names none of a task table's columns, yet each row is what the plan
    musters (the labels count each, :mod:`vanban.extract.roster_rows`). Only a pipe or tab row of three cells or more:
    its cells are its columns."""
    if not ln.delimited or len(ln.segs) < 3:
        return False
    heads = [" ".join(_fold(sg.text).split()).strip(" *.:") for sg in ln.segs]
    items = [i for i, h in enumerate(heads) if V.MEANS_ROSTER_COL.fullmatch(h)]
    counts = [i for i, h in enumerate(heads) if V.MEANS_COUNT_COL.fullmatch(h)]
    rest = [h for i, h in enumerate(heads) if i not in items and i not in counts]
    return len(items) == 1 and len(counts) == 1 and items[0] < counts[0] \
        and all(V.NOTES_COL.match(h) or V.ORDER_COL.fullmatch(h) for h in rest)


def _grouped_timetable(lines: list[Line], k: int) -> bool:
    """Line ``k`` is the header row of a pipe timetable with one time column per group ("Nội dung | Khối 10 | Khối 11",
    "Công việc | Cấp xã | Cấp thôn"): a column naming the step (:data:`vocab.TIMETABLE_STEP_COL`), the others naming groups,
    not times, and under it rows whose every other cell holds a day. Each row is a step and each cell its day for one
    group, a deadline as a "Thời gian" column's (:func:`vanban.extract.due_cells.group_time_columns`), though the
    header names none of a task table's columns but the step's. Only a pipe row: its cells are its columns."""
    ln = lines[k]
    if not (ln.piped and len(ln.segs) >= 3):
        return False
    heads = [_fold(sg.text).strip(" *_:.") for sg in ln.segs]
    what = [i for i, h in enumerate(heads) if V.TIMETABLE_STEP_COL.search(h)]
    if len(what) != 1 or any(rx.search(h) for i, h in enumerate(heads) if i != what[0] for rx in _KEYS):
        return False
    rows = [r for r in _pipe_rows_after(lines, k) if not all(_DELIMITER_CELL.match(c.strip()) or not c.strip() for c in r)]
    col = ln.segs[what[0]].col
    dated = [r for r in rows if len(r) == len(heads) and all(V.DAY_IN_CELL.search(c) for i, c in enumerate(r) if i != col)]
    return len(dated) >= 2 and len(dated) * 2 >= len(rows)


def _period_schedule(lines: list[Line], k: int) -> bool:
    """Line ``k`` is the header row of a pipe schedule laid out by period: one cell names the period's unit, alone or
    as the kind of time (:data:`vocab.PERIOD_UNIT_COL`: "Quý | Chủ đề đối thoại | Địa điểm | Thành phần", "Tháng/năm |
    Hoạt động | Địa bàn"), and most rows under it (two at least) hold a period there (:data:`vocab.PERIOD_UNIT_CELL`:
    "IV/2033", "Quý I/2034", "9/2033"). Each row is a meeting or a task of that period, the period its time as a
    "Thời gian" column's cell is, though the other columns name no task, body or time column (a topic, a place, who
    attends). Only a pipe row: its cells are its columns."""
    ln = lines[k]
    if not (ln.piped and len(ln.segs) >= 3):
        return False
    unit = [sg.col for sg in ln.segs if V.PERIOD_UNIT_COL.fullmatch(_fold(" ".join(sg.text.split())).strip(" *_:."))]
    if len(unit) != 1:
        return False
    rows = [r for r in _pipe_rows_after(lines, k) if not all(_DELIMITER_CELL.match(c.strip()) or not c.strip() for c in r)]
    timed = [r for r in rows if unit[0] < len(r) and V.PERIOD_UNIT_CELL.fullmatch(_fold(r[unit[0]]).strip(" *_.;"))]
    return len(timed) >= 2 and len(timed) * 2 >= len(rows)


def _named_cell(ln: Line, rx: re.Pattern) -> bool:
    """A cell of the pipe or tab header row ``ln`` is a column named by ``rx`` as a whole: a schedule's "| Tháng |"
    (:data:`vocab.TASK_DUE_COL`'s unit alone) is a column of its own, though the joined line is no unit alone."""
    return ln.delimited and any(rx.search(_fold(sg.text).strip(" *_:.")) for sg in ln.segs)


def _goals_and_results(ln: Line) -> bool:
    """``ln`` is a delimited header row of an indicator table without a unit column: "TT | Chỉ tiêu | Chỉ tiêu năm 2027
    | Kết quả năm 2026" — the indicators, the goals of a year and the results of the year before (a28-07, tgt30b), the
    figures writing their own units. Only a pipe or tab row: its cells are its columns, no layout to guess."""
    if not ln.delimited:
        return False
    heads = [sg.text for sg in ln.segs]
    folded = [_fold(h) for h in heads]
    return (any(V.TASK_TARGET_COL.search(h) and not V.PERIOD_COL_WORDS.search(h) for h in folded)
            and any(V.PERIOD_COL_WORDS.search(h) and not V.RESULT_COL_WORDS.search(h) for h in folded)
            and any(V.RESULT_COL_WORDS.search(h) for h in folded))


def _columns(lines: list[Line], lo: int, hi: int) -> list[tuple[int, str]]:
    """(x, header text) per column, from the header block's runs clustered by x."""
    runs = sorted((_x(ln, sg.start), ln.index, sg.text) for ln in lines[lo:hi + 1] for sg in ln.segs)
    cols: list[list] = []
    for x, idx, t in runs:
        if cols and x - cols[-1][0] <= 6:
            cols[-1][2].append((idx, t))
        else:
            cols.append([x, x, [(idx, t)]])
    return [(c[0], " ".join(t for _, t in sorted(c[2]))) for c in cols]


def read_text_tables(lines: list[Line]) -> list[Table]:
    """Task tables of text without geometry; their lines get a table geometry mark."""
    out: list[Table] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        if ln.geo is not None or ln.blank or not (V.TASK_DUE_COL.search(ln.view) or V.TASK_BODY_COL.search(ln.view)
                                                  or V.TASK_WHAT_COL.search(ln.view) or _goals_and_results(ln)
                                                  or _round_schedule(ln) or _grouped_timetable(lines, k)
                                                  or _period_schedule(lines, k) or _session_calendar(lines[k])
                                                  or _means_roster(ln)):
            k += 1
            continue
        block = _header_at(lines, k)
        if block is None:
            k += 1
            continue
        lo, hi = block
        if lines[k].delimited and len(lines[k].segs) >= 3:
            lo = hi = k  # a Word table flattened row by row, a pipe table: columns by order
            cols = [(_cell_index(lines[k], i) * 1000, sg.text) for i, sg in enumerate(lines[k].segs)]
            if lines[k].piped and one_name_short([t for _, t in cols], _pipe_rows_after(lines, k)):
                cols = [(0, "")] + [(x + 1000, t) for x, t in cols]  # the number column unnamed (header_rows)
        else:
            cols = _columns(lines, lo, hi)
        if len(cols) < 3:
            k += 1
            continue
        table = _read_rows(lines, hi + 1, cols, _TEXT_TABLE + len(out), by_cells=lines[k].delimited and lo == hi == k)
        if table is None:
            k = hi + 1
            continue
        for i in range(lo, hi + 1):
            lines[i].geo = LineGeometry(table=_TEXT_TABLE + len(out), row=0, col=-2)
        out.append(table)
        k = max(k + 1, max(c.end for row in table.rows for c in row) and hi + 1)
    return out


_DELIMITER_CELL = re.compile(r"^:?-+:?$")
_ROWS_LOOKED_AT = 6  # the pipe rows under a header that say whether it names every column


def _pipe_rows_after(lines: list[Line], k: int) -> list[list[str]]:
    """The cells (in their columns, empty ones counted) of the pipe rows right under line ``k``."""
    out = []
    for ln in lines[k + 1:k + 1 + _ROWS_LOOKED_AT]:
        if not ln.piped:
            break
        row = [""] * (max((sg.col for sg in ln.segs), default=-1) + 1)
        for sg in ln.segs:
            row[sg.col] = sg.text
        out.append(row)
    return out


def _cell_index(ln: Line, i: int) -> int:
    """The column of ``ln``'s ``i``-th cell: a pipe row's cell says it (empty cells counted), a tab row's is its order."""
    return ln.segs[i].col if ln.piped else i


def _column(cols: list[tuple[int, str]], cell: int) -> int:
    """The index in ``cols`` of the header column at the cell index ``cell`` (the header's empty cells left out)."""
    return min(range(len(cols)), key=lambda c: abs(cols[c][0] - cell * 1000))


def _col_of(cols: list[tuple[int, str]], x: int, text: str) -> int:
    best = min(range(len(cols)), key=lambda i: abs(cols[i][0] - x))  # pdftotext centres cells: nearest start
    if best == 0 and not _NUM.match(text.split()[0]) and len(cols) > 1:
        best = 1  # the narrow number column holds numbers only
    return best


def _tab_cells(ln: Line) -> list:
    """The cells of a tab-separated row, one per tab-delimited piece, an empty one counted ("2⇥Cập nhật …⇥Phòng Kinh
    tế …⇥⇥Quý I năm 2027": the empty phối hợp cell keeps the due date in its column), as (column, segment) pairs."""
    out, pos = [], ln.start - (len(ln.raw) - len(ln.raw.lstrip()))
    for col, piece in enumerate(ln.raw.split("\t")):
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            t = piece.strip()
            out.append((col, Seg(pos + lead, pos + lead + len(t), t, _fold(t), col)))
        pos += len(piece) + 1
    return out


def _row_line(ln: Line, n: int) -> bool:
    """``ln`` is one whole row of a table of ``n`` columns whose cells a character splits (pipes, tabs)."""
    return ln.piped or ("\t" in ln.raw and len(ln.raw.strip().split("\t")) == n)


def _read_rows(lines: list[Line], first: int, cols: list[tuple[int, str]], tid: int,
               by_cells: bool = False) -> Table | None:
    header = tuple(t for _, t in cols)
    what = next((i for i, h in enumerate(header) if V.TASK_WHAT_COL.search(_fold(h))), 1)
    rows: list[dict[int, list]] = []
    cur: dict[int, list] | None = None
    blank_run = 0
    used: list[Line] = []
    for at, ln in enumerate(lines[first:first + _MAX_TABLE_LINES], first):
        if by_cells and not ln.blank and not _row_line(ln, len(cols)):
            # a table whose header is one pipe or tab row has one row a line: a line of another kind is a group row
            # ("I. NHIỆM VỤ CHUNG") when a row follows it, else the text after the table ("IV. TỔ CHỨC THỰC HIỆN")
            nxt = next((x for x in lines[at + 1:at + 3] if not x.blank), None)
            if rows and (nxt is None or not _row_line(nxt, len(cols))):
                break
            cur = None
            used.append(ln)
            continue
        if by_cells and "\t" in ln.raw and not ln.piped and _row_line(ln, len(cols)):
            rows.append({_column(cols, c): [sg] for c, sg in _tab_cells(ln)})
            cur = None
            used.append(ln)
            continue
        if ln.blank:
            blank_run += 1
            if blank_run >= 2 and rows:
                break
            continue
        blank_run = 0
        cells: dict[int, list] = {}
        if ln.piped and all(_DELIMITER_CELL.match(sg.text) for sg in ln.segs):
            used.append(ln)  # a pipe table's "|---|:---:|" under its header
            continue
        if ln.piped and repeats_header([sg.text for sg in ln.segs], list(header)):
            used.append(ln)  # the header printed again (a new part of the table): no row
            continue
        if ln.piped and ln.rest and rows:
            for i, sg in enumerate(ln.segs):  # (leg51) the rest of the row above that a page break cut
                rows[-1].setdefault(_column(cols, _cell_index(ln, i)), []).append(sg)
            used.append(ln)
            continue
        if ln.piped or (len(ln.segs) == len(cols) and "\t" in ln.raw):
            # one row per line, cells split by tabs (a Word table flattened row by row) or pipes (a pipe table
            # copied into a .txt: an empty cell keeps its column)
            rows.append({_column(cols, _cell_index(ln, i)): [sg] for i, sg in enumerate(ln.segs)})
            cur = None
            used.append(ln)
            continue
        for sg in ln.segs:
            cells.setdefault(_col_of(cols, _x(ln, sg.start), sg.text), []).append(sg)
        num = cells.get(0)
        if num and _ROMAN.match(num[0].text):
            cur = None  # a group row
            used.append(ln)
            continue
        task = cells.get(what)
        prev_task = cur.get(what)[-1].text if cur and cur.get(what) else ""
        if cur is None or not rows or (task and task[0].text[:1].isupper() and prev_task.rstrip().endswith(".")):
            cur = {}
            rows.append(cur)
        for c, sgs in cells.items():
            cur.setdefault(c, []).extend(sgs)
        used.append(ln)
    if not rows:
        return None
    for ln in used:
        ln.geo = LineGeometry(table=tid, row=0, col=-2)
    head_cells = tuple(TableCell(h, 0, 0) for h in header)
    body = []
    for r in rows:
        row = []
        for c in range(len(cols)):
            sgs = r.get(c, [])
            text = re.sub(r"\s+", " ", " ".join(s.text for s in sgs)).strip()
            row.append(TableCell(text, min((s.start for s in sgs), default=0), max((s.end for s in sgs), default=0)))
        body.append(tuple(row))
    starts = [c.start for row in body for c in row if c.text]
    ends = [c.end for row in body for c in row if c.text]
    return Table(min(starts), max(ends), (head_cells,) + tuple(body), header, "data")


def _fold(s: str) -> str:
    from vanban.text import fold

    return fold(s)
