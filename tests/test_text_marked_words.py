"""``normalize_tones`` rewrites only words with a letter past ASCII (the only words a tone
mark can sit in) and ``fold`` returns ASCII text lower-cased at once: both give what the
word-by-word forms gave, on real text — the seeds' legacy OCR and their hand transcriptions,
held-out documents read by ``tesseract -l eng`` and their source text (tests/fixtures)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from vanban import text as T

FIXTURES = Path(__file__).parent / "fixtures"
FILES = sorted((FIXTURES / "seeds").glob("*.txt")) + sorted((FIXTURES / "legacy_ocr").glob("*.txt"))


def _every_word(text: str) -> str:
    """The reference: every word of ``WORD_RE`` through the per-word rule."""
    return T.WORD_RE.sub(T._normalize_word, T.nfc(text))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_normalize_tones_same_as_every_word(path):
    text = path.read_text(encoding="utf-8")
    assert T.normalize_tones(text) == _every_word(text)
    # old tone placement and decomposed marks, as other sources write them
    old_style = text.replace("hòa", "hoà").replace("thủy", "thuỷ").replace("ủy", "uỷ")
    assert T.normalize_tones(old_style) == _every_word(old_style)
    nfd = unicodedata.normalize("NFD", text)
    assert T.normalize_tones(nfd) == _every_word(nfd)


def test_old_tone_placement_still_moved():
    assert T.normalize_tones("Uỷ ban hoà giải, thuỷ lợi; ASCII words stay") == "Ủy ban hòa giải, thủy lợi; ASCII words stay"


@pytest.mark.parametrize("path", FILES[:4], ids=lambda p: p.name)
def test_fold_of_ascii_words_is_their_lower_case(path):
    for word in T.WORD_RE.findall(path.read_text(encoding="utf-8")):
        folded = T.fold(word)
        assert len(folded) == len(word)
        if word.isascii():
            assert folded == word.lower()
        # the general path agrees on the ASCII result of folding
        assert T.fold(folded) == folded
