"""Số và ký hiệu: the one canonical spelling and the one comparison key of a symbol.

Why one leaf module: extraction stores :func:`normalize_symbol`, the archive
indexes documents and citations by :func:`symbol_key`, search turns a typed
query into the same key and the citation links join on it. Were any two of
them to normalise differently, "24-KH/ĐU" typed as ``24-KH/BU`` would miss
its document and "5/QĐ-UBND" would never meet "05/QĐ-UBND". It depends only
on :mod:`vanban.text`, so every stage may import it.

Two grammars exist (see :mod:`vanban.extract.patterns`):

* Party form  ``NUMBER-TYPE/ISSUER``       — ``25-NQ/TW``, ``15-HD/BTGDVTU``;
* state form  ``NUMBER[/YEAR]/TYPE-ISSUER`` — ``05/QĐ-UBND``, ``30/2020/NĐ-CP``,
  joint issuers ``04/TTr-BKHCN-BTTTT``, codes with ``&`` (``BNN&MT``) and
  dotted numbers (``66.19/2026/NQ-CP``).

Repair of a code read by OCR (Đ read as B/P: ``KH/BU`` → ``KH/ĐU``) happens
only for the aliases listed in :data:`D_CODE_ALIASES`, and never when the
alias is itself a valid code (:data:`VALID_CODES`, e.g. ministry codes that
start with B: ``BTC``, ``BNN&MT``). Anything else keeps the letters as read.
"""

from __future__ import annotations

import functools
import re

from vanban.text import fold, nfc

__all__ = ["normalize_symbol", "symbol_key", "SEPARATOR_LOOKALIKES", "TYPE_CODES", "fix_code", "D_CODE_ALIASES", "VALID_CODES", "KNOWN_D_CODES"]

# --- data ---------------------------------------------------------------------
#: Codes whose canonical spelling holds Đ → the spellings OCR or a keyboard
#: without đ give them (Đ read as D, P or B).
D_CODE_ALIASES: dict[str, tuple[str, ...]] = {
    "QĐ": ("QD", "QP", "QB"),
    "NĐ": ("ND", "NP", "NB"),
    "CĐ": ("CD",),  # Công điện ("223/CD-TTg" as eng OCR reads it); "CP" (Chính phủ) is a code of its own
    "ĐU": ("DU", "PU", "BU"),
    "HĐND": ("HDND", "HPND", "HBND"),
    "BCĐ": ("BCD", "BCP", "BCB"),
    "BCĐTW": ("BCDTW", "BCPTW", "BCBTW"),
    "BCĐTU": ("BCDTU", "BCPTU", "BCBTU"),
    "ĐTN": ("DTN", "PTN"),
    "VPĐU": ("VPDU", "VPPU", "VPBU"),
    "BTCĐU": ("BTCDU", "BTCPU", "BTCBU"),
    "UBKTĐU": ("UBKTDU", "UBKTPU", "UBKTBU"),
    "BTGĐU": ("BTGDU", "BTGPU", "BTGBU"),
    "BDVĐU": ("BDVDU", "BDVPU", "BDVBU"),
    "TTĐT": ("TTDT",),
    "ĐA": ("DA",),
    "QĐi": ("QDI", "QĐI"),
    "BGDĐT": ("BGDDT",),
    "SGDĐT": ("SGDDT",),
    "BKHĐT": ("BKHDT",),
    "BLĐTBXH": ("BLDTBXH",),
    # the ministry's code without its B, as its Quyết định are numbered ("206/QĐ-LĐTBXH"): eng OCR drops the
    # stroke of its Đ ("Quyét dinh s6 206/QD-LDTBXH", 11208/BNV-KHTC legacy)
    "LĐTBXH": ("LDTBXH",),
    "QHĐP": ("QHDP",),
}

