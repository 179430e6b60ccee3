"""Recurring deadlines: their RRULE, their first occurrence, and when they are next due.

Why: "trước ngày 15 tháng 11 hằng năm", "vào ngày 15 hằng tháng", "định kỳ 6
tháng (trước ngày 05/6)", "trong Quý I hằng năm" are due again and again; a
deadline list, a calendar feed or a checklist that only knows the first
occurrence drops them after it. Occurrences are computed with dateutil's
``rrule`` (iCalendar RFC 5545 rules), never by hand.

Conventions of :class:`vanban.models.Deadline` for recurring deadlines:
``recurrence`` is an RRULE without DTSTART; ``date`` (exact day) or
``earliest``/``latest`` (a period such as a quarter) is the first occurrence
on or after the document's date; the rule yields the due day of each
occurrence (the ``latest`` of a period: ``BYMONTHDAY=-1`` for a month's end).

:func:`next_due` is the one function the archive's upcoming-deadlines query,
the .ics feed and the checklist call to ask "when is it next due" from today.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrulestr

from vanban.extract import clock_words as C
from vanban.models import Deadline
from vanban.text import fold_flat

__all__ = ["parse_iso", "yearly", "monthly", "quarterly", "half_yearly", "half_yearly_days", "first_on_or_after", "first_instance", "next_due",
           "next_occurrence", "describe", "rule_parts", "rule_until", "cycle_rule", "cycle_period"]


def yearly(month: int, day: int | None = None) -> str:
    """RRULE of a yearly due day ("15 tháng 11 hằng năm"); a month's end when ``day`` is None."""
    return f"FREQ=YEARLY;BYMONTH={month};BYMONTHDAY={day if day else -1}"


def monthly(day: int) -> str:
    """RRULE of a monthly due day ("ngày 15 hằng tháng")."""
    return f"FREQ=MONTHLY;BYMONTHDAY={day}"


def quarterly(day: int | None = None, months: tuple[int, ...] = (3, 6, 9, 12)) -> str:
    """RRULE of a quarterly due day (a day of the quarter's last month by default)."""
    return f"FREQ=YEARLY;BYMONTH={','.join(map(str, months))};BYMONTHDAY={day if day else -1}"


def half_yearly(day: int | None = None) -> str:
    """RRULE of a six-monthly due day ("định kỳ 6 tháng (trước ngày 05/6)"), anchored at its first occurrence."""
    return f"FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY={day if day else -1}"


def half_yearly_days(first: tuple[int, int], second: tuple[int, int]) -> str | None:
    """RRULE of a six-monthly due day on two different days of two months ``(month, day)`` six months apart ("trước
    ngày 20/6 và trước ngày 15/12 hằng năm"): ``FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=15,20;BYSETPOS=2,3`` — the four
    days the two lists make each year, sorted, of which the positions keep each month's own (20/6 and 15/12). A
    month's last day is ``-1`` ("30/6 và 31/12": ``BYMONTHDAY=-1``, no positions; "30/6 và 15/12": ``BYMONTHDAY=15,-1``
    with the positions). None when no rule gives exactly the
    two days every year (a day a month lacks)."""
    (ma, da), (mb, db) = sorted((first, second))
    da, db = (-1 if d == calendar.monthrange(2027, m)[1] and m != 2 else d for m, d in ((ma, da), (mb, db)))
    if da == db:
        rule = f"FREQ=YEARLY;BYMONTH={ma},{mb};BYMONTHDAY={da}"
    else:
        # a month's last day (-1) beside a plain day ("trước ngày 30 tháng 6 và ngày 15 tháng 12") falls after it in
        # each month: the positions order it last
        ka, kb = (32 if d == -1 else d for d in (da, db))
        pos = (1 if ka < kb else 2, 3 if kb < ka else 4)
        days = ",".join(str(d) for d in sorted((da, db), key=lambda d: 32 if d == -1 else d))
        rule = f"FREQ=YEARLY;BYMONTH={ma},{mb};BYMONTHDAY={days};BYSETPOS={pos[0]},{pos[1]}"
    want = [(ma, first[1] if first[0] == ma else second[1]), (mb, second[1] if second[0] == mb else first[1])]
    for year in (2027, 2028):  # a common and a leap year
        got = [(d.month, d.day) for d in rrulestr(rule, dtstart=dt.datetime(year, 1, 1)).between(
            dt.datetime(year, 1, 1), dt.datetime(year, 12, 31), inc=True)]
        if got != want:
            return None
    return rule


