"""Số và ký hiệu: the one canonical spelling, the one repair and the one comparison key of a symbol.

Why one leaf module: extraction stores :func:`normalize_symbol` (a cited document's number and
the document's own, ``extract.metadata``), the archive indexes documents and citations by
:func:`symbol_key`, search turns a typed query into the same key and the citation links join on
it. Were any two of them to repair differently, "24-KH/ĐU" typed as ``24-KH/BU`` would miss its
document, a scan's "4831/QĐ-BNNMIT" cited in one place would never meet its own number read in
another, and "5/QĐ-UBND" would never meet "05/QĐ-UBND". It depends only on :mod:`vanban.text`
and the code tables of :mod:`vanban.symbol_codes` (data), so every stage may import it.

Two grammars exist (see :mod:`vanban.extract.patterns`):

* Party form  ``NUMBER-TYPE/ISSUER``       — ``25-NQ/TW``, ``15-HD/BTGDVTU``, ``919-CV/VPTW/nb``;
* state form  ``NUMBER[/YEAR]/TYPE-ISSUER`` — ``05/QĐ-UBND``, ``30/2020/NĐ-CP``,
  joint issuers ``04/TTr-BKHCN-BTTTT``, codes with ``&`` (``BNN&MT``) and
  dotted numbers (``66.19/2026/NQ-CP``).

The contract of every repair here: **repair only where the OCR evidence and the grammar both
point one way; never rewrite a valid code into another valid one.** The code lists of
:mod:`vanban.symbol_codes` are not complete — a code not on them (a ministry's with B, a Sở's, a
Party body's) is valid as read; a list only names what a repair may produce. The repairs, each
with its evidence (OCR / keyboard) and its grammar:

=========================  ===========================================  ==============================================
repair                     evidence                                     grammar
=========================  ===========================================  ==============================================
separators                 a dash, minus, tilde for "-"; ⁄ ∕ ／ for "/";  the two forms above
                           spaces and a line break around them
"Số:", specks ¢©®°ø        OCR and the header's label                   a code holds letters only
Cyrillic look-alikes       "NĐ-CР" with a Cyrillic Р                    a code is Latin
number 2O → 20, l → 1      digit look-alikes of OCR                     the number part is digits (+ "12a")
Roman "V.1" → "V.I"        a department's Roman number read as 1 / l    "VPCP-V.I"
Đ read as D/P/B            an alias of :data:`D_CODE_ALIASES`           the alias is no valid code (``VALID_CODES``
 ("QB" → "QĐ", "BU"→"ĐU")   ("QD", "QP", "QB" …)                         win); **an Đảng ủy code from B/P ("KH/BU",
                                                                        "VPBU") only as a Party symbol's issuer**
                                                                        (``24-KH/BU``): a state symbol's "…-BU" and a
                                                                        code after the Party issuer stay
"…DU" → "…ĐU"              a keyboard without đ (folds equal)           an Đảng ủy body's code (VPDU, BTCDU)
P/B or "DB"/"BD" for Đ     Tesseract eng ("NDB-CP", "NBD-CP",           exactly one reading is a known Đ-code; never
 inside a code              "08-NQ/DBU")                                the first letter (B of a ministry) but for a
                                                                        first "DB" (its D is the Đ)
a doubled last glyph       a scan's doubled letter ("BYTT")             the code without it is in ``VALID_CODES``
stray I/L in TTr/CTr/TTg   a speck read inside a mixed-case code        exactly one mixed-case code results
 ("TTIr", "TTEg", "TTTr")   (any glyph inside a four-letter one)
a speck after a type code  "21/2025/TT1-BYT", "TTI-", "TTl-" (TTL-)     the code without it is a type code, and no
                                                                        type code holds a digit
a type code's T read as 1  a scan's "07/C1-UBND"                        no type code holds a digit; exactly one of T,
 ("C1-" → "CT-")                                                        I, L in the 1's place gives a type code
"." for "-" between codes  a scan reads a hyphen as a full stop        a state symbol's last part is TYPE-ISSUER or
 ("SNNMT.QLĐĐ")             ("87/SNNMT.QLĐĐ")                           ISSUER-UNIT: two codes of two letters or more
                                                                        and no hyphen; a Roman number ("V.I") stays
Quốc hội term "QHI5"       digit look-alikes                            a term of the Quốc hội (1 … 16)
type and issuer joined     a hyphen lost ("214/2025/NĐCP", eng OCR      a type code + a known issuer's code
 ("NĐCP" → "NĐ-CP")         "79/2025/NDCP")                             (``JOINED_CODE_ISSUERS``), the whole no issuer's
                                                                        code of its own ("TTCP" stays)
a stray glyph in a state   a scan's doubled letter or thin glyph        a type code first; dropping it leaves exactly one
 issuer's code              I L l | 1 ("BNNMTT", "BNNMIT"); any other    code of one known body (``KNOWN_ISSUER_CODES``:
                            letter is a letter ("BTCK" stays)            not a province's UBND: "UBNDD" stays)
=========================  ===========================================  ==============================================

A query typed with spaces ("24 KH BU") has no grammar: it gets no Đ made from a B or P (a key
must be its own key, and a Party symbol's "/nb" or a state symbol's "-BU" kept as read would
otherwise be repaired the second time round). A code alone given to :func:`fix_code` without
its form (restoration's token of a symbol it has not parsed) gets every repair.
"""