#: The code of a symbol's type part (the "KH" of "12-KH/ĐU") → the document
#: type it stands for; extraction uses it when a document has no title line.
TYPE_CODES = {
    "KH": "Kế hoạch", "NQ": "Nghị quyết", "KL": "Kết luận", "CT": "Chỉ thị",
    "HD": "Hướng dẫn", "CV": "Công văn", "QĐ": "Quyết định", "QĐi": "Quy định",
    "TB": "Thông báo", "BC": "Báo cáo", "CTr": "Chương trình", "TTr": "Tờ trình",
    "NĐ": "Nghị định", "TT": "Thông tư", "ĐA": "Đề án", "QC": "Quy chế",
}

#: Codes with lower-case letters, keyed by their upper-case spelling
#: (Chương trình CTr, Tờ trình TTr, Thủ tướng TTg, Quy định of the Party QĐi).
MIXED_CASE = {c.upper(): c for c in ("CTr", "TTr", "TTg", "QĐi", "QĐ-TTg")}

#: Valid codes that look like a Đ-alias; never "repaired". Ministries, agencies,
#: provinces and Party bodies (a list cannot be complete: repair is therefore
#: limited to the explicit aliases above, and these win over them).
VALID_CODES = frozenset({
    "BTC", "BCA", "BQP", "BNG", "BTP", "BYT", "BXD", "BCT", "BNV", "BKHCN", "BNN", "BNNPTNT", "BNN&MT",
    "BTNMT", "BGTVT", "BTTTT", "BVHTTDL", "BDTTG", "BTG", "BTGTW", "BTCTW", "BDVTW", "BKTTW", "BNCTW",
    "BTGDVTU", "BTGDV", "BTCTU", "BDVTU", "BCH", "BCHTW", "BCS", "BCSĐ", "BTV", "BTVTU", "BQL", "BHXH",
    "BKT", "BP", "BTN", "BNB", "HD", "HDLT",
    "CP", "CB",  # Chính phủ ("NĐ-CP"), Chi bộ ("05-NQ/CB"): never Công điện's "CĐ"
    "BNNMT",  # Bộ Nông nghiệp và Môi trường (since 2025: "4831/QĐ-BNNMT"), read "BNNMTT" on scans
})

_CODE_FIX = {alias: canon for canon, aliases in D_CODE_ALIASES.items() for alias in aliases}
#: Codes spelled with Đ that a repair may produce (the targets of the grammar).
KNOWN_D_CODES = frozenset(D_CODE_ALIASES) | frozenset(
    "ĐCT ĐUK LĐLĐ HĐ HĐTĐKT ĐĐBQH BGDĐT BKHĐT BLĐTBXH BCĐ VPĐU SGDĐT ĐBQH NQ-HĐND".split()
)
# OCR digit look-alikes inside the numeric part of a symbol.
_DIGIT_FIX = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5"})

_PREFIX_RE = re.compile(r"^\s*(?:s[ốoóô6b][\s:.]*)", re.IGNORECASE)
_SPACES_AROUND_SEP = re.compile(r"\s*([-/])\s*")
_SEP_RE = re.compile(r"([-/]|\s+)")
_NON_ALNUM_RE = re.compile(r"[\W_]+", re.UNICODE)


