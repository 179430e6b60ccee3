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

from vanban.abbreviations import AMPERSAND_FORMS, joined_short_name, segments

__all__ = [
    "fold",
    "symbol_key",
    "looks_like_symbol",
    "search_text",
    "search_head",
    "query_tokens",
    "fts_query",
    "search_terms",
]

_NON_ALNUM_RE = re.compile(r"[\W_]+", re.UNICODE)
# A token as the FTS5 unicode61 tokenizer sees it on folded text: runs of
# letters and digits. Everything else (- / . " * ( ) …) is a separator.
_TOKEN_RE = re.compile(r"[^\W_]+", re.UNICODE)
# "25-NQ/TW", "05/QĐ-UBND", "24 KH DU", "123/2024/NĐ-CP": digits (and a state symbol's
# "/year") plus letters joined by separators — what a user types when looking for one document.
_SYMBOL_RE = re.compile(r"^\s*\d+(?:\s*/\s*\d{4})?[\s\-/.]*[^\W\d_]")


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


def search_head(number: str | None, type: str | None, title: str | None, issuer: str | None,
                parent_issuer: str | None, signer_name: str | None, signer_title: str | None,
                signer_authority: str | None) -> str:
    """The folded fields a match counts most in (the FTS column ``search_head``): số ký hiệu,
    type, trích yếu, issuer and its superior body, the signer's name, title and authority.

    Why: staff look a document up by what names it — its number, what it is about, who
    issued and who signed it ("nguyen van a"). The same syllables scattered through a
    long text ("Nguyễn" in one name, "Văn" in a word, "A" in a list) must weigh less than
    the signer's name; bm25 weighs this column more (:mod:`.ranking`). Also the SQL
    function ``vn_search_head`` (:data:`.schema.DERIVED`), so reindex and upgrades fill it alike."""
    parts = (number, type, title, issuer, parent_issuer, signer_name, signer_title, signer_authority)
    return "\n".join(fold(p) for p in parts if p)


#: Words a user types before the document they ask for ("tải 15187/KH-UBND", "cho tôi xem
#: Số 185/CV-STTTT": queries of public Vietnamese document-search tools, shared case 21), folded.
#: They name no content, so a document holding none of them must still be found.
REQUEST_WORDS = ("cho toi xem", "cho toi tai", "cho toi", "toi can", "tim kiem", "tim", "tra cuu",
                 "xem", "tai ve", "tai xuong", "tai", "download", "mo")
#: the ones that are also content words ("tải trọng", "tài chính", "mở rộng", "mô hình"): dropped only
#: before a written số ký hiệu ("tải 12-KH/ĐU"), never before words ("tai chinh 2025")
AMBIGUOUS_REQUEST_WORDS = ("tai", "mo")
_REQUEST_RE = re.compile(r"^\s*(?P<req>" + "|".join(r"\s+".join(w.split()) for w in REQUEST_WORDS)
                         + r")\s+(?:(?:van\s+ban|vb)\s+)?(?:so\s*:?\s*)?(?=\S)")


def search_terms(query: str) -> str:
    """``query`` without the request words typed before the document asked for.

    "tải 12-KH/ĐU" → "12-KH/ĐU"; "cho tôi xem Số 2449/CV-ĐU" → "2449/CV-ĐU"; "xem KH 12" → "KH 12";
    "tải KH 12" → "KH 12"; "tai chinh 2025" stays (a word follows an ambiguous request word,
    see :data:`AMBIGUOUS_REQUEST_WORDS`). Only what follows reads as a document's number
    (a số ký hiệu or "KH 12") is kept alone; any other query is returned as typed. A số ký hiệu
    typed without the hyphen between type and issuer gets it ("214/2025/NĐCP" → "214/2025/NĐ-CP")."""
    from .number_query import TYPE_ABBREVIATIONS, number_query  # noqa: PLC0415 — it imports this module

    q = nfc(query or "")
    folded = fold(q)
    m = _REQUEST_RE.match(folded)
    if m is None or len(folded) != len(q):
        return _separated(query) if looks_like_symbol(query or "") else query
    rest = q[m.end():]
    if looks_like_symbol(rest):
        return _separated(rest)
    named = number_query(rest)
    if named is not None and (m.group("req") not in AMBIGUOUS_REQUEST_WORDS
                              or set(named.parts) <= set(TYPE_ABBREVIATIONS.values())):
        return rest  # "tải KH 12": a type's abbreviation and a number ("tai chinh 2025" is none)
    return query


