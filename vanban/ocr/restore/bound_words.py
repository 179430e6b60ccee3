"""A figure's bound words that legacy OCR damaged past the restorer's reach: "95,5% tré én" is "95,5% trở lên", never
"trẻ ăn"; "du6i 0,7%" is "dưới 0,7%", never "cuối"; a deadline's "chém nhat ngay" is "chậm nhất ngày", never "chém nhật".

Why: Tesseract ``-l eng`` drops the l of "lên" now and then ("tré én", a29-01's legacy form) and reads the ơ of "dưới"
as a 6 ("du6i", t30-02's): the language model then reads "trẻ ăn" and, after "đến cuối năm", "cuối" again, and the
targets "đạt 95,5% trở lên" and "dưới 0,7%" lost their bounds (a minimum read as an exact value). Right after a
figure (a number, or its "%"), the pair "tré én" / "tro en" can only be "trở lên"; right before one, a word spelt
"duoi" with a digit or mark for its o can only be "dưới" (no other reading of it stands before a number). The ậ of
"chậm nhất" read as é ("chém nhat 01 ngay trudéc ngay hop", t30-03's legacy form) left "chém nhất" or "chém nhật
ngày": no phrase of the language, the deadline's "chậm nhất" lost; "chém" before "nhat" is that word. All snap as the
limit words do (:mod:`.limit_words`). A month's "thang" right before its month and year ("Thang 11/2027", a
monthly timetable's row cell alone on its line, a30-07's legacy form) is "tháng": the LM, with no context on the short
line, read "Thắng" (a given name) or "Thẳng", and the row lost its month and the deadline it gives. A report's
"trình" right before the short name of the body it goes to ("báo cáo sơ kết 6 tháng trinh BTV", t30-03's legacy
form) was read "tính" after "tháng" ("6 tháng tính từ …" is the commoner phrase) and the deadline lost its act: an
unmarked "trinh" before a body's capital short name (BTV, BCH, UBND) is "trình" ("tính" has no r, and no other
reading of "trinh" stands before a body). (session 35) The count of cases a food-safety plan bounds, "từ 30 người mắc
trở lên" (an outbreak's size), came out "người mặc trở lên" (the commoner "người mặc", people wearing): "mac" right
before the bound "trở lên" is "mắc" (no other reading of it stands before the bound).
"""

from __future__ import annotations

import re

from .tokens import WordIndex

__all__ = ["bound_snaps"]

#: "trở" as legacy OCR leaves it, folded; "lên" with or without its l (the l read as 1 too)
_TRO = frozenset({"tro", "tre", "tr6", "tr0"})
_LEN = frozenset({"en", "len", "1en"})
#: (ocr45b) "từ" opening a bound's range, folded, as legacy OCR writes it (its ư read "ir", or its horn dropped)
_TU = frozenset({"tu", "tir", "ti"})
#: "về" of "trở về trước" (a year's or a date's lower bound: "sinh năm 1935 trở về trước"), folded
_VE = frozenset({"ve"})
#: (ocr45b) words of a figure's unit that may stand between the figure and its bound "trở lên" / "trở về trước"
_BOUND_UNIT_WORDS_MAX = 2
#: "dưới" as legacy OCR leaves it, folded, its ơ read as 6 or 0 or dropped to o
_DUOI = frozenset({"duoi", "du6i", "du0i"})
#: "chậm" with its ậ read as é, folded, before "nhất" (any marks)
_CHAM = frozenset({"chem"})
#: "tháng" folded, and the month and year it names written as one figure ("11/2027", "02/2028")
_THANG = frozenset({"thang"})
_MONTH_YEAR_RE = re.compile(r"(?:0?[1-9]|1[0-2])/(?:19|20)\d\d")
#: "mắc" (falling ill) folded, right before the bound "trở lên"
_MAC = frozenset({"mac"})
#: "trình" folded, and a body's short name in capitals after it ("BTV", "BCH", "UBND", "HĐND", "BTVTU")
_TRINH = frozenset({"trinh"})
_BODY_SHORT_RE = re.compile(r"[A-ZĐ]{2,7}")


def _after_figure(toks, i: int, text: str, unit_words: int = 0) -> bool:
    """``toks[i]`` follows a figure (a number, or its "%"), blanks between, with at most ``unit_words`` words of the
    figure's unit between them ("từ 100 tuổi trở lên", "từ 02 tháng tuổi trở lên": the bound follows the unit as
    often as the bare figure)."""
    return _figure_before(toks, i, text, unit_words) is not None


def _figure_before(toks, i: int, text: str, unit_words: int = 0) -> int | None:
    """The token index of the figure :func:`_after_figure` finds before ``toks[i]``, or None."""
    k = i
    while True:
        if k < 1 or text[toks[k - 1].end:toks[k].start].strip():
            return None
        prev = toks[k - 1]
        if prev.kind == "number" or prev.text.endswith("%"):
            return k - 1
        if prev.kind != "word" or i - k >= unit_words:
            return None
        k -= 1


def _range_opening(toks, fig: int | None, text: str, words: WordIndex) -> int | None:
    """(ocr45b) The "từ" that opens a bound's range ("từ 02 tháng tuổi trở lên", "từ 100 tuổi trở lên") as legacy OCR
    left it ("tir", "ti", "tu"), right before the figure: the token index, or None. The language model read "bỏ tù 02
    tháng tuổi" after "trâu, bò" (t44-05's legacy form): before a figure its bound closes, the word is the range's
    "từ" and nothing else."""
    if fig is None or fig < 1 or text[toks[fig - 1].end:toks[fig].start].strip(" \t"):
        return None
    r = words.rank.get(fig - 1)
    return fig - 1 if r is not None and words.folded[r] in _TU else None


