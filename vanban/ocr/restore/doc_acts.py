"""An act done to a document: "đăng tải Nghị quyết trên Trang thông tin", never "đang tại Nghị quyết".

Why: "dang tai" (both marks lost) reads "đang tại" (is at) by the commoner words, and a resolution's closing article
"Giao Văn phòng … xã đăng tải Nghị quyết trên Trang thông tin điện tử của xã" (t18-07's legacy form) came out
"… xã đang tại Nghị quyết": the office's duty lost its act. Before the document it publishes (a document's kind,
"văn bản", "thông tin") or the place it goes ("trên", "lên" the portal), the pair is the act "đăng tải"; not before a
place one is at ("đang tại Văn phòng", "đang tại ngũ"). Both syllables snap as known names do
(:func:`.names.snap_names`); data: the acts by their folded syllables, the words after them.
"""

from __future__ import annotations

from .candidates import fold
from .tokens import WordIndex

__all__ = ["DOC_ACTS", "doc_act_snaps"]

#: an act's folded syllables, as written → its syllables
DOC_ACTS = {("dang", "tai"): ("đăng", "tải")}
#: the folded words after the act, one or two syllables: the document published, or where it goes
AFTER = frozenset({("tren",), ("len",), ("nghi", "quyet"), ("ke", "hoach"), ("quyet", "dinh"), ("van", "ban"),
                   ("thong", "tin"), ("thong", "bao"), ("cong", "khai"), ("toan", "van"), ("chi", "thi"),
                   ("huong", "dan"), ("danh", "sach"), ("ket", "qua")})
#: the acts' first syllables: where :func:`doc_act_snaps` looks
_FIRSTS = frozenset(first for first, _ in DOC_ACTS)


def doc_act_snaps(text: str, toks, words: WordIndex | None = None) -> dict[int, str]:
    """Token index → the act's syllable, for two words written as an act of :data:`DOC_ACTS` (without marks) before
    words of :data:`AFTER`, only blanks between them. ``words``: the text's :class:`.tokens.WordIndex` (made here if
    not given): only the acts' first syllables' places are looked at."""
    words = words if words is not None else WordIndex(toks)
    out: dict[int, str] = {}
    n = len(toks)
    for r in words.ranks(_FIRSTS):
        i = words.tok[r]
        if i >= n - 2:
            break
        a, b = toks[i], toks[i + 1]
        if not a.text.isascii() or (a.text.lower(), b.text.lower()) not in DOC_ACTS:
            continue
        after = [fold(t.text.lower()) for t in toks[i + 2:i + 4] if t.kind == "word"]
        if text[a.end:b.start].strip() or text[b.end:toks[i + 2].start].strip():
            continue
        if tuple(after[:1]) in AFTER or (len(after) == 2 and not text[toks[i + 2].end:toks[i + 3].start].strip()
                                         and tuple(after) in AFTER):
            out[i], out[i + 1] = DOC_ACTS[(a.text.lower(), b.text.lower())]
    return out
