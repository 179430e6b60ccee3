"""How restoration cuts text into tokens — one rule for the LM build and the decoder.

The language model is trained on the tokens :func:`clean_segments` yields
from clean text and the decoder reads OCR text through the same
:func:`scan`, so both see the same contexts: punctuation ends a context,
numbers, dates and document symbols ("25-NQ/TW", "30/2020/NĐ-CP") are one
protected ``<num>`` token, URLs and e-mails one protected ``<unk>``. Line
breaks are NOT boundaries (OCR lines wrap mid-sentence).
"""

from __future__ import annotations

import re
from functools import lru_cache, partial
from typing import Iterator, NamedTuple

from vanban.text import fold, normalize_tones

BOS = "<s>"
EOS = "</s>"
NUM = "<num>"
UNK = "<unk>"
SPECIALS = (BOS, EOS, NUM, UNK)

_L = r"A-Za-zÀ-ỹĐđÐ"  # letters OCR may put in a symbol code
# Protected spans, most specific first. Kept verbatim (symbols get their code
# letters repaired by the symbol grammar, see restore.symbols).
PROTECTED_PATTERNS: tuple[tuple[str, str], ...] = (
    ("url", r"(?:https?://|www\.)[^\s<>\"“”]+"),
    # bounded parts (RFC 5321: local part ≤ 64): unbounded, a long run of
    # "-" or "1-1-1…" without "@" was re-scanned from every position (quadratic)
    ("email", r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}"),
    # 30/2020/NĐ-CP, 05/QĐ-UBND, 254/NĐ-CP, 1234/UBND-VP; dotted ones: 66.19/2026/NQ-CP,
    # 128.2025/OL.WMCLV (its "OL" was restored to "Ở" as a word), 11554/VPCP-V.I
    ("symbol", rf"\d+(?:\.\d+)?(?:/\d{{2,4}})?/[{_L}]{{1,10}}(?:\.[{_L}]{{1,10}})*(?:[-/][{_L}0-9]{{1,12}}(?:\.[{_L}0-9]{{1,12}})*)*(?![{_L}])"),
    # 24-KH/ĐU, 24 -KH/BU, 316-CV/BTGDVTU, 01-KL/TW
    ("symbol", rf"\d+\s?-\s?[{_L}]{{1,8}}(?:/[{_L}0-9]{{1,12}})+(?:-[{_L}0-9]{{1,12}})*"),
    ("date", r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)|\d{1,2}/\d{4}(?!\d)"),
    ("number", r"\d+(?:[.,]\d+)*%?(?![\w€¢])"),  # (not "1€": lệ, see _GLYPH_WORD_RE)
)
# A word: letters, digits and the symbols OCR substitutes for letters (€ ¢ @, and "&"
# after a letter or standing alone: legacy OCR writes ơ/ở so — "lu&ng", "cơ s&", "& cơ sở").
_WORD = r"(?:[^\W_]|[€¢@]|(?<=[^\W\d_])&)+(?:['’](?:[^\W_])+)?|(?<!\S)&(?!\S)"
_SEP = r"[.,;:!?()\[\]{}\"“”‘’«»…–—/\\|*•·]+|(?<!\S)-(?!\S)"


