"""Whether a clause tells of the past: "đã" as a verb's marker ("Năm 2026, xã đã giao 68 công dân nhập ngũ"), not as
a participle after a noun of what was set ("đạt 100% chỉ tiêu đã giao", "các mục tiêu đã đề ra", "Theo dự toán đã
được phê duyệt").

Why (review of session 46): the goal readers (:mod:`.no_breaches`, :mod:`.blank_places`, :mod:`.per_item_sums`,
:mod:`.targets`' every-period counts) each skipped a figure after any "đã" in its clause, so a goal that names the
quota it meets ("đạt 100% chỉ tiêu đã giao, không có công dân bị trả về") or the plan it follows ("Theo dự toán đã
được phê duyệt, … tặng 300.000 đồng/người") was dropped. One rule for them all: an "đã" counts unless
:data:`.patterns.PARTICIPLE_DA_RE` reads it as a participle (the noun, "đã", a verb of setting or approving).
Tests: tests/test_fixrev46.py.
"""

from __future__ import annotations

import re

from vanban.extract.patterns import PARTICIPLE_DA_RE

__all__ = ["past_marked"]

#: "đã" with its diacritics, a whole word (the original text: the folded "da" is also "tối đa", "đa số")
_DA = re.compile(r"(?i)(?<![^\W\d_])đã(?![^\W\d_])")


def past_marked(view: str, original: str, start: int, end: int) -> bool:
    """True when ``original`` [start, end) holds an "đã" that marks a verb's past, none of the participles after a
    noun of what was set; ``view`` is its folded twin (same offsets)."""
    participles = [(m.start(), m.end()) for m in PARTICIPLE_DA_RE.finditer(view, max(0, start - 60), end)]
    return any(not any(s <= d.start() < e for s, e in participles) for d in _DA.finditer(original, start, end))
