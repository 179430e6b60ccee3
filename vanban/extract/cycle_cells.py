"""A report calendar's cycle column: the row's due days repeat with the period its "Kỳ báo cáo" cell names.

Why: a Sở's letter on the chế độ báo cáo lists its reports in a table "STT | Loại báo cáo | Kỳ báo cáo | Đơn vị báo
cáo | Thời hạn gửi …". The due cell writes the day of each report without its cycle ("Chậm nhất ngày 31/01 năm sau",
"Ngày 15/7 và ngày 15/01 năm sau"); the cycle stands in the cell beside it ("Năm", "6 tháng, năm"). Read alone, the
due cell gave a one-off date (31/01/2027) or the first of its two dates (15/7/2027, a year ahead, past the 15/01 that
falls first). Here the cycle cell gives the due cell's days their recurrence:

* a yearly cycle ("Năm", "Hằng năm", "Báo cáo năm"): each day and month of the cell repeats yearly;
* a half-yearly one ("6 tháng", "6 tháng, năm", "Sáu tháng"): two days of months six months apart, the same day
  ("15/7 và 15/01 năm sau") are one six-monthly deadline, the cell's words whole, first due on the one of the two
  that comes first from the document's date (the labels: a16-10 "trước ngày 10 tháng 6 và trước ngày 10 tháng 12
  hằng năm" is one 6-monthly deadline);
* a monthly one ("Hằng tháng", "Tháng"): a day alone repeats monthly.

A cell whose date has its year (a one-off report, "31/01/2027") or already repeats ("Trước ngày 10 của tháng đầu
quý sau") is left as read; so is a cycle the cell does not fit (a quarterly cycle with a day and month).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from vanban.extract import recurrence as R
from vanban.models import Deadline, Obligation, Span, Table
from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["cycle_cells"]

#: the whole cycle cell (folded) → its period; "6 tháng, năm" (a half-year report, the second of which is the year's)
#: is half-yearly
_CYCLE_CELL = (
    ("half", re.compile(r"^(?:(?:dinh ky|bao cao|hang)\s+)?(?:0?6|sau)\s+thang(?:\s*(?:,|va|;)\s*(?:ca\s+)?nam)?$"
                        r"|^nua nam$")),
    ("year", re.compile(r"^(?:(?:dinh ky|bao cao)\s+)?(?:hang\s+|moi\s+)?nam$")),
    ("month", re.compile(r"^(?:(?:dinh ky|bao cao)\s+)?(?:hang\s+|moi\s+)?thang$")),
)
#: a day and month without a year ("15/7", "ngày 15 tháng 01"); "năm sau" after it is allowed, a year is not
_DAY_MONTH = re.compile(r"(?<![\d/])(\d{1,2})\s*(?:/|-|\s+thang\s+)(\d{1,2})(?![\d/])(?!\s*(?:/|-|nam)\s*\d)")
_DAY_ALONE = re.compile(r"(?<![\d/])(?:ngay\s+)(\d{1,2})(?![\d/])(?!\s*(?:/|-|thang)\s*\d)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
#: a day, month and year ("15/01/2028")
_FULL_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:19|20)\d{2}(?!\d)")


def cycle_cells(deadlines: list[Deadline], obligations: list[Obligation], tables: tuple[Table, ...],
                ref: dt.date | None) -> tuple[list[Deadline], list[Obligation]]:
    """(deadlines, obligations) with the due cells of report calendars given the recurrence of their row's cycle
    cell (see the module); unchanged without such a table or a reference date."""
    if ref is None:
        return deadlines, obligations
    cells: list[tuple[int, int, Deadline]] = []
    for t in tables:
        cols = _columns(t)
        if cols is None:
            continue
        cyc, due = cols
        for row in t.rows[1:]:
            if max(cyc, due) >= len(row):
                continue
            kind = next((k for k, rx in _CYCLE_CELL if rx.match(_cycle_words(row[cyc].text))), None)
            cell = row[due]
            made = _repeating(kind, " ".join(cell.text.split()), ref) if kind else None
            if made is not None:
                cells.append((cell.start, cell.end, dataclasses.replace(made, span=Span(cell.start, cell.end, made.text))))
    if not cells:
        return deadlines, obligations

    def inside(d: Deadline | None) -> Deadline | None:
        if d is None or d.span is None or d.recurrence:
            return None
        return next((m for s, e, m in cells if s <= d.span.start and d.span.end <= e), None)

    out, used = [], set()
    for d in deadlines:
        m = inside(d)
        if m is None:
            out.append(d)
        elif id(m) not in used:  # the cell's other dates are occurrences of the same deadline
            used.add(id(m))
            out.append(dataclasses.replace(m, what=d.what, who=d.who))
    obs = [dataclasses.replace(ob, deadline=dataclasses.replace(m, what=ob.deadline.what, who=ob.deadline.who))
           if (m := inside(ob.deadline)) is not None else ob for ob in obligations]
    return out, obs


def _words(text: str) -> str:
    return " ".join(fold(text).strip(" .;*").split())


def _cycle_words(text: str) -> str:
    """The cycle a cycle cell names: the cell, or its first clause when it goes on with the data's period ("Định kỳ 6
    tháng; chốt số liệu ngày 14/6 và ngày 14/12" under "Kỳ báo cáo, ngày chốt số liệu", t31-06)."""
    return _words(text.split(";")[0])