def fix_code(code: str) -> str:
    """Canonical spelling of one code component ("QD" → "QĐ", "BU" → "ĐU", "CTR" → "CTr").

    A code that is valid as read (``VALID_CODES``) or not a known alias keeps
    its letters; only its case is made canonical (upper case, or the mixed
    case of ``MIXED_CASE``).
    """
    t = nfc(code).replace("Ð", "Đ").replace("ð", "đ")
    up = t.upper()
    if up in VALID_CODES:
        return up
    if up in MIXED_CASE:
        return MIXED_CASE[up]
    if up in _CODE_FIX:
        return _CODE_FIX[up]
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
    options &= KNOWN_D_CODES
    if len(options) == 1:
        return options.pop()
    # a stray I or l read inside a type code with a small letter ("TTIr" for TTr, "CTlr" for CTr), or any stray
    # letter inside it on a scan ("157/2007/QĐ-TTEg" for TTg, "3169/TTTr-STP" for TTr: 2553/QĐ-TTg, 2979/QĐ-UBND)
    stray = {up[:i] + up[i + 1:] for i, ch in enumerate(up) if 0 < i < len(up) - 1 and (ch in "IL" or len(up) == 4)}
    mixed = [MIXED_CASE[c] for c in stray if c in MIXED_CASE]
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
def _fix_component(comp: str) -> str:
    """One part of a symbol between separators, repaired (cached: a document's
    symbols repeat the same few parts, and a hostile "1-1-1-…" line repeats one)."""
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
        if coded and coded.group(2) == "1" and fix_code(coded.group(1)) in TYPE_CODES:
            return fix_code(coded.group(1))  # "21/2025/TT1-BYT" (scans): a speck after a type code, read as a 1
        if coded and not _LEGISLATURE_RE.fullmatch(comp.upper()):  # "HDND17" → "HĐND17": a code with its term
            return fix_code(coded.group(1)) + coded.group(2)
        legislature = _LEGISLATURE_RE.fullmatch(comp.upper())
        if legislature:  # "UBTVQHI5" → "UBTVQH15": the Quốc hội's term read with a digit look-alike
            return legislature.group("head") + _legislature(legislature.group("n"))
        return comp.upper()  # e.g. "QH14", "66.19"
    return fix_code(comp)


# Cyrillic capitals that look like Latin ones, as real documents carry them inside symbols ("TT-BTС").
_CYRILLIC_LOOKALIKES = str.maketrans("АВСЕНКМОРТХУІ", "ABCEHKMOPTXYI")
#: A số ký hiệu's separators as other programs write them: a hyphen converted to a dash (Word's
#: "25–NQ/TW", a web page's minus sign) and a slash as a look-alike (U+2044 "77⁄2025/NQ-HĐND" as
#: Tesseract printed it, U+2215, a full-width ／). ``text.translate(SEPARATOR_LOOKALIKES)``.
SEPARATOR_LOOKALIKES = str.maketrans({**{c: "-" for c in "‐‑‒–—−－"}, "⁄": "/", "∕": "/", "／": "/"})


def normalize_symbol(s: str | None) -> str:
    """The canonical spelling of a số ký hiệu.

    ``"24 -KH/BU"`` → ``"24-KH/ĐU"``; ``"Số: 05/QD-UBND"`` → ``"05/QĐ-UBND"``;
    ``"30 / 2020 / ND-CP"`` → ``"30/2020/NĐ-CP"``; ``"104 -CTR/TU"`` →
    ``"104-CTr/TU"``; ``"31-\\nCTr/TW"`` → ``"31-CTr/TW"``. The number keeps its
    leading zeros as printed (they differ only in :func:`symbol_key`).
    Whitespace-separated input ("24 KH DU") keeps its spaces but gets its
    codes fixed. Never raises; "" for empty input.
    """
    if not s:
        return ""
    t = nfc(s).strip().strip(".,;:()").translate(_CYRILLIC_LOOKALIKES)  # "NĐ-CР" with a Cyrillic Р
    t = _PREFIX_RE.sub("", t) if re.match(r"^\s*s\S{1,2}[\s:.]+\d", t, re.I) else t
    t = re.sub(r"(?<=[^\W\d_])[¢©®°](?=[^\W\d_])", "", t)  # OCR specks inside a code: "QĐ-TT¢g"
    t = re.sub(r"(?<=[^\W_])\s?[~‐‑‒–—−－]\s?(?=[^\W_])", "-", t)  # a hyphen read as a tilde or dash: "CĐ~TTg"
    t = t.translate(SEPARATOR_LOOKALIKES)  # "77⁄2025" with a fraction slash (Tesseract)
    t = _SPACES_AROUND_SEP.sub(r"\1", t)
    t = re.sub(r"\s+", " ", t).strip()
    out = []
    for p in _SEP_RE.split(t):
        if p in ("-", "/"):
            out.append(p)
        elif p.isspace():
            out.append(" ")
        else:
            out.append(_fix_component(p))
    return "".join(out)


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