def _separated(symbol: str) -> str:
    """A typed số ký hiệu with the separators its grammar puts between type and issuer: "214/2025/NĐCP" →
    "214/2025/NĐ-CP", "1234/QĐUBND" → "1234/QĐ-UBND" (:func:`vanban.symbols.normalize_symbol`), so the text search
    meets the documents that cite it ("nd cp", not "ndcp"). Only separators change: a letter the repair would
    change ("24-KH/BU" → "ĐU") is left as typed, its key already meets the document."""
    from vanban.symbols import normalize_symbol  # noqa: PLC0415

    fixed = normalize_symbol(symbol.strip())
    if fixed and _NON_ALNUM_RE.sub("", fold(fixed)).lower() == _NON_ALNUM_RE.sub("", fold(symbol)).lower() \
            and len(_TOKEN_RE.findall(fixed)) > len(_TOKEN_RE.findall(symbol)):
        return fixed  # a separator put in; a query only spelled otherwise ("2025 kế hoạch") stays as typed
    return symbol


#: A search query keeps at most this many tokens: every token is one more
#: AND term for FTS5, and a pasted megabyte would hold the server for a
#: minute (measured: 512k terms, 56 s); no real query comes near it.
MAX_QUERY_TOKENS = 64


#: Words that act as search operators when typed in capitals, as in web search
#: engines ("dân vận OR dân chủ", "kế hoạch NOT 2025"); in lower case they are words.
OPERATORS = ("AND", "OR", "NOT")


class Phrase(list):
    """A run of words the user typed inside double quotes (``"dan van kheo"``): matched as one phrase, its words side
    by side in that order, with or without ``OR`` elsewhere (a list of folded tokens like any other run)."""


#: a query's words: a double-quoted phrase (optionally "-" before it, to exclude it), else a whitespace-separated word
_QUERY_WORD_RE = re.compile(r'-?"[^"]*"|\S+')


def query_alternatives(query: str) -> list[tuple[list[list[str]], list[list[str]]]]:
    """The query as alternatives (split at ``OR``), each ``(runs, excluded)``.

    ``runs``: the folded tokens that must occur, as runs of words typed side by side
    (an explicit ``AND`` ends a run: "dan van AND kheo" → [["dan", "van"], ["kheo"]]; words in double quotes are a
    run of their own, a :class:`Phrase`: '"dan van kheo"' → [Phrase(["dan", "van", "kheo"])], operators inside it
    plain words);
    ``excluded``: the folded tokens of each word written after ``NOT`` or with a
    leading ``-`` before a lower-case word ("-kheo"; "Số 2449 -CV/ĐU" and "-2025"
    stay parts of a số ký hiệu). At most :data:`MAX_QUERY_TOKENS` tokens in all.
    """
    groups: list[tuple[list[list[str]], list[list[str]]]] = [([[]], [])]
    count, negate = 0, False
    for word in _QUERY_WORD_RE.findall(nfc(query or "")):
        quoted = word.lstrip("-").startswith('"') and word.endswith('"') and len(word.lstrip("-")) > 1
        if quoted:
            toks = [m.group(0) for m in _TOKEN_RE.finditer(fold(word))][: MAX_QUERY_TOKENS - count]
            count += len(toks)
            if toks and (negate or word.startswith("-")):
                groups[-1][1].append(toks)
                if groups[-1][0][-1]:
                    groups[-1][0].append([])
            elif toks:
                runs = groups[-1][0]
                if runs[-1]:
                    runs.append([])
                runs[-1] = Phrase(toks)
                runs.append([])
            negate = False
            if count >= MAX_QUERY_TOKENS:
                break
            continue
        if word in OPERATORS:
            if word == "OR" and (any(groups[-1][0]) or groups[-1][1]):
                groups.append(([[]], []))
            elif word in ("AND", "NOT") and groups[-1][0][-1]:
                groups[-1][0].append([])
            negate = word == "NOT"
            continue
        excluded = negate or (len(word) > 1 and word[0] == "-" and word[1].isalpha()
                              and "/" not in word and not word[1:].isupper())
        negate = False
        short = joined_short_name(fold(word))  # "KH&CN": one name, spelled out or printed either way
        toks = [short] if short else [m.group(0) for m in _TOKEN_RE.finditer(fold(word))][: MAX_QUERY_TOKENS - count]
        count += len(toks)
        if toks:
            if excluded:
                groups[-1][1].append(toks)
                if groups[-1][0][-1]:
                    groups[-1][0].append([])  # an excluded word parts the words around it
            else:
                groups[-1][0][-1].extend(toks)
        if count >= MAX_QUERY_TOKENS:
            break
    # an alternative of exclusions alone matches nothing
    return [([r for r in runs if r], ex) for runs, ex in groups if any(runs)]