def rule_kind(rule: str | None) -> str | None:
    """"monthly" | "quarterly" | "6-monthly" | "yearly" | "weekly" | "daily" of an RRULE this module writes."""
    if not rule:
        return None
    parts = dict(p.split("=", 1) for p in rule.upper().split(";") if "=" in p)
    if parts.get("FREQ") == "MONTHLY":
        return {"3": "quarterly", "6": "6-monthly"}.get(parts.get("INTERVAL", ""), "monthly")
    if parts.get("FREQ") == "YEARLY":
        return {4: "quarterly", 2: "6-monthly", 12: "monthly"}.get(len(parts.get("BYMONTH", "").split(",")), "yearly")
    return (parts.get("FREQ") or "").lower() or None


def first_on_or_after(rule: str, anchor: dt.date, when: dt.date) -> dt.date | None:
    """The first occurrence of ``rule`` on or after ``when``; ``anchor`` is the
    rule's DTSTART (it fixes the phase of ``INTERVAL=6``). None for a bad rule."""
    try:
        r = rrulestr(rule, dtstart=dt.datetime.combine(anchor, dt.time()))
    except (ValueError, TypeError):
        return None
    nxt = r.after(dt.datetime.combine(when, dt.time()), inc=True)
    return nxt.date() if nxt else None


def first_instance(rule: str, day: dt.date) -> dt.date | None:
    """The first occurrence of ``rule`` on or after ``day``, the rule anchored there: a calendar
    event's DTSTART, which RFC 5545 wants to be an instance of its RRULE ("trước cuối tháng 10
    hằng năm" starts on 31/10, not on the 21/10 its period begins — a calendar showed an 11-day
    block). None for a bad rule."""
    return first_on_or_after(rule, day, day)


def parse_iso(s: str | None) -> dt.date | None:
    """The day an ISO date names ("2027-06-30"); None for none or one no calendar has. (Re-exported by
    :mod:`vanban.extract.dates`, which imports this module.)"""
    try:
        return dt.date.fromisoformat(s) if s else None
    except ValueError:
        return None


def next_occurrence(deadline: Deadline, today: dt.date) -> tuple[dt.date | None, dt.date] | None:
    """(earliest, due) of the next occurrence of ``deadline`` due on or after ``today``.

    ``earliest`` is None for an exact day. A one-off deadline gives its own
    period while it is not past, else None; a recurring one its next
    occurrence (computed from its RRULE, anchored at its first occurrence).
    None when the deadline has no date at all.
    """
    due = parse_iso(deadline.date) or parse_iso(deadline.latest)
    start = parse_iso(deadline.earliest) if not deadline.date else None
    if due is None:
        return None
    if due >= today:
        return start, due  # the first occurrence (or the one-off deadline) is still ahead
    if not deadline.recurrence:
        return None
    nxt = first_on_or_after(deadline.recurrence, due, today)  # DTSTART = the first occurrence
    if nxt is None:
        return None
    if start is None:
        return None, nxt
    # a period keeps its length in months ("Quý I" = Jan..Mar): shift its start like its end
    months = (nxt.year - due.year) * 12 + (nxt.month - due.month)
    return start + relativedelta(months=months), nxt


def next_due(deadline: Deadline, today: dt.date) -> dt.date | None:
    """When ``deadline`` is next due on or after ``today`` (the due day), or None.

    For the archive's upcoming-deadlines query, the .ics feed and the
    checklist: a yearly, monthly, quarterly or six-monthly deadline is never
    dropped after its first occurrence; a one-off deadline is None once past.
    """
    occ = next_occurrence(deadline, today)
    return occ[1] if occ else None


# --- a report cycle named without its day ----------------------------------------------------

def cycle_rule(words: str | None) -> str | None:
    """RRULE of a report cycle named without its day ("hằng quý", "định kỳ 6 tháng, hằng năm", "hằng tháng"): each
    period's last day, of the shortest period it names (a quarter's report falls due before the year's). None for
    any other time ("Thường xuyên", "trong thời hạn 07 ngày …") or a weekly cycle (no day of the week is named).
    The checklist shows the period a task reported on so is next due for (:func:`cycle_period`); no deadline is
    made of it (the labels date no cycle without its day)."""
    v = fold_flat(words or "")
    if not re.fullmatch(r"(?:(?:dinh ky|hang|moi|va|hoac|mot lan|/\s*lan|0?6 thang|sau thang|quy|thang|nam)[\s,]*)+", v):
        return None
    if re.search(r"\bquy\b", v):
        return quarterly()
    if re.search(r"\b(?:0?6|sau) thang\b", v):
        return quarterly(months=(6, 12))
    if re.search(r"\bthang\b", v):
        return monthly(-1)
    return yearly(12) if re.search(r"\bnam\b", v) else None


