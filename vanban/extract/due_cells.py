"""The due cells of a document's task tables: where a row's time is written, whatever its column is named.

Why: a task table's time column is headed "Thời gian hoàn thành" in most plans, but also "Thời gian thực hiện",
"Thời gian giám sát", "Thời hạn", "Tiến độ" (:data:`vanban.structure.vocab.TASK_DUE_COL`), and its cell holds a
partial date ("Tháng 3/2027", "Quý II/2027"), two of them ("Tháng 4/2027 và tháng 9/2027"), or a span of years
("2027 - 2028"). A month or a year there has no due word before it, yet it is that row's deadline (the labels: a
partial date is the interval of its whole period). The deadline grammar reads a date inside a due cell as due; the
undated-dues step shows a cell's words when it names no date ("Thường xuyên").
"""

from __future__ import annotations

import re

from vanban.extract import patterns as P
from vanban.models import Table
from vanban.structure import vocab as V
from vanban.structure.round_tables import line_above
from vanban.text import fold

__all__ = ["DueCell", "action_campaign", "aim_head_cells", "due_columns", "campaign_cells", "campaign_period", "campaign_plan_runs", "campaign_table", "campaign_table_runs", "day_columns", "due_cells", "previous_due_cells", "restates", "round_before", "year_cells"]

#: a due cell longer than this is prose that slid into the column, not a time
MAX_CELL_CHARS = 80
#: the fewest body cells that make a column a time column by its cells alone (:func:`time_column`)
MIN_TIME_CELLS = 3

#: (row start, row end, cell start, cell end, words)
DueCell = tuple[int, int, int, int, str]

def due_column(head: list[str]) -> int | None:
    """The due column of a task table's header (folded): the first that names a due time (:data:`vocab.TASK_DUE_COL`),
    passing over one that recalls the time set before when another follows ("Thời hạn đã giao | Thời hạn hoàn thành
    mới": the new one, :data:`vocab.PREVIOUS_DUE_COL`)."""
    dues = [i for i, h in enumerate(head) if V.TASK_DUE_COL.search(h)]
    now = [i for i in dues if not V.PREVIOUS_DUE_COL.search(head[i])]
    # (fixrev40) "Thời gian thực hiện | Thời gian hoàn thành": the row is due by its completion, not while it runs
    done = [i for i in now if V.TASK_COMPLETION_COL.search(head[i])] if len(now) > 1 else []
    return (done or now or dues or [None])[0]


def due_columns(head: list[str]) -> list[int]:
    """Every due column of a task table's header (folded): :func:`due_column`'s, and each other that names a due time
    too and recalls no earlier one (:data:`vocab.PREVIOUS_DUE_COL`) nor a start ("Thời gian bắt đầu"). A schedule may
    date each row twice, "Hạn gửi báo cáo | Thời gian làm việc tại chi bộ" (a checking committee's plan: the report due
    first, then the days the team works at each unit, a38-06's labels date both); a bare day in the second ("Ngày
    15/10/2031") is the row's time as it is in the first. Only so (fixrev40): the first a "hạn" column
    (:data:`vocab.DUE_WORD_COL`), the second the window of a stay or visit (:data:`_VISIT_COL`); "Thời gian thực hiện
    | Thời gian hoàn thành" dates each row once, by its completion."""
    first = due_column(head)
    if first is None:
        return []
    if not V.DUE_WORD_COL.search(head[first]):
        return [first]
    return [first] + [i for i, h in enumerate(head) if i != first and V.TASK_DUE_COL.search(h) and _VISIT_COL.search(h)
                      and not V.PREVIOUS_DUE_COL.search(h) and not _START_COL.search(h)]


#: a column of the day a task starts, not its due time ("Thời gian bắt đầu", "Ngày khởi công"; folded)
_START_COL = re.compile(r"bat dau|khoi cong|khoi dong|trien khai tu")
#: a column of the days a team stays at or visits each unit ("Thời gian làm việc tại chi bộ", "Thời gian giám sát",
#: "Thời gian kiểm tra tại đơn vị"; folded)
_VISIT_COL = re.compile(r"lam viec|giam sat|kiem tra|(?<![a-z])tai (?:chi bo|don vi|co so|dia phuong)")