from __future__ import annotations

import functools
import re

from vanban.symbol_codes import (
    CODE_TYPES,
    D_CODE_ALIASES,
    ISSUER_BY_CODE,
    JOINED_CODE_ISSUERS,
    KNOWN_D_CODES,
    KNOWN_ISSUER_CODES,
    MIXED_CASE,
    OTHER_CODES,
    PARTY_DEPARTMENT_CODES,
    TYPE_CODES,
    VALID_CODES,
)
from vanban.text import fold, nfc

__all__ = ["normalize_symbol", "symbol_key", "symbol_form", "SEPARATOR_LOOKALIKES", "DOUBLED_SLASH_RE", "TYPE_CODES", "fix_code", "D_CODE_ALIASES",
           "VALID_CODES", "KNOWN_D_CODES"]

_CODE_FIX = {alias: canon for canon, aliases in D_CODE_ALIASES.items() for alias in aliases}
# OCR digit look-alikes inside the numeric part of a symbol.
_DIGIT_FIX = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5"})

_PREFIX_RE = re.compile(r"^\s*(?:s[ốoóô6b][\s:.]*)", re.IGNORECASE)
_SPACES_AROUND_SEP = re.compile(r"\s*([-/])\s*")
_SEP_RE = re.compile(r"([-/]|\s+)")
_NON_ALNUM_RE = re.compile(r"[\W_]+", re.UNICODE)


def fix_code(code: str, form: str | None = None) -> str:
    """Canonical spelling of one code component ("QD" → "QĐ", "BU" → "ĐU", "CTR" → "CTr").

    A code that is valid as read (``VALID_CODES``) or not a known alias keeps
    its letters; only its case is made canonical (upper case, or the mixed
    case of ``MIXED_CASE``). ``form`` is the grammar of the symbol the code was
    read in (:func:`symbol_form`): a Đ made from a B or P ("BU" → "ĐU", "QB" →
    "QĐ") needs one — in a ``"state"`` symbol never an Đảng ủy code (its "…-BU"
    is kept as read), in a ``"loose"`` one (spaces, no separators: no grammar)
    none at all; ``"party"`` and None (a code alone) get every repair.
    """
    fixed = _fix_code(code, party=form in ("party", None))
    if form in ("state", "loose") and fold(fixed).upper().count("D") > fold(code).upper().count("D") \
            and (form == "loose" or fixed.endswith("ĐU")):
        return nfc(code).upper()  # kept as read
    return fixed


