"""A person's name after "Đồng chí": its first syllable is a family name, its second a middle name.

Why: a Thông báo phân công names each member ("4. Đồng chí Đặng Văn Lâm - Đảng ủy viên, …"), and the
checklist gives each member's tasks to that name. Legacy OCR drops the marks, and the language model reads a
capitalised syllable by its commonest word: "Dang Van Lam" came out "Đang Văn Lâm", "Vu Thi Hanh" "Và Thi
Hành", "Do Minh Tuan" "Do Minh Tuấn", "To Van Nghia" "Tổ Văn Nghĩa", "Ly Van Son" "Lý Vân Sơn" (tune21
t21-05's legacy form): the member's obligation went to a name the document does not hold. Right after
"Đồng chí", a capitalised word before another capitalised word is a family name, and Vietnamese family names are
few; where its letters spell one of :data:`FAMILY_NAMES` (one name per diacritic-free spelling), or its readings
hold exactly one of them or exactly one's spelling ("T6" for Tô, "Dé" for Đỗ), it snaps as known names do (:func:`.names.snap_names`), and the middle name after it likewise (:data:`MIDDLE_NAMES`: "Văn", "Thị").
The given name is left to the model.
"""

from __future__ import annotations

import re

from vanban.family_names import FAMILY_NAMES as ALL_FAMILY_NAMES, by_spelling

from .candidates import fold

__all__ = ["FAMILY_NAMES", "MIDDLE_NAMES", "name_snaps"]

#: diacritic-free spelling → the family name, for the family names whose spelling no other one shares (the one list:
#: :data:`vanban.family_names.FAMILY_NAMES`; "doan", Đoàn or Doãn, snaps to neither)
FAMILY_NAMES = by_spelling()
#: diacritic-free spelling → the middle name
MIDDLE_NAMES = {"van": "văn", "thi": "thị"}
_FORMS = frozenset(ALL_FAMILY_NAMES)  # a reading that is one of them
_TRIGGER = ("dong", "chi")


def _word(tok) -> bool:
    return tok.kind == "word" and tok.text[:1].isupper()


def _family(tok, cands) -> str | None:
    """The family name ``tok`` spells (marks aside), else the one family name among its readings (``cands``: its
    candidates; "Dé" → đỗ, "T6" → tô), else None."""
    form = FAMILY_NAMES.get(fold(tok.text.lower()))
    if form is not None:
        return form
    found = {c.form.lower() for c in cands} & _FORMS
    if not found:  # a family name past the candidates' cut: its spelling among theirs ("Dé": đó, độ … → Đỗ)
        found = {FAMILY_NAMES[k] for k in {fold(c.form.lower()) for c in cands} if k in FAMILY_NAMES}
    return found.pop() if len(found) == 1 else None


def name_snaps(text: str, toks, word_cands: dict | None = None) -> dict[int, str]:
    """Token index → the family or middle name's form, for "Đồng chí X Y …" (X, Y capitalised words, only blanks
    between them). ``word_cands``: token index → (candidates, ids, costs) of its word."""
    out: dict[int, str] = {}
    for i in range(len(toks) - 3):
        a, b = toks[i], toks[i + 1]
        if a.kind != "word" or b.kind != "word" or (fold(a.text.lower()), fold(b.text.lower())) != _TRIGGER:
            continue
        fam, nxt = toks[i + 2], toks[i + 3]
        if not (_word(fam) and _word(nxt)) or text[b.end:fam.start].strip() or text[fam.end:nxt.start].strip():
            continue
        form = _family(fam, (word_cands or {}).get(i + 2, ((),))[0])
        if form is None:
            continue
        out[i + 2] = form
        if i + 4 < len(toks) and _word(toks[i + 4]) and not text[nxt.end:toks[i + 4].start].strip():
            mid = MIDDLE_NAMES.get(fold(nxt.text.lower()))
            if mid is not None:
                out[i + 3] = mid
    out.update(_member_snaps(text, toks, word_cands))
    return out


#: (ocr45b) a member's honorific opening a list item, folded → its form ("- Ba Dang Thi Hong, Chủ tịch …" is "Bà")
HONORIFICS = {"ba": "bà", "ong": "ông"}
#: the item's marks before it: a dash or plus, or the item's number ("3.", "3)")
_ITEM_LEAD_RE = re.compile(r"[ \t]*(?:[-+•*]|\d{1,2}[.)])[ \t]+$")
#: capitalised words of a person's name after the family name, at most (the middle and given names)
_NAME_WORDS_MAX = 3


def _member_snaps(text: str, toks, word_cands: dict | None) -> dict[int, str]:
    """(ocr45b) Token index → the honorific, family and middle name's forms for a list item "- Ông/Bà X Y …, <post>"
    (a Quyết định thành lập's members). Why: eng OCR writes "Bà" as "Ba", and the model, with no mark to go by, kept
    "Ba" and read the family name after it by its commonest word ("Ba Đảng Thị Hồng", "Đề Minh Khang": t44-09's
    legacy form): the item no longer read as a member, and the list's head "Các Ủy viên:" became a body charged
    with a task. At an item's start, a capitalised honorific's letters before a family name, one to three more
    capitalised words and the comma closing the name (the post follows) are the member's: "Ba Đình, Hà Nội" (a
    place) has no name words before its comma."""
    out: dict[int, str] = {}
    for i in range(len(toks) - 3):
        h = toks[i]
        if h.kind != "word" or not h.text[:1].isupper() or (hon := HONORIFICS.get(fold(h.text.lower()))) is None:
            continue
        if not _ITEM_LEAD_RE.fullmatch(text, text.rfind("\n", 0, h.start) + 1, h.start):
            continue
        j = i + 1
        while j < len(toks) and j - i <= _NAME_WORDS_MAX + 1 and _word(toks[j]) \
                and not text[toks[j - 1].end:toks[j].start].strip(" \t"):
            j += 1
        if j - i < 3 or j >= len(toks) or toks[j].text != "," or text[toks[j - 1].end:toks[j].start].strip():
            continue
        form = _family(toks[i + 1], (word_cands or {}).get(i + 1, ((),))[0])
        if form is None:
            continue
        out[i], out[i + 1] = hon, form
        mid = MIDDLE_NAMES.get(fold(toks[i + 2].text.lower()))
        if mid is not None and j - i > 3:
            out[i + 2] = mid
    return out
