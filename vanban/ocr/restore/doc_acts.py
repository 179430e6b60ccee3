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

__all__ = ["DOC_ACTS", "doc_act_snaps"]

#: an act's folded syllables, as written → its syllables
DOC_ACTS = {("dang", "tai"): ("đăng", "tải")}
#: the folded words after the act, one or two syllables: the document published, or where it goes
AFTER = frozenset({("tren",), ("len",), ("nghi", "quyet"), ("ke", "hoach"), ("quyet", "dinh"), ("van", "ban"),
                   ("thong", "tin"), ("thong", "bao"), ("cong", "khai"), ("toan", "van"), ("chi", "thi"),
                   ("huong", "dan"), ("danh", "sach"), ("ket", "qua")})


def doc_act_snaps(text: str, toks) -> dict[int, str]:
    """Token index → the act's syllable, for two words written as an act of :data:`DOC_ACTS` (without marks) before
    words of :data:`AFTER`, only blanks between them."""
    out: dict[int, str] = {}
    n = len(toks)
    for i in range(n - 2):
        a, b = toks[i], toks[i + 1]
        if a.kind != "word" or not a.text.isascii() or (a.text.lower(), b.text.lower()) not in DOC_ACTS:
            continue
        words = [fold(t.text.lower()) for t in toks[i + 2:i + 4] if t.kind == "word"]
        if text[a.end:b.start].strip() or text[b.end:toks[i + 2].start].strip():
            continue
        if tuple(words[:1]) in AFTER or (len(words) == 2 and not text[toks[i + 2].end:toks[i + 3].start].strip()
                                         and tuple(words) in AFTER):
            out[i], out[i + 1] = DOC_ACTS[(a.text.lower(), b.text.lower())]
    return out