def _fix_code(code: str, party: bool = True) -> str:
    t = nfc(code).replace("Ð", "Đ").replace("ð", "đ")
    up = t.upper()
    if up in VALID_CODES:
        return up
    if up in MIXED_CASE:
        return MIXED_CASE[up]
    if not party and len(up) >= 4 and up[-1] == up[-2] == "D" and up[:-1] in VALID_CODES:
        return up[:-1]  # a state symbol's "BXDD": the Bộ Xây dựng's BXD, its last glyph doubled — no Đ-code alias
    if up in _CODE_FIX:
        return _CODE_FIX[up]
    if party and len(up) >= 4 and up[-1] == up[-2] == "D" and up[:-1] + "Đ" in KNOWN_D_CODES:
        # (leg49) no doubled glyph but a Đ that lost its stroke: never one valid code for another; a Party
        # symbol's only ("…/BXDĐ"): a state symbol's "BXDD" is the Bộ Xây dựng's BXD with its last glyph doubled
        return up[:-1] + "Đ"
    if len(up) >= 4 and up[-1] == up[-2] and up[:-1] in VALID_CODES:
        return up[:-1]  # a scan's doubled last glyph: "3574/QĐ-BYTT" of "Bộ trưởng Bộ Y tế" (02200/QĐ-UBND scanned)
    # Party issuer codes ending in "Đảng ủy" typed without đ: VPDU, BTCDU … ("…DU" → "…ĐU").
    if len(up) >= 4 and up.endswith("DU") and up[:-2].isalpha():
        return up[:-2] + "ĐU"
    if len(up) > _LONGEST_CODE:
        return up  # no code is this long: the repairs below try one variant per letter (a hostile
        # 1 MB line "I.I.I.…" made 10^10 characters of variants)
    # OCR read Đ as P/B inside a code ("VPBU", "UBKTPU"): repaired only when exactly one
    # reading is a known Đ-code. The first letter is never repaired this way: a code
    # starting with B is a ministry (Bộ …: BCT, BTN…), valid even when not listed.
    options = {up[:i] + "Đ" + up[i + 1:] for i, ch in enumerate(up) if i > 0 and ch in "PB"}
    # Tesseract eng reads Đ as the pair "DB" ("85/2016/NDB-CP") or "BD" ("68/2024/NBD-CP", fresh2 165-2025-QD-UBND)
    options |= {up[:i] + "Đ" + up[i + 2:] for i in range(1, len(up) - 1) if up[i:i + 2] in ("DB", "BD")}
    # … also as the first letter when it reads "DB" ("08-NQ/DBU" for 08-NQ/ĐU, a15-09 legacy): its D is the Đ, so
    # no ministry's B is taken for one
    options |= {"Đ" + up[2:]} if up.startswith("DB") and len(up) > 2 else set()
    options &= KNOWN_D_CODES
    if len(options) == 1:
        return options.pop()
    # a stray I or l read inside a type code with a small letter ("TTIr" for TTr, "CTlr" for CTr), or any stray
    # letter inside it on a scan ("157/2007/QĐ-TTEg" for TTg, "3169/TTTr-STP" for TTr: 2553/QĐ-TTg, 2979/QĐ-UBND)
    stray = {up[:i] + up[i + 1:] for i, ch in enumerate(up) if 0 < i < len(up) - 1 and (ch in "IL" or len(up) == 4)}
    mixed = [MIXED_CASE[c] for c in stray if c in MIXED_CASE]
    if len(mixed) == 1:
        return mixed[0]
    if t[-1:].islower():  # … or its capital T read as a thin glyph ("19/CIr-UBND" for CTr, "412/TIr-SXD" for TTr: scans)
        mixed = list({MIXED_CASE[c] for c in (up[:i] + "T" + up[i + 1:] for i, ch in enumerate(up[:-1]) if ch in _THIN_GLYPHS)
                      if c in MIXED_CASE})
        if len(mixed) == 1:
            return mixed[0]
    if t != up and t != t.lower() and len(t) <= 6:
        return t  # a mixed-case code as printed ("QĐi", "NQlt") keeps its case
    return up


#: the longest code a repair is tried on (the longest real ones: "QLN&TTBĐS", "BTGDVTU", a dozen letters)
_LONGEST_CODE = 16
#: a code naming the Quốc hội and its term ("QH15", "UBTVQH15"), the term read with look-alikes ("QHI5")
_LEGISLATURE_RE = re.compile(r"(?P<head>[A-Z]*QH)(?P<n>[\dIS|]*[I|S][\dIS|]*)")
#: the terms of the Quốc hội (I, 1946 … XVI, 2026)
_TERMS = range(1, 17)


def _legislature(n: str) -> str:
    """The Quốc hội term ``n`` as printed ("I5" → "15", "I15" → "15"), or ``n`` unchanged when no
    reading gives a term: the look-alikes read as digits, else the last two characters so read."""
    for cand in (n.translate(_DIGIT_FIX), n[-2:].translate(_DIGIT_FIX)):
        if cand.isdigit() and int(cand) in _TERMS:
            return cand
    return n


