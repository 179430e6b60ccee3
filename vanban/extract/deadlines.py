"""Deadlines: which date expressions in the body are due dates, and of what.

A date is a deadline when a cue precedes it ("trước", "chậm nhất", "hoàn
thành", "dự kiến", "thời gian", "đến"…) or when it is by nature a time frame
("đầu/cuối tháng 10/2025", "quý I/2026", "6 tháng đầu năm"). Dates inside
citations and the document's own date are masked first. "hằng năm" /
"hằng tháng" / "hằng quý" in the same sentence turn a date without a year into
a recurrence (RRULE). "Từ … đến …" pairs become one interval.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Collection
from dataclasses import replace
from typing import NamedTuple

from dateutil.relativedelta import relativedelta

from vanban.extract import assignment_words as W
from vanban.extract import deadline_words as DW
from vanban.extract import patterns as P
from vanban.extract import recurrence as R
from vanban.extract.dash_ranges import dash_ranges
from vanban.extract.dates import DateHit, dates_within, find_dates, iso, weekly_in_cells, yearly_review_meeting
from vanban.extract.dates import parse_iso as P_date
from vanban.extract.folded import Folded, clean_quote, clipped_quote, loose_key, sentence_quote
from vanban.extract.event_days import event_day_hits
from vanban.extract.event_leads import lead_day
from vanban.extract.hours import hour_after, hour_before, hour_within, hours_within
from vanban.extract.listed_months import LISTED_MONTHS_AFTER_RE, listed_months_rule
from vanban.extract.schedule_items import item_day_lead
from vanban.extract.section_start import heading_start, lead_start, start_named
from vanban.extract.sections import SpanSet, sentence_bounds, upper_ratio
from vanban.extract.timetable_words import HOURS_BEFORE_DAY
from vanban.models import Deadline, Span
from vanban.symbols import DASH_LOOKALIKES, SLASH_LOOKALIKES

__all__ = ["find_deadlines", "split_subject", "split_actor", "first_verb", "year_span_named_outside"]

# a due word, a window's close or "đến" in the 14 letters before the date (:func:`patterns.due_words`)
_STRONG_CUE = re.compile(
    rf"(?:{P.due_words(*P.CLOSING_WORDS.values(), r'd[e¢]n')}"
    rf"|{P.kw('thong xe')}(?:\s+{P.kw('ky thuat')})?)"  # "bảo đảm thông xe kỹ thuật năm 2025"
    r"[^.;\n]{0,14}$"
)
# (an hour may stand between: "Cấm tàu thuyền … ra khơi kể từ 12 giờ ngày 03/12/2026 cho đến khi có thông báo mới" is
# a start time like "kể từ ngày …", no due date unless an "đến" closes it; t23-04's labels)
# (a legacy OCR may read "từ" as "tiy" before "ngày": "Thời gian: tiy ngày 20/01/2027 đến ngày 05/02/2027", a28-10)
# (the day's name may stand before it: "nghỉ Tết từ thứ Năm ngày 16/02/2034 đến hết Chủ nhật ngày 26/02/2034", a
# Thông báo's holiday, one span; "đi làm trở lại từ thứ Hai ngày 27/02/2034", a start)
# (real50) … and a part of the day between a clock and its day: "từ 18h00 tối Thứ Bảy ngày 22/11/2025 đến 03h00 sáng
# Chủ Nhật ngày 23/11/2025" (983/TB-CT, a service stopped for one night), "từ 20 giờ tối ngày …": one span, its two
# ends read as one window, never as two due days
_WEEKDAY_BEFORE_DAY = rf"(?:{P.PART_OF_DAY_WORD}\s+)?(?:{P.WEEKDAY_WORDS}\s*,?\s*)?"
_FROM_CUE = re.compile(r"(?<![a-z])(?:t[uwi]r?|tiy(?=\s+ng[a4]y))\s+(?:\d{1,2}\s*(?:h|g[i1][o06])\s*(?:\d{1,2}\s*(?:ph[uw]t|p)?\s*)?,?\s*)?"
                       rf"{_WEEKDAY_BEFORE_DAY}(?:ng[a4]y\s+)?$")
# "đến (hết) ngày", and "đến 17 giờ 00 ngày" (an application window closing at an hour of its last day: t32-07's
# labels, the window from its first day to that day)
_TO_CUE = re.compile(r"(?<![a-z])d[e¢6]n\s+(?:h[e¢]t\s+)?(?:\d{1,2}\s*(?:h|g[i1][o06])\s*(?:\d{1,2}\s*(?:ph[uw]t|p)?\s*)?,?\s*)?"
                     rf"{_WEEKDAY_BEFORE_DAY}(?:ng[a4]y\s+)?$")
# a period that a rule defines rather than a task's time: "… bắt đầu từ ngày 01 tháng 01 và kết thúc vào ngày 31
# tháng 12" (a fiscal year); its two days are no due date
_PERIOD_START = re.compile(r"b[a4]t\s+d[a4]u\s+t[uw]\s+(?:ng[a4]y\s+)?$")
_PERIOD_END = re.compile(rf"(?<![a-z]){P.CLOSING_WORDS['ket thuc']}\s+(?:v[a4]o\s+)?(?:ng[a4]y\s+)?$")
_LEAD_CUE = re.compile(r"(?:d[uw]ng|d[uw]\s+ki[e¢]n|th[o06]i\s+gi[a4]n(?:\s+th[a-z]{1,2}c\s+hi[e¢]n)?|v[a4]o|t[uwi]r?|trong)\s*:?")
# the words of a time limit before its count ("trong thời hạn 15 ngày kể từ ngày ký")
_LIMIT_CUE = re.compile(rf"(?:{P.kw('trong thoi han')}|{P.kw('trong vong')})\s*$")
_TIME_FRAME = {"month_part", "month_range", "quarter", "half", "relative", "week"}


# A line break inside a sentence ("… triển khai ngay vào⏎ngày 01/12/2025", "chậm nhất trước⏎ngày …")
# is a space for the cue; a blank line or a new list item is not — but a blank line right before a day and month is
# (an old PDF's text layer puts one between the wrapped lines of a paragraph: "… trước ngày⏎⏎31/12/2026.").
# (and so is one before a day of each month: "trước ngày⏎⏎15 hằng tháng.", a legacy OCR across a page break, t18-10)
_SOFT_BREAK = re.compile(r"[ \t]*\n(?![ \t]*(?:\n|[-+•*]|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-z\u0111]\)\s))"
                         r"|[ \t]*\n[ \t]*\n[ \t]*(?=\d{1,2}\s*/\s*\d{1,2}(?!\d)|\d{1,2}\s+(?:h[a4d]ng|m[o06]i)\s+th[a4]ng(?![a-z]))")
#: a due word ending the line before a blank line (folded): the date after the blank line is its ("trước ngày⏎⏎"); and
#: the "từ ngày" opening a span ("… khai giảng năm học 2027 - 2028: từ⏎ngày⏎⏎28/8/2027 đến ngày 15/9/2027", a24-08's
#: legacy OCR), so the span is read whole with its words (a campaign's window, no due "đến ngày 15/9/2027" alone)
_CUE_OVER_BLANK_LINE = re.compile(
    rf"(?:{P.TRUOC}|{P.CHAM_NHAT}|{P.DUE_WORDS['hoan thanh']}|(?<![a-z])t[uw](?=\s+{P.NGAY}))(?:\s+{P.NGAY})?"
    rf"[ \t]*\n[ \t]*\n[ \t]*$")


#: a time label whose colon ends the line, its value wrapped to the next ("… thăm các gia đình tại thôn …; thời gian:⏎ngày
#: 21/7/2029."): the colon at a line's end closes a sentence for :func:`sections.sentence_bounds` (a list's lead), but
#: here the day on the next line is the label's value (folded; before the date's sentence start)
_TIME_LABEL_AT_LINE_END = re.compile(
    rf"(?<![a-z]){P.kw('thoi gian')}(?:\s+(?:{P.kw('thuc hien')}|{P.kw('to chuc')}|{P.kw('trien khai')}|{P.kw('hoan thanh')}))?"
    rf"[ \t]*:[ \t]*\n[ \t]*$")


#: words that fold like the cue "từ" (from) but are not it: "an ninh trật tự vào ngày 28", "vốn đầu tư trước ngày …"
_NOT_FROM = frozenset({"tự", "tư", "tứ", "tử", "tú", "tù", "tữ"})
#: (obl46) … nor "đến" (until): "dự Lễ hội đền Hòa Thuận năm 2035" (a temple, a44-02: the festival's year, no deadline),
#: "đèn tín hiệu", "đền bù" — printed with their own tone, which restoration and the text layer keep
_NOT_UNTIL = frozenset({"đền", "đèn", "đẹn", "dền", "dèn"})
_NOT_CUE = _NOT_FROM | _NOT_UNTIL


def _purpose_year(f: Folded, s0: int, h: DateHit) -> bool:
    """The year names the goals of a purpose clause that opens the sentence and closes with a comma right after it ("Để
    hoàn thành chỉ tiêu năm 2027, …": :data:`patterns.PURPOSE_OPENING_RE`; printed "Để", not "Đề nghị …")."""
    m = P.PURPOSE_OPENING_RE.match(f.view, s0, h.start)
    return bool(m and re.match(r"\s*,", f.view[h.end:h.end + 3]) and f.original[m.start("de"):m.end("de")].lower() == "để")


#: "lúc" right before an event's hour (folded, at the end of the words before the hour): its time word
_AT_HOUR = re.compile(r"(?<![a-z])(?:v[a4]o\s+)?l[uw]c\s*$")


def _cue(f: Folded, lo: int, start: int, strong_only: bool) -> re.Match[str] | None:
    base = max(lo, start - 60)
    # (read with the date's first characters: a blank line is soft only before a day and month)
    prefix = _SOFT_BREAK.sub(lambda m: " " * len(m.group(0)), f.view[base:start + 6])[:start - base]
    rx = _STRONG_CUE if strong_only else P.DEADLINE_CUE_RE
    m = rx.search(prefix)
    while m is not None:  # the folded view cannot tell "từ" from "tự"/"tư": the printed text can
        word = re.match(r"\w+", f.original[base + m.start():start])
        if word is None or word.group(0).lower() not in _NOT_CUE:
            break
        m = rx.search(prefix, m.start() + len(word.group(0)))
    tod = P.TIME_OF_DAY_TAIL_RE.search(prefix) if m is None else None
    if tod:  # "trước 15 giờ ngày 20/12/2025": the cue stands before the hour
        m = rx.search(prefix[:tod.start()] + " ")
    day_name = P.WEEKDAY_TAIL_RE.search(prefix) if m is None and not strong_only else None
    if day_name:  # "họp dân vào thứ Hai ngày 15/3/2027": the cue stands before the day's name
        m = rx.search(prefix[:day_name.start()] + " ")
        if m is None and (tod := P.TIME_OF_DAY_TAIL_RE.search(prefix[:day_name.start()] + " ")):
            m = rx.search(prefix[:tod.start()] + " ")  # "vào 8 giờ 00, thứ Hai, ngày 15/3/2027": before both
    if m is None and tod:
        # "Thời gian: 01 ngày, khai mạc lúc 7 giờ 30 phút, (thứ Năm,) ngày 08/3/2029": the event's hour on the day the
        # plan fixes (the labels date a conference's day so written, t33-01), "lúc" its time word as "vào" is
        m = _AT_HOUR.search(prefix[:tod.start()])
    if m is None:  # "Hạn cuối nhận hồ sơ: 17 giờ 00, ngày 30/12/2025"
        m = P.DEADLINE_LABEL_RE.search(prefix[:tod.start()] + " " if tod else prefix)
    if not strong_only and (ev := _event_hours_before(f.view, base, base + len(prefix))) \
            and (m is None or base + m.start() >= ev.start()):
        # "Biểu diễn: từ 19 giờ 30 các tối ngày …", "từ 19 giờ 00 đến 21 giờ 00, ngày …": the event's hours on its day
        # (:func:`_event_hours`), their "đến" the clock's, no due word
        m = P.EVENT_HOURS_BEFORE_RE.search(prefix)
    if m is None and not strong_only and (part := P.PART_OF_DAY_BEFORE_RE.search(prefix)) \
            and f.original[base + part.start("part"):base + part.end("part")].lower() in P.PARTS_OF_DAY_PRINTED:
        m = part  # "phân luồng giao thông tối ngày 12/8/2031": the task's time on that day (not "tới ngày …")
    return m


def _event_hours_before(view: str, lo: int, hi: int) -> re.Match[str] | None:
    """An event's hours opened by "từ" ending at ``hi`` (:data:`patterns.EVENT_HOURS_BEFORE_RE`): with its end clock or a
    part of the day, or as a label's value ("Thời gian: từ 19 giờ 30, ngày …"); a lone clock after a task's words
    ("tiếp nhận hồ sơ từ 7 giờ 30, ngày …") is when that work opens, not an event held on the day."""
    ev = P.EVENT_HOURS_BEFORE_RE.search(view, lo, hi)
    if ev is None or ev.group("to") or ev.group("part"):
        return ev
    return ev if P.EVENT_HOURS_LABEL_RE.search(view, max(0, ev.start() - 40), ev.start()) else None


def _event_hours(view: str, s0: int, h: DateHit) -> bool:
    """The day ``h`` is an event's, its hours opened by "từ" before it ("từ 19 giờ 00 đến 21 giờ 00, ngày 12/8/2031", "từ
    20 giờ 00, ngày 15/8/2031"): the "từ" is the clock's, so the day is no span's first (unless an "đến" follows it, "Từ
    0 giờ ngày 14/01/2033 đến 24 giờ ngày 18/01/2033") and the clock's "đến" no report's time ("đến 12h00 ngày …")."""
    return bool(_event_hours_before(view, max(s0, h.start - 50), h.start)) \
        and not re.match(rf"\s*,?\s*(?:{P.kw('den')}|[-–])\s", view[h.end:h.end + 12])


def _supply_period(view: str, s0: int, h: DateHit, cue: re.Match[str] | None) -> bool:
    """The period ``h`` names which goods, funds or pay it follows (:data:`patterns.SUPPLY_PERIOD_BEFORE_RE`: "vắc xin
    quý I/2027", "tiền lương tháng 4/2032"), the cue (if any) standing before those words ("trích từ tiền lương …": the
    "từ" governs the pay) and no due word between them and the period: which supply, not by when."""
    sp = P.SUPPLY_PERIOD_BEFORE_RE.search(view, max(s0, h.start - 40), h.start)
    if sp is None or _DUE_WORD.search(view, sp.end("noun"), h.start):
        return False
    return cue is None or max(s0, h.start - 60) + cue.start() <= sp.start("noun")


def _routine_kept_up(view: str, s0: int, at: int) -> bool:
    """The clause before the weekly slot at ``at`` keeps a routine up ("duy trì …",
    :data:`patterns.ROUTINE_KEPT_UP_RE`) and neither reports nor sets a due word (:data:`patterns.RECURRING_DUE_BEFORE_RE`):
    the slot is when the routine runs, not a due date."""
    lo = max(s0, view.rfind(";", s0, at) + 1)
    return P.ROUTINE_KEPT_UP_RE.search(view, lo, at) is not None and P.RECURRING_DUE_BEFORE_RE.search(view, lo, at) is None


#: a word that makes a month every month (folded): "hằng tháng", "mỗi tháng", "của tháng", "trong tháng"
_EACH_MONTH = re.compile(rf"(?<![a-z])(?:{P.EVERY}|{P.kw('cua')}|{P.kw('trong')})\s+{P.THANG}(?![a-z])(?!\s*[/\d])")


def _bare_month_weekday(view: str, s0: int, s1: int, h: DateHit) -> bool:
    """A weekday of the month written bare, "(ngày) Chủ nhật cuối tháng", with no word making the month every month in
    the hit or in its sentence ("hằng tháng", "mỗi tháng", "của (mỗi) tháng": :data:`_EACH_MONTH`): the day a standing
    routine is held (a clean-up day), not a due date. Why: the sets' authors split on the wording, not the task — bare,
    it is left out each time it is met (a39-09 "Ra quân tổng vệ sinh môi trường vào ngày Chủ nhật cuối tháng", t39-09
    "duy trì 'Ngày Chủ nhật xanh' vào Chủ nhật cuối tháng", a47-03 "tổ chức tổng vệ sinh môi trường vào Chủ nhật cuối
    tháng": 3 of 3); with a monthly word it is dated at its first occurrence each time (a29-07 "sáng chủ nhật cuối
    tháng, mỗi tháng ít nhất 01 lần", a32-09 "Chủ nhật tuần thứ hai của mỗi tháng", a37-04 "ngày Chủ nhật cuối cùng hằng
    tháng", t29-07 and t29-09 "… của tháng", t32-09 "Chủ nhật cuối cùng của mỗi tháng": 6 of 6)."""
    if _EACH_MONTH.search(view, h.start, h.end):
        return False
    return _EACH_MONTH.search(view, s0, max(s1, h.end)) is None


#: the first day of a window whose last day is a monthly day ("từ ngày 20 đến ngày 25 hằng tháng"), folded, before it
_WINDOW_FROM_DAY = re.compile(rf"(?<![a-z])t[uw]\s+{P.NGAY}\s+(?P<d>\d{{1,2}})\s+{P.kw('den')}\s+(?:{P.kw('het')}\s+)?"
                              rf"(?:{P.NGAY}\s+)?$")


#: a window's first day printed without its month before the last day's "đến ngày", folded ("ngày 15 đến ngày …")
_BARE_FIRST_DAY = re.compile(rf"(?:(?<![a-z])t[uw]\s+)?(?<![a-z]){P.NGAY}\s+(?P<d>\d{{1,2}})\s+{P.kw('den')}\s+"
                             rf"(?:{P.kw('het')}\s+)?(?:{P.NGAY}\s+)?$")


def _monthly_window_from(view: str, s0: int, h: DateHit, due: str) -> str | None:
    """The first day (ISO, in the month of ``due``, the window's last day) of a monthly window whose last day is
    ``h``: "Tiêm phòng bổ sung: từ ngày 20 đến ngày 25 hằng tháng" — each month's days 20 to 25 the work is done in,
    an interval that recurs (the labels: earliest the 20th, latest the 25th, monthly; t33-04), not a day-25 rule.
    None when no "từ ngày …" opens the window, or its day is not before the last."""
    m = _WINDOW_FROM_DAY.search(view, max(s0, h.start - 30), h.start)
    if m is None or not 1 <= int(m.group("d")) < int(due[8:10]):
        return None
    return f"{due[:8]}{int(m.group('d')):02d}"


#: the joint between two full dates, folded: " và ngày ", ", ngày ", " và "
_AND_DAY_TAIL = re.compile(rf"\s*(?:,|(?<![a-z])v[a4])\s+(?:{P.NGAY}\s+)?$")
#: … after the part of the work the first date is for, when each date of the list names its own ("chậm nhất ngày
#: 22/6/2034 đối với đợt 1, ngày 15/7/2034 đối với đợt 2 và …", "trước ngày 10/4/2031 (khối trường học), ngày
#: 20/4/2031 (các thôn)"): a short label, no clause of its own (no comma, full stop or colon inside it), folded
_LABELLED_AND_DAY = re.compile(rf"(?:\s+(?:{P.kw('doi voi')}|{P.kw('cho')})\s+[^,;.:()\n]{{1,40}}?|\s*\([^()\n]{{1,40}}\))"
                               + _AND_DAY_TAIL.pattern)


def _second_due_day(view: str, prev: DateHit, h: DateHit, last: Deadline, listed: Collection[int] = ()) -> bool:
    """``h`` is the second of two full dates joined by "và" ("chậm nhất ngày 05/5/2029 và ngày 05/11/2029"), the first
    read as a deadline behind a due word: a second deadline (the labels of t33-04, a16-07 and a29-09 give both days
    an entry) though no due word stands before it. Each date may carry the part of the work it is for ("… đối với đợt
    1, ngày … đối với đợt 2", :data:`_LABELLED_AND_DAY`), and a list runs on past two: ``listed`` are the span starts of
    the deadlines already read so, whose own words hold no due word (a third day follows the second as the second the
    first; a43-01's labels: one entry per round's day)."""
    return (prev.kind == "exact" and prev.year_given and h.year_given and last.date == prev.date
            and last.span is not None and last.span.start <= prev.start < last.span.end  # the first day's own deadline
            and (_DUE_WORD.search(Folded.of(last.text).view) is not None or last.span.start in listed
                 # (a list's day read so, its words the list's: "báo cáo … vào các ngày 10, 20 và 30/9/2031")
                 or P.DAYS_LISTED_RE.search(Folded.of(last.text or "").view) is not None)
            and (_AND_DAY_TAIL.fullmatch(view, prev.end, h.start) is not None
                 or _LABELLED_AND_DAY.fullmatch(view, prev.end, h.start) is not None))




def _listed_days_words(view: str, h: DateHit) -> tuple[int, int] | None:
    """The extent of the list of days (:data:`patterns.DAYS_LISTED_RE`, "các ngày 10, 20 và 30/9/2031") a day's exact
    hit ``h`` is one of (:func:`dates.find_dates` reads each listed day a due word names as its own date): each day's
    deadline quotes the whole list, a middle day's "20" alone says nothing; None when ``h`` is no listed day."""
    if h.kind != "exact":
        return None
    for m in P.DAYS_LISTED_RE.finditer(view, max(0, h.start - 60), min(len(view), h.end + 60)):
        if m.start() <= h.start and h.end <= m.end():
            return m.start(), m.end()
    return None


def _recurrence_kind(f: Folded, h: DateHit, s0: int, s1: int) -> str | None:
    """The period a date repeats with: the nearest recurrence phrase before it
    (within 45 characters: "định kỳ 6 tháng (trước ngày 05/6) và hằng năm
    (trước ngày 05/12)" gives each date its own), else right after it
    ("trước ngày 25 tháng 11 hằng năm"), else the only kind the sentence names."""
    v = f.view
    if not h.year_given and yearly_review_meeting(v, h):
        return "year"  # "Hội nghị sơ kết 6 tháng tổ chức trong tháng 7" (a Quy chế's meetings): July of each year
    if h.kind in ("day_month", "exact") and P.NEXT_YEAR_EACH_RE.search(v, h.start, h.end + 14):
        return "year"  # "gửi trước ngày 05/01 của năm sau liền kề": each year's report, early in the next year
    if h.kind == "day" and P.FIRST_MONTH_NEXT_QUARTER_RE.match(v, h.end):  # "trước ngày 05 của tháng đầu quý sau"
        return "quarter_next"
    if h.kind == "day" and P.LAST_MONTH_OF_QUARTER_AFTER_RE.match(v, h.end):  # "trước ngày 15 của tháng cuối quý"
        return "quarter"
    nxt = P.NEXT_PERIOD_AFTER_RE.match(v, h.end) if h.kind == "day" else None
    if nxt:  # "ngày 03 của tháng tiếp theo sau tháng cuối cùng của kỳ báo cáo đối với báo cáo quý"
        clause = P.CLAUSE_END_RE.search(v, nxt.end(), s1)
        quarter = nxt.group("last") and re.search(rf"{P.QUY}(?![a-z])", v[nxt.end():clause.start() if clause else s1])
        return "quarter_next" if quarter else "month"
    lo = h.start - 45  # may cross a line or paragraph break of the layout, never a sentence end
    stop = max(v.rfind(".", 0, h.start), v.rfind(";", 0, h.start))
    lo = max(lo, stop + 1, 0)
    if not h.year_given and h.month and h.kind in ("day_month", "exact") \
            and _half_pair(v, h, None, max(s0, stop + 1), s1) is not None:
        return "half"
    if not h.year_given and h.month and _yearly_pair(v, h, s1):
        return "year"
    if not h.year_given and h.kind in ("month", "month_part", "week") and (pair := _half_pair(v, h, None, s0, s1)) is not None \
            and (any(m.lastgroup == "half" for m in P.RECURRENCE_PHRASE_RE.finditer(v, max(s0, stop + 1, h.start - 200), h.start))
                 or (_six_months_on(v, h) and P.EACH_YEAR_AFTER_RE.match(v, pair.end))):
        # "định kỳ 06 tháng một lần, vào tháng 7 và tháng 12 hằng năm": the pair's "hằng năm" is no year; and two months
        # six months apart before "hằng năm" ("…; thời gian họp trong tháng 6 và tháng 12 hằng năm", a49-05) one
        # 6-monthly time, as two such days before it are (:func:`_half_cue`; every month pair of the sets 6-monthly)
        return "half"
    # a phrase whose parenthesis closed before the date is another date's ("6 tháng (trước ngày 18/5), năm (…")
    # … and so is one a comma parts from a date with its month ("trước ngày 25 tháng cuối của quý, ngày 25 tháng 6")
    # (read from further back, so a phrase cut by the window's edge is not read by its tail: "định kỳ 6 tháng một lần
    # (trước ngày 20/6 và trước ngày 15/12" — "tháng một lần" alone is a monthly phrase, a18-02)
    before = [m for m in P.RECURRENCE_PHRASE_RE.finditer(v, max(stop + 1, 0, h.start - 90), h.start)
              if m.start() >= lo and ")" not in v[m.end():h.start] and not (h.month and "," in v[m.end():h.start])]
    if before and not h.year_given:  # "định kỳ 6 tháng … trước ngày 15/6/2026 và 15/12/2026": dates spelled out
        if before[-1].lastgroup == "half" and h.month and _year_report_beside(v, before[-1], s0, s1):
            return "year"  # "6 tháng (trước ngày 10/6) và hằng năm (trước ngày 10/11)": the half-year's report, once a year
        if before[-1].lastgroup == "half" and h.month and _half_report_named(v, before[-1]):
            return "year"  # "Báo cáo sơ kết 6 tháng gửi trước ngày 10 tháng 6": the mid-year report, each 10 June
        return before[-1].lastgroup
    if not h.year_given and not before and h.month and (term := _report_term_kind(v, h, max(s0, stop + 1))):
        return term  # "b) Báo cáo 6 tháng: trước ngày 15 tháng 6;", "… giám sát 6 tháng và năm … trước ngày 10 tháng 6"
    if not h.year_given and not before and P.BARE_PERIODIC_RE.search(v, lo, h.start):
        if h.kind in ("day_month", "exact") and h.month:  # "báo cáo định kỳ (trước ngày 15 tháng 12)"
            return "year"  # the date names the period: a day of a month repeats yearly …
        if h.kind == "day":
            return "month"  # … a day alone ("định kỳ trước ngày 20"), monthly
    # after the date, within its clause: a ";" or "." ends it ("… trước ngày 15/12; hằng tháng cập nhật …" is
    # another task's schedule)
    clause_end = P.CLAUSE_END_RE.search(v, h.end, s1)
    s1 = clause_end.start() if clause_end else s1
    after = P.RECURRENCE_PHRASE_RE.search(v, h.end, min(s1, h.end + 25))
    gap = v[h.end:after.start()] if after else ""
    # a date with its year is a one-off unless the phrase follows it at once; one with its month, unless no
    # comma parts them ("trước ngày 15/12, hằng tháng cập nhật …")
    apart = not P.RECURRENCE_ADJACENT_RE.fullmatch(gap) if h.year_given else ("," in gap and bool(h.month))
    if after and not re.search(r"\d", gap) and not apart:
        return after.lastgroup
    if h.year_given and h.kind in ("day_month", "exact") and _half_cycle_leads(v, h, max(s0, stop + 1)):
        return "half"
    if h.year_given:
        return None
    # the whole sentence, across the blank lines OCR puts inside paragraphs
    # a phrase opening a clause after the date (", hằng tháng cập nhật …") is the next clause's schedule
    # … and a phrase in an earlier clause of the sentence that dates its own task is that task's cycle ("báo cáo sơ kết
    # 6 tháng chậm nhất ngày 15/06/2036; báo cáo tổng kết năm trước 25 tháng 11", a47-08: "6 tháng" is the first
    # report's, :func:`_owned_by_earlier_day`)
    kinds = {m.lastgroup for m in P.RECURRENCE_PHRASE_RE.finditer(v, min(s0, max(stop + 1, h.start - 300)), s1)
             if not (m.start() >= h.end and h.month and re.search(r",\s*$", v[h.end:m.start()]))
             and not _owned_by_earlier_day(v, m, stop)}
    if h.month:
        kinds &= {"year", "half"}  # a day of a named month repeats yearly or half-yearly, never monthly or quarterly
    return kinds.pop() if len(kinds) == 1 else None


_PERIODIC = re.compile(rf"(?<![a-z]){P.kw('dinh ky')}(?![a-z])")


def _owned_by_earlier_day(v: str, m: re.Match[str], stop: int) -> bool:
    """The recurrence phrase ``m`` stands in a clause before the date's own (``stop``: the last ";" or "." before the
    date) and that clause prints a day of its own after the phrase: the phrase is the cycle of that clause's task, not
    of a later clause's date. The kind: a reporting line that lists each report with its own day, "báo cáo sơ kết 6
    tháng chậm nhất ngày 15/06/2036; báo cáo tổng kết năm trước 25 tháng 11" (a47-08: the year's report is yearly, no
    six-monthly cycle); a phrase leading a clause with no day of its own ("Định kỳ 6 tháng, Văn phòng tổng hợp …; gửi
    báo cáo … trước ngày 15 tháng 6") still gives the sentence's date its cycle."""
    if m.end() > stop:
        return False
    clause = P.CLAUSE_END_RE.search(v, m.end(), stop + 1)
    end = clause.start() if clause else stop
    return _OTHER_DAY.search(v, m.end(), end) is not None or _WORDED_DAY.search(v, m.end(), end) is not None


#: a day and its month in words, no "ngày" before it (folded): "trước 25 tháng 11"
_WORDED_DAY = re.compile(rf"(?<![\d/])\d{{1,2}}\s+{P.THANG}\s+\d")

#: a day of a month, or the words of one, between a leading cycle and the date (another date of the clause)
_OTHER_DAY = re.compile(rf"\d{{1,2}}\s*/\s*\d{{1,2}}|{P.NGAY}\s+\d")


def _half_cycle_leads(v: str, h: DateHit, lo: int) -> bool:
    """A dated day (its year printed) closes a clause that "định kỳ 6 tháng" leads (:data:`patterns.HALF_CYCLE_LEADS_RE`:
    "Định kỳ 6 tháng, lồng ghép báo cáo … gửi về Đảng ủy trước ngày 10/6/2027"): the cycle's first due day, six-monthly
    (kind: a recurring report whose first occurrence is written out in full; the labels of a22-01, t20-02, t20-05 and
    t22-05). ``lo`` is the clause's start; no other day may stand between the phrase and the date, nor follow it in the
    clause: "định kỳ 6 tháng tổng hợp, báo cáo … trước ngày 15/6/2026 và trước ngày 15/12/2026" writes each term's
    day out, one-offs (a Huyện ủy's Chỉ thị, tests/fixtures/extract/ct_huyen_uy)."""
    m = None
    for m in P.HALF_CYCLE_LEADS_RE.finditer(v, max(lo, h.start - 300), h.start):
        pass
    if m is None:  # "báo cáo định kỳ tình hình … 6 tháng trước ngày 05/7/2032": the period run on into its due phrase
        m = P.HALF_CYCLE_RUN_ON_RE.search(v, max(lo, h.start - 160), h.start)
    if m is None or _OTHER_DAY.search(v, m.end(), h.start):
        return False
    clause = P.CLAUSE_END_RE.search(v, h.end, h.end + 80)  # the date's clause ends as its caller's does (";" or ". ")
    if _OTHER_DAY.search(v, h.end, clause.start() if clause else h.end + 80):
        return False
    # "…, gửi trước ngày 10/6/2027; báo cáo năm gửi trước ngày 10/11/2027": this year's two reports, each dated
    stop = v.find(".", h.end, h.end + 160)
    return not P.YEAR_REPORT_DATED_RE.search(v, h.end, stop if stop >= 0 else h.end + 160)


def _report_term_kind(v: str, h: DateHit, lo: int) -> str | None:
    """The period of a yearless day of a month due for a report named by its period (the kind: a reporting regime's
    reports named by their terms, no "định kỳ" or "hằng năm" printed): "c) Báo cáo năm: trước ngày 15 tháng 11;" →
    yearly; "b) Báo cáo 6 tháng: trước ngày 15 tháng 6;" → yearly when the year's report is named beside it (its
    second half is the year's report, as :func:`_year_report_beside` reads the bracketed form), else six-monthly;
    "báo cáo kết quả … 6 tháng và năm với Ban Thường vụ trước ngày 10 tháng 6 và trước ngày 05 tháng 11" → each day
    yearly (the labels of t22-09, as of tune18's t18-02 and tune21's t21-05 for the same reports without the colon).
    None when no such report is named in the date's clause (from ``lo``)."""
    term = P.REPORT_TERM_COLON_RE.search(v, max(lo, h.start - 60), h.start)
    if term is not None:
        if term.lastgroup == "year" or P.YEAR_REPORT_NAMED_RE.search(v, max(0, h.start - 250), h.end + 250):
            return "year"
        return "half"
    if P.HALF_AND_YEAR_NAMED_RE.search(v, max(lo, h.start - 200), h.start):
        return "year"
    return None


def _half_report_named(v: str, half: re.Match[str]) -> bool:
    """The six-month phrase ``half`` names a report, "báo cáo (sơ kết) 6 tháng" (:data:`patterns.HALF_REPORT_NAMED_BEFORE_RE`):
    the mid-year report falls due once a year on its day of a month even when the year's report is listed in another
    item ("- Báo cáo sơ kết 6 tháng gửi trước ngày 10 tháng 6; ⏎ báo cáo năm gửi trước ngày 10 tháng 11 hằng năm",
    a54-08: 10/6/2040, not every six months from 10/12/2039)."""
    start = half.start()
    if not re.match(r"(?:so\s+ket\s+)?(?:0?6|s[a4]u)\s", v[start:start + 12]):
        return False  # "báo cáo định kỳ 6 tháng (trước ngày 20/6)": a cycle named, six-monthly (tests/test_report_calendar18.py)
    if v.startswith("so ket", start):
        return bool(re.search(r"bao\s+cao\s+$", v[max(0, start - 12):start]))
    return bool(P.HALF_REPORT_NAMED_BEFORE_RE.search(v[max(0, start - 20):start]))


def _year_report_beside(v: str, half: re.Match[str], s0: int, s1: int) -> bool:
    """A year's report is scheduled in the same sentence as the half-year's ``half`` ("báo cáo kết quả định kỳ 6 tháng
    (trước ngày 10/6) và hằng năm (trước ngày 10/11)", "báo cáo 6 tháng trước ngày 15/6 và báo cáo năm trước ngày
    10/12"): the year's second half is reported in the year's report, so the half-year's falls due once a year, on its
    day (the labels of tune17, authored16 and authored17 alike: yearly, first on the next 10/6). Without a year's report
    ("định kỳ 6 tháng (trước ngày 15/6)" alone) it stays six-monthly."""
    return any(m.lastgroup == "year" and m.start() != half.start()
               for m in P.RECURRENCE_PHRASE_RE.finditer(v, max(s0, half.start() - 200), min(s1, half.end() + 120)))


def _clause_end(v: str, at: int, s1: int) -> int:
    """Where the clause holding offset ``at`` ends: at the next ";" before the sentence's end ``s1``."""
    semi = v.find(";", at, s1)
    return s1 if semi < 0 else semi


def _yearly_pair(v: str, h: DateHit, s1: int) -> bool:
    """The date is the first of two yearless days of months that are not six months apart, "hằng năm" right after the
    second ("gửi định kỳ 6 tháng, trước ngày 05 tháng 6 và ngày 05 tháng 11 hằng năm": two reports a year, each on its
    own day): "hằng năm" is both days' cycle, each yearly. The second day reads it at once (the phrase follows it); the
    first, cut from it by the second, did not, and stood as a one-off. A pair six months apart is
    :func:`_half_pair`'s."""
    for m in P.DAY_MONTH_PAIR_RE.finditer(v, max(0, h.start - 12), min(s1, h.end + 40)):
        if m.start("d1") < h.end and h.start < m.end("m1"):
            return abs(int(m.group("m2")) - int(m.group("m1"))) != 6 and bool(P.EACH_YEAR_AFTER_RE.match(v, m.end()))
    return False


def _pair_rule(pair: re.Match[str]) -> str | None:
    """The RRULE of a six-monthly pair whose two days differ ("trước ngày 20/6 và trước ngày 15/12"): each on its own
    day (:func:`recurrence.half_yearly_days`); None when the days are the same (:func:`recurrence.half_yearly`)."""
    d1, m1, d2, m2 = (int(pair.group(g)) for g in ("d1", "m1", "d2", "m2"))
    return R.half_yearly_days((m1, d1), (m2, d2)) if d1 != d2 else None


#: the words a count opens with in the original text: "Số giáo viên …", "Tổng số hộ …", "Số lượng …"
_COUNT_OPENING = re.compile(r"[\s\-+•*_|]*(?:\(?[a-zđ\d]{1,2}[.)]\s*)?(?:[Tt]ổng\s+)?[Ss]ố\s+(?!hóa|hoá|[0-9])\w")


def _count_until(f: Folded, s0: int, h: DateHit) -> bool:
    """The date closes "đến (hết) ngày …" in a clause that opens with a count ("c) Số giáo viên dự kiến nghỉ hưu,
    thôi việc, chuyển công tác đến hết ngày 31/8/2027; nhu cầu tuyển dụng …"): the end of the time the count
    covers, a figure a report asks for, not a due date."""
    m = P.UNTIL_BEFORE_RE.search(f.view, max(s0, h.start - 20), h.start)
    if m is None:
        return False
    lo = max(s0, f.view.rfind(";", s0, m.start()) + 1, f.view.rfind(":", s0, m.start()) + 1)
    return bool(_COUNT_OPENING.match(f.original, lo)) and not _DUE_WORD.search(f.view, lo, m.start())


def _first_year_start(view: str, s0: int, h: DateHit, ref: dt.date | None) -> dt.date | None:
    """The day a recurring date's first occurrence is counted from: the document's date, or the first day of the year
    or month its sentence starts the task in ("Từ năm 2027, … hằng quý … trước ngày 25 của tháng cuối quý" →
    25/3/2027; "Kể từ tháng 01/2027, các chi bộ … báo cáo … trước ngày 25 hằng tháng" → 25/01/2027) when it starts
    after the document's date."""
    if ref is None:
        return ref
    m = None
    for m in P.FROM_YEAR_RE.finditer(view, s0, h.start):
        pass
    start = start_named(m)
    return start if start and start > ref else ref


def _first_period_start(view: str, s0: int, h: DateHit, ref: dt.date | None) -> dt.date | None:
    """The day a recurring date is counted from: the first day of the quarter or month named after its words ("trước
    ngày 12 của tháng cuối quý, bắt đầu từ quý I/2027" → 12/3/2027, not the quarter running on the document's date;
    "trước ngày 20 hằng tháng (kể từ tháng 01/2027)" → 20/01/2027) when it starts after the document's date, else
    :func:`_first_year_start`."""
    after = P.FROM_QUARTER_AFTER_RE.match(view, _pair_end(view, h))
    start = start_named(after)
    if ref is not None and start is not None and start > ref:
        return _reported_quarter_end(view, h, after, start)
    first = _first_year_start(view, s0, h, ref)
    if ref is not None and first is not None and first > ref:
        m = None
        for m in P.FROM_YEAR_RE.finditer(view, s0, h.start):
            pass
        return _reported_quarter_end(view, h, m, first)
    return first


def _reported_quarter_end(view: str, h: DateHit, m: re.Match[str] | None, start: dt.date) -> dt.date:
    """The day a report on each quarter is first counted from when its day falls in the quarter after the one
    reported on ("trước ngày 20 của tháng đầu quý sau"): the named first quarter's end, so "bắt đầu từ quý I năm 2027"
    first falls on 20/4/2027, the report on the first quarter (t24-09's label), not on 20/01/2027 (the report on the
    quarter before it). ``start`` as it is for any other day or start phrase."""
    if m is not None and m.groupdict().get("q") and h.kind == "day" and P.FIRST_MONTH_NEXT_QUARTER_RE.match(view, h.end):
        return start + relativedelta(months=3)
    return start


def effective_start(view: str, ref: dt.date | None) -> dt.date | None:
    """The day a recurring duty of this document is first counted from: the day the document takes effect when that is
    after its date (:data:`patterns.SELF_EFFECTIVE_RE`), else the document's date. Kind: a Quy chế or Quyết định signed
    on 15/12/2026 that "có hiệu lực kể từ ngày 01/01/2027" — its "trước ngày 20 hằng tháng" is first due 20/01/2027 and
    its "trước ngày 15 tháng 12 hằng năm" 15/12/2027, not the signing month's (authored20's a20-09 labels; no tuning
    label reads a recurring duty from a signing day before a later effective day)."""
    if ref is None:
        return ref
    for m in P.SELF_EFFECTIVE_RE.finditer(view):
        try:
            day = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        if ref < day <= ref + dt.timedelta(days=366):
            return day
    return ref


def _recurrence(f: Folded, h: DateHit, s0: int, s1: int, ref: dt.date | None
                ) -> tuple[str | None, str | None, str | None, str | None]:
    """(RRULE, date, earliest, latest) of the first occurrence on or after the
    document's date when the date repeats; (None, …) as found otherwise."""
    if h.recurrence:
        return _series_from(h, ref)
    if h.kind == "day" and h.day and (listed := listed_months_rule(f.view, h.end, h.day)):
        # "Ngày 05 các tháng 3, 6, 9 và 12": the day in each listed month, from the document's date
        first = R.first_on_or_after(listed, ref, ref) if ref is not None else None
        return listed, *((first.isoformat(),) * 3 if first else (None, None, None))
    kind = _recurrence_kind(f, h, s0, s1)
    if kind is None:
        return None, h.date, h.earliest, h.latest
    rule, anchor = None, None
    if h.kind in ("day_month", "exact") and h.month and h.day:
        rule = {"year": R.yearly(h.month, h.day), "half": R.half_yearly(h.day),
                "quarter": f"FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY={h.day}", "month": R.monthly(h.day)}[kind]
        if kind == "half" and not h.year_given and (pair := _half_pair(f.view, h, None, s0, s1)) is not None:
            rule = pair.rule or rule
        if h.year_given and h.date:
            anchor = P_date(h.date)
        elif ref is not None:
            anchor = P_date(iso(ref.year, h.month, h.day)) or P_date(iso(ref.year + 1, h.month, h.day))
    elif h.kind == "day" and h.day:
        rule = {"month": R.monthly(h.day), "quarter": R.quarterly(h.day),
                "quarter_next": R.quarterly(h.day, months=(1, 4, 7, 10))}.get(kind)
        anchor = ref
    elif h.kind in ("month", "month_part", "week", "quarter", "half") and not h.year_given and kind == "year" and h.latest:
        # "Hằng năm, … giao ban vào tuần cuối của tháng 12": a week of a named month repeats with its month
        lat = P_date(h.latest)
        rule = R.yearly(lat.month, lat.day if lat.day != _month_end(lat) else None)
        anchor = lat
    elif h.kind in ("month", "month_part", "week") and not h.year_given and kind == "half" and h.latest \
            and (pair := _half_pair(f.view, h, None, s0, s1)) is not None:
        lat = P_date(h.latest)  # "vào tuần cuối của tháng 6 và tháng 12": each half-year's last week
        rule = R.half_yearly(lat.day if lat.day != _month_end(lat) else None)
        anchor = lat
        if pair.rule is not None and ref is not None:
            # "vào tháng 7 và tháng 12 hằng năm": the two months' ends, the first still open on the document's date
            first = R.first_on_or_after(pair.rule, dt.date(ref.year, 1, 1), ref)  # "FREQ=YEARLY;BYMONTH=7,12;BYMONTHDAY=-1"
            if first is not None:
                return pair.rule, None, first.replace(day=1).isoformat(), first.isoformat()
    if rule is None:
        return None, h.date, h.earliest, h.latest
    if ref is None or anchor is None:
        return rule, h.date, h.earliest, h.latest
    if h.kind in ("day", "day_month", "exact"):
        first = anchor if anchor >= ref and h.kind != "day" else R.first_on_or_after(rule, anchor, ref)
        d = first.isoformat() if first else h.date
        return rule, d, d, d
    # a period (month, quarter …): its first occurrence ending on or after the document's date
    lat, ear = P_date(h.latest), P_date(h.earliest)
    step = 6 if kind == "half" else 12
    while lat < ref:
        lat = lat + relativedelta(months=step, day=31) if lat.day == _month_end(lat) else lat + relativedelta(months=step)
        ear = ear + relativedelta(months=step)
    return rule, None, ear.isoformat(), lat.isoformat()


def _series_from(h: DateHit, ref: dt.date | None) -> tuple[str | None, str | None, str | None, str | None]:
    """(RRULE, date, earliest, latest) of a hit that carries its own rule ("tháng cuối quý", "cuối mỗi tháng", "thứ
    Sáu hằng tuần"), its first occurrence read from the document's date: moved on to the first one ending on or after
    ``ref`` when the series starts later ("định kỳ hằng quý, trong tháng cuối quý, bắt đầu từ quý II/2034" in a plan of
    March: June, not March — a43-09's labels; :func:`_first_period_start` names the start), the window keeping its
    shape (a month from its first day, a day alone, a week its seven days)."""
    if ref is None or not h.recurrence or not h.latest or P_date(h.latest) >= ref:
        return h.recurrence, h.date, h.earliest, h.latest
    last = R.first_on_or_after(h.recurrence, ref, ref)
    if last is None:
        return h.recurrence, h.date, h.earliest, h.latest
    if h.kind == "month":
        first = last.replace(day=1)
    else:
        first = last - (P_date(h.latest) - P_date(h.earliest or h.latest))
    return h.recurrence, last.isoformat() if h.date else None, first.isoformat(), last.isoformat()


#: the words after a day of the month that say which month of each period it falls in ("của tháng cuối quý", "của
#: tháng đầu quý sau", "của tháng tiếp theo sau tháng cuối cùng của kỳ báo cáo"): part of the deadline as written
_DAY_PERIOD_AFTER = (P.FIRST_MONTH_NEXT_QUARTER_RE, P.LAST_MONTH_OF_QUARTER_AFTER_RE, P.NEXT_PERIOD_AFTER_RE,
                     LISTED_MONTHS_AFTER_RE)


def _pair_end(view: str, h: DateHit) -> int:
    """Where a recurring day's words end, the second day of a pair included: "trước ngày 20/6 và 20/12 hằng năm, bắt
    đầu từ năm 2027" is read on from after "20/12" (:data:`patterns.DAY_MONTH_PAIR_RE`), else
    :func:`_period_words_end`."""
    if h.kind in ("day_month", "exact"):
        for m in P.DAY_MONTH_PAIR_RE.finditer(view, h.start, min(len(view), h.end + 40)):
            if m.start() < h.end:
                return m.end()
            break
    return _period_words_end(view, h)


def _period_words_end(view: str, h: DateHit) -> int:
    """Where a recurring day's words end: after the month of the period it names, so a deadline's text (the
    checklist's Thời hạn) reads "trước ngày 15 của tháng cuối quý", not "trước ngày 15" (a monthly day to a reader)."""
    if h.kind != "day":
        return h.end
    for rx in _DAY_PERIOD_AFTER:
        m = rx.match(view, h.end)
        if m:
            return m.end()
    return h.end


def _month_end(d: dt.date) -> int:
    return calendar.monthrange(d.year, d.month)[1]


def first_verb(view: str) -> re.Match[str] | None:
    """The first action verb of a folded clause that is not part of a name
    ("Ban Xây dựng Đảng", "các tổ chức chính trị - xã hội"); a verb that is a noun too ("cấp", "thu") when the
    quantity it takes follows it and a body's name comes before it."""
    # a verb the line wrap cut ("Gia Lai đẩy⏎nhanh tiến độ …", hard-wrapped PDF or page text) is one verb
    view = view.replace("\n", " ")
    found = _action_verb(view)
    q = P.QUANTITY_VERB_RE.search(view, 0, found.start() if found else len(view))
    return q if q and q.start() > 0 and _named_before(view[:q.start()]) else found


def _named_before(view: str) -> bool:
    """The words before a quantity's verb (:data:`patterns.QUANTITY_VERB_RE`) name a body ("Phòng Kinh tế, Hạ tầng
    và Đô thị"): they open with an organisation's head word and hold no figure ("Phấn đấu cấp …", "Năm 2027 cấp …")."""
    head = view.lstrip("-+•*( ")
    return bool(P.ORG_HEAD_RE.match(head)) and not P.NOT_ORG_RE.match(head) and not re.search(r"\d", view)


def _place_syllable(before: list[str]) -> bool:
    """The folded word right before a verb (one of :data:`patterns.VERB_NAME_PREFIX`) is the last syllable of a place
    named after its level word ("Chi bộ thôn Tân Phong | tổ chức đại hội điểm …", "UBND xã Ba Sở | tổ chức …"): folded,
    "Phong" is "Phòng", "Sơ" is "Sở", and "Phòng Tổ chức" a department; after "thôn Tân" it is the village's name and
    the verb its body's act."""
    return len(before) > 2 and before[-3] in P.PLACE_LEVEL_WORDS and before[-2] not in P.VERB_NAME_PREFIX


_GLUED_HYPHEN_RE = re.compile(r"\s+|(?<=[a-z\u0111])-(?=[a-z\u0111])")


def _action_verb(view: str) -> re.Match[str] | None:
    """The first action verb of :data:`patterns.ACTION_VERB_RE` that is not part of a name."""
    name_end = -1  # end of the last verb read as part of a name
    named = [b.span() for b in P.BUSINESS_NAME_RE.finditer(view)]
    named += [b.span("name") for b in P.STEERING_NAME_RE.finditer(view)]
    for m in P.ACTION_VERB_RE.finditer(view):
        if any(a <= m.start() < b for a, b in named):
            continue  # "chủ đầu tư xây dựng và kinh doanh hạ tầng": the business in a body's name
        # a compound name's hyphen printed without spaces ("chính trị-xã hội", "kinh tế-xã hội") parts two words as
        # the spaced one does: "xã" stays the word before "hội", so "các tổ chức chính trị-xã hội | phát huy …" ends
        # the name as "chính trị - xã hội | phát huy" does (982-KH-UBND), never reads a "Hội Phát huy …"
        before = _GLUED_HYPHEN_RE.split(view[max(0, m.start() - 40): m.start()].strip())
        after = view[m.end():m.end() + 40].split()
        prev = before[-1].strip(",;") if before else ""
        if ((prev, loose_key(m.group("v"))) in P.VERB_NAME_AFTER
                and not (len(before) > 1 and before[-2] in P.VERB_NAME_UNLESS.get(prev, ()))) or (
                name_end >= 0 and re.fullmatch(r"\s*(?:,|va)\s*", view[name_end:m.start()])):
            name_end = m.end()  # "Bộ Xây dựng"; "Trưởng đoàn kiểm tra, giám sát": the team's name goes on
            continue  # "Bộ Xây dựng"
        if prev in P.VERB_NAME_PREFIX and not (len(before) > 1 and before[-2] in P.VERB_NAME_UNLESS.get(prev, ())) \
                and not _place_syllable(before) \
                and not m.group("v").startswith("tu ") \
                and not (m.group("v") in P.NAMELESS_VERBS and prev in P.NAMELESS_AFTER):
            # (no name holds "tự …": "Chi hội | tự đánh giá", t19-10; nor "gửi", "nộp": "Các tổ | gửi báo cáo …")
            continue  # "Ban Xây dựng Đảng" — but "xã hội tuyên truyền", "hồ sơ gửi …" are a name then its verb
        if m.group("v")[:1] in "bp" and " ".join(m.group("v").split()) not in P.ACTION_VERB_SET \
                and len(before) > 1 and before[-2] in P.PLACE_LEVEL_WORDS:
            # "tỉnh Ninh Bình | hướng dẫn …": the place's last word read as "định hướng" by the look-alike Đ/B of OCR
            # (patterns.kw), where the text has a B of its own; the verbs from its next word on (same offsets)
            word = len(m.group("v").split()[0])
            return _action_verb(view[:m.start()] + " " * word + view[m.start() + word:])
        nxt = after[0].strip(",;") if after else ""
        if P.AGENT_NOUN_NEXT.match(view, m.end()):
            continue  # "tuyên truyền viên", "báo cáo viên": a role, not the act
        if nxt in P.VERB_NAME_SUFFIX and m.group("v")[:1] in "xb":
            continue
        verb = loose_key(m.group("v"))
        if nxt in P.VERB_NOUN_NEXT.get(verb, ()) and not (
                len(after) > 1 and after[1].strip(",;") in P.VERB_EVENT_AFTER.get((verb, nxt), ())):
            continue  # "tổ chức đảng", "tổ chức chính trị - xã hội" (but "tổ chức hội nghị")
        return m
    return None


# Time adverbials that open the task, never a body's name ("giáo dục thường xuyên" is a kind of school: "trung tâm
# giáo dục nghề nghiệp - giáo dục thường xuyên | xây dựng …", tune17).
# (left40) "hằng ngày" / "mỗi ngày" too: "Công an xã | hằng ngày cập nhật …" — the rhythm of the task, as "hằng tuần"
_ADVERBIAL = re.compile(
    rf"\s(?:{P.kw('dinh ky')}|(?:{P.HANG}|m[o06db][io1])\s+(?:{P.NAM}|{P.THANG}|{P.QUY}|t[uw]{{1,2}}[a4]n|{P.NGAY})"
    rf"|(?<!giao duc ){P.kw('thuong xuyen')}|{P.kw('kip thoi')})(?![a-z])"
)


def split_actor(text: str) -> tuple[str | None, str]:
    """Like :func:`split_subject`, but only when the subject is a body that can
    act ("Ủy ban nhân dân xã", "Các chi bộ", "Văn phòng Đảng ủy"): it opens
    with an organisation head word and its verb is not narrative ("đã",
    "đang"). Otherwise (None, text): the clause has no clear actor."""
    who, what = split_subject(text)
    if who is None:
        return None, text.strip()
    adv = _ADVERBIAL.search(Folded.of(who).view)
    if adv:  # "Ban Tuyên giáo | định kỳ 6 tháng tổng hợp …"
        who, what = clean_quote(who[: adv.start()]), text[adv.start() + 1:].strip()
        if not who:
            return None, text.strip()
    f = Folded.of(who)
    words = who.split()
    head = f.view.lstrip("-+• ")
    if not P.ORG_HEAD_RE.match(head) or P.NOT_ORG_RE.match(head) or re.search(r"\d{4}", who) \
            or (len(words) > _actor_words(f.view) and not (len(words) <= _BODY_LIST_WORDS and _body_list(head))):
        return None, text.strip()
    if f.view.split()[0] == "so" and (words[0] != "Sở" and (len(words) < 2 or not words[1][:1].isupper())):
        return None, text.strip()  # "Số hóa tài liệu …" is a task, "Sở Nội vụ" a body
    duty = P.DUTY_TAIL_RE.search(f.view)
    if duty and len(f.view[:duty.start()].split()) >= 2:
        who = who[:duty.start()].rstrip(" ,")  # "Công chức Tài chính - Kế toán phải | lập …": the duty, not the name
        words = who.split()
    last = words[-1]
    if last in ("đã", "đang", "vừa", "từng", "được", "da", "dang", "vua", "tung", "duoc"):
        return None, text.strip()  # "Chi bộ đã lãnh đạo …": a report of the past
    notice = W.TRAILING_NOTICE.search(who)
    if notice and len(who[:notice.start()].split()) >= 2:
        # "Bộ Chỉ huy Bộ đội Biên phòng tỉnh | thông báo, kêu gọi …": the first of its acts, not part of its name
        at = text.find(who)
        what = text[at + notice.start():].strip(" ,") if at >= 0 else f"{who[notice.start():].strip()} {what}"
        who = who[:notice.start()].rstrip(" ,")
    return who, what


#: how many words a list of three bodies or more (:func:`_body_list`) may hold: the council's own list written out
#: at a commune's level, "Thường trực Hội đồng nhân dân xã, các Ban của Hội đồng nhân dân xã, các Tổ đại biểu Hội đồng
#: nhân dân xã và đại biểu Hội đồng nhân dân xã" (t31-02), is 32 words
_BODY_LIST_WORDS = 36


def _actor_words(who: str) -> int:
    """How many words a body's name may hold: 20; a list of bodies whose parts each open with a body's head word
    ("Các chi bộ trực thuộc, Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội", 23 words with
    the dash: a commune's Kế hoạch, tune17) 25."""
    parts: list[str] = []
    for x in (x.strip(" -") for x in re.split(r",|\s+va\s+", who) if x.strip(" -")):
        # (the fields of one department's name after its head, "Phòng Kinh tế, Hạ tầng và Đô thị", "Sở Văn hóa, Thể
        # thao và Du lịch": a short part with no head word of its own goes on with the body before it)
        if parts and P.ORG_HEAD_RE.match(parts[-1]) and not P.ORG_HEAD_RE.match(x) and len(x.split()) <= 3:
            parts[-1] = f"{parts[-1]}, {x}"
        else:
            parts.append(x)
    if re.search(r"(?<![a-z])(?:la|gom)(?![a-z])", who):
        return 20  # "Phó Trưởng Ban Thường trực Ban Chỉ đạo là Phó Chủ tịch …, Phó Trưởng Ban Chỉ đạo gồm đại diện": members
    if len(parts) >= 2 and all(P.ORG_HEAD_RE.match(re.sub(r"^(?:cac|nhung)\s+", "", x)) for x in parts):
        return 25
    return 20


def _body_list(view: str) -> bool:
    """A long subject that lists three bodies or more, each part after a comma opening with a body's head word:
    "Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu và đại biểu Hội đồng nhân dân xã"
    (a16-09, 25 words: the one list the council charges); a head of the longer list opens a part too: "Đài Truyền hình
    Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam và các cơ quan thông tấn, báo chí" (a Công điện, t21-03).
    A part that continues the one before it is no body of its own: the levels of local government ("… Ủy ban nhân dân
    các tỉnh, thành phố trực thuộc Trung ương") and the Government's kinds of bodies a head governs ("Thủ trưởng cơ quan
    ngang bộ, cơ quan thuộc Chính phủ"); the list still counts its commas."""
    raw = [x.strip() for x in view.split(",")]
    parts: list[str] = []
    for x in raw:
        if parts and ((W.LEVEL_LIST_CONTINUED.match(x) and W.LEVEL_LIST_END.search(parts[-1]))
                      or (W.GOVERNMENT_BODY_KINDS.match(x) and W.GOVERNMENT_HEAD.match(parts[-1]))):
            parts[-1] = f"{parts[-1]}, {x}"
        else:
            parts.append(x)
    return len(raw) >= 3 and all((P.ORG_HEAD_RE.match(x) or W.MORE_HEADS.match(x)) and not P.NOT_ORG_RE.match(x)
                                 for x in parts)


def long_body_list(view: str) -> bool:
    """A request's addressees listed at length (folded), up to 90 words, every comma's part a body by its head word:
    "Đề nghị Văn phòng Tỉnh ủy và các Ban Xây dựng Đảng và Ủy ban Kiểm tra Tỉnh ủy, Văn phòng Đoàn đại biểu Quốc hội và
    HĐND tỉnh, …, Chi cục Hải quan khu vực XI | tăng cường …" (1026-KH-UBND, 77 words): one joint subject, longer than a
    name's limit."""
    return len(view.split()) <= 90 and _body_list(view)


def split_subject(text: str) -> tuple[str | None, str]:
    """("Đảng ủy", "tổ chức Hội nghị …") from "Đảng ủy tổ chức Hội nghị …".

    The subject is the words before the first action verb (see
    :func:`first_verb`); None when the clause starts with its verb, has
    none, or the words before it are too many to be a name.
    """
    f = Folded.of(text)
    m = first_verb(f.view)
    at = 0
    while m is not None and text[at + m.start():at + m.start() + 1].isupper() \
            and P.CAPITALISED_NAME_HEAD_RE.search(f.view[:at + m.start()]):
        at += m.end()  # "Bộ phận Tổ chức | hoàn thành …": the capitalised verb names the unit, its verb comes after
        m = first_verb(f.view[at:])
    if m is None:
        return None, text.strip()
    start = at + m.start()
    before = f.view[:start].split()
    if not before or (len(before) > 25 and not (len(before) <= _BODY_LIST_WORDS and _body_list(" ".join(before)))):
        # (a list of bodies runs longer: "Thường trực Hội đồng nhân dân xã, các Ban của Hội đồng nhân dân xã, các Tổ đại
        # biểu và đại biểu Hội đồng nhân dân xã | giám sát …", 26 words, a HĐND xã's Nghị quyết, t22-05; 32 with "Hội
        # đồng nhân dân xã" after each, t31-02)
        return None, text.strip()
    if P.RHYTHM_ONLY_RE.match(" ".join(before)):
        return None, text[start:].strip()  # "Trước ngày 15/12 | hàng năm | tổng hợp, báo cáo …": the rhythm, no body
    return clean_quote(text[:start]), text[start:].strip()


def _receiver_of_sent(f: Folded, prev_what: str | None, prev_end: int, start: int) -> str | None:
    """The body a report was sent to (:data:`.assignment_words.SENT_TO_BODY`) when the clause after that task's date
    opens with its purpose ("… về Ban Xây dựng Đảng trước ngày 25 tháng 11 | để tổng hợp báo cáo … trước ngày 05/12"):
    that body does the purpose clause, as written; else None."""
    if not prev_what or not W.PURPOSE_AFTER_DATE.match(f.view[prev_end:start]):
        return None
    sent = W.SENT_TO_BODY.search(Folded.of(prev_what).view)
    if sent is None or not P.ORG_HEAD_RE.match(sent.group("body")):
        return None
    return prev_what[sent.start("body"):sent.end("body")].strip(" ,")


_LEAD_CONJ = re.compile(
    r"^(?:(?:và|hoặc|rồi|đồng thời|để|va|hoac|de(?!\s+(?:nghi|xuat))|dong thoi)(?:\s+|$)|[,;:.\s+•*-]+"
    r"|\(?(?:[a-zđ]|\d{1,2}(?:\.\d{1,2})*|[ivx]{1,4})\)\s+|\d{1,2}(?:\.\d{1,2})*\.\s+)+", re.I)  # and a list label "b)", "2.1."
_TRAIL_CUE = re.compile(
    rf"[,\s]*(?:{P.kw('hoan thanh')}|{P.kw('xong')}|,\s*{P.kw('thuc hien')}|{P.kw('ket thuc')})?[,\s]*$"
)  # ", thực hiện trong tháng 7" times the task; "sơ kết việc thực hiện vào tháng 7" names it
_STRIVE = re.compile(rf"^{P.kw('phan dau')}$")
# an item's label inside a line, after the previous item's full stop or semicolon (folded): "…. b) ", "; c) "
# or at a line's start under an item's heading line ("1. Văn phòng HĐND và UBND phường⏎a) Rà soát …, xong trước ngày
# 31/01/2027": the heading names the body, the lettered item under it is the task)
_INLINE_LABEL = re.compile(r"(?:[.;]\s+|\n[ \t]*)\(?[a-zđ]\)\s+")
# A task's time on a paragraph of its own, under the dashed item it times ("- Tham mưu triển khai …" /
# "Thời gian hoàn thành: Tháng 11 - 12/2025.", 1627/QĐ-UBND; the label may wrap: "Thời" / "gian …")
_TIME_LABEL_LINE = re.compile(
    r"\s*th[o06]i\s+(?:gi[a4]n|h[a4]n)(?:\s+(?:h[o06][a4]n\s+th[a4]nh|th[uwi]c\s+hi[e¢]n))?\s*:")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _item_above(o: str, s0: int) -> str | None:
    """The dashed item just above ``s0`` as a task: its list mark, line breaks and closing stop
    dropped; None when the paragraph above is no dashed item (a heading "4. Đối tượng …")
    or another time label."""
    head = o[:s0].rstrip()
    para = _PARAGRAPH_BREAK.split(head)[-1].strip() if head else ""
    if not para.startswith(("-", "+", "•", "*", "–")):
        return None
    item = re.sub(r"\s+", " ", para).strip().lstrip("-+•*– ").strip().rstrip(".;,")
    if len(item.split()) < 3 or _TIME_LABEL_LINE.match(Folded.of(item).view) or item.isupper():
        return None
    return item


def _without_recurrence(text: str) -> str:
    """A task clause without its schedule words and brackets: ") và hằng năm (" is no task."""
    fv = Folded.of(text).view
    rest = text
    for m in reversed(list(P.RECURRENCE_PHRASE_RE.finditer(fv))):
        rest = rest[:m.start()] + rest[m.end():]
    rest = _LEAD_CONJ.sub("", clean_quote(rest.replace("(", " ").replace(")", " "))).strip()
    if not re.search(r"\w\w", rest):
        return ""  # only a schedule and brackets
    text = _LEAD_CONJ.sub("", clean_quote(text.replace("(", " ").replace(")", " "))).strip()
    tail = [m for m in P.RECURRENCE_PHRASE_RE.finditer(Folded.of(text).view) if not text[m.end():].strip(" ,;")]
    return clean_quote(text[:tail[0].start()]) if tail else text  # "… thực hiện định kỳ 6 tháng": the schedule is the date's


#: a report's period at the end of a task ("báo cáo kết quả 6 tháng", "… hằng năm"), folded
_TASK_PERIOD_END = re.compile(r"\s+(?:(?:dinh ky\s+)?(?:0?6|sau)\s+thang|(?:hang|moi)\s+(?:nam|quy|thang)|(?:ca\s+)?nam|quy)\s*$")


def _with_period(prev_what: str, between: str) -> str:
    """The task of a second date that names only its own period: "báo cáo kết quả 6 tháng (trước ngày 05/6) và hằng
    năm (trước ngày 05/12)" → "báo cáo kết quả hằng năm" for 05/12 (issue 10: each date with its real task), the
    first task with its period swapped; ``prev_what`` unchanged when either has no period."""
    period = P.RECURRENCE_PHRASE_RE.search(Folded.of(between).view)
    tail = _TASK_PERIOD_END.search(Folded.of(prev_what).view)
    if not period or not tail:
        return prev_what
    return f"{prev_what[:tail.start()]} {clean_quote(between[period.start():period.end()])}"


def _own_review(prev_what: str, before: str) -> str | None:
    """The task of a second date whose clause names a review other than the first date's: "báo cáo sơ kết 6 tháng
    trước ngày 15/6/2027 và tổng kết năm trước ngày 15/12/2027" → "báo cáo tổng kết năm" (the first task's words up
    to its review, then this clause's); the clause itself when the first task names no review ("tổng kết năm"). None
    when ``before`` names no review, or the same one ("… quý (trước …) và năm (trước …)": one task, two periods)."""
    mine = P.REVIEW_WORD_RE.search(Folded.of(before).view)
    if mine is None:
        return None
    theirs = P.REVIEW_WORD_RE.search(Folded.of(prev_what).view)
    if theirs is None:
        return before[mine.start():] if len(before[mine.start():].split()) >= 2 else None
    if theirs.group(0) == mine.group(0):
        return None
    return f"{prev_what[:theirs.start()]}{before[mine.start():]}"


def _open_bracket(text: str) -> bool:
    """``text`` ends inside a bracket it opened ("… quý (trước ngày 15")."""
    return text.rfind("(") > text.rfind(")")


def _schedule_only(text: str) -> bool:
    """True when a clause before a date holds only schedule words ("Định kỳ",
    "định kỳ hằng năm", "tổng kết năm", "6 tháng") — the task comes after the date."""
    words = re.findall(r"[a-z0-9]+", Folded.of(text).view)
    return bool(words) and all(w in P.SCHEDULE_WORDS for w in words)


def _task_after_schedule(text: str) -> str:
    """The task written after a schedule: "… 15/11 hằng năm (hoặc đột xuất khi có yêu cầu)
    báo cáo kết quả …" → "báo cáo kết quả …" (the clause up to ";" or a full stop)."""
    end = re.search(r";|\.(?:\s|$)|\n\s*[-+•]", text)
    text = text[:end.start()] if end else text
    close = text.find(")")
    if close >= 0 and "(" not in text[:close]:
        text = " " * (close + 1) + text[close + 1:]  # the date stood inside a bracket: the task follows it
    view = Folded.of(text).view
    pos = 0
    while True:  # the schedule list opens the text; the task is what follows it
        m = P.SCHEDULE_NOISE_RE.match(view, len(view) - len(view[pos:].lstrip()))
        if not m or m.end() == m.start():
            break
        pos = m.end()
    return _LEAD_CONJ.sub("", clean_quote(text[pos:])).strip(" ,;:")


#: an adjunct right after a task's day, closed by a comma before the next task (folded): "trước 15/3/2026 | theo biểu mẫu
#: đính kèm, | báo cáo kết quả trước 25/9/2026" (a seed's Kế hoạch) — the manner, place or channel of the task before
_ADJUNCT_AFTER_DATE = re.compile(rf"[ \t\n]+(?P<adj>(?:{P.kw('theo')}|{P.kw('qua')}|{P.kw('bang')}|{P.kw('tai')})\s[^,;.:()\n\d]{{2,50}}?),\s+(?=[a-z])")


def _what(f: Folded, h: DateHit, cue_start: int, s0: int, s1: int, prev_end: int,
          prev_what: str | None = None, prev_who: str | None = None) -> tuple[str | None, str | None]:
    """What is due (and by whom, when the clause names a body that acts).

    The task is the clause that holds the date: from the last ";", ":" or
    "(" before it (or the sentence start, or the end of the previous
    deadline of the sentence) to the deadline cue, without a leading "và"
    and without a trailing "hoàn thành". A clause that is only a lead-in
    ("Dự kiến đầu tháng 10/2025: Đảng ủy tổ chức …", "phấn đấu đến cuối
    tháng 10 có …") reads the words after the date instead; a second date
    of one task ("… trước 15/6 và trước 15/12") shares the first one's task, a date after a ";" does not
    (the ";" closed the first task's clause, whether a line break follows it or not).
    """
    o, v = f.original, f.view
    lo = max(s0, prev_end)
    opening = re.search(r"\(\s*$", v[lo:cue_start])
    if opening:  # "… định kỳ 6 tháng (trước ngày 05/6)": the bracket holds only the date
        cue_start = lo + opening.start()
    seg = v[lo:cue_start]
    close = seg.find(")")
    if prev_end > s0 and close >= 0 and "(" not in seg[:close] and _open_bracket(v[s0:prev_end]):
        # "… định kỳ quý (trước ngày 15 của tháng cuối quý) và năm (trước ngày 10/12/2027)": the words up to the
        # bracket's end are the earlier date's ("của tháng cuối quý"), not the task of this one
        lo += close + 1
        seg = v[lo:cue_start]
    if ";" in seg:  # "… đầu tháng 10/2025: Đảng ủy tổ chức …; cuối tháng 10/2025 tổ chức …": a clause of its own
        prev_what = None
    paren = seg.rfind("(")
    if paren >= 0 and ")" in seg[paren:]:
        paren = -1  # "(qua Ban Xây dựng Đảng)" is closed: the task runs on before it
    colon = seg.rfind(":")
    while colon >= 0 and P.LIST_COLON_RE.search(seg[:colon]):
        colon = seg.rfind(":", 0, colon)  # "… và các Bộ: Tài chính, …": names of the head, not a lead-in
    cut = max(paren, seg.rfind(";"), colon)
    label = None
    for label in _INLINE_LABEL.finditer(seg):
        pass
    if label and label.end() - 1 > cut:
        # "a) Xây dựng kế hoạch …, gửi về … trong thời hạn 10 ngày …. b) Định kỳ hằng năm (trước ngày 15 tháng
        # 12) báo cáo …" (153-KH-UBND): the items of one line, each its own task
        cut = label.end() - 1
    if cut >= 0:
        lo = lo + cut + 1
    raw = o[lo:cue_start]
    tail = _TRAIL_CUE.search(Folded.of(raw).view)
    if tail:
        raw = raw[: tail.start()]
    before = _LEAD_CONJ.sub("", clean_quote(raw)).strip()
    scheduled = _schedule_only(before)  # "Định kỳ 6 tháng (trước ngày 15/6) và hằng năm (…), các chi bộ báo cáo …"
    before = _without_recurrence(before)
    if not before and prev_end > s0 and prev_what:
        return _with_period(prev_what, raw), prev_who  # the second date of the task: its body too
    if cut >= 0 and seg[cut] == ";" and _ONLY_COMPLETION.fullmatch(Folded.of(before).view) \
            and len(re.split(r"[;.(]|\n\s*[-+]", o[h.end:s1])[0].split()) < 2 \
            and (task := _clause_before(o, v, max(s0, prev_end), lo - 1)):
        return task, None  # "b) Kiểm tra an toàn …, đê điều xung yếu; hoàn thành trong tháng 11/2026."
    if cut >= 0 and seg[cut] == ";" and _report_only(before) \
            and len(re.split(r"[;.(]|\n\s*[-+]", o[h.end:s1])[0].split()) < 2 \
            and (task := _clause_before(o, v, max(s0, prev_end), lo - 1)):
        # "3.2. Khẩn trương tổng kết việc thi hành …; báo cáo Thủ tướng Chính phủ trước ngày …": the report closes the
        # task of the clause before it, which the date is the deadline of (a row "báo cáo Thủ tướng Chính phủ" lost it)
        actor, rest = split_actor(task)
        task = rest if actor and rest else task
        # (the task's opening words kept, its verb, when both run over the limit: not the end nearest the date)
        return f"{clipped_quote(task, max(80, _TASK_LIMIT - len(before) - 4))}; {before}", actor
    actor, rest = split_actor(before) if before else (None, before)
    adv = _ADVERBIAL.search(Folded.of(before).view) if before and not actor else None
    if adv and _schedule_only(before[adv.start():]) and P.ORG_HEAD_RE.match(Folded.of(before).view):
        actor, rest = clean_quote(before[:adv.start()]), before[adv.start():]  # "Các cơ quan | định kỳ hằng năm"
    if _schedule_only(before) and prev_end > s0 and prev_what and "," not in f.original[prev_end:h.start]:
        # "… quý (trước ngày 15) và năm (trước …)": the same task's period; not "sơ kết 6 tháng vào tháng 7/2026,
        # tổng kết năm vào tháng 12/2026", where the clause after the comma names its own review
        own = _own_review(prev_what, before)
        return (own or _with_period(prev_what, raw)), prev_who
    if _schedule_only(before) or (actor and _schedule_only(rest)) or (scheduled and not before):
        # "Định kỳ hàng tháng (trước ngày 16 hàng tháng), 6 tháng (…) … báo cáo …": the task follows the schedule
        after = _task_after_schedule(o[h.end:s1])
        if len(after.split()) >= 2:
            who, what = split_actor(after)
            return what, who or actor
        if not before and prev_end > s0 and prev_what:
            return prev_what, None
    lead = bool(before) and (_LEAD_CUE.fullmatch(Folded.of(before).view) or _STRIVE.match(Folded.of(before).view)
                             or P.STEP_LABEL_ONLY_RE.fullmatch(Folded.of(before).view))
    if not before or lead:
        m = re.search(r"[;.(]|\n\s*[-+]", o[h.end:s1])
        after = clean_quote(o[h.end:h.end + (m.start() if m else s1 - h.end)])
        after = _without_recurrence(after.lstrip(":, ").strip())
        after = re.sub(r"^\)\s*:?\s*", "", after)  # "Bước 1 (… 10/12/2026): Các chi bộ …": the task after the bracket
        if len(after.split()) >= 2:
            who, what = split_subject(after)
            if lead and _STRIVE.match(Folded.of(before).view):
                return f"{before} {after}", None
            return what, who
        return (before or None), None
    cue = P.ASSIGN_CUE_RE.match(Folded.of(before).view)  # "Giao Ban Tuyên giáo định kỳ … báo cáo …"
    who, what = split_actor(before[cue.end():] if cue else before)
    if who and len(what.split()) >= 1:
        return what, who
    done = (tail and tail.group().strip(" ,")) or re.match(r"(?:hoan thanh|xong)(?![a-z])", v[cue_start:])
    if done and _units_alone(before):
        # "- Hướng dẫn các chi bộ tổ chức kiểm điểm …; các chi bộ | hoàn thành trước ngày 15/12/2027" (a Đảng ủy's Báo
        # cáo sơ kết): the units named before their completion word finish by the date, not the body above
        return "hoàn thành", before
    return before, None


def _units_alone(before: str) -> bool:
    """``before`` is a plural of units and nothing more, in lower case after a ";" ("các chi bộ", "các xã, phường"): the
    subject of the completion word the date's cue follows."""
    v = Folded.of(before).view
    return bool(re.fullmatch(r"(?:cac|moi) [a-z ,]{2,40}", v)) and P.ORG_HEAD_RE.match(v[4:]) is not None \
        and P.ACTION_VERB_RE.search(v) is None


#: a clause that only completes or carries out a task, its date after it (folded): "…; hoàn thành trong tháng 11/2026"
_ONLY_COMPLETION = re.compile(rf"(?:{P.kw('hoan thanh')}|{P.kw('xong')}|{P.kw('thuc hien')}|{P.kw('trien khai')}|{P.kw('ket thuc')})?")
#: a clause that only reports to a named body, the task it reports on before its ";" (folded): "báo cáo Thủ tướng Chính
#: phủ", "gửi báo cáo về Sở Nội vụ", "báo cáo Ủy ban nhân dân tỉnh kết quả"
_REPORT_TO = re.compile(rf"(?:{P.kw('gui')}\s+)?{P.kw('bao cao')}(?:\s+{P.kw('ket qua')})?(?:\s+(?:{P.kw('ve')}|{P.kw('len')}|{P.kw('cho')}))?\s+")
_REPORT_TAIL = re.compile(rf"\s+{P.kw('ket qua')}(?:\s+{P.kw('thuc hien')})?$")


def _report_only(before: str) -> bool:
    """``before`` reports to a body named with a capital and does nothing else (no action verb after the body's name):
    "báo cáo Thủ tướng Chính phủ (kết quả)", not "báo cáo tình hình …" or "báo cáo UBND tỉnh xem xét, quyết định"."""
    v = Folded.of(before).view
    m = _REPORT_TO.match(v)
    if not m or not before[m.end():m.end() + 1].isupper():
        return False
    to = _REPORT_TAIL.sub("", v[m.end():])
    # (a verb inside the body's capitalised name is none: "Trưởng Ban Chỉ đạo 389 quốc gia")
    verbs = [x for x in P.ACTION_VERB_RE.finditer(to) if not before[m.end() + x.start():][:1].isupper()]
    return 1 <= len(to.split()) <= 16 and not verbs


#: an item's label inside a sentence, after a stop, a semicolon or a line break: "…. b) ", "⏎a) "
_CLAUSE_LABEL = re.compile(r"(?:[.;]|\n)[ \t]*\(?[a-zđ]\)\s+")


def _clause_before(o: str, v: str, lo: int, semi: int) -> str | None:
    """The task of a date whose own clause only completes it: "b) Kiểm tra an toàn 100% hồ chứa nước, đê điều xung
    yếu; hoàn thành trong tháng 11/2026" (a Chỉ thị's item, the ";" parts the task from its time) — the clause before
    the ";" at ``semi``, from the one before it, an item's label or ``lo``; None when it is no task (under two words)."""
    seg = v[lo:semi]
    cut = max(seg.rfind(";"), seg.rfind(":"))
    for label in _CLAUSE_LABEL.finditer(seg):  # "2. Sở Xây dựng⏎a) Rà soát …": the item's own words
        cut = max(cut, label.end() - 1)
    clause = _LEAD_CONJ.sub("", clean_quote(o[lo + cut + 1:semi])).strip(" ,")
    return clause if len(clause.split()) >= 2 else None


def find_deadlines(
    f: Folded, start: int, end: int, ref: dt.date | None, masks: list[tuple[int, int]],
    tables: tuple[tuple[int, int], ...] = (), cells: tuple[tuple[int, int], ...] = (),
    span_cells: tuple[tuple[int, int], ...] = (), aims: tuple[tuple[int, int], ...] = (),
    timings: tuple[tuple[int, int], ...] = (), dated: list[DateHit] | None = None,
    runs: tuple[tuple[int, int], ...] = (),
    printed: Collection[str] = (),
    rows: tuple[tuple[int, int], ...] = (),
) -> list[Deadline]:
    """Deadlines in ``[start, end)`` of the document, in text order.

    ``dated`` is ``find_dates(f.view, ref)``, read once per document by a caller that asks for several parts (a
    letter's request paragraphs, the body, each appendix): read here again at each call, the whole text's dates
    were scanned once per part (a 940 KB archive pasted on one line: 18 passes, 48 s CPU).

    ``tables`` are the extents of the document's task tables: a sentence outside one ends at its edges. Its cells
    are lines without a full stop, so "Sở Y tế sẽ tổng hợp, báo cáo UBND tỉnh trước ngày 20/12/2026." right under a
    table read as one sentence with the whole last row ("2 Báo cáo kết quả tiêm chủng Trung tâm Kiểm soát … Hằng
    quý Sở Y tế sẽ tổng hợp …"), which became the deadline's task.

    ``cells`` are the extents of the task tables' due cells (:mod:`.due_cells`): a month or a year inside one is that
    row's time though no due word precedes it ("Tháng 4/2027 và tháng 9/2027" under "Thời gian giám sát"); a span
    of years alone in one of ``span_cells`` (a completion column's: "Thời gian hoàn thành | 2027 - 2028") is its
    interval. ``aims`` are the extents of the parts headed as the document's targets ("III. CHỈ TIÊU"): a figure there
    stated "trong năm 2027" is a target with its year, no task due in it. ``timings`` are the extents of the parts
    headed by the time alone ("4. Thời gian", :func:`timing_parts`): a dated day after an item's label there is the
    item's time though no due word precedes it (:func:`_timing_item`). ``runs`` are the due cells of rows that name a
    campaign (:func:`.due_cells.campaign_cells`): a "từ … đến …" there is the campaign's running period. ``printed``
    are ISO days the whole document writes, passed by a caller that reads one cell alone: a lead time's bracketed day
    is checked against them (:func:`.event_leads.lead_day`).
    ``rows`` are the extents of the data tables' rows under their header (:func:`.row_sentences.body_rows`): a date in
    one reads its sentence within its row, never the header row or the caption above the table.

    A report cycle without a day ("báo cáo hằng quý", "định kỳ 6 tháng, hằng năm") is no deadline: the labels leave
    it out (review labels of 3509/QĐ-CT, the tune17 authors), and dating it by its running period cost tune17 two
    false deadlines a plan (session 17); the checklist shows it as written (:mod:`.undated_dues`)."""
    hits = dates_within(find_dates(f.view, ref) if dated is None else dated, start, end)
    hits = sorted(hits + [h for h in weekly_in_cells(f.view, ref, cells, hits) if start <= h.start and h.end <= end],
                  key=lambda h: h.start)  # "Thứ Hai hằng tuần" alone in a due cell
    if P.LEAD_DAYS_BEFORE_EVENT_RE.search(f.view, start, end):  # "… chậm nhất 50 ngày trước ngày bầu cử.": the plan's day
        days = find_dates(f.view, ref) if dated is None else dated
        hits = sorted(hits + event_day_hits(f.view, start, end, hits, days), key=lambda h: h.start)
    masked = SpanSet(masks)
    hits = [h for h in hits if not (masked.covers(h.start) or masked.covers(h.end - 1))]
    hits, dashed = dash_ranges(f.view, hits)  # "01/11 - 30/11/2026": one range, read as "từ … đến …" is
    out: list[Deadline] = []
    # the days the text writes, with those of the whole document a caller reading one cell passes (event_leads)
    printed = {d.date for d in (dated if dated is not None else hits) if d.date} | set(printed)
    sample = f.original[start:start + 4000]
    accented = sum(ord(c) > 127 for c in sample) > 0.04 * max(1, len(sample))
    prev_end_in_sentence: dict[int, int] = {}
    ends: dict = {}  # sentence_bounds' memory of the sentence ends found: one scan of a long sentence, not one a date
    pending_from: tuple[DateHit, int] | None = None
    rec_ref = effective_start(f.view, ref)  # a recurring duty counts from the day the document takes effect
    paired_until = -1  # the end of a six-monthly time's second occurrence, read with its first (:func:`_half_pair`)
    closing_days: set[int] = set()  # a period's last day restated after it (:func:`_day_within_after`)
    framed: dict[int, int] = {}  # a day in brackets after its period → where the period's cue opens (:func:`_bracketed_day`)
    and_days: set[int] = set()  # the days read as a listed due day's next ones (:func:`_second_due_day`)
    for i, h in enumerate(hits):
        if h.start < paired_until or h.start in closing_days:
            continue
        # the day that closes this period and restates it, passed over only once the period is read as due (a period
        # dropped below, "trích từ tiền lương tháng 4/2032, nộp … xong trước 30/4/2032", leaves its day due)
        closing_day = None
        if h.kind == "tet_eve":
            # "tặng quà trước Tết", "sửa chữa nhà ở … trước Tết nguyên đán năm 2026": an event the text gives no date for
            # (the labels of 232-CD-TTg, a19-08, a19-10, t17-08, t20-01 and t21-06 alike leave it undated, labels README
            # "a deadline tied to an event whose date the text does not give is not dated"); its words are read as a
            # date only so that their year ("năm 2026") is no due year
            continue
        if i and _restated_in_brackets(f.view, hits[i - 1], h):
            continue  # "đến ngày 15/02/2027 (từ đêm Giao thừa đến hết ngày mùng 10 tháng Giêng năm Đinh Mùi)": one day
        if i + 1 < len(hits) and _narrowed_in_brackets(f.view, h, hits[i + 1]):
            continue  # "trong tuần thứ hai của tháng 9/2030 (từ ngày 09/9 đến ngày 13/9/2030)": the bracket's days
        if i and _span_day_in_brackets(f.view, _from_to_span(f.view, hits, i - 1), h):
            continue  # "trong 02 ngày, ngày 17 và 18/12/2030 (khai mạc lúc 07 giờ 30 phút ngày 17/12/2030)": one span
        if i and _expected_in_brackets(f.view, hits[i - 1], h):
            continue  # "tổ chức trong tháng 10/2028 (dự kiến ngày 27/10/2028)": the month is due, the day a forecast
        if _in_heading(f, h):
            continue  # "II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026": a heading names a period, not a due date
        if h.kind in _COLUMN_PERIODS and _in_column_head(f.view, h):
            continue  # "| Loại vắc xin | Đợt 1 (tháng 3 - 4/2037) (liều) |": the period a column's figures cover
        if h.kind == "year" and P.SEASON_BEFORE_YEAR_RE.search(f.view, max(start, h.start - 30), h.start):
            continue  # "trước mùa mưa bão năm 2027": a season the text gives no date for, its year no due year
        if h.kind in ("month", "month_part", "month_range") \
                and P.WEATHER_SPELL_BEFORE_RE.search(f.view, max(start, h.start - 40), h.start):
            continue  # "trong đợt nắng nóng đầu tháng 6": when the weather comes, no due time (t53-05)
        if h.kind == "year" and any(b.start() <= h.start < b.end() for b in P.BASELINE_RE.finditer(
                f.view, max(start, h.start - 24), h.end)):
            continue  # "tăng từ 10% đến 12% so với năm 2026": the year measured from, never a due year
        if h.kind == "quarter" and _not_quarter(f.original, h.start, accented):
            continue  # "Quỹ 1" (a fund), not "Quý 1"
        if h.kind in ("day_month", "exact") and not h.year_given and P.FRACTION_BEFORE_RE.search(f.view, max(start, h.start - 16), h.start):
            continue  # "ít nhất 2/3 tổng số thành viên": a fraction
        s0, s1 = _outside_tables(f.original, *sentence_bounds(f, h.start, start, end, ends), h, tables)
        cut = _CUE_OVER_BLANK_LINE.search(f.view, max(start, s0 - 80), s0) if s0 == h.start else None
        if cut:  # "… trước ngày⏎⏎31/12/2026." (an old PDF's text layer): the sentence runs on over the blank line
            s0 = _outside_tables(f.original, *sentence_bounds(f, cut.start(), start, end, ends), h, tables)[0]
        elif label := _TIME_LABEL_AT_LINE_END.search(f.view, max(start, s0 - 60), s0):
            # "…; thời gian:⏎ngày 21/7/2029." (the label wrapped at its colon, which ends a sentence): the day is the
            # label's, read in the sentence the label closes
            s0 = _outside_tables(f.original, *sentence_bounds(f, label.start(), start, end, ends), h, tables)[0]
        if h.end > s1:  # "trước ngày⏎⏎15 hằng tháng.": the date's words run over the blank line, and so does its sentence
            s1 = max(s1, _outside_tables(f.original, *sentence_bounds(f, h.end - 1, start, end, ends), h, tables)[1])
        s0, s1 = _within_row(s0, s1, h, rows)  # a table's row: its own sentence, no header or caption before it
        sentence_key = s0  # the dates of one sentence share its task (``prev_end_in_sentence``) …
        s0, s1 = _near(f.original, s0, s1, h)  # … but each reads only its part of a sentence without end
        if h.kind in ("quarter", "half", "month") and P.REPORT_NAMED_RE.search(f.view, max(s0, h.start - 14), h.start) \
                and P.DUE_AFTER_RE.search(f.view, h.end, s1):
            continue  # "Báo cáo quý I năm 2026 gửi trước ngày 10/4/2026": the report's period; its due date follows
        if h.kind in ("quarter", "half", "month") and (h.year_given or P.DUE_AFTER_RE.search(f.view, h.end, s1)) \
                and (P.REPORT_SUBJECT_NAMED_RE.search(f.view, max(s0, h.start - 90), h.start)
                     or P.DATA_SUBJECT_NAMED_RE.search(f.view, max(s0, h.start - 90), h.start)) \
                and not P.TIME_WORD_BEFORE_RE.search(f.view, max(s0, h.start - 14), h.start):
            # "Báo cáo tình hình thực hiện Nghị quyết 6 tháng đầu năm 2027 gửi … trước ngày 20/6/2027", "Báo cáo tình
            # hình thực hiện dự toán 6 tháng đầu năm 2027 và ước thực hiện cả năm 2027 kèm theo hồ sơ dự toán",
            # "Cung cấp số liệu chi ngân sách … 6 tháng đầu năm 2027 … trước ngày 10/7/2027": the period the report or
            # the figures cover, whether or not a due day follows (t27-10's authors date neither)
            continue
        if h.kind in ("quarter", "half", "month") \
                and (named := P.SCHEDULE_NAMED_RE.search(f.view, max(s0, h.start - 110), h.start)) \
                and not P.TIME_WORD_WITHIN_RE.search(named.group(0)) \
                and (P.DUE_AFTER_RE.search(f.view, h.end, _clause_end(f.view, h.end, s1))
                     or re.match(r"[ \t*_]*(?:\n|$)", f.view[h.end:h.end + 12])):
            # "Lịch tiếp công dân, đối thoại 6 tháng cuối năm 2028 do Văn phòng … thông báo trước ngày 25/6/2028", the
            # calendar's own heading "4. Lịch tiếp công dân, đối thoại 6 tháng đầu năm 2028": the period it covers
            continue
        if h.kind in ("quarter", "half", "month", "month_part", "year") \
                and P.REVIEWED_PERIOD_RE.search(f.view, max(s0, h.start - 60), h.start):
            continue  # "báo cáo sơ kết 6 tháng đầu năm 2026": the period the review covers, not a due date
        if h.kind in ("quarter", "half", "month", "year") and P.REPORTING_TERM_RE.search(f.view, max(s0, h.start - 20), h.start):
            continue  # "báo cáo còn thiếu của kỳ 6 tháng đầu năm 2026", "từ kỳ quý IV/2026": a report's term
        if h.kind != "day" and P.EXPIRY_BEFORE_RE.search(f.view, max(s0, h.start - 30), h.start):
            # "người có thẻ BHYT hết hạn trong quý IV/2027": when a card lapses, no task's due date; a bare day of the
            # month is a cycle's, no card's ("danh sách … thẻ hết hạn trước ngày 10 hằng tháng", a54-03: the list's
            # monthly delivery, first 10/12/2039)
            continue
        if h.kind == "year" and _purpose_year(f, s0, h):
            continue  # "Để hoàn thành chỉ tiêu năm 2027, BHXH tỉnh đề nghị …": the goals' year, no due year
        if h.kind == "period_end" and _capped_state_before(f.view, s0, h):
            continue  # "bảo đảm không quá 10% tuyến kênh … bị bồi lắng vào cuối mỗi năm": a cap tested then, no task due
        if h.kind == "weekday_month" and _bare_month_weekday(f.view, s0, s1, h):
            continue  # "tổ chức tổng vệ sinh môi trường vào Chủ nhật cuối tháng": a routine's day, no due date
        if h.kind == "weekly" and _routine_kept_up(f.view, s0, h.start):
            # "duy trì … vào sáng Chủ nhật hằng tuần": a standing routine's weekly slot, no due date; a monthly one kept
            # up ("duy trì ra quân tổng vệ sinh vào ngày Chủ nhật cuối cùng hằng tháng") is dated, monthly being a
            # recurrence the labels' README allows (a29-07's and a37-04's labels; t39-09's alone leave it out)
            continue
        # "5. Chế độ báo cáo (thực hiện từ tháng 02/2028)" over "- … báo cáo … trước ngày 03 hằng tháng": from its month
        # … and "Từ quý I/2040, thực hiện chế độ báo cáo như sau:" over "1. UBND các xã … hằng quý, trước ngày 20 …"
        start_ref = heading_start(f.view, s0, rec_ref) or lead_start(f.view, s0, rec_ref) or rec_ref
        rrule, r_date, r_earliest, r_latest = _recurrence(f, h, s0, s1, _first_period_start(f.view, s0, h, start_ref))
        if rrule and h.kind == "day" and r_date and (first := _monthly_window_from(f.view, s0, h, r_date)):
            r_date, r_earliest = None, first  # "từ ngày 20 đến ngày 25 hằng tháng": each month's window
        if h.kind == "day" and not rrule:
            continue
        if rrule and h.kind in ("daily", "weekly"):
            r_date, r_earliest, r_latest = _from_run_start(f.view, start, s0, s1, rrule, ref) or (r_date, r_earliest, r_latest)
        if rrule and h.kind == "weekly" and (first := _first_named_in_brackets(f.view, hits, i)) is not None:
            # "báo cáo tuần trước 16 giờ thứ Sáu hằng tuần (báo cáo tuần đầu tiên gửi trước 16 giờ ngày 21/12/2029)":
            # the series starts on the day its bracket names, one deadline (a34-05's labels: that day, once)
            r_date = r_earliest = r_latest = first.date
            closing_days.add(first.start)
        pair = None  # a six-monthly time printed as its two occurrences (:func:`_half_pair`): one deadline
        if not rrule and h.kind == "exact" and h.year_given:
            pair = _half_pair(f.view, h, hits[i + 1] if i + 1 < len(hits) else None, s0, s1)
            if pair is not None:
                # "báo cáo … định kỳ 6 tháng, trước ngày 15/6/2027 và trước ngày 15/12/2027": the two halves of a
                # year, one six-monthly deadline at the first (t29-04's and t38-07's labels)
                rrule, r_date, r_earliest, r_latest = R.half_yearly(h.day), h.date, h.date, h.date
        elif rrule and R.rule_kind(rrule) == "6-monthly":
            pair = _half_pair(f.view, h, None, s0, s1)  # "trước ngày 10/6 và ngày 10/12 hằng năm", "tháng 7 và tháng 12"
        if pair is not None:
            paired_until = pair.end  # the second occurrence is this deadline's, not read again
        if rrule and h.kind != "weekly" and r_date \
                and (first := _first_named_in_brackets(f.view, hits, i, pair.end if pair is not None else h.end)):
            # "báo cáo định kỳ 6 tháng, trước ngày 05/12 và ngày 05/6 hằng năm (kỳ báo cáo đầu tiên trước ngày
            # 05/12/2035)": the bracket names the series' first due day, no deadline of its own (t45-10's labels)
            r_date = r_earliest = r_latest = first.date
            closing_days.add(first.start)
        if P.AS_OF_OPENING_RE.match(f.view, s0, h.start + 1) and re.match(r"\s*,", f.view[h.end:h.end + 3]):
            continue  # "Đến 12h00 ngày 21/11/2025, toàn tỉnh ghi nhận …": the time of a report
        # (the validity word in the span's own clause: "Ngô trên đất hai lúa áp dụng phương thức làm bầu, trồng bầu; gieo
        # bầu từ ngày 15/9 đến ngày 25/9/2029" — a method applied, then a sowing window, a34-04's labels: a deadline)
        if h.kind == "exact" and DW.LUNAR_SPAN_UNTIL.search(f.view, max(s0, h.start - 40), h.start) \
                and DW.lunar_day_at(f.view, h.start, h.end):
            continue  # "các ngày mùng 1 đến mùng 4 Tết", "Tối 30 Tết đến hết mùng 4 Tết": the holiday's days, a span
        if P.RUNNING_UNTIL_RE.search(f.view, max(s0, h.start - 25), h.start) \
                and P.VALIDITY_RE.search(f.view, max(s0, f.view.rfind(";", s0, h.start) + 1), h.start) \
                and not _DUE_CUE.search(P.PREVIOUS_RE.sub(" ", f.view[max(s0, h.start - 40):h.start])):
            continue  # "có hiệu lực từ ngày ký đến hết ngày 24/02/2030", "Tính từ ngày 15 … đến ngày 14": a span
        if P.AS_OF_TIME_RE.search(f.view, max(s0, h.start - 30), h.start) and not (
                pending_from and _span_gap(f.view, pending_from[0].end, h.start) < 40
                and _TO_CUE.search(f.view, max(s0, h.start - 30), h.start)) \
                and not DW.RECEIVED_UNTIL.search(f.view, max(s0, h.start - 130), h.start) \
                and not _event_hours(f.view, s0, h):  # ("từ 19 giờ 00 đến 21 giờ 00, ngày …": the event's hours)
            # ("từ ngày 22/9/2028 đến 17 giờ 00 ngày 21/10/2028": a window's close at an hour, the span read below)
            continue  # "tình hình thiệt hại … đến sáng ngày 21/11/2025": the time of a report
        if P.COUNTED_UNTIL_RE.search(f.view, max(s0, h.start - 90), h.start) or _count_until(f, s0, h) \
                or P.CUT_OFF_BEFORE_RE.search(f.view, max(s0, h.start - 60), h.start):
            # "Số liệu tính đến ngày 30/11/2026", "Số giáo viên dự kiến nghỉ hưu … đến hết ngày 31/8/2027", "(chốt số liệu
            # ngày 14/6 và 14/12)": a count's cut-off
            continue
        if not rrule and not _DUE_CUE.search(f.view, max(s0, h.start - 60), h.start) \
                and P.FIGURE_UNTIL_BEFORE_RE.search(f.view, max(s0, h.start - 60), h.start):
            continue  # "đơn vị có tỷ lệ giải ngân đến hết ngày 31/01/2027 dưới 80% … thì", "(số liệu đến hết ngày …)": a figure's day
        if h.kind == "year" and P.RATED_YEAR_BEFORE_RE.search(f.view, max(s0, h.start - 80), h.start):
            continue  # "xếp loại mức độ hoàn thành nhiệm vụ năm 2026": the year rated, not a due year
        if not rrule and P.SAMPLING_TIME_BEFORE_RE.search(f.view, max(s0, h.start - 70), h.start):
            continue  # "thời gian quan trắc vào tháng 4 và tháng 8 năm 2026": when samples are taken
        if not rrule and h.kind in _HORIZON_KINDS and _is_horizon(f.view, s0, h.start) and not (
                pending_from and _span_gap(f.view, pending_from[0].end, h.start) < 40
                and _step_window(f.view, s0, pending_from[0].start, True)):
            # ("d) Điều tra, khoanh vẽ thực địa: từ tháng 4 đến hết tháng 6/2034": a step's window, read below)
            continue  # "từ nay đến tháng 6/2027", "đến năm 2030 đạt 80%": a period, not a due date
        if not rrule and h.kind == "month_range" and _began_in_past_month(h, ref) \
                and _reports_event(f.view, s0, s1, h) and not (_due_cell(f.view, h) or _in_cell(f.view, h, cells)):
            continue  # "dịch tái phát … trong tháng 6 và tháng 7/2032" in a plan of 18/7/2032: a span already under way
        if out and h.kind in ("month", "month_part") and _restates(out[-1], h, f.view, prev_end_in_sentence.get(sentence_key, -1)):
            if not DW.DONE_AFTER_SPAN.fullmatch(f.view, prev_end_in_sentence[sentence_key], h.start):
                continue  # "trong Quý II, chậm nhất tháng 6": one deadline
            # "trồng tập trung trong tháng 02 và tháng 3/2039, hoàn thành trong tháng 3/2039": the completion is the due
            # month, the span before it the time the work runs (DW.DONE_AFTER_SPAN): one deadline, the completion's
            out.pop()
            prev_end_in_sentence[sentence_key] = s0
        if not rrule and h.kind in ("month", "month_range", "quarter") \
                and DW.WEEKDAY_WITHIN.search(f.view, max(s0, h.start - 60), h.start):
            continue  # "… tiếp nhận hồ sơ cả ngày thứ Bảy trong tháng 9 và tháng 10/2032": a weekly routine's months
        if not rrule and h.kind in ("quarter", "month") and _reached_within(f.view, s0, h):
            continue  # "nâng tỷ lệ hồ sơ trực tuyến đạt trên 80% trong tháng 11/2032": the month a rate is reached in,
            # as "đạt 97% trong năm 2027" (_figure_within): the target's period, no task due in it
        if not rrule and h.kind in ("month", "quarter", "month_range") and h.year_given \
                and (day := _day_within_after(f.view, h, hits[i + 1:], s1)) is not None:
            if day.date != h.latest or h.kind == "month_range":
                # "Tổ chức trong tháng 12/2026, hoàn thành trước ngày 25/12/2026": the day is the deadline; and the
                # months a work runs in, its end said after them ("tiêm phòng trong tháng 9 và tháng 10/2029, kết thúc
                # trước ngày 31/10/2029", t33-04's labels: one entry, the day)
                continue
            closing_day = day.start  # "hoàn thành trong quý II/2027, chậm nhất ngày 30/6/2027": the quarter
        task_months = P.TASK_MONTHS_BEFORE_RE.search(f.view, max(0, h.start - 120), h.start) \
            if h.kind == "month_range" and P.FROM_WORD_RE.match(f.view, h.start) else None
        if h.kind == "month_range" and P.FROM_WORD_RE.match(f.view, h.start) \
                and not (_due_cell(f.view, h) or _in_cell(f.view, h, cells)) and task_months is None:
            continue  # "Giai đoạn tuyên truyền: từ tháng 3 đến tháng 12/2027": a running period (a due cell's is its time)
        if h.kind in _TIME_FRAME or rrule:
            cue = _cue(f, s0, h.start, strong_only=False) or task_months
            if not rrule and h.kind in ("quarter", "half", "month") and any(a <= h.start < b for a, b in aims) \
                    and P.CLAUSE_CLOSES_RE.match(f.view, h.end) and P.FIGURE_WITHIN_RE.search(f.view, max(s0, h.start - 180), h.start) \
                    and not DW.DONE_WITHIN.search(f.view, max(s0, h.start - 20), h.start):
                continue  # "3. Chỉ tiêu / - … tổ chức ít nhất 02 đợt kiểm tra liên ngành trong quý I/2027.": a target's period
                # (not "Giải tỏa 100% lều quán …, xong trong quý I/2031": the goal is due by that quarter, t36-08)
            if cue is None and not rrule and h.kind == "quarter" and not h.year_given:
                cue = P.HELD_IN_QUARTER_BEFORE_RE.search(f.view[max(s0, h.start - 60):h.start])  # "tổ chức sinh hoạt chuyên đề quý IV"
            if cue is None and not rrule and P.STAT_PERIOD_AFTER_RE.match(f.view, h.end):
                continue  # "GRDP … Quý III đạt 6,26%": the period a figure covers
            if cue is None and not rrule and P.FOCUS_AFTER_PERIOD_RE.match(f.view, h.end):
                continue  # "Quý I tập trung vào công tác bồi thường …": what the quarter is given to, no task due
            if cue is None and not rrule and P.SUPPLY_PERIOD_BEFORE_RE.search(f.view, max(s0, h.start - 40), h.start):
                continue  # "phân bổ vắc xin, vật tư tiêm chủng quý I/2027 cho các đơn vị": which supply, not by when
            if cue is None and not rrule and not h.year_given and h.kind in ("quarter", "half") \
                    and not re.search(r"(?:^|\n)[ \t*_\-+•|]*$", f.view[max(s0, h.start - 12):h.start]) \
                    and not (f.view[h.start - 1:h.start] == "(" and f.view[h.end:h.end + 1] == ")"):
                # (a quarter alone in brackets after a task dates it: "giám sát việc thực hiện chính sách … (quý II) và
                # giám sát công tác quản lý … (quý III)" in a Chương trình công tác's year, t30-01)
                continue  # "báo cáo tương ứng Quý II và 6 tháng": a report's period named mid-sentence, no due date
            if not rrule and (day := _bracketed_day(f.view, h, hits[i + 1:])) is not None:
                framed[day.start] = max(s0, h.start - 60) + cue.start() if cue else h.start
                continue  # "trong tuần đầu tháng 9/2027 (ngày 08/9/2027)": the day in brackets is the deadline
        elif h.kind == "year":
            if P.MEETING_OF_YEAR_BEFORE_RE.search(f.view, max(s0, h.start - 40), h.start):
                continue  # "Trước kỳ họp giữa năm 2027 của HĐND tỉnh": the meeting's year, no day given
            if P.LIST_COLON_AFTER_RE.match(f.view, h.end) and P.PLAN_NOUN_BEFORE_YEAR_RE.search(f.view, max(s0, h.start - 20), h.start):
                continue  # "hoàn thành các chỉ tiêu năm 2027: phấn đấu …": the year of the goals the colon lists
            cue = _cue(f, s0, h.start, strong_only=True)
            if cue is not None and P.PLANNED_BEFORE_RE.search(f.view, max(s0, h.start - 80), max(s0, h.start - 60) + cue.start()):
                continue  # "các dự án … có kế hoạch hoàn thành năm 2025": describes the projects, sets no due date
            if cue is None and (_due_cell(f.view, h) or _in_cell(f.view, h, cells)):
                pass  # "Năm 2026" alone in a due column's cell
            elif cue is None and _completed_after(f.view, h, s1):
                cue = P.WITHIN_BEFORE_RE.search(f.view[max(s0, h.start - 60):h.start])  # "trong năm 2027 hoàn thành …"
            elif cue is None:
                if P.TIMES_WITHIN_RE.search(f.view, max(s0, h.start - 20), h.start):
                    continue  # "… được xét nghiệm ít nhất 01 lần trong năm 2027": a frequency's year, no task due in it
                if _figure_within(f.view, s0, h):
                    continue  # "kiểm tra ít nhất 08 xã, phường trong năm 2035": the target's year, no task due in it
                done = P.COMPLETE_WITHIN_RE.search(_list_commas_blanked(f.view, max(s0, h.start - 140), h.start))
                if done is None:
                    continue  # "… hoàn thành Dự án thành phần 1 … trong năm 2025" is due; "năm 2025" alone is not
                cue = re.search(r"\S+\s*$", f.view[max(s0, h.start - 60):h.start])  # "trong": the task runs up to it
        else:
            cue = P.LEAD_BEFORE_EVENT_RE.search(f.view[max(s0, h.start - 60):h.start]) if h.start == h.end \
                else _cue(f, s0, h.start, strong_only=False)  # an event's day the plan printed elsewhere (event_days)
            if cue is None and h.kind == "exact":  # "đến hết thời gian giải ngân theo quy định (ngày 31/01/2027)"
                cue = P.NAMED_TIME_DAY_BEFORE_RE.search(f.view[max(s0, h.start - 60):h.start])
            if cue is None and h.kind in ("day_month", "exact") and re.match(r"\s*\)", f.view[h.end:h.end + 3]):
                cue = P.HELD_NAMED_DAY_BEFORE_RE.search(f.view[max(s0, h.start - 60):h.start])  # "tổ chức Ngày … (09/11)"
            if cue is None and h.kind == "exact" and h.year_given:  # "Chậm nhất 35 ngày trước ngày bầu cử (ngày …)"
                cue = P.LEAD_BEFORE_EVENT_RE.search(f.view[max(s0, h.start - 60):h.start])
            if cue is None and h.kind == "exact" and h.year_given:  # "Tổ chức bốc thăm, xếp lịch thi đấu ngày 28/9/2030."
                cue = _step_day_cue(f.view, s0, h)
            if cue is None and h.kind == "exact" and i and out and _second_due_day(f.view, hits[i - 1], h, out[-1], and_days):
                # "gửi kết quả … chậm nhất ngày 05/5/2029 và ngày 05/11/2029": the second day shares the first's due word
                cue = _AND_DAY_TAIL.search(f.view[max(s0, h.start - 60):h.start])
                and_days.add(h.start)
            if cue is None and h.start in framed:  # "… trong tuần đầu tháng 9/2027 (ngày 08/9/2027)": the period's cue
                lo = max(s0, h.start - 60)
                cue = re.compile(r"\S").search(f.view[lo:h.start], max(0, framed[h.start] - lo))
            if cue is None and h.kind == "month" and h.year_given:
                # "vào sinh hoạt chi bộ thường kỳ tháng 12/2026": the meeting's month
                cue = P.REGULAR_MEETING_BEFORE_RE.search(f.view[max(s0, h.start - 60):h.start])
            if cue is None and h.kind == "month" and h.year_given:
                # "Bước 4 (tháng 01/2027): …": the step's month (the bracket the cue, so the task follows it)
                step = P.STEP_TIME_BEFORE_RE.match(f.view[f.view.rfind("\n", 0, h.start) + 1:h.start])
                cue = re.search(r"\(", f.view[max(s0, h.start - 60):h.start]) if step else None
            if cue is None and h.kind == "month" and h.year_given \
                    and P.REPORT_AT_BRIEFING_RE.search(f.view[max(s0, h.start - 160):h.start]):
                # "báo cáo Chủ tịch Ủy ban nhân dân phường tại cuộc họp giao ban tháng 01/2027": the report's words run
                # past the 60 characters the cue is read in; its meeting opens the deadline's words
                cue = P.BRIEFING_BEFORE_RE.search(f.view[max(s0, h.start - 60):h.start])
            if cue is None and h.kind == "month" and h.year_given:
                cue = _meeting_cue(f.view, s0, h)
            if cue is None and not (h.kind in ("month", "year_cell", "exact") and h.year_given
                                    and (_due_cell(f.view, h) or _in_cell(f.view, h, cells)
                                         or _timing_item(f.view, h, timings)
                                         # "- Lễ thắp nến …: 20 giờ ngày 26/7/2029", "…; ngày 22/7/2029." (:mod:`.schedule_items`)
                                         or (h.kind == "exact" and item_day_lead(f.view, h.start, h.end) is not None))):
                continue
        if not rrule and h.kind in ("month", "quarter", "half") and _supply_period(f.view, s0, h, cue):
            continue  # "trích từ tiền lương tháng 4/2032, nộp … trước 30/4/2032": which month's pay, no due month
        if (P.ARISEN_BEFORE_RE.search(f.view, max(s0, h.start - 40), h.start)
                and not P.REQUIRED_BEFORE_RE.search(f.view, max(s0, h.start - 140), h.start)) \
                or (P.ADOPTED_AT_RE.search(f.view, max(s0, h.start - 30), h.start)
                    and not P.SUBMITTED_FOR_ADOPTION_RE.search(f.view, max(s0, h.start - 120), h.start)):
            continue  # "hồ sơ … phát sinh trước ngày 01/01/2026 thì …": a scope, not a due date
        if not rrule and out and out[-1].recurrence and h.date and out[-1].date == h.date \
                and P.FIRST_ROUND_BEFORE_RE.search(f.view, max(s0, h.start - 60), h.start):
            continue  # "… vào Chủ nhật tuần thứ hai của mỗi tháng …; lần ra quân đầu tiên vào ngày 10/9/2028": the
            # monthly day's first occurrence said again, one deadline
        if not rrule and P.RATE_WITHIN_RE.search(f.view, max(s0, h.start - 80), h.start):
            continue  # "… ít nhất 02 lần/tuần trong tháng 01 và tháng 02/2029": the span a weekly rhythm runs over
        if _forecast_day(f.view, s0, h):
            continue  # "rầy cám nở rộ khoảng giữa tháng 9", "Lúa dự kiến trỗ … ; thu hoạch từ cuối tháng 9 …": a forecast
        if P.PLANNED_EVENT_BEFORE_RE.search(f.view, max(s0, h.start - 40), h.start):
            continue  # "Hội nghị … dự kiến tổ chức vào cuối tháng 01/2027": when an event is expected, no due date
        if not rrule and P.OWN_CHECK_ANNOUNCED_RE.search(_SOFT_BREAK.sub(" ", f.view[max(s0, h.start - 300):h.start])):
            continue  # "Ủy ban Kiểm tra Tỉnh ủy sẽ tổ chức kiểm tra … trong quý III/2027": the issuer's own check announced
        if not h.year_given and P.RELATIVE_YEAR_AFTER_RE.match(f.view, h.end):
            continue  # "trước ngày 15 tháng 8 năm cuối đối với chương trình": the year is the programme's last
        if P.NOT_YET_AFTER_RE.match(f.view, h.end):
            continue  # "đến ngày 30 tháng 6 hàng năm chưa phân bổ": a cut-off tested, not a due date
        until = P.UNTIL_IN_HIT_RE.match(f.view, h.start)  # the hit's own "đến cuối" ("đến cuối năm 2028")
        if P.FIGURE_LABEL_BEFORE_RE.search(f.view, max(0, h.start - 160), until.end() if until else h.start) \
                and P.LABEL_CLOSES_AFTER_RE.match(f.view, h.end):
            continue  # "Tỷ lệ giải ngân đến 30/6/2027", "Tỷ lệ hộ phân loại đến cuối năm 2028 (%)" alone in a column's
            # head: the figures' cut-off, no due date
        if P.BELOW_AT_DAY_AFTER_RE.match(f.view, h.end) and P.UNTIL_BEFORE_RE.search(f.view, max(s0, h.start - 20), h.start) \
                and not P.AIM_OR_CUT_BEFORE_RE.search(f.view, max(s0, h.start - 120), h.start):
            continue  # "dự án giải ngân đến ngày 30/6/2027 dưới 30%": a threshold tested at the day, not a due date
        if P.RATE_BELOW_AT_DAY_AFTER_RE.match(f.view, h.end) and P.UNTIL_BEFORE_RE.search(f.view, max(s0, h.start - 20), h.start) \
                and not P.AIM_CUE_RE.search(f.view, max(s0, h.start - 120), h.start):
            continue  # "các dự án đến ngày 30/9/2027 có tỷ lệ giải ngân dưới 60%": a rate tested at the day, alike
        if P.CEILING_AT_DAY_AFTER_RE.match(f.view, h.end) and P.UNTIL_BEFORE_RE.search(f.view, max(s0, h.start - 20), h.start) \
                and not _DUE_ONLY_CUE.search(f.view, max(s0, h.start - 40), h.start):
            continue  # "bảo đảm tổng số nợ thuế đến ngày 31/12/2038 không vượt quá 5% …": a ceiling's measuring day
        prefix = f.view[max(s0, h.start - 20):h.start]
        if h.start in dashed and _jubilee_pair(h):
            continue  # "kỷ niệm 80 năm Ngày Bác Hồ phát động “Tết trồng cây” (28/11/1959 - 28/11/2039)": a jubilee
        if h.start in dashed:
            fm = _FROM_CUE.search(prefix)
            if not _due_before_span(f.view, max(s0, h.start - 40), h.start) and (
                    _FREQUENCY.search(f.view, s0, h.start) or _campaign_before(f.view, max(s0, h.start - 140), h.start)
                    or any(a <= h.start < b for a, b in runs)):
                continue  # "… 03 lần mỗi tuần từ 15/12/2026 - 28/02/2027", a campaign's window: a running period
            from_at = max(s0, h.start - 20) + fm.start() if fm else None
            prefix = ""  # no "từ" awaiting its "đến": the dash closed the range
        if _FROM_CUE.search(prefix) and P.SEASON_SPAN_BEFORE_RE.search(f.view, max(s0, h.start - 40), h.start):
            # "mùa hè từ ngày 01/5 đến ngày 30/9": a season's bounds, its close no due day either
            if i + 1 < len(hits) and _span_gap(f.view, h.end, hits[i + 1].start) < 40 \
                    and _TO_CUE.search(f.view, max(s0, hits[i + 1].start - 30), hits[i + 1].start):
                closing_days.add(hits[i + 1].start)
            continue
        far = max(s0, h.start - 40)
        if (_FROM_CUE.search(prefix) or (h.start not in dashed and _FROM_CUE.search(f.view, far, h.start)
                                         and P.PART_OF_DAY_WORD_RE.search(f.view, far, h.start))) \
                and not _event_hours(f.view, s0, h):
            # (a clock, its part of the day and the day's name run past 20 letters: "từ 18h00 tối Thứ Bảy ngày …")
            pending_from = (h, cue.start() + max(s0, h.start - 60) if cue else h.start)
            continue
        if pending_from and _PERIOD_END.search(prefix) and _span_gap(f.view, pending_from[0].end, h.start) < 40 \
                and _PERIOD_START.search(f.view, max(s0, pending_from[0].start - 30), pending_from[0].start):
            pending_from = None
            continue  # "Năm tài chính của Quỹ bắt đầu từ ngày 01 tháng 01 và kết thúc vào ngày 31 tháng 12" (302/2025/NĐ-CP): a period defined
        cue_start = (max(s0, h.start - 60) + cue.start()) if cue else h.start
        earliest, latest, date = h.earliest, h.latest, h.date
        if cue is not None and cue.re is P.LEAD_BEFORE_EVENT_RE:  # the event's day less the lead, or the printed day
            date = earliest = latest = lead_day(cue, h.date, printed) or h.date
        # ("xong trước ngày 25/8/2027": the completion word opens the due phrase as "hoàn thành" does)
        text_start = cue_start if cue and re.match(rf"{P.TRUOC}|ch|d[e¢]n|h|xong(?![a-z])|cung\s", f.view[cue_start:h.start]) else h.start
        if h.kind == "weekly" and text_start == h.start and (clock := P.AT_HOUR_BEFORE_RE.search(f.view, max(s0, h.start - 24), h.start)):
            text_start = clock.start()  # "vào 16 giờ thứ Sáu hằng tuần": the hour is the weekly time's words too (t50-05)
        if cue is None and _timing_item(f.view, h, timings):
            text_start = _timing_lead(f.view, h) or text_start  # "Hội nghị cấp xã: 01 buổi, ngày 24/12/2026"
        elif cue is None and h.kind == "exact":
            text_start = item_day_lead(f.view, h.start, h.end) or text_start  # a programme item's event day
        if h.start in dashed and from_at is not None:
            text_start = cue_start = from_at  # "từ 01/12/2026 - 20/12/2026": the range's words open at "từ"
        if cue and "meeting" in cue.re.groupindex:  # the meeting's words are the deadline's: "sinh hoạt chi bộ thường kỳ tháng 12/2026"
            text_start = max(s0, h.start - 60) + cue.start("meeting")
        if cue is not None and cue.re is P.HELD_NAMED_DAY_BEFORE_RE:
            text_start = cue_start  # "tổ chức Ngày Pháp luật Việt Nam (09/11)": the event's name is the deadline's words
        if cue and h.kind == "relative" and _LIMIT_CUE.match(f.view, cue_start, h.start):
            text_start = cue_start  # "trong thời hạn 15 ngày kể từ ngày ban hành …": the limit's words are the deadline's
        if pending_from and _TO_CUE.search(f.view, max(s0, h.start - 30), h.start) \
                and _span_gap(f.view, pending_from[0].end, h.start) < 40:
            fh, fstart = pending_from
            pending_from = None
            # (a "từ ngày" read over a blank line before the span's first date opens before this sentence: its
            # paragraph holds the campaign's name, :data:`_CUE_OVER_BLANK_LINE`)
            run_lo = s0 if fstart >= s0 else max(start, f.view.rfind("\n\n", 0, fstart) + 2)
            # (a due cell's "Từ ngày 15/9 đến hết ngày 30/9/2028" is its row's time, the window the row's body has to
            # act in: a timetable of steps in an election plan, a32-01's labels; a campaign's row is in ``runs``)
            in_due_cell = any(a <= fh.start and h.end <= b for a, b in cells)
            if not _due_before_span(f.view, max(s0, fh.start - 40), fh.start) and (
                    (fh.kind in _HORIZON_KINDS and h.kind in _HORIZON_KINDS and not _step_window(f.view, s0, fh.start, True))
                    or (_RUNNING_TO.search(f.view, max(s0, h.start - 32), h.start) and not in_due_cell
                        and not _step_window(f.view, s0, fh.start))
                    or _FREQUENCY.search(f.view, s0, fh.start) or _campaign_before(f.view, max(run_lo, fh.start - 140), fh.start)
                    or _campaign_round_listed(f.view, s0, fh.start) or _campaign_lead_rounds(f.view, fh.start)
                    or _during(f.view, s0, fh.start) or _campaign_item_time(f.view, s0, fh.start)
                    or _plan_run_item(f.view, fh.start)
                    or any(a <= fh.start < b for a, b in runs)):
                # "Thời gian thực hiện: Từ tháng 3 đến tháng 11 hằng năm", "phát thông điệp … 03 lần mỗi tuần từ ngày
                # 15/12/2026 đến hết ngày 28/02/2027": a running period, no due date ("Thời hạn hoàn thành: Từ ngày
                # 01/01/2026 đến ngày 31/3/2026" is one, and so is a task's window "Triển khai … từ ngày 01/3/2026
                # đến ngày 31/3/2026"); a campaign's window ("mở đợt cao điểm … từ ngày … đến ngày …") too
                continue
            earliest, date = fh.earliest, None
            back = 20 if _FROM_CUE.search(f.view[max(s0, fh.start - 20):fh.start]) else 40  # (a part of the day: 40)
            fm = _FROM_CUE.search(f.view[max(s0, fh.start - back):fh.start])
            text_start = max(s0, fh.start - back) + fm.start() if fm else fh.start
            cue_start = text_start
        pending_from = None
        if date and not rrule and earliest == latest == date \
                and (bare := _BARE_FIRST_DAY.search(f.view, max(s0, h.start - 30), h.start)) \
                and 1 <= int(bare.group("d")) < int(date[8:10]):
            # "thời gian trong tuần ngày 15 đến ngày 31 tháng 12 năm 2025" (with or without "từ"): the first day
            # printed bare shares the last day's month, a window from it to the last day
            earliest, date = f"{date[:8]}{int(bare.group('d')):02d}", None
            text_start = cue_start = min(text_start, bare.start())
        if rrule:
            date, earliest, latest = r_date, r_earliest, r_latest
        text_end = _period_words_end(f.view, h) if rrule else h.end
        if cue is not None and cue.re in (P.NAMED_TIME_DAY_BEFORE_RE, P.LEAD_BEFORE_EVENT_RE, P.HELD_NAMED_DAY_BEFORE_RE) \
                and "(" in f.view[text_start:h.start] \
                and (shut := re.match(r"\s*\)", f.view[text_end:text_end + 3])):
            text_end += shut.end()  # "(ngày 31/01/2027)": the bracket the phrase opened closes its words
        if pair is not None and pair.end > h.end:  # "trước ngày 10/6 và ngày 10/12 hằng năm": its two days, one deadline's words
            text_end = pair.end
        act = P.CITED_ACT_TAKES_EFFECT_RE.match(f.view, text_end)  # "trước ngày Luật có hiệu lực": the act's words too
        if act:
            text_end = act.end()
        tail = re.match(rf"\s+(?:{P.HANG}|m[o06db][io1])\s+(?:{P.NAM}|{P.THANG}|{P.QUY})(?![a-z])", f.view[text_end:text_end + 20])
        if tail and rrule:
            text_end += tail.end()
        prev_what = out[-1].what if out and prev_end_in_sentence.get(sentence_key, s0) > s0 else None
        what, who = _what(f, h, cue_start, s0, s1, max(s0, prev_end_in_sentence.get(sentence_key, s0)), prev_what,
                          out[-1].who if prev_what else None)
        what = _bounded_task(what)
        if prev_what and (receiver := _receiver_of_sent(f, out[-1].what, prev_end_in_sentence[sentence_key], h.start)):
            who = receiver  # "… gửi báo cáo … về Ban Xây dựng Đảng trước ngày 25/11 để tổng hợp …": the receiver's task
        if who and W.FUTURE_TAIL.search(who):
            who = who[:who.rstrip().rfind(" ")]  # "Ủy ban nhân dân xã sẽ | hoàn thành …": the future is no part of the name
        label = _TIME_LABEL_LINE.match(f.view, s0)
        if label and (not what or _TIME_LABEL_LINE.match(Folded.of(what + ":").view)):
            what = _item_above(f.original, s0) or what  # the time of the dashed item above it
        prev_end_in_sentence[sentence_key] = text_end
        if (adjunct := _ADJUNCT_AFTER_DATE.match(f.view, text_end, s1)) and what:
            # "(đăng ký trước 15/3/2026 theo biểu mẫu đính kèm, báo cáo kết quả trước 25/9/2026)": the adjunct after the
            # day, to its comma, is the first task's ("đăng ký … theo biểu mẫu đính kèm"), not the next one's
            what = f"{what} {clean_quote(f.original[adjunct.start('adj'):adjunct.end('adj')])}"
            prev_end_in_sentence[sentence_key] = adjunct.end()
        due = date or latest
        if closing_day is not None:
            closing_days.add(closing_day)
        if (cell := f.view.rfind("|", text_start, h.start)) >= 0:
            # "| Tổ dân phố 1 đến 8 | Ngày 15 hằng tháng |": a cue read in the cell before is no part of the day's words
            text_start = cell + 1 + len(f.view[cell + 1:h.start]) - len(f.view[cell + 1:h.start].lstrip())
        if rrule and out and _first_of_yearly(out[-1], date, f.view, text_start):
            text_start = out.pop().span.start  # "trước ngày 15/12/2031 và hằng năm, trước ngày 15 tháng 12": one entry
        listed = _listed_days_words(f.view, h)  # "trước các ngày 10, 20 và 30/9/2031": each day the list's words
        words = (min(text_start, listed[0]), max(text_end, listed[1])) if listed else (text_start, text_end)
        out.append(Deadline(
            text=clean_quote(f.original[words[0]:words[1]]), date=date, earliest=earliest, latest=latest,
            recurrence=rrule, what=what, who=who,
            span=Span(text_start, text_end, sentence_quote(f.original, s0, s1, text_start, text_end)),
            past=bool(ref and due and not rrule and due < ref.isoformat()),
            # "trước 16 giờ 00 ngày 27/10/2026": the hour of an exact day (vanban.extract.hours)
            # "trước 19h00' hằng ngày": the hour each day's report is due by, inside the daily time's own words
            # "02 lần/ngày (trước 9h00’ và 16h00’)": the first of the hours its rule names (BYHOUR=9,16)
            time=((hour_within(f.view, h.start, h.end) or _first_hour(rrule, f.view, h)) if h.kind == "daily" else None)
            or ((hour_before(f.view, h.start, s0) or hour_after(f.view, h.end, s1)) if date else None),
        ))
    return out + _year_span_cells(f, start, end, span_cells, out)


#: what may stand before a date in a due cell: nothing, or an earlier date and its joiner ("Tháng 4/2027 và ", "…; ")
#: what may stand in a due cell before its date: nothing, the day word ("Ngày 20/3/2027" under "Thời gian đại hội", a
#: Đảng ủy xã's schedule of congresses, a22-10), the word "trong" ("trong năm 2027" under "Thời gian hoàn thành": the
#: row is done within the year), or another date and a joining word; or the hours of the day before its day word
#: ("06 giờ 30 - 07 giờ 30 ngày 29/4/2028" under "Thời gian", a ceremony's timetable: the row's event is on that day);
#: the day's name before its day word ("Thứ Bảy, ngày 20/4/2030" under "Thời gian", a Công an xã's schedule of mobile
#: sessions, a35-10's labels: each session on its day)
#: the cell's parts may each open with their label, a noun and its ordinal ("Lớp 1: tháng 9/2031; Lớp 2: tháng
#: 11/2031", "Đợt 2: Quý IV/2031", "Lần thứ 2: …", "Giai đoạn II: …"): one row's task done in parts, each part's time its
#: deadline (a38-03's labels, one entry per part) — the label names the part, not a time, so the date still opens it
#: (a second day with its own day word: "Ngày 31/5/2034 và ngày 14/6/2034" under "Thời gian thực hiện", one row's two
#: events, a43-10's labels: two entries); or the occasion the row's task is done at ("Trao tại Lễ kỷ niệm ngày
#: 26/7/2035" under "Thời gian hoàn thành", :data:`deadline_words.OCCASION_CELL_LEAD`, a45-03's labels)
_CELL_PART_LABEL = r"(?:[a-z]+[ \t]+){1,3}(?:\d{1,2}|[ivx]{1,4})[ \t]*:[ \t]*"
_CELL_LEAD = re.compile(rf"[\s*_|]*(?:{_CELL_PART_LABEL})?(?:{P.WEEKDAY_WORDS}\s*,?\s*)?(?:ngay\s+|trong\s+)?"
                        rf"|.*\d[\s*_)]*(?:,|;|va|-|–)[\s*_]*(?:{_CELL_PART_LABEL})?(?:ngay\s+)?"
                        r"|[\s*_|]*" + HOURS_BEFORE_DAY + "|" + DW.OCCASION_CELL_LEAD, re.S)


#: a span of years going on after a year ("Năm 2025-2030"): the year opens a running period, no due date of its own
_SPAN_ON = re.compile(r"\s*[-–]\s*(?:19|20)\d\d")


def _first_hour(rule: str | None, view: str, h: DateHit) -> str | None:
    """The earliest hour of a daily due time whose rule names its hours ("BYHOUR=9,16"): the first due of each day."""
    if not rule or "BYHOUR=" not in rule:
        return None
    return min(hours_within(view, h.start, h.end), default=None)


def _from_run_start(view: str, lo: int, s0: int, s1: int, rule: str, ref: dt.date | None
                    ) -> tuple[str, str, str] | None:
    """(date, earliest, latest) of a weekly or daily report kept while a campaign runs ("báo cáo nhanh theo tuần
    (trước 16h00 thứ Sáu hằng tuần) trong thời gian diễn ra Tháng Thanh niên"): its first occurrence on or after the
    start of the running time the document states before it ("Thời gian tổ chức: từ ngày 01/3/2027 đến ngày
    31/3/2027" → Friday 05/3/2027, not the Friday after the document's date), or the running time it names by its
    activity ("… hằng tuần vào thứ Năm, … trong thời gian tiêm phòng đợt 1" → "Thời gian tiêm phòng đợt 1: từ ngày
    15/3/2027 …" → Thursday 18/3/2027). None when the sentence names no such
    time, the document states none, or it starts before the document's date."""
    if ref is None:
        return None
    if P.DURING_RUN_RE.search(view, s0, s1):
        # ("Trong thời gian cao điểm, … vào 16 giờ thứ Sáu hằng tuần" after "Thời gian cao điểm từ ngày 15/9/2037 …",
        # t50-05: no "Thời gian tổ chức:" stated, the campaign's own time is the one the sentence names)
        m = P.RUN_TIME_RE.search(view, lo, s0) or _one_campaign_run(view, lo, s0)
    elif named := P.DURING_NAMED_RUN_RE.search(view, s0, s1):
        # "… trong thời gian tiêm phòng đợt 1" after "Thời gian tiêm phòng đợt 1: từ ngày 15/3/2027 …" (t24-04)
        m = P.named_run_time_re(named.group("name")).search(view, lo, s0)
    else:
        # the plan of one campaign states its one running time ("Thời gian cao điểm: từ ngày 15/12/2029 đến …") and
        # its reports ("trước 16 giờ thứ Sáu hằng tuần") are those of that campaign: the first falls inside it
        m = _one_campaign_run(view, lo, s0, named=False)
    if m is None:
        return None
    try:
        begin = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    first = R.first_on_or_after(rule, begin, begin) if begin > ref else None
    return (first.isoformat(),) * 3 if first else None


def _one_campaign_run(view: str, lo: int, s0: int, *, named: bool = True) -> re.Match[str] | None:
    """The campaign's running time (:data:`patterns.CAMPAIGN_RUN_TIME_RE`) when the text before ``s0`` states exactly one;
    not ``named`` (the report's sentence names no campaign), a time stated only as a sentence's subject ("Chiến dịch
    diễn ra từ …") counts only in a plan whose title names the campaign (:data:`patterns.TITLE_NAMES_CAMPAIGN_RE`)."""
    runs = list(P.CAMPAIGN_RUN_TIME_RE.finditer(view, lo, s0))
    if not named and not P.TITLE_NAMES_CAMPAIGN_RE.search(view, 0, min(len(view), 3000)):
        runs = [m for m in runs if m.group("subject") is None]
    # (one start said twice, "Đợt cao điểm được triển khai từ ngày 15/12/2029 …" and "Thời gian cao điểm: từ ngày
    # 15/12/2029 …", is one running time)
    return runs[0] if len({m.group("d", "m", "y") for m in runs}) == 1 else None


def _figure_within(view: str, s0: int, h: DateHit) -> bool:
    """A target figure ("ít nhất", "tối thiểu", "N%": :data:`patterns.FIGURE_WITHIN_RE`) before "trong" and the year,
    the year closing the clause ("kiểm tra ít nhất 08 xã, phường trong năm 2035.", "100% cán bộ … được bồi dưỡng … trong
    năm 2036;"), with no "hoàn thành" or "xong" in the clause (:data:`deadline_words.FINISHED_IN_CLAUSE`): the year is the
    target's period, no deadline. Why: the older sets' authors leave it out about twice as often as they date it
    (session 47's count over authored15–45 and tune17–45: 39 left out, in authored22, 25, 26, 28, 29, 30, 32, 37, 44, 45
    and tune21, 22, 25, 26, 27, 28, 33, 34, 37, 38, 39, 42, 44, 45; 19 dated, in authored16, 20, 24, 27, 38, 39, 41 and
    tune18, 23, 24, 26, 28, 45), with the same verbs on both sides ("kiểm tra … tại ít nhất 10 xã" dated in t18-09,
    "kiểm tra … tại tối thiểu 20 xã" left out in a30-04; "Bổ sung ít nhất 400 bản sách" dated in a39-07, "… 350 bản
    sách" left out in t39-07) — no wording
    separates the two, so the majority rules (the labels README names no such case). The rule once followed the
    minority (tune18's and authored16's labels, session 18). A year beside a completion word ("phấn đấu 100% xã,
    phường hoàn thành cơ sở dữ liệu … trong năm 2027", a27-08) stays a deadline, as "hoàn thành … trong năm 2036" with no
    figure does (the labels README: "hoàn thành trong quý/năm …")."""
    if not P.CLAUSE_CLOSES_RE.match(view, h.end):
        return False
    m = P.FIGURE_WITHIN_RE.search(view, max(s0, h.start - 180), h.start)
    if m is None:
        return False
    opening = max(s0, *(view.rfind(c, s0, m.start()) + 1 for c in ";:"))
    return DW.FINISHED_IN_CLAUSE.search(view, opening, h.start) is None


def _began_in_past_month(h: DateHit, ref: dt.date | None) -> bool:
    """The months ``h`` names ("tháng 6 và tháng 7/2032", "từ tháng 5 đến tháng 8/2032") open with one that was over
    before the document's date ``ref``: the span is under way or past — an event the text reports or a running period
    — not a time by which a task is due (no plan sets a due span whose first month has already gone: the labels
    README, past events are no deadlines)."""
    if ref is None or not h.earliest:
        return False
    try:
        first = dt.date.fromisoformat(h.earliest)
    except ValueError:
        return False
    last = dt.date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])
    return last < ref


