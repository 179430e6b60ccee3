"""A stacked table's header cells read as the headers of task tables: "N6i dung" is "Nội dung", "Budc" is "Bước".

Why: legacy OCR (Tesseract ``-l eng``) writes a table whose cells it reads one per line, its header first ("TT",
"Doi tuong", "N6i dung", "Thoi gian"); a header cell stands alone on its line, so the language model has no context
to read it and picks the commoner word ("Nợ đúng", t18-03; "Được" for "Budc", a17-08). Extraction finds a task
table by its header words, and missed the table. A line that is, word for word, a known header (``lexicon/
table_heads.txt``) within one edit a syllable once legacy glyphs read as vowels, next to another such line, is that
header: its syllables snap as known names do (:func:`.names.snap_names`).

(ocr36b) A pipe table's header row ("| STT | D6i twang | S6 suat | Mic qua (d6ng/suat) |", t34-08 legacy) puts its
cells on one line between pipes: each cell is read as a header line is, and once two cells of a row with no figure
read strictly as known headers, a cell whose one syllable is two vowel misreadings off ("twang" for tương: the hooked
"ư" and the "ơ" both lost) is that header too. Extraction reads a gift table's counts by its "Số suất" column and its
rows by "Đối tượng"; left as "Đội twang | Sơ suất" the table was prose.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from . import lexicon
from .candidates import fold

__all__ = ["known_heads", "head_snaps", "head_case"]

#: a line short enough to be a header cell (its words are counted after)
_SHORT_LINE_RE = re.compile(r"(?m)^[^\n]{1,48}$")
#: how many lines apart two header cells may stand (a blank line or a wrapped cell between)
NEIGHBOUR_LINES = 3
#: glyphs legacy OCR writes for a marked vowel ("N6i", "Budc" for Bước, "s&"): each may stand for one vowel
_LEGACY_VOWELS = str.maketrans({"6": "o", "0": "o", "&": "o", "@": "o", "¢": "o", "€": "e"})
#: glyphs that are a marked vowel where the header has a vowel ("d" of "Budc", "trudng"; "q" of "TUQNG")
_VOWEL_GLYPHS = frozenset("dq")
#: initials legacy OCR confuses in capitals ("BOI TUQNG" for ĐỐI TƯỢNG)
_INITIALS = {"b": "d"}


@lru_cache(maxsize=1)
def known_heads() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Folded syllables of a header → its syllables lower-cased, as written."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for line in (lexicon.LEXICON_DIR / "table_heads.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            syls = tuple(lexicon.normalize_tones(line).lower().split())
            out[tuple(fold(s) for s in syls)] = syls
    return out


#: (ocr39) a hatted o read as two glyphs, a "6" for its hat and a marked e for its tone ("Th6én" for Thôn, "ngu6én"
#: for nguồn, "kh6é" for khó: 60 on the sets' eng OCR): one vowel. A header cell alone between pipes has no context
#: for the language model, so a quota table by thôn kept "Th6én" as its unit column and was read as prose (a37-10)
_SPLIT_HAT_RE = re.compile(r"(?<=[^\W\d_])6[éèẻẽẹ](?=[^\W\d_]|$)")


def _legacy_folded(raw: str) -> str:
    """OCR token ``raw`` lower-cased and folded, legacy glyphs read as the vowels they stand for."""
    return fold(_SPLIT_HAT_RE.sub("6", raw.lower())).translate(_LEGACY_VOWELS)


def _syllable_fits(raw: str, syllable: str) -> bool:
    """An OCR token that may be the header's folded ``syllable``: the same letters once legacy glyphs read as
    vowels, or one edit off where the syllable is three letters or more and the edit puts a vowel for a glyph."""
    low = _legacy_folded(raw)
    if low and low[0] != syllable[0] and _INITIALS.get(low[0]) == syllable[0]:
        low = syllable[0] + low[1:]
    if low == syllable or _hook_as_i(low, syllable):
        return True
    if len(syllable) < 3 or len(low) != len(syllable):
        return False
    diff = [(n, a, b) for n, (a, b) in enumerate(zip(low, syllable)) if a != b]
    if len(diff) != 1 or diff[0][2] not in "aeiouy":
        return False
    n, a, _ = diff[0]
    # (tgt33b) or a marked vowel for another vowel ("lép" for lớp): the mark says OCR saw a vowel with one, of a shape
    # its glyphs do not hold ("ớ"), so the vowel is the header's
    return a in _VOWEL_GLYPHS or (a in "aeiouy" and _marked(raw, n))


def _hook_as_i(low: str, syllable: str) -> bool:
    """(ocr46) ``low`` is the header's folded ``syllable`` with an "i" after one of its u's: the hook of "ủ" drawn
    as a stroke of its own ("Chui thé" for Chủ thể, a44-04 legacy; "Chui tich" for Chủ tịch, "cui" for của in the
    sets' eng OCR). Alone between pipes the cell was read "Chửi thề" (to swear): the OCOP table's "Chủ thể" column
    of who must file, and its six rows' obligations, were lost."""
    return len(low) == len(syllable) + 1 and any(
        low == syllable[:k + 1] + "i" + syllable[k + 1:] for k, c in enumerate(syllable) if c == "u")


def _marked(raw: str, n: int) -> bool:
    """The ``n``-th letter of OCR token ``raw`` carries a mark (é, ô, ó …): its folded form differs from it."""
    letters = raw.lower()
    return n < len(letters) and fold(letters[n]) != letters[n]


def _line_head(words) -> tuple[str, ...] | None:
    """The header's syllables a line of word tokens reads as, if any."""
    for folded, syls in known_heads().items():
        if len(folded) == len(words) and all(_syllable_fits(w.text, s) for w, s in zip(words, folded)):
            return syls
    return None


def _vowels_lost(raw: str, syllable: str) -> bool:
    """An OCR token that is the header's folded ``syllable`` with two of its vowels misread (a "w" or another
    vowel where the header has a vowel: "twang" for tương), the rest letter for letter, or with one of its vowels
    dropped ("thi" for thời); four letters or more."""
    low = _legacy_folded(raw)
    if len(syllable) >= 4 and len(low) == len(syllable) - 1 and low[:1] == syllable[:1]:
        # (ocrtab38) or one vowel dropped, a marked one eng OCR had no glyph for: "Thi gian" for "Thời gian" (a pipe
        # header's due column, t37-02 legacy: read "Thư giãn", the column lost and its rows' dates with it)
        return any(syllable[:k] + syllable[k + 1:] == low for k in range(1, len(syllable)) if syllable[k] in "aeiouy")
    if len(syllable) < 4 or len(low) != len(syllable) or low[:1] != syllable[:1]:
        return False
    diff = [(a, b) for a, b in zip(low, syllable) if a != b]
    return 0 < len(diff) <= 2 and all(b in "aeiouy" and a in "aeiouyw" for a, b in diff)


def _loose_head(words) -> tuple[str, ...] | None:
    """The header a pipe cell reads as when one of its syllables lost two vowels (:func:`_vowels_lost`) and the
    others fit as a header line's do."""
    for folded, syls in known_heads().items():
        if len(folded) != len(words):
            continue
        fits = [_syllable_fits(w.text, s) for w, s in zip(words, folded)]
        loose = [n for n, ok in enumerate(fits) if not ok]
        if len(loose) == 1 and _vowels_lost(words[loose[0]].text, folded[loose[0]]):
            return syls
    return None


#: a pipe table's row: a line opening with a pipe that has two more (three cells at least)
_PIPE_ROW_RE = re.compile(r"(?m)^[ \t]*\|(?:[^\n|]*\|){3,}[^\n]*$")
#: how many cells of a pipe row must read strictly as headers before a looser cell is read as one
PIPE_STRICT_CELLS = 2


def _pipe_heads(text: str, toks) -> list[list[tuple[int, str]]]:
    """A pipe header row's cells that read as known headers: per cell, (token index, header syllable). The row holds
    no cell of figures only (a data row's), and two of its cells read strictly as headers."""
    if "|" not in text:
        return []
    starts = [t.start for t in toks]
    out: list[list[tuple[int, str]]] = []
    for m in _PIPE_ROW_RE.finditer(text):
        i0, i1 = bisect_left(starts, m.start()), bisect_left(starts, m.end())
        cells: list[list[int]] = [[]]
        for i in range(i0, i1):
            if toks[i].text == "|":
                cells.append([])
            else:
                cells[-1].append(i)
        cells = [c for c in cells if c]
        if any(all(toks[i].kind in ("number", "date") for i in c) for c in cells):
            continue  # a row of figures
        strict, rest = [], []
        for c in cells:
            if len(c) > 4 or any(toks[i].kind != "word" for i in c):
                continue
            syls = _line_head([toks[i] for i in c])
            (strict if syls is not None else rest).append((c, syls))
        if len(strict) < PIPE_STRICT_CELLS:
            continue
        found = strict + [(c, _loose_head([toks[i] for i in c])) for c, _ in rest]
        out += [list(zip(c, syls)) for c, syls in found if syls is not None]
        if len(cells[0]) == 1 and _NUMBER_HEAD_MISREAD_RE.fullmatch(toks[cells[0][0]].text):
            out.append([(cells[0][0], "tt")])
    return out


#: (ocr40) the number column's head "TT" as eng OCR reads a bold T beside it: a stroke glyph ("IT", "TI", "1T", "Tl").
#: Alone between pipes it has no context, and the language model read "IT" as "U" (its i-t → u confusion); a quota
#: table by tổ dân phố whose header opened "| U | Tổ dân phố | …" was no table to the structure, and its rows' quotas
#: were lost (a38-10 legacy). Only the first cell of a row read as a header (two cells known headers, no figures)
_NUMBER_HEAD_MISREAD_RE = re.compile(r"[Il1|]T|T[Il1|]")


def head_snaps(text: str, toks) -> dict[int, str]:
    """Token index → the header's syllable, for the lines made only of words that read as a known header and stand
    within :data:`NEIGHBOUR_LINES` lines of another such line (a table's header, not a lone word of prose)."""
    return {i: s for line in _header_lines(text, toks) for i, s in line}


def head_case(text: str, toks, out_forms: dict[int, str]) -> None:
    """A header cell written in sentence case keeps it: its first word's form (token index → written form in
    ``out_forms``) gets a capital and small letters where a later word of the cell is written small. Legacy OCR
    writes a marked vowel as a capital ("NOi dung", t18-05), which the restorer's case rule read as a heading word
    ("NỘI dung"), and extraction missed the table by its header."""
    for line in _header_lines(text, toks):
        first = line[0][0]
        if len(line) > 1 and any(toks[i].text.islower() for i, _ in line[1:]) and not toks[first].text.islower():
            form = out_forms.get(first, toks[first].text)
            out_forms[first] = form[:1].upper() + form[1:].lower()


def _header_lines(text: str, toks) -> list[list[tuple[int, str]]]:
    """The header cells' lines: per line, (token index, header syllable) of its words. The last text's answer is
    kept: the first pass asks (:func:`head_snaps`) and the written text asks again (:func:`head_case`)."""
    global _last
    if _last[0] is text and _last[1] is toks:
        return _last[2]
    if "\n" not in text:
        return []  # one line: no other header line stands near it
    starts = [t.start for t in toks]
    lines: list[tuple[int, list[int]]] = []  # (line number, its tokens) of the short lines of words only
    line, pos = 0, 0
    for m in _SHORT_LINE_RE.finditer(text):
        i0, i1 = bisect_left(starts, m.start()), bisect_left(starts, m.end())
        if 0 < i1 - i0 <= 4 and all(toks[i].kind == "word" for i in range(i0, i1)):
            line += text.count("\n", pos, m.start())
            pos = m.start()
            lines.append((line, list(range(i0, i1))))
    heads: dict[int, tuple[list[int], tuple[str, ...]]] = {}
    for ln, idx in lines:
        syls = _line_head([toks[i] for i in idx])
        if syls is not None:
            heads[ln] = (idx, syls)
    out = [list(zip(idx, syls)) for ln, (idx, syls) in heads.items()
           if any(0 < abs(other - ln) <= NEIGHBOUR_LINES for other in heads)]
    out += _pipe_heads(text, toks)
    _last = (text, toks, out)
    return out


_last: tuple = (None, None, [])
