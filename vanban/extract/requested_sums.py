"""The sums of money a Tờ trình asks its council to approve: no targets.

Why (tgt46u): a UBND's Tờ trình to the HĐND proposes a list of works, each with its estimated total investment, and
the sources of the money ("Tổng mức đầu tư dự kiến (triệu đồng)" per work over "Tổng cộng | 13.400"; "Vốn ngân sách
xã …: 10.900 triệu đồng", t45-07). These are what the submission requests, to be decided by the council, not goals the
issuer sets itself: the labels README ("Requested quantities in a province's kiến nghị … are not targets; a rate the
request sets out to reach is a target"), which t45-07's author follows (only "Phấn đấu giải ngân đạt 100% kế hoạch
vốn" and "Chi phí dự phòng … không quá 10% tổng mức đầu tư" labelled). So in a document of type Tờ trình an exact sum
of money (min = max, a money unit: :data:`.target_words.MONEY_UNIT_RE`) is dropped; a share or a bound stays (a cap
on a cost, "không quá 10%"; "tối đa 500 triệu đồng" a limit the request sets). Shape: ``without_requested_sums(targets,
doc_type)`` → targets. Tests: tests/test_targets_tgt46u.py.
"""

from __future__ import annotations

from vanban.extract.target_words import MONEY_UNIT_RE
from vanban.models import Target
from vanban.text import fold

__all__ = ["without_requested_sums"]

#: the document types whose sums are requested (folded, whole type)
_REQUEST_TYPES = ("to trinh",)


def without_requested_sums(targets: list[Target], doc_type: str | None) -> list[Target]:
    """``targets`` less the exact sums of money when ``doc_type`` is a request to a council (see the module)."""
    if not doc_type or fold(doc_type).strip() not in _REQUEST_TYPES:
        return targets
    return [t for t in targets
            if not (t.min is not None and t.min == t.max and MONEY_UNIT_RE.match(fold(t.unit or "")))]