@functools.lru_cache(maxsize=8192)
def _fix_component(comp: str, form: str | None = None) -> str:
    """One part of a symbol between separators, repaired (cached: a document's
    symbols repeat the same few parts, and a hostile "1-1-1-…" line repeats one);
    ``form``: the symbol's grammar (:func:`fix_code`)."""
    if not comp:
        return comp
    roman = re.fullmatch(r"([^\W\d_]{1,4})\.([1lI|]{1,3})", comp)
    if roman:  # "VPCP-V.1", "V.l": a department's Roman number read as a digit or an l ("V.I" stays)
        return roman.group(1).upper() + "." + "I" * len(roman.group(2))
    if any(c.isdigit() for c in comp):
        if re.fullmatch(r"[\dOolIS]+[a-z]?", comp) and comp[0].isdigit():
            # number part: "2O" → "20"; keep a trailing lowercase letter ("12a")
            tail = comp[-1] if comp[-1].islower() and comp[-1] not in "ol" else ""
            head = comp[: len(comp) - len(tail)]
            return head.translate(_DIGIT_FIX) + tail
        coded = re.fullmatch(r"([^\W\d_]{2,})(\d{1,2})", comp)
        if coded and coded.group(2) == "1" and fix_code(coded.group(1), form) in TYPE_CODES:
            return fix_code(coded.group(1), form)  # "21/2025/TT1-BYT" (scans): a speck after a type code, read as a 1
        if coded and not _LEGISLATURE_RE.fullmatch(comp.upper()):  # "HDND17" → "HĐND17": a code with its term
            return fix_code(coded.group(1), form) + coded.group(2)
        legislature = _LEGISLATURE_RE.fullmatch(comp.upper())
        if legislature:  # "UBTVQHI5" → "UBTVQH15": the Quốc hội's term read with a digit look-alike
            return legislature.group("head") + _legislature(legislature.group("n"))
        return comp.upper()  # e.g. "QH14", "66.19"
    return fix_code(comp, form)


# Cyrillic capitals that look like Latin ones, as real documents carry them inside symbols ("TT-BTС").
_CYRILLIC_LOOKALIKES = str.maketrans("АВСЕНКМОРТХУІ", "ABCEHKMOPTXYI")
#: A số ký hiệu's separators as other programs write them: a hyphen converted to a dash (Word's
#: "25–NQ/TW", a web page's minus sign) and a slash as a look-alike (U+2044 "77⁄2025/NQ-HĐND" as
#: Tesseract printed it, U+2215, a full-width ／). ``text.translate(SEPARATOR_LOOKALIKES)``. The folded view
#: every pattern matches on (:mod:`vanban.extract.folded`) reads them so too: a date "31⁄5⁄2027" is "31/5/2027".
DASH_LOOKALIKES, SLASH_LOOKALIKES = "‐‑‒–—−－", "⁄∕／"
SEPARATOR_LOOKALIKES = str.maketrans({**{c: "-" for c in DASH_LOOKALIKES}, **{c: "/" for c in SLASH_LOOKALIKES}})
#: a slash look-alike printed beside a real slash, one slash read twice: Tesseract's "12-NQ/⁄ĐU" (U+2044 after "/"),
#: "∕/", "/／". A symbol has no empty part, so the pair is one separator: :func:`normalize_symbol` writes it "/", the
#: folded view (:mod:`vanban.extract.folded`) reads the look-alike as a space beside the slash, which every symbol
#: grammar allows. A plain "//" (a web address) is no look-alike and stays.
DOUBLED_SLASH_RE = re.compile(rf"(?<=/)[{SLASH_LOOKALIKES}]|[{SLASH_LOOKALIKES}](?=/)")

#: (ncfix54b) a full stop between a number's slash and the type code: a scan's speck beside a slash look-alike
#: ("Số: 56/2025⁄.NQ-HĐND", Nghị quyết 56/2025/NQ-HĐND scanned at 200 dpi by session 54's newcomer). No part of a
#: symbol opens with a full stop, so it is dropped; a dot inside a part ("66.19/2026", "VPCP-V.I") stays.
_SPECK_AFTER_SLASH_RE = re.compile(r"(?<=\d/)\s?\.\s?(?=[^\W\d_])")


