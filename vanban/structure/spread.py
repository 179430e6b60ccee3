"""A text with paragraph breaks written into it as blank lines, and the map between its offsets and
those of the text as given.

Why apart: the structure stage reads a flat text (paragraphs one newline apart,
:mod:`.paragraphs`) with a blank line at each paragraph break, and hands back offsets into the text
as given plus the breaks it read (``Structure.breaks``); the extraction stage writes the same breaks
into the text it reads. Both move offsets with this one map.
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass
from functools import cached_property

__all__ = ["Spread"]

_OFFSETS = frozenset(("start", "end", "body_start", "body_end"))


@dataclass(frozen=True)
class Spread:
    """A text with newlines written into it: ``text``; ``added`` holds the offsets in ``text`` of the
    newlines written (ascending). Every other character is the given text's, in order, so an offset
    maps back by counting the added ones before it (:meth:`back`)."""

    text: str
    added: tuple[int, ...]

    @classmethod
    def at(cls, given: str, breaks: tuple[int, ...] | list[int]) -> Spread:
        """``given`` with a newline written before each of its offsets in ``breaks`` (ascending, an
        offset repeated for more than one newline): the inverse of :attr:`breaks`."""
        out, added, at = [], [], 0
        for k, j in enumerate(breaks):
            out.append(given[at:j])
            added.append(j + k)
            out.append("\n")
            at = j
        out.append(given[at:])
        return cls("".join(out), tuple(added))

    @cached_property
    def breaks(self) -> tuple[int, ...]:
        """The given text's offsets before which a newline was written (ascending)."""
        return tuple(a - k for k, a in enumerate(self.added))

    def back(self, i: int) -> int:
        """The given text's offset of this text's offset ``i`` (clamped to 0 … len(text)): an added
        newline takes the offset of the character after it; ``back(len(text))`` is the given text's length."""
        i = max(0, min(i, len(self.text)))
        return i - bisect.bisect_left(self.added, i)

    def ahead(self, j: int) -> int:
        """This text's offset of the given text's offset ``j``: a character before which newlines were
        written keeps its own offset (after them), so a line's start stays a line's start."""
        return j + bisect.bisect_right(self.breaks, j)

    def remap(self, obj):
        """``obj`` (a dataclass such as an Extraction or a Structure, nested in tuples and lists) with
        every offset field (``start``, ``end``, ``body_start``, ``body_end``) moved back to the given
        text (:meth:`back`); everything else as it is."""
        return _moved(obj, self.back) if self.added else obj

    def forward(self, obj):
        """``obj`` with every offset field moved from the given text to this one (:meth:`ahead`): the
        inverse of :meth:`remap` on the offsets of line starts and of text."""
        return _moved(obj, self.ahead) if self.added else obj


def _moved(obj, move):
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        changes = {}
        for f in dataclasses.fields(obj):
            v = getattr(obj, f.name)
            if f.name in _OFFSETS and isinstance(v, int) and not isinstance(v, bool):
                changes[f.name] = move(v)
            elif isinstance(v, (tuple, list)) or (dataclasses.is_dataclass(v) and not isinstance(v, type)):
                changes[f.name] = _moved(v, move)
        return dataclasses.replace(obj, **changes) if changes else obj
    if isinstance(obj, (tuple, list)):
        return type(obj)(_moved(x, move) for x in obj)
    return obj
