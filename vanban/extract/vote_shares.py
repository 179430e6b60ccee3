"""The share of a body's members a rule's outcome turns on, as a band: "có từ trên một nửa đến dưới 2/3 tổng số đại
biểu … đánh giá "tín nhiệm thấp"", "có từ 2/3 tổng số đại biểu … trở lên đánh giá …".

Why (tgt35c): a plan for a vote of confidence (lấy phiếu tín nhiệm, t34-06) states what follows from the count of votes:
more than half and under two thirds, the person may resign; two thirds or more, the body votes on them. Each threshold
is a rule with numbers, a target by the labels' README ("trên 2/3" … "A fraction is stored as a decimal"), the band's
ends its min and max ("từ trên một nửa đến dưới 2/3": 0.5 to 0.666…; "từ 2/3 … trở lên": 0.666… up). The prose grammar
reads one end at most ("dưới 2/3" alone) and "trở lên" stands after the whole's words, out of its reach: this pass reads
the band whole and the grammar's pieces of it give way. Unit "tỷ lệ" (the labels write the whole after it: "tỷ lệ so
với tổng số …"). Tests: tests/test_targets_tgt35c.py.
"""

from __future__ import annotations

import re

from vanban.extract.folded import Folded
from vanban.extract.numbers import WORD_FRACTIONS
from vanban.models import Span, Target

__all__ = ["vote_share_bands"]

#: a share: "2/3", "1/2", "một nửa", "hai phần ba", (tgt36b) "50%" (folded)
_SHARE = r"(?:\d{1,2}\s*/\s*\d{1,2}|\d{1,2}(?:,\d{1,2})?\s*%|mot\s+nua|(?:mot|hai|ba)\s+phan\s+(?:hai|ba|tu|bon))"
#: the members' whole right after the share: "tổng số đại biểu", "số thành viên" (folded)
_WHOLE = r"(?:tong\s+)?so\s+[a-z]"
#: a band of two shares: "từ trên một nửa đến dưới 2/3 tổng số …"
#: (tgt36b) its floor may open with "trên" alone: "có trên 50% đến dưới 2/3 tổng số đại biểu …" (a34-06)
_BAND = re.compile(rf"(?<![a-z\d])(?:tu\s+(?:(?:tren|hon)\s+)?|(?:tren|hon)\s+)(?P<a>{_SHARE})\s+(?:den|toi)\s+(?:(?:duoi|khong\s+qua)\s+)?"
                   rf"(?P<b>{_SHARE})\s+(?={_WHOLE})")
#: a share and up, "trở lên" after the whole's words: "từ 2/3 tổng số đại biểu Hội đồng nhân dân xã trở lên"
_UP = re.compile(rf"(?<![a-z\d])tu\s+(?P<a>{_SHARE})\s+{_WHOLE}[^;:.()\d]{{0,80}}?\s+tro\s+len(?![a-z])")


def _value(s: str) -> float | None:
    s = " ".join(s.split())
    if s.endswith("%"):
        pct = float(s.rstrip(" %").replace(",", "."))
        return pct / 100 if 0 < pct < 100 else None
    if "/" in s:
        num, den = (int(x) for x in s.replace(" ", "").split("/"))
        return num / den if den and num < den else None
    return WORD_FRACTIONS.get(s)


def vote_share_bands(f: Folded, start: int, end: int, skip: list[tuple[int, int]] = ()) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the bands of a whole's share in ``f`` [start, end), none inside ``skip`` (a results
    part: shares reached); see the module."""
    v, o = f.view, f.original
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    for rx, two in ((_BAND, True), (_UP, False)):
        for m in rx.finditer(v, start, end):
            if any(s <= m.start() < e for s, e in skip) or any(s < m.end() and m.start() < e for s, e in read):
                continue
            if m.group("a").endswith("%") and (not two or m.group("b").endswith("%")):
                continue  # "từ 50% đến 70% tổng số hộ": percentages, the prose grammar's (a share beside a fraction is read)
            a = _value(m.group("a"))
            b = _value(m.group("b")) if two else None
            if a is None or (two and (b is None or b <= a)):
                continue
            out.append(Target(text=o[m.start():m.end()].strip(), min=a, max=b, unit="tỷ lệ", scope=None, period=None,
                              span=Span(m.start(), m.end(), o[m.start():m.end()])))
            read.append((m.start(), m.end()))
    return out, read