def _not_a_name(tok, text: str) -> bool:
    """``tok`` is written lower-case or opens its line: a capital "Trinh" inside a line is a person's name ("Nguyễn
    Thị Trinh UBND xã" in a list of members), never the act."""
    return tok.text[:1].islower() or not text[text.rfind("\n", 0, tok.start) + 1:tok.start].strip()


def bound_snaps(text: str, toks, words: WordIndex) -> dict[int, str]:
    """Token index → the bound word's syllable (see the module's docstring)."""
    out: dict[int, str] = {}
    for r in words.ranks(_TRO):
        i = words.tok[r]
        if r + 1 >= len(words.tok) or words.tok[r + 1] != i + 1 or words.folded[r + 1] not in _LEN:
            continue
        fig = _figure_before(toks, i, text, _BOUND_UNIT_WORDS_MAX)
        if text[toks[i].end:toks[i + 1].start].strip() or fig is None:
            continue
        out[i], out[i + 1] = "trở", "lên"
        if (tu := _range_opening(toks, fig, text, words)) is not None:
            out[tu] = "từ"
    for r in words.ranks(_TRO):
        i = words.tok[r]
        if r + 2 < len(words.tok) and words.tok[r + 2] == i + 2 and words.folded[r + 1] in _VE \
                and words.folded[r + 2].startswith("tr") and not text[toks[i].end:toks[i + 1].start].strip() \
                and not text[toks[i + 1].end:toks[i + 2].start].strip() and _after_figure(toks, i, text, _BOUND_UNIT_WORDS_MAX):
            out[i], out[i + 1] = "trở", "về"
            if (tu := _range_opening(toks, _figure_before(toks, i, text, _BOUND_UNIT_WORDS_MAX), text, words)) is not None:
                out[tu] = "từ"
    for r in words.ranks(_MAC):
        i = words.tok[r]
        if r + 2 < len(words.tok) and words.tok[r + 2] == i + 2 and words.folded[r + 1] in _TRO \
                and words.folded[r + 2] in _LEN and not text[toks[i].end:toks[i + 1].start].strip() \
                and not text[toks[i + 1].end:toks[i + 2].start].strip() \
                and words.low[r] == "mac":
            out[i] = "mắc"
    for r in words.ranks(_CHAM):
        i = words.tok[r]
        if r + 1 < len(words.tok) and words.tok[r + 1] == i + 1 and words.folded[r + 1] == "nhat" \
                and not text[toks[i].end:toks[i + 1].start].strip():
            out[i], out[i + 1] = "chậm", "nhất"
    for r in words.ranks(_DUOI):
        i = words.tok[r]
        if i + 1 < len(toks) and toks[i + 1].kind == "number" and not text[toks[i].end:toks[i + 1].start].strip():
            out[i] = "dưới"
    for r in words.ranks(_THANG):
        i = words.tok[r]
        if i + 1 < len(toks) and toks[i + 1].kind in ("date", "number") and _MONTH_YEAR_RE.fullmatch(toks[i + 1].text) \
                and not text[toks[i].end:toks[i + 1].start].strip():
            out[i] = "tháng"
    for r in words.ranks(_TRINH):
        i = words.tok[r]
        if i + 1 < len(toks) and _BODY_SHORT_RE.fullmatch(toks[i + 1].text) \
                and not text[toks[i].end:toks[i + 1].start].strip(" \t") and _not_a_name(toks[i], text):
            out[i] = "trình"
    for r in words.ranks(_LOST_L):
        i = words.tok[r]
        if words.low[r] in _LOST_L_AS_WRITTEN and _rise_between_figures(toks, i, text, words):
            out[i] = "lên"
    return out


#: (ocr45) "lên" with its l lost ("én"), folded, and as written (a word printed with marks of its own is the pass's)
_LOST_L = frozenset({"en"})
_LOST_L_AS_WRITTEN = frozenset({"én", "en"})
#: words of the figure's unit that may stand between "từ A" and "lên B" ("từ 28.450 triệu đồng lên …"), at most
_UNIT_WORDS_MAX = 4


def _rise_between_figures(toks, i: int, text: str, words: WordIndex) -> bool:
    """(ocr45) ``toks[i]`` stands between two figures of a change "từ A … lên B" — "điều chỉnh từ 28.450 triệu đồng én
    ⏎ 31.200 triệu đồng" (a43-05's legacy form: the l of "lên" lost, read "ăn", and "từ 28.450 triệu đồng" became a
    minimum target of its own): a figure right after it (blanks or a line break between) and "từ" with its figure a
    few unit words before it on the clause. No other reading of "én" stands there."""
    if i + 1 >= len(toks) or toks[i + 1].kind != "number" or text[toks[i].end:toks[i + 1].start].strip():
        return False
    k = i - 1
    units = 0
    while k >= 1 and toks[k].kind == "word" and units < _UNIT_WORDS_MAX and not text[toks[k].end:toks[k + 1].start].strip(" \t"):
        k, units = k - 1, units + 1
    if k < 1 or toks[k].kind != "number" or text[toks[k].end:toks[k + 1].start].strip(" \t"):
        return False
    before = toks[k - 1]
    r = words.rank.get(k - 1)
    return r is not None and words.folded[r] == "tu" and not text[before.end:toks[k].start].strip(" \t")
