"""A lease's or an allocation's term: the span something is held for is no deadline.

Why: a Kế hoạch cho thuê đất công ích of a UBND xã states the lease it offers: "2. Thời hạn cho thuê: Từ ngày
01/9/2033 đến hết ngày 31/12/2037, không quá 05 năm theo quy định". "Thời hạn" usually heads a time limit, but with
what is held ("thời hạn thuê", "thời hạn giao khoán", "thời hạn sử dụng đất", "thời hạn hợp đồng") it names how long
a right runs — a running period, nothing to be done by its end (tune41's labels: "the lease term is not a deadline";
the README's "running period"). The deadline grammar read the span as an interval due by 31/12/2037.

Only a span whose clause opens with such a label (its colon, a bold mark, "là" / "kể từ" between): "hoàn thành ký
hợp đồng thuê trước ngày 25/8/2033" names no term and keeps its due day.
"""

from __future__ import annotations

import re

from vanban.extract import patterns as P
from vanban.extract.folded import kw
from vanban.models import Deadline

__all__ = ["without_tenure_terms"]

#: what is held for a term, after "thời hạn" / "thời gian" (folded): "thời hạn (cho) thuê (đất)", "thời hạn giao
#: (đất / khoán / rừng)", "thời hạn sử dụng (đất)", "thời hạn (của) hợp đồng", "thời hạn khoán", "thời hạn thuê mặt bằng"
_HELD = r"(?:cho\s+)?thue|giao\s+(?:dat|khoan|rung)|khoan|su\s+dung(?:\s+dat)?|(?:cua\s+)?hop\s+dong"
#: (the words as folded, not :func:`~vanban.extract.folded.kw`'s OCR letters: its "thue" reads "thuc" too, and
#: "thời gian thực hiện: từ ngày … đến ngày …" is a task's window, t41-07's labels)
#: the term's label, then at most a few words of the same line up to the span (folded; "Thời hạn cho thuê:** Từ ngày",
#: "thời hạn thuê đất là từ ngày", "Thời gian thuê: 05 năm, kể từ ngày")
TERM_BEFORE = re.compile(rf"(?<![a-z])(?:{kw('thoi han')}|{kw('thoi gian')})\s+(?:{_HELD})(?![a-z])"
                         r"[^\n.;]{0,40}$")


def without_tenure_terms(deadlines: list[Deadline], view: str) -> list[Deadline]:
    """``deadlines`` without the spans and days that a term's label opens in ``view`` (the folded text their spans
    point into), unless a due word stands between the label and the span."""
    out = []
    for d in deadlines:
        s = d.span
        if s and not d.recurrence:
            m = TERM_BEFORE.search(view, max(0, s.start - 80), s.start)
            if m and not P.DUE_WORD_RE.search(view, m.end(), s.start):
                continue
        out.append(d)
    return out
