"""Queries that name a document by its number: "KH 12", "Ke hoach 12", "kế hoạch số 12".

Why: office staff look a plan up by what they call it — type and number,
abbreviated or spelled out, with or without "số" — not by its full số ký
hiệu "12-KH/ĐU". bm25 alone ranks such a query by how often "kế hoạch" and
"12" occur, so in an archive of plans (all saying "kế hoạch", most dated in
month 12) the plan itself came 32nd of 33. A query read here as
(numbers, letter parts) is matched against ``documents.number_key`` (an
index range on its leading numbers) and the documents it names rank first;
documents that merely cite the number follow through the full-text search.

The table of document types and their usual abbreviations is data
(:data:`TYPE_ABBREVIATIONS`), folded as the archive folds.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from vanban.symbol_codes import ALL_CODES
from vanban.text import fold

from .keys import query_tokens
from .typed_figures import FIGURE_RE, TYPED_DATE_RE

__all__ = ["NumberQuery", "number_query", "TYPE_ABBREVIATIONS"]

#: folded type name → the abbreviation its số ký hiệu uses (Nghị định 30/2020/NĐ-CP).
TYPE_ABBREVIATIONS: dict[str, str] = {
    "ke hoach": "kh",
    "nghi quyet": "nq",
    "quyet dinh": "qd",
    "cong van": "cv",
    "chuong trinh hanh dong": "ctr",
    "chuong trinh": "ctr",
    "nghi dinh": "nd",
    "chi thi": "ct",
    "ket luan": "kl",
    "thong bao": "tb",
    "bao cao": "bc",
    "to trinh": "ttr",
    "thong tu": "tt",
    "thong tri": "ttr",
    "quy dinh": "qd",
    "huong dan": "hd",
    "cong dien": "cd",
    "de an": "da",
    "quy che": "qc",
    "giay moi": "gm",
    "bien ban": "bb",
}
#: Words staff put between type and number ("kế hoạch số 12", "văn bản số 5").
FILLER = {"so", "van", "ban", "ky", "hieu"}
#: A letter part longer than this is a word of the text, not part of a number.
MAX_PART = 6

_BY_LENGTH = sorted(TYPE_ABBREVIATIONS, key=lambda name: -len(name.split()))

#: folded codes a số ký hiệu is made of ("nd", "cp", "kh", "du", "ubnd"): a run of letters typed
#: without its separators ("NĐCP", "KHDU") is cut into them
KNOWN_CODES = frozenset(fold(c).lower() for c in ALL_CODES if c.replace("&", "").isalpha()) | frozenset(
    TYPE_ABBREVIATIONS.values()) | {"du", "tu", "hu", "qu", "tw"}
_GLUED_RE = re.compile(r"\d+|[^\W\d_]+")
#: a number with its year and no code ("118/2025", "30/2020/"): a số ký hiệu typed up to its year
_NUMBER_YEAR_RE = re.compile(r"\s*\d{1,5}\s*/\s*(?:19|20)\d\d\s*/?\s*")


def _codes(run: str) -> list[str] | None:
    """``run`` cut into known codes, fewest pieces first ("ndcp" → ["nd", "cp"]), or None."""
    if run in KNOWN_CODES:
        return [run]
    for i in range(len(run) - 1, 0, -1):
        head = run[:i]
        if head in KNOWN_CODES:
            tail = _codes(run[i:])
            if tail is not None:
                return [head, *tail]
    return None


def unglue(tokens: list[str], zeros: bool = False) -> list[str]:
    """Tokens of a number typed without separators, cut as the số ký hiệu writes them:
    "kh18" → "kh", "18"; "24kh" → "24", "kh"; "ndcp" → "nd", "cp" (only into known codes:
    a word of the text such as "kheo" stays whole). Unless ``zeros`` (the text's own
    spelling, for the full-text index), a number loses its leading zeros as
    :func:`vanban.symbols.symbol_key` drops them ("02" → "2": "NQ 02" names 02-NQ/CB)."""
    out: list[str] = []
    for tok in tokens:
        pieces = _GLUED_RE.findall(tok)
        for piece in pieces:
            if piece.isdigit():
                out.append(piece if zeros else piece.lstrip("0") or "0")
            elif len(pieces) > 1 or len(piece) > 2:
                out.extend(_codes(piece) or [piece])
            else:
                out.append(piece)
    return out


@dataclass(frozen=True)
class NumberQuery:
    """``numbers``: the query's numbers in order ("30/2020" → ("30", "2020"));
    ``parts``: its letter parts, type names replaced by their abbreviation."""

    numbers: tuple[str, ...]
    parts: tuple[str, ...]
    types: tuple[str, ...]  # folded type names the query spelled out or abbreviated

    @property
    def prefix(self) -> str:
        """The leading ``number_key`` tokens a named document must have."""
        return " ".join(self.numbers)

    def matches(self, number_key: str | None, type_key: str | None) -> bool:
        """True when a document with these keys is the one the query names."""
        if not number_key:
            return False
        tokens = number_key.split()
        n = len(self.numbers)
        if tuple(tokens[:n]) != self.numbers:
            return False
        rest = set(tokens[n:])
        for part in self.parts:
            if part in rest:
                continue
            if type_key and TYPE_ABBREVIATIONS.get(type_key) == part:
                continue  # "công văn 2449", "CV 1520" for 2449/UBND-VP: the type is in the type column
            return False
        return True


def _replace_type_names(tokens: list[str]) -> tuple[list[str], list[str]]:
    out, types, i = [], [], 0
    while i < len(tokens):
        for name in _BY_LENGTH:
            words = name.split()
            if tokens[i : i + len(words)] == words:
                out.append(TYPE_ABBREVIATIONS[name])
                types.append(name)
                i += len(words)
                break
        else:
            out.append(tokens[i])
            i += 1
    return out, types


#: a number with one letter glued after it, alone ("5G", "4G", "3g"): a technology's generation that plans name,
#: never a số ký hiệu (codes have two letters or more: "12KH", "KH 12"); read as a number it found nothing
_GENERATION_RE = re.compile(r"(?<![\w/.-])\d{1,2}[A-Za-z](?![\w/.-])")


@functools.lru_cache(maxsize=256)  # the served search calls it once per candidate row
def number_query(query: str) -> NumberQuery | None:
    """The query as a document number, or None when it is not one.

    A number query has at least one number and one letter part, every letter
    part short (≤ :data:`MAX_PART` letters, after type names became their
    abbreviations) and at most 8 tokens: "KH 12", "12 KH DU", "QĐ 749",
    "nghị định 30/2020"; not "dan van kheo" nor a sentence with a date.
    """
    if TYPED_DATE_RE.search(query) or FIGURE_RE.search(query):
        return None  # "ngày 15/12/2027", "tỷ lệ 92%": a date or a figure, no document's number
    if _GENERATION_RE.search(query):
        return None  # "5G", "hạ tầng 4G": a network's generation, no code of one letter glued to a number
    tokens = query_tokens(query)
    if not tokens or len(tokens) > 8:
        return None
    # type names before fillers: "công văn 3280" must keep its "văn" ("văn bản số 5" loses its fillers)
    tokens, types = _replace_type_names(tokens)
    tokens = unglue([t for t in tokens if t not in FILLER])
    numbers = tuple(t for t in tokens if t.isdigit())
    parts = tuple(t for t in tokens if not t.isdigit())
    if not parts and _NUMBER_YEAR_RE.fullmatch(query):
        return NumberQuery(numbers, (), ())  # "118/2025": a decree's number and year, its code left out
    if not numbers or not parts or any(len(p) > MAX_PART or not p.isalpha() for p in parts):
        return None
    # the numbers come first in a số ký hiệu, so they must be adjacent in the query too
    first = tokens.index(numbers[0])
    if tuple(tokens[first : first + len(numbers)]) != numbers:
        return None
    return NumberQuery(numbers, parts, tuple(types))


def matches(query: str, number_key: str | None, type_key: str | None) -> bool:
    """``number_query(query).matches(...)``; False when the query names no number
    (the SQL function ``vn_number_match`` of the served ranked search)."""
    nq = number_query(query or "")
    return bool(nq and nq.matches(number_key, type_key))


def prefix(query: str) -> str | None:
    """The ``number_key`` prefix of a number query, else None (SQL ``vn_number_prefix``)."""
    nq = number_query(query or "")
    return nq.prefix if nq else None
