"""Số và ký hiệu: one canonical spelling and one search key per symbol.

Why: the same document is cited as "24-KH/ĐU", "24 -KH/BU" (legacy OCR read
Đ as B), "24-KH/DU" (a keyboard without đ) or "24 KH DU" (a search box). The
archive looks documents up by :func:`symbol_key`, extraction stores
:func:`normalize_symbol`; both must agree, so both live here and nowhere else.

Two grammars exist (see :mod:`vanban.extract.patterns`):

* Party form  ``NUMBER-TYPE/ISSUER``       — ``25-NQ/TW``, ``15-HD/BTGDVTU``;
* state form  ``NUMBER[/YEAR]/TYPE-ISSUER`` — ``05/QĐ-UBND``, ``30/2020/NĐ-CP``.
"""

from __future__ import annotations

import re

from vanban.text import fold, nfc

__all__ = ["normalize_symbol", "symbol_key", "fix_code"]

# Codes whose canonical spelling holds Đ, keyed by the ASCII/OCR spelling.
# Legacy OCR reads Đ as D, P or B; a keyboard without đ writes D.
_CODES_WITH_D = {
    "QĐ": ("QD", "QP", "QB"),
    "NĐ": ("ND", "NP", "NB"),
    "ĐU": ("DU", "PU", "BU"),
    "HĐND": ("HDND", "HPND", "HBND"),
    "BCĐ": ("BCD", "BCP", "BCB"),
    "BCĐTW": ("BCDTW", "BCPTW", "BCBTW"),
    "BCĐTU": ("BCDTU", "BCPTU", "BCBTU"),
    "ĐTN": ("DTN", "PTN", "BTN"),
    "VPĐU": ("VPDU", "VPPU", "VPBU"),
    "BTCĐU": ("BTCDU",),
    "UBKTĐU": ("UBKTDU", "UBKTPU", "UBKTBU"),
    "BTGĐU": ("BTGDU",),
    "BDVĐU": ("BDVDU",),
    "TTĐT": ("TTDT",),
    "NQ-HĐND": ("NQ-HDND",),
}
_CASE_FIX = {"TTG": "TTg"}  # "Thủ tướng" keeps its lower-case g: 06/QĐ-TTg
_CODE_FIX = {alias: canon for canon, aliases in _CODES_WITH_D.items() for alias in aliases}
# OCR digit look-alikes inside the numeric part of a symbol.
_DIGIT_FIX = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5"})

_PREFIX_RE = re.compile(r"^\s*(?:s[ốoóô6b][\s:.]*)", re.IGNORECASE)
_SPACES_AROUND_SEP = re.compile(r"\s*([-/])\s*")
_SEP_RE = re.compile(r"([-/]|\s+)")


def fix_code(code: str) -> str:
    """Canonical spelling of one code component ("QD" → "QĐ", "BU" → "ĐU")."""
    up = nfc(code).replace("Ð", "Đ").replace("ð", "đ").upper()
    if up in _CODE_FIX:
        return _CODE_FIX[up]
    if up in _CASE_FIX:
        return _CASE_FIX[up]
    # Party issuer codes ending in "Đảng ủy": VPĐU, BTCĐU … ("…DU" → "…ĐU").
    if len(up) >= 4 and up.endswith("DU") and up[:-2].isalpha():
        return up[:-2] + "ĐU"
    return up


def _fix_component(comp: str) -> str:
    if not comp:
        return comp
    if any(c.isdigit() for c in comp):
        if re.fullmatch(r"[\dOolIS]+[a-z]?", comp) and comp[0].isdigit():
            # number part: "2O" → "20"; keep a trailing lowercase letter ("12a")
            tail = comp[-1] if comp[-1].islower() and comp[-1] not in "ol" else ""
            head = comp[: len(comp) - len(tail)]
            return head.translate(_DIGIT_FIX) + tail
        return comp.upper()  # e.g. "QH14"
    return fix_code(comp)


def normalize_symbol(s: str) -> str:
    """The canonical spelling of a số ký hiệu.

    ``"24 -KH/BU"`` → ``"24-KH/ĐU"``; ``"Số: 05/QD-UBND"`` → ``"05/QĐ-UBND"``;
    ``"30 / 2020 / ND-CP"`` → ``"30/2020/NĐ-CP"``. Whitespace-separated input
    ("24 KH DU") keeps its spaces but gets its codes fixed. Never raises.
    """
    if not s:
        return ""
    t = nfc(s).strip().strip(".,;:()")
    t = _PREFIX_RE.sub("", t) if re.match(r"^\s*s\S{1,2}[\s:.]+\d", t, re.I) else t
    t = _SPACES_AROUND_SEP.sub(r"\1", t)
    t = re.sub(r"\s+", " ", t).strip()
    parts = _SEP_RE.split(t)
    out = []
    for p in parts:
        if p in ("-", "/"):
            out.append(p)
        elif p.isspace():
            out.append(" ")
        else:
            out.append(_fix_component(p))
    return "".join(out)


def symbol_key(s: str) -> str:
    """Folded, punctuation-insensitive key for exact-symbol lookup.

    ``"24-KH/ĐU"``, ``"24-KH/DU"``, ``"24 KH DU"`` and ``"24 -KH/BU"`` all give
    ``"24 kh du"``. Stable: the archive indexes documents by this string.
    """
    norm = normalize_symbol(s)
    key = re.sub(r"[^0-9a-z]+", " ", fold(norm))
    return key.strip()