def query_groups(query: str) -> list[tuple[list[str], list[list[str]]]]:
    """The query as alternatives (split at ``OR``), each ``(tokens, excluded)``:
    :func:`query_alternatives` with each alternative's runs joined (``AND`` is implicit)."""
    return [([t for run in runs for t in run], ex) for runs, ex in query_alternatives(query)]


def query_tokens(query: str) -> list[str]:
    """The folded tokens a hit must hold (operators and excluded words dropped)."""
    return [t for tokens, _ in query_groups(query) for t in tokens]


def _either(spellings: list[str]) -> str:
    """One FTS5 term: the phrase, or its spellings ORed ('("ubnd" OR "uy ban nhan dan")')."""
    quoted = [f'"{x}"' for x in spellings]
    return quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")"


#: a phrase typed with several names spells them at most this many ways
MAX_PHRASE_SPELLINGS = 8


def spelling_variants(run: list[str]) -> list[list[str]]:
    """A run of words in every spelling of the names it holds (at most
    :data:`MAX_PHRASE_SPELLINGS`), each variant as its segments: "ubnd xa" →
    [["uy ban nhan dan", "xa"], ["ubnd", "xa"]]."""
    variants: list[list[str]] = [[]]
    for seg in segments(run):
        variants = [[*v, " ".join(s)] for v in variants for s in seg][:MAX_PHRASE_SPELLINGS]
    return variants


def _either_phrase(run: list[str]) -> str:
    """A run of words as one phrase, in every spelling of the names it holds."""
    return _either([" ".join(v) for v in spelling_variants(run)])


def fts_query(query: str) -> str | None:
    """A folded FTS5 MATCH expression that can never be a syntax error.

    Each token is quoted, so ``NEAR``, ``-`` inside a word, ``/``, ``*``,
    quotes and parentheses are plain text. The capital words ``OR``, ``AND``
    and ``NOT`` and a leading ``-`` are the user's operators
    (:func:`query_alternatives`). Without ``OR`` every token must occur
    (tokens ANDed), but words typed in double quotes are one phrase. With ``OR`` each side's words typed side by
    side are a phrase ("dan van OR chuyen doi so" is the phrase "dan van" or the phrase
    "chuyen doi so", as users mean it; ANDed loose words "dan", "van" match
    nearly every document: "dân" anywhere, "văn bản" anywhere). A name typed
    abbreviated or spelled out matches either spelling ("UBND xa" finds "Ủy ban
    nhân dân xã": :mod:`.abbreviations`). Returns None for a query without any
    searchable token.
    """
    alternatives = query_alternatives(query)
    parts = [f"({alternative_expression(runs, excluded, len(alternatives) > 1)})" for runs, excluded in alternatives]
    if not parts:
        return None
    return parts[0][1:-1] if len(parts) == 1 else " OR ".join(parts)


def alternative_expression(runs: list[list[str]], excluded: list[list[str]], phrases: bool) -> str:
    """One alternative of :func:`query_alternatives` as FTS5: its runs ANDed — each run one phrase when ``phrases``
    (a side of an ``OR``), else each name in it one term — and ``NOT`` each excluded run."""
    if phrases:
        terms = [_either_phrase(run) for run in runs]
    else:
        terms = [_either_phrase(run) if isinstance(run, Phrase) else
                 _either([" ".join(s) for s in seg] + list(AMPERSAND_FORMS.get(seg[-1][0], ())))
                 for run in runs for seg in ([run] if isinstance(run, Phrase) else segments(run))]
    expr = " AND ".join(terms)
    return expr + "".join(' NOT "' + " ".join(x) + '"' for x in excluded)


def or_sides(query: str) -> list[str]:
    """The text typed on each side of the capital ``OR`` words of ``query`` ("KH 24 OR KH 13" → ["KH 24", "KH 13"]),
    quoted phrases kept whole; a side with no word is dropped, as :func:`query_alternatives` drops it. Why: a side
    that names a document by its number ("KH 24", "25-NQ/TW") is read as such, side by side (session 31's newcomer:
    "KH 24 OR KH 13" found nothing, though each alone found its plan)."""
    sides: list[list[str]] = [[]]
    for word in _QUERY_WORD_RE.findall(nfc(query or "")):
        if word == "OR":
            if sides[-1]:
                sides.append([])
        else:
            sides[-1].append(word)
    return [" ".join(side) for side in sides if side]
