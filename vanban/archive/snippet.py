"""Highlighted snippets cut from the ORIGINAL accented text.

Why not FTS5 ``snippet()``: the index holds folded text ("dang uy phuong"),
and a reader wants to see "Đảng ủy phường". ``fold`` is length-preserving on
NFC text, so we find the query tokens in ``fold(text)`` and cut ``text`` at
the very same offsets.

What is marked is what the index matched: where the words typed side by side
("hoi chu thap do") stand side by side in the text, those words, and not each
of them wherever it stands alone — "Hội Chữ thập đỏ … chủ trì" marked the
"chủ" of "chủ trì" too (a newcomer, session 34). A word of the query that no
phrase of it covers in the text (the document matched the words apart) is
marked wherever it stands, as before.
"""

from __future__ import annotations

import re

from vanban.text import fold, nfc

from .keys import query_alternatives, query_tokens, spelling_variants

__all__ = ["document_snippet", "make_snippet", "hit_spans", "phrase_words"]


_WORD_RE = re.compile(r"[^\W_]+")
MAX_HITS = 60


def hit_spans(text: str, tokens: list[str], folded: str | None = None,
              runs: list[list[str]] | None = None) -> list[tuple[int, int]]:
    """Offsets of whole-token occurrences of ``tokens`` (folded) in ``text``; with ``runs`` (the words typed side by
    side, each a list of folded tokens), a token of a run found whole in ``text`` is marked only inside that run's
    occurrences (:func:`phrase_words`)."""
    if not text or not tokens:
        return []
    folded = fold(text) if folded is None else folded
    if len(folded) != len(text):  # not NFC: no safe mapping, give up on marks
        return []
    words = [m for m in _WORD_RE.finditer(folded)]
    inside, covered = phrase_words([m.group() for m in words], runs or [])
    wanted = set(tokens) - covered
    spans = []
    for i, m in enumerate(words):
        if i in inside or m.group() in wanted:
            spans.append(m.span())
            if len(spans) >= MAX_HITS:  # enough to pick a good window; bounded cost
                break
    return spans


def phrase_words(words: list[str], runs: list[list[str]]) -> tuple[set[int], set[str]]:
    """(indexes into ``words`` that stand inside an occurrence of a run of two or more tokens, the tokens of the runs
    found): the phrase an FTS5 phrase query matched, word by word. A run is found in any of its spellings
    (:func:`~vanban.archive.keys.spelling_variants`: "ubnd xa" as "uy ban nhan dan xa" too), as the index's phrase
    query finds it."""
    inside: set[int] = set()
    covered: set[str] = set()
    for run in runs:
        if len(run) < 2:
            continue
        spellings = {tuple(run), *(tuple(" ".join(v).split()) for v in spelling_variants(list(run)))}
        for toks in spellings:
            n = len(toks)
            for i in range(len(words) - n + 1):
                if tuple(words[i:i + n]) == toks:
                    inside.update(range(i, i + n))
                    covered.update(run)
    return inside, covered


def make_snippet(
    text: str,
    tokens: list[str],
    *,
    width: int = 160,
    mark: tuple[str, str] = ("[", "]"),
    runs: list[list[str]] | None = None,
) -> str | None:
    """About ``width`` characters of ``text`` around the densest cluster of hits.

    Hits are wrapped in ``mark``; whitespace (page breaks included) collapses
    to single spaces. ``runs``: the words typed side by side (:func:`hit_spans`).
    Returns None when no token occurs in ``text``.
    """
    text = nfc(text or "")
    folded = fold(text)
    spans = hit_spans(text, tokens, folded, runs)
    if not spans:
        return None
    # the window with the most distinct query tokens, then phrase-like runs, then hits
    words = [folded[s:e] for s, e in spans]
    best_i, best, best_end = 0, (0, 0, 0), spans[0][1]
    j = 0
    for i, (s, _) in enumerate(spans):
        while j < len(spans) and spans[j][1] - s <= width:
            j += 1
        adjacent = sum(
            1 for k in range(i + 1, j) if spans[k][0] - spans[k - 1][1] <= 2 and words[k] != words[k - 1]
        )  # query words side by side, as in a phrase
        score = (len(set(words[i:j])), adjacent, j - i)
        if score > best:
            best_i, best, best_end = i, score, spans[j - 1][1]
    first = spans[best_i][0]
    # centre the cluster of hits in the window
    start = max(0, first - max(0, width - (best_end - first)) // 2)
    # do not cut a word in half
    while start > 0 and not text[start - 1].isspace() and first - start < width // 2:
        start -= 1
    end = min(len(text), max(start + width, best_end))
    while end < len(text) and not text[end].isspace() and end - start < width + 30:
        end += 1
    out: list[str] = []
    pos = start
    for s, e in _whole_symbols(text, spans):
        if s < start or e > end:
            continue
        out.append(text[pos:s])
        out.append(mark[0] + text[s:e] + mark[1])
        pos = e
    out.append(text[pos:end])
    body = " ".join(w for w in "".join(out).split() if not _ORNAMENT.fullmatch(w))
    return ("…" if start > 0 else "") + body + ("…" if end < len(text) else "")


#: a header's ornament, a line of its own in the text: the "*" under a Party body's name ("ĐẢNG ỦY PHƯỜNG LONG BIÊN /
#: *"), a rule "-----" under the motto; run into the snippet it read as a stray word ("…LONG BIÊN * , Long Biên",
#: the session-55 newcomer)
_ORNAMENT = re.compile(r"\*+|[-_=]{3,}")


#: what parts the pieces of one số ký hiệu ("25-NQ/TW", "12/2025/NĐ-CP"): a mark of it, no space
_SYMBOL_JOINT = re.compile(r"[-/.]")


def _whole_symbols(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with the hits that one số ký hiệu's marks part ("25" "-" "NQ" "/" "TW") made one: marked piece by
    piece, the page showed "25 - NQ / TW" (a newcomer, session 44), not the document's own "25-NQ/TW"."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and _SYMBOL_JOINT.fullmatch(text[out[-1][1]:s]):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def document_snippet(query: str | None, text: str | None, raw: str | None, title: str | None, *,
                     mark: tuple[str, str] = ("[", "]")) -> str | None:
    """A search hit's snippet for ``query`` as typed (with or without its marks): from the document's text, else its
    text as read (before restoration), else its trích yếu, the words matched wrapped in ``mark``; else the text's
    opening. One choice for ``vanban search`` and the search page (``vn_snippet``, :mod:`vanban.web.plugin`)."""
    tokens = query_tokens(query or "")
    runs = [list(run) for runs_, _ in query_alternatives(query or "") for run in runs_]  # the words typed side by side
    return (make_snippet(text or "", tokens, mark=mark, runs=runs)
            or make_snippet(raw or "", tokens, mark=mark, runs=runs)
            or make_snippet(title or "", tokens, mark=mark, runs=runs)
            or (" ".join(w for w in (text or "").split() if not _ORNAMENT.fullmatch(w))[:160] or None))
