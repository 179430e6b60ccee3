"""A plan's prohibition "không để …" whose "để" legacy OCR left as "dé": "- Khong dé co sé nha, dat bé tréng qua 06
thang" is "Không để cơ sở nhà, đất bỏ trống quá 06 tháng", never "Không do cơ sở".

Why: Tesseract ``-l eng`` prints "để" as "dé" (its é stands for ê, ể, ố, ộ, ơ … alike), and the key's readings "do",
"dễ", "để" are near in price; the language model then follows the noun after it: "do cơ sở" (caused by a unit) is
a commoner trigram than "để cơ sở", so a32-10's goal line "Không để cơ sở nhà, đất bỏ trống quá 06 tháng" came out
"Không do cơ sở …" and its target lost its wording. A plan states what must not happen as "Không để ‹việc› ‹xảy
ra›": where "không" opens a line, a list item or a sentence and the next word spells the key "de", or where any
"không" stands before "de" and a verb of that phrase follows ("xảy ra", "lãng phí", "tồn đọng", "phát sinh" …),
the word is "để" ("không dễ dàng", "không dễ phát hiện" keep the adjective: "dàng" and a verb outside the list
leave the pair to the model). It snaps as known names do (:func:`.names.snap_names`).
"""

from __future__ import annotations

from .tokens import WordIndex

__all__ = ["FORBID", "forbid_snaps"]

FORBID = "để"
#: the negation before it, folded
_KHONG = frozenset({"khong"})
#: what the pair's second word folds to as legacy OCR leaves it ("dé", "de", "dê")
_DE = "de"
#: folded verbs (one syllable, or two) that follow "không để" in plans: what must not happen
VERBS_AFTER = frozenset({
    ("xay",), ("lang",), ("that",), ("ton",), ("keo",), ("lot",), ("sot",), ("dien",), ("bung",), ("tai", "dien"),
    ("phat", "sinh"), ("bo", "sot"), ("bo", "trong"), ("bo", "lo"), ("anh", "huong"), ("xuat", "hien"),
})
#: the folded word after "không de" that makes the key the adjective "dễ": "không dễ dàng"
_NOT_BEFORE = frozenset({"dang"})
#: what may stand between a line's start and its "Không": blanks and a list's bullet
_OPENERS = frozenset("-+*•–")
#: a sentence's end before "Không" on the same line
_SENTENCE_ENDS = frozenset(".;:!?")


def _opens(text: str, start: int) -> bool:
    """The word at ``start`` opens its line (after blanks and a bullet) or a sentence."""
    before = text[text.rfind("\n", 0, start) + 1:start].rstrip()
    return not before.strip("".join(_OPENERS) + " \t") or before[-1] in _SENTENCE_ENDS


def forbid_snaps(text: str, toks, words: WordIndex | None = None) -> dict[int, str]:
    """Token index → "để", for a word folding to "de" right after "không" (only blanks between) where the pair opens
    a line or sentence, or a verb of :data:`VERBS_AFTER` follows it (see the module's docstring)."""
    words = words if words is not None else WordIndex(toks)
    out: dict[int, str] = {}
    folded, tok_of = words.folded, words.tok
    for r in words.ranks(_KHONG):
        if r + 1 >= len(folded) or folded[r + 1] != _DE:
            continue
        i, j = tok_of[r], tok_of[r + 1]
        if j != i + 1 or text[toks[i].end:toks[j].start].strip():
            continue
        after = tuple(folded[r + 2:r + 4]) if r + 2 < len(folded) and tok_of[r + 2] == j + 1 else ()
        if after[:1] and after[0] in _NOT_BEFORE:
            continue
        if _opens(text, toks[i].start) or after[:1] in VERBS_AFTER or after[:2] in VERBS_AFTER:
            out[j] = FORBID
    return out
