"""A lead time before an event whose day the sentence gives: its deadline as a date.

Why: an election plan's schedule writes "Chậm nhất 35 ngày trước ngày bầu cử (ngày 08/02/2027)" — staff need the day
in the Hạn column, not the phrase (a newcomer's plan, session 33, left it undated). Two readings of the day printed
after the event are met: the deadline itself, worked out for the reader (the common form of an election's timetable,
and the labels' "(trước ngày 14/9/2028)": t32-01), or the event's own day ("… trước ngày khai mạc kỳ họp 20/7/2027"),
from which the lead is counted back. A bracket is the deadline when the event's day it was counted from is printed in
the document too (the day plus the lead: "Tổ chức bầu cử | … ngày 15/3/2027" = 08/02/2027 + 35 days); else the day
is the event's and the deadline is that day less the lead, computed with dateutil (calendar days: a lead in "ngày làm
việc" is not matched, :data:`vanban.extract.patterns.LEAD_BEFORE_EVENT_RE`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection

from dateutil.relativedelta import relativedelta

__all__ = ["lead_day"]


def lead_day(lead: re.Match[str], day: str, printed: Collection[str]) -> str | None:
    """The ISO deadline of ``lead`` (a :data:`~vanban.extract.patterns.LEAD_BEFORE_EVENT_RE` match) before the day
    ``day`` (ISO) written after it; ``printed`` holds the ISO days the document writes anywhere. None for a bad day."""
    try:
        given = dt.date.fromisoformat(day)
    except (TypeError, ValueError):
        return None
    days = relativedelta(days=int(lead.group("n")))
    if lead.group("open") and (given + days).isoformat() in printed:
        return given.isoformat()  # "(ngày 08/02/2027)" with the election on 15/3/2027: the deadline, printed
    return (given - days).isoformat()