def time_column(table: Table) -> int | None:
    """The column whose body cells are all a time alone (:data:`patterns.TIME_CELL_RE`: "Quý I/2027", "Tháng 4/2027",
    "Tháng 9 - 10/2027"), at least :data:`MIN_TIME_CELLS` of them, not the first (a row's number): a schedule's time
    column whose head names no time because it was misread ("Thời gian" restored as "Thư giãn" from a legacy OCR).
    None when no column, or more than one, is so."""
    found = []
    for col in range(1, len(table.header)):
        words = [" ".join(row[col].text.split()).strip(" .;*_") for row in table.rows[1:] if col < len(row)]
        words = [w for w in words if w]
        if len(words) >= MIN_TIME_CELLS and all(P.TIME_CELL_RE.fullmatch(fold(w)) for w in words):
            found.append(col)
    return found[0] if len(found) == 1 else None


def group_time_columns(table: Table, head: list[str]) -> list[int]:
    """The columns of a timetable with one time column per group ("Nội dung | Khối 10 | Khối 11", "Công việc | Cấp xã |
    Cấp thôn"): the step is named by the one column naming the step (:data:`vocab.TIMETABLE_STEP_COL`), every other column
    a group whose cells each hold a day (at least two rows). Each such cell is the step's due day for that group, as
    a "Thời gian" column's cell is (the labels read every group's day); [] when any other column holds no day."""
    what = [i for i, h in enumerate(head) if V.TIMETABLE_STEP_COL.search(h)]
    if len(what) != 1 or len(head) < 3 or len(table.rows) < 3:
        return []
    cols = [c for c in range(len(head)) if c != what[0]]
    for c in cols:
        words = [" ".join(row[c].text.split()) for row in table.rows[1:] if c < len(row)]
        words = [w for w in words if w.strip(" .;*_")]
        if len(words) < 2 or not all(V.DAY_IN_CELL.search(w) and len(w) <= MAX_CELL_CHARS for w in words):
            return []
    return cols


def due_cells(tables: tuple[Table, ...], completion_only: bool = False) -> list[DueCell]:
    """Every non-empty due cell of the data tables whose header names a due column (else whose cells make one a time
    column, :func:`time_column`), in text order; with ``completion_only``, only those of a column that names a
    completion time."""
    out: list[DueCell] = []
    for t in tables:
        if t.role != "data" or not t.header:
            continue
        head = [fold(h) for h in t.header]
        if any(V.PROJECT_FUNDS_COL.search(h) for h in head):
            continue  # a list of projects and their funds: "Thời gian thực hiện | 2026 - 2027" is how long each is built
        dues = due_columns(head)
        if not dues and not completion_only:
            dues = [c for c in [time_column(t)] if c is not None]  # "Thư giãn" over "Quý I/2027", …: by its cells
        if not dues and not completion_only:
            dues = group_time_columns(t, head)  # "Nội dung | Khối 10 | Khối 11": each group's day of the step
        days = [] if completion_only else day_columns(head)
        if completion_only:
            dues = [c for c in dues[:1] if V.TASK_COMPLETION_COL.search(head[c])]
        cols = sorted({*days, *dues})
        for row in t.rows[1:]:
            for col in cols:
                if col < len(row) and row[col].text.strip():
                    words = " ".join(row[col].text.split()).strip(" .;")
                    if words and len(words) <= MAX_CELL_CHARS:
                        out.append((row[0].start, row[-1].end, row[col].start, row[col].end, words))
    return out


#: :data:`patterns.CAMPAIGN_WORDS` compiled, to search a span of the text in place (pos, endpos: no slice copied)
_CAMPAIGN_RE = re.compile(P.CAMPAIGN_WORDS)


