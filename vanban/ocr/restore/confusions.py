"""The OCR confusion model as data: how OCR garbles a Vietnamese syllable.

Two sources, both "OCR substring → diacritic-free source substring":

* ``data/confusions_learned.tsv`` — rules counted from real Tesseract
  errors on rendered scans (``derive_confusions.py``), with probabilities;
* ``HAND_RULES`` below — patterns read off legacy OCR of Party documents
  that a rendered corpus under-represents (Đ read as P/B at a word start,
  "ư" read as "ir"/"tr"/"w", "ô" as "6"/"b"/"d"…). Costs are log10 units:
  0.3 ≈ "happens half the time", 1.0 ≈ "one time in ten".

Also here: the symbol grammar's code inventory (for KH/BU → KH/ĐU) and
ALL-CAPS abbreviations that must never be "restored" into syllables.
"""

from __future__ import annotations

import re

import math
from functools import lru_cache
from pathlib import Path

from vanban.symbol_codes import ALL_CODES
from vanban.symbols import fix_code

LEARNED = Path(__file__).with_name("data") / "confusions_learned.tsv"
LEARNED_TOKENS = Path(__file__).with_name("data") / "confusions_tokens.tsv"
TOKEN_COST_MAX = 1.5  # a token-level reading seen rarely is still no dearer than this

# (ocr substring, source substring, cost). "^" anchors at the token start.
HAND_RULES: tuple[tuple[str, str, float], ...] = (
    ("^p", "d", 0.6), ("^b", "d", 1.0), ("^d", "d", 0.0),
    ("6", "o", 0.1), ("0", "o", 0.6), ("b", "o", 0.9), ("d", "o", 0.9), ("é", "o", 0.4),
    ("ö", "o", 0.3), ("ó", "o", 0.3), ("ò", "o", 0.3), ("q", "o", 1.2), ("ø", "o", 0.5),
    ("€", "e", 0.1), ("¢", "e", 0.2), ("&", "e", 0.8), ("é€", "e", 0.3), ("é", "e", 0.0),
    ("4", "a", 0.3), ("1", "l", 0.2), ("1", "i", 0.7), ("l", "i", 0.9), ("i", "l", 0.9),
    ("ir", "u", 0.3), ("it", "u", 0.4), ("tt", "u", 0.5), ("tr", "u", 0.5), ("ti", "u", 0.5),
    ("tm", "un", 0.6), ("im", "un", 0.6), ("irn", "un", 0.5), ("itn", "un", 0.5), ("ttn", "un", 0.5),
    ("t", "u", 1.0), ("l", "u", 1.2), ("y", "u", 0.7), ("w", "u", 0.3), ("ii", "u", 0.5),
    ("rn", "m", 0.5), ("ud", "uo", 0.6), ("uod", "uo", 0.5), ("6d", "o", 0.5), ("ué", "uo", 0.5),
    ("'", "", 0.1), ("’", "", 0.1), ("i", "", 1.2), ("j", "i", 0.6), ("!", "i", 0.8),
    ("ci", "cu", 0.8), ("cti", "cu", 0.4), ("ct", "cu", 0.5), ("cl", "cu", 0.6),
    ("a", "o", 1.2), ("o", "a", 1.2), ("e", "o", 1.0), ("o", "e", 1.2), ("u", "o", 1.2),
    ("c", "e", 1.0), ("hi", "h", 1.0), ("dé", "de", 0.2), ("é", "", 1.2),
    # -- legacy-engine classes (general OCR phenomena, see tests/fixtures/degrade.LEGACY_LETTER):
    # a hat or breve over a narrow glyph reads as "i" (năm → "nim", cầu → "ciu"); the 4th field
    # names the source letters the rewrite stands for — a form without any of them pays HAT_MISS
    ("i", "a", 0.6, "ăâắằẳẵặấầẩẫậ"),
    # a final c whose bowl closes reads as e (thực → "thue", thức → "thire"), and back
    ("e", "c", 1.0), ("ire", "uc", 0.6, "ưứừửữự"), ("ur", "u", 0.5, "ưứừửữự"),
    ("¢", "c", 0.4), ("ü", "u", 0.3), ("&", "o", 0.6),
    # a circumflex or a breve over a read as the acute of an e (nhận → "nhén", dân → "dén"; năm → "ném":
    # "tháng 7 ném 2025", 39 times in the eng OCR of 120 bench documents, all kept "ném" while ă was left out)
    ("é", "a", 0.5, "âấầẩẫậăắằẳẵặ"),
    # a u with a tilde or hook above reads as "il": the mark becomes the first stem's dot and the
    # second stem rises into an l (cũ → "cil", ngũ → "ngil", vũ → "vil", chủ → "chil"; no valid
    # syllable writes "il"), the marked twin of ("ii", "u")
    ("il", "u", 0.5, "ũủ"),
    # a breve/circumflex a or a horned u before a final consonant whose mark reads as an acute with an i
    # stroke beside it (đăng → "déing", những → "nhéing"), which tone normalisation writes "eí" before
    # the rules see it (the acute of a closed syllable goes on its last vowel); no valid syllable writes
    # "eí". The open "éi" is left to the rules of ơ ("véi" is với, "maéi" mới: an "éi" rule read "và", "mẫu")
    ("eí", "a", 0.6, "ăắằẳẵặâấầẩẫậ"), ("eí", "u", 0.6, "ưứừửữự"),
    # a horned u with a tone mark above reads as an i, the horn and the mark fused into its dot, with a stray f
    # after it (nữ → "nif"): "phu nif" stayed "phụ ni". Left out, measured: the bare i (0.8; "phu ni") cost a body's
    # "Tỉnh ủy" ("Tinh iy" → "Tỉnh ý") and "iv" read the Roman numeral "Iv." of a heading as "U."
    ("if", "u", 0.4, "ứừửữự"),
)
# "ư" written "uw" by legacy fonts' OCR (the horn read as a w after the u: "truwée", "nguwoi"):
# the restorer reads such a token as its "u" (decode.Restorer._word_candidates) at the cost the
# hand rule ("w", "u") charges; kept out of HAND_RULES, whose change would stale the candidate table
UW_HORN_COST = 0.3
HAT_MISS = 0.5  # a rule that reads a hat/horn/breve glyph, used for a form without one

