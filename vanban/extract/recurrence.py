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

import datetime as dt

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrulestr

from vanban.models import Deadline

__all__ = ["yearly", "monthly", "quarterly", "half_yearly", "first_on_or_after", "next_due", "next_occurrence"]


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


def first_on_or_after(rule: str, anchor: dt.date, when: dt.date) -> dt.date | None:
    """The first occurrence of ``rule`` on or after ``when``; ``anchor`` is the
    rule's DTSTART (it fixes the phase of ``INTERVAL=6``). None for a bad rule."""
    try:
        r = rrulestr(rule, dtstart=dt.datetime.combine(anchor, dt.time()))
    except (ValueError, TypeError):
        return None
    nxt = r.after(dt.datetime.combine(when, dt.time()), inc=True)
    return nxt.date() if nxt else None


def _as_date(s: str | None) -> dt.date | None:
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
    due = _as_date(deadline.date) or _as_date(deadline.latest)
    start = _as_date(deadline.earliest) if not deadline.date else None
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
