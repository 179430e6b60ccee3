"""A schedule printed as lines that open with their day: "- Thứ Bảy, ngày 13/4/2030: tại Nhà văn hóa ấp Bình Minh".

Why: a plan often sets out where a team works on which day as a list under its lead ("Công an xã thành lập 02 tổ công
tác lưu động, làm việc theo lịch sau:" / "- Thứ Bảy, ngày 13/4/2030: tại Nhà văn hóa ấp …;" / "- Chủ nhật, ngày
21/4/2030: tại Hội trường ấp …;"). Each line fixes a day on which the lead's body must hold the session at that place: a
dated event the plan schedules (the labels: each such day a deadline, as a timetable's rows are), though no due word
stands before the day, so the deadline grammar (rightly, for a bare day in prose) read none.

Only a run of at least two such lines under a lead that ends in a colon, each line opening with its day (a weekday
may stand before it) and a colon right after the day: a day in the middle of a sentence, or a single dated line, is
prose for the grammar to read. A day a deadline already holds is left to it.

The same list may name each line's part before its day: "Năm 2034 tổ chức 04 đợt lấy máu …:" / "- Đợt 1: ngày
18/3/2034 (thứ Bảy), tại Hội trường …" / "- Đợt 2: ngày 14/6/2034, tại …" — a campaign's rounds, each held on its one
day (a43-07's labels: each round's day a deadline, as a schedule table's "Đợt | Ngày" rows are, t43-07's; a round's
"từ … đến …" window is left to the deadline grammar, which reads a campaign's running periods). The part's label is
a noun and its ordinal before a colon (:data:`_PART_LEAD`), the day a single one, no span after it.

Division of work with :mod:`.schedule_items`, which reads a listed item whose day closes it ("…; ngày 22/7/2029.",
"Lễ …: 20 giờ ngày 26/7/2029"): here the day opens the line. Both know a list's bullets by
:data:`patterns.LIST_BULLETS`.
"""

from __future__ import annotations

import re

from vanban.extract import patterns as P
from vanban.extract import subjects as S
from vanban.extract.dates import DateHit
from vanban.extract.folded import clean_quote
from vanban.extract.time_lines import dated_lines
from vanban.models import Deadline, Span

__all__ = ["with_schedule_lines"]

#: the line's lead before its day: a bullet, a weekday and its comma, the day word ("- thu bay, ngay ", folded)
_LEAD = re.compile(rf"[ \t]*(?:[{P.LIST_BULLETS}*][ \t]*)?(?:{P.WEEKDAY_WORDS}[ \t]*,?[ \t]*)?ngay[ \t]+")
#: a line that opens an item of its own (a bullet, a number, a letter), no wrapped rest of the line before it
_ITEM = re.compile(rf"[ \t]*(?:[{P.LIST_BULLETS}*]|\d{{1,2}}[.)]|[a-zđ]\))")
#: right after the day: the colon that opens what is held on it
_COLON = re.compile(r"[ \t]*:")
#: the other lead: the part's label, its colon, then the day ("- dot 1: ngay ", "- lan thu 2: thu bay, ngay ", folded)
_PART_LEAD = re.compile(rf"[ \t]*(?:[{P.LIST_BULLETS}*][ \t]*)?(?:[a-zđ]+[ \t]+){{1,3}}(?:\d{{1,2}}|[ivx]{{1,4}})[ \t]*:[ \t]*"
                        rf"(?:{P.WEEKDAY_WORDS}[ \t]*,?[ \t]*)?ngay[ \t]+")
#: … and after its day no second day that would make it a window ("- Đợt 1: ngày 05/8 - 25/8/2034", "… đến ngày …")
_NO_SPAN = re.compile(r"(?![ \t]*(?:[-–]|(?:đ|d)[e¢]n(?![a-z])|t[o0]i(?![a-z])))")


def with_schedule_lines(deadlines: list[Deadline], view: str, original: str, dated: list[DateHit]) -> list[Deadline]:
    """``deadlines`` with a dated deadline for each line of a day-by-day schedule in ``view`` (the folded text;
    ``original`` the text, same offsets; ``dated`` the text's date hits)."""
    added = []
    for layout in ((_LEAD, _COLON), (_PART_LEAD, _NO_SPAN)):
        # each line that opens with its day and a colon, then each that opens with its part's label and its day
        added += _layout_lines(deadlines, view, original, dated, *layout)
    if not added:
        return deadlines
    return sorted(deadlines + added, key=lambda d: d.span.start if d.span else -1)


def _layout_lines(deadlines: list[Deadline], view: str, original: str, dated: list[DateHit], lead_re: re.Pattern[str],
                  tail_re: re.Pattern[str]) -> list[Deadline]:
    """The dated deadlines of the runs of lines of one layout (``lead_re`` before the day, ``tail_re`` after it)."""
    lines = list(dated_lines(view, dated, lead_re, tail_re))
    added = []
    for run in _runs(lines, view):
        lead = _lead_line(view, run[0][0])
        if lead is None or not view[lead[0]:lead[1]].rstrip().endswith(":"):
            continue  # no list's lead: the dated lines are a text's paragraphs
        who = S.actor(clean_quote(original[lead[0]:lead[1]]))[0]
        for start, end, h in run:
            if any(d.span and d.span.start < h.end and h.start < d.span.end for d in deadlines):
                continue
            quote = clean_quote(original[start:end]).lstrip(P.LIST_BULLETS + "* ").rstrip(" ;.")
            what = clean_quote(original[tail_re.match(view, h.end).end():end]).strip(" ;.,")
            added.append(Deadline(text=quote, date=h.date, earliest=h.date, latest=h.date, what=what or None,
                                  who=who, span=Span(start, end, quote)))
    return added


def _runs(lines: list[tuple[int, int, DateHit]], view: str) -> list[list[tuple[int, int, DateHit]]]:
    """The runs of at least two dated lines with nothing between them but blank lines and the wrapped rest of the line
    before (a page's text: "- Thứ Bảy, ngày 13/4/2030: tại Nhà văn hóa ấp (phục vụ công dân ấp" / "Bình Minh);"),
    no line of its own that opens another item."""
    runs: list[list[tuple[int, int, DateHit]]] = []
    for line in lines:
        gap = view[runs[-1][-1][1]:line[0]].split("\n") if runs and runs[-1][-1][1] <= line[0] else None
        rest = [x for x in gap or () if x.strip()]
        if gap is not None and len(rest) <= 2 and not any(_ITEM.match(x) for x in rest):
            runs[-1].append(line)
        else:
            runs.append([line])
    return [r for r in runs if len(r) >= 2]


def _lead_line(view: str, start: int) -> tuple[int, int] | None:
    """The span of the last non-blank line before ``start``."""
    end = start - 1
    while end > 0 and not view[view.rfind("\n", 0, end) + 1:end].strip():
        end = view.rfind("\n", 0, end)
        if end < 0:
            return None
    if end <= 0:
        return None
    return view.rfind("\n", 0, end) + 1, end