def _reports_event(view: str, s0: int, s1: int, h: DateHit) -> bool:
    """The ";"-clause of ``h`` within the sentence ``s0``..``s1`` tells of an event (:data:`P.EVENT_REPORTED_RE`: "xảy
    ra", "tái phát", "đã …"): months already begun are then the event's. Why: a plan's own window may open in a month
    already over ("rà soát, cập nhật dữ liệu, thực hiện từ tháng 01 đến tháng 6/…" in a plan of 15 March) and is
    still the task's deadline; only a reported event makes the past first month tell against it."""
    lo = max(s0, view.rfind(";", s0, h.start) + 1)
    hi = view.find(";", h.end, s1)
    return bool(P.EVENT_REPORTED_RE.search(view, lo, hi if hi >= 0 else s1))


def _reached_within(view: str, s0: int, h: DateHit) -> bool:
    """A rate the clause reaches stands right before "trong" and the period, which closes the clause ("… nâng tỷ lệ hồ
    sơ trực tuyến đạt trên 80% trong tháng 11/2032;"): the period the rate is measured over, as :func:`_figure_within`
    reads "đạt 97% trong năm 2027" — not a count of work done within it ("kết nạp ít nhất 12 đảng viên mới trong quý
    I/2027", a27-03's and t30-05's labels date it), nor a rate of 100% or a clause of completion ("hoàn thành việc số
    hóa hồ sơ …, bảo đảm tỷ lệ số hóa đạt 100% trong tháng 4/2027": the work is finished by the month's end, a27-09's
    labels date it)."""
    if not P.CLAUSE_CLOSES_RE.match(view, h.end):
        return False
    m = DW.RATE_REACHED_WITHIN.search(view, max(s0, h.start - 80), h.start)
    if m is None or m.group("rate") == "100":
        return False
    lo = max(s0, view.rfind(";", s0, m.start()) + 1)
    return DW.DONE_IN_CLAUSE.search(view, lo, m.start()) is None


