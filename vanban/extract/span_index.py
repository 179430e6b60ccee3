"""Offset indexes over facts' spans: which fact's span holds, or meets, a stretch of text.

Why: extraction linked each deadline to its obligation with a scan of every
obligation (and of every deadline kept so far), so a long text file cost
deadlines × obligations: a 13 MB plan was not ingested after 15 minutes
(found by a newcomer). Both questions here look only at the spans that start
within the longest span's length of the stretch (a bisect on sorted starts),
which is what a span holding or meeting the stretch must do.
"""

from __future__ import annotations

import bisect
from typing import Generic, Iterable, TypeVar

T = TypeVar("T")

__all__ = ["SpanIndex"]


class SpanIndex(Generic[T]):
    """Items with a half-open ``(start, end)`` offset span, in the order they were given.

    ``holding(s, e)`` answers like ``next(x for x in items if start <= s and e <= end)``
    (the first item in the given order, or ``None``), ``meets(s, e)`` like
    ``any(start < e and s < end)``; ``add`` appends an item. Cost per question:
    O(log n + the items starting within the longest span's length before ``s``).
    """

    def __init__(self, items: Iterable[tuple[int, int, T]] = ()) -> None:
        self._keys: list[tuple[int, int]] = []  # (start, order), sorted
        self._rows: list[tuple[int, int, T]] = []  # by order
        self._longest = 0
        for start, end, item in items:
            self.add(start, end, item)

    def add(self, start: int, end: int, item: T) -> None:
        order = len(self._rows)
        self._rows.append((start, end, item))
        bisect.insort(self._keys, (start, order))
        self._longest = max(self._longest, end - start)

    def _near(self, s: int, e: int):
        """Rows that may hold or meet ``[s, e)``: those starting in ``[s - longest, e]``."""
        lo = bisect.bisect_left(self._keys, (s - self._longest, -1))
        hi = bisect.bisect_right(self._keys, (e, len(self._rows)))
        return (self._rows[order] for _, order in self._keys[lo:hi])

    def holding(self, s: int, e: int) -> T | None:
        """The first item (in the given order) whose span contains ``[s, e)``, else ``None``."""
        best = None
        for _, order in self._keys[bisect.bisect_left(self._keys, (s - self._longest, -1)):
                                   bisect.bisect_right(self._keys, (s, len(self._rows)))]:
            start, end, _item = self._rows[order]
            if start <= s and e <= end and (best is None or order < best):
                best = order
        return None if best is None else self._rows[best][2]

    def meets(self, s: int, e: int) -> bool:
        """Whether any item's span overlaps ``[s, e)`` (shares at least one offset)."""
        return any(start < e and s < end for start, end, _ in self._near(s, e))
