"""Whether a page's text is empty for all practical purposes.

Why: a blank scan gives Tesseract's "" or a few specks read as ". ' -";
the conveyor reports a document whose pages are all blank as an error,
but a blank page inside a document is normal and must not fail ingest.
"""

from __future__ import annotations

import re

#: fewer letters/digits than this and the text counts as blank
MIN_CHARS = 3
_ALNUM_RE = re.compile(r"[^\W_]", re.UNICODE)


def is_blank(text: str | None) -> bool:
    """True for None, "" or text with fewer than 3 letters/digits."""
    if not text:
        return True
    return len(_ALNUM_RE.findall(text)) < MIN_CHARS
