"""A stored deadline's hour as a time of day, and the time zone of Vietnam's deadlines (a leaf module).

Why a leaf: the checklist, the archive's downloads and the web pages turn ``Deadline.time`` ("16:00", stored as
``deadlines.time``) into a timed calendar event; the site must not import the extraction stage to do it
(tests/test_serve_startup.py). :mod:`vanban.extract.hours` reads the hour from text and re-exports these.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

__all__ = ["clock", "event_rule", "VN_TZ"]

#: the time zone of a deadline's hour (Vietnam, no daylight saving): a timed calendar event's TZID
VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def clock(hhmm: str | None) -> dt.time | None:
    """``"16:00"`` (``Deadline.time``, a stored ``deadlines.time``) as a time of day; None for none or a malformed one."""
    m = re.fullmatch(r"(\d{1,2}):(\d{2})", (hhmm or "").strip())
    return dt.time(int(m.group(1)), int(m.group(2))) if m and int(m.group(1)) < 24 and int(m.group(2)) < 60 else None


def event_rule(rule: str, at: dt.time | None = None):
    """A stored RRULE (``deadlines.recurrence``: "FREQ=DAILY;UNTIL=20271231") as the :class:`icalendar.vRecur` of a
    calendar event, timed at ``at`` (Vietnam's time) or all-day: a timed event's ``UNTIL`` is the last day's instance in
    UTC, as RFC 5545 §3.3.10 wants beside a DTSTART with a TZID (a DATE there made clients drop or misread the rule).
    A rule with its hours ("FREQ=DAILY;BYHOUR=9,16;BYMINUTE=0": two dues a day) ends after its last day's latest hour;
    an all-day event keeps no hours (RFC 5545: BYHOUR needs a DTSTART with a time).
    Raises ValueError for a rule icalendar cannot read."""
    from icalendar import vRecur

    recur = vRecur.from_ical(rule)
    if at is None:
        for part in ("BYHOUR", "BYMINUTE"):
            recur.pop(part, None)
    elif recur.get("BYHOUR"):
        at = max(dt.time(int(h), int((recur.get("BYMINUTE") or [at.minute])[0])) for h in recur["BYHOUR"])
    until = recur.get("UNTIL")
    if at is not None and until and not isinstance(until[0], dt.datetime):
        last = dt.datetime.combine(until[0], at, tzinfo=VN_TZ)
        recur["UNTIL"] = [last.astimezone(dt.timezone.utc)]
    return recur
