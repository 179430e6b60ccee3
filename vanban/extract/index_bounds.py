"""A named index bounded by a bare figure: "Chỉ số nhà có lăng quăng (BI) sau mỗi đợt chiến dịch dưới 20", "chỉ số dụng
cụ chứa nước có lăng quăng (CI) không quá 10", "Chỉ số Breteau (BI) tại các điểm giám sát trọng điểm dưới 30".

Why (tgt35c): a plan against dengue sets the vector indexes it aims at (t34-09, a25-08). The index has no unit: the
figure follows its bound word bare, then a place or the clause's end, so the prose grammar, which reads a figure with
the noun after it, reads nothing. The index is named by "Chỉ số …" with its abbreviation in parentheses; the labels count
each as a target in "chỉ số <abbreviation>", its bound word the end it sets ("dưới 20": max 20; "ít nhất": min). A level
where things stand ("Chỉ số … (BI) giám sát tháng 7 … ở mức 34 - 41") has no bound word and a figure before it: none.
Results parts are left out (a level reached). Tests: tests/test_targets_tgt35c.py.
"""

from __future__ import annotations

import re

from vanban.extract.folded import Folded
from vanban.extract.numbers import parse_number
from vanban.models import Span, Target

__all__ = ["index_bounds"]

#: the bound words (folded), upper and lower
_MAX = ("duoi", "khong qua", "toi da", "nho hon", "thap hon")
_MIN = ("tren", "it nhat", "toi thieu", "khong duoi", "lon hon", "cao hon")
_CUES = "|".join(w.replace(" ", r"\s+") for w in _MAX + _MIN)
#: "Chỉ số <name> (<ABBR>) <where/when> <bound> <figure>", the figure bare: a place, a link word or the clause's end next
_INDEX = re.compile(
    r"(?<![a-z])chi so\s+[a-z][^();:.\d\n]{0,60}?\s*\((?P<abbr>[a-z]{2,4})\)(?P<mid>[^;:.()\d%]{0,60}?)\s"
    rf"(?P<cue>{_CUES})\s+(?P<n>\d{{1,4}}(?:,\d+)?)"
    r"(?=\s*(?:[;,.)\n]|$|(?:tai|o|trong|sau|va|cua|doi voi)(?![a-z])))")


def index_bounds(f: Folded, start: int, end: int, skip: list[tuple[int, int]] = ()) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the bounded indexes in ``f`` [start, end), none inside ``skip`` (results parts)."""
    v, o = f.view, f.original
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    for m in _INDEX.finditer(v, start, end):
        abbr = o[m.start("abbr"):m.end("abbr")]
        if not abbr.isupper() or any(s <= m.start() < e for s, e in skip):
            continue  # "(BI)" is printed in capitals; "(xã)" is no index's abbreviation
        n = parse_number(o[m.start("n"):m.end("n")])
        if n is None:
            continue
        upper = " ".join(m.group("cue").split()) in _MAX
        text = o[m.start():m.end()]
        out.append(Target(text=" ".join(text.split()), min=None if upper else n, max=n if upper else None,
                          unit=f"chỉ số {abbr}", scope=None, period=None, span=Span(m.start(), m.end(), text)))
        read.append((m.start(), m.end()))
    return out, read
