"""A day of the month repeated in the months listed after it: "ngày 05 các tháng 3, 6, 9 và 12".

Why: a Kế hoạch tiếp công dân sets a session "Ngày 05 các tháng 3, 6, 9 và 12" (the Chủ tịch's mobile reception by
cluster of villages, t45-09), a report calendar "trước ngày 10 các tháng 1, 4, 7 và 10" or "ngày 20 của các tháng 6 và
12 hằng năm": one day of each month the list names, every year. The date grammar read the day alone and the phrase
around it as monthly ("Ngày 05", first due 05/02), and the list's first month as a month of its own. The day with its
months is one recurring deadline, first due on the first listed month's day on or after the document's date
(t45-09's labels: "Ngày 05 các tháng 3, 6, 9 và 12", quarterly, 2035-03-05, the document of 08/01/2035); its rule
names the months (``FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=5``: four months a quarter apart are quarterly, two six
apart half-yearly, as ``tests/realdocs_match.recurrence_kind`` and :func:`.recurrence.rule_kind` count them).
"""

from __future__ import annotations

import calendar
import re

from vanban.extract import recurrence as R
from vanban.extract.folded import kw

__all__ = ["LISTED_MONTHS_AFTER_RE", "listed_months", "listed_months_rule"]

_N = r"\d{1,2}(?![\d/.])"
#: the listed months right after a day of the month (folded): " các tháng 3, 6, 9 và 12", " của các tháng 6 và 12 hằng
#: năm", " các tháng 1, 4, 7, 10"; two months at least, the last after "và" or a comma
LISTED_MONTHS_AFTER_RE = re.compile(
    rf"\s+(?:{kw('cua')}\s+)?{kw('cac')}\s+{kw('thang')}\s+(?P<months>{_N}(?:\s*,\s*{_N})*(?:\s*,?\s*{kw('va')}\s+{_N}"
    rf"|\s*,\s*{_N}))(?:\s+{kw('hang nam')})?")


def listed_months(view: str, end: int) -> tuple[int, ...] | None:
    """The months listed right after a day of the month ending at ``end`` of the folded ``view``, ascending; None
    when no list follows, or a number is no month."""
    m = LISTED_MONTHS_AFTER_RE.match(view, end)
    if not m:
        return None
    months = sorted({int(x) for x in re.findall(r"\d+", m.group("months"))})
    return tuple(months) if len(months) >= 2 and all(1 <= x <= 12 for x in months) else None


def listed_months_rule(view: str, end: int, day: int) -> str | None:
    """RRULE of ``day`` in the months listed after it (see the module), None without such a list. A listed month
    that lacks the day (a common year's: "ngày 31 các tháng 2, 4, 6 và 9", "ngày 29 … tháng 2") is dropped, as
    :func:`.recurrence.half_yearly_days` refuses such days: a rule of days no year has made dateutil scan to 9999
    (3 s a call, review of session 46); None when fewer than two months remain."""
    months = listed_months(view, end)
    if not months or not 1 <= day <= 31:
        return None
    months = tuple(m for m in months if day <= calendar.monthrange(2027, m)[1])
    return R.quarterly(day, months) if len(months) >= 2 else None
