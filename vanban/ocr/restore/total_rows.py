"""A table's total row keeps its label "Cộng": "| | Cong | 4.326 | 612 |" is "Cộng", never "Công".

Why: eng OCR writes the total row's label "Cộng" as "Cong" (its dot and circumflex lost), and alone in its cell, with
figures around it and no word beside it, the language model reads the commoner syllable "Công" (công tác, công an):
every legacy form of the sets whose total rows so print read "Công" (a44-01, a44-06, a45-03, a47-04, a48-10, t44-03,
t44-10, t45-03, t46-01, t47-02), and the row was no longer a total (extraction reads "Cộng" as the sum of the rows
above, not a row of its own: a48-10's vaccine table gave the sum as a dose count of its own). The documents never label
a row "Công": 43 total rows in the gold sets and realdocs are "Cộng", none "Công". So a word that folds to "cong",
alone in a pipe-table cell whose cells before it are blank or a row number (the row's label column) and with a figure
in a cell after it, is "Cộng"; it snaps as known names do (:func:`.names.snap_names`), in the case written. "Tổng cộng"
the model already reads whole.
"""

from __future__ import annotations

import re

from .tokens import WordIndex

__all__ = ["TOTAL_LABELS", "total_snaps"]

#: the total row's label as eng OCR writes it (folded) → the label
TOTAL_LABELS = {"cong": "cộng"}
#: a cell before the label: blank or a row's number (bold marks allowed)
_LEAD_CELL = re.compile(r"[\s*_]*(?:\d{1,3}[.)]?)?[\s*_]*")
#: a figure in a cell after the label
_FIGURE = re.compile(r"\d")


def total_snaps(text: str, toks, words: WordIndex | None = None) -> dict[int, str]:
    """Token index → "cộng", for a word folding to :data:`TOTAL_LABELS` that fills its pipe-table cell alone, the
    cells before it blank or a number and a figure after it on its row. ``words``: the text's
    :class:`.tokens.WordIndex` (made here if not given)."""
    words = words if words is not None else WordIndex(toks)
    out: dict[int, str] = {}
    for r in words.ranks(TOTAL_LABELS):
        i = words.tok[r]
        t = toks[i]
        ls = text.rfind("\n", 0, t.start) + 1
        le = text.find("\n", t.end)
        le = len(text) if le < 0 else le
        left = text.rfind("|", ls, t.start)
        right = text.find("|", t.end, le)
        if left < 0 or right < 0 or text[left + 1:right].strip(" \t*_") != t.text:
            continue
        before = text[ls:left].split("|")  # what stands before the label's cell: the line's lead, then its cells
        if before[0].strip() or not all(_LEAD_CELL.fullmatch(c) for c in before[1:]):
            continue
        if not _FIGURE.search(text, right, le):
            continue
        out[i] = TOTAL_LABELS[words.folded[r]]
    return out
