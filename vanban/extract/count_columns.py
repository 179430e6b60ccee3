"""A task table's column of the counts each task plans: "Nội dung | Đối tượng | Số lượng học viên | Thời gian | Đơn vị
chủ trì", each row's figure one target.

Why (tgt34b): a Sở Nội vụ's Kế hoạch đào tạo, bồi dưỡng lists its year's courses in a table, each with the number of
học viên it trains, its time and the body that runs it (a32-06: "Bồi dưỡng lãnh đạo, quản lý cấp phòng | Trưởng phòng,
phó trưởng phòng … | 320 | Tháng 3 - 4/2029 | Trường Chính trị tỉnh"). The figure stands alone in its cell, its noun in
the head: the prose grammar reads a number followed by its unit and finds none there. The count is what the plan sets
out to do, as the participants it plans ("Số lượng đại biểu dự Lễ: 350 người", a31-07, t31-07), the houses a plan
builds ("Số nhà xây mới", t32-04) and the quotas of a table by unit are: a target, min = max = the figure, counted in
the head's noun, the row's task its scope, the row's time its period. (The twin t32-06's author left the same column
out, saying a reader could add it; the other sets' planned counts decide.)

Only a task table reads so: a head of the tasks (:data:`vocab.TASK_WHAT_COL`) and one of the body in charge or the time
(:data:`vocab.TASK_BODY_COL`, :data:`vocab.TASK_DUE_COL`) beside the count's; a table of units' present counts ("Số
hộ", "Số xã") has neither. The count's head is "Số lượng <noun>" or "Số <noun> dự kiến" (:data:`_COUNT_HEAD`).
Tests: tests/test_targets_tgt34b.py.

(tgt39a) A schedule of a drive's rounds (:func:`vanban.structure.round_tables.round_header`: "Đợt | Ngày tổ chức | Chủ
đề | Địa điểm | Số đơn vị máu", a37-09) plans each round ahead, so a "Số <noun>" column there is what each round sets
out to gather, not a present count: each row's figure is a target in the head's noun (the labels, a37-09; t37-09's
"Chỉ tiêu (đơn vị máu)" column of the same table is a quota table's). Tests: tests/test_targets_tgt39a.py.

(tgt40) Not a column of the households each round reaches ("Đợt | Cụm | Tổ dân phố | Thời gian | Số hộ dự kiến": a
campaign's rounds over groups of tổ dân phố, each row's "1.310" the households living there): the count is the size of
the area the row covers, the same in every round, as the prose's "trên toàn bộ 14 tổ dân phố" is the plan's scope, not a
figure to reach (a38-02's labels). What a round gathers or treats (units of blood, people screened) stays its goal.
Tests: tests/test_targets_tgt40.py.
"""

from __future__ import annotations

import re

from vanban.extract.numbers import FIGURE_CELL_RE, parse_number
from vanban.extract.table_heads import head_column, head_key, head_keys, headed_tables
from vanban.models import Span, Table, Target
from vanban.structure import vocab as V
from vanban.structure.round_tables import round_header
from vanban.text import fold

__all__ = ["count_column_cells"]

def _counted(words: int) -> str:
    """The counted noun of a count head (up to ``words`` + 1 folded words) and its unit in parentheses, to the head's
    end: the one tail both count heads below share ("… hộ được hỗ trợ (hộ)")."""
    return rf"(?P<noun>[a-z]+(?:\s+[a-z]+){{0,{words}}})(?:\s*\((?P<unit>[a-z ]{{2,20}})\))?$"


#: the count's head (folded, whole): "Số lượng học viên", "Số lượng học viên (người)", "Số học viên dự kiến"; group
#: "noun" the things counted (one to three words), "unit" a unit in parentheses
_COUNT_HEAD = re.compile(rf"^so luong\s+{_counted(2)}"
                         r"|^so\s+(?P<noun2>[a-z]+(?:\s+[a-z]+){0,2})\s+du kien$")
