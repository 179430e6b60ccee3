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
    out.update(_committee_snaps(text, toks, words))
    return out


#: (ocr45) the "ủy" of "Đảng ủy" as eng OCR writes it: "ly", "lly" (the ủ's hook read as an l), "ty" (as in "Tinh ty")
_UY_AS_WRITTEN = frozenset({"ly", "lly", "ty"})
COMMITTEE = ("dang", "ủy")
#: (fixrev45) the words that name a person before a family name, folded: "ông Đặng Lý", "bà Đặng Ty", "đồng chí Đặng …"
_PERSON_BEFORE = frozenset({"ong", "ba", "chi"})


def _committee_snaps(text: str, toks, words: WordIndex) -> dict[int, str]:
    """(ocr45) Token index → "ủy", for a word written "ly", "lly" or "ty" (no mark) right after "Dang" written with
    its capital inside a line (only blanks between): the Party committee "Đảng ủy", whose ủ eng OCR drew as an l or a
    t. Where nothing follows to steer it ("… Nghị quyết năm 2033 của Đảng ly; …", a43-08's legacy form) the model kept
    "ly", and the body named — and the resolution it owns — was lost. A capital "Đ…ang" inside a line is the Party
    (never "đang", "đáng" there), and no syllable of "ly"/"ty" follows it in the language; a line's first word is
    left to the pass ("Đang lý giải …").

    (fixrev45) "Đặng" is also a family name and "Lý", "Ty" given names: a person's name writes its given name with its
    capital ("ông Dang Ly, cán bộ …"), the committee's "ủy" inside a line is lower case, so only a lower-case word
    snaps, and none after "ông", "bà", "đồng chí" (a person is named there, whatever its case)."""
    out: dict[int, str] = {}
    for r in words.ranks(_UY_AS_WRITTEN):
        i = words.tok[r]
        if r < 1 or words.tok[r - 1] != i - 1 or words.folded[r - 1] != COMMITTEE[0] or words.low[r] not in _UY_AS_WRITTEN:
            continue
        if not toks[i].text.islower():
            continue  # "Ly", "Ty": a given name
        if r >= 2 and words.folded[r - 2] in _PERSON_BEFORE and (words.folded[r - 2] != "chi" or (
                r >= 3 and words.folded[r - 3] == "dong")):
            continue  # "ông Dang ly": a person's name
        head = toks[i - 1]
        if not head.text[:1] in "DĐ" or text[head.end:toks[i].start].strip(" \t"):
            continue
        if not text[text.rfind("\n", 0, head.start) + 1:head.start].strip():
            continue  # the line's first word: a sentence may open with "Đang"
        out[i] = COMMITTEE[1]
    return out
