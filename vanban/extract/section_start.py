"""The month a numbered heading says its section's duties start in: the first occurrence of a recurring day below it.

Why: a plan issued late in one year for the next often opens its reporting rules with a heading that dates them, "5.
Chế độ báo cáo (thực hiện từ tháng 02/2028)", and then lists the reports as bare bullets, "- Trạm Y tế xã báo cáo …
trước ngày 03 hằng tháng." The bullet's own sentence names no start, so the first report was read from the
document's date (03/01/2028, or 10/12/2027 for a day still to come in the signing month); a reader counts it from the
month the heading names: 03/02/2028. The start is taken only from the nearest numbered line above the sentence (the
heading of the section the bullet sits in) and only in brackets after it, the way a heading qualifies itself; a start
later than the document's date (an earlier one changes nothing: the first occurrence is on or after that date).

Likewise a list's lead that opens with the start: "V. CHẾ ĐỘ BÁO CÁO ⏎ Từ quý I/2040, thực hiện chế độ báo cáo như
sau: ⏎ 1. UBND các xã, thị trấn báo cáo … định kỳ hằng quý, trước ngày 20 của tháng cuối quý." in a plan for 2040
issued on 25/11/2039: the items are the lead's, the first report 20/3/2040, not 20/12/2039 (a54-03's labels). Without
such a start a next year's plan's series counts from its date: "hằng quý, trước ngày 20 của tháng cuối quý" of t54-03
(24/11/2039) is first due 20/12/2039, as are a54-05's, t54-05's, t54-09's and the real 987-KH-UBND's; every label
that moves the first report into the plan's year has its start printed (a52-10, a54-02, a54-09, a54-10).
"""

from __future__ import annotations

import datetime as dt
import re

from vanban.extract import patterns as P

__all__ = ["heading_start", "lead_start", "start_named"]

# a numbered line: "5. Chế độ báo cáo", "**IV. TỔ CHỨC THỰC HIỆN**", "2.3. Giao …", "b) …" (folded, lower case)
_NUMBERED_LINE = re.compile(r"(?m)^[ \t*_|]*(?:[ivx]{1,4}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-z])[.)][ \t*_]")
#: how far above the sentence its heading is looked for (a section of a few bullets)
REACH = 1500
#: a list's lead line that opens with the start its items run from and ends with the colon that opens them (folded):
#: "Từ quý I/2040, thực hiện chế độ báo cáo như sau:", "- Kể từ tháng 01/2028, các đơn vị báo cáo như sau:"
_LEAD_LINE = re.compile(rf"(?m)^[ \t\-–+•*_]*(?={P.FROM_YEAR_RE.pattern})[^\n:]{{0,160}}:[ \t*_]*$")
#: a line that closes the lead's list before the sentence: a heading of its own rank or above ("**VI. …", "Điều 5.")
#: or a line in bold
_LIST_BREAK = re.compile(r"(?m)^[ \t|]*(?:\*\*|__|[ivx]{1,4}\.[ \t]|dieu[ \t]+\d)")


def heading_start(view: str, pos: int, ref: dt.date | None) -> dt.date | None:
    """The first day of the month the numbered heading above ``pos`` names as its section's start in brackets
    (:data:`patterns.HEADING_START_RE`), when that is after ``ref`` (the document's date); else None. ``view``: folded text."""
    if ref is None:
        return None
    line = None
    for line in _NUMBERED_LINE.finditer(view, max(0, pos - REACH), pos):
        pass
    if line is None:
        return None
    end = view.find("\n", line.end())
    m = P.HEADING_START_RE.search(view, line.end(), end if end >= 0 else len(view))
    if m is None or end < 0 or end >= pos:
        return None
    try:
        start = dt.date(int(m.group("my")), int(m.group("m")), 1)
    except ValueError:
        return None
    return start if start > ref else None


def lead_start(view: str, pos: int, ref: dt.date | None) -> dt.date | None:
    """The first day of the year, quarter or month the lead of the list ``pos`` sits in opens with (:data:`_LEAD_LINE`:
    the last line within :data:`REACH` above that ends with a colon), when that is after ``ref`` (the document's date)
    and no heading or bold line (:data:`_LIST_BREAK`) or other lead comes between; else None. ``view``: folded text."""
    if ref is None:
        return None
    lo = max(0, pos - REACH)
    colon = None
    for colon in re.finditer(r"(?m):[ \t*_]*$", view[lo:pos]):
        pass
    if colon is None:
        return None
    at = lo + colon.start()
    line_start = view.rfind("\n", 0, at) + 1
    lead = _LEAD_LINE.match(view, line_start)
    if lead is None or lead.end() > pos or _LIST_BREAK.search(view, lead.end(), pos):
        return None
    start = start_named(P.FROM_YEAR_RE.search(view, line_start, lead.end()))
    return start if start is not None and start > ref else None


def start_named(m: re.Match[str] | None) -> dt.date | None:
    """The first day of the year, quarter or month a start phrase (:data:`patterns.FROM_YEAR_RE`,
    :data:`patterns.FROM_QUARTER_AFTER_RE`) names."""
    if m is None:
        return None
    if m.groupdict().get("q"):
        return dt.date(int(m.groupdict().get("qy") or m.group("y")), 3 * P.ROMAN[m.group("q")] - 2, 1)
    if m.group("m"):
        return dt.date(int(m.group("my")), int(m.group("m")), 1)
    return dt.date(int(m.groupdict().get("fy") or m.group("y")), 1, 1)
