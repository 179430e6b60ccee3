"""A budget's spending line keeps its "Chi": "- Chi dau tu phat trién: 24.180 triéu dong" is "Chi đầu tư phát triển:
24.180 triệu đồng" (a spending head), never "Chủ đầu tư phát triển" (an investor).

Why: a council's budget resolution lists its spending by head, each on a line of its own with the amount after a colon
("- Chi đầu tư phát triển: …", "- Chi thường xuyên: …", "- Chi trả nợ lãi: …"). Tesseract ``-l eng`` prints "Chi" as
written, but after it "đầu tư" the language model prefers the commoner "Chủ đầu tư" (the investor of a project), so
a43-05's legacy form turned its spending head into a body, read as one assigned tasks. A body named "Chủ đầu tư" opens
a line with a name after its colon ("Chủ đầu tư: UBND xã"), never an amount; a line that opens with the word written
"Chi" (its capital, no mark) and carries an amount after its colon is a spending head. The word snaps as known names do
(:func:`.names.snap_names`).
"""

from __future__ import annotations

import re

from vanban.text import fold

from .tokens import WordIndex

__all__ = ["SPENDING_HEAD", "budget_snaps"]

#: the word as eng OCR writes it (lower case, no mark) → the spending head's word
SPENDING_HEAD = {"chi": "chi"}
#: what may stand before it on its line: blanks, a bullet, an item's letter or number ("a)", "2.", "-")
_OPENER_RE = re.compile(r"[ \t]*(?:[-+•*–][ \t]*|(?:[a-zđ]|\d{1,2})[.)][ \t]*)?")
#: the rest of the line, folded: words of the head, a colon, then a sum of money (a figure and its unit: "24.180
#: triệu đồng", "3,5 tỷ đồng", "850 nghìn đồng", "12.000.000 đồng"); a rate or a count after the colon ("Chỉ tiêu 1:
#: 95% số hộ …") is no spending (fixrev45)
_AMOUNT_AFTER_RE = re.compile(r"[^\n:]{3,80}:[ \t]*\d[\d.,]*[ \t]*(?:trieu|ty|nghin|ngan|dong|d)(?![a-z])")
#: the words after "Chi" left to the model, folded: "tiêu" makes "Chỉ tiêu" (a target, whose line may carry a sum
#: too: "Chỉ tiêu thu ngân sách: 5.200 triệu đồng") as well as "Chi tiêu" (spending): the context decides
_NOT_SPENDING_NEXT = frozenset({"tieu"})


def budget_snaps(text: str, toks, words: WordIndex | None = None) -> dict[int, str]:
    """Token index → "chi" (the pass writes it in the case printed), for the word written "Chi" (no mark) opening its line
    (:data:`_OPENER_RE`) where the line carries a sum of money after its colon (:data:`_AMOUNT_AFTER_RE`) and the next
    word is not one that makes it another word (:data:`_NOT_SPENDING_NEXT`: "Chi tieu 1: 95% …" is "Chỉ tiêu")."""
    words = words if words is not None else WordIndex(toks)
    out: dict[int, str] = {}
    for r in words.ranks(SPENDING_HEAD):
        i = words.tok[r]
        tok = toks[i]
        if words.low[r] not in SPENDING_HEAD:
            continue  # printed with a mark ("Chỉ", "Chí"): the pass's to read
        line_start = text.rfind("\n", 0, tok.start) + 1
        if not _OPENER_RE.fullmatch(text, line_start, tok.start):
            continue
        line_end = text.find("\n", tok.end)
        rest = fold(text[tok.end:line_end if line_end >= 0 else len(text)])
        if not _AMOUNT_AFTER_RE.match(rest) or rest.split(None, 1)[0] in _NOT_SPENDING_NEXT:
            continue
        out[i] = SPENDING_HEAD[words.low[r]]  # the model's word (lower case): the pass writes it in the case printed
    return out