def day_columns(head: list[str]) -> list[int]:
    """The columns of a task table's header (folded) headed by the day alone (:data:`vocab.DAY_COL`: "Ngày | Thời gian
    | Nội dung công việc | Đơn vị chủ trì", an exam's timetable whose "Thời gian" holds the hours): each row's day
    there ("20/5/2027", "02/6/2027") is the day the row's body must do its task, a due day like a dated cell of the
    time column ("Ngày 18/3/2027", "Trước ngày 10/4/2027"). Only beside a column of the task (:data:`vocab.
    TASK_WHAT_COL`), so a dated log of past events or a list of days without tasks is no schedule."""
    if not any(V.TASK_WHAT_COL.search(h) for h in head):
        return []
    return [i for i, h in enumerate(head) if V.DAY_COL.fullmatch(h.strip(" *"))]


def campaign_cells(cells: list[DueCell], view: str) -> list[tuple[int, int]]:
    """The due cells whose row names a campaign or an event before the cell (:data:`patterns.CAMPAIGN_WORDS`, read in
    ``view``, the folded text the cells' offsets point into): "3 | Tổ chức Tháng hành động vì an toàn thực phẩm năm
    2027 | Sở Y tế | … | Từ ngày 15/4 đến 15/5/2027" — the window there is the campaign's running period, as it is in
    the body, no due date (t27-04's labels); a task's row keeps its window ("Học tập, quán triệt tại các chi bộ | … |
    Từ ngày 04/01/2027 đến ngày 22/01/2027", a24-02), and so does a row whose work has the campaign as its topic
    ("Tuyên truyền về Tháng hành động …", :data:`patterns.CAMPAIGN_TOPIC_BEFORE_RE`)."""
    # (searched from the row's start to the cell's, never from the text's start: a scan of ``view[:cell]`` a cell
    # made a 2 MB text's table rows cost 33 s of its 157, the time growing as the square of the text's length)
    return [(c[2], c[3]) for c in cells if any(
        not P.CAMPAIGN_TOPIC_BEFORE_RE.search(view, max(c[0], m.start() - 20), m.start())
        for m in _CAMPAIGN_RE.finditer(view, c[0], c[2]))]


def campaign_table(t: Table, view: str) -> bool:
    """The line just above ``t`` names a campaign or its rounds (:data:`patterns.CAMPAIGN_WORDS`, read in ``view``, the
    folded text): "3. Các đợt ra quân cao điểm" over "Đợt | Thời gian | Địa bàn, nội dung | Đơn vị chủ trì" / "Đợt 1 |
    Từ ngày 01/3 đến ngày 31/3/2031 | Giải tỏa lấn chiếm … | Công an phường" — each row a round of the drive, its
    "từ … đến …" the round's running period, no due date of the unit that leads it (t36-08's labels; t29-03's
    campaign schedule alike). Not when the campaign's word stands only in an earlier sentence of that line, one that
    states the campaign's own "từ … đến …", and the last sentence, the table's lead, names a body's work: "Thời gian cao
    điểm từ ngày 15/9/2037 đến ngày 15/11/2037. Tổ công tác … thu nhận hồ sơ tại các thôn theo lịch sau:" — the campaign
    runs over the span the text gives it, and each row is the team's own window within it, due by its end (t50-05's
    labels), as an action's window inside a campaign's stated period is in a campaign plan (:func:`campaign_period`:
    t36-10, t39-03, t43-03). So too when the line states the campaign's running time in any of its sentences
    (:data:`patterns.CAMPAIGN_RUN_TIME_RE`): "Đợt cao điểm cấp lưu động được tổ chức từ ngày 17/8/2037 đến ngày
    30/9/2037, theo lịch sau:" over "Đợt | Thôn | … | Thời gian | Tổ công tác" — each row a team's round within it
    (a50-05's labels). A lead with no stated span ("Chiến dịch được tổ chức 03 đợt …. Lịch cụ thể như sau:", a38-02;
    "3. Các đợt ra quân cao điểm", t36-08) keeps the rows the campaign's rounds."""
    # (the table's own header and rule lines passed over, its start being its first row's: round_tables.line_above)
    line = line_above(t, view)
    if not re.search(P.CAMPAIGN_WORDS, line):
        return False
    at = _last_sentence_start(line)
    return not ((at and not re.search(P.CAMPAIGN_WORDS, line[at:]) and _WINDOW.search(line, 0, at))
                or P.CAMPAIGN_RUN_TIME_RE.search(line))


