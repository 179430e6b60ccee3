"""The weekly or daily rhythm of what households do: no deadline.

Why: a plan for sorting waste at source sets when each kind is collected ("Chất thải rắn có khả năng tái sử dụng, tái
chế: hộ gia đình tự bán cho cơ sở thu mua hoặc chuyển cho tổ thu gom vào sáng thứ Tư hằng tuần"). The day is the
households' habit, a service's timetable: no body is charged and nothing falls due (t32-09's labels: "'sáng thứ Tư
hằng tuần' and 'Thứ Bảy hằng tuần' are daily/weekly rhythms … not deadlines", as the labels' README leaves out the
duties of individual persons). The dates stage reads any weekly time as a weekly deadline (``dates._weekly``: a body's
patrol or report each week stays one); this module drops those whose clause names households or residents as the ones
who act and neither reports nor sends (:data:`patterns.RECURRING_DUE_BEFORE_RE`: "các hộ gửi phản ánh … trước 10 giờ
thứ Hai hằng tuần" would stay due).
"""

from __future__ import annotations

import re

from vanban.extract import patterns as P
from vanban.extract.folded import Folded, kw
from vanban.extract.standing_meetings import clause_start
from vanban.models import Deadline

__all__ = ["without_household_rhythms"]

_CLAUSE_END_RE = re.compile(r"[;.!?](?=\s)|\n[ \t]*\n|\||:")
#: households or residents as the ones who act (folded): "hộ gia đình", "các hộ", "người dân", "Nhân dân", "cư dân"
HOUSEHOLDS = re.compile(rf"(?<![a-z])(?:{kw('ho gia dinh')}|{kw('cac ho')}|{kw('nguoi dan')}|{kw('nhan dan')}"
                        rf"|{kw('cu dan')})(?![a-z])")


def without_household_rhythms(deadlines: list[Deadline], f: Folded) -> list[Deadline]:
    """``deadlines`` without the weekly or daily times of what households or residents do."""
    out = []
    for d in deadlines:
        rule = d.recurrence or ""
        if d.span and (rule.startswith("FREQ=WEEKLY") or rule.startswith("FREQ=DAILY")):
            lo = clause_start(f.view, d.span.start, _CLAUSE_END_RE)
            # (the due word may open the time's own words: "trước 16 giờ hằng ngày")
            if HOUSEHOLDS.search(f.view, lo, d.span.start) and not any(
                    P.RECURRING_DUE_BEFORE_RE.search(f.view, lo, at) for at in (d.span.start, d.span.end)):
                continue
        out.append(d)
    return out
