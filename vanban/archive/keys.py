"""Search keys the archive computes: folded text, symbol keys, safe FTS queries.

Why a module of its own: the store (to fill ``search_text`` / ``number_key``),
the search function and the Datasette plugin (SQL functions ``vn_fold``,
``vn_symbol_key``, ``vn_fts_query``) must all compute the *same* keys, or a
document stored by one would not be found by another.

The symbol key is the one of the leaf module :mod:`vanban.symbols`, which
extraction uses too: "24-KH/BU" typed in search meets "24-KH/ĐU" stored, and
"5/QĐ-UBND" meets "05/QĐ-UBND" (search and citation links).
"""

from __future__ import annotations

import re

from vanban.symbols import symbol_key
from vanban.text import fold, nfc

__all__ = [
    "fold",
    "symbol_key",
    "looks_like_symbol",
    "search_text",
    "query_tokens",
    "fts_query",
]

_NON_ALNUM_RE = re.compile(r"[\W_]+", re.UNICODE)
# A token as the FTS5 unicode61 tokenizer sees it on folded text: runs of
# letters and digits. Everything else (- / . " * ( ) …) is a separator.
_TOKEN_RE = re.compile(r"[^\W_]+", re.UNICODE)
# "25-NQ/TW", "05/QĐ-UBND", "24 KH DU", "123/2024/NĐ-CP": digits plus letters
# joined by separators — what a user types when looking for one document.
_SYMBOL_RE = re.compile(r"^\s*\d+[\s\-/.]*[^\W\d_]")


def looks_like_symbol(query: str) -> bool:
    """True when ``query`` reads like a số ký hiệu ("25-NQ/TW", "24 KH DU")."""
    q = query.strip().strip('"')
    if not _SYMBOL_RE.match(q):
        return False
    # A symbol is short: number + a few letter groups, not a sentence.
    return len(_TOKEN_RE.findall(fold(q))) <= 6


def search_text(title: str | None, text: str, raw_text: str | None = None) -> str:
    """The folded text the FTS index holds for one document.

    Title and restored text always; the raw OCR text too when its folded form
    differs from the restored one (restoration only adds marks, so usually it
    does not — indexing it twice would only double the index size).
    """
    parts = [fold(title or ""), fold(text or "")]
    if raw_text:
        raw = fold(raw_text)
        if raw != parts[1]:
            parts.append(raw)
    return "\n".join(p for p in parts if p)


#: A search query keeps at most this many tokens: every token is one more
#: AND term for FTS5, and a pasted megabyte would hold the server for a
#: minute (measured: 512k terms, 56 s); no real query comes near it.
MAX_QUERY_TOKENS = 64


def query_tokens(query: str) -> list[str]:
    """The folded tokens of a user query (punctuation and FTS operators dropped)."""
    tokens = []
    for match in _TOKEN_RE.finditer(fold(nfc(query or ""))):
        tokens.append(match.group(0))
        if len(tokens) == MAX_QUERY_TOKENS:
            break
    return tokens


def fts_query(query: str) -> str | None:
    """A folded FTS5 MATCH expression that can never be a syntax error.

    Each token is quoted, so ``AND``/``OR``/``NEAR``, ``-``, ``/``, ``*``,
    quotes and parentheses are plain text; tokens are ANDed (implicit).
    Returns None for a query without any searchable token.
    """
    tokens = query_tokens(query)
    if not tokens:
        return None
    return " ".join(f'"{t}"' for t in tokens)