#: a full stop that closes a sentence before a next word: the blank after it (folded)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=\S)")


def _last_sentence_start(line: str) -> int:
    """Where the last sentence of ``line`` starts (the blank after its last sentence-closing stop), 0 when it has one
    sentence. One pass over the line: a "(?!.*[.!?]…)" lookahead tried at each blank was quadratic (8.7 s on a 280 KB
    line, session 51's review)."""
    last = None
    for last in _SENTENCE_BREAK.finditer(line):
        pass
    return last.start() if last else 0


def campaign_table_runs(tables: tuple[Table, ...], view: str) -> list[tuple[int, int]]:
    """The due cells of the tables a campaign's line heads (:func:`campaign_table`): running periods, no due dates."""
    return [(c[2], c[3]) for t in tables if t.role == "data" and t.header and campaign_table(t, view)
            for c in due_cells((t,))]


def campaign_plan_runs(title: str | None, cells: list[DueCell], view: str,
                       tables: tuple[Table, ...]) -> list[tuple[int, int]]:
    """In a plan whose title names a campaign ("Kế hoạch tổ chức Chiến dịch tiêm bổ sung vắc xin Sởi - Rubella …",
    :data:`patterns.CAMPAIGN_WORDS`), the extents where a "từ … đến …" is the campaign's running period, no due date:
    the due cells of its schedule ("Từ ngày 05/4 đến ngày 25/4/2027 | … | Tổ chức tiêm vắc xin …": the campaign's
    days, or a phase of them) and the lines its bare time label opens ("- Thời gian: triển khai từ ngày 05/4/2027 đến
    ngày 25/4/2027; …", :data:`patterns.TIME_LABEL_LINE_RE`) — the document's campaign is every row's, as a row naming
    one is in another plan (:func:`campaign_cells`; t29-03's labels date the schedule's days, not its spans) — and a
    row's span read from the text when an OCR'd table lost its grid (:data:`patterns.SPAN_ROW_CELL_RE`). A dated day
    there is still due. ``view`` is the folded text the cells' offsets point into. The whole extent of each of
    ``tables`` that has a due column counts too: a scan's reader may paste two printed rows into one ("Đợt 1 | Cụm 1 |
    … | Từ ngày 05/8 đến ngày 07/8/2031 | 1.310 | | Đợt 1 | Cụm 2 | … | Từ ngày 08/8 …"), so the second row's span
    falls outside the due column, yet it is the campaign's too. A "từ … đến …" window there that restates no period the
    text gives the campaign (:func:`campaign_period`) is an activity's own, due by its end: it is cut out of those
    extents. Empty for any other title."""
    if not title or not re.search(P.CAMPAIGN_WORDS, fold(title)):
        return []
    schedules = [(t.start, t.end) for t in tables
                 if t.role == "data" and t.header and due_column([fold(h) for h in t.header]) is not None]
    runs = [(c[2], c[3]) for c in cells] + [m.span() for m in P.SPAN_ROW_CELL_RE.finditer(view)] + schedules
    # (an action's own window in a campaign's schedule is cut out: :func:`campaign_period`; an event's schedule keeps
    # its days and its run-up whole, :data:`patterns.ACTION_CAMPAIGN_WORDS`)
    period = campaign_period(view, tables)
    holes = [w.span() for a, b in runs for w in _WINDOW.finditer(view, a, b)
             if not restates(_window_days(w), *period) and not round_before(view, w.start())] \
        if action_campaign(title) else []
    return [m.span() for m in P.TIME_LABEL_LINE_RE.finditer(view)] + _cut(runs, holes)


