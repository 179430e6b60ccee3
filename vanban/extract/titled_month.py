"""A monthly weekday in a document about one month is that month's day, not a series.

A Chi bộ's Nghị quyết "về nhiệm vụ tháng 3 năm 2027" asks the Ban Công tác Mặt trận to "tổ chức ra quân tổng vệ sinh
vào Chủ nhật tuần thứ hai của tháng" (t29-07): the document's month, 2027-03-14, once (its labels give no recurrence);
the same words in a plan for the year are its monthly day (t29-09's "Chủ nhật tuần cuối của tháng", monthly).
"""

from __future__ import annotations

import re
from dataclasses import replace

from vanban.extract.folded import Folded
from vanban.models import Deadline

__all__ = ["within_titled_month"]

#: the title's one month with its year (folded): "tháng 3 năm 2027", "tháng 03/2027"; not "6 tháng đầu năm 2027"
_TITLE_MONTH = re.compile(r"(?<![a-z0-9])thang (?P<m>\d{1,2})(?:\s*/\s*|\s+nam\s+)(?P<y>20\d\d)(?!\d)")
#: a rule of a weekday of every month (:func:`vanban.extract.dates._weekday_of_month`)
_WEEKDAY_OF_MONTH = re.compile(r"^FREQ=MONTHLY;BYDAY=-?\d[A-Z]{2}$")


def within_titled_month(deadlines: list[Deadline], title: str | None) -> list[Deadline]:
    """``deadlines`` with the recurrence of a monthly weekday dropped when ``title`` names one month (and only one)
    and the deadline's first day falls in it."""
    months = {(int(m.group("m")), int(m.group("y"))) for m in _TITLE_MONTH.finditer(Folded.of(title or "").view)}
    if len(months) != 1:
        return deadlines
    (mo, y), = months
    out = []
    for d in deadlines:
        if d.recurrence and _WEEKDAY_OF_MONTH.match(d.recurrence) and d.date and d.date[:7] == f"{y:04d}-{mo:02d}":
            d = replace(d, recurrence=None)
        out.append(d)
    return out