def cycle_period(rule: str, due: dt.date) -> str:
    """The period whose last day ``due`` is, in Vietnamese, for a :func:`cycle_rule`: "quý II/2027", "6 tháng đầu
    năm 2027", "tháng 3/2027", "năm 2027"."""
    if "BYMONTH=6,12" in rule:
        return f"6 tháng {'đầu' if due.month == 6 else 'cuối'} năm {due.year}"
    if "BYMONTH=3,6,9,12" in rule:
        return f"quý {('I', 'II', 'III', 'IV')[(due.month - 1) // 3]}/{due.year}"
    if rule.startswith("FREQ=MONTHLY"):
        return f"tháng {due.month}/{due.year}"
    return f"năm {due.year}"


# --- the rule said in Vietnamese ----------------------------------------------------------

#: weekday names in RRULE order (MO … SU), as a checklist writes them (:mod:`.clock_words`, the one list)
WEEKDAY_NAMES = C.WEEKDAY_NAMES
_QUARTER_ENDS = (3, 6, 9, 12)
_QUARTER_STARTS = (1, 4, 7, 10)


def _day(d: int) -> str:
    return "ngày cuối tháng" if d == -1 else f"ngày {d}"


def rule_parts(rule: str) -> dict[str, str]:
    """The parts of an RRULE as written ("FREQ=DAILY;UNTIL=20271231" → ``{"FREQ": "DAILY", "UNTIL": "20271231"}``),
    names upper-cased. Why: a rule's end, frequency and lists are read from the rule itself — dateutil keeps them only
    in its rule's private (underscored) attributes, which a new dateutil may rename."""
    return {k.strip().upper(): v.strip().upper() for k, _, v in (p.partition("=") for p in rule.split(";")) if v}


def rule_until(rule: str | None) -> dt.date | None:
    """The last day a rule runs to (its ``UNTIL``, "20271231" or "20271231T235959Z"), None when it runs on."""
    until = rule_parts(rule).get("UNTIL") if rule else None
    if not until:
        return None
    try:
        return dt.datetime.strptime(until[:8], "%Y%m%d").date()
    except ValueError:
        return None


def _ints(value: str | None) -> tuple[int, ...]:
    return tuple(int(x) for x in value.split(",")) if value else ()


#: a BYDAY item: "MO", "-1SU", "2TH" (its position in the month, then the day)
_BYDAY = re.compile(r"(?P<n>[+-]?\d{1,2})?(?P<d>MO|TU|WE|TH|FR|SA|SU)")
_DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _weekdays(value: str | None) -> tuple[tuple[int, int | None], ...]:
    """(weekday 0 = Monday, position in the month or None) of each BYDAY item."""
    out = []
    for item in (value or "").split(","):
        m = _BYDAY.fullmatch(item.strip())
        if m:
            out.append((_DAY_CODES.index(m.group("d")), int(m.group("n")) if m.group("n") else None))
    return tuple(out)


def describe(rule: str | None) -> str:
    """An RRULE (as :class:`~vanban.models.Deadline` holds it) said as staff write it:
    ``FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=25`` → "hằng năm, ngày 25/11";
    ``FREQ=WEEKLY;BYDAY=FR`` → "thứ Sáu hằng tuần"; ``FREQ=MONTHLY;BYMONTHDAY=20`` →
    "ngày 20 hằng tháng"; ``FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1`` → "ngày làm việc cuối
    cùng hằng tháng"; ``FREQ=MONTHLY;BYDAY=-1SU`` → "Chủ nhật cuối cùng hằng tháng"; quarterly, six-monthly and daily
    rules likewise; a rule with an end ("FREQ=DAILY;UNTIL=20271231") says it: "hằng ngày, đến hết ngày 31/12/2027".
    The rule is checked with dateutil's ``rrulestr`` and its parts read as written (:func:`rule_parts`).
    The one wording the Word/CSV checklist, the calendar's description, the Markdown
    checklist and the web pages show. "" for None; a rule it cannot read is returned as is.
    """
    if not rule:
        return ""
    try:
        r = rrulestr(rule, dtstart=dt.datetime(2000, 1, 1))
    except (ValueError, TypeError):
        return rule
    said = _describe(r, rule)
    # a rule bounded by its plan's period or its duty's days ("FREQ=DAILY;UNTIL=20271231", plan_periods.within_period): its end
    until = rule_until(rule)
    return f"{said}, đến hết ngày {until:%d/%m/%Y}" if until and said != rule else said