def _jubilee_pair(h: DateHit) -> bool:
    """(t52do2) A dashed pair of days with the same day and month years apart ("(28/11/1959 - 28/11/2039)" after
    "kỷ niệm 80 năm …", t52-09; "(02/9/1945 - 02/9/2038)", t52-04): the founding day and its jubilee, no window a task
    is done in — no plan gives a task five years or more to the very day."""
    if not (h.earliest and h.latest) or len(h.earliest) != 10 or len(h.latest) != 10:
        return False
    return h.earliest[4:] == h.latest[4:] and int(h.latest[:4]) - int(h.earliest[:4]) >= 5


def _capped_state_before(view: str, s0: int, h: DateHit) -> bool:
    """A cap on a state ("không quá 10% …", "tối đa …", "dưới …", :data:`patterns.CAP_FIGURE_RE`) stands in the
    date's clause before it, and no due word between them: the end of each period (``h``, "vào cuối mỗi năm") is when
    the state is tested, not a task's due day."""
    lo = max(s0, view.rfind(";", s0, h.start) + 1)
    cap = None
    for cap in P.CAP_FIGURE_RE.finditer(view, lo, h.start):
        pass
    return cap is not None and _DUE_WORD.search(view, cap.end(), h.start) is None


def _list_commas_blanked(view: str, lo: int, hi: int) -> str:
    """``view[lo:hi]`` with each comma between two items of one list blanked: the item after it opens with two words
    said before it, the list's head noun again ("… phát triển nông nghiệp hữu cơ, nông nghiệp ứng dụng công nghệ cao
    trong năm 2028", :data:`patterns.LISTED_HEAD_AFTER_COMMA_RE`), so a clause read up to the year runs over it."""
    part = view[lo:hi]

    def blank(m: re.Match[str]) -> str:
        said = re.search(rf"(?<![a-z0-9]){re.escape(m.group('head'))}(?![a-z0-9])", part[:m.start()])
        return f" {m.group('gap')}{m.group('head')}" if said else m.group(0)

    return P.LISTED_HEAD_AFTER_COMMA_RE.sub(blank, part)