def normalize_symbol(s: str | None) -> str:
    """The canonical spelling of a số ký hiệu, repaired (the one entry point: see the table above).

    ``"24 -KH/BU"`` → ``"24-KH/ĐU"``; ``"Số: 05/QD-UBND"`` → ``"05/QĐ-UBND"``;
    ``"30 / 2020 / ND-CP"`` → ``"30/2020/NĐ-CP"``; ``"104 -CTR/TU"`` →
    ``"104-CTr/TU"``; ``"31-\\nCTr/TW"`` → ``"31-CTr/TW"``; ``"214/2025/NĐCP"`` →
    ``"214/2025/NĐ-CP"``; ``"37/2025/TT-BNNMTT"`` → ``"37/2025/TT-BNNMT"``. The number keeps its
    leading zeros as printed (they differ only in :func:`symbol_key`).
    Whitespace-separated input ("24 KH DU") keeps its spaces but gets its
    codes fixed. Never raises; "" for empty input.
    """
    if not s:
        return ""
    t = nfc(s).strip().strip(".,;:()").translate(_CYRILLIC_LOOKALIKES)  # "NĐ-CР" with a Cyrillic Р
    t = _PREFIX_RE.sub("", t) if re.match(r"^\s*s\S{1,2}[\s:.]+\d", t, re.I) else t
    t = re.sub(r"(?<=[^\W\d_])[¢©®°ø](?=[^\W\d_])", "", t)  # OCR specks inside a code: "QĐ-TT¢g", "QĐ-TTøg"
    t = re.sub(r"(?<=[^\W_])\s?(?:~?[-‐‑‒–—−－]~?|~)\s?(?=[^\W_])", "-", t)  # a hyphen read as a tilde or dash: "CĐ~TTg", "27~-CT"
    t = DOUBLED_SLASH_RE.sub("", t).translate(SEPARATOR_LOOKALIKES)  # "77⁄2025" with a fraction slash (Tesseract)
    t = re.sub(r"(?<=[^\W\d_])\s?[,'’‘`]\s?(?=/)", "", t) if _PARTY_SPECK_RE.match(t) else t  # "62-KL,/TU": a speck
    t = _SPACES_AROUND_SEP.sub(r"\1", t)
    t = re.sub(r"\s+", " ", t).strip()
    t = _SPECK_AFTER_SLASH_RE.sub("", t)  # "56/2025⁄.NQ-HĐND": a scan's speck between the slash and the code
    t = _DOT_FOR_HYPHEN_RE.sub(r"\1-\2", t)  # "87/SNNMT.QLĐĐ": a scan's full stop for the hyphen
    t = _mend_glued_year(t)  # "49/2025TT-BCT": the slash after the year left out
    form = _form(t)
    out = []
    slashes = 0
    for p in _SEP_RE.split(t):
        if p in ("-", "/"):
            slashes += p == "/"
            out.append(p)
        elif p.isspace():
            out.append(" ")
        elif form == "party" and slashes >= 2 and out and out[-1] == "/":
            out.append(p)  # after the Party issuer: "919-CV/VPTW/nb" (nội bộ) is printed so, never "NĐ"
        else:
            out.append(_fix_component(p, form))
    sym = "".join(out)
    if form == "party":
        return _mend_party_issuer(sym)
    return _mend_stray_glyph(_mend_joined_code(sym)) if form == "state" else sym


#: a state symbol (a number of digits, a year) whose last part is two codes joined by a full stop and no hyphen
#: ("87/SNNMT.QLĐĐ", a scan's "." for "-"); the second code no Roman number (a department's "V.I" is printed
#: so); a foreign reference with a dotted number ("128.2025/OL.WMCLV", 39992/CHQ-GSQL) is kept as printed
_DOT_FOR_HYPHEN_RE = re.compile(
    r"^(\d+(?:/\d{4})?/(?:[^\W\d_]|&){2,})\.(?!X{0,3}(?:IX|IV|V?I{0,3})$)([^\W\d_]{2,})$")


#: a Party symbol with a scan's speck read as a comma or an apostrophe before its slash ("62-KL,/TU", a25-01 scanned)
_PARTY_SPECK_RE = re.compile(r"\d[\w.]*-[^\W\d_]+\s?[,'’‘`]\s?/")
#: a Party symbol starts "NUMBER-" and has its issuer after a slash; a state symbol starts "NUMBER/"
_PARTY_FORM_RE = re.compile(r"\d[\w.]*-[^/\s]+/")
_STATE_FORM_RE = re.compile(r"\d[\w.]*/")


def _form(t: str) -> str:
    """"party", "state" or "loose" (spaces, a code alone: no grammar) for a symbol with canonical separators."""
    if " " not in t and _PARTY_FORM_RE.match(t):
        return "party"
    if " " not in t and _STATE_FORM_RE.match(t):
        return "state"
    return "loose"


