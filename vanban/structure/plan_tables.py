"""Tables of figures per row printed as pipe rows, whatever their heads: a row per unit, round or item named in words,
one column of figures or more (``role`` :data:`PLAN`), for the target extractor to tell which columns the plan sets.

Why (tgt42c): a xã's plan prints each thôn's share of the season's work ("TT | Thôn | Cánh đồng | Diện tích gieo cấy
(ha) | Kênh mương nạo vét (m) | Ngày công"), the rounds of its watering schedule with the area each serves ("Đợt | Thời
gian lấy nước | Công trình đầu mối | Diện tích phục vụ (ha)"), its learners per thôn ("… | Cộng"), its cooperatives with
last year's revenue and this year's planned one, its plots with their starting price. Such a table is no task table
(no body in charge, no due column a task reader wants) and no quota table (:mod:`.figure_tables` asks a units' head
followed by kinds of target only, under a caption naming quotas): a column of words about the row ("Cánh đồng",
"Lĩnh vực hoạt động", "Mục đích sử dụng") or a head that names no unit kept it out, and its planned figures were read
by no one. Which of its columns are planned is the extractor's question (:mod:`vanban.extract.plan_cells`: the heads'
words, the figures the text states); here only the shape is read: a pipe header of three cells or more, an optional
number head ("TT"), the rows' names in words, two rows or more, and a column whose cells are bare figures ("62,5",
"1.200", "-" for none). A table of a body in charge ("Đơn vị chủ trì") is a task table, left to its readers — but
(tgt48) one with two columns of bare figures or more, its body column not the rows' names, is a table of figures
whose rows name who leads each (:func:`_charged_figures`): the task readers keep the data table, and the target
extractor reads only the columns a head names as set.
Tests: tests/test_plan_tables.py, tests/test_targets_tgt48.py.
"""

from __future__ import annotations

import re

from vanban.models import Table
from vanban.structure import vocab as V
from vanban.structure.person_cells import persons_column
from vanban.ingest.md_pipe_tables import delimiter_scrap
from vanban.structure.figure_tables import planned_count, quota_head, quota_part_at
from vanban.structure.figure_tables import PIPE_GAP_LINES as _PIPE_GAP_LINES, DELIMITER as _DELIMITER, above as _above, caption as _caption, lines as _lines, pipe_cells as _pipe_cells, table as _table
from vanban.text import fold

__all__ = ["PLAN", "charged_table", "figure_cell", "plan_columns", "plan_grids", "planned_figures", "read_plan_tables",
           "superseded"]

PLAN = "plan"  # Table.role of a table of figures per row (the target extractor reads which columns are planned)

#: a bare figure cell, bold marks off: "62,5", "1.200", "4.600" (no words, no range, no date)
_FIGURE = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$")
#: a cell that says "none here": "-", "–", "x"
_NONE = re.compile(r"^[-–—x]?$")
#: (tgt43c) a head naming the row's time, "Thời gian thực hiện", "Thời hạn hoàn thành" (folded lead): no body in charge
_TIME_HEAD = re.compile(r"(?:thoi (?:gian|han))(?![a-z])")


def figure_cell(cell: str) -> bool:
    """``cell`` is a bare figure ("62,5", "1.200", "**330,0**")."""
    return bool(_FIGURE.match(cell.strip(" *")))


def plan_columns(header: list[str] | tuple[str, ...], rows: list[list[str]]) -> list[int]:
    """The columns of figures of a table of figures per row: after the names' column, each column whose cells in the
    rows but a total row ("Cộng", "Tổng cộng", "Toàn xã") are bare figures or empty ("-"), two figures at least."""
    k = V.name_col(list(header))
    units = [r for r in rows if k < len(r) and not V.QUOTA_WHOLE_ROW_RE.match(fold(r[k]).strip(" *:"))]
    out: list[int] = []
    for c in range(k + 1, len(header)):
        cells = [r[c].strip(" *") if c < len(r) else "" for r in units]
        if sum(figure_cell(x) for x in cells) >= 2 and all(figure_cell(x) or _NONE.match(x) for x in cells):
            out.append(c)
    return out


