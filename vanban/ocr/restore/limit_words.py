"""A target's limit word whose vowels legacy OCR dropped: "ti thiéu 95%" is "tối thiểu 95%", never "tỉ thiếu"; so is
its aim word: "Phan du c6 tir 60" is "Phấn đấu có từ 60", never "Phần dư có" (:data:`AIM_WORDS`).

Why: Tesseract ``-l eng`` loses a marked vowel group now and then ("ti" for "tối": the ố left no glyph), and no
candidate of "ti" is "tối", so t18-08's "đạt tối thiểu 95%" came out "đạt tỉ thiếu 95%" and the target lost its
minimum. The limit words of targets are few and fixed ("tối thiểu", "tối đa"); where a token is the first syllable
with vowels dropped (its letters a part of the syllable's, in order, same initial) right before the second syllable as
written, the pair is that limit: both syllables snap as known names do (:func:`.names.snap_names`).
"""

from __future__ import annotations

from .candidates import fold
from .tokens import WordIndex

__all__ = ["AIM_WORDS", "LIMIT_WORDS", "limit_snaps"]

#: folded syllables of a limit word → its syllables
LIMIT_WORDS = {("toi", "thieu"): ("tối", "thiểu"), ("toi", "da"): ("tối", "đa")}
_BY_SECOND = {second: (first, forms) for (first, second), forms in LIMIT_WORDS.items()}
#: … and a target's aim word whose SECOND syllable lost its vowels: "Phan du c6 tir 60 d¢én 70 mo hinh" is "Phấn đấu có
#: từ 60 đến 70 mô hình", never "Phần dư có" (the remainder; seed 003's legacy OCR, a newcomer of session 22): folded
#: first syllable as written → (the second's folded syllable, both syllables)
#: (ocr40) … and the minimum "ít nhất" whose "nhất" lost its ấ ("nht"), its "ít" read as written or as "ft" (the í
#: drawn as an f: "ft nhat 01" is frequent in the sets' eng OCR): "tổ chức ft nht 02 buổi" came out "u nht 02 buổi" and
#: the target lost its minimum (a38-09 legacy)
AIM_WORDS = {"phan": ("dau", ("phấn", "đấu")), "it": ("nhat", ("ít", "nhất")), "ft": ("nhat", ("ít", "nhất"))}
#: the folded words after the pair that keep it the noun it reads as: "phần dư nợ" (a loan's balance)
_AIM_NOT_BEFORE = frozenset({"no"})
_VOWELS = frozenset("aeiouy")
#: the first syllables' initials and length: a token that cannot be one is not folded
_INITIALS = frozenset(first[0] for first, _ in LIMIT_WORDS) | frozenset(first[0].upper() for first, _ in LIMIT_WORDS)
_LONGEST = max(len(first) for first, _ in LIMIT_WORDS)


def _vowels_dropped(raw: str, syllable: str) -> bool:
    """``raw`` is ``syllable`` with one or more vowels left out: same initial and consonants, its letters in order."""
    if not raw or len(raw) >= len(syllable) or raw[0] != syllable[0]:
        return False
    it = iter(syllable)
    if not all(c in it for c in raw):  # a subsequence
        return False
    return [c for c in raw if c not in _VOWELS] == [c for c in syllable if c not in _VOWELS]


def limit_snaps(text: str, toks, words: WordIndex | None = None) -> dict[int, str]:
    """Token index → the limit word's syllable, for a word that is a limit's first syllable with vowels dropped right
    before (only blanks between) its second syllable as written (marks aside). ``words``: the text's
    :class:`.tokens.WordIndex` (made here if not given): only the second syllables' places are looked at."""
    words = words if words is not None else WordIndex(toks)
    out: dict[int, str] = {}
    for r in words.ranks(_BY_SECOND):
        i = words.tok[r] - 1
        if i < 0:
            continue
        tok, nxt = toks[i], toks[i + 1]
        if tok.text[:1] not in _INITIALS or len(tok.text) >= _LONGEST:
            continue
        if tok.kind != "word" or text[tok.end:nxt.start].strip():
            continue
        hit = _BY_SECOND[words.folded[r]]
        if _vowels_dropped(fold(tok.text.lower()), hit[0]):
            out[i], out[i + 1] = hit[1]
    for r in words.ranks(AIM_WORDS):
        if r + 1 >= len(words.tok) or words.tok[r + 1] != words.tok[r] + 1:
            continue
        i = words.tok[r]
        second, forms = AIM_WORDS[words.folded[r]]
        if text[toks[i].end:toks[i + 1].start].strip() or not _vowels_dropped(words.folded[r + 1], second):
            continue
        if r + 2 < len(words.folded) and words.folded[r + 2] in _AIM_NOT_BEFORE:
            continue
        out[i], out[i + 1] = forms
    return out
