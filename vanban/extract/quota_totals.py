"""A quota table's total row is a target of the whole area, unless the body set the same figure in its own words.

Why (tgt32a): a plan or a Công văn hands its quotas out per xã in a table closed by a "Tổng cộng" / "Cộng" row
("Cộng | 8.415 | 7.993 | | 7.595", a Sở Y tế's Phụ lục, a30-04; "Tổng cộng | | 920 | 4.700", a BHXH tỉnh's Công văn,
a30-08). The sum is what the issuer expects of the whole area; the labels count it (a29-09, t30-04, a30-04, a30-08).
Where the body states that figure itself ("Toàn tỉnh thực hiện ít nhất 300 công trình …", a22-04; "Chỉ tiêu tuyển quân
năm 2027 của phường 38 công dân", t23-05; "… là 7.700 ha với 3.700 hộ", t30-08) the total only repeats it: the labels
count the sentence, so the total row gives way. The sentence's bound may differ ("ít nhất 300" against the sum 300) and
its noun too ("10.500 đoàn viên" against the column's "(người)"): the figure alone tells the repeat, and a small one
(under :data:`_SMALL`) only with its unit, as small figures recur by chance ("05 ngày" beside a total of 05).
"""

from __future__ import annotations

from vanban.extract.target_words import UNIT_SCALES
from vanban.models import Table, Target
from vanban.structure.figure_tables import QUOTA
from vanban.text import fold

__all__ = ["without_stated_totals"]

_SMALL = 10  # a total under it repeats a prose figure only when their units agree too


def _same_sum(prose: Target, fig: float, unit: str | None) -> bool:
    """(tgt37b) ``fig`` ``unit`` is a sum of money ``prose`` states in another magnitude: "Phấn đấu tổng số tiền vận
    động … đạt 320 triệu đồng" and the quota table's "Tổng cộng | … | 320.000.000" (đồng; :data:`target_words.UNIT_SCALES`)."""
    a, b = UNIT_SCALES.get(fold(prose.unit or "").strip()), UNIT_SCALES.get(fold(unit or "").strip())
    if not a or not b or a[0] != "money" or b[0] != "money" or a == b:
        return False
    return any(x is not None and abs(x * a[1] - fig * b[1]) < 0.5 for x in (prose.min, prose.max))


def _same_unit(a: str | None, b: str | None) -> bool:
    fa, fb = fold(a or "").strip(), fold(b or "").strip()
    return bool(fa and fb) and (fa.startswith(fb) or fb.startswith(fa))


def without_stated_totals(totals: list[Target], targets: list[Target], tables: tuple[Table, ...]) -> list[Target]:
    """``totals`` (the total rows' cells) without those whose figure a target read outside the quota tables among
    ``targets`` states (its min or max), see the module."""
    spans = [(t.start, t.end) for t in tables if t.role == QUOTA]

    def in_quota(t: Target) -> bool:
        return t.span is not None and any(s <= t.span.start < e for s, e in spans)

    prose = [t for t in targets if not in_quota(t)]

    def stated(total: Target) -> bool:
        fig = total.min if total.min is not None else total.max
        return fig is not None and any(
            (fig in (p.min, p.max) and (fig >= _SMALL or _same_unit(p.unit, total.unit))) or _same_sum(p, fig, total.unit)
            for p in prose)

    return [t for t in totals if not stated(t)]
