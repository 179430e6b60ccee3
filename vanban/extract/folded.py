"""The folded, OCR-tolerant view of a document that every pattern matches on.

Why: legacy OCR lost diacritics ("Ke hoach") and confuses letters ("Pang" for
"Đảng", "s6" for "số", "truwdc" for "trước"); a restoration pass may fix some
of it but not all. Patterns therefore run on :attr:`Folded.view` — ``fold``
(case, diacritics, đ→d) plus a few length-preserving character fixes — and
keyword regexes are built by :func:`kw` with per-letter classes that accept
the usual OCR look-alikes. Because the view has exactly one character per
character of the NFC original, a match's offsets quote the original text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Iterator

from vanban.abbreviations import joined_ampersand, spellings
from vanban.symbols import DASH_LOOKALIKES, DOUBLED_SLASH_RE, SLASH_LOOKALIKES
from vanban.text import fold, nfc

__all__ = ["Folded", "kw", "loose_key", "group_key", "clean_quote", "clipped_quote", "sentence_quote", "QUOTE_WHOLE"]

# Length-preserving extra folds: OCR artefacts and typographic variants.
_EXTRA = str.maketrans(
    {
        "€": "e",
        "“": '"',
        "”": '"',
        "„": '"',
        "″": '"',
        "‘": "'",
        "’": "'",
        # a dash or a slash as other programs write them: "25–NQ/TW" (Word), "31⁄5⁄2027" (Tesseract's U+2044)
        **{c: "-" for c in DASH_LOOKALIKES},
        **{c: "/" for c in SLASH_LOOKALIKES},
        "\u00a0": " ",
        "\t": " ",
        "\r": " ",
        "\f": "\n",
        # Cyrillic look-alikes typed or read into a symbol ("23/2024/NĐ-CР", "TT-BTС"), lower-cased by fold
        "а": "a", "в": "b", "с": "c", "е": "e", "н": "h", "к": "k", "м": "m", "о": "o", "р": "p", "т": "t",
        "х": "x", "у": "y", "і": "i",
    }
)


@dataclass(frozen=True)
class Folded:
    """A document as original NFC text plus its equal-length folded view."""

    original: str
    view: str

    @classmethod
    def of(cls, text: str) -> "Folded":
        original = nfc(text)
        # a look-alike beside a slash ("12-NQ/⁄ĐU") is one slash read twice: a space there, as the grammars allow
        view = DOUBLED_SLASH_RE.sub(" ", fold(original)).translate(_EXTRA)
        if len(view) != len(original):  # cannot happen for NFC input; be safe
            view = "".join(
                (fold(c).translate(_EXTRA) or " ")[:1] for c in original
            )
        return cls(original, view)

    def quote(self, start: int, end: int) -> str:
        """The original text of a span, whitespace collapsed."""
        return clean_quote(self.original[start:end])

    # --- the one tokenizer pass every extractor shares ---------------------------
    @cached_property
    def tokens(self) -> tuple[tuple[int, int, str], ...]:
        """(start, end, kind) of every token of the view, in one pass: ``word``
        (letters, with OCR look-alike digits inside: "s6"), ``number`` (a run
        of digits) or ``punct``. Computed once per document and shared by the
        extractors, which try their grammars only where a token can start one
        (a số ký hiệu, a quantity) instead of each re-scanning the text."""
        out = []
        for m in _TOKEN_RE.finditer(self.view):
            kind = "number" if m.lastgroup == "n" else "word" if m.lastgroup == "w" else "punct"
            out.append((m.start(), m.end(), kind))
        return tuple(out)

    @cached_property
    def number_starts(self) -> tuple[int, ...]:
        """Start offsets of the number tokens (sorted)."""
        return tuple(s for s, _, k in self.tokens if k == "number")

    @cached_property
    def word_starts(self) -> tuple[int, ...]:
        """Start offsets of the word tokens (sorted)."""
        return tuple(s for s, _, k in self.tokens if k == "word")

    def matches_at(self, rx: re.Pattern[str], starts: tuple[int, ...], lo: int, hi: int) -> Iterator[re.Match[str]]:
        """Non-overlapping matches of ``rx`` in ``[lo, hi)`` that begin at one of
        ``starts`` (token starts from :attr:`tokens`), left to right — what
        ``rx.finditer(view, lo, hi)`` gives for a grammar whose matches always
        begin at such a token."""
        i = bisect.bisect_left(starts, lo)
        last_end = lo
        while i < len(starts) and starts[i] < hi:
            pos = starts[i]
            i += 1
            if pos < last_end:
                continue
            m = rx.match(self.view, pos, hi)
            if m and m.end() > m.start():
                last_end = m.end()
                yield m


def clean_quote(s: str) -> str:
    """Collapse whitespace/line breaks and trim stray punctuation at the ends."""
    s = re.sub(r"\s+", " ", s).strip()
    return s.strip(" ,;:-–")


def clipped_quote(s: str, limit: int) -> str:
    """:func:`clean_quote` of ``s`` in at most ``limit`` characters (plus " …"), cut at a word's end, never inside a
    word: a row's source cut at a fixed count read "… trước ngày 25 thán" (newcomer run, session 28)."""
    q = clean_quote(s)
    if len(q) <= limit:
        return q
    sp = q.rfind(" ", 0, limit + 1)
    return q[:sp if sp > 0 else limit].rstrip(" ,;:-–") + " …"


