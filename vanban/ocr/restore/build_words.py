"""The verb "xây" whose â left no glyph in legacy OCR ("xy") stays "xây" before "mới" / "dựng": "Hỗ trợ xy méi 05 nhà
ở" is "Hỗ trợ xây mới 05 nhà ở", never "xử mới" / "xử mái".

Why: Tesseract ``-l eng`` now and then prints no glyph at all for a hatted vowel ("xây" → "xy"), and the channel's
("y", "u") rule reads "xy" as "xu", so the language model wrote "xử" and then the commoner "mái" after it: a47-04's and
t47-04's legacy forms (a xã's plan of poverty reduction: "Hỗ trợ xây mới 05 nhà ở cho hộ nghèo", "… 06 căn nhà") lost
the houses to build, a target each. "xy" is no Vietnamese syllable; before the second syllable of "xây mới" or "xây
dựng" as legacy OCR prints it (its consonants in place, its vowels as written or as the glyphs OCR writes for marked
vowels: "méi", "mdi", "dyng"), the pair is that verb: both syllables snap as known names do
(:func:`.names.snap_names`), in the case written. Data: :data:`BUILD_PAIRS`.
"""

from __future__ import annotations

from vanban.text import fold

from .tokens import WordIndex

__all__ = ["BUILD_PAIRS", "build_snaps"]

#: the first syllable as legacy OCR writes it with its vowel group lost (lower case) → (the second syllable, folded →
#: the pair's syllables)
BUILD_PAIRS = {"xy": {"moi": ("xây", "mới"), "dung": ("xây", "dựng")}}
_VOWELS = frozenset("aeiouy")
#: glyphs legacy OCR writes for a marked vowel after a syllable's initial ("mdi" for mới, "m6i", "m@i")
_VOWEL_GLYPHS = frozenset("dq60@&¢€")


def _skeleton(word: str) -> str:
    """The consonants of ``word`` after its first letter, vowels and legacy vowel glyphs dropped, its first kept."""
    low = fold(word.lower())
    return low[:1] + "".join(c for c in low[1:] if c not in _VOWELS and c not in _VOWEL_GLYPHS)


def build_snaps(text: str, toks, words: WordIndex | None = None) -> dict[int, str]:
    """Token index → the syllable of a pair of :data:`BUILD_PAIRS`, for its first syllable written so, right before
    (only blanks between) a word whose consonants are the second syllable's, as long or one letter longer or shorter.
    ``words``: the text's :class:`.tokens.WordIndex` (made here if not given)."""
    words = words if words is not None else WordIndex(toks)
    out: dict[int, str] = {}
    for r in words.ranks(BUILD_PAIRS):
        i = words.tok[r]
        if words.low[r] not in BUILD_PAIRS or r + 1 >= len(words.tok) or words.tok[r + 1] != i + 1:
            continue
        a, b = toks[i], toks[i + 1]
        if text[a.end:b.start].strip(" \t") or a.text.isupper():
            continue  # (in capitals, "XY" is a code or a name's initials, no verb)
        for second, pair in BUILD_PAIRS[words.low[r]].items():
            if _skeleton(b.text) == _skeleton(second) and abs(len(b.text) - len(second)) <= 1:
                out[i], out[i + 1] = pair
                break
    return out