def _completed_after(view: str, h: DateHit, s1: int) -> bool:
    """The year follows "trong" and the completion word follows it, the time put first ("trong năm 2027 hoàn thành tại
    ít nhất 60 xã, phường", :data:`patterns.COMPLETED_AFTER_YEAR_RE`), and its clause names no other time after."""
    if not P.WITHIN_BEFORE_RE.search(view, max(0, h.start - 10), h.start):
        return False
    m = P.COMPLETED_AFTER_YEAR_RE.match(view, h.end)
    if m is None:
        return False
    end = P.CLAUSE_END_RE.search(view, m.end(), s1)
    return P.DATE_WORD_RE.search(view, m.end(), end.start() if end else s1) is None


def _meeting_cue(view: str, s0: int, h: DateHit) -> re.Match[str] | None:
    """The meeting a submission is made to, right before its month ("trình Ban Thường vụ xem xét tại hội nghị tháng
    12/2026"): the cue of a month otherwise without one, its ``meeting`` group where the deadline's words open. The
    "trình" may stand further back than the 60 characters a cue is read in; the match is on that window's slice."""
    if not P.SUBMIT_AT_MEETING_RE.search(view[max(s0, h.start - 160):h.start]):
        return None
    return P.MEETING_AT_BEFORE_RE.search(view[max(s0, h.start - 60):h.start])