def _task_header(header: list[str], rows: list[list[str]] = ()) -> bool:
    """A head names a body in charge ("Đơn vị chủ trì", "Cơ quan thực hiện"): a task table, its readers' (a unit of
    measure, "Đơn vị tính", is none; (tgt43c) nor is a time or a thing the row's work has, though its head ends in
    "thực hiện": "Thời gian thực hiện", "Kinh phí thực hiện" — a xã's table of khu mộ to move prints each one's graves,
    its support per grave and its "Thời gian thực hiện", no body, and was read by no one). (tgt45t) Nor is a head
    over persons' names only (``rows``' cells: "Người phụ trách" | "Nguyễn Văn Hùng", :func:`.person_cells.persons_column`):
    a person who oversees each row's figures, no body charged with them (a vaccination schedule's doses per thôn);
    (tgt46t) a name after its post too ("Thú y viên Lê Văn Hùng", :func:`.person_cells.titled_person`: a44-05)."""
    for c, h in enumerate(header):
        lead = V.head_lead(h)
        if V.TASK_BODY_COL.search(lead) and not V.TASK_UNIT_COL.search(lead) and not V.QUOTA_BODY_HEAD_RE.match(lead) \
                and not V.TASK_THING_COL.match(lead) and not _TIME_HEAD.match(lead) \
                and not persons_column(lead, [r[c] for r in rows if c < len(r)], titled=True):
            return True
    return False


def charged_table(header: list[str] | tuple[str, ...], rows: list[list[str]] = ()) -> bool:
    """(tgt48) ``header`` names a body in charge of each row (:func:`_task_header`): read as a table of figures only by
    the columns its heads name as set (:func:`_charged_figures`)."""
    return _task_header(list(header), rows)


def _charged_figures(header: list[str], rows: list[list[str]], text: str = "", at: int = -1) -> bool:
    """(tgt48) A table whose head names a body in charge (:func:`_task_header`) is a table of figures per row all the
    same when two columns or more hold bare figures and the body is not the rows' names: each row a figure the plan
    sets and the body that leads it.

    Why: a xã's plan for the year's revenue prints per source "Nguồn thu | Dự toán tỉnh giao | Dự toán xã phấn đấu | Tỷ
    lệ so với dự toán tỉnh giao (%) | Đơn vị chủ trì" (a46-04, t46-04): its authors label each row's "phấn đấu" amount
    as a target and each row's Đơn vị chủ trì as an obligation. As a task table only, the figures were read by no one.
    A task table prints one figure per task at most (a length, a count: a39-09's "Chiều dài (m)"); a table of a body
    column as its names ("Chi bộ / đơn vị", a41-08) is a table of units, left as before. (tbl55b) One column of figures
    is enough where its head counts what the plan is to do or the table stands in a part setting quotas (``text``, the
    table's offset ``at``): :func:`planned_figures`."""
    k = V.name_col(header)
    bodies = [c for c, h in enumerate(header) if c != k and V.TASK_BODY_COL.search(V.head_lead(h))
              and not V.TASK_UNIT_COL.search(V.head_lead(h))]
    cols = plan_columns(header, rows)
    return bool(bodies) and (len(cols) >= 2 or len(cols) == 1 and (
        planned_count(header[cols[0]]) or at >= 0 and quota_part_at(text, at)))


