"""Tokens restoration keeps as written: codes, units and Latin acronyms, not syllables.

Why: restoration reads every word token as a Vietnamese syllable that lost its marks.
Tokens that are no such syllable came out changed — "Quốc lộ 1A" → "Quốc lộ Lộ",
"ISO 9001:2015" → "SỐ 9001:2015", "Phụ lục IIa" → "Phụ lục IA", "5G" → "5g",
"110 kV" → "110 kv", "FDI" kept but "1A" → "Là" — and the changed form reached the
archive ("Nâng cấp Quốc lộ 1a" as a title). A token is restored only where it can be
a Vietnamese syllable missing its marks; these kinds cannot:

- a number with a capital letter: road and grade codes ("1A", "14C", "5G", "QL1A", "ĐT741");
- a Roman numeral with a small letter: appendices and items ("IIa", "IIIb");
- on a page Tesseract ``vie`` read (mode "correct": its marks are there, its case is the print's), a Latin
  token whose case mixes as a code's, a capital after a small letter ("IoT", "ToT" for it, "eKYC"): no
  syllable is printed so ("ToT" → "Tốt" ten times on a scanned plan that wrote "IoT" seven times;
  :func:`mixed_case_code`). Legacy OCR's capitals read small ("MUC PiCH", "THUoNG") stay open to restoration;
- a unit spelt with its own capitals ("kV", "kWh", "MHz"; ``lexicon/kept_tokens.tsv``);
- a Latin acronym in capitals (``lexicon/kept_tokens.tsv``: ISO, FDI, ODA, PCI…) or one
  whose shape no syllable has: two vowel groups ("PAPI", "COVID", "ASEAN"), an onset
  cluster no syllable starts with ("PCI", "SMS"), a letter Vietnamese lacks (f, j, z).

What legacy OCR makes of real syllables stays open to restoration: digits inside small
letters ("s6", "1a" = số, là), a capital letter after "1" that is an I ("1T Cá nhân" = II),
capitals with a G or Q for Ơ/Ư between vowels ("NGUGI" = NGƯỜI, "TRUGC" = TRƯỚC), and
W for Ư ("ngw6i").
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import confusions, lexicon
from .candidates import fold

# a number then one capital; I, L, T are left out: legacy OCR reads "II" as "1T"/"1I"/"1L"
# (the seed 24-KH/ĐU's "1T Cá nhân"). Road prefixes: quốc lộ, đường tỉnh, tỉnh lộ, huyện, hương lộ.
_CODE_RE = re.compile(r"\d{1,4}[A-HJKM-SU-Z]|(?:QL|ĐT|DT|TL|HL|ĐH|DH)\.?\d{1,4}[A-Z]?")
# a Roman numeral of two letters or more, then a small letter: "IIa", "IIIb", "IVc" ("Va", "Xa",
# "Vi" are words: one numeral letter is not enough)
_ROMAN_LETTER_RE = re.compile(r"[IVX]{2,5}[a-e]")
# shapes no Vietnamese syllable has, in an all-capital ASCII token:
# two vowel groups with a consonant between that is not G or Q (legacy OCR's Ơ/Ư: "NGUGI")
_TWO_VOWEL_GROUPS_RE = re.compile(r"[AEIOUY]+[BCDFHJKLMNPRSTVXZ]+[AEIOUY]")
# an onset cluster no syllable starts with (syllables: ch gh gi kh ng ngh nh ph qu th tr)
_ONSET_RE = re.compile(r"(?:NGH|NG|NH|CH|GH|GI|KH|PH|QU|TH|TR|[BCDGHKLMNPQRSTVX])?[AEIOUY]")
_FOREIGN_LETTER_RE = re.compile(r"[FJZ]")
_CAPS_RE = re.compile(r"[A-Z]{2,8}")
# a capital after a small letter, ASCII letters only ("IoT", "ToT", "eKYC"; "PTTg" is confusions.MIXED_CASE_CODE_RE's)
_MIXED_CASE_RE = re.compile(r"[A-Za-z]{0,6}[a-z][A-Z][A-Za-z]{0,6}")


@lru_cache(maxsize=1)
def kept_tables() -> dict[str, frozenset[str]]:
    """kind → tokens of ``lexicon/kept_tokens.tsv`` (unit, acronym)."""
    out: dict[str, set[str]] = {}
    for line in (lexicon.LEXICON_DIR / "kept_tokens.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, _, token = line.partition("\t")
            out.setdefault(kind.strip(), set()).add(token.strip())
    return {k: frozenset(v) for k, v in out.items()}


#: metric units spelt without a vowel, lower case: no Vietnamese syllable lacks a vowel, so the restorer's channel
#: only ever turns them into a wrong word ("dự trữ ít nhất 100 kg thức ăn" restored "100 ko thức ăn", a23-04 legacy:
#: the minimum's unit lost); kept as written wherever they stand (a cell's lone "kg": units.py as before)
VOWELLESS_UNITS = frozenset({"kg", "mg", "km", "cm", "mm", "dm", "ml"})


#: (leg54) a unit's code with a small letter of its own after capitals that hold no vowel: "TKê" (Thống kê) of "Lưu: VT,
#: TKê", which eng OCR read "TKé" and restoration made "TẾ" (a51-05 legacy: the archive note's code lost its K). No
#: syllable opens with two capitals but an onset's ("TH", "NG" …: legacy OCR's heading read half small, "THuONG"), and
#: none with a consonant pair no onset is. No G nor Q among the capitals: legacy OCR reads a capital Ộ/Ơ as G ("HGi" for
#: HỘI, "DGi" for ĐỐI, 12 and 1 times in the eng OCR of the sets 50–52), a syllable to restore
_CODE_SMALL_TAIL_RE = re.compile(r"([BCDĐHKLMNPRSTVX]{2,4})[a-zà-ỹ]{1,3}")
#: the onsets of two letters or more, in capitals
_ONSETS = frozenset({"CH", "GH", "GI", "KH", "NG", "NGH", "NH", "PH", "QU", "TH", "TR"})


@lru_cache(maxsize=1 << 14)
def kept_as_written(word: str) -> bool:
    """True when the word token ``word`` is a code, unit or acronym, never a syllable to restore."""
    if word.islower():
        return False  # legacy OCR's small letters ("1a", "s6", "mg" in a cell: units.py's)
    if _CODE_RE.fullmatch(word) or _ROMAN_LETTER_RE.fullmatch(word):
        return True
    tables = kept_tables()
    if word in tables["unit"] or word in tables["acronym"]:
        return True
    if _CODE_SMALL_TAIL_RE.fullmatch(word) and _CODE_SMALL_TAIL_RE.fullmatch(word).group(1) not in _ONSETS:
        return True  # "TKé" (Lưu: VT, TKê): capitals no syllable opens with, then a small tail
    if not _CAPS_RE.fullmatch(word) or not any(c in "AEIOUY" for c in word):
        return False  # (capitals without a vowel, "MTTQ", "GDP", are kept by decode already)
    return bool(_FOREIGN_LETTER_RE.search(word) or _TWO_VOWEL_GROUPS_RE.search(word)
                or not _ONSET_RE.match(word))


def mixed_case_code(word: str) -> bool:
    """True when ``word`` mixes case as a code or acronym does, a capital after a small letter ("IoT", "ToT",
    "eKYC"): kept as written on a page Tesseract ``vie`` read (restoration's "correct" mode), where a capital
    after a small letter is printed so; legacy OCR's small letter in a heading ("PiCH") is a capital misread."""
    return bool(_MIXED_CASE_RE.fullmatch(word))


# A body's head before its field written as an abbreviation: "Ban TG và DV Tỉnh ủy", "Ban XD Đảng",
# "Phòng QLCN", "Bộ KHCN" (real documents of ../shared/realdocs write no other word so before
# one); with no words around, the LM read the seeds' "- Ban TG va DV" and "- Ban XD Dang" as
# "Bản". Capitalised OCR token → the head's form. ("So" is left out: "Số TT" is as common as "Sở TC".)
BODY_HEADS_BEFORE_CODE = {"Ban": "ban", "Phong": "phòng", "Bo": "bộ"}


def is_code_word(word: str) -> bool:
    """An abbreviation in capitals ("TG", "XD", "HĐND", "QLCN"), not a heading word ("THUONG")."""
    if len(word) < 2 or not word.isupper() or not word.isalpha():
        return False
    return (word in confusions.ABBREVIATIONS or word in confusions.ABBREVIATION_FIX
            or not any(c in "AEIOUY" for c in fold(word).upper()) or kept_as_written(word))
