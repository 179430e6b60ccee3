"""Days named after "trừ" (except): the days a routine skips are no deadlines.

Why: a calendar of standing sessions may qualify one row by the days another row holds: "Thứ Năm hằng tuần (trừ tuần
có ngày 10, 25)" beside rows "Ngày 10 hằng tháng", "Ngày 25 hằng tháng" (a Kế hoạch tiếp công dân of a UBND phường);
a duty may skip a holiday ("trực hằng ngày, trừ ngày 01/01"). The day after "trừ" says when nothing happens — the
weekly session yields to the monthly one that the other row dates already — so it is no day by which anything is due
(tune41's labels date the rows, not the exception). The deadline grammar read "ngày 10" as one more monthly day.

Only a day whose clause, from "trừ" / "ngoại trừ" (in brackets or after a comma) up to the day, holds no due word of its
own ("trước", "chậm nhất", "hoàn thành", …) nor a clause break: "trừ các hồ sơ đã nộp, hoàn thành trước ngày 15/5" keeps
its due day.
"""

from __future__ import annotations

import re

from vanban.extract import patterns as P
from vanban.extract.folded import kw
from vanban.models import Deadline

__all__ = ["without_excepted_days"]

#: "trừ" / "ngoại trừ" opening the exception — "trừ" right after a bracket or a comma, where it opens one: elsewhere it
#: is the verb "get rid of" ("phun trừ sâu", "phòng trừ dịch hại", "khấu trừ") — then at most a few words of the same
#: clause up to the day (folded: "(trừ tuần có ", ", ngoại trừ các ngày ")
EXCEPT_BEFORE = re.compile(rf"(?:[(,;]\s*|(?<![a-z]){kw('ngoai')}\s+)tru\s+(?:[^\n.;:()\d]{{0,30}}?\s)?$")
#: the word itself as printed ("trừ"; "tru" where an OCR lost its marks): its fold is also "trụ" (trụ sở), "trú" (cư
#: trú) and "trữ" (lưu trữ), none an exception
_EXCEPT_WORD = re.compile(r"(?i)tr(?:ừ|u)$")


def without_excepted_days(deadlines: list[Deadline], f) -> list[Deadline]:
    """``deadlines`` without those whose day follows an exception word in the same clause of ``f`` (the document's
    :class:`~vanban.extract.folded.Folded` text their spans point into)."""
    return [d for d in deadlines if not (d.span and _excepted(f, d.span.start, d.span.end))]


def _excepted(f, at: int, end: int) -> bool:
    m = EXCEPT_BEFORE.search(f.view, max(0, at - 45), at)
    if m is None:
        return False
    word = re.search(r"tru\s", f.view[m.start():])
    if word is None:
        return False
    start = m.start() + word.start()
    if not _EXCEPT_WORD.search(f.original[start:start + 3]):
        return False
    return not P.DUE_WORD_RE.search(f.view, start, end)  # (the deadline's own words too: "… hoàn thành trước ngày …")