def planned_figures(header: list[str] | tuple[str, ...], text: str, at: int, figures: list[int]) -> list[int]:
    """(tbl55b) The columns of a table of a body in charge (:func:`charged_table`) that the plan sets by their place or
    their head alone: its one column of figures where it counts what the plan is to do (:func:`.figure_tables.
    planned_count`: "Số cơ sở kiểm tra") or where the table stands in a part that sets quotas (:func:`.figure_tables.
    quota_part_at`: "III. CHỈ TIÊU NĂM 2040"). Shared with the extractor (:mod:`vanban.extract.plan_cells`).

    Why: a huyện's plan of food-safety checks prints "TT | Nhóm cơ sở kiểm tra | Đơn vị chủ trì | Số cơ sở kiểm tra |
    Thời hạn hoàn thành" (t54-01), a Chi cục Thuế's plan "TT | Lĩnh vực chống thất thu | Số thu tăng thêm (triệu đồng) |
    Đơn vị chủ trì | Đơn vị phối hợp" under its "III. CHỈ TIÊU NĂM 2040" (t54-09): each row a group or lĩnh vực, the
    body that leads it and one figure the plan sets for it (their labels count every row's). A task table's one figure
    is no quota elsewhere: a length, an area, an estimate ("Chiều dài (km)", "Diện tích (ha)", "Số trẻ dự kiến": a35-06,
    a36-06, a39-09, t23-09 leave them), so the one column alone is not enough (:func:`_charged_figures`). The part
    speaks for the table's ``figures`` (its columns of figures, :func:`plan_columns`) only where they are one: beside
    others ("Dự toán tỉnh giao | Dự toán xã phấn đấu | Tỷ lệ so với dự toán tỉnh giao (%)", t46-04) the heads tell
    which is set (tgt48)."""
    cols = [c for c, h in enumerate(header) if c != V.name_col(list(header))]
    out = [c for c in cols if planned_count(header[c].strip(" *"))]
    if len(figures) == 1 and figures[0] not in out and at >= 0 and quota_part_at(text, at) \
            and (quota_head(header[figures[0]].strip(" *")) or ("",))[0] == "unit":
        out.append(figures[0])
    return out


def _next_to(text: str, lines: list, i: int, blanks: int = 0) -> bool:
    """``lines[i + 1]`` follows ``lines[i]`` with no blank line between (two tables one under the other are two), or
    with at most ``blanks`` blank lines between."""
    return i + 1 < len(lines) and text.count("\n", lines[i][1], lines[i + 1][0]) <= 1 + blanks


def _row_after_gap(text: str, lines: list, j: int, head: list) -> bool:
    """(ocr43b) ``lines[j]``, parted from the row over it by one blank line, is the next row of the same table as
    legacy OCR prints a pipe table (a blank line between rows, each printed row a paragraph to Tesseract): a pipe row of
    the header's cells that is no header of a table of its own (no delimiter row under it, not the header again).
    Two tables one under the other, each with its header and delimiter, stay two."""
    cells = _pipe_cells(text, lines[j])
    if cells is None or len(cells) != len(head) or [c[2] for c in cells] == [c[2] for c in head]:
        return False
    nxt = _pipe_cells(text, lines[j + 1]) if j + 1 < len(lines) else None
    return not (nxt and all(_DELIMITER.match(c[2]) or not c[2] for c in nxt))


def _first_row(text: str, lines: list, i: int) -> int:
    """(ocr43b) The line of a pipe header's first row: the next line, or past one or two lines that legacy OCR printed
    for the header's delimiter row ("I-----}-", "bbb": a scrap of one or two short tokens,
    :func:`vanban.ingest.md_pipe_tables.delimiter_scrap`) when a row of the header's cells follows. Read as prose,
    the scrap ended the table at its header and every figure of a prize or plan table was lost."""
    head = _pipe_cells(text, lines[i])
    j = i + 1
    while j < len(lines) and j - i <= _PIPE_GAP_LINES and _pipe_cells(text, lines[j]) is None \
            and delimiter_scrap(lines[j][2]):
        j += 1
    if j == i + 1 or j >= len(lines) or head is None or text.count("\n", lines[i][1], lines[j][0]) > 2 * (j - i) + 1:
        return i + 1  # no scrap, or blank lines enough to part a table from what follows it
    cells = _pipe_cells(text, lines[j])
    return j if cells is not None and len(cells) == len(head) else i + 1


