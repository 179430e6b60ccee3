"""A count's noun that OCR wrote whole, with no mark to lose, stays that noun: "không quá 05 trang" (pages) after a
count, never "tầng" (floors).

Why: the language model prefers "05 tầng" to "05 trang" (a building's floors are the commoner count in its text), and
the channel lets a spurious "r" go cheaply (eng OCR reads hooks and marks as an "r" now and then), so a report's page
limit became a building's height: "Báo cáo thành tích của cá nhân không quá 05 trang" → "05 tầng" (t28-08's legacy
form, twice), "dài không quá 03 trang" (a27-10's). The word was printed whole: "trang" is already a syllable with no
mark, and a floor's "tầng" would reach eng OCR as "tang" (its "â" and grave lost), not with an "r" it never had. Where
such a token stands right after a count (one to three digits, only blanks between), it snaps to itself as known names do
(:func:`.names.snap_names`). Data: :data:`COUNTED_AS_WRITTEN`, by the token as written (lower case).

(session 32) A noun of two syllables alike: "Ban Thường vụ 05 dong chi" is "05 đồng chí" (comrades, a body's size),
which the model had read "05 dòng chữ" (lines of text) where the clause ends after it (a30-06's legacy form, twice): eng
OCR leaves "chữ" as "chu", never "chi", so "dong chi" after a count is "đồng chí". Data: :data:`COUNTED_PAIRS_AS_WRITTEN`.

(session 32) What a table's column counts, alone in parentheses after the column's name ("Chỉ tiêu tiêm chủng đầy đủ
(trẻ)", "Số lượt khám (người)"): eng OCR leaves "(tre)", and with no words in the parentheses the model took the commoner
syllable the spurious-"r" rule reaches, "(tế)" (a30-04's legacy form: the quota column of nine rows lost its unit). A
word alone in parentheses, written with no mark, that folds to a counted noun is that noun. Data: :data:`COUNTED_IN_PARENS`.

(tbl53b) A count of women: eng OCR wrote "trong đó có ít nhất 04 nữ" as "04 ni" (its ữ read as an i; t52-04's legacy
form), which no pass restored, and the target's unit became "ni". After a count "ni" is "nữ" (in :data:`COUNTED_AS_WRITTEN`).
"""

from __future__ import annotations

import re

from .tokens import WordIndex

__all__ = ["COUNTED_AS_WRITTEN", "COUNTED_PAIRS_AS_WRITTEN", "COUNTED_IN_PARENS", "page_snaps"]

#: a token as OCR wrote it (lower case, no mark) → the noun it is after a count
#: (tbl53b) … "ni" after a count is "nữ", its hooked ữ read as an i: "Môn kéo co: mỗi đội gồm 10 người, trong đó có ít
#: nhất 04 nữ" (t52-04's legacy OCR wrote "04 ni", restored as written): no counted noun is spelt "ni"
COUNTED_AS_WRITTEN = {"trang": "trang", "ni": "nữ"}
#: … and two tokens so (the second after blanks or one line break) → the noun's two syllables
COUNTED_PAIRS_AS_WRITTEN = {("dong", "chi"): ("đồng", "chí")}
#: a token as OCR wrote it (lower case, no mark), alone in parentheses → the counted noun a column's name ends with
COUNTED_IN_PARENS = {"tre": "trẻ", "nguoi": "người", "luot": "lượt", "ho": "hộ", "xa": "xã", "lop": "lớp"}
#: a count of pages: one to three digits (a year or a long figure before the word counts no pages)
_COUNT = re.compile(r"\d{1,3}")


def page_snaps(text: str, toks, words: WordIndex | None = None) -> dict[int, str]:
    """Token index → the noun of :data:`COUNTED_AS_WRITTEN`, for a word written so (any case) right after a number
    token of one to three digits with only blanks between. ``words``: the text's :class:`.tokens.WordIndex` (made
    here if not given)."""
    words = words if words is not None else WordIndex(toks)
    out: dict[int, str] = {}
    for r in words.ranks(COUNTED_AS_WRITTEN):
        i = words.tok[r]
        if i == 0 or words.low[r] not in COUNTED_AS_WRITTEN:
            continue  # a word that folds so but was printed with marks ("tráng") keeps the reading of the pass
        prev = toks[i - 1]
        if prev.kind != "number" or not _COUNT.fullmatch(prev.text) or text[prev.end:toks[i].start].strip():
            continue  # (a year is no count: "… năm 2027 trang trọng" is the pass's to read)
        out[i] = COUNTED_AS_WRITTEN[words.low[r]]
    firsts = {a for a, _ in COUNTED_PAIRS_AS_WRITTEN}
    for r in words.ranks(firsts):
        i = words.tok[r]
        if i == 0 or r + 1 >= len(words.tok) or words.tok[r + 1] != i + 1:
            continue
        pair = COUNTED_PAIRS_AS_WRITTEN.get((words.low[r], words.low[r + 1]))
        prev = toks[i - 1]
        if pair is None or prev.kind != "number" or not _COUNT.fullmatch(prev.text) \
                or text[prev.end:toks[i].start].strip() or text[toks[i].end:toks[i + 1].start].strip():
            continue
        out[i], out[i + 1] = pair
    for r in words.ranks(COUNTED_IN_PARENS):
        i = words.tok[r]
        t = toks[i]
        if words.low[r] in COUNTED_IN_PARENS and text[t.start - 1:t.start] == "(" and text[t.end:t.end + 1] == ")":
            out[i] = COUNTED_IN_PARENS[words.low[r]]
    return out