#: a "từ … đến …" window of days (folded): "từ 25/4 đến 31/5/2034", "Từ ngày 06/5 đến hết ngày 28/5/2034"
_WINDOW = re.compile(r"(?<![a-z])t[uw]\s+(?:ng[a4]y\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*\d{4})?\s*,?\s*"
                     r"d[e¢]n\s+(?:h[e¢]t\s+)?(?:ng[a4]y\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?!\d)")
#: a day and month printed on a time line (folded): "… trước ngày 15/5/2027"
_DAY_MONTH = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})(?!\d)")


def _md(day: str, month: str) -> str:
    return f"{int(month):02d}-{int(day):02d}"


def _window_days(w: re.Match[str]) -> tuple[str, str]:
    return _md(w.group(1), w.group(2)), _md(w.group(3), w.group(4))


def campaign_period(view: str, tables: tuple[Table, ...]) -> tuple[set[tuple[str, str]], set[str]]:
    """The periods a campaign plan states for its campaign, outside its tables (``view`` folded): the "từ … đến …"
    windows of its text ("Tháng hành động được tổ chức từ ngày 01/5/2034 đến ngày 31/5/2034", "- Thời gian: triển
    khai từ ngày 05/4/2027 đến ngày 25/4/2027; …") as ("mm-dd", "mm-dd") pairs, and the days its bare time line
    prints (:data:`patterns.TIME_LABEL_LINE_RE`: "…; tiêm vét … hoàn thành trước ngày 15/5/2027", the end of a phase)
    as "mm-dd". Why: a schedule row that restates one of them is the campaign or its phase running (t29-03's labels:
    "Tổ chức tiêm vắc xin … | Từ ngày 05/4 đến ngày 25/4/2027"); another window there is an activity's own, due by its
    end (t36-10's, t39-03's and t43-03's labels: "Tuyên truyền … | Từ 25/4 đến 31/5/2034", "Mở lớp huấn luyện … | Từ
    06/5 đến 28/5/2034" inside a Tháng hành động of May)."""
    inside = [(t.start, t.end) for t in tables]
    stated = {_window_days(w) for w in _WINDOW.finditer(view) if not any(a <= w.start() < b for a, b in inside)}
    days = {_md(*d.groups()) for m in P.TIME_LABEL_LINE_RE.finditer(view) for d in _DAY_MONTH.finditer(m.group())}
    return stated, days


def action_campaign(title: str | None) -> bool:
    """The title names a campaign of actions ("Tháng hành động …", "Chiến dịch …", :data:`patterns.ACTION_CAMPAIGN_WORDS`)
    and no event held on its days (a festival, a ceremony, a games: :data:`patterns.CAMPAIGN_WORDS` less those), whose
    schedule rows are actions, each with its own window."""
    t = fold(title or "")
    return bool(re.search(P.ACTION_CAMPAIGN_WORDS, t)) and not any(
        not re.match(P.ACTION_CAMPAIGN_WORDS, t[m.start():]) for m in re.finditer(P.CAMPAIGN_WORDS, t))


#: a campaign's round named in a row (folded): "Đợt 1 | Khu vực 2 | … | Từ ngày 13/4 đến ngày 15/4/2032"
_ROUND_CELL = re.compile(r"(?:^|[|\n])\s*[*]*" + P.ROUND_WORD + r"\s+(?:\d{1,2}|[ivx]{1,4})[ \t*]*\|")


def round_before(view: str, at: int) -> bool:
    """The row of a campaign's schedule holding the window at ``at`` (``view`` folded) names one of the campaign's
    rounds ("Đợt 1 | Khu vực 1 | … | Từ ngày 10/4 đến ngày 12/4/2032", a vaccination drive's rounds, ddl40's): the
    window is that round's days, the campaign running, no action's own window. Read over the 160 characters before it,
    line breaks and all (a scan may paste two rows onto one line, or break one row over two)."""
    return _ROUND_CELL.search(view, max(0, at - 160), at) is not None


def restates(window: tuple[str, str], stated: set[tuple[str, str]], days: set[str]) -> bool:
    """The window ("mm-dd", "mm-dd") of a campaign plan's row is the campaign's period or a phase of it
    (:func:`campaign_period`): the same days as a window the text states, or an end the bare time line prints."""
    return window in stated or window[1] in days


