"""Vietnamese numbers as written: "96,5", "1.000", "1.000.000,5", "2/3", "mười".

Why: Vietnamese writes the decimal mark as a comma and groups thousands
with dots ("96,5%" is ninety-six and a half, "1.000" one thousand), the
reverse of English; read the English way, "96,5%" became 965 and "1.000"
became 1.0. A dot followed by something other than groups of exactly three
digits is taken as a decimal point (OCR and English-style input: "1.5").
Small counts are often words ("ít nhất hai lớp", "mười ngày").
"""

from __future__ import annotations

import re

from vanban.structure.vocab import FIGURE
from vanban.text import fold_flat

__all__ = ["NUMBER", "FIGURE_CELL_RE", "parse_number", "PERCENT_WORDS", "PERCENT_WORD_RE", "WORD_FRACTIONS", "WORD_NUMBERS", "WORD_NUMBER_RE"]

#: A number as written, for use inside larger regexes (no groups): the structure stage's figure (its tables of figures
#: read a cell a line, :mod:`vanban.structure.figure_tables`, tell a figure's cell by it)
NUMBER = FIGURE
#: a table cell holding a bare figure ("1.450", "320"; "320 học viên" not: a figure with its own unit is the prose
#: grammar's): the column readers' one test of a cell to read (:mod:`.count_columns`, :mod:`.strive_columns`)
FIGURE_CELL_RE = re.compile(rf"^\s*(?P<n>{NUMBER})\s*$")

#: Number words (folded) → value. "năm" (5) is left out: it is also "year".
WORD_NUMBERS = {
    "mot": 1, "hai": 2, "ba": 3, "bon": 4, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10,
    "muoi hai": 12, "muoi lam": 15, "hai muoi": 20, "ba muoi": 30, "mot tram": 100,
}
# Compounds as laws spell their time limits: "mười lăm ngày", "bốn mươi lăm ngày", "hai mươi bốn giờ", "chín mươi
# ngày": tens "X mươi" (20-90), then a unit ("mốt" 1, "tư" 4, "lăm" 5; never "năm", which is also "year").
_UNITS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "lam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9}
WORD_NUMBERS.update({f"muoi {u}": 10 + n for u, n in _UNITS.items() if u not in ("mot", "tu")})
for _t, _tn in list(_UNITS.items())[1:]:
    if _t in ("tu", "lam"):
        continue
    WORD_NUMBERS[f"{_t} muoi"] = _tn * 10
    WORD_NUMBERS.update({f"{_t} muoi {u}": _tn * 10 + n for u, n in _UNITS.items()})
#: Fractions in words ("ít nhất hai phần ba tổng số thành viên" = 2/3): value → stored as a decimal (labels README)
WORD_FRACTIONS = {f"{a} phan {b}": _UNITS[a] / _UNITS[b] for a in ("mot", "hai", "ba") for b in ("hai", "ba", "tu", "bon")
                  if _UNITS[a] < _UNITS[b]}
WORD_FRACTIONS.update({"nua": 0.5, "mot nua": 0.5})  # "quá nửa", "hơn một nửa tổng số đại biểu": more than 1/2
WORD_NUMBERS.update(WORD_FRACTIONS)
WORD_NUMBER_RE = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in WORD_NUMBERS), key=len, reverse=True))
#: Number words before "phần trăm" ("năm mươi phần trăm" = 50%, "mười lăm phần trăm", "một trăm phần trăm"): there
#: "năm" is five, never "year", so the fives and fifties the time words leave out are numbers too.
PERCENT_WORDS = {w: n for w, n in WORD_NUMBERS.items() if w not in WORD_FRACTIONS}
PERCENT_WORDS.update({"nam": 5, "nam muoi": 50, **{f"nam muoi {u}": 50 + n for u, n in _UNITS.items()}})
PERCENT_WORD_RE = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in PERCENT_WORDS), key=len, reverse=True))


def parse_number(s: str) -> float | None:
    """The value of a number written the Vietnamese way; None if it is not one.

    ``"96,5"`` → 96.5; ``"1.000"`` → 1000; ``"1.000.000,5"`` → 1000000.5;
    ``"2,5"`` → 2.5; ``"1.5"`` → 1.5; ``"2/3"`` → 0.666…; ``"hai"`` → 2; ``"3,000"`` → 3000 (no decimal ends ",000").
    """
    s = s.strip()
    if not s:
        return None
    w = fold_flat(s)
    if w in WORD_NUMBERS:
        return float(WORD_NUMBERS[w])
    if re.fullmatch(r"\d+\s*/\s*\d+", s):
        a, b = (int(x) for x in s.split("/"))
        return a / b if b else None
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3},000", s):
        # Kind: a thousands' dot read as a comma ("3,000 lượt" for "3.000", legacy OCR of a22-04) or typed the English
        # way: no decimal is written with three zeros after its comma, so the comma groups thousands.
        return float(s.replace(",", ""))
    if re.fullmatch(r"\d+(?:[.,]\d+)?", s):
        return float(s.replace(",", "."))
    return None
