"""A duty roster's periods: the days or months someone is on duty are no deadlines.

Why: a Kế hoạch phòng, chống thiên tai of a UBND xã sets its duty ("Trực ban phòng, chống thiên tai từ ngày 01/9/2028
đến ngày 15/12/2028 tại trụ sở UBND xã; … Lịch trực lãnh đạo như sau:") and lays the roster out as a table ("Thời
gian | Lãnh đạo trực chỉ huy | Bộ phận thường trực" / "Tháng 9/2028 | Phó Chủ tịch UBND xã … | Phòng Kinh tế; …").
The duty's span and each roster row's month are when someone is on duty, a running period, nothing to be done by
then (the labels' "running period": t31-08's authors leave the duty period and the roster months out). The deadline
grammar read them as intervals.

Only a period with no due word of its own ("trước", "chậm nhất", "hoàn thành", "hạn", "xong"): "niêm yết lịch trực
… trước 16 giờ 00 ngày 20/01/2027", "gửi lịch trực về Văn phòng … trước ngày 01/02/2027" are due dates of the roster's
making (a17-09, t25-10).
"""

from __future__ import annotations

import re

from vanban.extract.folded import kw
from vanban.models import Deadline

__all__ = ["without_duty_periods"]

#: the duty named right before its span, in the same clause ("Trực ban phòng, chống thiên tai từ ngày …", "trực Tết
#: từ …"; folded)
DUTY_BEFORE = re.compile(rf"(?<![a-z])(?:{kw('truc ban')}|{kw('lich truc')}|{kw('ca truc')})(?![a-z])[^.;:\n]{{0,80}}$")
#: … or right after its span, the span opening the clause whose subject keeps the duty ("Từ ngày 01/9/2028 đến ngày
#: 15/12/2028, Ban Chỉ huy … xã tổ chức trực ban 24/24 giờ …": the season the body is on duty; folded)
DUTY_AFTER = re.compile(rf"[^.;:\n]{{0,80}}?(?<![a-z])(?:{kw('to chuc truc ban')}|{kw('to chuc truc')}|{kw('truc ban')})"
                        r"(?![a-z])")
#: the clause's opening before the span: nothing, or a line's own marks ("- ", "* ")
_CLAUSE_OPEN = re.compile(r"(?:^|[\n.;:])[ \t\-–+*]*$")
#: a roster's header cell: who is on duty ("Lãnh đạo trực chỉ huy", "Người trực", "Cán bộ trực", "Bộ phận thường
#: trực"); the roster's rows follow it up to the next numbered heading (folded, a line of its own)
ROSTER_HEAD = re.compile(rf"(?m)^[ \t|*_]*(?:{kw('lanh dao truc')}|{kw('nguoi truc')}|{kw('can bo truc')}"
                         rf"|{kw('bo phan thuong truc')}|{kw('ca truc')})(?![a-z])")
#: the numbered heading that ends the roster ("3. Khi có thiên tai …", "IV. TỔ CHỨC THỰC HIỆN")
_NEXT_HEADING = re.compile(r"(?m)^[ \t*_]*(?:\d{1,2}(?:\.\d{1,2})*|[IVXL]{1,5}|[a-zđ])[.)][ \t]+\S")
#: a due word in the deadline's own text
_DUE_WORD = re.compile(rf"(?<![a-z])(?:{kw('truoc')}|{kw('cham nhat')}|{kw('hoan thanh')}|{kw('han')}|{kw('xong')})"
                       r"(?![a-z])")


def without_duty_periods(deadlines: list[Deadline], view: str) -> list[Deadline]:
    """``deadlines`` without the duty periods of ``view`` (the folded text their spans point into): a span named
    right after a duty word or opening the clause that sets the duty, and the periods inside a roster block (its header cell to the next numbered heading)."""
    blocks = []
    for m in ROSTER_HEAD.finditer(view):
        nxt = _NEXT_HEADING.search(view, m.end())
        blocks.append((m.start(), nxt.start() if nxt else min(len(view), m.end() + 2000)))
    out = []
    for d in deadlines:
        if d.span and not d.recurrence and not _DUE_WORD.search(view, d.span.start, d.span.end) and (
                any(a <= d.span.start < b for a, b in blocks)
                or DUTY_BEFORE.search(view, max(0, d.span.start - 100), d.span.start)
                or (_CLAUSE_OPEN.search(view, max(0, d.span.start - 20), d.span.start)
                    and DUTY_AFTER.match(view, d.span.end))):
            continue
        out.append(d)
    return out
