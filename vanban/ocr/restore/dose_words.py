"""A vaccine's dose "liều" that legacy OCR wrote "lieu" / "liéu" / "liu" stays the dose, never "liệu" (data, material).

Why: Tesseract ``-l eng`` writes "liều" as "liéu" or "lieu" (its ê and grave read as one acute, or lost) and now and then
as "liu" (the ê left no glyph); the language model knows "số liệu", "tài liệu", "vật liệu" far better than a commune's
vaccination plan, and wrote "Số liệu vắc xin dự kiến", "nộp 15.000 đồng/liệu", "Vắc xin dại (liu)": a44-05's and
t44-05's legacy forms (the quota of doses by thôn, in the column so headed, and the fee per dose) lost every dose's
unit. The gold sets write it so in seven documents (a33-04, a43-01, a44-05, t23-09, t29-03, t33-04, t44-05: "Số liều
vắc xin", "(liều)", "đồng/liều", "01 liều vắc xin"). Three places leave no other reading:

* before "vắc xin" / "vaccine" (only blanks between): "liều vắc xin", never "liệu vắc xin";
* after a price's "đồng/" (a figure, its currency, a slash): a fee per dose ("3.000 đồng/liều"); "đồng/liệu" is no
  unit;
* alone in parentheses, after a column's name ("Vắc xin LMLM (liều)"): what the column counts.

There the word snaps as known names do (:func:`.names.snap_names`), in the case written.
"""

from __future__ import annotations

import re

from vanban.text import fold

from .tokens import WordIndex

__all__ = ["DOSE_FORMS", "dose_snaps"]

#: the dose as eng OCR writes it, folded → "liều"
DOSE_FORMS = {"lieu": "liều", "liu": "liều"}
#: what follows the dose in "liều vắc xin" (folded, lower case, after blanks)
_VACCINE_AFTER = re.compile(r"[ \t]+(?:vac[ \t]*xin|vaccin)", re.I)
#: a price right before the dose: a figure, its currency as OCR wrote it ("đồng", "déng", "d6ng", "đ") and a slash
_PER_PRICE_BEFORE = re.compile(r"\d[ \t]*[^\W\d_][^\s/]{0,4}[ \t]*/[ \t]*$")


def dose_snaps(text: str, toks, words: WordIndex | None = None) -> dict[int, str]:
    """Token index → "liều", for a word folding to :data:`DOSE_FORMS` before "vắc xin", after a price's "đồng/", or
    alone in parentheses. ``words``: the text's :class:`.tokens.WordIndex` (made here if not given)."""
    words = words if words is not None else WordIndex(toks)
    out: dict[int, str] = {}
    for r in words.ranks(DOSE_FORMS):
        i = words.tok[r]
        t = toks[i]
        after = text[t.end:t.end + 16]
        if (_VACCINE_AFTER.match(fold(after)) or _PER_PRICE_BEFORE.search(text[max(0, t.start - 10):t.start])
                or (text[t.start - 1:t.start] == "(" and text[t.end:t.end + 1] == ")")):
            out[i] = DOSE_FORMS[words.folded[r]]
    return out
