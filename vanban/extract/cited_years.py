"""A cited document's date whose year a scan misread, repaired from evidence or left out.

Why: on a 200 dpi scan Tesseract reads a 0 as a 9 or a 6 ("Kế hoạch số 95/KH-UBND ngày 24/4/2925"): no document
bears that year, so the citation lost its date, though the cited số ký hiệu ("45/2025/QĐ-UBND") or the document's
other dates ("năm 2025", "ngày 15/11/2025") say which year the print holds. The header's date has the same repair
(:func:`vanban.structure.header.repaired_year`, session 23's "năm 2625"); this is it applied to citations' dates.

Kind: a citation read with no date whose text writes "ngày d/m/yyyy" (or "ngày d tháng m năm yyyy") with a year no
document bears takes the year the cited number holds, else the commonest year of the text's other dates, one digit
apart from the printed one; with no such evidence the date stays out (no date beats a wrong one).
"""

from __future__ import annotations

import dataclasses
import re

from vanban.models import Citation
from vanban.structure.header import repaired_year
from vanban.symbols import SLASH_LOOKALIKES
from vanban.text import fold

from .dates import iso

__all__ = ["repaired_cited_dates"]

# a date after "ngày" with a four-digit year (folded; a doubled slash as a fraction slash beside a slash reads)
_DATE_RE = re.compile(r"ngay\s+(?P<d>\d{1,2})\s?(?:/{1,2}|[.-])\s?(?P<m>\d{1,2})\s?(?:/{1,2}|[.-])\s?(?P<y>\d{4})(?!\d)"
                      r"|ngay\s+(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})\s*,?\s+nam\s+(?P<y2>\d{4})(?!\d)")

_SLASHES = {ord(ch): "/" for ch in SLASH_LOOKALIKES}


def repaired_cited_dates(cites: list[Citation], view: str) -> list[Citation]:
    """``cites`` with the dates whose year a scan misread repaired from evidence (see the module); ``view``: the
    document's folded text, for its other dates."""
    out = []
    for c in cites:
        m = None if c.date else _DATE_RE.search(fold(c.text).lower().translate(_SLASHES))
        if m:
            d, mo, y = (m["d"], m["m"], m["y"]) if m["y"] else (m["d2"], m["m2"], m["y2"])
            printed = m.group()
            others = view.replace(printed, " " * len(printed))
            year = repaired_year(y, c.number, others)
            if year and year != y:
                date = iso(int(year), int(mo), int(d))
                c = dataclasses.replace(c, date=date) if date else c
        out.append(c)
    return out
