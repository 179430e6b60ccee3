"""The title of an office's person or of a residential unit's head ("Trưởng các thôn", "Thôn trưởng các thôn", "Tổ
trưởng tổ dân phố", "Trưởng Công an xã") snaps where legacy OCR garbled it and the channel allows its syllables.

Why: the language model learnt from legal, Wikipedia and news text, where "trường" (a school), "trung" and "thần
tượng" (an idol) are common and a village's head rare. Legacy OCR writes "Trưởng" as "Truong", "Trudng", "Truéng",
"Trung" (the ưở lost) and "Thôn" as "Thén": the model then read "Trường các thôn", "Trung các thôn", "Thần tượng các
thôn" — a task's owner lost from a commune plan's last heading (the gold sets' legacy forms: 45 "Trưởng các thôn" of
60 restored wrong, a50-05's "2. Thôn trưởng các thôn" read "2. Thần tượng các thôn"). A title named with what it
heads ("các thôn", "tổ dân phố", "Công an xã") is no other phrase of the language, so where every word of such a
phrase (:data:`TITLES`, from ``lexicon/office_titles.tsv``) has the phrase's syllable among its channel readings
(``word_cands``), written with only white space between, all its words snap as known names do (:func:`.names.snap_names`;
the pass writes them in the case printed). Titles of two syllables alone stay the model's (see the data's head).
"""

from __future__ import annotations

from functools import lru_cache

from vanban.text import fold, normalize_tones

from . import lexicon

__all__ = ["TITLES", "title_snaps", "titles"]

TITLES = lexicon.LEXICON_DIR / "office_titles.tsv"


@lru_cache(maxsize=1)
def titles() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The first letter of a title's first syllable, folded → the titles (their syllables, lower case, tones
    normalised) it may begin, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for line in TITLES.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            syls = tuple(normalize_tones(line.lower()).split())
            out.setdefault(fold(syls[0])[0], []).append(syls)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def title_snaps(text: str, toks, word_cands: dict) -> dict[int, str]:
    """Token index → the syllable of a title (:func:`titles`) whose words are consecutive word tokens with only white
    space between (a line break too: a table's cell and a long list line wrap inside a title, "| Trung\\ncac thon, khu
    dan cư |", a45-05) and each have that syllable among its candidates (``word_cands``: token index →
    (candidates, ids, costs))."""
    table = titles()
    out: dict[int, str] = {}
    forms: dict[int, frozenset[str]] = {}

    def readings(i: int) -> frozenset[str]:
        if i not in forms:
            forms[i] = frozenset(c.form.lower() for c in word_cands[i][0]) if i in word_cands else frozenset()
        return forms[i]

    n = len(toks)
    i = 0
    while i < n:
        tok = toks[i]
        heads = table.get(fold(tok.text[:1].lower())) if tok.kind == "word" and i in word_cands else None
        hit = 0
        for syls in heads or ():
            k = len(syls)
            if i + k > n or any(toks[i + j].kind != "word" for j in range(k)):
                continue
            if any(text[toks[i + j - 1].end:toks[i + j].start].strip() for j in range(1, k)):
                continue
            if all(syls[j] in readings(i + j) for j in range(k)):
                for j in range(k):
                    out[i + j] = syls[j]
                hit = k
                break
        i += hit or 1
    return out
