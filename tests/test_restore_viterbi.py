"""The first pass's Viterbi in waves (:mod:`vanban.ocr.restore.viterbi`) finds the stepwise
decoder's path, and the lattice's trigram look-ups under histories with continuations only
find the same trigrams.

Real lattices: the seeds' legacy OCR (tests/fixtures/seeds) and held-out documents read by
``tesseract -l eng`` (tests/fixtures/legacy_ocr) — whole (tens of contexts, what goes to the
waves) and cut into pieces of three lines (a few contexts each: the edge cases, one-word
contexts among them). Ties are forced too: the same lattices with their scores rounded to
half units, where the first maximum decides (numpy's argmax, as the stepwise decoder takes it).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from vanban.ocr.restore import decode, viterbi
from vanban.ocr.restore.decode import get_restorer
from vanban.ocr.restore.tokens import scan
from vanban.text import normalize

FIXTURES = Path(__file__).parent / "fixtures"
TEXTS = sorted((FIXTURES / "seeds").glob("*.ocr.txt")) + sorted((FIXTURES / "legacy_ocr").glob("*.ocr.txt"))[:4]


def _lattice(text: str):
    text = normalize(text)
    _, state = get_restorer()._run(text, list(scan(text)), "restore")
    return state.lat


def _stepwise(lat, segments: list[int] | None = None, best: list[int] | None = None) -> list[int]:
    """The stepwise loop's path (waves switched off)."""
    saved, decode.WAVES = decode.WAVES, False
    try:
        return lat.viterbi(segments, best)
    finally:
        decode.WAVES = saved


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_waves_find_the_stepwise_path(path):
    lat = _lattice(path.read_text(encoding="utf-8"))
    assert len(lat.seg_bounds) >= viterbi.MIN_CONTEXTS  # a page: what the first pass sends to the waves
    first = viterbi.decode(lat)
    assert first == _stepwise(lat)
    # restyled (the second pass's new costs) and only some contexts decoded again, the
    # others kept from the first path: the waves read the lattice's current blocks
    rng = np.random.default_rng(7)
    some = sorted(rng.choice(len(lat.seg_bounds), size=len(lat.seg_bounds) // 2, replace=False).tolist())
    lat.restyle(lat.costs + rng.uniform(0, 6.0, len(lat.costs)).astype(np.float32), segments=some)
    again = viterbi.decode(lat, some, first)
    assert again == _stepwise(lat, some, first)
    assert again != first  # (the new costs changed something: the comparison is not of two copies)
    lat.restyle(lat.costs + rng.uniform(0, 1.5, len(lat.costs)).astype(np.float32))
    assert viterbi.decode(lat) == _stepwise(lat)


@pytest.mark.parametrize("path", TEXTS[:2], ids=lambda p: p.name)
def test_waves_on_ties_and_short_texts(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    pieces = ["\n".join(lines[i : i + 3]) for i in range(0, len(lines), 3)]
    checked = 0
    for piece in pieces:
        lat = _lattice(piece)
        if lat is None:
            continue
        assert viterbi.decode(lat) == _stepwise(lat), piece
        # scores in half units: many exact ties among candidates
        lat.BW = (np.round(lat.BW * 2) / 2).astype(np.float32)
        lat.tri_delta = (np.round(lat.tri_delta * 2) / 2).astype(np.float32)
        assert viterbi.decode(lat) == _stepwise(lat), piece
        checked += 1
    assert checked >= 20


def test_waves_only_for_many_contexts(monkeypatch):
    calls = []
    real = viterbi.decode

    def counted(lat, segments=None, best=None):
        calls.append(len(lat.seg_bounds) if segments is None else len(segments))
        return real(lat, segments, best)

    monkeypatch.setattr(viterbi, "decode", counted)
    r = get_restorer()
    page = TEXTS[0].read_text(encoding="utf-8")
    line = "Uy ban nhan dan xa da trien khai ke hoach"
    r.restore(page)
    r.restore(line)
    assert calls and all(n >= viterbi.MIN_CONTEXTS for n in calls)


@pytest.mark.parametrize("path", TEXTS[:2], ids=lambda p: p.name)
def test_restoration_same_with_and_without_waves(path, monkeypatch):
    text = path.read_text(encoding="utf-8")
    r = get_restorer()
    with_waves = r.restore(text)
    monkeypatch.setattr(decode, "WAVES", False)
    without = r.restore(text)
    assert with_waves.text == without.text
    assert with_waves.tokens == without.tokens


@pytest.mark.parametrize("path", TEXTS[:3], ids=lambda p: p.name)
def test_trigrams_only_under_histories_with_continuations(path, monkeypatch):
    text = path.read_text(encoding="utf-8")
    filtered = _lattice(text)
    lm = get_restorer().lm
    monkeypatch.setattr(type(lm), "has_continuations", lambda self, idx: np.ones(len(idx), bool))
    every = _lattice(text)
    assert len(filtered.tri_key) > 100
    for name in ("tri_key", "tri_t", "tri_flat", "tri_delta"):
        assert np.array_equal(getattr(filtered, name), getattr(every, name)), name


@pytest.mark.parametrize("path", TEXTS[:3], ids=lambda p: p.name)
def test_backtrack_with_fixup_pointers_takes_the_summed_path(path):
    """The back-pointers of pairs with a kept trigram, summed for the whole page at once
    (:func:`viterbi.fixup_pointers`), are those the backtrack summed pair by pair: the same
    path, whole and for some contexts only, with ties forced (scores in half units: the first
    maximum decides) — and most of the path's pairs take one."""
    lat = _lattice(path.read_text(encoding="utf-8"))
    rng = np.random.default_rng(5)
    for halves in (False, True):
        if halves:
            lat.BW = (np.round(lat.BW * 2) / 2).astype(np.float32)
            lat.tri_delta = (np.round(lat.tri_delta * 2) / 2).astype(np.float32)
        V, fixups = viterbi.forward(lat)
        ptrs = viterbi.fixup_pointers(V, fixups)
        summed = viterbi.backtrack(lat, V, fixups)
        assert viterbi.backtrack(lat, V, fixups, None, None, ptrs) == summed
        n, pair_off = lat.n.tolist(), lat.pair_off.tolist()
        on_path = [pair_off[t] + summed[t - 1] * n[t] + summed[t] for a, b in lat.seg_bounds
                   for t in range(a + 2, b) if n[t - 2] > 1]
        assert sum(p in ptrs for p in on_path) > 0.5 * len(on_path)
        some = sorted(rng.choice(len(lat.seg_bounds), size=len(lat.seg_bounds) // 3, replace=False).tolist())
        V2, fixups2 = viterbi.forward(lat, some)
        base = [0] * len(summed)
        assert (viterbi.backtrack(lat, V2, fixups2, some, base, viterbi.fixup_pointers(V2, fixups2))
                == viterbi.backtrack(lat, V2, fixups2, some, base))


def _local_scores_by_search(lat, path, positions):
    """Local scores with each trigram correction found by a binary search of the sorted keys
    (how :meth:`decode._Lattice._lp_at` found them before reading them by pair)."""
    n, pair_off = lat.n, lat.pair_off
    t, c, t2, third, _ = lat._local_plan(positions)  # (which candidates and neighbours: not what changed)
    third = np.zeros(len(t), bool) if third is None else third
    pth = np.asarray(path, np.int64)
    last = len(lat.B) - 1

    def lp(tt, a, b, cc):
        v = lat.B[np.minimum(pair_off[tt] + b * n[tt] + cc, last)].astype(np.float64)
        v += lat.W[np.minimum(pair_off[tt - 1] + a * n[tt - 1] + b, last)]
        key = lat.tri_base[tt] + (a * n[tt - 1] + b) * n[tt] + cc
        pos = np.minimum(lat.tri_key.searchsorted(key), len(lat.tri_key) - 1)
        return v + np.where(lat.tri_key[pos] == key, lat.tri_delta[pos], 0.0)

    s = lp(t, pth[t - 2], pth[t - 1], c) + lp(t + 1, pth[t - 1], c, pth[t + 1])
    return s + np.where(third, lp(t2, c, pth[t + 1], pth[t2]), 0.0)


@pytest.mark.parametrize("path", TEXTS[:3], ids=lambda p: p.name)
def test_local_scores_read_trigrams_by_pair(path):
    """Local scores (the posteriors of both passes) read each kept trigram's correction by pair
    and first candidate where the first pass's waves laid them out, and get the values a binary
    search of the sorted trigram keys finds (what a lattice decoded stepwise still does), on the
    best path and on others."""
    lat = _lattice(path.read_text(encoding="utf-8"))
    assert len(lat.tri_key) > 100
    words = [t for t, ti in enumerate(lat.tok_index) if ti >= 0 and lat.n[t] > 1]
    rng = np.random.default_rng(11)
    best = lat.viterbi()  # (the waves: they lay the corrections out by pair)
    assert "_slots" in lat.__dict__
    for laid_out in (True, False):
        if not laid_out:
            del lat._slots  # searched, as for a text the stepwise loop decodes
        for trial in range(3):
            p = best if trial == 0 else [int(rng.integers(0, m)) for m in lat.n.tolist()]
            lat.__dict__.pop("_local_layout", None)
            assert np.array_equal(lat.local_scores(p, words), _local_scores_by_search(lat, p, words))


@pytest.mark.parametrize("path", TEXTS[:2], ids=lambda p: p.name)
def test_stepwise_dense_corrections_find_the_sparse_path(path, monkeypatch):
    # short pieces (what the stepwise loop decodes): the kept trigrams' corrections added as a
    # dense block per step give the path of adding them one by one, ties included
    lines = path.read_text(encoding="utf-8").splitlines()
    dense_used = 0
    for piece in ("\n".join(lines[i : i + 2]) for i in range(0, len(lines), 2)):
        lat = _lattice(piece)
        if lat is None:
            continue
        for half_units in (False, True):
            if half_units:
                lat.BW = (np.round(lat.BW * 2) / 2).astype(np.float32)
                lat.tri_delta = (np.round(lat.tri_delta * 2) / 2).astype(np.float32)
            monkeypatch.setattr(decode, "DENSE_DELTAS_MAX", 1 << 16)
            dense = _stepwise(lat)
            monkeypatch.setattr(decode, "DENSE_DELTAS_MAX", 0)
            assert dense == _stepwise(lat), piece
        dense_used += len(lat.tri_key) > 0
    assert dense_used >= 5