# Letters an engine that knows Vietnamese (Tesseract ``vie``) misreads at a syllable's start,
# marks intact (tessdata issue #83: "Tập trung" → "Tập ưung", "Nghị định" → "Nghị lịnh"):
# (OCR start, source start, cost). Only accented tokens are read so (an engine without
# marks never writes "ư"), and only into a valid syllable with the same marks.
VIE_LETTER_RULES: tuple[tuple[str, str, float], ...] = (("ư", "tr", 1.2), ("l", "đ", 1.2))

# Codes of document symbols (số ký hiệu): type codes and issuer codes, from the one table
# every stage reads (vanban.symbol_codes), so restoration keeps every code extraction knows.
SYMBOL_CODES = ALL_CODES

# Codes spelt with a small letter of their own (TTg = Thủ tướng, CTr = chương trình, TTr = tờ
# trình, QĐi = quân đội), alone or inside a longer code ("PTTg", "PTTgCP"): kept as OCR wrote
# them, never upper-cased like a heading word nor read as a syllable ("PTTg" → "PU").
MIXED_CASE_CODE_RE = re.compile(r"(?:[A-ZĐ]*(?:TTg|CTr|TTr|QĐi))+[A-ZĐ]*")


# ALL-CAPS tokens that are abbreviations, not syllables: kept as written.
ABBREVIATIONS = frozenset(
    """UBND HĐND MTTQ HCSN OCOP TW DV TG XD TM KT TL TUQ VP CV QĐ KH NQ BCH BTV CT KL HD TB BC
    CNH HĐH XHCN THCS THPT GDĐT BHYT BHXH ATGT ANTT PCCC KTXH QPAN CB CC VC ĐV HLV CLB TDTT
    VPĐU CNTT ĐBQH ĐTN LĐLĐ UBKT BCĐ GD ĐT DN HTX VT TT ĐU TU HU QU ĐUK UBMTTQ HĐ TTr""".split()
)
# Abbreviations whose Đ OCR lost, with the certain repair.
# "P"/"B" for "Đ" is legacy OCR's commonest capital error (PANG → ĐẢNG): HPND, HBND and
# VPPU are no abbreviation of anything, HĐND and VPĐU are, so the repair is certain.
# "LĐVP" (lãnh đạo Văn phòng) and "TTĐT" (Cổng thông tin điện tử) of a Nơi nhận, printed "LDVP", "TTDT" by eng OCR
# (a16-04, a15-08): the 307 realdocs texts write LĐVP 22 times and TTĐT 226 times, never LDVP nor TTDT.
ABBREVIATION_FIX = {"VPDU": "VPĐU", "HDND": "HĐND", "BCD": "BCĐ", "UBMTTQ": "UBMTTQ", "LDLD": "LĐLĐ", "DTN": "ĐTN",
                    "HPND": "HĐND", "HBND": "HĐND", "VPPU": "VPĐU", "VPBU": "VPĐU", "BCP": "BCĐ",
                    "LDVP": "LĐVP", "TTDT": "TTĐT"}


