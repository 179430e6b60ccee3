"""A recurrence's "định kỳ" that legacy OCR wrote without its marks stays "định kỳ" before the period it names:
"báo cáo Ban Thường vụ dinh ky 6 thang" is "… định kỳ 6 tháng", never "… Ban Thường vụ tỉnh ủy 6 tháng".

Why: Tesseract ``-l eng`` drops every mark ("dinh ky"), the channel reaches "tỉnh ủy" too (eng OCR's "ty"/"ky" for
"ủy" and a d/t slip are learned confusions), and after "Ban Thường vụ" the language model prefers the body's name
"Ban Thường vụ Tỉnh ủy" to the adverb: a42-07's legacy form lost the reporting duty's period ("báo cáo Ban Thường vụ
định kỳ 6 tháng, trước ngày 15/6 và 15/12"), and a deadline "định kỳ" with its stated period (the labels README) with
it. The letters as written are those of "định kỳ" with marks only dropped, the body's name needs two letters changed;
and a period after it ("6 tháng", "hằng quý", "mỗi năm", "01 lần/tháng") is the grammar of the adverb, never of a
committee. Where the pair is written so (no marks, only blanks between) and a period follows, both syllables snap as
known names do (:func:`.names.snap_names`), in the case written.
"""

from __future__ import annotations

import re

from vanban.text import fold

from .tokens import WordIndex

__all__ = ["PERIOD_ADVERB", "period_snaps"]

#: the adverb as legacy OCR writes it (folded, lower case) → its syllables
PERIOD_ADVERB = {("dinh", "ky"): ("định", "kỳ")}
#: what opens the period after it, folded: "hằng/hàng/mỗi <unit>", or a count of units ("6 tháng", "01 lần")
_PERIOD_RE = re.compile(r"[ \t]*(?:\n[ \t]*)?(?:(?:hang|moi)[ \t]+(?:ngay|tuan|thang|quy|nam)(?![a-z])"
                        r"|\d{1,2}[ \t]+(?:ngay|tuan|thang|quy|nam|lan)(?![a-z]))")


def period_snaps(text: str, toks, words: WordIndex | None = None) -> dict[int, str]:
    """Token index → the syllable of :data:`PERIOD_ADVERB`, for the pair written without marks (only blanks between)
    and followed by a period (:data:`_PERIOD_RE`, read on the folded text). ``words``: the text's
    :class:`.tokens.WordIndex` (made here if not given)."""
    words = words if words is not None else WordIndex(toks)
    out: dict[int, str] = {}
    firsts = {a for a, _ in PERIOD_ADVERB}
    for r in words.ranks(firsts):
        i = words.tok[r]
        if r + 1 >= len(words.tok) or words.tok[r + 1] != i + 1:
            continue
        pair = PERIOD_ADVERB.get((words.low[r], words.low[r + 1]))  # written without marks: low is the folded form
        a, b = toks[i], toks[i + 1]
        if pair is None or text[a.end:b.start].strip(" \t"):
            continue
        after = text[b.end:b.end + 30]
        if not _PERIOD_RE.match(fold(after)):
            continue
        out[i] = pair[0]  # the model's word (lower case): the pass writes it in the case printed
        out[i + 1] = pair[1]
    return out

