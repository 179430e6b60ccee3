"""A body's act right after its name: "được Huyện ủy công nhận", never "công nhân" (workers).

Why: text that lost its marks ("Phan dau co tu 03 mo hinh tro len duoc Huyen uy cong nhan", the final newcomer of
session 17's 06_KH_no_diacritics.txt) was read "công nhân", the commoner word; after "được" or a body's last word
(a Party committee's "ủy", "UBND", a unit's level "huyện", "tỉnh", "xã", "phường") the same key is the act the body
does: "công nhận" (recognises). A second-pass spot as :func:`.names.pair_spots` gives one: the act's form where the
pass read another. Data: the acts by their two folded syllables, the words before them, the words after that keep
the noun ("công nhân viên", "công nhân lao động").
"""

from __future__ import annotations

from vanban.text import fold

__all__ = ["ACTS", "act_context", "act_spots"]

#: an act's folded syllables → the form of its last syllable
ACTS = {("cong", "nhan"): "nhận"}
#: the folded word right before the act: "được", or the last word of a body's name
BEFORE = frozenset({"duoc", "uy", "ubnd", "hdnd", "huyen", "tinh", "xa", "phuong"})
#: the folded word after the key that makes it the noun ("công nhân viên chức", "công nhân lao động")
NOUN_AFTER = frozenset({"vien", "lao", "ky", "may", "xay", "nganh"})


def act_spots(first, text: str) -> dict[int, str]:
    """Lattice position → the act's form, where a pass read another form of an act's last syllable right after the
    act's first syllable and a word of :data:`BEFORE` (only blanks between). ``first`` as for
    :func:`.names.own_units`: the pass's readings in text order (start, end, form lower-cased, confidence, position)."""
    out: dict[int, str] = {}
    for k in range(2, len(first)):
        before, head, last = first[k - 2], first[k - 1], first[k]
        form = ACTS.get((fold(head[2]), fold(last[2])))
        if form is None or last[4] is None or last[2] == form or fold(before[2]) not in BEFORE:
            continue
        if text[before[1]:head[0]].strip() or text[head[1]:last[0]].strip():
            continue
        if k + 1 < len(first) and fold(first[k + 1][2]) in NOUN_AFTER and not text[last[1]:first[k + 1][0]].strip():
            continue
        out[last[4]] = form
    return out


def act_context(toks) -> bool:
    """Some act's key follows a word of :data:`BEFORE`, as written: the cheap test before a text that only lost its
    marks pays for a second pass."""
    words = [fold(t.text.lower()) for t in toks if t.kind == "word"]
    return any(w0 in BEFORE and (w1, w2) in ACTS for w0, w1, w2 in zip(words, words[1:], words[2:]))
