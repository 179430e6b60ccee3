"""A signer's name whose tone marks OCR misread, spelt as the same document prints it elsewhere.

Why: Tesseract ``vie`` reading a scanned signature (large bold type, a speck over a vowel) gave "Định Văn Phúc"
where the same document's Nơi nhận prints "- TT Đinh Văn Phúc;" (nc51's scan of 11208/BNV-KHTC, issue #9 on
scans): the signer's name, a field an office searches by, was wrong while the page held its right spelling. A
name is mended only from the document's own text — never guessed — and only in its tone marks (the dot below, the
acute, grave, hook and tilde), which a speck changes: "Định" and "Đinh" share every letter and the vowel's shape.
The other spelling must be the only one of its kind on the page and the signer's own spelling printed nowhere but
in the signature, so a name the page prints both ways on its own stays as read.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["name_as_printed"]

#: the combining tone marks of Vietnamese (grave, acute, tilde, hook above, dot below); the vowel's own marks (the
#: breve, circumflex and horn) are kept: "ơ" and "o" are two letters
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _toneless(s: str) -> str:
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", s) if c not in _TONES))


def name_as_printed(name: str | None, text: str) -> str | None:
    """``name`` (the signature's, as read) written as ``text`` (the document) prints it elsewhere when the two differ
    in tone marks only: the words of the name, in order, found once or more in ``text`` with other tones, all those
    finds spelt one way, and ``name`` itself printed in ``text`` once at most (the signature's own line). Else
    ``name`` as it is."""
    if not name or len(name.split()) < 2:
        return name
    words = name.split()
    plain = _toneless(text)
    if len(plain) != len(text):  # not NFC: no one-for-one view
        return name
    pattern = re.compile(r"(?<![^\W\d_])" + r"\s+".join(re.escape(w) for w in _toneless(" ".join(words)).split())
                         + r"(?![^\W\d_])")
    spellings: dict[str, int] = {}
    for m in pattern.finditer(plain):
        found = " ".join(text[m.start():m.end()].split())
        spellings[found] = spellings.get(found, 0) + 1
    own = spellings.pop(" ".join(words), 0)
    if own > 1 or len(spellings) != 1:
        return name
    other = next(iter(spellings))
    # "Hoà" / "Hòa": the same tone set on another vowel, an old and a new spelling, no misreading
    return name if _tones(other) == _tones(name) else other


def _tones(s: str) -> list[str]:
    return [c for c in unicodedata.normalize("NFD", s) if c in _TONES]
