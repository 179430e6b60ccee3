"""Character error rate of OCR output against a plan's ground truth.

Why normalise whitespace: line breaks and spacing depend on layout, not on
recognition; CER here counts only wrong, missing or extra characters.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz.distance import Levenshtein


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def cer(hyp: str, ref: str) -> float:
    """Levenshtein distance / reference length on whitespace-normalised NFC."""
    h, r = norm(hyp), norm(ref)
    return Levenshtein.distance(h, r) / max(1, len(r))
