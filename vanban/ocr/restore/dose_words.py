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

(ddl50) A dose's count "mũi" ("mũi 4", "tiêm đủ 02 mũi", "từ 2 mũi trở lên") eng OCR writes "mii" (its ũ read as an "i",
as "Vũ" becomes "Vii"); "mii" is no syllable, and the model kept it as an unknown word or read "mũ" (a48-03's legacy
form: "uốn ván từ 2 mii trở lên", "Nhật Bản mii 1, mii 2, mii 3", "tiêm chưa đủ mũ"; t48-03's "DPT mù 4"), so a rate's
scope read "mii" as a unit of its own. Eng OCR writes a helmet's "mũ" alike ("đội mii bảo hiểm", a44-02, a48-04, t44-02,
t48-04), so only a "mii" with a vaccination word near it ("tiêm", "vắc xin": :data:`_SHOT_NEAR`, the 80 characters
before or 30 after) and no "bảo hiểm" after it is the dose's count.
"""

from __future__ import annotations

import re

from vanban.text import fold

from .tokens import WordIndex

__all__ = ["DOSE_FORMS", "SHOT_FORMS", "dose_snaps", "shot_snaps"]

#: the dose as eng OCR writes it, folded → "liều"
DOSE_FORMS = {"lieu": "liều", "liu": "liều"}
#: the count of doses as eng OCR writes it (lower case) → "mũi"
SHOT_FORMS = {"mii": "mũi"}
#: a vaccination word near the count (folded, lower case): "tiêm", "vắc xin" / "vaccine"
_SHOT_NEAR = re.compile(r"(?<![a-z])(?:tiem|vac[ \t]*xin|vaccin)")
#: a helmet's "mũ bảo hiểm" after the word (folded, lower case)
_HELMET_AFTER = re.compile(r"[ \t]+bao[ \t]+hiem")
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


def shot_snaps(text: str, toks, words: WordIndex | None = None) -> dict[int, str]:
    """Token index → "mũi", for a "mii" with a vaccination word near it and no "bảo hiểm" after it. Sure, not a
    bonus (the decoder takes it alone, as a report form's "Biểu"): "mii" spells no syllable, and the model, which
    scores an unknown word by its place, kept it after a count ("từ 2 mii trở lên") against the bonus."""
    words = words if words is not None else WordIndex(toks)
    out: dict[int, str] = {}
    for r in words.ranks(SHOT_FORMS):
        i = words.tok[r]
        t = toks[i]
        if words.low[r] not in SHOT_FORMS or _HELMET_AFTER.match(fold(text[t.end:t.end + 16]).lower()):
            continue
        near = fold(text[max(0, t.start - 80):t.start] + " " + text[t.end:t.end + 30]).lower()
        if _SHOT_NEAR.search(near):
            out[i] = SHOT_FORMS[words.low[r]]
    return out
