"""A place's name that a scan read with one mark wrong, spelt as the document spells it elsewhere.

Why: on 641/TB-VPCP scanned by session 47's newcomer, Tesseract ``vie`` read "thành phố Đà Nẵng" as "thành phố Đà
Năng" twice, among eight "Đà Nẵng" in the document. "Năng" is a syllable and a word ("năng lực"), so neither
restoration nor the real-word pass (:mod:`.realword`) can see the mark is wrong, and a search for "Đà Nẵng" missed
those lines. The document itself tells: a place is named again and again in it, and a scan loses a mark on one of
the copies, not on most of them.

Kind: a run of one to three capitalised syllables right after a place's noun (tỉnh, thành phố, huyện, quận, thị xã,
xã, phường, thị trấn, thôn, ấp …; a Party committee named by its place, "Thành ủy Đà Nẵng") takes the spelling the
document writes for the same run of letters after a place's noun (equal once folded: case, marks, đ → d; runs after
no place noun are not counted: "Chủ tịch", "Căn cứ", "Hỗ trợ" are no votes against "phường Chũ", "thành phố Cần",
"THÀNH PHỐ HỒ CHÍ MINH") at least twice and at least twice as often — wherever those copies stand (641's second "Đà Năng" is on a page that writes "Đà Nẵng" once more
only, so a page alone gives no majority). Only pages OCR read or restoration rewrote are changed: a typed text stays
as typed. Only marks differ, so the replacement has the run's length: one character for one, offsets and line
geometry hold. A name written once, or as often one way as the other, is left as read (two places may differ by a
mark: no majority then). Run by :func:`vanban.conveyor.extract_document` over the whole document.
"""

from __future__ import annotations

import re
from collections import Counter

from vanban.place_nouns import ADMIN_LEVELS_PRINTED
from vanban.text import CAPITAL, VIETNAMESE_LETTERS, fold

__all__ = ["place_spellings"]

#: the small letters, listed: the range "à-ỹ" holds capitals too (Latin Extended Additional alternates the cases), so
#: "HỒ" of "THÀNH PHỐ HỒ CHÍ MINH" read as a name run and took the spelling of two "Hỗ trợ"
_SMALL = "".join(sorted(VIETNAMESE_LETTERS))
#: a run of one to three capitalised syllables, no capital after its first letter in each ("Đà Nẵng", "Hùng Sơn")
_RUN_RE = re.compile(rf"(?<![\w])[{CAPITAL}][{_SMALL}]+(?:[ ][{CAPITAL}][{_SMALL}]+){{0,2}}(?![\w])")
#: a place's noun with its marks (lower-cased), right before a name: provinces and cities, districts, communes and
#: wards, villages, the Party committee of a place; "các tỉnh từ Quảng Ngãi đến …" too. Matched with marks, not
#: folded: folded, "cơ quan" (quan), "tính" (tinh), "áp" (ap), "xa" were place nouns and "cơ quan Thống kê" took a
#: "Thông" written elsewhere. The levels are :data:`vanban.place_nouns.ADMIN_LEVELS_PRINTED` ("đặc khu" among them
#: since session 49, when this list was derived from that one)
_PLACE_NOUN_RE = re.compile(
    rf"(?<![^\W\d_])(?:{'|'.join(ADMIN_LEVELS_PRINTED)}|thôn|ấp|làng|xóm|buôn|khu phố|tổ dân phố"
    r"|thành [uủ][yỷ]|tỉnh [uủ][yỷ]|huyện [uủ][yỷ]|quận [uủ][yỷ]|thị [uủ][yỷ])(?: từ)?\s$")
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
    runs = [[m for m in _RUN_RE.finditer(t) if _after_place_noun(t, m.start())] for t in pages]
    spellings: dict[str, Counter] = {}
    for m in (m for page in runs for m in page):
        spellings.setdefault(fold(m.group()), Counter())[m.group()] += 1
    out_pages = []
    for text, page_runs, fix in zip(pages, runs, read):
        out, last = [], 0
        for m in page_runs if fix else ():
            seen = spellings[fold(m.group())]
            if len(seen) < 2:
                continue
            best, copies = seen.most_common(1)[0]
            if best != m.group() and len(best) == len(m.group()) and copies >= _MIN_COPIES \
                    and copies >= _MAJORITY * seen[m.group()]:
                out += [text[last:m.start()], best]
                last = m.end()
        out_pages.append("".join(out) + text[last:] if out else text)
    return out_pages


def _after_place_noun(text: str, start: int) -> bool:
    """The run at ``start`` follows a place's noun. Only such runs are counted as well as changed: counted anywhere,
    the capitalised words of other roles outvoted a place ("phường Chũ" took "Chủ" of "Chủ tịch", "thành phố Cần"
    at a line's end took "Căn" of "Căn cứ")."""
    return bool(_PLACE_NOUN_RE.search(text[max(0, start - _BEFORE):start].lower()))