#: what joins a dated day to the same time repeated after it ("… và hằng năm, …", "…, sau đó định kỳ hằng năm …";
#: folded, the whole stretch between the two)
_THEN_EACH_YEAR = re.compile(r"[\s,;]*(?:va|sau do|tiep theo)?\s*(?:dinh ky\s+)?(?:hang|hàng|moi)\s+nam\s*[,:(]?\s*"
                             r"(?:\S+\s+){0,6}?")


def _first_of_yearly(prev: Deadline, date: str | None, view: str, start: int) -> bool:
    """``prev`` is a one-off day that the yearly time read next repeats: the same day, the first occurrence of the
    series, joined to it by "và hằng năm" ("báo cáo … trước ngày 15/12/2031 và hằng năm, trước ngày 15 tháng 12"): one
    deadline, the yearly one at its first occurrence (the labels README: a recurring deadline is given by its first
    occurrence; one deadline phrase, one entry), not a one-off beside it."""
    if prev.recurrence or not prev.span or not date or prev.date != date or start - prev.span.end > 90:
        return False
    return bool(_THEN_EACH_YEAR.fullmatch(view, prev.span.end, start))


def _in_cell(view: str, h: DateHit, cells: tuple[tuple[int, int], ...]) -> bool:
    """The date opens one of the due cells, or follows another date of it ("Tháng 4/2027 và tháng 9/2027"); not a date
    inside other words ("Trong dự toán năm 2027": the budget's year, no time of the row)."""
    return any(a <= h.start and h.end <= b and (_CELL_LEAD.fullmatch(view, a, h.start)
                                                or (h.kind == "month" and _WORK_BEFORE_MONTH.fullmatch(view, a, h.start)))
               and not _SPAN_ON.match(view, h.end, b) for a, b in cells)