#: (tgt39a) a round's count in a schedule of rounds: "Số đơn vị máu", "Số người hiến máu (người)" (folded, whole); a
#: plain "Số <noun>" too, its noun one word longer (the same tail, :func:`_counted`)
_ROUND_COUNT_HEAD = re.compile(rf"^so(?: luong)?\s+{_counted(3)}")
#: (tgt40) the households of a round's area, its reach: "Số hộ", "Số hộ dự kiến", "Số hộ gia đình (hộ)" (folded, whole)
_ROUND_HOUSEHOLDS_HEAD = re.compile(r"^so(?: luong)?\s+ho(?:\s+gia dinh)?(?:\s+(?:du kien|trong khu vuc|tren dia ban))?"
                                    r"(?:\s*\(ho\))?$")

#: (tgt51) … and the people a round expects to serve, headed as an estimate: "Đợt | Thời gian | Địa điểm | Thôn | Số công
#: dân dự kiến" (a Công an xã's schedule of mobile ID rounds, t50-05: "dự kiến" citizen counts, its author's notes: not
#: targets) — the size of each round's reach, as the households above; the "dự kiến" counts of people beside gift levels
#: (a37-01, t37-01, t45-03, a45-03, a49-02) and a round's "Số hộ dự kiến" (a38-02) are unlabelled too (folded, whole)
_ROUND_REACH_HEAD = re.compile(r"^so(?: luong)?\s+(?:nguoi|cong dan|doi tuong|hoc sinh|tre|tre em)"
                               r"(?:\s+[a-z]+){0,2}?\s*\(?du kien\)?$")


def _count_column(header: tuple[str, ...]) -> tuple[int, int] | None:
    """(count column, task column) of a task table's header with a count column, else None (see the module)."""
    head = head_keys(header)
    if round_header(header):  # a schedule of rounds: the round's own column names the task
        count = head_column(head, _ROUND_COUNT_HEAD.match, skip=(0,))
        return None if count is None or _ROUND_HOUSEHOLDS_HEAD.match(head[count]) or _ROUND_REACH_HEAD.match(head[count]) \
            else (count, 0)
    count = head_column(head, _COUNT_HEAD.match)
    what = head_column(head, V.TASK_WHAT_COL.match, skip=(count,))
    if count is None or what is None:
        return None
    if not any(i not in (count, what) and (V.TASK_BODY_COL.search(h) or V.TASK_DUE_COL.search(h))
               for i, h in enumerate(head)):
        return None
    return count, what


def count_column_cells(tables: tuple[Table, ...]) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the count columns of the task tables among ``tables`` (see the module)."""
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    for t in headed_tables(tables):
        cols = _count_column(t.header)
        if cols is None:
            continue
        count, what = cols
        m = _COUNT_HEAD.match(head_key(t.header[count])) or _ROUND_COUNT_HEAD.match(head_key(t.header[count]))
        unit = _printed(t.header[count], m, "unit") or _printed(t.header[count], m, "noun") or \
            (_printed(t.header[count], m, "noun2") if "noun2" in m.re.groupindex else None)
        due = next((i for i, h in enumerate(t.header) if V.TASK_DUE_COL.search(fold(h))), None)
        for row in t.rows[1:]:
            if count >= len(row):
                continue
            cell = row[count]
            fig = FIGURE_CELL_RE.match(fold(cell.text))
            n = parse_number(fig.group("n")) if fig else None
            if not n:
                continue  # no figure, or "0": nothing planned
            period = row[due].text or None if due is not None and due < len(row) else None
            out.append(Target(text=cell.text, min=n, max=n, unit=unit, scope=row[what].text if what < len(row) else None,
                              period=period, span=Span(cell.start, cell.end, cell.text)))
            read.append((cell.start, cell.end))
    return out, read


def _printed(head: str, m: re.Match[str], group: str) -> str | None:
    """The words of ``group`` of the folded head's match ``m`` as ``head`` prints them (lower-cased), else None."""
    if not m.group(group):
        return None
    flat = " ".join(head.split()).strip(" *.:")
    if len(fold(flat)) != len(flat):
        return m.group(group)
    return flat[m.start(group):m.end(group)].lower()
