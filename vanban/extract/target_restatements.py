"""Targets read twice, dropped after the figure passes: a task table's or task list's restatement, a results column.

Why: the figure grammar of :mod:`.targets` reads each figure where it stands; a plan prints a goal again in its task
table or appended task list (:func:`restated`, :func:`restated_in_tables`), an indicator table prints the year's
results beside its goals (:func:`stated_goal_results`), and a procedure list prints one time limit in its "Thời hạn
giải quyết" cell and in its step (:func:`once_per_row`). The labels count each goal once. :mod:`vanban.extract` runs
these over the whole document's targets after :func:`targets.find_targets`. Beside them, each with one kind of its
own: :mod:`.restated_goals` (a goal of the Chỉ tiêu part named again in a later task), :mod:`.restated_rows` (an
indicator table's row restating a prose goal), :mod:`.restated_limits` (a timetable's limit said again in the prose).
These four stay here, moved out of :mod:`.targets` (session 36, ref36b) unchanged: they are the post-filters that
were in that module, and merging one into the others' modules would mix their kinds.
Tests: tests/test_targets*.py (through :func:`vanban.extract.extract`).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from vanban.extract import patterns as P
from vanban.extract import target_words as W
from vanban.extract.folded import Folded
from vanban.extract.numbers import NUMBER
from vanban.extract.stacked_cells import cells, row_starts
from vanban.models import Target
from vanban.text import fold

__all__ = ["once_per_row", "restated", "restated_goal_cells", "restated_in_tables", "result_column_cells",
           "stated_goal_results"]


def restated(t: Target, earlier: list[Target]) -> bool:
    """Whether ``t`` (read in a task table) is a target of ``earlier`` said again: the same figures and unit, and
    the words before the figure alike (``fuzz.partial_ratio`` ≥ 80 on the folded 60 characters before it), so that
    "Tỷ lệ nhà máy … đạt tối thiểu 50%" of the body is not "tỷ lệ hoạt động trực tuyến chiếm tối thiểu 50%"; or the
    same words after it (``scope``: "100% chi bộ tổ chức sinh hoạt chuyên đề" led by "Phấn đấu" in the body and by
    "…, bảo đảm" in a task list); or (session 28) the task's words in the table's cell before the figure are those after
    it in the body, up to its "và" or the sentence's end ("Hình thành ít nhất 02 mô hình xã, phường thông minh và 05 doanh
    nghiệp …" of the body and "Xây dựng mô hình xã, phường thông minh (ít nhất 02 mô hình)" in the Phụ lục's task table,
    t27-01: ``fuzz.partial_ratio`` ≥ 90 on a tail of 12 characters or more)."""
    def lead(x: Target) -> str:
        s = x.span.sentence
        i = s.find(x.text)
        return fold(s[max(0, i - 60):i] if i >= 0 else s[:60])

    def tail(x: Target) -> str:
        s = x.span.sentence if x.span else ""
        i = s.find(x.text)
        return "" if i < 0 else re.split(r"\s(?:va|hoac)\s|[;.:()]", fold(s[i + len(x.text):i + len(x.text) + 80]))[0].strip(" ,")
    return any((e.min, e.max, e.unit) == (t.min, t.max, t.unit)
               and (fuzz.partial_ratio(lead(e), lead(t)) >= 80 or (t.scope and fold(e.scope or "") == fold(t.scope))
                    or (len(tail(e)) >= 12 and fuzz.partial_ratio(tail(e), lead(t)) >= 90))
               for e in earlier)


def stated_goal_results(targets: list[Target], text: str) -> list[Target]:
    """``targets`` without the cells of a results column in an indicator table printed a cell a line whose indicator
    column states each goal with its figure (:data:`target_words.STATED_GOAL_COL_RE`, ``STATED_RESULT_COL_RE``): the
    header's goal column and results column on nearby lines, then each row "1" / "Tổng giá trị sản xuất tăng từ 8,5%
    trở lên" / "8,1%" — the bare figure's line is the year's result, no goal (to the next heading of the prose).

    Kind (tg25): a Nghị quyết HĐND xã's "Các chỉ tiêu chủ yếu năm 2027" table "TT | Chỉ tiêu kế hoạch năm 2027 | Ước
    thực hiện năm 2026" (a24-09, 13 of its rows' results read as goals); clean text and legacy OCR both print it a
    cell a line. A table with its own figures column ("Chỉ tiêu | ĐVT | Kế hoạch năm 2027 | Ước TH 2026") is not this
    one: its header has no goal column with a year, and its rows are read by :mod:`vanban.extract.indicator_cells`."""
    lines = []  # (start, end, folded line) of the non-blank lines
    pos = 0
    for raw in text.split("\n"):
        t = raw.strip(" *|\t")
        if t:
            lines.append((pos, pos + len(raw), t))
        pos += len(raw) + 1
    cuts: list[tuple[int, int]] = []  # the results cells' lines
    for i, (a, _, t) in enumerate(lines):
        if not W.STATED_RESULT_COL_RE.match(fold(t)):
            continue
        if not any(W.STATED_GOAL_COL_RE.match(fold(x[2])) for x in lines[max(0, i - 3):i]):
            continue
        for b0, b1, u in lines[i + 1:]:
            if W.STATED_TABLE_END_RE.match(u) or b0 - a > 8000:
                break
            words = [w for w in re.sub(rf"{NUMBER}\s*%?", " ", u).split() if re.search(r"\w", w)]
            if re.search(r"\d", u) and len(words) <= W.RESULT_CELL_WORDS and not P.TARGET_CUE_RE.search(fold(u)) \
                    and not re.fullmatch(r"[IVXL\d.]+", u):
                cuts.append((b0, b1))
    if not cuts:
        return targets
    return [t for t in targets if not (t.span and any(a <= t.span.start < b for a, b in cuts))]


def result_column_cells(targets: list[Target], tables) -> list[Target]:
    """``targets`` without the cells of a table's column of the state reached ("Hiện trạng năm 2039", "Thực hiện năm
    2026": :data:`target_words.STATED_RESULT_COL_RE`) when another column of its header sets the goals of a year
    (:data:`target_words.GOAL_YEAR_COL_RE`, "Chỉ tiêu phấn đấu năm 2040"): the row's figure reached, its goal beside it.

    Kind (qc55): a xã's nông thôn mới nâng cao plan with its criteria not yet met, "TT | Tiêu chí, chỉ tiêu chưa đạt |
    Hiện trạng năm 2039 | Chỉ tiêu phấn đấu năm 2040 | Bộ phận chủ trì | Thời gian hoàn thành" (t54-02: its five
    "Hiện trạng" figures read as goals; the labels count the goal cells alone, as t31-10's "Hiện trạng đầu năm 2028"
    beside "Chỉ tiêu năm 2028"), a ruled or cell-a-line table the structure reads with its header (clean, legacy)."""
    cuts = []
    for tb in tables:
        head = [fold(h).strip(" *") for h in tb.header]
        goals = [i for i, h in enumerate(head) if W.GOAL_YEAR_COL_RE.match(h)]
        cols = [i for i, h in enumerate(head) if W.STATED_RESULT_COL_RE.match(h)]
        # (a column of its own names the row, "Tiêu chí, chỉ tiêu chưa đạt": not a table whose goal column is the
        # indicator itself, "STT | Chỉ tiêu kế hoạch năm 2027 | Ước thực hiện năm 2026", read by stated_goal_results)
        named = [i for i, h in enumerate(head) if i not in goals + cols and h and not re.fullmatch(r"s?tt", h)]
        if not goals or not named:
            continue
        for row in tb.rows[1:] if cols else ():
            cuts += [(row[i].start, row[i].end) for i in cols if i < len(row)]
    if not cuts:
        return targets
    return [t for t in targets if not (t.span and any(a <= t.span.start < b for a, b in cuts))]


def restated_in_tables(targets: list[Target], tables) -> list[Target]:
    """``targets`` without those a data table's cell says again after the prose set them (:func:`restated`, or the
    same counted unit with the prose's bound figure said exactly: "5. Xử lý dứt điểm ít nhất 12 điểm đen …" under
    "III. CHỈ TIÊU", then the task table's row "Xử lý dứt điểm 12 điểm đen, điểm tiềm ẩn nguy cơ …"; "lắp đặt mới
    không dưới 120 camera giám sát giao thông" and the row "Lắp đặt mới 120 camera giám sát giao thông …").

    Kind (tg25, a UBND tỉnh's Kế hoạch on road safety, a24-08): a plan's task table in its body restating the goals
    of its Chỉ tiêu part, as the task lists after the signature do (:func:`.target_appendices.task_list_appendices`); the labels count a
    goal once. A percentage stays: "100%" recurs for other things ("Triển khai ký số … cho 100% cán bộ, công chức
    xã" in a16-07's table is its own goal, though led alike). (session 30) A goal set per period ("mỗi năm xây dựng thêm
    ít nhất 300 bể chứa …", period "mỗi năm") is no goal a row of one year ("Lắp đặt 300 bể chứa …" in a Phụ lục of
    the tasks of 2027) says again: the row sets that year's quantity, the prose a floor for every year (t29-05's
    labels count both)."""
    spans = sorted((t.start, t.end) for t in tables if t.role == "data")
    if not spans:
        return targets

    def in_table(t: Target) -> bool:
        return bool(t.span) and any(a <= t.span.start < b for a, b in spans)

    prose = [t for t in targets if t.span and not in_table(t)]
    out = []
    for t in targets:
        if in_table(t):
            before = [e for e in prose if e.span.start < t.span.start]
            same = t.unit and t.unit != "%" and t.min is not None and t.min == t.max and any(
                fold(e.unit or "") == fold(t.unit) and t.min in (e.min, e.max) and not _each_period(e, t) for e in before)
            if same:
                continue
        out.append(t)
    return out


#: the bound and verb words of a goal's cell that say nothing of what it is about ("Đạt từ 95 …", "Duy trì; tỷ lệ …")
_CELL_BOUND_WORDS = frozenset({"dat", "tu", "tren", "duoi", "it", "nhat", "toi", "thieu", "da", "khong", "qua", "duy",
                               "tri", "tro", "len", "muc", "ty", "le", "trieu", "dong", "nguoi", "nam", "ha", "km"})
#: share of the cell clause's words (distinct, folded, bound words left out) that the prose goal's sentence must hold
_CELL_SHARE = 0.75


def restated_goal_cells(targets: list[Target], tables, text: str, appendices: list[tuple[int, int]] = ()) -> list[Target]:
    """``targets`` without a criteria table's cell that says again a goal the prose set before the table.

    Kind (tgt48t): a xã's plan states its goals in prose ("2. Mục tiêu năm 2036 / - Thu nhập bình quân đầu người đạt từ
    95 triệu đồng/người/năm trở lên. / - Tỷ lệ hộ nghèo đa chiều giảm xuống dưới 1,5%.") and then a table of its
    criteria, one row each, "TT | Tiêu chí | Hiện trạng | Chỉ tiêu cần đạt | Thời gian hoàn thành | Cơ quan phụ trách",
    whose goal cell prints some of those goals again ("| 6 | Thu nhập | Chưa đạt | Đạt từ 95 triệu đồng/người/năm |",
    "| 7 | Nghèo đa chiều | Chưa đạt | Dưới 1,5% |"). The labels count the goal once (t47-03: "the table cells repeating
    II.2 … are not labelled twice"), as a task table's restated goals are (:func:`restated_in_tables`) and an indicator
    table's (:mod:`.restated_rows`; t31-10 alone labels such cells again, "a reader could merge them"). The prose grammar
    reads a pipe table's cells; a cell goal restates a prose goal set before the table when both have the same bounds
    and unit and either the row's criterion (its first text cell: "Thu nhập", "Nghèo đa chiều", "Y tế") has all its
    words in the goal's sentence, or the cell's clause (between ";" of its cell) has :data:`_CELL_SHARE` of its words
    there ("100% hộ phân loại rác tại nguồn" against "100% hộ gia đình phân loại chất thải rắn sinh hoạt tại nguồn").
    "100% đường trục thôn có đèn chiếu sáng" in the Giao thông row shares neither with "100% hộ gia đình …": its own
    goal. Tables of a Phụ lục after the signature (``appendices``) are left whole (a26-04 labels them row by row).
    Tests: tests/test_targets_tgt48t.py."""
    spans = sorted((t.start, t.end) for t in tables if t.role == "data"
                   and not any(a <= t.start < b for a, b in appendices))
    if not spans:
        return targets

    def table_of(t: Target):
        return next(((a, b) for a, b in spans if t.span and a <= t.span.start < b), None)

    prose = [t for t in targets if t.span and table_of(t) is None]
    out = []
    for t in targets:
        tb = table_of(t)
        if tb is None or not _restates_prose(t, tb[0], prose, text):
            out.append(t)
    return out


def _restates_prose(t: Target, table_start: int, prose: list[Target], text: str) -> bool:
    """Whether the cell target ``t`` (in a pipe row of a table starting at ``table_start``) restates a goal of ``prose``
    set before the table (see :func:`restated_goal_cells`)."""
    pos = t.span.start
    row0, row1 = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    row = text[row0:row1 if row1 >= 0 else len(text)]
    if "|" not in row:
        return False
    cells = [c.strip() for c in row.strip().strip("|").split("|")]
    crit = next((c for c in cells if c and not re.fullmatch(r"[\d\W_]+", c)), "")
    at = pos - row0
    c0 = max(row.rfind("|", 0, at), row.rfind(";", 0, at)) + 1
    c1 = min([i for i in (row.find("|", at), row.find(";", at)) if i >= 0] or [len(row)])
    clause = _words(row[c0:c1]) - _CELL_BOUND_WORDS
    crit_words = _words(crit)
    for e in prose:
        if e.span.start >= table_start or (e.min, e.max) != (t.min, t.max) or fold(e.unit or "") != fold(t.unit or ""):
            continue
        sent = _words(e.span.sentence or "")
        if crit_words and crit_words <= sent and crit != row[c0:c1].strip():
            return True
        if len(clause) >= 3 and len(clause & sent) >= _CELL_SHARE * len(clause):
            return True
    return False


def _words(s: str) -> set[str]:
    """The distinct folded words of ``s``, numbers left out."""
    return {w for w in re.findall(r"[a-z]+", fold(s).lower())}


def _each_period(prose: Target, cell: Target) -> bool:
    """``prose`` is set for every period ("mỗi năm", "hằng năm") and ``cell`` for one ("năm 2027")."""
    return bool(prose.period and _EACH_PERIOD.match(fold(prose.period)) and cell.period
                and not _EACH_PERIOD.match(fold(cell.period)))


_EACH_PERIOD = re.compile(r"(?:moi|hang)\s")


def once_per_row(targets: list[Target], raw: str, spans: list[tuple[int, int]]) -> list[Target]:
    """``targets`` without a procedure's time limit said again in the same table row: in a list of administrative
    procedures the "Thời hạn giải quyết" cell ("10 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ.") and the step of
    the row's "Trình tự thực hiện" ("Trong thời hạn 10 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ có kết quả
    giải quyết", 2848/QĐ-UBND) are one target. ``raw``: the text before mending (rows two blank lines apart; an
    appendix with fewer than :data:`target_words.ROW_BREAKS_MIN` such breaks is left alone);
    ``spans``: the procedure appendices; only time units (:data:`target_words.ROW_ONCE_UNITS`) are merged."""
    # an OCR form (legacy text, a scan) lost the blank lines that part the rows: its rows start at their numbers
    view = Folded.of(raw).view if spans else raw
    starts = {(a, b): row_starts(view, a, b) for a, b in spans}
    spans = [(a, b) for a, b in spans if len(starts[(a, b)]) >= W.ROW_BREAKS_MIN]
    # a cell that starts with its limit (after a page break the prose sentence runs on from the row's name)
    cell_starts = {c[0] for a, b in spans for c in cells(view, a, b) if c[2][:1].isdigit()}
    out: list[Target] = []
    for t in targets:
        inside = t.span and any(a <= t.span.start < b for a, b in spans)
        own_cell = _skip_space(view, t.span.start) in cell_starts if inside else False  # a step's own "0,25 ngày" cell
        if inside and not own_cell and fold(t.unit or "") in W.ROW_ONCE_UNITS and any(
                e.span and (e.min, e.max, e.unit) == (t.min, t.max, t.unit) and e.span.end <= t.span.start
                and (W.LIMIT_CELL_RE.match(e.span.sentence or "") or _skip_space(view, e.span.start) in cell_starts)  # the first is the "Thời hạn giải quyết" cell itself
                and any(a <= e.span.start < b for a, b in spans)
                and not any(e.span.end <= r < t.span.start for ab in spans for r in starts[ab]) for e in out):
            continue
        out.append(t)
    return out


def _skip_space(v: str, i: int) -> int:
    """The first offset from ``i`` that is no space (a target's span may start at the page break before it)."""
    return i + len(v[i:i + 8]) - len(v[i:i + 8].lstrip())
