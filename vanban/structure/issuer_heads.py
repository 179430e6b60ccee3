"""An issuing body's head words as a scan misread their marks, spelt as the closed grammar of issuers spells them.

Why: the issuer's column names its body in a few fixed phrases — "ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "ĐẢNG ỦY",
"BAN CHẤP HÀNH", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM" … — before the place or the field. A scan reads their marks
wrong where restoration has no context to set them right: 1490/QĐ-UBND scanned by session 46's newcomer printed
"ỦY BAN NHÂN ." / "ĐẪN”" (the line wrapped, a speck after it and a closing quote glued to the word), and the issuer
read "ỦY BAN NHÂN ĐẪN” TỈNH BẮC NINH". The phrases are few and fixed: a run of whole words that folds (case, marks,
đ → d) to one of them is that phrase, and takes its spelling (the tone written on the other vowel of a syllable, "TỈNH
UỶ", is the same spelling and stays); a quote glyph glued to the end of a word in capitals,
with no quote opened in the line, is a speck (a body's name in the header holds none).

Kind: in an issuer line (:func:`vanban.structure.header._clean_issuer`), each run of words folding to a phrase of
:data:`ISSUER_HEADS` (its capitals as printed) is written as the phrase; other words are left as read. Folding keeps a
word's letters, so only marks and đ/d can differ: "NHÂN DẪN" is "NHÂN DÂN", "UY BAN" is "ỦY BAN"; a word that differs
by a letter is no match (the restoration and :mod:`vanban.structure.motto_snap` own those).
"""

from __future__ import annotations

import re
import unicodedata

from vanban.text import fold

__all__ = ["ISSUER_HEADS", "snap_heads"]

#: the fixed phrases an issuing body's name opens with, as printed in capitals (Party, state, Front and mass bodies)
ISSUER_HEADS: tuple[str, ...] = (
    "ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "ỦY BAN KIỂM TRA",
    "BAN CHẤP HÀNH", "BAN THƯỜNG VỤ", "ĐẢNG ỦY", "ĐẢNG BỘ", "CHI BỘ", "TỈNH ỦY", "THÀNH ỦY", "HUYỆN ỦY",
    "VĂN PHÒNG", "THƯỜNG TRỰC", "CHỦ TỊCH", "THỦ TƯỚNG CHÍNH PHỦ",
    # the tax offices renamed in 2025 ("CỤC THUẾ" / "THUẾ TỈNH VĨNH LONG", 1539/VLO-QLDN3 and 3257/TNI-QLDN1 of
    # ../shared/realdocs): 1539 scanned by session 52's newcomer read "THUÊ TỈNH VĨNH LONG", a word of its own (rent)
    "CỤC THUẾ", "CHI CỤC THUẾ", "THUẾ TỈNH", "THUẾ THÀNH PHỐ", "THUẾ CƠ SỞ",
)
_WORD_RE = re.compile(r"\S+")
#: a closing quote (or a straight one) glued to a word in capitals at its end: a scan's speck
_GLUED_QUOTE_RE = re.compile(r"(?<=[A-ZÀ-ỸĐ])[”\"'’`]+(?=\s|$)")


def _heads() -> list[tuple[list[str], list[str]]]:
    return [(h.split(), fold(h).split()) for h in sorted(ISSUER_HEADS, key=lambda h: -len(h.split()))]


_HEADS = _heads()


def _marks(word: str) -> tuple[str, bool]:
    """The marks ``word`` carries, wherever they sit, and whether it writes đ: "UỶ" and "ỦY" (the tone on either vowel,
    both printed) carry the same and are one spelling, "ĐẪN" and "DÂN" are not."""
    d = unicodedata.normalize("NFD", word.upper())
    return "".join(sorted(c for c in d if unicodedata.combining(c))), "Đ" in d


def snap_heads(line: str) -> str:
    """``line`` (one issuer line, or the lines of one body joined) with its head phrases spelt as printed (see the
    module); a line in small letters or with no phrase is returned as is."""
    if not any(c.isupper() for c in line):
        return line
    if not re.search(r"[“\"'‘]", _GLUED_QUOTE_RE.sub("", line)):
        line = _GLUED_QUOTE_RE.sub("", line)
    words = list(_WORD_RE.finditer(line))
    folded = [fold(m.group()) for m in words]
    out, last, k = [], 0, 0
    while k < len(words):
        for spelt, key in _HEADS:
            n = len(key)
            if folded[k:k + n] == key and any(_marks(w.group()) != _marks(s) for w, s in zip(words[k:k + n], spelt)) \
                    and all(w.group().isupper() for w in words[k:k + n]):
                out += [line[last:words[k].start()], " ".join(spelt)]
                last, k = words[k + n - 1].end(), k + n
                break
        else:
            k += 1
    return "".join(out) + line[last:] if out else line