#: the longest sentence a fact quotes whole (characters of the original); a longer one — a text with no full stop
#: (a 2 MB line, an OCR'd table without stops) is one "sentence" — is quoted by the piece holding the fact: each of
#: thousands of deadlines quoting all of it was quadratic in time and output
QUOTE_WHOLE = 800
#: the pieces a longer sentence is quoted by (from its start, every ``QUOTE_PIECE`` characters), each widened by
#: ``QUOTE_MARGIN`` either side: the facts of one piece share one quote, as the facts of a short sentence share it
#: (the checklist pairs facts by their sentence)
QUOTE_PIECE, QUOTE_MARGIN = 500, 100


def sentence_quote(original: str, s0: int, s1: int, a: int, b: int) -> str:
    """:func:`clean_quote` of the sentence ``[s0, s1)`` holding the match ``[a, b)``: the whole sentence up to
    :data:`QUOTE_WHOLE` characters, else the piece of it holding the match's start, cut at spaces, "…" where cut.
    The cost is bounded by the piece, not by the sentence's length."""
    if s1 - s0 <= QUOTE_WHOLE:
        return clean_quote(original[s0:s1])
    k = (a - s0) // QUOTE_PIECE
    lo = max(s0, s0 + k * QUOTE_PIECE - QUOTE_MARGIN)
    hi = min(s1, max(b, s0 + (k + 1) * QUOTE_PIECE + QUOTE_MARGIN))
    if lo > s0:  # cut at a word's start …
        sp = original.find(" ", lo, min(lo + 30, a))
        lo = sp + 1 if sp >= 0 else lo
    if hi < s1:  # … and at a word's end
        sp = original.rfind(" ", max(hi - 30, b), hi)
        hi = sp if sp >= 0 else hi
    return ("… " if lo > s0 else "") + clean_quote(original[lo:hi]) + (" …" if hi < s1 else "")


_TOKEN_RE = re.compile(r"(?P<n>\d+)|(?P<w>[^\W\d_][^\W_]*)|(?P<p>[^\w\s])")

# Per-letter classes of OCR look-alikes (applied to folded keywords).
_LETTER_CLASS = {
    "a": "[a4di@]",  # ă/â read as i, d, 4 ("nim", "vdn", "x4")
    "d": "[dpb]",  # Đ read as P or B ("Pang", "KH/BU")
    "o": "[o06bdeq]",  # ô/ơ read as 6, 0, b, d, e ("s6", "sb", "sé")
    "u": "[uwyvi]",  # ư/ự read as w, y ("thyc", "truwdc")
    "e": "[e¢c6]",  # ê/ế read as ¢, c
    "i": "[il1jy|]",
    "y": "[yi]",
    "c": "[c¢e]",
}


# Syllables OCR mangles beyond one-letter swaps ("chức" → "chirc", "chtrc").
_SYLLABLE_OVERRIDES = {
    "chuc": r"ch[a-z]{1,2}[c¢e]",
    "thuc": r"th[a-z]{1,2}[c¢e]",
    "truc": r"tr[a-z]{1,2}[c¢e]",
}


@lru_cache(maxsize=512)
def kw(phrase: str, *, strict: str = "") -> str:
    """A regex that matches ``phrase`` (folded, spaces between words) in the view.

    Letters listed in ``strict`` keep their literal value. "uo" (ươ) accepts
    one or two OCR characters for each vowel ("uwd", "wd", "ud").
    """
    out = []
    words = phrase.split()
    for w in words:
        if w in _SYLLABLE_OVERRIDES and not strict:
            out.append(_SYLLABLE_OVERRIDES[w])
            continue
        parts = []
        i = 0
        while i < len(w):
            if w.startswith("uo", i) and "u" not in strict:
                parts.append("(?:[uwyv]{1,2}[o06bdeq]?|[uwy]{1,2})")
                i += 2
                continue
            ch = w[i]
            if ch in _LETTER_CLASS and ch not in strict:
                parts.append(_LETTER_CLASS[ch])
            else:
                parts.append(re.escape(ch))
            i += 1
        out.append("".join(parts))
    return r"(?<![a-z0-9])" + r"\s+".join(out) + r"(?![a-z0-9])"


_WORD_START_D = re.compile(r"(?<![a-z0-9])[pb](?=[a-z])")
_LOOSE_MAP = str.maketrans({"6": "o", "0": "o", "w": "u", "y": "i", "4": "a", "€": "e", "¢": "e"})


def loose_key(s: str | None) -> str:
    """A lossy comparison key that treats OCR look-alikes as equal.

    Used to compare an extracted free-text field (issuer, who…) quoted from a
    degraded document with its accented gold value: both sides are folded,
    word-initial P/B become D, 6/0 become o, w becomes u, punctuation goes.
    """
    if not s:
        return ""
    t = fold(s)
    t = _WORD_START_D.sub("d", t)
    t = t.translate(_LOOSE_MAP)
    t = re.sub(r"[^a-z0-9]+", " ", t)
    return " ".join(t.split())


def group_key(who: str | None) -> str:
    """The checklist's grouping key of a body: folded, OCR look-alikes equal, and each name
    abbreviated or spelled out read spelled out ("Sở KH&CN" and "Sở Khoa học và Công nghệ",
    "UBND các xã, phường" and "Ủy ban nhân dân các xã, phường" are one group: newcomer run,
    session 21). ``None`` → ``""``."""
    words = re.sub(r"[^a-z0-9]+", " ", fold(joined_ampersand(who or ""))).split()
    return loose_key(spellings(" ".join(words))[0]) if words else (who or "")
