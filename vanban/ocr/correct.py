"""Per-page text correction for ingest: pick restoration, correction or neither.

Why per page: a document can mix a born-digital text layer with scanned
pages, and legacy .txt files may or may not have lost their marks.

* diacritic-poor text (``diacritic_ratio < POOR_RATIO``): full restoration.
  Real Vietnamese prose scores 0.6–0.8 (about two words in three carry a
  mark or đ); the legacy OCR seeds score ≈0.1–0.2 (only stray "é"/"ê"
  survive) and eng OCR ≈0.1–0.3. 0.35 sits well between the two and still
  catches a half-accented page, where restoration keeps valid accented
  syllables anyway (strong prior on them);
* accented OCR (``method`` in {"pdf-ocr", "image-ocr"}): conservative
  post-OCR correction — a valid syllable changes only on a large LM margin;
* born-digital text (pdf-text, docx, accented txt): NFC + canonical tones only.
"""

from __future__ import annotations

from vanban.models import Restoration
from vanban.text import WORD_RE, diacritic_ratio, normalize

from .glyphs import one_glyph
from .restore import restore

POOR_RATIO = 0.35
MIN_WORDS = 3  # fewer words than this: no evidence either way, only normalise
OCR_METHODS = frozenset({"pdf-ocr", "image-ocr"})


def choose_mode(raw: str, method: str) -> str:
    """'restore', 'correct' or 'normalize' for a page of ``method``."""
    if len(WORD_RE.findall(raw)) < MIN_WORDS:
        return "normalize"
    if diacritic_ratio(raw) < POOR_RATIO:
        return "restore"
    if method in OCR_METHODS:
        return "correct"
    return "normalize"


def correct_text(raw: str, method: str) -> Restoration:
    """The text ingest should store for a page read by ``method``
    (one letter read as two look-alike glyphs first made one, :mod:`.glyphs`)."""
    raw = one_glyph(raw)
    mode = choose_mode(raw, method)
    if mode == "normalize":
        return Restoration(text=normalize(raw), tokens=())
    return restore(raw, mode)
