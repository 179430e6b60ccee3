"""A department's own office, "Văn phòng Sở": a capital "S" word after "Văn phòng" whose readings include "Sở" is the
department ("Van phong S&" is "Văn phòng Sở", never "Văn phòng Số").

Why: legacy OCR garbles the ở of "Sở" into "S&", "Sd", "Sé" (the same glyphs as the ố of "Số"), and where the name
stands alone in a table's cell (a department's letter assigning its units: "Văn phòng Sở" under "Đơn vị chủ trì") the
language model had no word after it and took "Số", the commoner capitalised syllable of the key: a31-06's legacy form
lost the office as the body of two rows, which went to the cell before. "Văn phòng" names an office of a body, and the
body after it, capitalised, is "Sở" where the page's Sở is meant (a number after it — "Văn phòng số 2" — keeps the
model's reading). It snaps as known names do (:func:`.names.snap_names`; the other readings stay alternatives).
"""

from __future__ import annotations

from .tokens import WordIndex

__all__ = ["OFFICE", "office_snaps"]

OFFICE = ("van", "phong")  # folded
BODY = "sở"


def office_snaps(text: str, toks, word_cands: dict, words: WordIndex) -> dict[int, str]:
    """Token index → "sở", for a capitalised word right after "Văn phòng" (only blanks between; folded as written)
    whose candidates (``word_cands``: token index → (candidates, ids, costs)) include "sở", and no number after it on its
    line."""
    out: dict[int, str] = {}
    folded, tok_of = words.folded, words.tok
    for r in words.ranks(OFFICE[1:]):
        if r < 1 or r + 1 >= len(folded) or folded[r - 1] != OFFICE[0]:
            continue
        i, j = tok_of[r], tok_of[r + 1]
        if tok_of[r - 1] != i - 1 or j != i + 1 or not toks[j].text[:1] == "S":
            continue
        if text[toks[i - 1].end:toks[i].start].strip() or text[toks[i].end:toks[j].start].strip():
            continue
        if j + 1 < len(toks) and toks[j + 1].kind == "number" and not text[toks[j].end:toks[j + 1].start].strip(" \t"):
            continue  # (on the same line: a table's next row number below the cell is no office's number)
        if j in word_cands and any(c.form.lower() == BODY for c in word_cands[j][0]):
            out[j] = BODY
    return out