#: a work of one to three words before a month that closes a due cell (folded): "Xuống giống tháng 3/2037" in a crop
#: plan's "Thời vụ" column (a49-07's labels: the month); not a start ("thả cá từ tháng 6/2037": from then on, no due
#: month, the same labels) nor any other kind of date ("Trong dự toán năm 2027": the budget's year)
_WORK_BEFORE_MONTH = re.compile(r"[\s*_|]*[a-z]+(?:[ \t]+[a-z]+){0,2}(?<![a-z]tu)(?<![a-z]sau)(?<![a-z]den)[ \t]+")


def year_span_named_outside(view: str, m: re.Match[str], cells) -> bool:
    """The span of years ``m`` (``patterns.YEAR_SPAN_CELL_RE``'s y1, y2) is named somewhere in ``view`` outside the due
    ``cells`` (``(start, end)`` pairs): "Kế hoạch … giai đoạn 2026 - 2030", "Xây dựng Đề án … giai đoạn 2027 - 2030" in a
    task cell — the period a plan or a task runs over, so the same span in a due cell is no completion time; and so
    is a span that ends in the year the document names as its horizon ("2027 - 2030" in a Chương trình hành động "đến
    năm 2030": :data:`patterns.HORIZON_YEAR_RE`), the task running over the plan's remaining years."""
    named = re.compile(rf"(?<!\d){m.group('y1')}\s*[-–]\s*{m.group('y2')}(?!\d)")
    if any(not any(c <= n.start() < d for c, d in cells) for n in named.finditer(view)):
        return True
    return any(h.group("y") == m.group("y2") and not any(c <= h.start() < d for c, d in cells)
               for h in P.HORIZON_YEAR_RE.finditer(view))


def _year_span_cells(f: Folded, start: int, end: int, cells: tuple[tuple[int, int], ...],
                     found: list[Deadline]) -> list[Deadline]:
    """Deadlines of the due cells that hold only a span of years ("2027 - 2028": the interval of both years, the
    labels' partial date), none of them dated yet; not a span the document names outside its cells too ("Kế hoạch
    … giai đoạn 2026 - 2030" with "2026 - 2030" in every row): the plan's own period, a horizon."""
    out = []
    for a, b in cells:
        if not (start <= a and b <= end) or any(d.span and a <= d.span.start < b for d in found):
            continue
        m = P.YEAR_SPAN_CELL_RE.fullmatch(f.view, a, b)
        if m is None or int(m.group("y2")) <= int(m.group("y1")):
            continue
        if year_span_named_outside(f.view, m, cells):
            continue
        lo, hi = iso(int(m.group("y1")), 1, 1), iso(int(m.group("y2")), 12, 31)
        if lo and hi:
            out.append(Deadline(text=clean_quote(f.original[m.start("y1"):m.end("y2")]), date=None, earliest=lo,
                                latest=hi, span=Span(m.start("y1"), m.end("y2"), clean_quote(f.original[a:b]))))
    return out




#: how far a date's reading reaches into its sentence either side (characters): its cue, task and schedule words
#: stand within it; a sentence without end (a 2 MB line) is not read whole for each of its dates
_SENTENCE_REACH = 1500


#: the longest task a deadline keeps (characters): a real task is a clause; longer is a sentence without end
_TASK_LIMIT = 400


def _bounded_task(what: str | None) -> str | None:
    """The task, its words nearest the date (its end) kept when it is over :data:`_TASK_LIMIT`, "…" where cut."""
    if what is None or len(what) <= _TASK_LIMIT:
        return what
    tail = what[-_TASK_LIMIT:]
    sp = tail.find(" ")
    return "… " + (tail[sp + 1:] if 0 <= sp < len(tail) - 1 else tail)


def _near(text: str, s0: int, s1: int, h: DateHit) -> tuple[int, int]:
    """The part of the sentence ``[s0, s1)`` within :data:`_SENTENCE_REACH` of the date ``h``, cut at spaces."""
    if h.start - s0 > _SENTENCE_REACH:
        sp = text.find(" ", h.start - _SENTENCE_REACH, h.start)
        s0 = sp + 1 if sp >= 0 else h.start - _SENTENCE_REACH
    if s1 - h.end > _SENTENCE_REACH:
        sp = text.rfind(" ", h.end, h.end + _SENTENCE_REACH)
        s1 = sp if sp >= 0 else h.end + _SENTENCE_REACH
    return s0, s1


def _in_heading(f: Folded, h: DateHit) -> bool:
    """The date stands on a short line in capitals: a heading, which names a period. Only the 160 characters
    around the date are looked at (a text on one long line is not scanned for each of its dates)."""
    ls = f.view.rfind("\n", max(0, h.start - 160), h.start)
    if ls < 0 and h.start >= 160:
        return False
    le = f.view.find("\n", h.end, h.end + 160)
    if le < 0:
        le = len(f.view) if len(f.view) - h.end <= 160 else -1
    ls += 1
    return 0 <= le - ls < 160 and upper_ratio(f.original[ls:le]) > 0.8


#: the periods a table's column may be headed by (a day in a head, "Chỉ tiêu thu đến 31/5/2032", is the column's due
#: day: a39-10's and t44-08's labels)
_COLUMN_PERIODS = frozenset({"month", "month_range", "month_part", "quarter", "half"})
#: a due word in a head cell before its period (folded): "Thời hạn", "Hoàn thành trong", "trước", "chậm nhất"
_HEAD_DUE_WORD = re.compile(rf"(?<![a-z])(?:{P.kw('thoi han')}|{P.kw('hoan thanh')}|{P.kw('cham nhat')}|{P.TRUOC})(?![a-z])")