def symbol_form(s: str) -> str:
    """The grammar a symbol as read is written in: "party" ("24 -KH/BU"), "state" ("05/QB-UBND") or
    "loose" ("24 KH BU", a code alone): what :func:`fix_code` needs to know of it."""
    t = re.sub(r"\s+", " ", _SPACES_AROUND_SEP.sub(r"\1", DOUBLED_SLASH_RE.sub("", nfc(s).strip()).translate(SEPARATOR_LOOKALIKES)))
    return _form(t)


_TYPE_BY_UPPER = {c.upper(): c for c in TYPE_CODES}
_JOINED_BY_UPPER = {c.upper(): c for c in JOINED_CODE_ISSUERS}
_ISSUER_CODES_UPPER = frozenset(c.upper() for c in ISSUER_BY_CODE)
#: a state symbol's type code joined to a known issuer's code, without the hyphen ("214/2025/NĐCP")
_JOINED_CODE_RE = re.compile(
    r"^(?P<head>.*/)(?P<type>" + "|".join(sorted(_TYPE_BY_UPPER, key=len, reverse=True)) + r")"
    r"(?P<issuer>" + "|".join(sorted(_JOINED_BY_UPPER, key=len, reverse=True)) + r")$", re.IGNORECASE)


#: a state symbol whose year runs into its type code, the slash between them left out in typing ("49/2025TT-BCT",
#: "12/2024NĐ-CP"): only a type code (TYPE_CODES) after four digits of a year, and an issuer's code after it, so
#: that a number and a year glued to some other word stay as they are
_GLUED_YEAR_RE = re.compile(r"^(\d{1,5}/(?:19|20)\d\d)(?=(?:" + "|".join(sorted(map(re.escape, _TYPE_BY_UPPER), key=len, reverse=True))
                            + r")-[^\W\d_])", re.IGNORECASE)


def _mend_glued_year(number: str) -> str:
    """"49/2025TT-BCT" → "49/2025/TT-BCT": a số ký hiệu is number / year / code, so a year with its type code joined
    to it is the same symbol with a slash lost (a typing slip of the office that printed it, not another symbol)."""
    return _GLUED_YEAR_RE.sub(r"\1/", number)


def _mend_joined_code(number: str) -> str:
    """"214/2025/NĐCP" → "214/2025/NĐ-CP": a type code and an issuer's code typed without the hyphen;
    a code that is an issuer's own ("TTCP") or anything else stays."""
    m = _JOINED_CODE_RE.match(number)
    if m is None:  # "79/2025/NDCP" (legacy OCR lost the Đ of "NĐCP", 122/2025/QĐ-UBND): the type code's own letter
        m = _JOINED_CODE_RE.match(re.sub(r"(?<=/)([NQ])D(?=[A-Z][A-Za-z]*$)", r"\1Đ", number))
    if m is None or (m.group("type") + m.group("issuer")).upper() in _ISSUER_CODES_UPPER:
        return number
    return f"{m.group('head')}{_TYPE_BY_UPPER[m.group('type').upper()]}-{_JOINED_BY_UPPER[m.group('issuer').upper()]}"


#: glyphs a scan puts into a code that are no letter of it: a speck or a rule read as I, l, | or 1 (compared in
#: capitals: the key reads a symbol in capitals, and "TTl" and "TTL" must key alike)
_THIN_GLYPHS = "IL|1"


