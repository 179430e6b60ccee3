"""The periods a schedule's column gives without their unit's word, the column's head naming the unit once.

Why: a plan lays its meetings out quarter by quarter under a head that names the unit ("Quý | Chủ đề | Địa điểm",
"Tháng/năm | Nội dung | Đơn vị chủ trì", "Thời gian (quý) | …") and writes each row's period bare: "IV/2033",
"I/2034", "9/2033", "10 - 11/2033". The date grammar reads a quarter or a month by its word ("quý IV/2033", "tháng
9/2033"); without it, "IV/2033" is no date and "9/2033" no day, so the schedule's rows came out undated, though each
row's period is its deadline as "Quý IV/2033" in the same column would be (the labels: a partial date is the
interval of its whole period; a row of a schedule with a due column is one deadline). Each such cell is read here as
the date grammar reads it with the head's word before it, so every form the grammar knows (a legacy OCR's "1V/2033",
a range "II - III/2034", a year-less "IV" in the document's year) is read the same way.

Only a head that names the unit (:data:`vanban.structure.vocab.PERIOD_UNIT_COL`), and only a cell of numerals (a cell
that writes its own word, "Quý IV/2033", "Trước ngày 15/10/2033", is the grammar's already); a month's cell only with
its year ("9/2033"): a bare "3" under "Thời gian (tháng)" is a duration of three months as often as a month.
"""

from __future__ import annotations

import datetime as dt
import re

from vanban.extract.dates import DateHit, find_dates
from vanban.extract.timetable_words import DAY_NOTE
from vanban.models import Table
from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["unit_cell_hits", "with_unit_cells"]

#: the kinds of the date grammar's hits that are a period of the head's unit
_PERIOD_KINDS = ("quarter", "month", "month_range")
#: the cell's edges that are no part of its words (Markdown's emphasis, the closing punctuation)
_EDGES = " \t\n*_.;:"


def unit_cell_hits(tables: tuple[Table, ...], view: str, ref: dt.date | None) -> list[DateHit]:
    """The date hits of the bare periods in the columns whose head names their unit (``view``: the folded text the
    tables' offsets point into; ``ref``: the document's date, for a year left out), in text order."""
    out: list[DateHit] = []
    for t in tables:
        if t.role != "data" or not t.header:
            continue
        for col, h in enumerate(t.header):
            m = V.PERIOD_UNIT_COL.fullmatch(fold(" ".join(h.split())).strip(" *_:."))
            if not m:
                continue
            for row in t.rows[1:]:
                if col < len(row) and not _dated_beside(row, col):
                    hit = _bare_hit(view, row[col].start, row[col].end, m.group("unit"), ref)
                    if hit is not None:
                        out.append(hit)
    return sorted(out, key=lambda h: h.start)


def with_unit_cells(dated: list[DateHit], tables: tuple[Table, ...], view: str, ref: dt.date | None) -> list[DateHit]:
    """``dated`` (the text's date hits, in order) with :func:`unit_cell_hits`'s, each in place of any hit inside its
    cell's words (the head says what the numerals are)."""
    found = unit_cell_hits(tables, view, ref)
    if not found:
        return dated
    kept = [d for d in dated if not any(d.start < h.end and h.start < d.end for h in found)]
    return sorted(kept + found, key=lambda h: h.start)


def _dated_beside(row, col: int) -> bool:
    """Another cell of ``row`` than ``col`` is a day's time alone ("Tháng | Ngày tiếp | Chủ trì" / "01/2027 |
    20/01/2027 | …", a calendar of sessions): the row's time is that day (:mod:`.session_rows`), its month only the
    group it falls in."""
    return any(k != col and _days_alone(c.text) for k, c in enumerate(row))


#: the longest cell read as a day's time alone ("Thứ Hai, 20/01/2027", "Từ 08 giờ 00 ngày 20/01/2027")
_DAY_CELL_CHARS = 40


def _days_alone(text: str) -> bool:
    """``text`` (a cell) is a day's time alone, or several parted by ";" ("Thứ Ba, ngày 10/8/2038; Thứ Tư, ngày
    25/8/2038", a reception calendar's two sessions a month, tune51's t51-02; each may carry a bracketed note, "Thứ Hai,
    ngày 12/7/2038 (ngày 10/7 là thứ Bảy)"): each part, its notes aside, no longer than one day's time."""
    parts = [DAY_NOTE.sub("", p).strip() for p in text.split(";")]
    return all(len(p) <= _DAY_CELL_CHARS and V.DAY_IN_CELL.search(p) for p in parts) if len(parts) > 1 \
        else len(text) <= _DAY_CELL_CHARS and bool(V.DAY_IN_CELL.search(text))


def _bare_hit(view: str, start: int, end: int, unit: str, ref: dt.date | None) -> DateHit | None:
    """The period of the cell ``view[start:end]`` read with ``unit`` ("quy", "thang") before its numerals, its
    offsets those of the numerals in ``view``; None when the cell holds more than a bare period or the grammar reads
    none there."""
    words = view[start:end]
    core = words.strip(_EDGES + "|")
    if not core:
        return None
    m = V.PERIOD_UNIT_CELL.fullmatch(core)
    if not m or m.start("n") or not re.search(r"[0-9ivx]", m.group("n")):
        return None  # no bare period; or one writing its unit's word, the grammar's already
    if unit == "thang" and not m.group("sep"):
        return None  # "3", "6" under "Thời gian (tháng)": as likely a count of months, a duration; a month is "9/2033"
    at = start + words.index(core)
    # "IV.2033": the dot the grammar does not read between a quarter and its year, a slash of the same length
    body = core[:m.start("sep")] + "/" + core[m.end("sep"):] if m.group("sep") == "." else core
    prefix = unit + " "
    for h in find_dates(prefix + body, ref):
        if h.kind in _PERIOD_KINDS and h.start <= len(prefix) and h.end == len(prefix) + len(body) and not h.recurrence:
            return DateHit(at, at + len(body), h.kind, h.date, h.earliest, h.latest, h.year_given, h.month, h.day)
    return None