def _in_column_head(view: str, h: DateHit) -> bool:
    """The period stands in the head row of a pipe table — the table's first row, no row of it above (blank lines
    between allowed: legacy OCR drops the "|---|" line and spaces the rows) — with no due word before it in its cell:
    the period its column's figures cover, "Đợt 1 (tháng 3 - 4/2037) (liều)" over a vaccine table's doses by round
    (a48-10's notes: "the table column headings … running periods of campaigns", no deadline). Read as a task's
    month, each round's column head became a deadline of its own. The line above holds no "|" at all (a caption, prose):
    a row under a wrapped row's tail is no head."""
    ls = view.rfind("\n", 0, h.start) + 1
    if not view.startswith("|", ls) and not view[ls:h.start].lstrip().startswith("|"):
        return False
    cell = view.rfind("|", ls, h.start)
    if _HEAD_DUE_WORD.search(view, cell + 1, h.start):
        return False
    above = view[max(0, ls - 400):ls].rstrip()
    return "|" not in above[above.rfind("\n") + 1:]  # (a row's wrapped tail above, "6/2037 | Trạm Y tế |": no head)


def _within_row(s0: int, s1: int, h: DateHit, rows: tuple[tuple[int, int], ...]) -> tuple[int, int]:
    """The sentence ``[s0, s1)`` of a date cut to the table row holding it (``rows``, sorted); as it is elsewhere."""
    i = bisect.bisect_right(rows, (h.start, float("inf"))) - 1
    if i < 0 or not rows[i][0] <= h.start < rows[i][1]:
        return s0, s1
    return max(s0, rows[i][0]), min(s1, rows[i][1])


def _outside_tables(text: str, s0: int, s1: int, h: DateHit, tables: tuple[tuple[int, int], ...]) -> tuple[int, int]:
    """The sentence ``[s0, s1)`` of a date outside every table, cut at the edges of the tables it runs into."""
    if any(a <= h.start < b for a, b in tables):
        return s0, s1
    for a, b in tables:
        if s0 < b <= h.start:
            s0 = b
        if h.end <= a < s1:
            s1 = a
    while s0 < s1 and text[s0].isspace():
        s0 += 1
    return s0, s1


#: a quarter's number and its year, as a scan prints them ("I/2027", "1/2027", "IV-2027", "1 năm 2027")
# (read on the printed text: a slash or dash look-alike is the separator too, "quý⏎1⁄2027" with Tesseract's fraction
# slash, a24-05's scan — :data:`vanban.symbols.SLASH_LOOKALIKES`)
_QUARTER_OF_YEAR = re.compile(rf"(?:[IVl1]{{1,3}}|[1-4]|[IVl1\[|]V)\s*(?:[/{SLASH_LOOKALIKES}]|[-{DASH_LOOKALIKES}]|năm)\s*"
                              r"(?:19|20)\d\d(?!\d)", re.IGNORECASE)


#: a quarter's Roman number at a line's start joined to the next quarter (two quarters, one window: "II và quý III năm
#: 2029", "II - III/2029", "II, III/2029"); a list marker ("II. NHIỆM VỤ") or a lone number ("IV theo Hướng dẫn …",
#: a session's name, t30-05's authors leave it undated) is not read on
_ROMAN_WRAPPED = re.compile(r"(?:IV|I{1,3})\s*(?:[-–,]|v[àa]\s)\s*(?:qu[ýí]\s+)?(?:IV|I{1,3})(?![\w.)])")


def _not_quarter(original: str, pos: int, accented: bool) -> bool:
    """True when the "quy" word at ``pos`` is no "quý": a tone other than sắc
    ("Quỹ", a fund), or no tone at all in an accented text."""
    m = re.match(r"(\w{3})(\s+)(\w)", original[pos:pos + 12])
    if m is None:
        return False
    if _QUARTER_OF_YEAR.match(original, pos + m.end(2)):
        return False  # "Quỹ 1/2027" (restoration's tone on an OCR'd "Quý I"), "quý⏎1/2027": a numbered period of a year
    word, gap, first = m.group(1).lower(), m.group(2), m.group(3)
    if "\n" in gap:
        # "… của Quỹ ⏎ 1. …": a list number on the next line; "trong quý ⏎ II và quý III năm 2029": a quarter's Roman
        # number wrapped to the next line, no list number (no "." or ")" closes it)
        return word not in ("quý", "quí") or _ROMAN_WRAPPED.match(original, pos + m.end(2)) is None
    if word in ("quý", "quí") or not first.isdigit():
        return False  # "Quý I", and "Quỹ II" read by restoration: a Roman number only counts quarters
    return any(c in word for c in "ỹỳỷỵìỉĩị") or (accented and word in ("quy", "qui"))




#: the word a due cell may open with before its period ("Trong năm 2027" under "Thời gian hoàn thành", t18-05's Phụ
#: lục as a legacy OCR reads it, its cells one a line): the cell is still the period alone
_WITHIN_CELL_LEAD = re.compile(r"^trong\s+(?=n[a4di]m\s)")