def _mend_stray_glyph(number: str) -> str:
    """"21/2025/TT1-BYT" → "21/2025/TT-BYT", "37/2025/TT-BNNMTT" → "…/TT-BNNMT", "4831/QĐ-BNNMIT" → "…/QĐ-BNNMT":
    a scan's stray glyph after the type code, or inside the issuer's code of a state symbol (a type code first) —
    a thin glyph (``_THIN_GLYPHS``) or a letter doubled — when the code is no known issuer's and dropping the
    glyph gives exactly one known issuer's code of three letters or more; anything else stays as read (a code
    not on the list, "SYTT", "UBNDT", "SVHTT&DL", is valid)."""
    head, _, codes = number.rpartition("/")
    parts = codes.split("-")
    if len(parts) == 2 and parts[0] not in CODE_TYPES and parts[0][:-1] in CODE_TYPES and parts[0][-1].upper() in _THIN_GLYPHS:
        parts[0] = parts[0][:-1]  # "21/2025/TT1-BYT": a glyph after the type code (no type code holds a digit)
        number = f"{head}/{parts[0]}-{parts[1]}"
    elif len(parts) == 2 and parts[0] not in CODE_TYPES and parts[0].count("1") == 1 and parts[0][0] != "1":
        # "07/C1-UBND" (scans): the type code's T read as a 1 — exactly one of T, I, L in its place is a type code
        fits = {c for c in CODE_TYPES for g in "TIL" if c.upper() == parts[0].replace("1", g).upper()}
        if len(fits) == 1:
            parts[0] = fits.pop()
            number = f"{head}/{parts[0]}-{parts[1]}"
    if not head or len(parts) != 2 or parts[0] not in CODE_TYPES or parts[1] in KNOWN_ISSUER_CODES \
            or len(parts[1]) < 4 or not parts[1].replace("&", "").isalpha():  # an "&" inside: "BVHTT&IDL" (ncfix49a)
        return number
    code = parts[1]
    fits = {code[:i] + code[i + 1:] for i in range(len(code))
            if code[i].upper() in _THIN_GLYPHS or code[i] == code[i - 1:i] or code[i] == code[i + 1:i + 2]}
    fits &= KNOWN_ISSUER_CODES
    return f"{head}/{parts[0]}-{fits.pop()}" if len(fits) == 1 else number


#: glyphs a scan puts into a Party issuer's code: the thin ones, and a V split off a W ("TVW" for TW)
_PARTY_STRAY_GLYPHS = _THIN_GLYPHS + "V"


def _mend_party_issuer(number: str) -> str:
    """"318-BC/BTGDVTVW" → "318-BC/BTGDVTW": a scan's stray glyph inside a Party symbol's issuer code (after its
    slash) — a thin glyph, a V split off a W, or a letter doubled — when the code is no known body's and dropping
    the glyph gives exactly one known body's code (``KNOWN_ISSUER_CODES``, a Tỉnh ủy department's
    ``PARTY_DEPARTMENT_CODES``: "BTGDVTTU" → BTGDVTU) of five letters or more; a code never
    seen otherwise ("BTGDVHU", "BDVTU") is kept as read, and one valid code is never read as another."""
    head, _, code = number.rpartition("/")
    if not head or "-" not in head or len(code) < 6 or len(code) > _LONGEST_CODE or not code.isalpha() \
            or code in KNOWN_ISSUER_CODES or code in OTHER_CODES or code in PARTY_DEPARTMENT_CODES:
        return number
    fits = {code[:i] + code[i + 1:] for i in range(len(code))
            if code[i] in _PARTY_STRAY_GLYPHS or code[i] == code[i - 1:i] or code[i] == code[i + 1:i + 2]}
    fits = {c for c in fits if (c in KNOWN_ISSUER_CODES or c in PARTY_DEPARTMENT_CODES) and len(c) >= 5}
    return f"{head}/{fits.pop()}" if len(fits) == 1 else number


@functools.lru_cache(maxsize=65536)  # a pure function of its text: a document's symbols repeat, the archive keys them again
def symbol_key(s: str | None) -> str | None:
    """Folded, separator- and zero-insensitive key for exact-symbol lookup, or None.

    ``"24-KH/ĐU"``, ``"24-KH/DU"``, ``"24 KH DU"`` and ``"24 -KH/BU"`` all give
    ``"24 kh du"``; ``"05/QĐ-UBND"`` and ``"5/QD-UBND"`` give ``"5 qd ubnd"``.
    None when the symbol holds no letter or digit. The archive indexes
    documents and citations by this string (``Archive.reindex`` after a change).
    """
    if not s:
        return None
    # repaired as capitals, so the key is blind to case and a key is its own
    # key ("nb" and "NB" both read as NĐ; "0l" is not repaired to "01" in one
    # spelling and kept in another)
    key = _key_once(s)
    for _ in range(3):  # punctuation can hide a code from one repair ("BDVBU, số"): repair to a fixed point
        again = _key_once(key) if key else key
        if again == key:
            break
        key = again
    return key


def _key_once(s: str) -> str | None:
    parts = _NON_ALNUM_RE.sub(" ", fold(normalize_symbol(nfc(s).upper()))).split()
    parts = [p.lstrip("0") or "0" if p.isdigit() else p for p in parts]
    return " ".join(parts) or None
