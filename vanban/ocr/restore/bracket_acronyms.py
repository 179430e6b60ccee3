"""An acronym given in brackets after the words it stands for: "chỉ số Breteau (BI)", "nhà có lăng quăng (HI)",
"chỉ số véc tơ (BI, HI)": letters as printed, not a syllable.

Why: a two-letter acronym in capitals ("BI", "HI", "AI", "CI") is also the shape of a syllable without its marks, and
the brackets cut the language model's context, so restoration read legacy OCR's "(BI)" as "(BỈ)" on one line and kept
"(HI)" on the next (a34-09): extraction then read no "chỉ số BI" target. An acronym in brackets right after a word in
small letters (prose naming what it abbreviates, not a heading in capitals where "(CŨ)" is a word), alone or in a list
of such, snaps to its letters as written (:func:`.names.snap_names`' bonus; other readings stay as alternatives),
and so do the page's other uses of those letters ("(BI từ 24 đến 35)").
"""

from __future__ import annotations

import re

__all__ = ["acronym_snaps"]

#: an acronym's letters in capitals, ASCII (eng OCR prints no marks on them)
_ACRONYM_RE = re.compile(r"[A-Z]{2,3}")
#: words a name takes in brackets, printed in capitals after a name in title case ("xã Tân Hòa (CŨ)", "(MỚI)"): words
BRACKET_WORDS = frozenset({"CU", "MOI"})


def acronym_snaps(text: str, toks) -> dict[int, str]:
    """Token index → the acronym's letters (small, as the language model lists them), for each token of a bracket
    that holds acronyms only (:data:`_ACRONYM_RE`, commas between) right after a word with a small letter, and for
    the page's other tokens spelt as one of them."""
    out: dict[int, str] = {}
    n = len(toks)
    for k in range(1, n - 2):
        if toks[k].text != "(" or toks[k - 1].kind != "word" or not any(c.islower() for c in toks[k - 1].text):
            continue
        inside: list[int] = []
        j = k + 1
        while j < n and toks[j].kind == "word" and _ACRONYM_RE.fullmatch(toks[j].text) and toks[j].text not in BRACKET_WORDS:
            inside.append(j)
            j += 1
            if j + 1 < n and toks[j].text == ",":
                j += 1  # "(BI, HI)": the next acronym
            else:
                break
        if inside and j == inside[-1] + 1 and j < n and toks[j].text.startswith(")"):
            out.update((i, toks[i].text.lower()) for i in inside)
    # the page's other uses of an acronym it defined ("(BI từ 24 đến 35)"): the same letters
    defined = {toks[i].text for i in out}
    if defined:
        out.update((i, t.text.lower()) for i, t in enumerate(toks) if t.kind == "word" and t.text in defined)
    return out