def _describe(r, rule: str) -> str:
    """:func:`describe` of the rule ``rule`` (``r``: dateutil's reading of it, for its dates), its end left out."""
    parts = rule_parts(rule)
    freq = parts.get("FREQ")
    every = int(parts.get("INTERVAL") or 1)
    months = _ints(parts.get("BYMONTH"))
    days = _ints(parts.get("BYMONTHDAY"))
    weekdays = _weekdays(parts.get("BYDAY"))
    positions = _ints(parts.get("BYSETPOS"))
    day = _day(days[0]) if len(days) == 1 else (f"ngày {', '.join(map(str, days))}" if days else "")
    hours = _ints(parts.get("BYHOUR"))
    if freq == "DAILY" and every == 1 and not (months or days or weekdays):
        if hours:  # "FREQ=DAILY;BYHOUR=9,16;BYMINUTE=0": "hằng ngày, lúc 9 giờ 00 và 16 giờ 00"
            minute = (_ints(parts.get("BYMINUTE")) or (0,))[0]
            return "hằng ngày, lúc " + " và ".join(f"{h} giờ {minute:02d}" for h in hours)
        return "hằng ngày"
    if freq == "WEEKLY" and not (months or days):
        names = ", ".join(WEEKDAY_NAMES[w] for w, _ in weekdays) or "mỗi tuần"
        return f"{names} hằng tuần" if every == 1 else f"{names}, {every} tuần một lần"
    if freq == "MONTHLY" and every == 1 and not (months or days) and len(positions) == 1 \
            and sorted(w for w, _ in weekdays) == [0, 1, 2, 3, 4]:  # "ngày làm việc cuối cùng của tháng"
        return f"ngày làm việc {'cuối cùng' if positions[0] == -1 else f'thứ {positions[0]}'} hằng tháng"
    if freq == "MONTHLY" and every == 1 and not (months or days or positions) and len(weekdays) == 1 \
            and weekdays[0][1]:  # "ngày chủ nhật cuối cùng hằng tháng": BYDAY=-1SU
        w, n = weekdays[0]
        return f"{WEEKDAY_NAMES[w]} {({-1: 'cuối cùng', 1: 'đầu tiên'}).get(n, f'tuần thứ {n}')} hằng tháng"
    if freq == "MONTHLY" and not (months or weekdays):
        if every == 1:
            return f"{day} hằng tháng" if day else "hằng tháng"
        return f"định kỳ {every} tháng, {day}" if day else f"định kỳ {every} tháng"
    if freq == "YEARLY" and every == 1 and not weekdays:
        if len(months) == 1 and len(days) == 1:
            d = days[0]
            return (f"hằng năm, ngày cuối tháng {months[0]}" if d == -1
                    else f"hằng năm, ngày {d:02d}/{months[0]:02d}")
        if months == _QUARTER_ENDS and days == (-1,):
            return "hằng quý, ngày cuối quý"
        if months in (_QUARTER_ENDS, _QUARTER_STARTS) and len(days) == 1 and days[0] > 0:
            # "trước ngày 15 của tháng cuối quý" / "… của tháng đầu quý sau": the quarter's month, not a list of four
            return f"hằng quý, ngày {days[0]} tháng {'cuối' if months == _QUARTER_ENDS else 'đầu'} quý"
        if len(months) == 2 and len(days) == 2 and len(positions) == 2:  # :func:`half_yearly_days`
            pairs = [(d.day, d.month) for d in r.between(dt.datetime(2027, 1, 1), dt.datetime(2027, 12, 31), inc=True)]
            return "hằng năm, " + " và ".join(f"ngày {d:02d}/{m:02d}" for d, m in pairs)
        if len(months) > 1 and len(days) == 1:
            listed = ", ".join(map(str, months))
            return f"hằng năm, {'ngày cuối' if days[0] == -1 else day} các tháng {listed}"
        if len(months) == 1 and not days:
            return f"tháng {months[0]} hằng năm"
        if not months and not days:
            return "hằng năm"
    return rule


def one_series(deadlines: list[Deadline]) -> list[Deadline]:
    """``deadlines`` without the dates that are only later occurrences of a recurring deadline
    of the same sentence: "định kỳ 6 tháng (trước ngày 15/6 và 15/12)" is one half-yearly
    deadline (15/12 is its next occurrence), not two rows, the second with no task of its own
    (a newcomer's ward plan: a row "Phòng Nội vụ — 15/12")."""
    out: list[Deadline] = []
    for d in deadlines:
        day = parse_iso(d.date)
        if d.recurrence and day and any(
                e.recurrence == d.recurrence and e.span and d.span and e.span.sentence == d.span.sentence
                and (first := parse_iso(e.date)) and first <= day and first_on_or_after(d.recurrence, first, day) == day
                for e in out):
            continue
        out.append(d)
    return out
