"""A department's short name written with "&" ("Sở KH&CN") whose letters after the "&" OCR misread.

Why: a scanned task table names its chủ trì body by the short name on every row, and Tesseract
``vie`` misreads the letters after the "&", which it takes for no word: "Sở KH&ŒN", "Sở KH&CŒN",
"Sở KH&CGN" for Sở KH&CN (the scanned Phụ lục of 617-KH-UBND: 8 of its 11 rows), "Sở NN&MIT"
for Sở NN&MT (bench/realdocs_scan.py). The body is then no body the checklist knows (nor groups
with "Sở Khoa học và Công nghệ"), and the row's obligation goes to a name nobody searches.

The short names are few and written alike everywhere (:data:`SHORT_NAMES`, the "&" names of
:mod:`vanban.abbreviations`). A token made of a known name's letters before the "&" and, after it,
letters one edit away from that name's (a letter read as two glyphs, a glyph for a letter) and from
no other known name's is read as that name. Anything else is left: an unknown prefix ("DD&CN"),
two names equally near, a name already right.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

#: the short names written with "&", as offices write them (each folds to a key of
#: :data:`vanban.abbreviations.ABBREVIATIONS` once its "&" and commas are dropped)
SHORT_NAMES: tuple[str, ...] = ("KH&CN", "KH&ĐT", "GD&ĐT", "TN&MT", "NN&MT", "NN&PTNT", "LĐTB&XH", "VH,TT&DL", "TT&TT")

_BY_HEAD: dict[str, list[str]] = {}
for _name in SHORT_NAMES:
    _head, _tail = _name.split("&")
    _BY_HEAD.setdefault(_head, []).append(_tail)

#: a token with an "&" between a known name's head and a short tail of capitals or glyphs, then a boundary
_TOKEN_RE = re.compile(r"(?<![\w&,])(" + "|".join(sorted(map(re.escape, _BY_HEAD), key=len, reverse=True))
                       + r")&([^\s,.;:()\[\]&]{1,7})(?=[\s,.;:()\[\]]|$)")


def _mend(m: re.Match) -> str:
    head, tail = m.group(1), m.group(2)
    tails = _BY_HEAD[head]
    if tail in tails or not any(c.isupper() for c in tail) or any(c.islower() for c in tail):
        return m.group(0)  # a right name, or a word that is no short name's tail
    near = [t for t in tails if Levenshtein.distance(tail, t) == 1]
    return f"{head}&{near[0]}" if len(near) == 1 else m.group(0)


def short_names(text: str) -> str:
    """``text`` with each known short name whose letters after the "&" OCR misread put back
    ("Sở KH&CŒN" → "Sở KH&CN"); a page without "&" is returned as is."""
    if "&" not in text:
        return text
    return _TOKEN_RE.sub(_mend, text)
