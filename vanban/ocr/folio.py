"""The printed page number at the top of a scanned page is no part of the text.

Why: administrative documents print the page number centred in the top margin
from page 2 on (Nghị định 30/2020/NĐ-CP). Tesseract reads it as the page's first
line ("4", or a mark such as "°" when the digit is faint); left in, it sits
inside the sentence that runs over the page break ("theo quy ⏎ 4 ⏎ định của
Luật …") and splits citations, deadlines and numbered items. Recognised by its
geometry (:class:`vanban.models.LineGeometry`): the page's first line, short,
without a word, centred and narrow.
"""

from __future__ import annotations

import re

from vanban.models import LineGeometry

#: "4", "- 4 -", "Trang 4", or a faint digit read as one or two marks ("°", "'")
_FOLIO = re.compile(r"^(?:Trang\s*)?[-–]?\s*(?:\d{1,3}|[^\w\s]{1,2})\s*[-–]?$", re.IGNORECASE)
CENTRE_TOLERANCE = 0.12  # the line's middle within this share of the page width of the middle
MAX_WIDTH = 0.12  # a page number is narrow (fraction of the page width)


def is_page_number(line: str, geometry: LineGeometry) -> bool:
    """True for a line that is a printed page number by its text and place."""
    if geometry.x0 is None or geometry.x1 is None or geometry.table >= 0:
        return False
    middle = (geometry.x0 + geometry.x1) / 2
    return (bool(_FOLIO.match(line.strip())) and abs(middle - 0.5) <= CENTRE_TOLERANCE
            and geometry.x1 - geometry.x0 <= MAX_WIDTH)


def drop_page_number(text: str, lines: tuple[LineGeometry, ...]) -> tuple[str, tuple[LineGeometry, ...]]:
    """``text`` and its ``lines`` without a page number on the first line (and the
    blank line after it); unchanged when the geometry does not match the text."""
    rows = text.split("\n")
    if not lines or len(rows) != len(lines) or not is_page_number(rows[0], lines[0]):
        return text, lines
    cut = 2 if len(rows) > 1 and not rows[1].strip() and lines[1].x0 is None else 1
    return "\n".join(rows[cut:]), tuple(lines[cut:])