# Both spellings are standard ("hằng năm"/"hàng năm"): correction never swaps them.
SPELLING_VARIANTS = frozenset({frozenset(("hằng", "hàng")), frozenset(("giầy", "giày")), frozenset(("dầy", "dày"))})


# House style where both spellings are standard: Party and state documents
# write "hằng năm/tháng/quý" (every year/month/quarter); the legal corpus the LM
# is counted on splits about evenly between "hằng" and "hàng" there, so the
# LM alone flips a coin. log10 bonus of the pair (first, second) in restore mode.
HOUSE_STYLE_PAIRS: dict[tuple[str, str], float] = {
    ("hằng", w): 0.3 for w in ("năm", "tháng", "quý", "tuần", "ngày", "giờ")
}


def _tsv_rows(path: Path) -> list[list[str]]:
    """The tab-separated fields of each line of a counted table (``derive_confusions.py`` writes them:
    comment lines start with "#"); [] when the table was never derived."""
    if not path.exists():
        return []
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def rules() -> dict[str, tuple[tuple[str, float, bool, frozenset[str] | None], ...]]:
    """OCR substring → ((replacement, cost, anchored, needs), …), cheapest first.

    ``needs``: the accented source letters a hat-reading rule stands for
    (None for plain rules); the candidate generator charges ``HAT_MISS`` to a
    form that has none of them."""
    table: dict[tuple[str, str, bool], float] = {}
    needs: dict[tuple[str, str, bool], frozenset[str]] = {}
    for a, b, cost, *need in HAND_RULES:
        anchored = a.startswith("^")
        key = (a.lstrip("^"), b, anchored)
        table[key] = cost
        if need:
            needs[key] = frozenset(need[0])
    for a, b, n, tot in _tsv_rows(LEARNED):
        p = (int(n) + 0.5) / (max(int(tot), int(n)) + 1.0)
        cost = round(min(1.5, -math.log10(p)), 2)
        key = (a, b, False)
        table[key] = min(cost, table.get(key, 9.0))
    out: dict[str, list[tuple[str, float, bool, frozenset[str] | None]]] = {}
    for (a, b, anchored), cost in table.items():
        if a == b:
            continue
        out.setdefault(a, []).append((b, cost, anchored, needs.get((a, b, anchored))))
    return {a: tuple(sorted(v, key=lambda x: x[1])) for a, v in out.items()}


@lru_cache(maxsize=1)
def token_rules() -> dict[str, tuple[tuple[str, float], ...]]:
    """Whole OCR token → ((source key, cost), …) from ``confusions_tokens.tsv``.

    Cost is -log10 of the share of the token's sightings that stood for the
    key (add-one smoothed on the total), so a valid-looking token that OCR
    often makes out of another syllable ("ty" from "ủy", "duc" from
    "được") pays for keeping itself as well as for the rewrite.
    """
    out: dict[str, list[tuple[str, float]]] = {}
    for tok, key, n, tot in _tsv_rows(LEARNED_TOKENS):
        cost = round(min(TOKEN_COST_MAX, -math.log10(int(n) / (int(tot) + 1.0))), 2)
        out.setdefault(tok, []).append((key, cost))
    return {t: tuple(sorted(v, key=lambda x: x[1])) for t, v in out.items()}


TOKEN_PAIRS = 65_579  # aligned (OCR token, source) pairs the token table was counted on (SOURCES.md)


@lru_cache(maxsize=1)
def token_counts() -> dict[str, tuple[tuple[str, int, int], ...]]:
    """Whole OCR token → ((source key, seen, token total), …): the raw counts
    of ``confusions_tokens.tsv``, for a channel model that divides out the
    source prior (see ``candidates.Inventory.rule_keys``)."""
    out: dict[str, list[tuple[str, int, int]]] = {}
    for tok, key, n, tot in _tsv_rows(LEARNED_TOKENS):
        out.setdefault(tok, []).append((key, int(n), int(tot)))
    return {t: tuple(v) for t, v in out.items()}


def fix_symbol_code(code: str, form: str | None = None) -> str:
    """Repair one code of a document symbol when the grammar makes it certain.

    "BU" is no code but "ĐU" is: OCR read Đ as B/P/D. The one symbol grammar
    of :mod:`vanban.symbols` decides (listed aliases only, never a valid code
    such as a ministry's "BCT" or "BTN"); anything else is returned unchanged.
    ``form``: the grammar of the symbol it was read in (:func:`vanban.symbols.symbol_form`).
    """
    if code in SYMBOL_CODES or not code.isalpha():
        return code
    fixed = fix_code(code, form)
    only_d = len(fixed) == len(code) and all(a == b or b == "Đ" for a, b in zip(code, fixed))
    return fixed if only_d else code
