"""A scan's stray glyph inside a cited document's issuer code, dropped where the citation names that issuer.

Why: a52-09 scanned — "Hướng dẫn số 57/HD-SNNMIT ngày 05/12/2038 của Sở Nông nghiệp và Môi trường": Tesseract ``vie``
read a speck between M and T as an I, and the citation's number missed its key (search, citation links).
:mod:`vanban.symbols` drops such a glyph only towards a known body's code (``KNOWN_ISSUER_CODES``: the Government, the
ministries), never a province's department: each Sở builds its code on the same initials in every province, so no
list holds it and "SNNMIT" is no guess on the symbol alone. The citation itself gives the evidence: it names its
issuer right after the number, and a state body's code is the initials of its name — the "và" inside the name gives
none (:mod:`.unit_initials`), its place ("… tỉnh Phú Thọ") none either ("SNNMT", not "SNNMTTPT").

Contract (:mod:`vanban.symbols`: repair only where the OCR evidence and the grammar both point one way, never rewrite
a valid code into another): only a thin glyph (I, L, l, |, 1) is dropped — not a letter doubled: the
"SYTT" of a "Sở Y tế" may carry its province's initial —; only from a code of four letters or more that vanban does not know (``ALL_CODES``) and that is not itself the issuer's initials; only
when exactly one drop gives the initials of the issuer the citation names (compared folded: a Đ read D is the
same letter). Anything else stays as read. The digits are never touched: "97/HD-SNNMT" read for 57 has no evidence.

Input/output: :func:`mended_issuer_code` takes a :class:`~vanban.models.Citation` and returns it, its number (and
its text where it holds the number) changed in that one code only.
"""

from __future__ import annotations

import dataclasses
import re

from vanban.models import Citation
from vanban.place_nouns import ADMIN_LEVELS
from vanban.symbol_codes import ALL_CODES
from vanban.text import fold

__all__ = ["mended_issuer_code", "name_initials"]

#: glyphs a scan puts into a code that are no letter of it (a speck or a rule), compared in capitals
_THIN_GLYPHS = "IL|1"
#: a word of a body's name (letters only: "Văn hóa, Thể thao" gives V H T T)
_WORD_RE = re.compile(r"[^\W\d_]+")
#: the words inside a name that give no initial to its code ("Nông nghiệp và Môi trường" → NNMT)
_NO_INITIAL = frozenset({"và"})
#: the folded levels of a place, as words: a name's initials stop before its place ("… tỉnh Phú Thọ")
_LEVEL_WORDS = frozenset(ADMIN_LEVELS)


def name_initials(name: str) -> str:
    """The initials of a body's name up to its place, folded and in capitals ("Sở Nông nghiệp và Môi trường tỉnh
    Phú Thọ" → "SNNMT"); "" for a name of fewer than two words."""
    words = _WORD_RE.findall(name)
    heads = []
    for i, w in enumerate(words):
        low = w.lower()
        pair = f"{fold(low)} {fold(words[i + 1].lower())}" if i + 1 < len(words) else ""
        if i and (fold(low) in _LEVEL_WORDS or pair in _LEVEL_WORDS):
            break
        if low not in _NO_INITIAL:
            heads.append(w[0])
    return fold("".join(heads)).upper() if len(heads) >= 2 else ""


def _drops(code: str) -> set[str]:
    """``code`` without one of its thin glyphs (every such reading)."""
    return {code[:i] + code[i + 1:] for i in range(len(code)) if code[i].upper() in _THIN_GLYPHS}


def mended_issuer_code(c: Citation) -> Citation:
    """``c`` with a stray glyph dropped from its issuer's code where the rest is the issuer's initials (see the
    module); ``c`` unchanged otherwise."""
    if not c.number or not c.issuer:
        return c
    initials = name_initials(c.issuer)
    if len(initials) < 3:
        return c
    parts = re.split(r"([-/])", c.number)
    for i, code in enumerate(parts):
        if len(code) < 4 or not code.isalpha() or code in ALL_CODES or fold(code).upper() == initials:
            continue
        fits = {d for d in _drops(code) if fold(d).upper() == initials}
        if len(fits) != 1:
            continue
        number = "".join(parts[:i] + [fits.pop()] + parts[i + 1:])
        text = c.text.replace(c.number, number, 1) if c.text and c.number in c.text else c.text
        return dataclasses.replace(c, number=number, text=text)
    return c
