"""The share of a body's members a rule's outcome turns on, as a band: "có từ trên một nửa đến dưới 2/3 tổng số đại
biểu … đánh giá "tín nhiệm thấp"", "có từ 2/3 tổng số đại biểu … trở lên đánh giá …".

Why (tgt35c): a plan for a vote of confidence (lấy phiếu tín nhiệm, t34-06) states what follows from the count of votes:
more than half and under two thirds, the person may resign; two thirds or more, the body votes on them. Each threshold
is a rule with numbers, a target by the labels' README ("trên 2/3" … "A fraction is stored as a decimal"), the band's
ends its min and max ("từ trên một nửa đến dưới 2/3": 0.5 to 0.666…; "từ 2/3 … trở lên": 0.666… up). The prose grammar
reads one end at most ("dưới 2/3" alone) and "trở lên" stands after the whole's words, out of its reach: this pass reads
the band whole and the grammar's pieces of it give way. Unit "tỷ lệ" (the labels write the whole after it: "tỷ lệ so
với tổng số …"). Tests: tests/test_targets_tgt35c.py.

(t51tgt) A single share of a body's members, a quorum or a majority ("ít nhất 2/3 số đảng viên chính thức của chi bộ
tán thành", "ít nhất 2/3 tổng số cán bộ, công chức được triệu tập có mặt"), is counted in the whole it is taken of:
:func:`share_whole` gives the members' words, up to the act the rule counts ("tán thành", "có mặt", "tham dự"), as the
fraction's unit. The labels name that whole in the unit: of the 29 fraction thresholds of the older sets and the real
documents, 21 write "tỷ lệ (so với) <the whole>" (the real 45-HD-BTCTW: "tỷ lệ so với tổng số cấp ủy viên …"), 5 a bare
"tỷ lệ", t20-08 the whole alone ("tổng số đảng viên chính thức được triệu tập"), as t51-07 and t51-09 do ("số đảng viên
chính thức"); the matching reads a unit that opens with "tỷ lệ" as a description, so the whole alone agrees with all but
a47-07's "phần số thành viên" and a16-06's null, and "tỷ lệ so với …" would not agree with the whole alone.
Tests: tests/test_targets_t51tgt.py.
"""

from __future__ import annotations

import re

from vanban.extract.folded import Folded
from vanban.extract.numbers import WORD_FRACTIONS
from vanban.models import Span, Target

__all__ = ["share_whole", "vote_share_bands"]

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


#: (t51tgt) the whole a single share is of, right after it: "(tổng) số" and the members' words, a comma list and "được
#: triệu tập" among them, up to the act counted, a clause mark or a figure (folded); not a sum of money or a quantity
#: ("2/3 số dư", "số tiền", "số lượng": a share of an amount, no members, stays "tỷ lệ")
_WHOLE_WORDS = re.compile(r"\s+(?P<w>(?P<vs>so\s+voi\s+)?(?:tong\s+)?so\s+(?!(?:luong|du|tien|von|thu|chi|no|voi)(?![a-z]))[a-z]+(?:,?\s+(?!(?:tham du|co mat|tan thanh|dong y|nhat tri"
                          r"|bieu quyet|bo phieu|du hop|danh gia|tro len|tro xuong|thi|phai|va|hoac|tai|trong|den|tu)(?![a-z]))"
                          r"[a-z]+){0,11})")


#: "so với" as printed (folded "so voi" is also "số với"; "so" the comparison's word, "số" the count's)
_SO_VOI = re.compile(r"so\s+với\s", re.IGNORECASE)


def share_whole(v: str, o: str, pos: int) -> tuple[str, int] | None:
    """(unit, end) of the members' whole right after a share's figure at ``pos`` ("2/3| số đảng viên chính thức của chi
    bộ tán thành" → "số đảng viên chính thức của chi bộ"), as printed, lower-cased; None where no "(tổng) số" follows
    ("2/3 thời lượng buổi sinh hoạt": a share of a time, no members). ``v`` the folded view of ``o``."""
    m = _WHOLE_WORDS.match(v, pos)
    if not m or (m.group("vs") and not _SO_VOI.match(o, m.start("vs"))):
        return None
    whole = " ".join(o[m.start("w"):m.end("w")].split()).lower()
    # (fixrev52a) the share compared with its whole, "so với" printed: a rate of it, as the real 45-HD-BTCTW's label
    # writes it ("trên 2/3 so với tổng số cấp ủy viên …" → "tỷ lệ so với tổng số cấp ủy viên …")
    return ("tỷ lệ " + whole if m.group("vs") else whole), m.end("w")


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
