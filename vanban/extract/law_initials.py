"""A law named by the initials of its name's words beside its full name: one cited document.

Why: a tax office writes "Luật Thuế giá trị gia tăng số 48/2024/QH15" once and "Luật Thuế GTGT" two paragraphs
later (5333/CT-CS), or "Luật thuế thu nhập cá nhân số 04/2007/QH12" then "Luật thuế TNCN" (5680/CT-CS); the clerk
reads one law, and a second "Luật" row without a number sends her looking for a document that is the first. The
initials are the office's own shorthand (GTGT = giá trị gia tăng, TNDN = thu nhập doanh nghiệp, TTĐB = tiêu thụ đặc
biệt, BVMT = bảo vệ môi trường), so no list of them is kept: a short name resolves only to a name the same document
printed in full whose words, one by one, it repeats or spells by their first letters. A short name that spells no
cited name ("Luật Thuế GTGT" alone in a document) stays its own row.
"""

from __future__ import annotations

import re

from vanban.text import fold

__all__ = ["has_initials", "spelled_out"]

#: a word of capitals that may be initials ("GTGT", "TTĐB"); two letters at least
_INITIALS_RE = re.compile(r"[A-ZĐ]{2,8}")
#: the words of a name, its punctuation dropped ("Luật Phòng, chống tham nhũng" → Luật Phòng chống tham nhũng)
_WORD_RE = re.compile(r"[^\W_]+")


def _words(name: str) -> list[str]:
    return _WORD_RE.findall(name)


def has_initials(name: str | None) -> bool:
    """``name`` holds a word of capitals after its type word ("Luật Thuế GTGT"; never "LUẬT THUẾ …" in capitals
    throughout, a title line, whose words are the name's own)."""
    words = _words(name or "")
    return any(_INITIALS_RE.fullmatch(w) for w in words[1:]) and not all(w.isupper() for w in words)


def _spells(short: list[str], full: list[str]) -> bool:
    """Each word of ``short`` is the next word of ``full`` (folded), or capitals spelling the first letters of as
    many next words; together they use up ``full``."""
    j = 0
    for i, w in enumerate(short):
        if j < len(full) and fold(w) == fold(full[j]):
            j += 1
            continue
        if i == 0 or not _INITIALS_RE.fullmatch(w):
            return False
        run = full[j:j + len(w)]
        if len(run) < len(w) or "".join(fold(x)[:1] for x in run) != fold(w):
            return False
        j += len(w)
    return j == len(full)


def spelled_out(short: str, names: list[str]) -> str | None:
    """The first of ``names`` (full names of laws the document cites) that ``short`` ("Luật Thuế GTGT") spells with
    its initials ("Luật Thuế giá trị gia tăng"), or None."""
    if not has_initials(short):
        return None
    words = _words(short)
    return next((n for n in names if not has_initials(n) and _spells(words, _words(n))), None)
