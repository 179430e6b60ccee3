"""Marked vocabulary forms that are no single valid syllable, by their diacritic-free key.

Text that only lost its marks writes them as bare letters: words written joined ("oto" for
ôtô, "kilomet" for kilômét), abbreviations with a Đ ("DH" for ĐH, "HDXX" for HĐXX, "VDV"
for VĐV) and syllables the phonotactic test of :func:`.lexicon.is_vietnamese_syllable`
leaves out of the valid inventory ("Quynh" for Quỳnh, "Krong" for Krông, "Dak" for Đắk).
None of them spells a valid key, so clean text kept them as written; the model's vocabulary
holds their marked forms, and the decoder offers those as candidates
(:meth:`.decode.Restorer._clean_joined`). Apart from :mod:`.candidates` on purpose: the
candidate table is fingerprinted by that module's source.
"""

from __future__ import annotations

from .candidates import fold


class JoinedForms:
    """key → [(form, LM id)] of the model's marked non-syllable tokens, commonest first.

    Built on first use (one pass over the vocabulary, a few milliseconds): most texts
    never ask, and the model's load stays as it was."""

    def __init__(self, lm):
        self.lm = lm
        self._by_key: dict[str, list[tuple[str, int]]] | None = None

    def __call__(self, key: str) -> list[tuple[str, int]]:
        by_key = self._by_key
        if by_key is None:
            by_key = self._by_key = self._build()
        return by_key.get(key, [])

    def _build(self) -> dict[str, list[tuple[str, int]]]:
        words, valid, freq = self.lm.words, self.lm.valid, self.lm.uni_freq
        found: dict[str, list[tuple[float, str, int]]] = {}
        for i, w in enumerate(words):
            if not w.isascii() and w.isalpha() and not valid[i]:
                found.setdefault(fold(w), []).append((-float(freq[i]), w, i))
        return {k: [(w, i) for _, w, i in sorted(v)] for k, v in found.items()}
