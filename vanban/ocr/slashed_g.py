"""A small g that Tesseract ``vie`` read as the slashed o "ø", put back (applied by :func:`vanban.ocr.correct.correct_text`).

Why: on a scanned page the lower loop of a "g" is read as the Danish and Norwegian letter "ø", which no Vietnamese
word holds: "giữ øìn", "nguồn øốc", "tháo øỡ", "øóp phần", "an toàn øiao thông", "bổ sunø", and a list's label
"ø) Ban Quản lý dự án …" after "e)" (t28-03, a27-05, t24-09 as the scan reads them). A label no reader knows ran its
item into the one before it, and the body it opened lost its task. Where the place tells the letter, it is a "g": at
a word's start before a small letter (not "g": "øgov" is a speck before it), at a word's end after "n" (the final
"ng"), or as a list label at a line's start before ")". A speck inside a code ("TTøg", "IøT") is left to the readers
of codes. One character for one, so offsets hold.
"""

from __future__ import annotations

import re

__all__ = ["slashed_g"]

#: where "ø" may stand for a "g": a word's first letter before a letter (:func:`_fix` wants it small and no "g"); the
#: "g" of a final "ng"; a list label "ø)" opening a line
_SLASHED_G_RE = re.compile(r"(?<![^\W_])ø(?P<next>[^\W\d_])|(?<=n)ø(?![^\W_])|(?m:^[ \t]*)ø(?=\)[ \t])")


def _fix(m: re.Match) -> str:
    nxt = m.group("next")
    if nxt is None:
        return "g"
    return "g" + nxt if nxt.islower() and nxt != "g" else m.group(0)


def slashed_g(text: str) -> str:
    """``text`` with each "ø" that stands for a "g" (:data:`_SLASHED_G_RE`) written "g": "tháo øỡ" → "tháo gỡ",
    "bổ sunø," → "bổ sung,", "ø) Ban Quản lý …" → "g) Ban Quản lý …"; same length."""
    return _SLASHED_G_RE.sub(_fix, text) if "ø" in text else text
