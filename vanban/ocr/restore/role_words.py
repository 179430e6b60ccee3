"""A trade's role name "<field> viên" ("thú y viên", "khuyến nông viên", "kiểm lâm viên") that legacy OCR wrote
without its marks stays the person, never "<field> viện" (an institute) or "thức y viện".

Why: Tesseract ``-l eng`` reads "viên" as "vién" or "vien", whose marks the channel may set either way, and the
language model, knowing "bệnh viện", "học viện", "thư viện" far better than a commune's veterinary worker, wrote "thú y
viện": t44-05's legacy form lost the heading "2. Giao thú y viên xã" (a task's owner, its date with it). A field of
work right before "vien" names the person who does that work: the institute's name puts "Viện" first ("Viện Thú y",
"Viện Kiểm sát"), so "<field> viện" is no phrase. Where the field's syllables are written with their letters whole
(folded equal, only blanks between) and "vien" follows, all snap as known names do (:func:`.names.snap_names`), in
the case written.
"""

from __future__ import annotations

from .tokens import WordIndex

__all__ = ["ROLE_FIELDS", "role_snaps"]

#: a field of work (folded syllables) → its syllables, a role when "viên" follows it
ROLE_FIELDS = {
    ("thu", "y"): ("thú", "y"),
    ("khuyen", "nong"): ("khuyến", "nông"),
    ("khuyen", "lam"): ("khuyến", "lâm"),
    ("khuyen", "ngu"): ("khuyến", "ngư"),
    ("kiem", "lam"): ("kiểm", "lâm"),
    ("tuyen", "truyen"): ("tuyên", "truyền"),
    ("cong", "tac"): ("cộng", "tác"),
    ("bao", "cao"): ("báo", "cáo"),
    ("hoa", "giai"): ("hòa", "giải"),
    ("cong", "an"): ("công", "an"),
    ("thanh", "tra"): ("thanh", "tra"),
    ("kiem", "sat"): ("kiểm", "sát"),
    ("dieu", "tra"): ("điều", "tra"),
    ("huong", "dan"): ("hướng", "dẫn"),
}
_VIEN = "vien"


def role_snaps(text: str, toks, words: WordIndex | None = None) -> dict[int, str]:
    """Token index → the syllable of a role "<field> viên" (:data:`ROLE_FIELDS`), its three words written with only
    blanks between. ``words``: the text's :class:`.tokens.WordIndex` (made here if not given)."""
    words = words if words is not None else WordIndex(toks)
    out: dict[int, str] = {}
    for r in words.ranks([_VIEN]):
        i = words.tok[r]
        if r < 2 or words.tok[r - 2] != i - 2:
            continue
        field = ROLE_FIELDS.get((words.folded[r - 2], words.folded[r - 1]))
        if field is None or text[toks[i - 2].end:toks[i - 1].start].strip(" \t") \
                or text[toks[i - 1].end:toks[i].start].strip(" \t"):
            continue
        out[i - 2], out[i - 1] = field  # the model's words (lower case): the pass writes them in the case printed
        out[i] = "viên"
    return out
