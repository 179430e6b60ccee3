"""Known names snap to their known spelling; a document's own confident marks raise its forms.

Why: a trigram model scores "Tự do" against "Từ đó" by local counts, but the
national motto "Độc lập - Tự do - Hạnh phúc" and the names of bodies and
places ("Mặt trận Tổ quốc", "tổ chức chính trị - xã hội", "Long Biên") have
one spelling; when a run of OCR tokens can be read as such a name, it is that
name. Names come from ``lexicon/organisations.txt`` (bodies, places, the motto).

The document cache: what the document itself writes with marks legacy OCR
cannot invent ("PHƯỜNG" in a header: ư, ơ, ă, đ and the dotted/hooked tones
are no Latin-1 glyphs an English-trained engine reads) is evidence for those
forms in the rest of the same document ("phuong" → "phường", not "phương").
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from . import lexicon
from .candidates import fold

MIN_NAME_SYLLABLES = 3  # shorter names only snap on an exact diacritic-free match
SNAP_BONUS = 2.0  # log10 cost taken off a known name's syllable where the run reads as that name
DOC_FORM_BONUS = 0.6  # log10 cost taken off a candidate the document wrote with confident marks
DOC_PAIR_BONUS = 0.4  # log10 bonus of a pair of such forms written side by side
# share of a document's words with confident marks above which it was written accented:
# its valid accented words then stay exactly as written (restoration only fills in the bare ones)
ACCENTED_DOC_SHARE = 0.25


@lru_cache(maxsize=1)
def known_names() -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """First folded syllable → [(folded syllables, accented syllables)], longest first."""
    index: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    path = lexicon.LEXICON_DIR / "organisations.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        syls = tuple(s for s in lexicon.normalize_tones(line).replace("-", " ").split())
        if len(syls) < 2:
            continue
        folded = tuple(fold(s.lower()) for s in syls)
        index.setdefault(folded[0], []).append((folded, syls))
    for v in index.values():
        v.sort(key=lambda e: -len(e[0]))
    return index


def is_confident(word: str) -> bool:
    """Marks no English-trained OCR engine produces: the form is what the document wrote."""
    return any(ord(c) > 0x2FF for c in word) and word.isalpha()


@lru_cache(maxsize=1)
def first_keys() -> frozenset[str]:
    """Diacritic-free first syllables of every known name (a cheap test before matching)."""
    return frozenset(known_names())


def snap_names(words: list[tuple[int, str, frozenset[str], frozenset[str]]]) -> dict[int, str]:
    """Token index → the known name's syllable, for runs of ``words`` that read as a known name.

    ``words``: (token index, diacritic-free lower-case token, candidate forms,
    every diacritic-free key the token may be read as) of consecutive word tokens with only spaces or dashes between them. A run
    matches a name when every token's candidates hold the name's syllable or
    its letters equal the syllable's once marks are dropped; names of
    ``MIN_NAME_SYLLABLES`` or more may have up to (n-1)//2 tokens within one
    edit ("Mt tran T quéc" → "Mặt trận Tổ quốc").
    """
    index = known_names()
    out: dict[int, str] = {}
    i = 0
    while i < len(words):
        matched = 0
        for key in words[i][3]:
            for folded, syls in index.get(key, ()):
                n = len(folded)
                if i + n > len(words) or n <= matched:
                    continue
                fuzzy = 0
                max_fuzzy = max(1, (n - 1) // 2) if n >= MIN_NAME_SYLLABLES else 0
                exact = True
                ok = True
                for j in range(n):
                    _, rf, cands, _ = words[i + j]
                    if rf == folded[j]:
                        continue
                    exact = False
                    if syls[j].lower() in cands:
                        continue
                    if fuzzy < max_fuzzy and rf and Levenshtein.distance(rf, folded[j]) <= 1:
                        fuzzy += 1
                        continue
                    ok = False
                    break
                if not ok or (n < MIN_NAME_SYLLABLES and not exact):
                    continue
                for j in range(n):
                    out[words[i + j][0]] = syls[j].lower()
                matched = n
        i += max(matched, 1)
    return out
