"""A stock pair of words written with a comma between: "ít nhất 02 tin, bài/tháng" is news items and articles, never
"tín, bãi" nor "tấn, bãi".

Why: a comma ends the language model's context, so neither word of "tin, bài" sees the other: after a count "tin" was
read "tín" or "tấn" (the <num> before it says nothing of a unit) and a lone "bai" before "/tháng" "bãi". The media
targets of propaganda plans lost their unit so (legacy forms of a17-01 "mỗi quý có ít nhất 02 tin, bài", a17-07 "đăng,
phát ít nhất 02 tin, bài/tháng", t17-04 "không ít hơn 04 tin, bài/tháng"). The pair is a fixed phrase of plans and
reports on press and propaganda work: where its two keys stand with a comma (and blanks) between, both syllables snap
as known names do (:func:`.names.snap_names`). Data: :data:`COMMA_PAIRS`, by the folded syllables.
"""

from __future__ import annotations

from .tokens import WordIndex

__all__ = ["COMMA_PAIRS", "comma_pair_snaps"]

#: folded (first, second) words of a stock pair written "first, second" → their forms
COMMA_PAIRS = {("tin", "bai"): ("tin", "bài")}
_FIRSTS = frozenset(first for first, _ in COMMA_PAIRS)


def comma_pair_snaps(text: str, toks, words: WordIndex | None = None) -> dict[int, str]:
    """Token index → the pair's syllable, for two words whose folded forms are a pair of :data:`COMMA_PAIRS` with only
    a comma and blanks between them. ``words``: the text's :class:`.tokens.WordIndex` (made here if not given)."""
    words = words if words is not None else WordIndex(toks)
    out: dict[int, str] = {}
    folded, tok_of = words.folded, words.tok
    for r in words.ranks(_FIRSTS):
        if r + 1 >= len(folded):
            break
        forms = COMMA_PAIRS.get((folded[r], folded[r + 1]))
        i, j = tok_of[r], tok_of[r + 1]
        if forms is None or j != i + 2 or toks[i + 1].text != "," or text[toks[i].end:toks[j].start].strip() != ",":
            continue
        out[i], out[j] = forms
    return out
