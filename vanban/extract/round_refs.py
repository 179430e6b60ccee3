"""A task done "trong đợt 1" takes the window of that round, listed elsewhere in the plan, as its time.

Why: a campaign plan lists its rounds once ("1. Các đợt chiến dịch ⏎ - Đợt 1: từ ngày 12/8 đến ngày 18/8/2029. ⏎ -
Đợt 2: …") and hands the tasks out by body further down: "2. Phòng Văn hóa - Xã hội ⏎ Chủ trì tuyên truyền …; phát
tờ rơi … đến các hộ gia đình trong đợt 1." The round's window is the campaign's running period and no deadline of
its own (realdocs/labeled/README.md), but the task pointing to it must be done within it: the labels date such a
task by the round's window (earliest = its first day, latest = its last), and its body's obligation by the round's
last day, as a pointer to a section's time is read (:mod:`vanban.extract.section_refs`).

Not read: a goal's clause in the goals' part, a figure before the pointer ("100% bếp ăn tập thể … được kiểm tra trong Đợt
1" under "II. CHỈ TIÊU": the round the share is reached in, a target's period), a stress on a standing duty ("…, nhất là trong Đợt 1", "tăng cường trong các đợt cao điểm": the duty runs
all year, the round is its busiest time; a24-08's labels leave it undated), "mỗi đợt" / "các đợt" (no one round), a
clause with a date of its own, a round the plan lists without a window, and the round's own line.
"""

from __future__ import annotations

import datetime as dt
import re

from vanban.extract import patterns as P
from vanban.extract.dates import DateHit
from vanban.extract.folded import Folded
from vanban.models import Deadline, Span
from vanban.text import ROMAN_NUMERALS

__all__ = ["ROUND_POINTER", "ROUND_LINE", "round_windows", "with_round_windows"]

#: a task's time given as one numbered round (folded): "trong đợt 1", "trong Đợt II"
ROUND_POINTER = re.compile(r"\btrong\s+" + P.ROUND_WORD + r"\s+(?P<n>\d{1,2}|[ivx]{1,4})(?![\w/])")
#: a line that opens with a round's number (folded): "- Đợt 1: từ ngày …", "1. Đợt 1 - Cao điểm …: từ ngày …"
ROUND_LINE = re.compile(r"(?m)^[\s\-+*•·\d.)]*" + P.ROUND_WORD + r"\s+(?P<n>\d{1,2}|[ivx]{1,4})\s*[:\-–(]")
# a stress on a standing duty just before the pointer: the round is its busiest time, not its due time
_STRESS = re.compile(r"(?:nhat\s+la|dac\s+biet(?:\s+la)?|tang\s+cuong|ke\s+ca|chu\s+trong|uu\s+tien)[\s,]*$")
# the start of the task's clause, searched backwards (not a figure's thousands point: "phát 8.000 tờ rơi")
_CLAUSE_BREAK = re.compile(r"[;:\n]|\.(?!\d)")
_ROMAN = {r.lower(): i for i, r in enumerate(ROMAN_NUMERALS[:10], 1)}  # a round's number, folded


def _number(n: str) -> int | None:
    return int(n) if n.isdigit() else _ROMAN.get(n)


def _first_day(h: DateHit, year: int | None) -> str | None:
    """``h``'s first ISO day, in ``year`` when ``h`` was written without one ("từ ngày 12/8 đến ngày 18/8/2029")."""
    day = h.date or h.earliest
    if day and year and not h.year_given:
        try:
            return dt.date(year, int(day[5:7]), int(day[8:10])).isoformat()
        except ValueError:
            return None
    return day


def round_windows(view: str, dated: list[DateHit]) -> dict[int, tuple[str, str]]:
    """The rounds the plan lists with a window ("Đợt 1: từ ngày 12/8 đến ngày 18/8/2029"): number → (first, last day).
    A round listed twice with different windows (two campaigns' rounds in one plan) is left out."""
    out: dict[int, tuple[str, str]] = {}
    seen: set[int] = set()
    for m in ROUND_LINE.finditer(view):
        n = _number(m.group("n"))
        if n is None:
            continue
        para = view.find("\n\n", m.end())
        end = min(para if para >= 0 else len(view), m.end() + 300)
        nxt = ROUND_LINE.search(view, m.end())
        if nxt and nxt.start() < end:
            end = nxt.start()
        hits = [h for h in dated if m.start() <= h.start < end and (h.date or (h.earliest and h.latest))]
        if len(hits) < 2:
            continue
        last = hits[-1].date or hits[-1].latest
        first = _first_day(hits[0], int(last[:4]))
        if not first or not last or first >= last:
            continue
        if n in seen and out.get(n) != (first, last):
            out.pop(n, None)
            continue
        seen.add(n)
        out[n] = (first, last)
    return out


def with_round_windows(deadlines: list[Deadline], f: Folded, dated: list[DateHit], lo: int, hi: int,
                       ref: dt.date | None = None, aims: tuple[tuple[int, int], ...] = ()) -> list[Deadline]:
    """``deadlines`` and, for each task in ``[lo, hi)`` done "trong đợt N" of a round the plan lists with a window
    (:func:`round_windows`), that window as the task's time (see the module docstring). Not a target's round in the
    goals' parts ``aims`` ("3. 100% bếp ăn tập thể … được kiểm tra trong Đợt 1." under "II. CHỈ TIÊU", a54-01's labels:
    the round the figure is reached in, no task due in it), as a target's quarter there is none."""
    view = f.view
    rounds = round_windows(view, dated)
    if not rounds:
        return deadlines
    lines = [(m.start(), view.find("\n", m.end())) for m in ROUND_LINE.finditer(view)]
    out = list(deadlines)
    for m in ROUND_POINTER.finditer(view, lo, hi):
        n = _number(m.group("n"))
        if n not in rounds or _STRESS.search(view[max(lo, m.start() - 30):m.start()]):
            continue
        if any(a <= m.start() < (b if b >= 0 else len(view)) for a, b in lines):
            continue
        at = m.start() + len(re.match(r"trong\s+", view[m.start():]).group())  # the round's word
        if any(a <= m.start() < b for a, b in aims) and P.FIGURE_WITHIN_RE.search(view, max(lo, m.start() - 180), at):
            continue  # "100% bếp ăn … được kiểm tra trong Đợt 1": a target's round
        breaks = [c.end() for c in _CLAUSE_BREAK.finditer(view, max(lo, m.start() - 300), m.start())]
        s0 = breaks[-1] if breaks else max(lo, m.start() - 300)
        while s0 < m.start() and view[s0].isspace():
            s0 += 1
        if any(s0 <= h.start < m.end() for h in dated) or any(d.span and s0 <= d.span.start < m.end() for d in out):
            continue  # the clause's own date rules
        first, last = rounds[n]
        past = bool(ref and last < ref.isoformat())
        text = f.original[s0:m.end()]
        what = f.original[s0:m.start()].strip(" ,")
        at = next((i for i, d in enumerate(out) if d.span and d.span.start > s0), len(out))
        out.insert(at, Deadline(text=text, date=None, earliest=first, latest=last, what=what or None,
                                span=Span(s0, m.end(), text), past=past))
    return out
