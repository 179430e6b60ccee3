"""A place's name that a scan read with one mark wrong, spelt as the document spells it elsewhere.

Why: on 641/TB-VPCP scanned by session 47's newcomer, Tesseract ``vie`` read "thành phố Đà Nẵng" as "thành phố Đà
Năng" twice, among eight "Đà Nẵng" in the document. "Năng" is a syllable and a word ("năng lực"), so neither
restoration nor the real-word pass (:mod:`.realword`) can see the mark is wrong, and a search for "Đà Nẵng" missed
those lines. The document itself tells: a place is named again and again in it, and a scan loses a mark on one of
the copies, not on most of them.

Kind: a run of one to three capitalised syllables right after a place's noun (tỉnh, thành phố, huyện, quận, thị xã,
xã, phường, thị trấn, thôn, ấp …; a Party committee named by its place, "Thành ủy Đà Nẵng") takes the spelling the
document writes for the same run of letters (equal once folded: case, marks, đ → d) at least twice and at least
twice as often — wherever those copies stand (641's second "Đà Năng" is on a page that writes "Đà Nẵng" once more
only, so a page alone gives no majority). Only pages OCR read or restoration rewrote are changed: a typed text stays
as typed. Only marks differ, so the replacement has the run's length: one character for one, offsets and line
geometry hold. A name written once, or as often one way as the other, is left as read (two places may differ by a
mark: no majority then). Run by :func:`vanban.conveyor.extract_document` over the whole document.
"""

from __future__ import annotations

import re
from collections import Counter

from vanban.text import CAPITAL, fold

__all__ = ["place_spellings"]

_SMALL = "a-zà-ỹđ"
#: a run of one to three capitalised syllables, no capital after its first letter in each ("Đà Nẵng", "Hùng Sơn")
_RUN_RE = re.compile(rf"(?<![\w])[{CAPITAL}][{_SMALL}]+(?:[ ][{CAPITAL}][{_SMALL}]+){{0,2}}(?![\w])")
#: a place's noun (folded), right before a name: provinces and cities, districts, communes and wards, villages, the
#: Party committee of a place
_PLACE_NOUN_RE = re.compile(
    r"(?<![a-z])(?:tinh|thanh pho|thi xa|thi tran|huyen|quan|xa|phuong|thon|ap|lang|xom|buon|khu pho|to dan pho"
    r"|thanh uy|tinh uy|huyen uy|quan uy|thi uy)\s$")
#: the fewest copies of the page's spelling that outvote another
_MIN_COPIES = 2
#: the page's spelling must be at least this many times as frequent as the one it replaces
_MAJORITY = 2
#: characters looked at before a run for its place noun
_BEFORE = 16


def place_spellings(pages: list[str], read: list[bool]) -> list[str]:
    """The pages' texts with each place name that follows a place noun, on a page OCR read or restoration rewrote
    (``read``), spelt as the document mostly spells it (see the module); a text page as typed is counted, never
    changed. The whole document is counted: the name may stand right once on the page that misread it."""
    runs = [list(_RUN_RE.finditer(t)) for t in pages]
    spellings: dict[str, Counter] = {}
    for m in (m for page in runs for m in page):
        spellings.setdefault(fold(m.group()), Counter())[m.group()] += 1
    out_pages = []
    for text, page_runs, fix in zip(pages, runs, read):
        out, last = [], 0
        for m in page_runs if fix else ():
            seen = spellings[fold(m.group())]
            if len(seen) < 2 or not _PLACE_NOUN_RE.search(fold(text[max(0, m.start() - _BEFORE):m.start()])):
                continue
            best, copies = seen.most_common(1)[0]
            if best != m.group() and len(best) == len(m.group()) and copies >= _MIN_COPIES \
                    and copies >= _MAJORITY * seen[m.group()]:
                out += [text[last:m.start()], best]
                last = m.end()
        out_pages.append("".join(out) + text[last:] if out else text)
    return out_pages