def _cut(runs: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``runs`` with the extents of ``holes`` taken out of them."""
    out = []
    for a, b in runs:
        for h0, h1 in sorted(h for h in holes if h[0] < b and a < h[1]):
            if h0 > a:
                out.append((a, h0))
            a = max(a, h1)
        if a < b:
            out.append((a, b))
    return out


def year_cells(tables: tuple[Table, ...]) -> list[tuple[int, int]]:
    """The cells of a column named "Năm" in the data tables (:data:`vocab.STACKED_YEAR_COL`): the year a row is for
    ("Năm | Tên mô hình | Đơn vị chủ trì | Chỉ tiêu | Thời gian hoàn thành" / "2028 | … | Năm 2028", a Đảng ủy xã's
    Phụ lục, tune19), no time by which the row is due — its due column says that. A bare "2028" there is no deadline,
    though a due column heads the table."""
    out: list[tuple[int, int]] = []
    for t in tables:
        if t.role != "data" or not t.header:
            continue
        for col, h in enumerate(t.header):
            if not V.STACKED_YEAR_COL.match(fold(h).strip(" *")):
                continue
            out += [(row[col].start, row[col].end) for row in t.rows[1:] if col < len(row) and row[col].text.strip()]
    return out


#: a head cell naming the figures a column sets (folded): "Chỉ tiêu đạt … đến 31/12/2032", "Mục tiêu đến 30/6/2028",
#: "Kế hoạch năm 2032", "Phấn đấu đến hết năm 2031"
_AIM_HEAD = re.compile(r"(?<![a-z])(?:chi tieu|muc tieu|ke hoach|phan dau)(?![a-z])")


def aim_head_cells(tables: tuple[Table, ...]) -> list[tuple[int, int]]:
    """The head cells of the data tables' columns of figures set for a time ("STT | Loại hình cơ sở | Số cơ sở | Chỉ
    tiêu đạt "Môi trường không khói thuốc" đến 31/12/2032", a Ban Chỉ đạo's plan): the day there is the period of the
    column's targets, as "đến năm 2030" is a plan's horizon (t38-08's labels: a target period; no gold set labels a
    day of a header row a deadline). Not a head cell that says by when the rows are done (:data:`vocab.TASK_DUE_COL`:
    "Thời hạn hoàn thành")."""
    out: list[tuple[int, int]] = []
    for t in tables:
        if t.role != "data" or not t.header or not t.rows:
            continue
        for col, h in enumerate(t.header):
            key = fold(" ".join(h.split()))
            if _AIM_HEAD.search(key) and not V.TASK_DUE_COL.search(key) and col < len(t.rows[0]):
                out.append((t.rows[0][col].start, t.rows[0][col].end))
    return out


def previous_due_cells(tables: tuple[Table, ...]) -> list[tuple[int, int]]:
    """The cells of a column that recalls the time set before, beside the column of the new one ("Hạn đã yêu cầu |
    Đơn vị chưa gửi | Thời hạn gửi mới", a Công văn đôn đốc's table of overdue reports: "ngày 20 hằng tháng" there is
    the cycle the reports missed, the row's due day is the new column's "chậm nhất ngày 11/6/2027"). Not one alone:
    with no new time beside it, the old one is all the row says."""
    out: list[tuple[int, int]] = []
    for t in tables:
        if t.role != "data" or not t.header:
            continue
        head = [fold(h) for h in t.header]
        old = [i for i, h in enumerate(head)
               if V.PREVIOUS_DUE_COL.search(h) and (V.TASK_DUE_COL.search(h) or V.DUE_WORD_COL.search(h))]
        if not old or not any(V.TASK_DUE_COL.search(h) and i not in old for i, h in enumerate(head)):
            continue
        out += [(row[col].start, row[col].end) for col in old for row in t.rows[1:]
                if col < len(row) and row[col].text.strip()]
    return out
