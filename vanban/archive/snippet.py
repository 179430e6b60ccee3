"""Highlighted snippets cut from the ORIGINAL accented text.

Why not FTS5 ``snippet()``: the index holds folded text ("dang uy phuong"),
and a reader wants to see "Đảng ủy phường". ``fold`` is length-preserving on
NFC text, so we find the query tokens in ``fold(text)`` and cut ``text`` at
the very same offsets.
"""

from __future__ import annotations

import re

from vanban.text import fold, nfc

__all__ = ["make_snippet", "hit_spans"]


_WORD_RE = re.compile(r"[^\W_]+")
MAX_HITS = 60


def hit_spans(text: str, tokens: list[str], folded: str | None = None) -> list[tuple[int, int]]:
    """Offsets of whole-token occurrences of ``tokens`` (folded) in ``text``."""
    if not text or not tokens:
        return []
    folded = fold(text) if folded is None else folded
    if len(folded) != len(text):  # not NFC: no safe mapping, give up on marks
        return []
    wanted = set(tokens)
    spans = []
    for m in _WORD_RE.finditer(folded):
        if m.group() in wanted:
            spans.append(m.span())
            if len(spans) >= MAX_HITS:  # enough to pick a good window; bounded cost
                break
    return spans


def make_snippet(
    text: str,
    tokens: list[str],
    *,
    width: int = 160,
    mark: tuple[str, str] = ("[", "]"),
) -> str | None:
    """About ``width`` characters of ``text`` around the densest cluster of hits.

    Hits are wrapped in ``mark``; whitespace (page breaks included) collapses
    to single spaces. Returns None when no token occurs in ``text``.
    """
    text = nfc(text or "")
    folded = fold(text)
    spans = hit_spans(text, tokens, folded)
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
    for s, e in spans:
        if s < start or e > end:
            continue
        out.append(text[pos:s])
        out.append(mark[0] + text[s:e] + mark[1])
        pos = e
    out.append(text[pos:end])
    body = " ".join("".join(out).split())
    return ("…" if start > 0 else "") + body + ("…" if end < len(text) else "")
