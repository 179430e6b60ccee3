"""Page text and its per-line geometry, kept aligned line for line.

Why one helper: every geometry reader (DOCX, PDF words, OCR boxes) hands
the structure stage a page text plus one ``LineGeometry`` per
``"\n"``-separated line of it. A stray line break inside a line's text
(a Word soft break, a form feed, U+2028) would shift every later line
against its geometry, so the readers build their pages only through
:func:`join_lines`, which splits such breaks into lines of their own
(each keeping its line's geometry) and trims blank lines at both ends.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable, Sequence

from vanban.models import LineGeometry, Page

#: one line of a page: its text (no line break inside) and where it sat
Line = tuple[str, LineGeometry]

#: characters that would break a line, or (form feed) a page, in stored text
_BREAKS_RE = re.compile(r"\r\n|[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")

NO_GEOMETRY = LineGeometry()


def split_breaks(text: str, geometry: LineGeometry) -> list[Line]:
    """``text`` cut at every line break, each piece with ``geometry``."""
    return [(piece, geometry) for piece in _BREAKS_RE.split(text)]


def join_lines(lines: Iterable[Line]) -> tuple[str, tuple[LineGeometry, ...]]:
    """(NFC page text, geometry per line) with blank lines at both ends dropped.

    Postcondition: ``len(text.split("\n")) == len(geometry)`` (an empty page
    gives ``("", ())``).
    """
    flat: list[Line] = []
    for text, geo in lines:
        flat.extend(split_breaks(unicodedata.normalize("NFC", text), geo))
    start, end = 0, len(flat)
    while start < end and not flat[start][0].strip():
        start += 1
    while end > start and not flat[end - 1][0].strip():
        end -= 1
    kept = flat[start:end]
    if not kept:
        return "", ()
    return "\n".join(t for t, _ in kept), tuple(g for _, g in kept)


def aligned(text: str, geometry: tuple[LineGeometry, ...]) -> bool:
    """True when ``geometry`` has exactly one entry per line of ``text``."""
    return bool(geometry) and len(text.split("\n")) == len(geometry)


def renumber_tables(pages: Sequence[Page]) -> tuple[Page, ...]:
    """The pages with table indices counted across the document.

    Pages OCR'd one by one (in parallel workers) each number their tables
    and two-column regions from 0; ``LineGeometry.table`` is an index in the
    document, so page 2's signature block must not share page 1's header
    index. Indices are given in order of first appearance, page after page.
    """
    out: list[Page] = []
    following = 0
    for page in pages:
        mapping: dict[int, int] = {}
        lines = []
        for geo in page.lines:
            if geo.table >= 0:
                if geo.table not in mapping:
                    mapping[geo.table] = following
                    following += 1
                geo = dataclasses.replace(geo, table=mapping[geo.table])
            lines.append(geo)
        out.append(dataclasses.replace(page, lines=tuple(lines)) if mapping else page)
    return tuple(out)