def read_plan_tables(text: str, read: list[Table] | tuple[Table, ...] = ()) -> list[Table]:
    """The tables of figures per row of ``text`` printed as pipe rows (see the module), each with ``role``
    :data:`PLAN`, its caption the lines over its header; a table a quota or by-year table of ``read`` holds already is
    left to that one."""
    lines = _lines(text)
    out: list[Table] = []
    i = 0
    while i < len(lines):
        head = _pipe_cells(text, lines[i])
        if head is None or i and _next_to(text, lines, i - 1) and _pipe_cells(text, lines[i - 1]) is not None \
                or len(head) < 3:
            i += 1
            continue
        rows: list[list] = []
        j = first = _first_row(text, lines, i)
        while j < len(lines) and (j == first > i + 1 or _next_to(text, lines, j - 1)
                                  or _next_to(text, lines, j - 1, blanks=1) and _row_after_gap(text, lines, j, head)) \
                and (cells := _pipe_cells(text, lines[j])) is not None:
            j += 1
            if all(_DELIMITER.match(c[2]) or not c[2] for c in cells):
                continue
            if len(cells) == len(head):
                rows.append(cells)
        header = [c[2] for c in head]
        k = V.name_col(header)
        start, end = lines[i][0], lines[j - 1][1]
        texts = [[c[2] for c in r] for r in rows]
        if len(rows) >= 2 and k + 1 < len(header) and (not _task_header(header, texts) or _charged_figures(header, texts, text, lines[i][0])) \
                and plan_columns(header, [[c[2] for c in r] for r in rows]) \
                and not any(t.role != "data" and t.start < end and start < t.end for t in read):
            body = [{c: [cell] for c, cell in enumerate(r) if cell[2]} for r in rows]
            body = [b for b in body if b]
            out.append(_table(text, [[c] for c in head], body, PLAN, " ".join(x[2] for x in _caption(_above(lines, i)))))
        i = max(j, i + 1)
    return out


def _fuller(t: Table, u: Table) -> bool:
    """(tgt48) Data table ``t`` holds pipe plan table ``u`` (:data:`PLAN`, same header) and rows past its end: a table
    whose rows OCR wrapped, a cell's last words on a line of their own after a blank line ("| 7 | Phí, lệ phí khác |
    95 | 100 | 105,3 | Văn phòng HĐND ⏎⏎ và UBND xã |", a46-04's legacy form). The flowed pipe reader mends such rows;
    :func:`read_plan_tables`, a pipe line a row, stopped at the first one and lost the rows after it (a46-04: the last
    source and the total). The fuller reading stands for the table (see :func:`superseded`)."""
    return u.role == PLAN and tuple(t.header) == tuple(u.header) and t.start <= u.start and u.end < t.end \
        and len(t.rows) > len(u.rows)


def superseded(plans: list[Table], grids: list[Table]) -> list[Table]:
    """(tgt48) ``plans`` without those a fuller grid of ``grids`` reads again (:func:`_fuller`)."""
    return [u for u in plans if not any(_fuller(g, u) for g in grids)]


def plan_grids(tables: list[Table] | tuple[Table, ...], text: str = "",
               read: list[Table] | tuple[Table, ...] = ()) -> list[Table]:
    """The tables of figures per row among the data tables a page's geometry or the text's readers gave (a scan's
    grid; a text table), each again with ``role`` :data:`PLAN`, the data table staying for the other readers: the same
    shape as :func:`read_plan_tables` asks (a header row, two rows or more, a column of bare figures, no body in
    charge). A grid whose lines a table of ``read`` other than a data table holds already (a quota table, a pipe plan
    table) is left to that one. Its caption, where the data table has none, is the lines of ``text`` over it (the lead
    that states the figure the table splits, as a pipe table's)."""
    out: list[Table] = []
    lines = _lines(text) if text else []
    for t in tables:
        if t.role != "data" or not t.header or len(t.rows) < 3 or len(t.header) < 3:
            continue
        header = list(t.header)
        texts = [[c.text for c in r] for r in t.rows[1:]]
        if _task_header(header) and not _charged_figures(header, texts, text, t.start) \
                or V.name_col(header) + 1 >= len(header) \
                or not plan_columns(header, [[c.text for c in r] for r in t.rows[1:]]):
            continue
        if any(u.role != "data" and u.start < t.end and t.start < u.end and not _fuller(t, u) for u in (*read, *out)):
            continue
        caption = t.caption
        at = next((n for n, ln in enumerate(lines) if ln[1] > t.start), None)
        if not caption and at is not None:
            caption = " ".join(x[2] for x in _caption(_above(lines, at)))
        out.append(Table(t.start, t.end, t.rows, t.header, PLAN, in_appendix=t.in_appendix, caption=caption))
    return out
