"""A word whose reading its neighbour settles: a body's act right after its name ("được Huyện ủy công nhận", never
"công nhân" (workers); "Mỗi chi bộ đăng ký …", never "đảng kỳ" (the Party flag)), a model's "mẫu" after the thing it
qualifies ("bài giảng điện tử mẫu", never "màu" (colour)).

Why: text that lost its marks ("Phan dau co tu 03 mo hinh tro len duoc Huyen uy cong nhan", the final newcomer of
session 17's 06_KH_no_diacritics.txt; "Moi chi bo dang ky it nhat 01 mo hinh", "Xay dung 50 bai giang dien tu mau."
of the session-18 newcomer's 07_CV_Dang_uy_xa_khong_dau.txt and 14_KH_So_khong_dau.txt) was read with the commoner
word or the one its right neighbour favours ("đảng kỳ ít", "màu." at a line's end); after the words of :class:`Act`
``before`` the same key is the act or the qualifier. A second-pass spot as :func:`.names.pair_spots` gives one: the
form where the pass read another. Data apart from code: :data:`ACTS` (a rule at run time, not a phrase of
``lexicon/phrases.txt``, which reaches the language model only when it is rebuilt).
"""

from __future__ import annotations

from typing import NamedTuple

from vanban.text import fold

from .tokens import WordIndex

__all__ = ["ACTS", "Act", "act_context", "act_spots"]


class Act(NamedTuple):
    """A key (folded syllables), the forms it takes after ``before`` (None: the syllable as the pass read it), the
    folded words right before it that settle it, and the words right after it that undo the rule (a noun, a colour)."""

    key: tuple[str, ...]
    forms: tuple[str | None, ...]
    before: frozenset[str]
    undone_after: frozenset[str] = frozenset()


#: the last word of a body's or a person's name: "chi bộ", "Đảng ủy", "đảng viên", "đơn vị", "hộ", "cá nhân", "Đoàn"
_BODY_END = frozenset({"bo", "uy", "vien", "vi", "ho", "nhan", "xa", "phuong", "doan", "ubnd"})

ACTS = (
    # "được Huyện ủy công nhận" (not "công nhân viên chức", "công nhân lao động")
    Act(("cong", "nhan"), (None, "nhận"), frozenset({"duoc", "uy", "ubnd", "hdnd", "huyen", "tinh", "xa", "phuong"}),
        frozenset({"vien", "lao", "ky", "may", "xay", "nganh"})),
    # "Mỗi chi bộ đăng ký ít nhất 01 mô hình", "đảng viên đăng ký …" (the flag is hung, "treo đảng kỳ", never after a body)
    Act(("dang", "ky"), ("đăng", "ký"), _BODY_END),
    # "bài giảng điện tử mẫu", "mô hình mẫu", "giáo án mẫu", "văn bản mẫu", "hồ sơ mẫu", "kiểu mẫu" (not "in màu", "màu
    # xanh", "màu sắc": a colour word after it)
    Act(("mau",), ("mẫu",), frozenset({"tu", "giang", "hinh", "an", "ban", "so", "kieu"}),
        frozenset({"sac", "xanh", "do", "vang", "den", "trang", "nau", "tim", "hong"})),
)
_BY_KEY = {a.key: a for a in ACTS}
_LONGEST = max(len(a.key) for a in ACTS)


def act_spots(first, text: str) -> dict[int, str]:
    """Lattice position → the act's form, where a pass read another form of one of an act's syllables right after a
    word of its ``before`` (only blanks between). ``first`` as for :func:`.names.own_units`: the pass's readings in
    text order (start, end, form lower-cased, confidence, position)."""
    out: dict[int, str] = {}
    folded = [fold(x[2]) for x in first]
    for k in range(1, len(first)):
        for n in range(1, _LONGEST + 1):
            act = _BY_KEY.get(tuple(folded[k:k + n]))
            if act is None or folded[k - 1] not in act.before:
                continue
            words = first[k - 1:k + n]
            if any(text[a[1]:b[0]].strip() for a, b in zip(words, words[1:])):
                continue  # a comma, a line's end: no name before the act
            after = k + n
            if after < len(first) and folded[after] in act.undone_after and not text[first[after - 1][1]:first[after][0]].strip():
                continue
            spots = {x[4]: form for x, form in zip(first[k:k + n], act.forms)
                     if form is not None and x[4] is not None and x[2] != form}
            if spots and first[k - 1][4] is not None:
                # the word that settles the act keeps its reading: "điện tử mẫu", not "điện từ mẫu" ("từ mẫu", a mother,
                # the likelier pair once "mẫu" is raised)
                spots[first[k - 1][4]] = first[k - 1][2]
            out.update(spots)
    return out


def act_context(toks, words: WordIndex | None = None) -> bool:
    """Some act's key follows a word of its ``before``, as written: the cheap test before a text that only lost its
    marks pays for a second pass. ``words``: the text's :class:`.tokens.WordIndex` (made here if not given): only
    the places of the keys' first syllables are looked at."""
    words = words if words is not None else WordIndex(toks)
    folded = words.folded
    for a in ACTS:
        n = len(a.key)
        for r in words.at.get(a.key[0], ()):
            if r and folded[r - 1] in a.before and tuple(folded[r:r + n]) == a.key:
                return True
    return False
