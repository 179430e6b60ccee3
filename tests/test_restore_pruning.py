"""Candidate pruning of restoration (``candidates.STATIC_RANGE``) against real legacy OCR.

The pruning leaves out readings far less likely on their own than a token's best, to
shrink the lattice the decoder scores. What it must never do is drop the right
reading: measured here on the two real legacy-OCR seeds against their hand
transcriptions (tests/fixtures/seeds) and on held-out real documents read by
``tesseract -l eng`` (tests/fixtures/legacy_ocr) — every OCR token aligned one to one
with its transcribed syllable whose syllable the unpruned generator offers must
still be offered after pruning.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from rapidfuzz.distance import Levenshtein

from vanban.ocr.restore import candidates
from vanban.ocr.restore.candidates import CandidateGenerator
from vanban.ocr.restore.decode import get_restorer
from vanban.text import WORD_RE, normalize_tones

FIXTURES = Path(__file__).parent / "fixtures"


def _pairs(ocr: str, gold: str) -> list[tuple[str, str]]:
    """(OCR token, transcribed syllable lower-cased) for tokens aligned one to one."""
    o = WORD_RE.findall(normalize_tones(ocr))
    g = WORD_RE.findall(normalize_tones(gold).lower())
    out = []
    for op, i1, i2, j1, j2 in Levenshtein.opcodes([w.lower() for w in o], g):
        if op in ("equal", "replace") and i2 - i1 == j2 - j1:
            out += list(zip(o[i1:i2], g[j1:j2]))
    return out


def _real_pairs() -> list[tuple[str, str]]:
    pairs = []
    for p in sorted((FIXTURES / "seeds").glob("*.ocr.txt")):
        pairs += _pairs(p.read_text(encoding="utf-8"), p.with_name(p.name.replace(".ocr.", ".gold.")).read_text(encoding="utf-8"))
    for p in sorted((FIXTURES / "legacy_ocr").glob("*.ocr.txt")):
        pairs += _pairs(p.read_text(encoding="utf-8"), p.with_name(p.name.replace(".ocr.", ".ref.")).read_text(encoding="utf-8"))
    return pairs


def test_pruning_keeps_every_right_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    pairs = _real_pairs()
    assert len(pairs) > 5000  # the seeds' and the documents' aligned tokens
    lm = get_restorer().lm
    configured = candidates.STATIC_RANGE
    pruned = CandidateGenerator(lm)
    monkeypatch.setattr(candidates, "STATIC_RANGE", math.inf)
    full = CandidateGenerator(lm)
    reachable = lost = 0
    n_full = n_pruned = 0
    for tok, gold in pairs:
        f = [c.form for c in full(tok, "restore")]
        monkeypatch.setattr(candidates, "STATIC_RANGE", configured)
        p = [c.form for c in pruned(tok, "restore")]
        monkeypatch.setattr(candidates, "STATIC_RANGE", math.inf)
        n_full, n_pruned = n_full + len(f), n_pruned + len(p)
        if gold in f:
            reachable += 1
            lost += gold not in p
    print(f"{len(pairs)} aligned tokens, right reading offered {reachable}, lost by pruning {lost}; "
          f"candidates {n_full} → {n_pruned}")
    assert reachable > 0.8 * len(pairs)
    assert lost == 0
    # and it does prune: the lattice the decoder scores is markedly smaller
    assert n_pruned < 0.85 * n_full
