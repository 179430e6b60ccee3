"""A money value the clause counts per one hectare named before it: "Giá trị sản xuất bình quân trên 1 ha đất canh tác
đạt 450 triệu đồng/năm trở lên" — the value per hectare and year, unit "triệu đồng/ha/năm".

Why (tgt56t, session 56): the "1 ha" was already read as no minimum but as the base the later figure is per
(:func:`.targets._case_figure`), and the figure kept its printed unit. Every spent label of this wording writes the
hectare into the unit — "trên 1 ha đất trồng trọt đạt trên 150 triệu đồng" → "triệu đồng/ha" (a15-09, a16-09, a25-01,
a34-04, a46-06, t46-06, t46-07), "trên 1 ha đất canh tác đạt trên 250 triệu đồng/năm" → "triệu đồng/ha/năm" (a19-07,
t55-06) — 9 of 9; a unit printed with its "/ha" already ("200 triệu đồng/ha", a46-07) stays as printed.
Folded text (``Folded.view``) throughout. Tests: ``tests/test_targets_tgt56t.py``.
"""

from __future__ import annotations

from vanban.extract import target_words as W
from vanban.text import fold

__all__ = ["per_area_unit"]


def per_area_unit(v: str, c0: int, pos: int, unit: str | None) -> str | None:
    """``unit`` with "/ha" after its money word when the clause ``[c0, pos)`` before the figure at ``pos`` names the one
    hectare it is per ("trên 01 ha …đạt"), else None (also when the unit is no money or names an area already)."""
    if not unit or not W.MONEY_UNIT_RE.match(fold(unit)) or W.AREA_IN_UNIT_RE.search(fold(unit)):
        return None
    if not W.PER_ONE_HECTARE_BEFORE_RE.search(v, max(c0, pos - 160), pos):
        return None
    money, per, rest = unit.partition("/")  # "triệu đồng/năm" → "triệu đồng" + "/ha" + "/năm"
    return money.rstrip() + "/ha" + per + rest.lstrip()