def request_paragraphs(view: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The paragraphs of ``[lo, hi)`` — a letter's opening between its Kính gửi and its first numbered point, which the
    structure leaves outside the body — that make a request (:data:`patterns.OPENING_REQUEST_RE`): "Để kịp tổng hợp,
    báo cáo Thủ tướng Chính phủ trước ngày 31/12/2026, Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh … hoàn thiện báo
    cáo, gửi về Bộ Nội vụ … chậm nhất ngày 18/12/2026" (a24-10, a Bộ's Công văn đôn đốc: both dates its labels'). Kind:
    the request paragraph that opens a Công văn before "Nội dung báo cáo cần bảo đảm các yêu cầu sau: 1. …". The
    opening's narrative (a Công điện's weather bulletin "từ đêm 07/01/2027 …", a Thông báo kết luận's meeting and the
    report it heard) asks nothing and stays unread, as before."""
    out = []
    if lo >= hi:
        return out
    at = lo
    for m in re.finditer(r"\n[ \t]*\n", view[lo:hi] + "\n\n"):
        a, b = at, min(hi, lo + m.start())
        if b > a and P.OPENING_REQUEST_RE.search(view, a, b):
            out.append((a, b))
        at = lo + m.end()
    return out


def timing_parts(sections) -> tuple[tuple[int, int], ...]:
    """The extents of the parts (``(heading, start, end)``, a layout's sections and subsections) headed by the time
    alone: "4. Thời gian", "III. THỜI GIAN THỰC HIỆN", "Thời gian, địa điểm" (:data:`patterns.TIMING_HEADING_RE`)."""
    return tuple((s, e) for head, s, e in sections if P.TIMING_HEADING_RE.match(Folded.of(head).view))


def _timing_item(view: str, h: DateHit, timings: tuple[tuple[int, int], ...]) -> bool:
    """A dated day (or month) after the label of an item in a part headed by the time alone (:func:`timing_parts`):
    "4. Thời gian" / "4.1. Hội nghị cấp xã: 01 buổi, ngày 24/12/2026." — a schedule's day, the time the conference is
    held by (a24-02's label, as a schedule table's "Ngày 24/12/2026" under "Thời gian hoàn thành" is). Kind: a plan's
    timing part that lists its events by name and day, no due word before the day."""
    if not any(a <= h.start and h.end <= b for a, b in timings):
        return False
    return _timing_lead(view, h) is not None


def _timing_lead(view: str, h: DateHit) -> int | None:
    """Where a schedule item's words open on the date's line, its number skipped ("4.1. Hội nghị cấp xã: 01 buổi,
    ngày 24/12/2026" → "Hội nghị …"), or the clause of an event the item lists after its label ("Giai đoạn thông qua:
    …; tổng duyệt thực binh ngày 17/6/2037" → "tổng duyệt …", :data:`patterns.TIMING_CLAUSE_DAY_RE`): the deadline's
    text; None when the date follows no label's colon.""" 
    ls = view.rfind("\n", 0, h.start) + 1
    m = P.TIMING_ITEM_LEAD_RE.match(view, ls, h.start)
    if m:
        return m.start("label")
    # (an event's clause read over the item's wrapped lines, "… Bộ Chỉ huy Quân sự tỉnh⏎ngày 05/6/2037", legacy OCR)
    top = _item_top(view, ls)
    m = P.TIMING_CLAUSE_DAY_RE.match(view[top:h.start].replace("\n", " "))
    return top + m.start("label") if m else None


def _item_top(view: str, ls: int, reach: int = 300) -> int:
    """The start of the listed item whose line starts at ``ls``: back over the lines it wraps onto (no blank line
    between, the earlier line no item of its own: a dash, a bullet or a number opens one), within ``reach``."""
    top = ls
    while top > 1 and view[top - 1] == "\n" and view[top - 2] != "\n" and ls - top < reach \
            and not _ITEM_OPENS.match(view, top):
        top = view.rfind("\n", 0, top - 1) + 1
    return top


#: a line that opens a listed item (folded): a dash or bullet, a number or a letter with its mark
_ITEM_OPENS = re.compile(r"[ \t*_]*(?:[-–+•]|\d+(?:\.\d+)*\.|[a-zđ]\))")


def _due_cell(view: str, h: DateHit) -> bool:
    """True when the date fills its line alone (a table cell: "Tháng 12/2025") and a due-column header
    ("Thời gian thực hiện", "Thời hạn", "Tiến độ") stands alone on a line before it."""
    ls = view.rfind("\n", max(0, h.start - 40), h.start) + 1
    le = view.find("\n", h.end, h.end + 40)
    le = le if le >= 0 or len(view) - h.end > 40 else len(view)
    if (ls == 0 and h.start > 40) or le < 0:
        return False  # a long line is no cell (and is not copied for each of its dates)
    line = view[ls:le]
    if _WITHIN_CELL_LEAD.sub("", line.strip(" \t*_|.")) != view[h.start:h.end].strip():
        return False
    # the header may stand far above in a long table (2629/QĐ-TTg: 60 rows)
    return P.DUE_COLUMN_HEAD_RE.search(view, max(0, h.start - 80000), ls) is not None


_HORIZON_KINDS = {"year", "month", "month_part", "month_range", "quarter", "half"}
#: the end of a span said as "to the end of" ("… đến hết ngày 28/02/2027"): how long something runs (folded)
_RUNNING_TO = re.compile(rf"(?<![a-z])d[e¢6]n\s+h[e¢]t\s+{_WEEKDAY_BEFORE_DAY}(?:ng[a4]y\s+)?$")
#: how often an activity is done ("tần suất tối thiểu 03 lần mỗi tuần", "02 lần/tháng", "hằng ngày"): its span runs
_FREQUENCY = re.compile(
    r"(?<![a-z])(?:t[a4]n\s+su[a4]t|\d{1,2}\s+l[a4]n\s*(?:/|m[o06][il1]\s|trong\s+)|h[a4d]ng\s+ng[a4]y(?![a-z]))")
#: a campaign whose window the "từ … đến …" gives: "mở đợt cao điểm tấn công, trấn áp tội phạm từ ngày 15/12/2026 đến
#: ngày 28/02/2027" (a Văn phòng Tỉnh ủy's Công văn, tune17), "Tháng hành động … từ ngày …": its running period, no due
#: date (the labels: "the running period of a campaign"), searched in the clause before the first date
#: … and an event's days: "Tổ chức chương trình “Chợ hoa xuân” từ ngày 28/01/2027 đến ngày 05/02/2027" (a17-09), a fair,
#: a festival, an exhibition held over those days
#: … and a campaign named as an item's label, its window after the colon: "2. Đợt 2 - Cao điểm dịp nghỉ lễ 30/4 - 01/5
#: và mùa du lịch hè: từ ngày 26/4/2027 đến ngày 31/8/2027" (a24-08's labels: "the four cao điểm spans (periods)"), a
#: numbered phase named after a dash alike: "a) Đợt 1 - Tổng vệ sinh môi trường đón Tết Nguyên đán: từ ngày 15/01/2027
#: đến ngày 04/02/2027" (t24-08's labels; not "Tiêm phòng đợt 2: từ tháng 9 …", a task's window)
#: … and a numbered phase of a campaign's period, its name in brackets: "Đợt cao điểm … chia làm 03 giai đoạn: - Giai
#: đoạn 1 (trước Tết): từ ngày 15/12/2026 đến ngày 04/02/2027" (t25-08's labels leave the phases out, as a24-08's the
#: cao điểm spans); a due word inside the phase's bracketed name ("(trước Tết)") is no due cue of the span
#: (:func:`_due_before_span`)
#: … and the rounds a campaign's colon lists, each with its window: "02 đợt tổng vệ sinh …: đợt 1 từ 01/4 đến 30/4/2029
#: và đợt 2 từ 01/9 đến 30/9/2029" (t33-04's labels: running periods)
#: … and the phases a campaign's colon lists alike: "Đợt cao điểm được triển khai từ ngày 15/12/2029 đến hết ngày
#: 15/02/2030, chia làm hai giai đoạn: giai đoạn 1 từ ngày 15/12/2029 đến ngày 10/01/2030; …" (a34-05's labels, as
#: t25-08's: the phases are running periods)
_CAMPAIGN = re.compile(P.CAMPAIGN_WORDS + r"[^.;:]{0,100}(?::[ \t]*t[uw](?:\s+ng[a4]y)?\s*"
                       r"|:[^.;:]{0,60}?(?:" + P.ROUND_WORD + r"|gi[a4]i\s+[dđ]o[a4]n)\s+\d{1,2}\s+t[uw](?:\s+ng[a4]y)?\s*)?$")
#: the heading line of a numbered item ("3. Chiến dịch Thanh niên tình nguyện hè năm 2027"), folded
_ITEM_HEADING = re.compile(r"(?m)^[ \t*_]*(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\)|[ivx]{1,4}\.)[ \t]+(?P<head>[^\n]{3,160})$")
#: the bare time label of an item's line: "Thời gian: từ …" ("- Thời gian thực hiện: từ …"), folded, before "từ"
#: … or a campaign's round named alone as the item's label: "- Đợt 2: từ ngày 16/9 đến ngày 22/9/2029." under "1. Các
#: đợt chiến dịch" (a34-09's and t34-09's labels: the rounds' windows are running periods; "1. Đợt 1: từ ngày … , tiêm
#: …" under "III. THỜI GIAN VÀ PHƯƠNG THỨC TIÊM PHÒNG", a33-04's vaccination round, names no campaign above it)
_ITEM_TIME_LABEL = re.compile(
    rf"(?:^|\n|\.\s)[ \t*_+•-]*(?:{P.kw('thoi gian')}(?:\s+(?:{P.kw('thuc hien')}|{P.kw('trien khai')}|{P.kw('to chuc')}))?"
    rf"|(?:{P.ROUND_WORD}|{P.kw('giai doan')})\s+(?:\d{{1,2}}|[ivx]{{1,4}}))\s*:\s*$")


def _step_window(view: str, s0: int, start: int, work: bool = False) -> bool:
    """The "từ" opening a span at ``start`` follows the name of a numbered work step ("4. Thu thập thông tin tại địa
    bàn: từ ngày 01/4/2029 đến hết ngày 25/4/2029, …", a census plan's phase) or a counted limit ("Niêm yết công khai …
    trong thời gian 07 ngày làm việc, từ ngày 28/10/2029 đến hết ngày 05/11/2029"): the window the step must be done
    in, due by its last day though "đến hết" closes it (t33-03's and t33-10's labels; a32-01's table cell, t22-10's
    "rà soát, lập danh sách … từ ngày … đến hết ngày …" alike) — not how long a state lasts ("treo cờ Tổ quốc từ ngày
    06/7 đến hết ngày 09/7/2028", "trực 100% quân số …", a campaign's days), which no step's name opens."""
    fm = _FROM_CUE.search(view, max(s0, start - 20), start)
    lo = view.rfind("\n", 0, max(0, (fm.start() if fm else start) - 1))
    lead = DW.STEP_WINDOW_LEAD.search(view, max(0, lo, fm.start() - 120), fm.start()) if fm else None
    if lead is None:
        return False
    if (item := lead.group("item")) is not None:  # a bulleted step: a work's name, not a time, phase or duty
        return not (DW.PHASE_STEP_NAME.match(item) or DW.BULLET_STATE_NAME.match(item))
    # (``work``: a span of months or quarters, "d) Điều tra, khoanh vẽ thực địa: từ tháng 4 đến hết tháng 6/2034" — the
    # step's window, due by its last month (a42-09's labels); not a phase's or the plan's own run, "3. Thời gian thực
    # hiện: từ tháng 3 đến tháng 11/2027", "b) Đợt 2: từ tháng 9 đến tháng 10/2027": a step named by its time)
    return not (work and (lead.group("step") is None or DW.PHASE_STEP_NAME.match(lead.group("step"))))


#: (obl48) a numbered item of its own whose label is the plan's time, the span right after its colon: "1. Thời gian triển
#: khai: Từ ngày 15/12/2035 đến ngày 28/02/2036." under "II. THỜI GIAN, NỘI DUNG THỰC HIỆN" (a46-02), "1. Thời gian triển
#: khai: từ ngày 15/12/2028 đến ngày 15/3/2029, chia làm hai đợt" (a32-08), "2. Thời gian thực hiện: Từ tháng 10/2025 đến
#: khi …" (0124-KH-UBND, realdocs): folded, the line up to "từ"
_PLAN_RUN_LABEL = re.compile(rf"(?:^|\n)[ \t*_]*(?:\d{{1,2}}|[ivx]{{1,4}})[.)][ \t*_]*{P.kw('thoi gian')}\s+"
                             rf"(?:{P.kw('trien khai')}|{P.kw('thuc hien')})(?:\s+{P.kw('ke hoach')})?[ \t*_]*:[ \t*_]*$")


def _plan_run_item(view: str, start: int) -> bool:
    """The "từ" opening a span at ``start`` comes right after a numbered item's label "Thời gian triển khai:" / "Thời
    gian thực hiện:" (:data:`_PLAN_RUN_LABEL`): the item is the time of the whole plan, its running period — no due
    date (labels README: "the running period of a campaign"; a46-02's and a32-08's notes, 0124-KH-UBND's labels). A
    task's own time printed under it ("*Thời gian thực hiện:* Tháng 12/2025", 141-KH-UBND, no number: a deadline) and an
    event's days under a bare "1. Thời gian: kỳ họp … từ ngày 16/12 đến ngày 17/12/2030" (a36-07's labels: a deadline)
    are no such item."""
    fm = _FROM_CUE.search(view, max(0, start - 20), start)
    if fm is None:
        return False
    lo = view.rfind("\n", 0, fm.start())
    return _PLAN_RUN_LABEL.search(view, max(0, lo), fm.start()) is not None


def _campaign_before(view: str, lo: int, hi: int) -> bool:
    """A campaign or an event named in the clause before a span at ``hi`` (:data:`_CAMPAIGN`, from ``lo``), not as a
    place where the task is done ("kiểm tra … tại khu vực lễ hội …, từ ngày … đến ngày …":
    :data:`patterns.CAMPAIGN_PLACE_BEFORE_RE`) nor as the topic of the task ("tuyên truyền về Tháng hành động …",
    :data:`patterns.CAMPAIGN_TOPIC_BEFORE_RE`): the span is the campaign's running period."""
    for m in re.finditer(P.CAMPAIGN_WORDS, view[lo:hi]):
        at = lo + m.start()
        if _CAMPAIGN.match(view, at, hi) and not P.CAMPAIGN_PLACE_BEFORE_RE.search(view, max(0, at - 90), at) \
                and not P.CAMPAIGN_TOPIC_BEFORE_RE.search(view, max(0, at - 20), at):
            return True
    return False


#: a round named alone before its span, opening a clause after ";" (folded, up to the span's "từ"): "; đợt 2 từ ",
#: "; Đợt II: từ "
_ROUND_ALONE = re.compile(rf"[\s*_]*{P.ROUND_WORD}\s+(?:\d{{1,2}}|[ivx]{{1,4}}|hai|ba)\s*:?\s*(?:{P.kw('tu')}\s+)?(?:{P.NGAY}\s+)?$")


#: the first round of a list and its span's "từ" (folded): "đợt 1 từ ngày ", "Đợt I: từ "
_FIRST_ROUND = re.compile(rf"{P.ROUND_WORD}\s+(?:0?1|i|mot)\s*:?\s*{P.kw('tu')}(?:\s+{P.NGAY})?\s*")


def _campaign_round_listed(view: str, s0: int, start: int) -> bool:
    """The span at ``start`` is a later round of a campaign that its rounds' list names before them, the rounds parted
    by ";" ("Tổ chức 02 đợt "Tháng hành động vệ sinh, khử trùng, tiêu độc môi trường chăn nuôi": đợt 1 từ ngày 01/4
    đến ngày 30/4/2037; đợt 2 từ ngày 01/9 đến ngày 30/9/2037", t48-10's labels: both the campaign's running
    periods): the clause after the last ";" (from ``s0``, the sentence's start, or a little before it) holds the round's
    name alone, and the campaign (:func:`_campaign_before`) stands
    in the clauses before it, back to the sentence's stop or the paragraph's start. The first round, in the
    campaign's own clause, is read there; rounds of works with no campaign ("Thi công: đợt 1 từ ngày 15/3 đến ngày
    31/5/2030 …; đợt 2 từ ngày 01/9 …", a35-03's labels: deadlines) are no such rounds."""
    semi = view.rfind(";", max(0, s0 - 8), start)
    if semi < 0 or not _ROUND_ALONE.match(view, semi + 1, start):
        return False
    lo = max(view.rfind(".", 0, semi) + 1, view.rfind("\n\n", 0, semi) + 2, semi - 400)
    first = None  # the first round's words, up to its span's "từ", as the campaign's clause reads them
    for first in _FIRST_ROUND.finditer(view, lo, semi):
        break
    return first is not None and _campaign_before(view, lo, first.end())


#: a line opening with a round's name alone, up to its span's "từ" (folded): "đợt 1 từ ngày ", "- Đợt 2: từ "
_ROUND_LINE_OPEN = re.compile(rf"[ \t*_+•-]*(?:{P.ROUND_WORD}|{P.kw('giai doan')})\s+(?:\d{{1,2}}|[ivx]{{1,4}})\s*:?\s*$")
#: a line of a campaign's rounds list (folded): its round's name, then its span
_ROUND_LINE = re.compile(rf"[ \t*_+•-]*(?:{P.ROUND_WORD}|{P.kw('giai doan')})\s+(?:\d{{1,2}}|[ivx]{{1,4}})\s*:?\s*{P.kw('tu')}\s")
#: how far above its first round a list's lead may end (lines; blank ones and the rounds between counted)
_ROUNDS_REACH = 12


def _campaign_lead_rounds(view: str, start: int) -> bool:
    """The span at ``start`` is a round of a campaign whose list the line above introduces: the span's line opens with
    the round's name alone ("đợt 1 từ ngày …", "- Đợt 2: từ ngày …"), the lines between it and the lead are blank or
    other rounds, and the lead, a clause that ends with a colon, names the campaign ("Tổ chức 02 đợt "Tháng hành động
    vệ sinh, tiêu độc, khử trùng môi trường chăn nuôi":⏎đợt 1 từ ngày 01/4/2037 đến ngày 30/4/2037; …", a48-10; "Tổ
    chức hai đợt Tháng hành động …:⏎⏎- Đợt 1: từ …⏎⏎- Đợt 2: từ …", a40-07; "Chiến dịch được tổ chức thành 02 đợt:",
    a36-04: the labels leave every such round out, the running periods of a campaign). The colon ends the lead's
    sentence, so :func:`_campaign_before` and :func:`_campaign_round_listed`, which read the span's own sentence, did
    not see the campaign: the first round (or each one under its own dash) became a deadline. A lead that names no
    campaign ("Tổ chức 02 đợt trong 6 tháng cuối năm:", t40-07's labelled rounds of a "Tháng tiêu độc") is no such
    lead; nor is a round whose label carries words of its own ("Đợt 1 (sâu cuốn lá …): từ …", a43-01's spraying)."""
    fm = _FROM_CUE.search(view, max(0, start - 24), start)
    if fm is None:
        return False
    line = view.rfind("\n", 0, fm.start()) + 1
    semi = view.rfind(";", line, fm.start())
    if not (_ROUND_LINE_OPEN.fullmatch(view, line, fm.start())  # (a later round of the line: "…; đợt 2 từ ngày …")
            or (semi >= 0 and _ROUND_LINE.match(view, line) and _ROUND_ALONE.match(view, semi + 1, start))):
        return False
    end = line - 1  # the "\n" before the round's line
    for _ in range(_ROUNDS_REACH):
        if end <= 0:
            return False
        above = view.rfind("\n", 0, end) + 1
        text = view[above:end]
        if text.strip() and not _ROUND_LINE.match(text):
            break
        end = above - 1
    else:
        return False
    lead = view[above:end].rstrip(" \t*_")
    if not lead.endswith(":"):
        return False
    colon = above + len(lead) - 1
    lo = max(0, colon - 200)
    lo = max(lo, view.rfind(".", lo, colon) + 1, view.rfind(";", lo, colon) + 1)
    return _campaign_before(view, lo, colon)  # (the campaign's words run to the colon, as to a span's "từ")


def _campaign_item_time(view: str, s0: int, start: int) -> bool:
    """The "từ" opening a span at ``start`` follows an item's bare time label ("Thời gian: từ ngày 15/6/2027 đến ngày
    31/8/2027", or a round named alone, "- Đợt 2: từ …") and the item's heading names a campaign or an event ("3. Chiến dịch Thanh niên tình nguyện hè năm
    2027", the label a line or a paragraph under it): the campaign's running period, no due date (the labels: "the
    running period of a campaign"; a28-10's authors). Only the nearest numbered (or Roman) heading above, within 1,500
    characters, is read: "3. Khám sức khỏe tập trung … thời gian từ ngày 05/01 đến ngày 07/01/2027" (a task's days,
    a23-05) names no campaign."""
    fm = _FROM_CUE.search(view, max(s0, start - 20), start)
    if fm is None or not _ITEM_TIME_LABEL.search(view, max(0, s0 - 2, fm.start() - 40), fm.start()):
        return False
    heads = list(_ITEM_HEADING.finditer(view, max(0, s0 - 1500), s0))
    if len(heads) > 1 and DW.BARE_TIME_HEADING.match(heads[-1].group("head")):
        heads.pop()  # "II. NỘI DUNG CHIẾN DỊCH" / "1. Thời gian" / "- Đợt I: từ …": the part the time heading belongs to
    return bool(heads) and re.search(P.CAMPAIGN_WORDS, heads[-1].group("head")) is not None


class _HalfPair(NamedTuple):
    """A six-monthly time printed as its two occurrences of a year (:func:`_half_pair`): ``end`` where the second's
    words end (the deadline's words run to it, and no date before it is read again), ``rule`` the RRULE the two printed
    days or months give when each keeps its own day (:func:`recurrence.half_yearly_days`), else None (the first's own
    six-monthly rule)."""

    end: int
    rule: str | None


def _half_pair(view: str, h: DateHit, nxt: DateHit | None, lo: int, s1: int) -> _HalfPair | None:
    """The second occurrence of a six-monthly time that the text prints beside its first ``h``: the one reader of the
    three ways a plan writes both halves of its year (kind: a report or a meeting due twice a year; the labels give one
    6-monthly deadline at the first occurrence, not two one-offs nor a yearly pair). None otherwise.

    - Two days of months six months apart, no year ("trước ngày 10/6 và ngày 10/12 hằng năm", "trước ngày 20/6 và
      trước ngày 15/12 hằng năm"), after "định kỳ 6 tháng" in their clause (from ``lo``) or a bare "định kỳ" ("gửi định
      kỳ trước ngày 10 tháng 6 và trước ngày 10 tháng 12 hằng năm"), or with "hằng năm" right after the pair ("báo cáo …
      trước ngày 10/6 và trước ngày 05/12 hằng năm", a18-02): the labels of authored15-18 alike; the days may differ
      (``rule``). Also when the clause names the half-year's and the year's reports before the pair ("Đánh giá chất
      lượng sinh hoạt chi bộ 6 tháng và cả năm, báo cáo Đảng ủy … trước ngày 10/6 và ngày 10/12 hằng năm", a45-08; "6
      tháng, năm | … | Ngày 15/7 và ngày 15/01 năm sau", a17-10): one 6-monthly entry, as the labels of every pair six
      months apart with "hằng năm" after it give it (19 of 20 in authored15-45 and tune17-45, t44-09 the one pair of
      yearly entries; ddl47 — session 16 had read such a clause as two yearly reports, from a sentence of its own).
      Not a half-year's report beside the year's, each with its own day ("6 tháng (trước ngày 10/6) và hằng năm (trước
      ngày 10/12)": :func:`_year_report_beside`; "6 tháng trước ngày 20/6 và cả năm trước ngày 20/12": no pair).
      ``h`` may be either day; ``end`` runs to the second only from the first.
    - Two printed days, the same day of months six months apart (across a year's end too), that "và" joins right after
      ``h``, ``nxt`` the second, with the same words of a cycle as the pairs without a year (:func:`_half_cue`: "định
      kỳ 6 tháng, trước ngày 15/6/2027 và trước ngày 15/12/2027"; "định kỳ 6 tháng (trước ngày 15/12/2031 và trước ngày
      15/6/2032)"): the labels of t29-04, t38-07, t39-04 and t44-04. Bare ("báo cáo kết quả thực hiện Kế hoạch trước
      ngày 15/6/2037 và trước ngày 15/12/2037") they are two one-off days (t48-05's labels). Not two rounds or two
      reports named between them ("trước ngày 10/5/2029 (đợt 1) và trước ngày 10/11/2029", "6 tháng trước ngày 20/6 và
      cả năm trước ngày 20/12"), nor the reports of a campaign's rounds its clause names ("gửi kết quả tiêm phòng từng
      đợt … chậm nhất ngày 05/5/2029 và ngày 05/11/2029", t33-04's labels: each round its own date), nor days five
      months apart.
    - A (part of a) month and a second month four to eight months on ("tuần cuối của tháng 6 và tháng 12", "vào tháng
      7 và tháng 12 hằng năm": two meetings of a year, the first half's review often held in July, the year's in
      December; a20-09's and a22-09's labels); two whole months give ``rule`` their ends. A month alone after "định kỳ
      6 tháng" ("sơ kết 6 tháng tổ chức trong tháng 7") is none."""
    if h.kind in ("month", "month_part", "week"):
        m = P.SECOND_MONTH_AFTER_RE.match(view, h.end)
        if not (m and h.month and 4 <= abs(int(m.group("m")) - h.month) <= 8):
            return None
        ends = [(mo, calendar.monthrange(2027, mo)[1]) for mo in (h.month, int(m.group("m")))]
        return _HalfPair(m.end(), R.half_yearly_days(*ends) if h.kind == "month" else None)
    if h.kind == "exact" and h.year_given:
        if nxt is None or not (h.date and h.month and h.day) or nxt.kind != "exact" \
                or not (nxt.date and nxt.year_given and nxt.month) or nxt.day != h.day or _months_apart(h, nxt) != 6:
            return None
        if not DW.HALF_YEAR_JOIN.fullmatch(view, h.end, nxt.start):
            return None
        clause = max(view.rfind(";", 0, h.start), view.rfind(".", 0, h.start), h.start - 200)
        if re.search(rf"(?<![a-z]){P.ROUND_WORD}(?![a-z])", view[clause + 1:h.start]):
            return None
        return _HalfPair(nxt.end, None) if _half_cue(view, max(lo, clause + 1), h.start, nxt.end) else None
    if h.kind not in ("day_month", "exact") or h.year_given:
        return None
    for m in P.DAY_MONTH_PAIR_RE.finditer(view, max(lo, h.start - 40), min(s1, h.end + 40)):
        if not (h.start < m.end() and m.start() < h.end):
            continue
        if abs(int(m.group("m2")) - int(m.group("m1"))) != 6:
            return None
        half = _half_cue(view, lo, m.start(), m.end()) \
            or P.HALF_AND_YEAR_REPORTS_RE.search(view, max(lo, m.start() - 120), m.start()) is not None
        return _HalfPair(m.end() if m.start("d2") >= h.end else h.end, _pair_rule(m)) if half else None
    return None


def _six_months_on(view: str, h: DateHit) -> bool:
    """The month ``h`` is followed by a second month ("và tháng 12") exactly six months on."""
    m = P.SECOND_MONTH_AFTER_RE.match(view, h.end)
    return bool(m and h.month and abs(int(m.group("m")) - h.month) == 6)


def _half_cue(view: str, lo: int, start: int, end: int) -> bool:
    """The words that make two days of a year (the pair from ``start`` to ``end``, its clause from ``lo``) one six-monthly
    time: "định kỳ 6 tháng" or "6 tháng một lần" in the clause, a bare "định kỳ" or a half-year's term right before ("gửi
    định kỳ trước ngày 10 tháng 6 và …", "báo cáo Ban Thường vụ 6 tháng, trước ngày 15/6 và 15/12"), or "hằng năm"
    right after ("… trước ngày 10/6 và trước ngày 05/12 hằng năm"). Without any, two days printed with their year are
    two one-off deadlines of that year (a plan's mid-year and year-end reports: "báo cáo kết quả thực hiện Kế hoạch
    trước ngày 15/6/2037 và trước ngày 15/12/2037", t48-05's labels; the labels README counts a deadline recurring by
    "hằng năm …" or "định kỳ … with a stated period"; a35-05's authors alone read such a bare pair as 6-monthly)."""
    return any(p.lastgroup == "half" for p in P.RECURRENCE_PHRASE_RE.finditer(view, lo, start)) \
        or _PERIODIC.search(view, max(lo, start - 40), start) is not None \
        or _HALF_TERM_BEFORE.search(view, max(lo, start - 40), start) is not None \
        or P.EACH_YEAR_AFTER_RE.match(view, end) is not None


#: the half-year named right before the pair's due word, a comma between (folded): "báo cáo Ban Thường vụ 6 tháng,
#: trước ngày 15/6 và 15/12" — the report of each half, as "định kỳ 6 tháng, trước …" (a legacy OCR of a42-07 lost
#: its "định kỳ"); not "trong 6 tháng", a time limit
_HALF_TERM_BEFORE = re.compile(rf"(?<![a-z])(?<!trong )(?<!han )(?<!vong )(?:0?6|s[a4]u)\s+{P.THANG}\s*,\s*"
                               rf"(?:{P.TRUOC}|{P.kw('cham nhat')})\s+(?:{P.NGAY}\s+)?$")


def _months_apart(a: DateHit, b: DateHit) -> int:
    """How many months the dated day ``b`` falls after ``a`` (their years counted): 15/12/2031 → 15/6/2032 is 6."""
    return (int(b.date[:4]) * 12 + b.month) - (int(a.date[:4]) * 12 + a.month)


def _first_named_in_brackets(view: str, hits: list[DateHit], i: int, after: int | None = None) -> DateHit | None:
    """The day a bracket right after the rule ``hits[i]`` gives its first occurrence ("thứ Sáu hằng tuần (báo cáo tuần
    đầu tiên gửi trước 16 giờ ngày 21/12/2029)", "trước ngày 05/12 và ngày 05/6 hằng năm (kỳ báo cáo đầu tiên trước
    ngày 05/12/2035)"): the series' first due day, not a second deadline. ``after``: where the rule's words end (a
    pair's second day), ``hits[i]``'s end by default."""
    end = hits[i].end if after is None else after
    nxt = next((x for x in hits[i + 1:] if x.start >= end), None)
    if nxt is None or nxt.kind != "exact" or not nxt.date or nxt.start - end > 140:
        return None
    return nxt if DW.FIRST_IN_BRACKET.match(view, end, nxt.start) else None


def _restated_in_brackets(view: str, prev: DateHit, h: DateHit) -> bool:
    """``h`` names the day ``prev`` names, in a bracket opened right after it: the same day in the other calendar
    ("ngày 26/02/2027 (tức ngày 21 tháng Giêng năm Đinh Mùi)", "đến ngày 15/02/2027 (từ đêm Giao thừa đến hết ngày
    mùng 10 tháng Giêng năm Đinh Mùi)"): a restatement, no second deadline (t25-08's labels: the one span)."""
    between = view[prev.end:h.start]
    return bool(h.date and h.date in (prev.date, prev.latest) and len(between) <= 80
                and re.match(r"\s*\([^()]*$", between))


def _narrowed_in_brackets(view: str, h: DateHit, nxt: DateHit) -> bool:
    """``h`` is a period (a week, a month) that a bracket opened right after it narrows to its own days, the bracket
    opening a span with "từ": "tổ chức Hội nghị tổng kết … trong tuần thứ hai của tháng 9/2030 (từ ngày 09/9 đến ngày
    13/9/2030)" — one time, the bracket's exact days (t36-10's labels), not the week as well."""
    between = view[h.end:nxt.start]
    day = nxt.date or nxt.earliest
    return bool(h.earliest and h.latest and not h.date and day and h.earliest <= day <= h.latest and len(between) <= 40
                and re.match(r"\s*\([^()]*$", between) and _FROM_CUE.search(between, max(0, len(between) - 20)))


def _span_day_in_brackets(view: str, prev: DateHit, h: DateHit) -> bool:
    """``h`` is one day of the span ``prev`` names, in a bracket opened right after it, with no due word of its own: the
    hour the span's event opens on ("Kỳ họp … trong 02 ngày, ngày 17 và 18/12/2030 (khai mạc lúc 07 giờ 30 phút ngày
    17/12/2030)"), a part of the one event (t36-07's labels: the session's days, once). A due day in the bracket ("từ
    ngày 01/11 đến ngày 30/11 (báo cáo trước ngày 25/11)") is a task's own, and a bare day in the bracket of a
    week ("trong tuần đầu tháng 10/2028 (ngày 04/10/2028)") narrows it (:func:`_bracketed_day`)."""
    between = view[prev.end:h.start]
    said = re.sub(r"^\s*\(|(?:(?<![a-z])(?:vao|ngay)\s*)+$", "", between).strip()
    return bool(h.date and prev.earliest and prev.latest and not prev.date and prev.earliest <= h.date <= prev.latest
                and said and not view.startswith("tuan", prev.start) and len(between) <= 80 and re.match(r"\s*\([^()]*$", between) and not P.DUE_OR_CLOSING_RE.search(between)
                and not _FROM_CUE.search(between, max(0, len(between) - 20)))  # "(từ ngày 09/9 đến …)": a span's own


def _step_day_cue(view: str, s0: int, h: DateHit) -> re.Match[str] | None:
    """The day word of a dated step: a clause (from its sentence's start or a ";") that opens on "Tổ chức" / "Tiến
    hành", names its work and closes on "ngày <day>" ("Tổ chức bốc thăm, xếp lịch thi đấu ngày 28/9/2030."; a36-05's
    and t36-05's labels: a step of the organisers' timetable, dated), as a match in the 60 characters before ``h``
    (the cue's frame). Not an event's days with its subject first ("Lễ hội tổ chức trong 02 ngày, …"), nor a day the
    clause goes on after (a place or an hour: "… ngày 28/9/2030 tại Nhà văn hóa")."""
    lo = max(s0, view.rfind(";", s0, h.start) + 1)
    if not DW.STEP_DAY_CLAUSE.fullmatch(view, lo, h.start) or not re.match(r"\s*(?:[.;]|\n|$)", view[h.end:h.end + 3]):
        return None
    return re.search(rf"(?:{P.kw('vao')}\s+)?{P.NGAY}\s+$", view[max(s0, h.start - 60):h.start])


def _forecast_day(view: str, s0: int, h: DateHit) -> bool:
    """``h`` is the day or period of a forecast in a crop-protection plan, not a work's due time: a pest brood's peak
    right before it ("rầy cám nở rộ khoảng giữa tháng 9", :data:`patterns.STAGE_FORECAST_BEFORE_RE`), or any time of a
    sentence that forecasts a crop's stage ("Lúa dự kiến trỗ tập trung từ 03/9 …; thu hoạch từ cuối tháng 9 đến ngày
    20/10/2030", :data:`patterns.CROP_FORECAST_RE`) with no due word between the forecast and the time (a36-02's
    labels: forecasts are not deadlines; the spraying window the plan sets after them is); or any time of a sentence
    that reports a forecast ("Theo dự báo …, đỉnh mặn xuất hiện vào tháng 02 và tháng 3/2034", :data:`patterns.
    OUTLOOK_OPENING_RE`), so worded by any office."""
    if P.STAGE_FORECAST_BEFORE_RE.search(view, max(s0, h.start - 40), h.start):
        return True
    last = None
    for last in P.CROP_FORECAST_RE.finditer(view, s0, h.start):
        pass
    if last is not None and not _DUE_CUE.search(view[last.end():h.start][-60:]):
        return True
    # (a forecast's season "bắt đầu từ ngày 01/12/2030 và kết thúc ngày 30/4/2031": its close no due word, t36-06)
    outlook = next(P.OUTLOOK_OPENING_RE.finditer(view, s0, h.start), None)
    return outlook is not None and not _DUE_ONLY_CUE.search(view[outlook.end():h.start][-60:])


#: a bracket closed inside a span's gap: the same day in the other calendar ("từ thứ Sáu ngày 17/02/2034 (tức ngày 29
#: tháng Chạp năm Quý Sửu) đến hết …"), a note on the day
_CLOSED_BRACKET = re.compile(r"\([^()\n]{0,80}\)")


def _span_gap(view: str, a: int, b: int) -> int:
    """The length of ``view[a:b]``, the words between a span's "từ" day and its "đến" day, without a bracket closed
    there: the lunar day a Tết notice prints after each solar one ("từ … ngày 17/02/2034 (tức ngày 29 tháng Chạp năm
    Quý Sửu) đến hết … ngày 23/02/2034 (…)", a42-08) restates the first day, so the pair is as near as without it and
    is read as one span (the leave, a running period: no deadline), not its last day alone as a due day."""
    return len(_CLOSED_BRACKET.sub("", view[a:b]))


def _from_to_span(view: str, hits: list[DateHit], j: int) -> DateHit:
    """``hits[j]`` as the span it closes when it is the "đến" day of a "từ … đến …" pair ("từ ngày 09/12/2030 đến ngày
    11/12/2030"): its earliest the pair's first day, no single date — so that a bracket after the pair ("(khai mạc lúc
    08 giờ ngày 09/12/2030)") is read against the whole span, as it is after "ngày 17 và 18/12/2030"; else ``hits[j]``."""
    h = hits[j]
    if j < 1:
        return h
    fh = hits[j - 1]
    if not (fh.earliest and h.latest and fh.earliest < h.latest and h.start - fh.end < 40
            and _TO_CUE.search(view, max(fh.end, h.start - 30), h.start)
            and _FROM_CUE.search(view, max(0, fh.start - 20), fh.start)):
        return h
    return replace(h, earliest=fh.earliest, date=None)


def _expected_in_brackets(view: str, prev: DateHit, h: DateHit) -> bool:
    """``h`` is a day forecast in a bracket right after the period ``prev`` that holds it ("Hội nghị sơ kết cấp phường
    tổ chức trong tháng 10/2028 (dự kiến ngày 27/10/2028)"): the period is the due time, the expected day a note of
    the plan's, no second deadline (t32-02's labels: the month). A plain bracketed day ("trong tuần đầu tháng 9/2027
    (ngày 08/9/2027)") narrows its period instead (:func:`_bracketed_day`)."""
    if not (h.date and prev.earliest and prev.latest and prev.earliest < prev.latest
            and prev.earliest <= h.date <= prev.latest):
        return False
    return bool(P.EXPECTED_DAY_OPEN_RE.fullmatch(view[prev.end:h.start])) and re.match(r"\s*\)", view[h.end:]) is not None


def _due_before_span(view: str, lo: int, start: int) -> bool:
    """A due word ("trước", "chậm nhất", "hoàn thành" …) before the span opening at ``start``, outside brackets: the
    name of a phase in brackets ("Giai đoạn 1 (trước Tết): từ ngày …") dates nothing."""
    return _DUE_CUE.search(re.sub(r"\([^()\n]*\)", lambda m: " " * len(m.group()), view[lo:start])) is not None


def _during(view: str, s0: int, start: int) -> bool:
    """The "từ" opening a span at ``start`` follows words that name the span a running time ("trong thời gian từ ngày
    … đến ngày …", "Thời gian tổ chức: từ ngày …": :data:`patterns.DURING_BEFORE_RE`): no due date."""
    fm = _FROM_CUE.search(view, max(s0, start - 20), start)
    # (60 letters back: an activity's name before its colon, "Thời gian phun hóa chất đợt 1: từ ngày …")
    return fm is not None and P.DURING_BEFORE_RE.search(view, max(s0, fm.start() - 60), fm.start()) is not None


_DUE_WORD = P.DUE_WORD_RE
# a due word or a window's close in the 30 letters before the date, its clause unbroken
_DUE_CUE = re.compile(rf"{P.due_words(*P.CLOSING_WORDS.values())}[^.;\n]{{0,30}}$")
#: … a due word alone, no window's close ("kết thúc ngày …" ends a forecast's season too)
_DUE_ONLY_CUE = re.compile(rf"{P.due_words()}[^.;\n]{{0,30}}$")


# "… hoàn thành việc làm sạch dữ liệu dân cư đến hết năm 2026": the work is to be done by the end of the period, a
# due date (the labels: "hoàn thành trong quý/năm …"), however long the task named between; "tổ chức tuyên truyền
# đến hết năm 2026" (no completion word) is the running period of a campaign, not a deadline
_COMPLETION_IN_CLAUSE = re.compile(rf"(?:{P.DUE_WORDS['hoan thanh']}|{P.DUE_WORDS['xong']}|{P.CLOSING_WORDS['ket thuc']})(?![a-z])"
                                   rf"[^.;:\n]*{P.kw('den')}\s+"
                                   rf"(?:{P.kw('het')}|{P.kw('cuoi')})\s+$")


def _is_horizon(view: str, s0: int, start: int) -> bool:
    """True when the date closes a "(từ nay) đến …" span with no due word
    ("trước", "chậm nhất", "hoàn thành", "xong", "hạn") before it, nor a completion
    word earlier in its clause before "đến hết" — or when what is completed by it is the goals themselves ("hoàn
    thành các mục tiêu đến năm 2030": :data:`patterns.GOALS_BY_BEFORE_RE`)."""
    prefix = view[max(s0, start - 40):start]
    if not P.HORIZON_BEFORE_RE.search(prefix):
        return False
    if P.GOALS_BY_BEFORE_RE.search(_SOFT_BREAK.sub(" ", view[max(s0, start - 120):start])):
        return True  # "phấn đấu hoàn thành các mục tiêu đến năm 2030": the goals' horizon, no task's due date
    if _DUE_CUE.search(prefix):
        return False
    return not _COMPLETION_IN_CLAUSE.search(view, max(s0, start - 160), start)


# (obl46) "Phấn đấu đến ngày 31/12/2034, tỷ lệ … đạt …%" is a deadline, as any dated day a goal's figure is reached
# by: session 45's _year_end_goal read a year's last day as the goal's horizon; the recount over every gold set found
# the kind "a dated day with a goal figure" labelled a deadline in 21 documents and left out in 8 (the 31/12 days
# alone: 5 labelled — a43-09, a44-07, a44-08, t44-07, t44-08 — and 6 not — a30-05, a34-03, t32-09, t34-03,
# t41-06, t43-09), and the labels README names a year or a period as the horizon ("đến năm 2030", "giai đoạn …",
# "từ nay đến …"), a day as "a date by which something must … happen". A year or a period stays the horizon
# (:func:`_is_horizon`).


def _day_within_after(view: str, h: DateHit, later: list[DateHit], s1: int) -> DateHit | None:
    """The due day that follows a dated month or quarter in its clause and falls inside it, a due word between them
    ("Tổ chức trong tháng 12/2026, hoàn thành trước ngày 25/12/2026"; "hoàn thành trong quý II/2027, chậm nhất ngày
    30/6/2027"): one deadline, not two (kind: a plan's time line narrowing its period to a day; the labels of a22-01,
    the day, and a22-10, the quarter its last day restates). None otherwise."""
    nxt = later[0] if later else None
    if nxt is None or nxt.kind != "exact" or not nxt.date or nxt.start >= s1 or nxt.start - h.end > 60:
        return None
    between = view[h.end:nxt.start]
    if re.search(r"[.;:]|\n[ \t]*(?:\n|[-+•*])", between) or not _DUE_WORD.search(between):
        return None
    return nxt if h.earliest <= nxt.date <= h.latest else None


def _bracketed_day(view: str, h: DateHit, later: list[DateHit]) -> DateHit | None:
    """The day printed in brackets right after a period that holds it ("tổ chức đại hội điểm trong tuần đầu tháng
    9/2027 (ngày 08/9/2027)", a congress plan's step): the writer narrows the period to that day, one deadline, the
    day (kind: a plan's time line; t30-06's labels). None otherwise."""
    nxt = later[0] if later else None
    if nxt is None or nxt.kind != "exact" or not nxt.date or not h.earliest or not h.latest:
        return None
    if not re.fullmatch(rf"\s*\(\s*(?:{P.NGAY}\s+)?", view[h.end:nxt.start]) or not re.match(r"\s*\)", view[nxt.end:]):
        return None
    # (by its months: the first week a writer means runs Monday to Sunday, "tuần đầu tháng 9/2027" holds 08/9/2027)
    return nxt if h.earliest[:7] <= nxt.date[:7] <= h.latest[:7] else None


def _restates(prev: Deadline, h: DateHit, view: str, prev_end: int) -> bool:
    """A month right after a period of the same sentence that holds it
    ("trong Quý II, chậm nhất tháng 6") restates that period's end. A month printed with its year is held only by a
    period of that year: "sơ kết giữa kỳ trong quý IV/2028, tổng kết Kế hoạch trong tháng 12/2030" are two reviews, two
    deadlines (a20-10's labels)."""
    if prev_end < 0 or h.start - prev_end > 30 or not prev.earliest or not prev.latest or not h.latest:
        return False
    if h.year_given:
        return prev.earliest <= h.latest <= prev.latest
    return prev.earliest[5:7] <= h.latest[5:7] <= prev.latest[5:7]
