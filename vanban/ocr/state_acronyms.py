"""A state body's acronym with a scan's glyph before it or on its first letter, spelt as the page spells it.

Why: Tesseract ``vie`` reads a speck or the stroke of a rule before "UBND" as a letter glued to it, or gives its U a
mark: "THUỘC THẨM QUYỀN QUYẾT ĐỊNH CỦA ĐUBND TỈNH" (1490/QĐ-UBND scanned by session 46's newcomer), "ƯBND". No word
is spelt so; restoration then wrote "đubnd" into the trích yếu, and a search for "UBND tỉnh" missed it. The acronyms of
the state's and the Front's bodies are few (:data:`ACRONYMS`) and the page that misreads one spells it intact elsewhere
(its number's code "QĐ-UBND", the body).

Kind: a token of capitals that is one of :data:`ACRONYMS` but for one more capital before it (Đ, Ư, Ơ, a stroke read
as I or L) or a mark on its first letter, on a page that spells that acronym intact, takes the acronym's spelling. The
token may get shorter by a letter; it stays one word (:func:`vanban.ocr.correct.correct_text` carries the tokens'
offsets back, as for :mod:`.short_names`).
"""

from __future__ import annotations

import re

__all__ = ["ACRONYMS", "state_acronyms"]

#: the acronyms of state and Front bodies a header, a trích yếu or a Nơi nhận writes
ACRONYMS: tuple[str, ...] = ("UBND", "HĐND", "UBMTTQ", "MTTQ")
#: a capital a scan reads before an acronym (a speck, a rule's stroke) or a marked first letter
_EXTRA = "ĐƯƠIL"
_MARKED_FIRST = {"U": "ƯÙÚỦŨỤỨỪỬỮỰ", "H": "", "M": ""}
_INTACT = {a: re.compile(rf"(?<![^\W\d_]){a}(?![^\W\d_])") for a in ACRONYMS}


def _pattern(a: str) -> str:
    first = a[0] + _MARKED_FIRST.get(a[0], "")
    return rf"[{_EXTRA}]{re.escape(a)}|[{first}]{re.escape(a[1:])}" if len(first) > 1 else rf"[{_EXTRA}]{re.escape(a)}"


_TOKEN_RE = re.compile(r"(?<![^\W\d_])(?:" + "|".join(f"(?P<a{k}>{_pattern(a)})" for k, a in enumerate(ACRONYMS))
                       + r")(?![^\W\d_])")


def state_acronyms(text: str) -> str:
    """``text`` with each misread acronym of :data:`ACRONYMS` spelt as the page spells it (see the module)."""
    if not any(a in text for a in ACRONYMS):
        return text

    def fix(m: re.Match) -> str:
        a = ACRONYMS[int(m.lastgroup[1:])]
        return a if m.group() != a and _INTACT[a].search(text) else m.group()

    return _TOKEN_RE.sub(fix, text)