def _scan_re(patterns: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    return re.compile(
        "|".join(f"(?P<{k}{i}>{p})" for i, (k, p) in enumerate(patterns))
        + f"|(?P<word>{_WORD})|(?P<sep>{_SEP})|(?P<other>[^\\s])"
    )


@lru_cache(maxsize=1)
def _scan_at_re() -> re.Pattern[str]:
    """The scanner with the e-mail pattern, compiled on the first text holding "@" (~2 ms of
    every process's import otherwise, and most never see one)."""
    return _scan_re(PROTECTED_PATTERNS)


# the same without the e-mail pattern, for text without "@" (most text): trying
# it at every token costs up to 64 steps each for nothing
_SCAN_NO_AT_RE = _scan_re(tuple((k, p) if k != "email" else (k, r"(?!)") for k, p in PROTECTED_PATTERNS))
_HAS_LETTER = re.compile(r"[^\W\d_]")
# a short token of digits and the glyphs legacy OCR writes for marked e (€ ¢) is a word, not a number: "1€" is
# "lệ" (l read as 1, ệ as €: "Ty 1€ doanh nghiệp" restored "Từ <num>" when the scanner called it a number)
_GLYPH_WORD_RE = re.compile(r"\d{1,2}[€¢]")


class Tok(NamedTuple):
    """A scanned token (a named tuple: a page has thousands, built in a third of a frozen
    dataclass's time)."""

    kind: str  # word | number | date | symbol | url | email | sep | other
    text: str
    start: int
    end: int


_tok = partial(tuple.__new__, Tok)  # Tok((kind, text, start, end)) without the Python-level __new__


#: group name → token kind ("symbol2" → "symbol"): a dict hit per token, not a strip
_KINDS = {name: name.rstrip("0123456789") for name in _SCAN_NO_AT_RE.groupindex}


def scan(text: str) -> Iterator[Tok]:
    """Every non-space token of ``text`` with its kind and offsets."""
    kinds = _KINDS
    for m in (_scan_at_re() if "@" in text else _SCAN_NO_AT_RE).finditer(text):
        kind = kinds.get(m.lastgroup, "other")
        s = m.group()
        if kind == "word" and not s.isalpha() and s != "&" and not _HAS_LETTER.search(s) and not _GLYPH_WORD_RE.fullmatch(s):
            kind = "number"  # (isalpha: a letter)
        yield _tok((kind, s, *m.span()))


def lm_id_token(tok: Tok) -> str | None:
    """The LM token of a scanned token, or None when it is a context boundary."""
    if tok.kind == "word":
        return tok.text.lower() if tok.text.isalpha() else UNK
    if tok.kind in ("number", "date", "symbol"):
        return NUM
    if tok.kind in ("url", "email"):
        return UNK
    if tok.kind == "other" and tok.text in "-+&%":
        # a lone "-" is a dash; a lone "%" (a number's % is part of the number)
        # is a speck OCR read as a symbol: both end the context
        return UNK if tok.text not in "-%" else None
    return None


def clean_segments(line: str) -> list[list[str]]:
    """Clean (accented) text as LM contexts: lists of lower-cased syllables."""
    out: list[list[str]] = []
    cur: list[str] = []
    for tok in scan(normalize_tones(line)):
        t = lm_id_token(tok)
        if t is None:
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append(t)
    if cur:
        out.append(cur)
    return out


class WordIndex:
    """A text's word tokens read ONCE for the run-time rules: each word's lower-cased and folded form in text order
    (``low``, ``folded``; ``tok[r]`` the token index of the r-th word, ``rank`` the inverse), the ranks of each folded
    form (``at``) and the token indices of the numbers (``numbers``).

    Why: the rules that settle a word by its neighbours (limit words, document acts, report forms, body acts, the
    units' bodies) each walked every token of the page and folded its words, and two of them ran twice per text (the
    first pass and the second asked the same question): ~8% of a news line's restoration. A rule now looks up the
    few places its trigger word stands (:meth:`ranks`) and reads the words around them."""

    __slots__ = ("low", "folded", "tok", "rank", "at", "numbers")

    def __init__(self, toks) -> None:
        self.low: list[str] = []
        self.folded: list[str] = []
        self.tok: list[int] = []
        self.rank: dict[int, int] = {}
        self.at: dict[str, list[int]] = {}
        self.numbers: list[int] = []
        for i, t in enumerate(toks):
            if t.kind == "word":
                low = t.text.lower()
                f = low if low.isascii() else fold(low)
                r = len(self.low)
                self.low.append(low)
                self.folded.append(f)
                self.tok.append(i)
                self.rank[i] = r
                self.at.setdefault(f, []).append(r)
            elif t.kind == "number":
                self.numbers.append(i)

    def ranks(self, keys) -> list[int]:
        """The ranks of the words folding to any of ``keys``, in text order."""
        at = self.at
        hits = [r for k in keys for r in at.get(k, ())]
        if len(hits) > 1:
            hits.sort()
        return hits
