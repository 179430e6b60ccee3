"""The month a numbered heading says its section's duties start in: the first occurrence of a recurring day below it.

Why: a plan issued late in one year for the next often opens its reporting rules with a heading that dates them, "5.
Chế độ báo cáo (thực hiện từ tháng 02/2028)", and then lists the reports as bare bullets, "- Trạm Y tế xã báo cáo …
trước ngày 03 hằng tháng." The bullet's own sentence names no start, so the first report was read from the
document's date (03/01/2028, or 10/12/2027 for a day still to come in the signing month); a reader counts it from the
month the heading names: 03/02/2028. The start is taken only from the nearest numbered line above the sentence (the
heading of the section the bullet sits in) and only in brackets after it, the way a heading qualifies itself; a start
later than the document's date (an earlier one changes nothing: the first occurrence is on or after that date).
"""

from __future__ import annotations

import datetime as dt
import re

from vanban.extract import patterns as P

__all__ = ["heading_start"]

# a numbered line: "5. Chế độ báo cáo", "**IV. TỔ CHỨC THỰC HIỆN**", "2.3. Giao …", "b) …" (folded, lower case)
_NUMBERED_LINE = re.compile(r"(?m)^[ \t*_|]*(?:[ivx]{1,4}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-z])[.)][ \t*_]")
#: how far above the sentence its heading is looked for (a section of a few bullets)
REACH = 1500


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
