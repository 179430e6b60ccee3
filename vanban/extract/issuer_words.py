"""The note that an issuer reads as garbled words (session 49's newcomer: "BỘ TÀI CHÍNH NẮN", 983/TB-CT scanned, the
"CỤC THUẾ" under it skipped by OCR; "ỦY BAN NHÂN DÂN TU GD MA", 2969/QĐ-UBND scanned): each word was a syllable, so
nothing told the clerk the header was misread. A body's name is made of words: every syllable of a printed issuer is
part of a word of two or three syllables that underthesea's dictionary or vanban's lexicon (``organisations.txt``
…) knows with its neighbours ("tài chính", "nhân dân"), an abbreviation (``vanban.abbreviations``: "UBND"), a body's
head or a joining word ("bộ", "và"), an administrative level ("tỉnh", "thành phố") or a syllable of the place's name
after it ("tỉnh | Đồng Nai": places are names, no dictionary holds them all). Otherwise the note names the odd words.
Measured on the issuers of ../shared/realdocs/docs' sidecars: none noted.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vanban.abbreviations import ABBREVIATIONS
from vanban.charsets import is_syllable
from vanban.place_nouns import ADMIN_LEVELS, RESIDENTIAL_UNITS
from vanban.text import fold

__all__ = ["garbled_issuer_note"]

_WORD = re.compile(r"[^\W\d_]+")
#: a body's head words and the joining words of a name, folded: a word of one syllable the dictionary keeps alone
_SINGLE = {"bo", "so", "ban", "cuc", "vu", "va", "chi", "doan", "dang", "uy", "hoi", "vien", "toa", "an", "kho",
           "bac", "trung", "nam", "tay", "dong", "thue"}  # "THUẾ TỈNH VĨNH LONG" (2025)
#: the residential units a Party cell or a village's body is named after, a place's name following as after a level
#: ("CHI BỘ THÔN ĐỒNG TÂM", the part under "ĐẢNG BỘ XÃ HÒA BÌNH –"), folded; not "ấp", "bản", "làng" (they fold like
#: "áp", "ban", "lang", words of a body's name)
_UNIT_LEVELS = tuple(u for u in RESIDENTIAL_UNITS if u not in ("ap", "ban", "lang"))
#: the widest word looked up (syllables)
_SPAN = 3


@lru_cache(maxsize=1)
def _lexicon() -> frozenset[str]:
    """Every run of two or three syllables of vanban's lexicon's lines (the bodies' names of ``organisations.txt``, the
    stock phrases), folded: small, read first."""
    from vanban.ocr.restore.lexicon import domain_phrases  # noqa: PLC0415

    out = set()
    for p in domain_phrases():
        ws = _WORD.findall(fold(p).lower())
        out.update(" ".join(ws[a:a + n]) for n in (2, 3) for a in range(len(ws) - n + 1))
    return frozenset(out)


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """underthesea's words of two or three syllables, folded (seconds to read: only for an issuer the lexicon leaves
    odd words in)."""
    from vanban.ocr.restore.lexicon import dictionary_words  # noqa: PLC0415

    return frozenset(fold(w) for w in dictionary_words() if 1 <= w.count(" ") <= 2)


@lru_cache(maxsize=1)
def _lexicon_and_dictionary() -> frozenset[str]:
    """:func:`_lexicon` and :func:`_dictionary` as one set, built once (the second pass of :func:`_odd_words`)."""
    return _lexicon() | _dictionary()


def _odd_words(issuer: str, known=None) -> list[str]:
    words = _WORD.findall(issuer)
    low = [fold(w).lower() for w in words]
    place_from = None  # the first syllable of a place's name (after its administrative level)
    for i in range(len(low)):
        for lv in ADMIN_LEVELS + _UNIT_LEVELS:
            n = len(lv.split())
            if " ".join(low[max(0, i - n + 1):i + 1]) == lv and i + 1 < len(low):
                place_from = i + 1
                break
    odd = []
    for i, w in enumerate(low):
        if w.upper() in ABBREVIATIONS or w in ABBREVIATIONS or w in _SINGLE:
            continue
        if place_from is not None and i >= place_from - 1 and is_syllable(words[i]):
            continue  # the level and the place's name
        if any(" ".join(low[a:b]) in (known or _lexicon()) for a in range(max(0, i - _SPAN + 1), i + 1)
               for b in range(i + 1, min(len(low), i + _SPAN) + 1) if b - a >= 2):
            continue
        odd.append(words[i])
    if odd and known is None:
        return _odd_words(issuer, _lexicon_and_dictionary())
    return odd


#: where a printed issuer of two levels parts them: "ĐẢNG BỘ HUYỆN SƠN HÀ – ĐẢNG ỦY XÃ SƠN TÂN" (a Party header's
#: higher and own committee), "HUYỆN ỦY SƠN HÀ - BAN TUYÊN GIÁO", a line break
_LEVEL_PARTS = re.compile(r"\s+[–—-]\s+|\n")


def garbled_issuer_note(printed: str | None) -> tuple[str, ...]:
    """The note that the printed issuer holds words no body's name is made of (see the module's note); () else.

    Each part of a two-level issuer is read alone: the place after each part's level is a name ("ĐẢNG BỘ HUYỆN SƠN
    HÀ – ĐẢNG ỦY XÃ SƠN TÂN", the shared cases 01, 02 and 21: only the last level's place was read as one, so the
    district's "HUYỆN" of the higher committee was called odd, where "UBND HUYỆN SƠN HÀ" was not)."""
    if not printed or not printed.strip():
        return ()
    odd = [w for part in _LEVEL_PARTS.split(printed) if part.strip() for w in _odd_words(part)]
    if not odd:
        return ()
    return (f"issuer '{printed}' holds words that name no body ({', '.join(odd)}): the header may be misread "
            "— check it against the original",)
