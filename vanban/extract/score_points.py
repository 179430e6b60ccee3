"""Points of a scoring scale that a normative document sets: "Đến 44.000 người được 10 điểm", "Trên 88.000 người
đến 176.000 người, cứ 8.800 người tăng thêm được thêm 1 điểm", "Số trường công lập chưa đạt chuẩn 0,1 điểm/trường".

Why: a Nghị quyết on allocation norms (định mức phân bổ vốn đầu tư) gives each commune points per criterion and
band (48/2025/NQ-HĐND Hà Nội). The points are the norms it sets (unit "điểm", or "điểm/trường" per unit counted);
the bands ("Đến 44.000 người", "Trên 50%") are the conditions that select them, no targets — the prose grammar of
:mod:`.targets` read them as minimums and maximums. The spans returned cover each award's clause, so that the
caller drops the prose reading of its band.

Read only in a normative document (:func:`norm_targets.norm_targets` calls this) and only where the text holds a
scale (:data:`norm_words.POINTS_MIN` awards at least).
"""

from __future__ import annotations

import re

from vanban.extract import norm_words as N
from vanban.extract.folded import Folded, clean_quote
from vanban.extract.numbers import parse_number
from vanban.models import Span, Target

__all__ = ["scale_points"]

_SCOPE_WORDS = 20


def scale_points(f: Folded, start: int, end: int) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the point awards in ``[start, end)``: min = max = the points, unit "điểm" or
    "điểm/<unit>", scope the clause before the figure (its band or criterion)."""
    v, o = f.view, f.original
    found = []
    for m in N.POINTS_RE.finditer(v, start, end):
        if not (m.group("lead") or m.group("per")) or not (m.group("per") or N.POINTS_END_RE.match(v, m.end())):
            continue  # "03 điểm giao dịch": places counted, no award
        a = parse_number(m.group("a"))
        if a is None:
            continue
        found.append((m, a))
    if len(found) < N.POINTS_MIN:
        return [], []
    out, spans = [], []
    for m, a in found:
        c0 = max([start] + [c.end() for c in N.POINTS_CLAUSE_START_RE.finditer(v, max(start, m.start() - 300), m.start())])
        per = re.sub(r"\s*/\s*", "/", " ".join(o[m.start("per"):m.end("per")].split())) if m.group("per") else ""
        scope = " ".join(clean_quote(o[c0:m.start()]).lstrip("-+*• ").split()[-_SCOPE_WORDS:]) or None
        s = m.start("lead") if m.group("lead") else m.start("a")
        text = clean_quote(o[s:m.end()])
        out.append(Target(text=text, min=a, max=a, unit=N.POINTS_UNIT + per, scope=scope, period=None,
                          span=Span(s, m.end(), clean_quote(o[c0:m.end()]))))
        spans.append((c0, m.end()))
    return out, spans
