"""The period a document's title names, said again in its body: the plan's running period, not a task's deadline.

Why: a plan, programme or resolution made for one period says so in its title ("Kế hoạch … thi đua … năm 2027", "Nghị
quyết về lãnh đạo thực hiện nhiệm vụ chính trị quý II năm 2027") and repeats that period in its tasks: "mỗi công đoàn
cấp trên cơ sở thành lập mới ít nhất 03 công đoàn cơ sở trong năm 2027", "đôn đốc các hộ hoàn thiện hồ sơ … trong quý
II/2027", "thực hiện thắng lợi nhiệm vụ quý II năm 2027". There the period is the whole time the document runs for —
authored29's labels call it the running period, a target's period at most (a29-06, a29-07, a29-08) — and read as a
deadline it charged each task with the plan's last day. Most sets' labels still date a task "trong năm 2027" of a
2027 plan (its time window), so only the period named bare, no time word before it, is dropped here. A task to be
finished by then says so with a due word ("hoàn thành trong năm 2027", "trước ngày 31/12/2027"): that stays a
deadline, as do a task table's due cell ("Thời gian triển khai | 2026" in a plan for 2026: the row's own time), a
meeting held in the period ("tổ chức sinh hoạt chuyên đề quý IV") and a shorter period inside the plan's ("trong quý
I/2027" in a year's plan).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace
from typing import TypeVar

from vanban.extract import patterns as P
from vanban.extract.dates import parse_iso
from vanban.extract.folded import kw
from vanban.extract.recurrence import first_on_or_after, next_occurrence
from vanban.models import Deadline, Extraction, Obligation, StandingMeeting
from vanban.text import fold

__all__ = ["title_period", "without_plan_periods", "as_planned", "within_period", "ended_on", "first_in_plan",
           "meetings_in_plan", "series_from"]

# a quarter of a year in a title ("quý II năm 2027", "quý II/2027"), folded
_TITLE_QUARTER = re.compile(rf"(?<![a-z]){kw('quy')}\s+(?P<q>iv|i{{1,3}})\s*(?:/|-|{kw('nam')})\s*(?P<y>20\d\d)(?!\d)")
# a year in a title ("năm 2027"); not a school year, a term or a stage ("năm học 2027 - 2028", "giai đoạn 2026 -
# 2030", "nhiệm kỳ 2025 - 2030": a span of years), folded
# a half of a year in a title ("6 tháng cuối năm 2027", a Báo cáo sơ kết's plan for the rest of the year: "Sơ kết … 6
# tháng đầu năm; nhiệm vụ, giải pháp 6 tháng cuối năm 2027"), folded
_TITLE_HALF = re.compile(
    rf"(?<![a-z\d])(?:0?6|sau)\s+{kw('thang')}\s+(?P<h>{kw('dau')}|{kw('cuoi')})\s+{kw('nam')}\s+(?P<y>20\d\d)(?!\d)")
_TITLE_YEAR = re.compile(rf"(?<![a-z]){kw('nam')}\s+(?P<y>20\d\d)(?!\d)(?!\s*[-–]\s*20\d\d)")
_TITLE_SPAN = re.compile(r"20\d\d\s*[-–]\s*20\d\d")
# words that make the period a time to be done by: a due word or a window's close in the deadline's own words
# (:data:`patterns.DUE_WORDS`), and here also "đến" / "đến hết": a period the task runs up to ("đến hết năm 2027") is
# when it is to be done by, not the plan's period named bare; folded
_DUE_WORDS = re.compile(P.due_words(*P.CLOSING_WORDS.values(), kw('den')))

# a time word right before the period: "trong năm 2027", "vào quý II/2027", "cuối năm 2027" — the labels of most sets
# date a task "trong năm 2027" in a plan for 2027 (tune18's t18-09, t23-08, t26-09: a task's time window), though
# authored29's authors call it the running period; only the period named bare ("thực hiện thắng lợi nhiệm vụ quý II
# năm 2027") is dropped (folded)
_TIME_BEFORE = re.compile(rf"(?:{kw('trong')}|{kw('vao')}|{kw('cuoi')}|{kw('dau')}|{kw('giua')}|{kw('het')}|{kw('ngay')})\s*$")

#: what a plan's period bounds: a deadline or a weekly meeting, each with its rule in ``recurrence``
_Series = TypeVar("_Series", Deadline, StandingMeeting)

# a meeting the deadline's words open with ("sinh hoạt chuyên đề quý IV", the deadline grammar's meeting cue): held in
# the period, a due time of its own (folded)
_MEETING = re.compile(rf"(?<![a-z])(?:{kw('sinh hoat')}|{kw('hoi nghi')}|{kw('giao ban')}|{kw('hop')})(?![a-z])")


def _alone_on_line(view: str, start: int, end: int) -> bool:
    """The date fills its line ("2026" between the "|" lines of a table whose cells stand one a line, as a scan's
    text or a PDF's layout gives them): a due cell the table reader did not see as one."""
    ls = view.rfind("\n", 0, start) + 1
    le = view.find("\n", end)
    return not view[ls:start].strip(" \t*_|") and not view[end:le if le >= 0 else len(view)].strip(" \t*_|.;")


def title_period(title: str | None) -> tuple[str, str] | None:
    """(first day, last day) of the one period a title names: its quarter ("quý II năm 2027"), else its half ("6 tháng
    cuối năm 2027"), else its one year ("năm 2027"); None for a title naming no period, a span of years or two years."""
    if not title:
        return None
    t = " ".join(fold(title).split())
    q = _TITLE_QUARTER.search(t)
    if q:
        n, y = P.ROMAN[q.group("q")], int(q.group("y"))
        return f"{y}-{3 * n - 2:02d}-01", f"{y}-{3 * n:02d}-{calendar.monthrange(y, 3 * n)[1]:02d}"
    halves = list(_TITLE_HALF.finditer(t))
    if halves:  # the last half named with its year: the period the report's tasks run for
        y, first = halves[-1].group("y"), halves[-1].group("h") == "dau"
        return (f"{y}-01-01", f"{y}-06-30") if first else (f"{y}-07-01", f"{y}-12-31")
    if _TITLE_SPAN.search(t):
        return None
    years = {m.group("y") for m in _TITLE_YEAR.finditer(t)}
    if len(years) != 1:
        return None
    y = years.pop()
    return f"{y}-01-01", f"{y}-12-31"


def without_plan_periods(deadlines: list[Deadline], title: str | None, view: str,
                         kept: tuple[tuple[int, int], ...] = ()) -> list[Deadline]:
    """``deadlines`` without those that are the title's period (:func:`title_period`) itself, named bare: undated, not
    recurring, with no due word in their own words nor a time word ("trong", "vào", :data:`_TIME_BEFORE`) right before
    them in ``view`` (the folded text their spans point into); one inside ``kept`` (the task tables' due cells)
    stays."""
    period = title_period(title)
    if period is None:
        return deadlines

    def running(d: Deadline) -> bool:
        if d.date or d.recurrence or (d.earliest, d.latest) != period or not d.span:
            return False
        if any(a <= d.span.start < b for a, b in kept) or _alone_on_line(view, d.span.start, d.span.end):
            return False
        if _TIME_BEFORE.search(view, max(0, d.span.start - 16), d.span.start):
            return False
        if _MEETING.search(fold(d.text)):
            return False  # "tổ chức sinh hoạt chuyên đề quý IV": a meeting held in the quarter (a18-06's labels)
        return not _DUE_WORDS.search(fold(d.text))

    return [d for d in deadlines if not running(d)]


def as_planned(ext: Extraction) -> Extraction:
    """``ext`` with each recurring deadline (the obligations' too) started in the period its plan's title names
    (:func:`first_in_plan`) and its daily, weekly or monthly rule, a weekly meeting's too, ended at that period's last
    day (:func:`within_period`): the series as the plan runs them, for every reader of a document's deadlines —
    ``vanban extract``, the archive (the document's page, ``han_sap_toi``, ``lich_han``'s .ics) and the checklist.
    Why one function: a 2027 plan of 12/2026 had its monthly reports from 12/2026 everywhere but in the checklist,
    which alone asked :func:`first_in_plan` (a newcomer, session 34). The extraction itself keeps the labels
    README's first occurrence on or after the document's date (authored17's and tune17's plans for 2027 of 12/2026
    label their monthly and quarterly reports from 12/2026) and bounds only its daily rules (:func:`within_period`
    with ``freqs=("DAILY",)``, session 32); the conveyor and the checklist read it through here. Idempotent."""
    title, issued = ext.metadata.title or (ext.structure.title if ext.structure else None), parse_iso(ext.metadata.date)
    if title_period(title) is None:
        return ext

    def one(d: Deadline) -> Deadline:
        return within_period(first_in_plan(d, title, issued), title)

    deadlines = tuple(one(d) for d in ext.deadlines)
    obligations = tuple(replace(ob, deadline=one(ob.deadline)) if ob.deadline else ob for ob in ext.obligations)
    meetings = tuple(within_period(g, title) for g in ext.meetings)
    if (deadlines, obligations, meetings) == (ext.deadlines, ext.obligations, ext.meetings):
        return ext
    return replace(ext, deadlines=deadlines, obligations=obligations, meetings=meetings)


#: the rules a plan's period ends: every frequency that falls due more than once a year, a quarterly or half-yearly
#: one ("FREQ=YEARLY;BYMONTH=3,6,9,12") as the monthly one of the same plan (a newcomer's 2027 plan, session 35: its
#: monthly reports ended 31/12/2027, its quarterly ran on); a yearly rule of one month, due once in a year's plan, is
#: left as it is
_BOUNDED_FREQS = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")


def within_period(item: _Series, title: str | None, freqs: tuple[str, ...] = _BOUNDED_FREQS) -> _Series:
    """``item`` (a deadline or a weekly meeting) whose daily, weekly or monthly rule runs on without an end, bounded by
    the period the title names (:func:`title_period`): ``UNTIL`` its last day. Why: a plan's daily report, weekly
    meeting or monthly report is due while the plan runs; the calendar made each an endless event (a newcomer's
    ``lich_han.ics``, sessions 32 and 34). A rule that already ends (UNTIL, COUNT), a title naming no period, or a
    first day after the period's end: unchanged. The rule is rewritten by icalendar (:class:`icalendar.vRecur`),
    never by hand. ``freqs``: the kinds of rule bounded."""
    period = title_period(title)
    if period is None:
        return item
    first = item.first if isinstance(item, StandingMeeting) else item.date
    rule = ended_on(item.recurrence, first, dt.date.fromisoformat(period[1]), freqs)
    return replace(item, recurrence=rule) if rule else item


def ended_on(rule: str | None, first: str | None, last: dt.date, freqs: tuple[str, ...]) -> str | None:
    """``rule`` (an RRULE of one of ``freqs`` with no end) ending on ``last``; None when it is no such rule or ``first``
    is after it."""
    from icalendar import vRecur

    if not rule or not first or first > last.isoformat():
        return None
    try:
        recur = vRecur.from_ical(rule)
    except ValueError:
        return None
    if (recur.get("FREQ") or [None])[0] not in freqs or "UNTIL" in recur or "COUNT" in recur:
        return None
    if recur["FREQ"][0] == "YEARLY" and len(recur.get("BYMONTH") or ()) < 2:
        return None  # once a year: nothing to end
    if recur["FREQ"][0] == "YEARLY" and 1 in (recur.get("BYMONTH") or ()) and (last.month, last.day) == (12, 31):
        # due in the month after each quarter ("trước ngày 05 của tháng đầu quý sau"): the year's last quarter is
        # reported in January of the next year, still the plan's due
        last = dt.date(last.year + 1, 1, 31)
    recur["UNTIL"] = [last]
    return recur.to_ical().decode("ascii")


#: a start the deadline's sentence gives itself ("kể từ tháng 12/2026", "bắt đầu từ quý IV/2026", "từ ngày 01/12/2026"),
#: folded: the text says when its series starts, the plan's period does not
_STARTS_SAID = re.compile(rf"(?<![a-z])(?:{kw('bat dau')}|{kw('ke tu')}|{kw('tu')}\s+(?:{kw('thang')}|{kw('quy')}|{kw('ngay')}"
                          rf"|{kw('nam')}|\d))(?![a-z])")


def first_in_plan(deadline: Deadline, title: str | None, issued: dt.date | None) -> Deadline:
    """``deadline`` with its recurring series started in the period its plan's title names, when the document was
    issued before that period: "báo cáo … trước ngày 15 hằng tháng" in a "Kế hoạch … năm 2027" of 02/12/2026 is first
    due on 15/01/2027, the plan's first month, not 15/12/2026 (a newcomer's checklist, session 33: monthly rows of a
    2027 plan from 12/2026). Unchanged: a one-off or past deadline, a first occurrence already in the period, a title
    naming no period, and a series whose sentence says when it starts ("kể từ tháng 12/2026", :data:`_STARTS_SAID`).
    The labels date a series from the document's day (labels README: "its first occurrence on or after the
    document's date"), so the deadline keeps that reading; the checklist (:mod:`.checklist`, every format and the
    site) asks this for its rows. Occurrences are computed by :func:`vanban.extract.recurrence.next_occurrence`."""
    period = title_period(title)
    due = deadline.date or deadline.latest
    if not (deadline.recurrence and due and period and issued) or deadline.past:
        return deadline
    start = dt.date.fromisoformat(period[0])
    if start <= issued or due >= period[0]:
        return deadline
    if deadline.span and _STARTS_SAID.search(fold(deadline.span.sentence or "")):
        return deadline
    occ = next_occurrence(deadline, start)
    if occ is None:
        return deadline
    first, day = occ
    if deadline.date:
        return replace(deadline, date=day.isoformat(), earliest=day.isoformat(), latest=day.isoformat())
    return replace(deadline, earliest=(first or day).isoformat(), latest=day.isoformat())


def series_from(title: str | None, issued: dt.date | None, sentence: str | None = None) -> dt.date | None:
    """The first day a series the document sets may run from: the first day of the period its plan's title names when
    the document was issued before it, else ``issued``. Why: :func:`first_in_plan` starts a dated series ("trước ngày
    15 hằng tháng") in the plan's period, but a report cycle named without its day ("định kỳ hằng quý báo cáo …", the
    checklist's next period of an undated time) ran from the document's date — a "Kế hoạch … năm 2027" of 02/12/2026
    showed its quarterly report next for quý IV/2026 (a newcomer, session 39). A ``sentence`` that says when its series
    starts (:data:`_STARTS_SAID`) keeps ``issued``."""
    period = title_period(title)
    if not (period and issued) or (sentence and _STARTS_SAID.search(fold(sentence))):
        return issued
    return max(issued, dt.date.fromisoformat(period[0]))


def meetings_in_plan(meetings: list[StandingMeeting], title: str | None, issued: dt.date | None) -> list[StandingMeeting]:
    """``meetings`` whose first meeting falls before the period their plan's title names, the document issued before
    it, moved to the first on or after its first day (:func:`first_in_plan`'s kind for a weekly rhythm: "Chủ tịch
    UBND xã tiếp công dân vào sáng thứ Năm hằng tuần" in a "Kế hoạch tiếp công dân … năm 2027" of 02/12/2026 first
    meets on Thursday 07/01/2027, not 03/12/2026). A meeting whose sentence says when it starts is left as it is."""
    period = title_period(title)
    if not (period and issued) or dt.date.fromisoformat(period[0]) <= issued:
        return meetings
    start = dt.date.fromisoformat(period[0])
    out = []
    for g in meetings:
        first = dt.date.fromisoformat(g.first) if g.first else None
        said = g.span and _STARTS_SAID.search(fold(g.span.sentence or ""))
        moved = first_on_or_after(g.recurrence, first, start) if first and first < start and not said else None
        out.append(replace(g, first=moved.isoformat()) if moved else g)
    return out