def _columns(t: Table) -> tuple[int, int] | None:
    """(cycle column, due column) of a data table that has both."""
    if t.role != "data" or not t.header:
        return None
    head = [_words(h) for h in t.header]
    due = next((i for i, h in enumerate(head) if V.TASK_DUE_COL.search(h)), None)
    cyc = next((i for i, h in enumerate(head) if V.CYCLE_COL.match(h.split(",")[0].strip()) and i != due), None)
    return None if due is None or cyc is None else (cyc, due)


def _repeating(kind: str, text: str, ref: dt.date) -> Deadline | None:
    """The recurring deadline the due cell ``text`` writes under a ``kind`` cycle, first due on or after ``ref``."""
    v = fold(text)
    pairs = [(int(d), int(m)) for d, m in _DAY_MONTH.findall(v) if 1 <= int(m) <= 12 and 1 <= int(d) <= 31]
    if _YEAR.search(v) and not (kind == "year" and len(pairs) == 1 and _first_named(v, pairs[0])):
        return None
    if kind == "half" and len(pairs) == 2 and pairs[0][0] == pairs[1][0] and abs(pairs[0][1] - pairs[1][1]) == 6:
        first = min(x for x in (_next_day(ref, m, d) for d, m in pairs) if x)
        rule = R.half_yearly(first.day)
    elif kind == "year" and len(pairs) == 1:
        d, m = pairs[0]
        first, rule = _next_day(ref, m, d), R.yearly(m, d)
    elif kind == "month" and not pairs and (day := _DAY_ALONE.search(v)) and 1 <= int(day.group(1)) <= 31:
        rule = R.monthly(int(day.group(1)))
        first = R.first_on_or_after(rule, ref, ref)
    else:
        return None
    if first is None:
        return None
    iso = first.isoformat()
    return Deadline(text=text.strip(" .;"), date=iso, earliest=iso, latest=iso, recurrence=rule)


def _first_named(v: str, pair: tuple[int, int]) -> bool:
    """Every dated day of the cell ``v`` (folded) is the day and month ``pair`` of its yearly one: the first occurrence
    written out ("Trước ngày 15/01 năm sau (kỳ báo cáo năm 2027 gửi trước ngày 15/01/2028)"), no one-off report."""
    full = [(int(d), int(m)) for d, m in _FULL_DATE.findall(v)]
    return bool(full) and all(x == pair for x in full)


def _next_day(ref: dt.date, month: int, day: int) -> dt.date | None:
    """The first day ``day``/``month`` on or after ``ref`` (None for a day the month lacks every year)."""
    for year in (ref.year, ref.year + 1, ref.year + 2):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if d >= ref:
            return d
    return None
