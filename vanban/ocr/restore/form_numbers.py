"""A report form's name before its number: "(Biểu 01, 04)" is a form (biểu mẫu), never "Điều 01".

Why: legacy OCR writes capital Đ as "B" ("BOI TUQNG" for ĐỐI TƯỢNG), so "Biéu 01" may be "Biểu" or "Điều", and the
language model, trained on laws full of "Điều 1", reads the article (a17-10: "dự toán thu, chi ngân sách (Điều
01)"). An article is numbered without a leading zero ("Điều 1", "Điều 12"); a form, an annex, a model is numbered
"01", "02" as its sheet is. So a word read "bieu" once legacy glyphs read as vowels, written with "B", right before
a number with a leading zero, is "Biểu": it snaps as a known name does (:func:`.names.snap_names`).
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from .candidates import fold
from .tokens import WordIndex

__all__ = ["form_snaps"]

#: a form's name (folded) → its form: the words a zero-padded sheet number follows
FORM_NAMES = {"bieu": "biểu"}
#: a sheet's number: a leading zero and one digit more ("01", "04"), not an article's "1", "12"
SHEET_NUMBER = re.compile(r"0\d")
#: glyphs legacy OCR writes for a marked vowel
_LEGACY_VOWELS = str.maketrans({"6": "o", "0": "o", "&": "o", "@": "o"})


def form_snaps(text: str, toks, words: WordIndex | None = None) -> dict[int, str]:
    """Token index → the form's name, for a word written with a capital or small "B" that reads as one of
    :data:`FORM_NAMES` within one edit, right before (only blanks between) a number of :data:`SHEET_NUMBER`.
    ``words``: the text's :class:`.tokens.WordIndex` (made here if not given): only the numbers are looked at."""
    words = words if words is not None else WordIndex(toks)
    out: dict[int, str] = {}
    for j in words.numbers:
        if not j:
            continue
        i = j - 1
        tok, nxt = toks[i], toks[j]
        if tok.kind != "word" or not SHEET_NUMBER.fullmatch(nxt.text) or text[tok.end:nxt.start].strip():
            continue
        low = fold(tok.text.lower()).translate(_LEGACY_VOWELS)
        for name, form in FORM_NAMES.items():
            if low[:1] == name[0] and Levenshtein.distance(low, name) <= 1:
                out[i] = form
    return out
