"""A schedule table laid out by month or quarter: the events its task cells date, and when each row's obligation falls due.

Why: a Kế hoạch năm học lays the school year out month by month ("Tháng | Nội dung | Người phụ trách": "Tháng 9/2027 |
Tổ chức Lễ khai giảng năm học ngày 05/9/2027; …; tổ chức Hội nghị viên chức xong trước ngày 30/9/2027. | Hiệu
trưởng"). The row's month is its deadline (the due column, :data:`vanban.structure.vocab.TASK_DUE_COL`) and the person
in charge its obligor; besides that:

* an event the task cell dates by its day ("Lễ khai giảng năm học ngày 05/9/2027") is a deadline of its own, though no
  due word stands before it: the row schedules the event on that day (the deadline grammar reads a bare day in prose
  as no due date, rightly: "Hội nghị … ngày 05/9/2027 đã thống nhất …");
* the row's obligation falls due on the first day its task cell names ("Kết thúc học kỳ I trước ngày 15/01/2028; sơ
  kết học kỳ I; …" in January's row: 15/01), else at the period's end — the month is the frame, the day the writer's
  own nearer time (t30-07's labels).

Only a table whose period column is named by its unit alone ("Tháng", "Quý": :data:`vocab.STACKED_PERIOD_COL`): a
Chương trình công tác's "Thời gian" column dates its rows by the cell alone (:mod:`.row_periods`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from vanban.extract.dates import DateHit
from vanban.extract.folded import clean_quote, kw
from vanban.extract.patterns import NGAY
from vanban.models import Deadline, Obligation, Span, Table
from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["schedule_rows"]

#: the event's day word right before the date (folded): "Lễ khai giảng năm học ngày 05/9/2027", "vào ngày …"
_DAY_WORD_BEFORE = re.compile(rf"(?<![a-z]){NGAY}\s*$")
#: a due word before the day word: the deadline grammar's own ("xong trước ngày 30/9/2027"), not an event's day
_DUE_BEFORE = re.compile(rf"(?:{kw('truoc')}|{kw('cham nhat')}|{kw('den')}|{kw('han')}|{kw('tu')})\s+{NGAY}\s*$")
#: where a task's clause opens inside its cell (folded): after a semicolon, a full stop or the cell's start
_CLAUSE_START = re.compile(r"[;.]\s*")
#: a cited document's number right before the day word (folded): "Tổng kết Nghị quyết số 09-NQ/HU, ngày 15/12/2035"
#: names the resolution by its date, no event of the row (a54-10's October row)
_CITED_BEFORE = re.compile(r"\d+[/-][a-z0-9/-]*[a-z][a-z0-9/-]*,?\s*$")


def schedule_rows(deadlines: list[Deadline], obligations: list[Obligation], tables: tuple[Table, ...], view: str,
                  original: str, dated: list[DateHit]) -> tuple[list[Deadline], list[Obligation]]:
    """``deadlines`` with the event days of the schedule tables' task cells, and ``obligations`` with each such row's
    due day (``view``: the folded text, ``original`` the text, ``dated``: the text's date hits, in order)."""
    added: list[Deadline] = []
    due_of: dict[tuple[int, int], Deadline] = {}  # a row's due cell (start, end) → the first day its task cell names
    dropped: dict[int, Deadline] = {}  # a whole year a task cell names (no due time: the row's month is) → that month
    for t in tables:
        if t.role != "data" or not t.header:
            continue
        head = [fold(h).strip(" *_:.") for h in t.header]
        period = next((i for i, h in enumerate(head) if V.STACKED_PERIOD_COL.match(h)), None)
        what = next((i for i, h in enumerate(head) if V.TASK_WHAT_COL.search(h)), None)
        if period is None or what is None:
            continue
        body = next((i for i, h in enumerate(head) if V.TASK_BODY_COL.search(h) and i not in (period, what)), None)
        for row in t.rows[1:]:
            if max(period, what) >= len(row):
                continue
            cell, due = row[what], row[period]
            who = clean_quote(row[body].text) if body is not None and body < len(row) and row[body].text.strip() else None
            have = [d for d in deadlines + added if d.span and cell.start <= d.span.start < cell.end]
            for h in dated:
                if not cell.start <= h.start < cell.end or h.kind != "exact" or not h.year_given or not h.date:
                    continue
                if any(d.span.start < h.end and h.start < d.span.end for d in have):
                    continue
                before = view[max(cell.start, h.start - 20):h.start]
                if not _DAY_WORD_BEFORE.search(before) or _DUE_BEFORE.search(before):
                    continue
                day_at = _DAY_WORD_BEFORE.search(view, max(cell.start, h.start - 20), h.start).start()
                if _CITED_BEFORE.search(view, max(cell.start, day_at - 30), day_at):
                    continue  # "Nghị quyết số 09-NQ/HU, ngày 15/12/2035": the cited document's date
                opening = max((m.end() for m in _CLAUSE_START.finditer(view, cell.start, h.start)), default=cell.start)
                day_word = _DAY_WORD_BEFORE.search(view, max(cell.start, h.start - 20), h.start)
                sentence = clean_quote(original[opening:h.end])
                d = Deadline(text=clean_quote(original[day_word.start():h.end]), date=h.date, earliest=h.date,
                             latest=h.date, what=clean_quote(original[opening:day_word.start()]) or None, who=who,
                             span=Span(day_word.start(), h.end, sentence))
                added.append(d)
                have.append(d)
            month = next((d for d in deadlines if d.span and due.start <= d.span.start < due.end), None)
            if month is not None:
                years = [d for d in have if _whole_year(d) and d not in added]
                for d in years:  # "giải pháp hoàn thành chỉ tiêu cả năm 2040" in September's row: the goals' year
                    dropped[id(d)] = month
                have = [d for d in have if id(d) not in dropped]
            firsts = sorted((d for d in have if not d.recurrence and (d.date or d.latest)), key=lambda d: d.span.start)
            if firsts:
                due_of[(due.start, due.end)] = firsts[0]
    if not added and not due_of and not dropped:
        return deadlines, obligations
    out = []
    for ob in obligations:
        dl = ob.deadline
        if dl is not None and id(dl) in dropped:
            ob = replace(ob, deadline=replace(dropped[id(dl)], who=ob.who))
            dl = ob.deadline
        first = next((d for (a, b), d in due_of.items() if dl and dl.span and a <= dl.span.start < b), None)
        out.append(replace(ob, deadline=replace(first, who=ob.who)) if first is not None else ob)
    kept = [d for d in deadlines if id(d) not in dropped]
    return sorted(kept + added, key=lambda d: d.span.start if d.span else -1), out


def _whole_year(d: Deadline) -> bool:
    """``d`` is a whole calendar year ("cả năm 2040"), no day nor month of it."""
    return bool(d.earliest and d.latest and not d.recurrence and d.earliest.endswith("-01-01")
                and d.latest.endswith("-12-31") and d.earliest[:4] == d.latest[:4])
