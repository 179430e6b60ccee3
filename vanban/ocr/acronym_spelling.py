"""A mixed-case acronym the scan misread, spelt as the page itself spells it.

Why: a Latin acronym written in mixed case ("IoT", Internet of Things) is no word Tesseract ``vie``
knows; on a 200 dpi scan of a provincial plan it read the same word as "IoT", "ToT" (the I as a T),
"loT" (as an l) and "IøT" (the o as an ø) on one page. The misread forms then went to restoration,
which made syllables of them ("ToT" → "Tốt", "loT" → "lót"), though the page wrote "IoT" a few lines
away. Letters alone cannot tell the I from the T; the page can: of the mixed-case tokens that are one
word up to look-alike glyphs, the spelling that is plain ASCII and no Vietnamese syllable ("IoT") is
the acronym, and a form that is a syllable or holds a foreign glyph ("ToT", "loT", "IøT") is its misreading.

Kind: a mixed-case token (a small letter then a capital) whose look-alike skeleton matches another
mixed-case token of the page takes that token's spelling when that one is plain ASCII, no syllable,
and the only such spelling. One character for one: token offsets hold.
"""

from __future__ import annotations

import re
from collections import Counter

from .restore.lexicon import is_vietnamese_syllable

__all__ = ["acronym_spellings"]

# look-alike glyphs of a scan, each mapped to its class
_LOOK_ALIKE = str.maketrans({"I": "I", "l": "I", "1": "I", "T": "I", "|": "I",
                             "o": "o", "ø": "o", "0": "o", "ơ": "o", "O": "O"})
# a token whose case mixes as a code's does: a small letter followed by a capital ("IoT", "ToT", "loT", "IøT")
_MIXED_RE = re.compile(r"(?<![\w-])[A-Za-z01|ø]*[a-zø][A-Z][A-Za-z01|ø]*(?![\w-])")
_PLAIN_RE = re.compile(r"[A-Za-z]{2,8}")


def acronym_spellings(text: str) -> str:
    """``text`` with every misread form of a mixed-case acronym spelt as the page spells it (see the module)."""
    toks = [m for m in _MIXED_RE.finditer(text) if len(m.group()) <= 8]
    if len(toks) < 2:
        return text
    by_skeleton: dict[str, Counter] = {}
    for m in toks:
        by_skeleton.setdefault(m.group().translate(_LOOK_ALIKE), Counter())[m.group()] += 1
    fix: dict[str, str] = {}
    for forms in by_skeleton.values():
        refs = [f for f in forms if _PLAIN_RE.fullmatch(f) and not is_vietnamese_syllable(f)]
        if len(forms) > 1 and len(refs) == 1:
            fix.update({f: refs[0] for f in forms if f != refs[0]})
    if not fix:
        return text
    return _MIXED_RE.sub(lambda m: fix.get(m.group(), m.group()), text)
